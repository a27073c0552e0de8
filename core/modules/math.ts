// The math module (MicroPython's py/modmath.c, with its special functions, isclose,
// factorial and the constants e, pi, tau, inf, nan). Results and exceptions are CPython's
// (Modules/mathmodule.c); every transcendental function is computed by core/libm, so Node
// and every port print the same digits.

import { type i32, type u32, type f64, type bool, type ref } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, OBJ_TRUE, OBJ_FALSE, bool_obj, new_small_int, is_small_int, small_int_value, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error } from "../objects/exception.js";
import { float_is, float_int_like, float_from_f64, float_to_int } from "../objects/float.js";
import { obj_native } from "../objects/instance.js";
import { int_is, int_fits_i32, int_value_i32, int_from_i32 } from "../objects/int.js";
import { mpz_bit_length, mpz_shr, mpz_to_f64, mpz_is_neg, mpz_is_zero } from "../mpz.js";
import { tuple_new, tuple_set } from "../objects/tuple.js";
import { module_new, module_store_attr, module_globals } from "../objects/module.js";
import { obj_binary_op } from "../operators.js";
import { BinaryOp } from "../ops.js";
import { arg, arg_int, kw_arg } from "../builtins_args.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { Q } from "../qstr_static.js";
import { math_real_arg, math_checked_1, math_checked_2, math_domain_error, math_range_error } from "./math_args.js";
import { fp_frexp, fp_frexp_exp, fp_scalbn, fp_copysign, fp_is_inf } from "../libm/fp.js";
import { libm_exp, libm_expm1 } from "../libm/exp.js";
import { libm_log, libm_log1p, libm_log2, libm_log10 } from "../libm/log.js";
import { libm_sin, libm_cos, libm_tan } from "../libm/trig.js";
import { libm_atan, libm_atan2, libm_asin, libm_acos } from "../libm/atrig.js";
import { libm_sinh, libm_cosh, libm_tanh, libm_asinh, libm_acosh, libm_atanh } from "../libm/hyperbolic.js";
import { libm_pow } from "../libm/pow.js";
import { libm_erf, libm_erfc, libm_tgamma, libm_lgamma } from "../libm/special.js";

/** A one-argument libm function. */
export type MathFn1 = (x: f64) => f64;

function one(args: u32, f: MathFn1, can_overflow: bool): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  return math_checked_1(x, f(x), can_overflow);
}

export function math_fn_sqrt(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  if (x < 0) math_domain_error();
  return float_from_f64(Math.sqrt(x));
}

export function math_fn_exp(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_exp, true);
}

export function math_fn_expm1(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_expm1, true);
}

export function math_fn_cosh(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_cosh, true);
}

export function math_fn_sinh(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_sinh, true);
}

export function math_fn_tanh(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_tanh, false);
}

export function math_fn_acosh(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_acosh, false);
}

export function math_fn_asinh(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_asinh, false);
}

export function math_fn_atanh(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_atanh, false);
}

export function math_fn_cos(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_cos, false);
}

export function math_fn_sin(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_sin, false);
}

export function math_fn_tan(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_tan, false);
}

export function math_fn_acos(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_acos, false);
}

export function math_fn_asin(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_asin, false);
}

export function math_fn_atan(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_atan, false);
}

export function math_fn_erf(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_erf, false);
}

export function math_fn_erfc(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_erfc, false);
}

export function math_fn_gamma(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  // Poles at 0 and the negative integers are domain errors, as CPython's m_tgamma.
  if (x === Math.floor(x) && x <= 0) math_domain_error();
  if (x === -Infinity) math_domain_error();
  return math_checked_1(x, libm_tgamma(x), true);
}

export function math_fn_lgamma(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  if (x === Math.floor(x) && x <= 0 && x !== -Infinity) math_domain_error();
  return math_checked_1(x, libm_lgamma(x), true);
}

