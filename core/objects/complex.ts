// complex: two boxed binary64 parts, with CPython 3.11's arithmetic (Objects/complexobject.c)
// so results are bit-identical to CPython's:
//
// - an int or float operand becomes (x, 0.0) first (3.11 has no mixed-mode rules);
// - * is the textbook product, / is _Py_c_quot (Smith's method, without the C99 Annex G
//   recovery of infinities that CPython 3.12 added);
// - ** with an integral real exponent of magnitude <= 100 is c_powi (square and multiply
//   with _Py_c_prod, 1 / x^n for negative n); other exponents are _Py_c_pow's polar form
//   with core/libm's pow/exp/log/atan2/sin/cos (0 ** z by its rules). An infinite part in the
//   result is OverflowError "complex exponentiation", as _Py_ADJUST_ERANGE2 makes it;
// - abs is hypot: the exact square sum in double-double and one Newton correction of its
//   square root, with power-of-two scaling: correctly rounded except in rare hard cases
//   (CPython calls the C library's hypot; glibc's is correctly rounded in nearly all cases).
// - repr: (1+2j), 1j, (-0-0j), (nan+infj): the parts as repr without ".0", the imaginary
//   part signed, no parentheses when the real part is +0.0.

import { char_is_space } from "../chars.js";
import { libm_pow } from "../libm/pow.js";
import { libm_atan2 } from "../libm/atrig.js";
import { libm_exp } from "../libm/exp.js";
import { libm_log } from "../libm/log.js";
import { libm_sin, libm_cos } from "../libm/trig.js";
import { layout, field_ref, field_f64, load_u8, load_f64, type i32, type u32, type f64, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_free } from "../gc.js";
import { float_parse, FLOAT_PARSE_SCRATCH_BYTES } from "../float_parse.js";
import { bool_obj, new_small_int, OBJ_NULL, type obj } from "../obj.js";
import { BinaryOp, UnaryOp, INPLACE_TO_NORMAL } from "../ops.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_msg, raise_memory_error } from "./exception.js";
import { print_str, type Printer } from "../print.js";
import type { PrintKind } from "./str.js";
import {
  float_is, float_value, float_int_like, float_operand, float_equal, float_from_f64, float_hash_at, float_print_f64,
  float_sign_bit, float_ldexp, float_two_product, float_two_product_lo,
} from "./float.js";

export const ComplexObj = layout("ComplexObj", { type: field_ref, real: field_f64, imag: field_f64 });

export function complex_from_f64(real: f64, imag: f64): obj {
  const p: ref = gc_alloc(ComplexObj.SIZE);
  if (p === 0) raise_memory_error();
  ComplexObj.type.set(p, type_word(TypeId.complex));
  ComplexObj.real.set(p, real);
  ComplexObj.imag.set(p, imag);
  return p;
}

export function complex_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.complex);
}

export function complex_real(o: obj): f64 {
  return ComplexObj.real.get(o);
}

export function complex_imag(o: obj): f64 {
  return ComplexObj.imag.get(o);
}

// ---- the arithmetic, on parts (results in res_real, res_imag) ----

let res_real: f64 = 0;
let res_imag: f64 = 0;
/** Set by quot when dividing by zero (CPython's errno EDOM). */
let div_by_zero: bool = false;

function prod(ar: f64, ai: f64, br: f64, bi: f64): void {
  res_real = ar * br - ai * bi;
  res_imag = ar * bi + ai * br;
}

/** _Py_c_quot: Smith's method. */
function quot(ar: f64, ai: f64, br: f64, bi: f64): void {
  const abs_br: f64 = br < 0 ? -br : br;
  const abs_bi: f64 = bi < 0 ? -bi : bi;
  if (abs_br >= abs_bi) {
    if (abs_br === 0.0) {
      div_by_zero = true;
      res_real = 0.0;
      res_imag = 0.0;
    } else {
      const ratio: f64 = bi / br;
      const denom: f64 = br + bi * ratio;
      res_real = (ar + ai * ratio) / denom;
      res_imag = (ai - ar * ratio) / denom;
    }
  } else if (abs_bi >= abs_br) {
    const ratio: f64 = br / bi;
    const denom: f64 = br * ratio + bi;
    res_real = (ar * ratio + ai) / denom;
    res_imag = (ai * ratio - ar) / denom;
  } else {
    res_real = NaN;
    res_imag = NaN;
  }
}

