// int: small ints are tagged words (31-bit); beyond, an mpz heap object (core/mpz.ts).
// Operations take the small-int fast path when both operands are small and the result
// fits, and otherwise compute in mpz and come back to a small int when they can.

import type { i32, u32, ref, bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore, gc_alloc, gc_free } from "../gc.js";
import {
  is_small_int, small_int_value, small_int_fits, new_small_int, bool_obj, OBJ_NULL, OBJ_TRUE, OBJ_FALSE, type obj,
} from "../obj.js";
import {
  mpz_from_i32, mpz_fits_i32, mpz_to_i32, mpz_cmp, mpz_add, mpz_sub, mpz_mul, mpz_floordiv, mpz_mod, mpz_pow,
  mpz_and, mpz_or, mpz_xor, mpz_shl, mpz_shr, mpz_neg, mpz_invert, mpz_is_neg, mpz_is_zero, mpz_status, mpz_pow3,
  mpz_str_size, mpz_to_str, mpz_from_str, MpzStatus,
} from "../mpz.js";
import { BinaryOp, UnaryOp, INPLACE_TO_NORMAL, compare_result } from "../ops.js";
import { float_is, float_binary_op } from "./float.js";
import { complex_is } from "./complex.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_msg, raise_memory_error } from "./exception.js";
import { print_i32, print_bytes, type Printer } from "../print.js";
import type { PrintKind } from "./str.js";

export function int_from_i32(v: i32): obj {
  if (small_int_fits(v)) return new_small_int(v);
  return checked(mpz_from_i32(v));
}

/** Does the int o (small or big) fit an i32? */
export function int_fits_i32(o: obj): bool {
  return is_small_int(o) || mpz_fits_i32(o);
}

/** The int o's value, when int_fits_i32(o). */
export function int_value_i32(o: obj): i32 {
  return is_small_int(o) ? small_int_value(o) : mpz_to_i32(o);
}

/** Is o an int (small or big; bool is not, here)? */
export function int_is(o: obj): bool {
  return is_small_int(o) || obj_type(o) === type_word(TypeId.int);
}

/** An mpz result: MemoryError or the status's exception when 0, else the int it is. */
function checked(m: ref): obj {
  if (m === 0) {
    const status: MpzStatus = mpz_status();
    if (status === MpzStatus.ZeroDivision) raise_msg(TypeId.ZeroDivisionError, "integer division or modulo by zero");
    if (status === MpzStatus.Overflow) raise_msg(TypeId.OverflowError, "result too large");
    if (status === MpzStatus.Invalid) raise_msg(TypeId.ValueError, "invalid value");
    raise_memory_error();
  }
  return mpz_fits_i32(m) && small_int_fits(mpz_to_i32(m)) ? new_small_int(mpz_to_i32(m)) : m;
}

/** The operand as an mpz (a small int is boxed; the caller roots what it keeps). */
function as_mpz(o: obj): ref {
  if (!is_small_int(o)) return o;
  const m: ref = mpz_from_i32(small_int_value(o));
  if (m === 0) raise_memory_error();
  return m;
}

/** x * y for small ints, or OBJ_NULL when the product leaves the small-int range. */
function small_multiply(x: i32, y: i32): obj {
  if (x === 0 || y === 0) return new_small_int(0);
  const p: i32 = Math.imul(x, y);
  // Exact when dividing back gives the other factor (no 32-bit wrap happened).
  if (((p / y) | 0) !== x || ((p % y) | 0) !== 0 || !small_int_fits(p)) return OBJ_NULL;
  return new_small_int(p);
}

function small_floor_divide(x: i32, y: i32): obj {
  let q: i32 = (x / y) | 0;
  if (((x % y) | 0) !== 0 && (x < 0) !== (y < 0)) q = (q - 1) | 0;
  return int_from_i32(q);
}

function small_modulo(x: i32, y: i32): obj {
  let r: i32 = (x % y) | 0;
  if (r !== 0 && (r < 0) !== (y < 0)) r = (r + y) | 0;
  return new_small_int(r);
}

