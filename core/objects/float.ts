// float: a boxed binary64 (MicroPython's object representation A boxes floats too).
// Arithmetic, comparisons, hashing, printing and parsing with CPython 3.11's semantics,
// computed in the core so that Node and every port give the same bits:
//
// - int op float converts the int correctly rounded (mpz_to_f64), OverflowError when it
//   is too large; comparisons between floats and ints are exact (a big int is never
//   rounded: the float is truncated to an int instead).
// - int / int is CPython's long_true_divide: correctly rounded even for big ints.
// - // % divmod follow float_divmod (floor, the remainder has the divisor's sign, -0.0
//   where CPython gives it).
// - ** with an integral exponent (a float or an int) is the correctly rounded power:
//   computed exactly on big ints while m^|n| stays below POW_EXACT_BITS bits (x = m * 2^e,
//   m odd), subnormal results rounded once; beyond that (x near 1 with |n| in the
//   hundreds or more, say 1.1 ** 1000) by square and multiply in double-double (~100
//   bits, one final rounding), correctly rounded except in rare hard cases and for
//   subnormal results (rounded twice). CPython calls the C library's pow(), which for
//   glibc is correctly rounded in all but rare hard cases, so the two agree except there.
//   A non-integral exponent uses core/libm/pow.ts (CPython's special cases without pow()
//   are kept: inf/nan operands, 0.0 ** negative, x ** ±inf); a negative base gives a
//   complex result, as in CPython.
// - hash: an integral float hashes as the equal int does (mpz_hash: the value modulo
//   2^31, MicroPython's rule), others by a mix of their bits; inf 314159, -inf -314159,
//   nan 0 (CPython 3.10+ hashes nan by identity).

import { layout, field_ref, field_f64, load_u32, load_u8, load_f64, store_u8, type i32, type u32, type f64, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_free, gc_root_push, gc_root_restore } from "../gc.js";
import {
  is_small_int, small_int_value, small_int_fits, new_small_int, bool_obj, OBJ_NULL, OBJ_TRUE, OBJ_FALSE, type obj,
} from "../obj.js";
import {
  mpz_from_i32, mpz_from_f64, mpz_to_f64, mpz_fits_i32, mpz_to_i32, mpz_cmp, mpz_is_neg, mpz_abs, mpz_bit_length,
  mpz_shl, mpz_shr, mpz_pow, mpz_divmod, mpz_status, MpzPair, MpzStatus,
} from "../mpz.js";
import { BinaryOp, UnaryOp, INPLACE_TO_NORMAL, compare_result } from "../ops.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_msg, raise_memory_error } from "./exception.js";
import { tuple_new, tuple_set } from "./tuple.js";
import { print_bytes, print_byte, type Printer } from "../print.js";
import type { PrintKind } from "./str.js";
import { float_format, float_format_repr, float_format_bound, FLOAT_FORMAT_SCRATCH_BYTES } from "../float_format.js";
import { float_parse, FLOAT_PARSE_SCRATCH_BYTES } from "../float_parse.js";
import { complex_is, complex_binary_op, complex_from_f64 } from "./complex.js";
import { libm_pow } from "../libm/pow.js";

export const FloatObj = layout("FloatObj", { type: field_ref, value: field_f64 });

/** Bits of m^|n| up to which a power is computed exactly (4 KiB numbers). */
const POW_EXACT_BITS: f64 = 32768;
const TWO_53: f64 = 9007199254740992.0;
const TWO_32: f64 = 4294967296.0;

export function float_from_f64(x: f64): obj {
  const p: ref = gc_alloc(FloatObj.SIZE);
  if (p === 0) raise_memory_error();
  FloatObj.type.set(p, type_word(TypeId.float));
  FloatObj.value.set(p, x);
  return p;
}

export function float_value(o: obj): f64 {
  return FloatObj.value.get(o);
}

export function float_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.float);
}

// ---- numbers of the other kinds ----

/** An int for arithmetic: a small int, a bool (True == 1) or a big int. */
export function float_int_like(o: obj): bool {
  return is_small_int(o) || o === OBJ_TRUE || o === OBJ_FALSE || obj_type(o) === type_word(TypeId.int);
}