/** c_powu: x ** n for n >= 0, square and multiply from the low bit. */
function powu(xr: f64, xi: f64, n: i32): void {
  let rr: f64 = 1.0;
  let ri: f64 = 0.0;
  let pr: f64 = xr;
  let pi: f64 = xi;
  let mask: i32 = 1;
  while (mask > 0 && n >= mask) {
    if ((n & mask) !== 0) {
      prod(rr, ri, pr, pi);
      rr = res_real;
      ri = res_imag;
    }
    mask = mask << 1;
    prod(pr, pi, pr, pi);
    pr = res_real;
    pi = res_imag;
  }
  res_real = rr;
  res_imag = ri;
}

/** complex_pow for exponent (er, ei). */
function power(ar: f64, ai: f64, er: f64, ei: f64): obj {
  div_by_zero = false;
  if (ei === 0.0 && er === Math.floor(er) && Math.abs(er) <= 100.0) {
    const n: i32 = er | 0;
    if (n > 0) {
      powu(ar, ai, n);
    } else {
      powu(ar, ai, (0 - n) | 0);
      quot(1.0, 0.0, res_real, res_imag);
    }
  } else if (ar === 0.0 && ai === 0.0) {
    // _Py_c_pow's zero base (the exponent is not 0 here: 0 is integral).
    if (ei !== 0.0 || er < 0.0) div_by_zero = true;
    res_real = 0.0;
    res_imag = 0.0;
  } else {
    // _Py_c_pow: |a|^b in polar form, with core/libm's functions.
    const vabs: f64 = complex_abs_f64(ar, ai);
    let len: f64 = libm_pow(vabs, er);
    const at: f64 = libm_atan2(ai, ar);
    let phase: f64 = at * er;
    if (ei !== 0.0) {
      len /= libm_exp(at * ei);
      phase += ei * libm_log(vabs);
    }
    res_real = len * libm_cos(phase);
    res_imag = len * libm_sin(phase);
  }
  if (div_by_zero) raise_msg(TypeId.ZeroDivisionError, "0.0 to a negative or complex power");
  if (is_inf(res_real) || is_inf(res_imag)) raise_msg(TypeId.OverflowError, "complex exponentiation");
  return complex_from_f64(res_real, res_imag);
}

function is_inf(x: f64): bool {
  return x === Infinity || x === -Infinity;
}

// ---- abs ----

/** hypot(x, y) for finite x >= y >= 0, x > 0, scaled into a safe range. */
function hypot_scaled(x: f64, y: f64): f64 {
  const xx: f64 = float_two_product(x, x);
  const xx_lo: f64 = float_two_product_lo();
  const yy: f64 = float_two_product(y, y);
  const yy_lo: f64 = float_two_product_lo();
  // s_hi + s_lo = xx + yy (Knuth's two-sum), then the low parts.
  const s_hi: f64 = xx + yy;
  const bv: f64 = s_hi - xx;
  const s_err: f64 = (xx - (s_hi - bv)) + (yy - bv);
  const s_lo: f64 = s_err + xx_lo + yy_lo;
  const h: f64 = Math.sqrt(s_hi + s_lo);
  // One Newton step on the residual s - h^2, computed exactly in its leading part.
  const hh: f64 = float_two_product(h, h);
  const hh_lo: f64 = float_two_product_lo();
  const residual: f64 = ((s_hi - hh) - hh_lo) + s_lo;
  return h + residual / (2 * h);
}

/** abs(re + im j) as CPython's _Py_c_abs; OverflowError when finite parts give infinity. */
export function complex_abs_f64(re: f64, im: f64): f64 {
  if (is_inf(re) || is_inf(im)) return Infinity;
  if (re !== re || im !== im) return NaN;
  let x: f64 = Math.abs(re);
  let y: f64 = Math.abs(im);
  if (x < y) {
    const t: f64 = x;
    x = y;
    y = t;
  }
  if (x === 0) return 0.0;
  // Scale by a power of two so that squares neither overflow nor lose bits to underflow.
  let k: i32 = 0;
  if (x > 1e150) k = 600;
  else if (x < 1e-150) k = -600;
  const r: f64 = float_ldexp(hypot_scaled(float_ldexp(x, (0 - k) | 0), float_ldexp(y, (0 - k) | 0)), k);
  if (is_inf(r)) raise_msg(TypeId.OverflowError, "absolute value too large");
  return r;
}

// ---- operators ----

let op_real: f64 = 0;
let op_imag: f64 = 0;

