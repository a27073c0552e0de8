// The cmath module: MicroPython's functions (py/modcmath.c: cos, exp, log, log10, phase,
// polar, rect, sin, sqrt and the constants e and pi) with CPython's algorithms
// (Modules/cmathmodule.c) for finite arguments, so results print as CPython's: sqrt by
// the scaled half-angle formula (sqrt(-1) is exactly 1j), log with log1p near the unit
// circle. Errors are CPython's: log(0) "math domain error", a finite argument whose
// result overflows "math range error". CPython's special-value tables for infinite and
// NaN parts are not reproduced (those results follow the formulas).

import { type u32, type f64, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { type obj } from "../obj.js";
import { complex_is, complex_real, complex_imag, complex_from_f64, complex_abs_f64 } from "../objects/complex.js";
import { float_from_f64 } from "../objects/float.js";
import { obj_native } from "../objects/instance.js";
import { tuple_new, tuple_set } from "../objects/tuple.js";
import { module_new, module_store_attr, module_globals } from "../objects/module.js";
import { obj_binary_op } from "../operators.js";
import { BinaryOp } from "../ops.js";
import { arg } from "../builtins_args.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { Q } from "../qstr_static.js";
import { math_real_arg, math_domain_error, math_range_error } from "./math_args.js";
import { fp_scalbn, fp_copysign } from "../libm/fp.js";
import { libm_exp } from "../libm/exp.js";
import { libm_log, libm_log1p } from "../libm/log.js";
import { libm_sin, libm_cos } from "../libm/trig.js";
import { libm_atan2 } from "../libm/atrig.js";
import { libm_sinh, libm_cosh } from "../libm/hyperbolic.js";

/** The smallest normal double (C's DBL_MIN). */
const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;
/** Parts above this overflow when squared or summed (CPython's CM_LARGE_DOUBLE, DBL_MAX / 4). */
const LARGE_DOUBLE: f64 = 4.49423283715579e+307;
const LN2: f64 = 0.6931471805599453;
const LN10: f64 = 2.302585092994046;

// The parts of the last complex argument read by complex_arg.
let z_re: f64 = 0;
let z_im: f64 = 0;

/** Read o (a complex, float or int) into z_re and z_im; TypeError otherwise. */
function complex_arg(o: obj): void {
  const n: obj = obj_native(o);
  if (complex_is(n)) {
    z_re = complex_real(n);
    z_im = complex_imag(n);
    return;
  }
  z_re = math_real_arg(o);
  z_im = 0;
}

function is_finite(x: f64): bool {
  return x === x && x !== Infinity && x !== -Infinity;
}

/** A complex result of finite parts (re, im) of a finite argument, else OverflowError. */
function checked_result(re: f64, im: f64): obj {
  if (is_finite(z_re) && is_finite(z_im) && (!is_finite(re) || !is_finite(im))) math_range_error();
  return complex_from_f64(re, im);
}

export function cmath_fn_phase(n_args: u32, n_kw: u32, args: u32): obj {
  complex_arg(arg(args, 0));
  return float_from_f64(libm_atan2(z_im, z_re));
}

/** polar(z): (abs(z), phase(z)). */
export function cmath_fn_polar(n_args: u32, n_kw: u32, args: u32): obj {
  complex_arg(arg(args, 0));
  const phi: f64 = libm_atan2(z_im, z_re);
  const r: obj = float_from_f64(complex_abs_f64(z_re, z_im));
  const depth: u32 = gc_root_push(r);
  const p: obj = float_from_f64(phi);
  gc_root_push(p);
  const t: obj = tuple_new(2);
  tuple_set(t, 0, r);
  tuple_set(t, 1, p);
  gc_root_restore(depth);
  return t;
}

/** rect(r, phi): r * (cos(phi) + sin(phi) j). */
export function cmath_fn_rect(n_args: u32, n_kw: u32, args: u32): obj {
  const r: f64 = math_real_arg(arg(args, 0));
  const phi: f64 = math_real_arg(arg(args, 1));
  z_re = r;
  z_im = phi;
  // CPython keeps phi's zero (and its sign) in the imaginary part.
  if (phi === 0) return complex_from_f64(r, r * phi);
  return checked_result(r * libm_cos(phi), r * libm_sin(phi));
}

export function cmath_fn_exp(n_args: u32, n_kw: u32, args: u32): obj {
  complex_arg(arg(args, 0));
  let l: f64 = 0;
  if (z_re > 708) {
    // exp(re) alone would overflow where l * cos(im) may not.
    l = libm_exp(z_re - 1) * 2.718281828459045;
  } else {
    l = libm_exp(z_re);
  }
  if (z_im === 0) return checked_result(l, z_im);
  return checked_result(l * libm_cos(z_im), l * libm_sin(z_im));
}

/** The real part of log(z) (CPython's c_log): log1p near the unit circle, scaled at the extremes. */
function log_abs(): f64 {
  const ax: f64 = Math.abs(z_re);
  const ay: f64 = Math.abs(z_im);
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) return libm_log(complex_abs_f64(ax / 2, ay / 2)) + LN2;
  if (ax < SMALLEST_NORMAL && ay < SMALLEST_NORMAL) {
    if (ax === 0 && ay === 0) math_domain_error();
    return libm_log(complex_abs_f64(fp_scalbn(ax, 53), fp_scalbn(ay, 53))) - 53 * LN2;
  }
  const h: f64 = complex_abs_f64(ax, ay);
  if (h >= 0.71 && h <= 1.73) {
    const am: f64 = ax > ay ? ax : ay;
    const an: f64 = ax > ay ? ay : ax;
    return libm_log1p((am - 1) * (am + 1) + an * an) / 2;
  }
  return libm_log(h);
}