export function math_fn_fabs(n_args: u32, n_kw: u32, args: u32): obj {
  return float_from_f64(Math.abs(math_real_arg(arg(args, 0))));
}

export function math_fn_atan2(n_args: u32, n_kw: u32, args: u32): obj {
  const y: f64 = math_real_arg(arg(args, 0));
  const x: f64 = math_real_arg(arg(args, 1));
  return float_from_f64(libm_atan2(y, x));
}

export function math_fn_copysign(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  const y: f64 = math_real_arg(arg(args, 1));
  return float_from_f64(fp_copysign(x, y));
}

export function math_fn_fmod(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  const y: f64 = math_real_arg(arg(args, 1));
  // fmod(x, ±inf) is x for finite x; C's fmod (JavaScript's %) is exact.
  if (fp_is_inf(y) && x === x && !fp_is_inf(x)) return float_from_f64(x);
  return math_checked_2(x, y, x % y);
}

export function math_fn_pow(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  const y: f64 = math_real_arg(arg(args, 1));
  const finite_x: bool = x === x && !fp_is_inf(x);
  const finite_y: bool = y === y && !fp_is_inf(y);
  if (!finite_x || !finite_y) {
    // CPython's special values for non-finite operands (no exception).
    let r: f64 = 0.0;
    if (x !== x) {
      r = y === 0 ? 1.0 : x;
    } else if (y !== y) {
      r = x === 1.0 ? 1.0 : y;
    } else if (fp_is_inf(x)) {
      const odd_y: bool = finite_y && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = odd_y ? x : Math.abs(x);
      else if (y === 0) r = 1.0;
      else r = odd_y ? fp_copysign(0.0, x) : 0.0;
    } else if (Math.abs(x) === 1.0) {
      r = 1.0;
    } else if (y > 0 && Math.abs(x) > 1.0) {
      r = y;
    } else if (y < 0 && Math.abs(x) < 1.0) {
      r = -y;
    } else {
      r = 0.0;
    }
    return float_from_f64(r);
  }
  const r: f64 = libm_pow(x, y);
  if (r !== r) math_domain_error();
  if (fp_is_inf(r)) {
    if (x === 0) math_domain_error();
    math_range_error();
  }
  return float_from_f64(r);
}

/** An int result of floor/ceil/trunc: an int argument is returned as it is. */
function rounded(args: u32, kind: i32): obj {
  const o: obj = arg(args, 0);
  const n: obj = obj_native(o);
  if (!float_is(n) && float_int_like(n)) {
    if (n === OBJ_TRUE) return new_small_int(1);
    if (n === OBJ_FALSE) return new_small_int(0);
    return n;
  }
  const x: f64 = math_real_arg(o);
  const r: f64 = kind < 0 ? Math.floor(x) : kind > 0 ? Math.ceil(x) : Math.trunc(x);
  return float_to_int(r);
}

export function math_fn_floor(n_args: u32, n_kw: u32, args: u32): obj {
  return rounded(args, -1);
}

export function math_fn_ceil(n_args: u32, n_kw: u32, args: u32): obj {
  return rounded(args, 1);
}

export function math_fn_trunc(n_args: u32, n_kw: u32, args: u32): obj {
  return rounded(args, 0);
}

export function math_fn_isfinite(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  return bool_obj(x === x && !fp_is_inf(x));
}

export function math_fn_isinf(n_args: u32, n_kw: u32, args: u32): obj {
  return bool_obj(fp_is_inf(math_real_arg(arg(args, 0))));
}

export function math_fn_isnan(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  return bool_obj(x !== x);
}

/** A pair (a, b) of new objects; a is rooted while b is made. */
function pair(a: obj, b_value: f64, b_is_int: i32): obj {
  const depth: u32 = gc_root_push(a);
  const b: obj = b_is_int !== 0 ? int_from_i32(b_value | 0) : float_from_f64(b_value);
  gc_root_push(b);
  const t: obj = tuple_new(2);
  tuple_set(t, 0, a);
  tuple_set(t, 1, b);
  gc_root_restore(depth);
  return t;
}