/** Load a complex, float or int-like operand into op_real/op_imag; false if it is none. */
function load_operand(o: obj): bool {
  if (complex_is(o)) {
    op_real = complex_real(o);
    op_imag = complex_imag(o);
    return true;
  }
  if (float_is(o) || float_int_like(o)) {
    op_real = float_operand(o);
    op_imag = 0.0;
    return true;
  }
  return false;
}

function normal_op(op: BinaryOp): BinaryOp {
  if (op < BinaryOp.InplaceOr || op > BinaryOp.InplacePower) return op;
  switch ((op + INPLACE_TO_NORMAL) | 0) {
    case BinaryOp.Add: return BinaryOp.Add;
    case BinaryOp.Subtract: return BinaryOp.Subtract;
    case BinaryOp.Multiply: return BinaryOp.Multiply;
    case BinaryOp.TrueDivide: return BinaryOp.TrueDivide;
    case BinaryOp.Power: return BinaryOp.Power;
    default: return BinaryOp.Or; // not defined for complex
  }
}

/** a == b where one is a complex and the other a number (ints compare exactly with the real part). */
export function complex_equal(a: obj, b: obj): bool {
  if (!complex_is(a)) return complex_equal(b, a);
  if (complex_is(b)) return complex_real(a) === complex_real(b) && complex_imag(a) === complex_imag(b);
  if (!float_is(b) && !float_int_like(b)) return false;
  if (complex_imag(a) !== 0.0) return false;
  if (float_is(b)) return complex_real(a) === float_value(b);
  // Exact against an int: compare through a float object holding the real part.
  return float_equal(float_from_f64(complex_real(a)), b);
}

/** hash(z): real's hash + 1000003 * imag's hash (so hash(complex(2, 0)) == hash(2)). */
export function complex_hash(o: obj): i32 {
  const hr: i32 = float_hash_at(ComplexObj.real.addr(o) >>> 0);
  const hi: i32 = float_hash_at(ComplexObj.imag.addr(o) >>> 0);
  return ((hr + Math.imul(1000003, hi)) << 1) >> 1;
}

/**
 * a op b where one operand is a complex and the other a complex, a float, an int or a
 * bool. OBJ_NULL when op is not defined for complex numbers (ordering, //, %, bitwise).
 */
export function complex_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  const normal: BinaryOp = normal_op(op);
  if (normal === BinaryOp.Equal || normal === BinaryOp.NotEqual) {
    if (!load_operand(a) || !load_operand(b)) return OBJ_NULL;
    return bool_obj(complex_equal(a, b) === (normal === BinaryOp.Equal));
  }
  if (normal !== BinaryOp.Add && normal !== BinaryOp.Subtract && normal !== BinaryOp.Multiply &&
    normal !== BinaryOp.TrueDivide && normal !== BinaryOp.Power) return OBJ_NULL;
  if (!load_operand(a)) return OBJ_NULL;
  const ar: f64 = op_real;
  const ai: f64 = op_imag;
  if (!load_operand(b)) return OBJ_NULL;
  const br: f64 = op_real;
  const bi: f64 = op_imag;
  switch (normal) {
    case BinaryOp.Add: return complex_from_f64(ar + br, ai + bi);
    case BinaryOp.Subtract: return complex_from_f64(ar - br, ai - bi);
    case BinaryOp.Multiply:
      prod(ar, ai, br, bi);
      return complex_from_f64(res_real, res_imag);
    case BinaryOp.TrueDivide:
      div_by_zero = false;
      quot(ar, ai, br, bi);
      if (div_by_zero) raise_msg(TypeId.ZeroDivisionError, "complex division by zero");
      return complex_from_f64(res_real, res_imag);
    case BinaryOp.Power: return power(ar, ai, br, bi);
    default: return OBJ_NULL;
  }
}

export function complex_unary_op(op: UnaryOp, a: obj): obj {
  const re: f64 = complex_real(a);
  const im: f64 = complex_imag(a);
  switch (op) {
    case UnaryOp.Positive: return a;
    case UnaryOp.Negative: return complex_from_f64(-re, -im);
    case UnaryOp.Abs: return float_from_f64(complex_abs_f64(re, im));
    case UnaryOp.Bool: return bool_obj(re !== 0 || im !== 0);
    case UnaryOp.Hash: return new_small_int(complex_hash(a));
    default: return OBJ_NULL;
  }
}