/** log(z[, base]). */
export function cmath_fn_log(n_args: u32, n_kw: u32, args: u32): obj {
  complex_arg(arg(args, 0));
  const re: f64 = log_abs();
  const r: obj = complex_from_f64(re, libm_atan2(z_im, z_re));
  if (n_args < 2) return r;
  const depth: u32 = gc_root_push(r);
  complex_arg(arg(args, 1));
  const base_re: f64 = log_abs();
  const b: obj = complex_from_f64(base_re, libm_atan2(z_im, z_re));
  gc_root_push(b);
  const q: obj = obj_binary_op(BinaryOp.TrueDivide, r, b);
  gc_root_restore(depth);
  return q;
}

export function cmath_fn_log10(n_args: u32, n_kw: u32, args: u32): obj {
  complex_arg(arg(args, 0));
  const re: f64 = log_abs();
  return complex_from_f64(re / LN10, libm_atan2(z_im, z_re) / LN10);
}

/** sqrt(z), CPython's c_sqrt: s = sqrt((|x| + |z|) / 2) computed scaled, d = |y| / 2s. */
export function cmath_fn_sqrt(n_args: u32, n_kw: u32, args: u32): obj {
  complex_arg(arg(args, 0));
  if (z_re === 0 && z_im === 0) return complex_from_f64(0, z_im);
  let ax: f64 = Math.abs(z_re);
  const ay: f64 = Math.abs(z_im);
  let s: f64 = 0;
  if (ax < SMALLEST_NORMAL && ay < SMALLEST_NORMAL) {
    ax = fp_scalbn(ax, 53);
    s = fp_scalbn(Math.sqrt(ax + complex_abs_f64(ax, fp_scalbn(ay, 53))), -27);
  } else {
    ax = ax / 8;
    s = 2 * Math.sqrt(ax + complex_abs_f64(ax, ay / 8));
  }
  const d: f64 = ay / (2 * s);
  if (z_re >= 0) return complex_from_f64(s, fp_copysign(d, z_im));
  return complex_from_f64(d, fp_copysign(s, z_im));
}

/** cos(x + yj) = cos x cosh y - sin x sinh y j. */
export function cmath_fn_cos(n_args: u32, n_kw: u32, args: u32): obj {
  complex_arg(arg(args, 0));
  return checked_result(libm_cos(z_re) * libm_cosh(z_im), -(libm_sin(z_re) * libm_sinh(z_im)));
}

/** sin(x + yj) = sin x cosh y + cos x sinh y j. */
export function cmath_fn_sin(n_args: u32, n_kw: u32, args: u32): obj {
  complex_arg(arg(args, 0));
  return checked_result(libm_sin(z_re) * libm_cosh(z_im), libm_cos(z_re) * libm_sinh(z_im));
}

function store_float(m: obj, q: u32, x: f64): void {
  const v: obj = float_from_f64(x);
  const depth: u32 = gc_root_push(v);
  module_store_attr(m, q, v);
  gc_root_restore(depth);
}

export function cmath_module_make(): obj {
  const m: obj = module_new(Q.cmath);
  const depth: u32 = gc_root_push(m);
  store_float(m, Q.e, 2.718281828459045);
  store_float(m, Q.pi, 3.141592653589793);
  builtin_module_fill(module_globals(m), ModuleOwner.cmath);
  gc_root_restore(depth);
  return m;
}