export function math_fn_frexp(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  const m: f64 = fp_frexp(x);
  const e: i32 = fp_frexp_exp();
  return pair(float_from_f64(m), e, 1);
}

export function math_fn_modf(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  if (x !== x) return pair(float_from_f64(x), x, 0);
  if (fp_is_inf(x)) return pair(float_from_f64(fp_copysign(0.0, x)), x, 0);
  const whole: f64 = Math.trunc(x);
  return pair(float_from_f64(fp_copysign(x - whole, x)), whole, 0);
}

export function math_fn_ldexp(n_args: u32, n_kw: u32, args: u32): obj {
  const x: f64 = math_real_arg(arg(args, 0));
  const e_obj: obj = obj_native(arg(args, 1));
  if (float_is(e_obj) || !float_int_like(e_obj)) {
    raise_msg(TypeId.TypeError, "Expected an int as second argument to ldexp.");
  }
  // Exponents beyond i32 saturate: the result is 0 or overflows either way.
  let e: i32 = 0;
  if (is_small_int(e_obj)) e = small_int_value(e_obj);
  else if (e_obj === OBJ_TRUE) e = 1;
  else if (e_obj === OBJ_FALSE) e = 0;
  else if (int_fits_i32(e_obj)) e = int_value_i32(e_obj);
  else e = mpz_is_neg(e_obj) ? -2147483647 : 2147483647;
  if (x === 0 || x !== x || fp_is_inf(x)) return float_from_f64(x);
  if (e > 4000) math_range_error();
  if (e < -4000) return float_from_f64(fp_copysign(0.0, x));
  const r: f64 = fp_scalbn(x, e);
  if (fp_is_inf(r)) math_range_error();
  return float_from_f64(r);
}

const DEG_TO_RAD: f64 = 0.017453292519943295;
const RAD_TO_DEG: f64 = 57.29577951308232;

export function math_fn_radians(n_args: u32, n_kw: u32, args: u32): obj {
  return float_from_f64(math_real_arg(arg(args, 0)) * DEG_TO_RAD);
}

export function math_fn_degrees(n_args: u32, n_kw: u32, args: u32): obj {
  return float_from_f64(math_real_arg(arg(args, 0)) * RAD_TO_DEG);
}

const LN2: f64 = 6.93147180559945286227e-1;

/**
 * f(x) for a log function, CPython's loghelper: ints too large for a double are taken as
 * m * 2^k; x <= 0 is a domain error.
 */
function log_of(o: obj, f: MathFn1, log_two: f64): f64 {
  const n: obj = obj_native(o);
  if (!float_is(n) && int_is(n) && !is_small_int(n)) {
    if (mpz_is_neg(n) || mpz_is_zero(n)) math_domain_error();
    const bits: u32 = mpz_bit_length(n);
    if (bits > 1000) {
      const shift: u32 = (bits - 60) >>> 0;
      const top: ref = mpz_shr(n, shift);
      if (top === 0) raise_memory_error();
      return f(mpz_to_f64(top)) + log_two * shift;
    }
  }
  const x: f64 = math_real_arg(o);
  if (x !== x) return x;
  if (x <= 0) math_domain_error();
  return f(x);
}

export function math_fn_log(n_args: u32, n_kw: u32, args: u32): obj {
  const num: f64 = log_of(arg(args, 0), libm_log, LN2);
  if (n_args < 2) return float_from_f64(num);
  const den: f64 = log_of(arg(args, 1), libm_log, LN2);
  if (den === 0) raise_msg(TypeId.ZeroDivisionError, "float division by zero");
  return float_from_f64(num / den);
}

export function math_fn_log2(n_args: u32, n_kw: u32, args: u32): obj {
  return float_from_f64(log_of(arg(args, 0), libm_log2, 1.0));
}