/** The fast path: both operands small. OBJ_NULL when the general path must decide. */
function small_binary_op(op: BinaryOp, x: i32, y: i32): obj {
  switch (op) {
    case BinaryOp.Add: return int_from_i32((x + y) | 0);
    case BinaryOp.Subtract: return int_from_i32((x - y) | 0);
    case BinaryOp.Multiply: return small_multiply(x, y);
    case BinaryOp.And: return new_small_int(x & y);
    case BinaryOp.Or: return new_small_int(x | y);
    case BinaryOp.Xor: return new_small_int(x ^ y);
    case BinaryOp.FloorDivide:
      if (y === 0) raise_msg(TypeId.ZeroDivisionError, "integer division or modulo by zero");
      return small_floor_divide(x, y);
    case BinaryOp.Modulo:
      if (y === 0) raise_msg(TypeId.ZeroDivisionError, "integer modulo by zero");
      return small_modulo(x, y);
    case BinaryOp.Rshift:
      if (y < 0) raise_msg(TypeId.ValueError, "negative shift count");
      return new_small_int(x >> ((y > 30 ? 30 : y) & 31));
    case BinaryOp.Lshift:
      if (y < 0) raise_msg(TypeId.ValueError, "negative shift count");
      if (y < 30 && (x << (y & 31)) >> (y & 31) === x && small_int_fits(x << (y & 31))) return new_small_int(x << (y & 31));
      return OBJ_NULL;
    default:
      return compare_result(op, x < y ? -1 : x > y ? 1 : 0);
  }
}

function shift_count(o: obj): u32 {
  if (is_small_int(o)) {
    const n: i32 = small_int_value(o);
    if (n < 0) raise_msg(TypeId.ValueError, "negative shift count");
    return n >>> 0;
  }
  if (mpz_is_neg(o)) raise_msg(TypeId.ValueError, "negative shift count");
  raise_msg(TypeId.OverflowError, "shift count too large");
}

/** The general path, in mpz; a and b are ints (small or big). */
function big_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (op === BinaryOp.Rshift && !is_small_int(b) && !mpz_is_neg(b)) {
    // Shifted right past every bit: what is left is the sign.
    const neg: bool = is_small_int(a) ? small_int_value(a) < 0 : mpz_is_neg(a);
    return new_small_int(neg ? -1 : 0);
  }
  if (op === BinaryOp.Lshift) return checked(mpz_shl(as_mpz(a), shift_count(b)));
  if (op === BinaryOp.Rshift) return checked(mpz_shr(as_mpz(a), shift_count(b)));
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  const x: ref = as_mpz(a);
  gc_root_push(x);
  const y: ref = as_mpz(b);
  gc_root_push(y);
  let r: obj = OBJ_NULL;
  switch (op) {
    case BinaryOp.Add: r = checked(mpz_add(x, y)); break;
    case BinaryOp.Subtract: r = checked(mpz_sub(x, y)); break;
    case BinaryOp.Multiply: r = checked(mpz_mul(x, y)); break;
    case BinaryOp.FloorDivide: r = checked(mpz_floordiv(x, y)); break;
    case BinaryOp.Modulo: r = checked(mpz_mod(x, y)); break;
    case BinaryOp.And: r = checked(mpz_and(x, y)); break;
    case BinaryOp.Or: r = checked(mpz_or(x, y)); break;
    case BinaryOp.Xor: r = checked(mpz_xor(x, y)); break;
    case BinaryOp.Power:
      // A negative exponent gives a float (0 ** -1 raises there).
      if (mpz_is_neg(y)) r = float_binary_op(BinaryOp.Power, a, b);
      else r = checked(mpz_pow(x, y));
      break;
    default: r = compare_result(op, mpz_cmp(x, y));
  }
  gc_root_restore(depth);
  return r;
}

/**
 * pow(a, e, m) for ints (bools already made 0 and 1): the result has the sign of m, and a
 * negative e takes the inverse of a modulo m first, as CPython does.
 */
export function int_pow_mod(a: obj, e: obj, m: obj): obj {
  const depth: u32 = gc_root_push(a);
  gc_root_push(e);
  gc_root_push(m);
  const x: ref = as_mpz(a);
  gc_root_push(x);
  const y: ref = as_mpz(e);
  gc_root_push(y);
  const z: ref = as_mpz(m);
  gc_root_push(z);
  const r: ref = mpz_pow3(x, y, z);
  if (r === 0 && mpz_status() === MpzStatus.Invalid) {
    raise_msg(TypeId.ValueError, mpz_is_zero(z) ? "pow() 3rd argument cannot be 0" : "base is not invertible for the given modulus");
  }
  const result: obj = checked(r);
  gc_root_restore(depth);
  return result;
}

/**
 * a op b for two ints, with Python's semantics (floor division, modulo with the sign of the
 * divisor, unbounded shifts). OBJ_NULL when ints do not implement op (the caller tries the
 * other operand, then raises TypeError).
 */