/** float(n) of an int-like, correctly rounded; OverflowError when too large. */
export function float_of_int(o: obj): f64 {
  if (is_small_int(o)) return small_int_value(o);
  if (o === OBJ_TRUE) return 1;
  if (o === OBJ_FALSE) return 0;
  const x: f64 = mpz_to_f64(o);
  if (x === Infinity || x === -Infinity) raise_msg(TypeId.OverflowError, "int too large to convert to float");
  return x;
}

/** A float or an int-like as a double (the caller checked the kind). */
export function float_operand(o: obj): f64 {
  return float_is(o) ? float_value(o) : float_of_int(o);
}

/** Is x -0.0 or negative (the sign bit, for zeros too)? NaN counts as positive. */
export function float_sign_bit(x: f64): bool {
  return x < 0 || (x === 0 && 1 / x < 0);
}

function copysign_zero(negative: bool): f64 {
  return negative ? -0.0 : 0.0;
}

/** m * 2^k exactly (m * 2^k representable, or overflowing to infinity). */
export function float_ldexp(m: f64, k: i32): f64 {
  let x: f64 = m;
  let e: i32 = k;
  while (e >= 64 && x !== Infinity && x !== -Infinity) {
    x = x * 18446744073709551616.0;
    e = (e - 64) | 0;
  }
  while (e <= -64 && x !== 0) {
    x = x * 5.421010862427522e-20;
    e = (e + 64) | 0;
  }
  while (e > 0) {
    x = x * 2;
    e = (e - 1) | 0;
  }
  while (e < 0) {
    x = x * 0.5;
    e = (e + 1) | 0;
  }
  return x;
}

// ---- comparisons ----

/** Unordered (a NaN is involved). */
const UNORDERED: i32 = 2;

/** Compare a finite or infinite double with a big int, exactly. */
function compare_f64_big(x: f64, big: obj): i32 {
  if (x !== x) return UNORDERED;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const depth: u32 = gc_root_push(big);
  const t: ref = mpz_from_f64(x);
  if (t === 0) raise_memory_error();
  const c: i32 = mpz_cmp(t, big);
  gc_root_restore(depth);
  if (c !== 0) return c;
  const frac: f64 = x - Math.trunc(x);
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

/** -1, 0, 1, or UNORDERED: a and b floats or int-likes, at least one a float. */
function compare_numbers(a: obj, b: obj): i32 {
  if (float_is(a) && !float_is(b) && !is_small_int(b) && b !== OBJ_TRUE && b !== OBJ_FALSE) {
    return compare_f64_big(float_value(a), b);
  }
  if (float_is(b) && !float_is(a) && !is_small_int(a) && a !== OBJ_TRUE && a !== OBJ_FALSE) {
    const c: i32 = compare_f64_big(float_value(b), a);
    return c === UNORDERED ? c : (0 - c) | 0;
  }
  const x: f64 = float_operand(a);
  const y: f64 = float_operand(b);
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  return UNORDERED;
}

/** Like compare_result, with NaN: every comparison is false but !=. */
function float_compare_result(op: BinaryOp, c: i32): obj {
  if (c === UNORDERED) return bool_obj(op === BinaryOp.NotEqual);
  return compare_result(op, c);
}

/** a == b where one is a float and the other a float or int-like (exact, even for big ints). */
export function float_equal(a: obj, b: obj): bool {
  const aok: bool = float_is(a) || float_int_like(a);
  const bok: bool = float_is(b) || float_int_like(b);
  if (!aok || !bok) return false;
  return compare_numbers(a, b) === 0;
}

/**
 * hash of the double stored (canonical NaN) at the 8-aligned addr: as the equal int hashes
 * when the value is integral (hash(2.0) == hash(2)), else a mix of the double's two words.
 */
export function float_hash_at(addr: u32): i32 {
  const x: f64 = load_f64(addr);
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (x === Math.trunc(x)) {
    // |x| modulo 2^32 (fmod is exact), signed, then reduced as mpz_hash does.
    const low: u32 = (Math.abs(x) % TWO_32) >>> 0;
    const v: i32 = x < 0 ? (0 - low) | 0 : low | 0;
    return (v << 1) >> 1;
  }
  return ((Math.imul(load_u32(addr + 4), 1000003) ^ load_u32(addr)) << 1) >> 1;
}

/** hash(o) for a float, consistent with float_equal and with obj_hash of ints. */
export function float_hash(o: obj): i32 {
  return float_hash_at(FloatObj.value.addr(o) >>> 0);
}

// ---- arithmetic ----

function normal_op(op: BinaryOp): BinaryOp {
  if (op < BinaryOp.InplaceOr || op > BinaryOp.InplacePower) return op;
  switch ((op + INPLACE_TO_NORMAL) | 0) {
    case BinaryOp.Add: return BinaryOp.Add;
    case BinaryOp.Subtract: return BinaryOp.Subtract;
    case BinaryOp.Multiply: return BinaryOp.Multiply;
    case BinaryOp.FloorDivide: return BinaryOp.FloorDivide;
    case BinaryOp.TrueDivide: return BinaryOp.TrueDivide;
    case BinaryOp.Modulo: return BinaryOp.Modulo;
    case BinaryOp.Power: return BinaryOp.Power;
    default: return BinaryOp.Or; // bitwise and matrix ops: not for floats
  }
}

/** CPython's float_divmod: the floor quotient (division) or the remainder. */
function float_floor_div(x: f64, y: f64): f64 {
  const mod: f64 = x % y;
  let div: f64 = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) div = div - 1.0;
  }
  if (div !== 0) {
    let floordiv: f64 = Math.floor(div);
    if (div - floordiv > 0.5) floordiv = floordiv + 1.0;
    return floordiv;
  }
  return copysign_zero(float_sign_bit(x / y));
}