export function math_fn_log10(n_args: u32, n_kw: u32, args: u32): obj {
  return float_from_f64(log_of(arg(args, 0), libm_log10, 0.30102999566398119521));
}

export function math_fn_log1p(n_args: u32, n_kw: u32, args: u32): obj {
  return one(args, libm_log1p, false);
}

export function math_fn_isclose(n_args: u32, n_kw: u32, args: u32): obj {
  const a: f64 = math_real_arg(arg(args, 0));
  const b: f64 = math_real_arg(arg(args, 1));
  const rel_o: obj = kw_arg(n_args, n_kw, args, Q.rel_tol);
  const abs_o: obj = kw_arg(n_args, n_kw, args, Q.abs_tol);
  if (n_kw > (rel_o !== OBJ_NULL ? 1 : 0) + (abs_o !== OBJ_NULL ? 1 : 0)) {
    raise_msg(TypeId.TypeError, "isclose() got an unexpected keyword argument");
  }
  const rel_tol: f64 = rel_o === OBJ_NULL ? 1e-9 : math_real_arg(rel_o);
  const abs_tol: f64 = abs_o === OBJ_NULL ? 0.0 : math_real_arg(abs_o);
  if (rel_tol < 0 || abs_tol < 0) raise_msg(TypeId.ValueError, "tolerances must be non-negative");
  if (a === b) return OBJ_TRUE;
  if (fp_is_inf(a) || fp_is_inf(b)) return OBJ_FALSE;
  const diff: f64 = Math.abs(b - a);
  return bool_obj(diff <= Math.abs(rel_tol * b) || diff <= Math.abs(rel_tol * a) || diff <= abs_tol);
}

/** The product lo * (lo+1) * … * hi as a Python int, by halves so that the operands stay balanced. */
function product_range(lo: u32, hi: u32): obj {
  const count: u32 = (hi - lo) >>> 0;
  if (count < 8) {
    let acc: obj = int_from_i32(lo | 0);
    for (let i: u32 = 1; i <= count; i++) {
      const depth: u32 = gc_root_push(acc);
      acc = obj_binary_op(BinaryOp.Multiply, acc, int_from_i32((lo + i) | 0));
      gc_root_restore(depth);
    }
    return acc;
  }
  const mid: u32 = (lo + ((hi - lo) >>> 1)) >>> 0;
  const left: obj = product_range(lo, mid);
  const depth: u32 = gc_root_push(left);
  const right: obj = product_range((mid + 1) >>> 0, hi);
  gc_root_push(right);
  const r: obj = obj_binary_op(BinaryOp.Multiply, left, right);
  gc_root_restore(depth);
  return r;
}

export function math_fn_factorial(n_args: u32, n_kw: u32, args: u32): obj {
  const n: i32 = arg_int(arg(args, 0));
  if (n < 0) raise_msg(TypeId.ValueError, "factorial() not defined for negative values");
  if (n <= 1) return new_small_int(1);
  return product_range(1, n >>> 0);
}

// ---- the module ----

/** m.q = the float x, rooted while the dict grows. */
function store_float(m: obj, q: u32, x: f64): void {
  const v: obj = float_from_f64(x);
  const depth: u32 = gc_root_push(v);
  module_store_attr(m, q, v);
  gc_root_restore(depth);
}

/** A new math module: its functions and the constants e, pi, tau, inf, nan. */
export function math_module_make(): obj {
  const m: obj = module_new(Q.math);
  const depth: u32 = gc_root_push(m);
  store_float(m, Q.e, 2.718281828459045);
  store_float(m, Q.pi, 3.141592653589793);
  store_float(m, Q.tau, 6.283185307179586);
  store_float(m, Q.inf, Infinity);
  store_float(m, Q.nan, NaN);
  builtin_module_fill(module_globals(m), ModuleOwner.math);
  gc_root_restore(depth);
  return m;
}