export function int_binary_op(op: BinaryOp, a: obj, b_in: obj): obj {
  const normal: BinaryOp = op >= BinaryOp.InplaceOr && op <= BinaryOp.InplacePower ? inplace_to_normal(op) : op;
  // bool is an int subclass: True and False take part as 1 and 0.
  const b: obj = b_in === OBJ_TRUE ? new_small_int(1) : b_in === OBJ_FALSE ? new_small_int(0) : b_in;
  // int op float (or complex) is computed by float, which knows both.
  if (!int_is(b)) return float_is(b) || complex_is(b) ? float_binary_op(op, a, b) : OBJ_NULL;
  // int / int is a float, correctly rounded (CPython's long_true_divide).
  if (normal === BinaryOp.TrueDivide) return float_binary_op(op, a, b);
  if (normal === BinaryOp.MatMultiply || normal > BinaryOp.Power) return OBJ_NULL;
  if (normal === BinaryOp.In || normal === BinaryOp.Is || normal === BinaryOp.ExceptionMatch) return OBJ_NULL;
  if (is_small_int(a) && is_small_int(b)) {
    const fast: obj = normal === BinaryOp.Power ? OBJ_NULL : small_binary_op(normal, small_int_value(a), small_int_value(b));
    if (fast !== OBJ_NULL) return fast;
  }
  if (normal === BinaryOp.FloorDivide || normal === BinaryOp.Modulo) {
    if ((is_small_int(b) && small_int_value(b) === 0) || (!is_small_int(b) && mpz_is_zero(b))) {
      // CPython 3.11's words: % says modulo, // says division or modulo.
      raise_msg(TypeId.ZeroDivisionError, normal === BinaryOp.Modulo ? "integer modulo by zero" : "integer division or modulo by zero");
    }
  }
  return big_binary_op(normal, a, b);
}

function inplace_to_normal(op: BinaryOp): BinaryOp {
  switch ((op + INPLACE_TO_NORMAL) | 0) {
    case BinaryOp.Or: return BinaryOp.Or;
    case BinaryOp.Xor: return BinaryOp.Xor;
    case BinaryOp.And: return BinaryOp.And;
    case BinaryOp.Lshift: return BinaryOp.Lshift;
    case BinaryOp.Rshift: return BinaryOp.Rshift;
    case BinaryOp.Add: return BinaryOp.Add;
    case BinaryOp.Subtract: return BinaryOp.Subtract;
    case BinaryOp.Multiply: return BinaryOp.Multiply;
    case BinaryOp.MatMultiply: return BinaryOp.MatMultiply;
    case BinaryOp.FloorDivide: return BinaryOp.FloorDivide;
    case BinaryOp.TrueDivide: return BinaryOp.TrueDivide;
    case BinaryOp.Modulo: return BinaryOp.Modulo;
    default: return BinaryOp.Power;
  }
}

export function int_unary_op(op: UnaryOp, a: obj): obj {
  if (is_small_int(a)) {
    const x: i32 = small_int_value(a);
    switch (op) {
      case UnaryOp.Positive: case UnaryOp.Int: return a;
      case UnaryOp.Negative: return int_from_i32((0 - x) | 0);
      case UnaryOp.Invert: return new_small_int(~x);
      case UnaryOp.Abs: return int_from_i32(x < 0 ? (0 - x) | 0 : x);
      case UnaryOp.Bool: return bool_obj(x !== 0);
      case UnaryOp.Hash: return a;
      default: return OBJ_NULL;
    }
  }
  switch (op) {
    case UnaryOp.Positive: case UnaryOp.Int: return a;
    case UnaryOp.Negative: return checked(mpz_neg(a));
    case UnaryOp.Invert: return checked(mpz_invert(a));
    case UnaryOp.Abs: return mpz_is_neg(a) ? checked(mpz_neg(a)) : a;
    case UnaryOp.Bool: return bool_obj(!mpz_is_zero(a));
    default: return OBJ_NULL;
  }
}

/** print(int): decimal, for str and repr alike. A big int is formatted in a heap buffer freed at once. */
export function int_print(p: Printer, o: obj, kind: PrintKind): void {
  if (is_small_int(o)) {
    print_i32(p, small_int_value(o));
    return;
  }
  const depth: u32 = gc_root_push(o);
  const buf: ref = gc_alloc(mpz_str_size(o, 10));
  gc_root_restore(depth);
  if (buf === 0) raise_memory_error();
  const len: u32 = mpz_to_str(o, 10, buf);
  print_bytes(p, buf, len);
  gc_free(buf);
}

/** int(text, base) for the test programs and the compiler's literals: OBJ_NULL when invalid. */
export function int_from_text(addr: u32, len: u32, base: u32): obj {
  const m: ref = mpz_from_str(addr, len, base);
  if (m === 0 && mpz_status() === MpzStatus.Invalid) return OBJ_NULL;
  return checked(m);
}