function float_mod(x: f64, y: f64): f64 {
  let mod: f64 = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod = mod + y;
    return mod;
  }
  return copysign_zero(float_sign_bit(y));
}

/**
 * a op b where one operand is a float and the other a float, an int or a bool (or both are
 * ints, for / and for ** with a negative exponent: pass them here). A complex operand
 * goes to complex_binary_op. OBJ_NULL when the op is not defined for these operands.
 */
export function float_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (complex_is(a) || complex_is(b)) return complex_binary_op(op, a, b);
  if (!(float_is(a) || float_int_like(a)) || !(float_is(b) || float_int_like(b))) return OBJ_NULL;
  const normal: BinaryOp = normal_op(op);
  if (normal <= BinaryOp.NotEqual) return float_compare_result(normal, compare_numbers(a, b));
  if (!float_is(a) && !float_is(b)) {
    if (normal === BinaryOp.TrueDivide) return float_from_f64(float_int_true_divide(a, b));
    if (normal === BinaryOp.Power) return float_from_f64(float_pow(float_of_int(a), float_of_int(b)));
    return OBJ_NULL;
  }
  const x: f64 = float_operand(a);
  const y: f64 = float_operand(b);
  switch (normal) {
    case BinaryOp.Add: return float_from_f64(x + y);
    case BinaryOp.Subtract: return float_from_f64(x - y);
    case BinaryOp.Multiply: return float_from_f64(x * y);
    case BinaryOp.TrueDivide:
      if (y === 0) raise_msg(TypeId.ZeroDivisionError, "float division by zero");
      return float_from_f64(x / y);
    case BinaryOp.FloorDivide:
      if (y === 0) raise_msg(TypeId.ZeroDivisionError, "float floor division by zero");
      return float_from_f64(float_floor_div(x, y));
    case BinaryOp.Modulo:
      if (y === 0) raise_msg(TypeId.ZeroDivisionError, "float modulo");
      return float_from_f64(float_mod(x, y));
    case BinaryOp.Divmod: {
      if (y === 0) raise_msg(TypeId.ZeroDivisionError, "float divmod()");
      const q: obj = float_from_f64(float_floor_div(x, y));
      const depth: u32 = gc_root_push(q);
      const r: obj = float_from_f64(float_mod(x, y));
      gc_root_push(r);
      const t: obj = tuple_new(2);
      tuple_set(t, 0, q);
      tuple_set(t, 1, r);
      gc_root_restore(depth);
      return t;
    }
    case BinaryOp.Power: {
      // A negative base to a finite fractional power is complex, as in CPython.
      if (x < 0 && x !== -Infinity && y !== Math.trunc(y) && y === y && y !== Infinity && y !== -Infinity) {
        return complex_binary_op(BinaryOp.Power, complex_from_f64(x, 0.0), b);
      }
      return float_from_f64(float_pow(x, y));
    }
    default: return OBJ_NULL;
  }
}