/** print slot: repr and str alike, as CPython's complex_repr. */
export function complex_print(p: Printer, o: obj, kind: PrintKind): void {
  const re: f64 = complex_real(o);
  const im: f64 = complex_imag(o);
  if (re === 0 && !float_sign_bit(re)) {
    float_print_f64(p, im, true, false);
    print_str(p, "j");
    return;
  }
  print_str(p, "(");
  float_print_f64(p, re, true, false);
  float_print_f64(p, im, true, true);
  print_str(p, "j)");
}

// ---- complex(text) ----

/** One part's text as a double into parsed_part; false when it is not a float (or has spaces). */
let parsed_part: f64 = 0;

function parse_part(at: u32, len: u32, scratch: ref): bool {
  if (len === 0) return false;
  for (let i: u32 = 0; i < len; i++) if (char_is_space(load_u8(at + i))) return false;
  const result: u32 = (scratch + FLOAT_PARSE_SCRATCH_BYTES) >>> 0;
  if (!float_parse(at, len, scratch, FLOAT_PARSE_SCRATCH_BYTES, result)) return false;
  parsed_part = load_f64(result);
  return true;
}

/** The imaginary part's text without its j: empty, "+" or "-" mean 1, +1, -1. */
function parse_imag(at: u32, len: u32, scratch: ref): bool {
  if (len === 0) {
    parsed_part = 1.0;
    return true;
  }
  if (len === 1) {
    const c: u32 = load_u8(at);
    if (c === 43 || c === 45) {
      parsed_part = c === 45 ? -1.0 : 1.0;
      return true;
    }
  }
  return parse_part(at, len, scratch);
}

/** Where the imaginary part starts in body: the last sign that is not an exponent's; 0 if none. */
function imag_start(at: u32, len: u32): u32 {
  let i: u32 = len;
  while (i > 1) {
    i = (i - 1) >>> 0;
    const c: u32 = load_u8(at + i);
    if (c !== 43 && c !== 45) continue;
    const before: u32 = load_u8(at + i - 1);
    if (before === 101 || before === 69) continue;
    return i;
  }
  return 0;
}

function parse_complex_body(at: u32, len: u32, scratch: ref): bool {
  if (len === 0) return false;
  const last: u32 = load_u8(at + len - 1);
  if (last !== 106 && last !== 74) {
    if (!parse_part(at, len, scratch)) return false;
    res_real = parsed_part;
    res_imag = 0.0;
    return true;
  }
  const body: u32 = (len - 1) >>> 0;
  const k: u32 = imag_start(at, body);
  if (k === 0) {
    res_real = 0.0;
  } else {
    if (!parse_part(at, k, scratch)) return false;
    res_real = parsed_part;
  }
  if (!parse_imag((at + k) >>> 0, (body - k) >>> 0, scratch)) return false;
  res_imag = parsed_part;
  return true;
}

/**
 * complex(text) as CPython reads it: "1+2j", "-3.5J", "(1-1j)", " 2 ", "inf+nanj"; spaces
 * only around the number and inside the parentheses' edges. OBJ_NULL when malformed. The
 * text must be rooted by the caller if it is in the heap.
 */
export function complex_from_text(at: u32, len: u32): obj {
  let lo: u32 = 0;
  let hi: u32 = len;
  while (lo < hi && char_is_space(load_u8((at + lo) >>> 0))) lo = (lo + 1) >>> 0;
  while (hi > lo && char_is_space(load_u8((at + hi - 1) >>> 0))) hi = (hi - 1) >>> 0;
  if (((hi - lo) >>> 0) >= 2 && load_u8((at + lo) >>> 0) === 40 && load_u8((at + hi - 1) >>> 0) === 41) {
    lo = (lo + 1) >>> 0;
    hi = (hi - 1) >>> 0;
    while (lo < hi && char_is_space(load_u8((at + lo) >>> 0))) lo = (lo + 1) >>> 0;
    while (hi > lo && char_is_space(load_u8((at + hi - 1) >>> 0))) hi = (hi - 1) >>> 0;
  }
  const scratch: ref = gc_alloc((FLOAT_PARSE_SCRATCH_BYTES + 8) >>> 0);
  if (scratch === 0) raise_memory_error();
  const ok: bool = parse_complex_body((at + lo) >>> 0, (hi - lo) >>> 0, scratch);
  gc_free(scratch);
  return ok ? complex_from_f64(res_real, res_imag) : OBJ_NULL;
}

/** Constants compare as MicroPython's strictly_equal does floats: by value (so a NaN part never matches). */
export function complex_same_constant(a: obj, b: obj): bool {
  return complex_real(a) === complex_real(b) && complex_imag(a) === complex_imag(b);
}