export function float_unary_op(op: UnaryOp, a: obj): obj {
  const x: f64 = float_value(a);
  switch (op) {
    case UnaryOp.Positive: return a;
    case UnaryOp.Negative: return float_from_f64(-x);
    case UnaryOp.Abs: return float_from_f64(Math.abs(x));
    case UnaryOp.Bool: return bool_obj(x !== 0);
    case UnaryOp.Hash: return new_small_int(float_hash(a));
    case UnaryOp.Int: return float_to_int(x);
    default: return OBJ_NULL;
  }
}

// ---- conversions ----

/** An mpz result as an int object (small when it fits). */
function int_result(m: ref): obj {
  if (m === 0) raise_memory_error();
  return mpz_fits_i32(m) && small_int_fits(mpz_to_i32(m)) ? new_small_int(mpz_to_i32(m)) : m;
}

/** int(x): truncated toward zero. */
export function float_to_int(x: f64): obj {
  if (x !== x) raise_msg(TypeId.ValueError, "cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) raise_msg(TypeId.OverflowError, "cannot convert float infinity to integer");
  const t: f64 = Math.trunc(x);
  if (t >= -1073741824 && t <= 1073741823) return new_small_int(t | 0);
  return int_result(mpz_from_f64(t));
}

/**
 * float(text) for the len bytes at addr (rooted by the caller if they are in a heap
 * object): OBJ_NULL when the text is not a float (the caller raises ValueError with it).
 */
export function float_from_text(addr: u32, len: u32): obj {
  const buf: ref = gc_alloc((FLOAT_PARSE_SCRATCH_BYTES + 8) >>> 0);
  if (buf === 0) raise_memory_error();
  const result: u32 = (buf + FLOAT_PARSE_SCRATCH_BYTES) >>> 0;
  const ok: bool = float_parse(addr, len, buf, FLOAT_PARSE_SCRATCH_BYTES, result);
  const x: f64 = load_f64(result);
  gc_free(buf);
  return ok ? float_from_f64(x) : OBJ_NULL;
}

// ---- printing ----

/**
 * repr(x) to p. strip_dot0: leave out the ".0" that marks an integral value, and
 * force_sign: a '+' before a non-negative value or a NaN (complex's parts use both).
 */
export function float_print_f64(p: Printer, x: f64, strip_dot0: bool, force_sign: bool): void {
  const cap: u32 = float_format_bound(-1);
  const buf: ref = gc_alloc((FLOAT_FORMAT_SCRATCH_BYTES + cap) >>> 0);
  if (buf === 0) raise_memory_error();
  const depth: u32 = gc_root_push(buf);
  const out: u32 = (buf + FLOAT_FORMAT_SCRATCH_BYTES) >>> 0;
  let n: u32 = float_format_repr(x, out, cap, buf, FLOAT_FORMAT_SCRATCH_BYTES) >>> 0;
  if (strip_dot0 && n >= 2 && load_u8(out + n - 2) === 46 && load_u8(out + n - 1) === 48) n = (n - 2) >>> 0;
  if (force_sign && load_u8(out) !== 45) print_byte(p, 43);
  print_bytes(p, out, n);
  gc_root_restore(depth);
  gc_free(buf);
}

/** print slot: repr and str are the same for floats. */
export function float_print(p: Printer, o: obj, kind: PrintKind): void {
  float_print_f64(p, float_value(o), false, false);
}

// ---- true division of ints ----

/** An int-like as an mpz (boxed when small; rooted by the caller). */
function as_mpz(o: obj): ref {
  if (!is_small_int(o) && o !== OBJ_TRUE && o !== OBJ_FALSE) return o;
  const m: ref = mpz_from_i32(is_small_int(o) ? small_int_value(o) : o === OBJ_TRUE ? 1 : 0);
  if (m === 0) raise_memory_error();
  return m;
}

function checked_mpz(m: ref): ref {
  if (m === 0) {
    if (mpz_status() === MpzStatus.Memory) raise_memory_error();
    raise_msg(TypeId.OverflowError, "result too large");
  }
  return m;
}

/**
 * n / d * 2^e, correctly rounded (to nearest, ties to even, subnormals rounded once), for
 * positive mpz n and d: CPython's long_true_divide with the extra power of two. Infinity
 * when it overflows (the caller raises).
 */
function ratio_to_f64(n: ref, d: ref, e: i32): f64 {
  const depth: u32 = gc_root_push(n);
  gc_root_push(d);
  const n_bits: f64 = mpz_bit_length(n);
  const d_bits: f64 = mpz_bit_length(d);
  const diff: f64 = n_bits - d_bits + e;
  if (diff > 1025) {
    gc_root_restore(depth);
    return Infinity;
  }
  if (diff < -1076) {
    gc_root_restore(depth);
    return 0;
  }
  const di: i32 = diff | 0;
  // q = floor(n * 2^(e - s) / d) has 55 or 56 bits (fewer in the subnormal range).
  const s: i32 = ((di > -1021 ? di : -1021) - 55) | 0;
  let num: ref = n;
  let den: ref = d;
  if (((e - s) | 0) >= 0) num = checked_mpz(mpz_shl(n, (e - s) >>> 0));
  else den = checked_mpz(mpz_shl(d, (s - e) >>> 0));
  gc_root_push(num);
  gc_root_push(den);
  const pair: ref = checked_mpz(mpz_divmod(num, den));
  gc_root_push(pair);
  const q: ref = MpzPair.q.get(pair);
  const inexact: u32 = mpz_bit_length(MpzPair.r.get(pair)) === 0 ? 0 : 1;
  const q_bits: i32 = mpz_bit_length(q) | 0;
  const floor_bits: i32 = (-1021 - s) | 0;
  const extra: i32 = ((q_bits > floor_bits ? q_bits : floor_bits) - 53) | 0;
  // extra is 2..4: the round bit and the sticky bits are in q's low word.
  const low: u32 = ((mpz_to_i32(q) >>> 0) | inexact) >>> 0;
  const mask: u32 = (1 << ((extra - 1) & 31)) >>> 0;
  const top: ref = checked_mpz(mpz_shr(q, extra & 31));
  let m: f64 = mpz_to_f64(top);
  if ((low & mask) !== 0 && (low & ((3 * mask - 1) >>> 0)) !== 0) m = m + 1;
  gc_root_restore(depth);
  return float_ldexp(m, (s + extra) | 0);
}

function int_is_negative(o: obj): bool {
  if (is_small_int(o)) return small_int_value(o) < 0;
  return o !== OBJ_TRUE && o !== OBJ_FALSE && mpz_is_neg(o);
}

/** a / b for ints: correctly rounded (CPython's long_true_divide). */
export function float_int_true_divide(a: obj, b: obj): f64 {
  if (is_small_int(b) ? small_int_value(b) === 0 : b === OBJ_FALSE) raise_msg(TypeId.ZeroDivisionError, "division by zero");
  const big_a: bool = !is_small_int(a) && a !== OBJ_TRUE && a !== OBJ_FALSE;
  const big_b: bool = !is_small_int(b) && b !== OBJ_TRUE && b !== OBJ_FALSE;
  if ((!big_a || mpz_bit_length(a) <= 53) && (!big_b || mpz_bit_length(b) <= 53)) {
    // Both exact as doubles: one IEEE division.
    return float_operand(a) / float_operand(b);
  }
  const negative: bool = int_is_negative(a) !== int_is_negative(b);
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  const x: ref = checked_mpz(mpz_abs(as_mpz(a)));
  gc_root_push(x);
  const y: ref = checked_mpz(mpz_abs(as_mpz(b)));
  gc_root_push(y);
  const r: f64 = mpz_bit_length(x) === 0 ? 0 : ratio_to_f64(x, y, 0);
  gc_root_restore(depth);
  if (r === Infinity) raise_msg(TypeId.OverflowError, "integer division result too large for a float");
  return negative ? -r : r;
}

// ---- powers ----

function is_odd_integer(y: f64): bool {
  return y === Math.trunc(y) && Math.abs(y) < TWO_53 && Math.abs(y % 2) === 1;
}

/** x ** y with CPython's float_pow special cases; raises as CPython does. */
export function float_pow(x: f64, y: f64): f64 {
  if (y === 0) return 1.0;
  if (x !== x) return x;
  if (y !== y) return x === 1.0 ? 1.0 : y;
  if (y === Infinity || y === -Infinity) {
    const ax: f64 = Math.abs(x);
    if (ax === 1.0) return 1.0;
    return (y > 0) === (ax > 1.0) ? Infinity : 0.0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd: bool = is_odd_integer(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? copysign_zero(x < 0) : 0.0;
  }
  if (x === 0) {
    const odd: bool = is_odd_integer(y);
    if (y < 0) raise_msg(TypeId.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return odd ? x : 0.0;
  }
  // sqrt is correctly rounded, as C's pow(x, 0.5) is; other fractional powers come from
  // core/libm (correctly rounded but for rare hard cases, as glibc's pow). A negative base
  // gives a complex result: float_binary_op sends it to complex's power first.
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  if (y !== Math.trunc(y)) {
    if (x < 0) raise_msg(TypeId.ValueError, "math domain error");
    const r: f64 = libm_pow(x, y);
    if (r === Infinity) raise_msg(TypeId.OverflowError, "Numerical result out of range");
    return r;
  }
  const negate: bool = x < 0 && is_odd_integer(y);
  const ax: f64 = Math.abs(x);
  if (ax === 1.0) return negate ? -1.0 : 1.0;
  const r: f64 = power_positive(ax, y);
  if (r === Infinity) raise_msg(TypeId.OverflowError, "Numerical result out of range");
  return negate ? -r : r;
}

/** x ** n for finite x > 0 (not 1) and integral n != 0, correctly rounded where exact. */
function power_positive(x: f64, n: f64): f64 {
  // x = m * 2^e with m odd.
  let m: f64 = x;
  let e: i32 = 0;
  while (m !== Math.floor(m)) {
    m = m * 2;
    e = (e - 1) | 0;
  }
  while (m >= TWO_53 || m % 2 === 0) {
    m = m * 0.5;
    e = (e + 1) | 0;
  }
  let bits: i32 = 0;
  for (let v: f64 = m; v >= 1; v = Math.floor(v * 0.5)) bits = (bits + 1) | 0;
  // log2(x) lies in [e + bits - 1, e + bits): decide certain overflow and underflow first.
  const top: f64 = e + bits * 1.0;
  const lo_log: f64 = n > 0 ? (top - 1) * n : top * n;
  const hi_log: f64 = n > 0 ? top * n : (top - 1) * n;
  if (lo_log >= 1024) return Infinity;
  if (hi_log < -1075) return 0.0;
  const an: f64 = Math.abs(n);
  if (bits * an <= POW_EXACT_BITS) {
    const depth: u32 = gc_root_push(0);
    const base: ref = checked_mpz(mpz_from_f64(m));
    gc_root_push(base);
    const exponent: ref = checked_mpz(mpz_from_f64(an));
    gc_root_push(exponent);
    const big: ref = checked_mpz(mpz_pow(base, exponent));
    gc_root_push(big);
    const one: ref = checked_mpz(mpz_from_i32(1));
    gc_root_push(one);
    const shift: i32 = (e * n) | 0;
    const r: f64 = n > 0 ? ratio_to_f64(big, one, shift) : ratio_to_f64(one, big, shift);
    gc_root_restore(depth);
    return r;
  }
  return power_double_double(x, n);
}

// Dekker's exact product (no fused multiply-add): p + dd_lo == a * b, for |a|, |b| < 2^996.
let dd_lo: f64 = 0;
const SPLITTER: f64 = 134217729.0; // 2^27 + 1

export function float_two_product(a: f64, b: f64): f64 {
  const p: f64 = a * b;
  const ca: f64 = SPLITTER * a;
  const ah: f64 = ca - (ca - a);
  const al: f64 = a - ah;
  const cb: f64 = SPLITTER * b;
  const bh: f64 = cb - (cb - b);
  const bl: f64 = b - bh;
  dd_lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

/** The low part of the last float_two_product: p + float_two_product_lo() == a * b exactly. */
export function float_two_product_lo(): f64 {
  return dd_lo;
}

/** The exponent k with 2^k <= |x| < 2^(k+1), for finite nonzero x. */
function binary_exponent(x: f64): i32 {
  let a: f64 = Math.abs(x);
  let k: i32 = 0;
  while (a >= 18446744073709551616.0) {
    a = a * 5.421010862427522e-20;
    k = (k + 64) | 0;
  }
  while (a < 5.421010862427522e-20) {
    a = a * 18446744073709551616.0;
    k = (k - 64) | 0;
  }
  while (a >= 2) {
    a = a * 0.5;
    k = (k + 1) | 0;
  }
  while (a < 1) {
    a = a * 2;
    k = (k - 1) | 0;
  }
  return k;
}

// The power in double-double: value = (pw_hi + pw_lo) * 2^pw_exp, pw_hi kept in [1, 2).
let pw_hi: f64 = 0;
let pw_lo: f64 = 0;
let pw_exp: f64 = 0;

function dd_normalize(hi: f64, lo: f64, e: f64): void {
  const s: f64 = hi + lo;
  const l: f64 = lo - (s - hi);
  const k: i32 = binary_exponent(s);
  pw_hi = float_ldexp(s, (0 - k) | 0);
  pw_lo = float_ldexp(l, (0 - k) | 0);
  pw_exp = e + k;
}

/**
 * x ** n for |x| ** |n| beyond the exact range: square and multiply in double-double (about
 * 100 bits), then one rounding, with a double-double reciprocal for negative n. Correctly
 * rounded in all but rare hard cases and subnormal results (rounded twice).
 */
function power_double_double(x: f64, n: f64): f64 {
  let rh: f64 = 1.0;
  let rl: f64 = 0.0;
  let re: f64 = 0;
  dd_normalize(x, 0, 0);
  let ph: f64 = pw_hi;
  let pl: f64 = pw_lo;
  let pe: f64 = pw_exp;
  let k: f64 = Math.abs(n);
  while (k > 0) {
    if (k % 2 === 1) {
      const h: f64 = float_two_product(rh, ph);
      dd_normalize(h, dd_lo + (rh * pl + rl * ph), re + pe);
      rh = pw_hi;
      rl = pw_lo;
      re = pw_exp;
    }
    k = Math.floor(k * 0.5);
    if (k > 0) {
      const h: f64 = float_two_product(ph, ph);
      dd_normalize(h, dd_lo + 2 * ph * pl, pe + pe);
      ph = pw_hi;
      pl = pw_lo;
      pe = pw_exp;
    }
  }
  if (n < 0) {
    // 1 / (rh + rl): r = 1/rh, corrected by the residual 1 - r * (rh + rl).
    const r: f64 = 1.0 / rh;
    const p: f64 = float_two_product(r, rh);
    const residual: f64 = ((1.0 - p) - dd_lo) - r * rl;
    dd_normalize(r, r * residual, 0 - re);
    rh = pw_hi;
    rl = pw_lo;
    re = pw_exp;
  }
  if (re > 1100) return Infinity;
  if (re < -1200) return 0.0;
  return float_ldexp(rh + rl, re | 0);
}

// ---- round ----

/** round(x): to the nearest int, ties to even. */
export function float_round_to_int(x: f64): obj {
  if (x !== x || x === Infinity || x === -Infinity) return float_to_int(x);
  const f: f64 = Math.floor(x);
  const diff: f64 = x - f;
  let r: f64 = f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
  return float_to_int(r);
}

/**
 * round(x, ndigits): the exact value of x rounded half to even at 10^-ndigits, read back
 * correctly rounded (CPython's double_round). OverflowError when the rounded value is too
 * large for a double.
 */
export function float_round(x: f64, ndigits: i32): f64 {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if (ndigits >= 0) return round_fraction(x, ndigits);
  return round_integer(x, (0 - ndigits) | 0);
}

/** The text buffer: scratch for float_format and parse, then the text. */
function text_buffer(prec: i32): ref {
  const buf: ref = gc_alloc((FLOAT_FORMAT_SCRATCH_BYTES + float_format_bound(prec) + 16) >>> 0);
  if (buf === 0) raise_memory_error();
  return buf;
}

function parse_back(buf: ref, text: u32, len: u32): f64 {
  const result: u32 = (buf + FLOAT_PARSE_SCRATCH_BYTES) >>> 0;
  float_parse(text, len, buf, FLOAT_PARSE_SCRATCH_BYTES, result);
  const r: f64 = load_f64(result);
  gc_free(buf);
  return r;
}

function round_fraction(x: f64, ndigits: i32): f64 {
  const buf: ref = text_buffer(ndigits);
  const text: u32 = (buf + FLOAT_FORMAT_SCRATCH_BYTES) >>> 0;
  const len: i32 = float_format(x, 102, ndigits, 0, text, float_format_bound(ndigits), buf, FLOAT_FORMAT_SCRATCH_BYTES);
  return parse_back(buf, text, len >>> 0);
}

/** Round to a multiple of 10^k, k >= 1: on x's exact decimal text, then append "e<k>". */
function round_integer(x: f64, k: i32): f64 {
  // |x| >= 1 has at most 52 binary, hence 52 decimal, fraction digits: 'f' with 60 is exact.
  const buf: ref = text_buffer(60);
  const text: u32 = (buf + FLOAT_FORMAT_SCRATCH_BYTES) >>> 0;
  const len: u32 = float_format(x, 102, 60, 0, text, float_format_bound(60), buf, FLOAT_FORMAT_SCRATCH_BYTES) >>> 0;
  const start: u32 = load_u8(text) === 45 ? 1 : 0;
  let int_len: u32 = 0;
  while (((start + int_len) >>> 0) < len && load_u8(text + start + int_len) !== 46) int_len = (int_len + 1) >>> 0;
  // Digits kept: int_len - k (none, and the result is 0 or 10^k, when that is not positive).
  const keep: i32 = (int_len - k) | 0;
  let up: bool = false;
  if (keep >= 0 && !(int_len === 1 && load_u8(text + start) === 48)) {
    const first: u32 = (start + keep) >>> 0;
    const digit: u32 = load_u8(text + first);
    let rest_nonzero: bool = false;
    for (let i: u32 = (first + 1) >>> 0; i < len; i++) {
      const c: u32 = load_u8(text + i);
      if (c !== 48 && c !== 46) rest_nonzero = true;
    }
    const prev_odd: bool = keep > 0 && (load_u8(text + first - 1) & 1) === 1;
    up = digit > 53 || (digit === 53 && (rest_nonzero || prev_odd));
  }
  // Build "[-]<kept digits, incremented when up>e<k>" over the text, carrying leftwards.
  let n: u32 = keep > 0 ? ((start + keep) >>> 0) : start;
  if (up) {
    let i: i32 = (n - 1) | 0;
    let carry: bool = true;
    while (carry && i >= (start | 0)) {
      const c: u32 = load_u8(text + i);
      if (c === 57) {
        store_u8(text + i, 48);
        i = (i - 1) | 0;
      } else {
        store_u8(text + i, c + 1);
        carry = false;
      }
    }
    if (carry) {
      // All nines (or nothing kept): a leading 1, the rest zeros.
      store_u8(text + start, 49);
      for (let j: u32 = (start + 1) >>> 0; j < ((n + 1) >>> 0); j++) store_u8(text + j, 48);
      n = (n + 1) >>> 0;
    }
  } else if (n === start) {
    store_u8(text + n, 48);
    n = (n + 1) >>> 0;
  }
  store_u8(text + n, 101);
  n = (n + 1) >>> 0;
  // k is 1..308: at most three digits.
  if (k >= 100) {
    store_u8(text + n, 48 + ((k / 100) | 0));
    n = (n + 1) >>> 0;
  }
  if (k >= 10) {
    store_u8(text + n, 48 + (((k / 10) | 0) % 10));
    n = (n + 1) >>> 0;
  }
  store_u8(text + n, 48 + (k % 10));
  n = (n + 1) >>> 0;
  const r: f64 = parse_back(buf, text, n);
  if (r === Infinity || r === -Infinity) raise_msg(TypeId.OverflowError, "rounded value too large to represent");
  return r;
}
