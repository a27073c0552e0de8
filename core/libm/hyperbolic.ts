// sinh, cosh, tanh and their inverses, after musl's and Sun's fdlibm (tanh):
// built on exp, expm1, log and log1p so that the small arguments keep their precision.
// Callers check the domains of acosh (x >= 1) and atanh (|x| < 1).

import { type f64 } from "../subset/index.js";
import { libm_exp, libm_expm1 } from "./exp.js";
import { libm_log, libm_log1p } from "./log.js";

const LOG_DBL_MAX: f64 = 709.782712893384;
const K_LN2: f64 = 1416.0996898839683; // 2043 * ln2, for exp(x)/2 near overflow
const TWO_1021: f64 = 2.247116418577895e307;
const LN2: f64 = 6.93147180559945286227e-1;

/** exp(x) / 2 for x near the overflow threshold, without overflowing early. */
function half_exp_large(x: f64): f64 {
  return libm_exp(x - K_LN2) * TWO_1021 * TWO_1021;
}

export function libm_sinh(x: f64): f64 {
  if (x !== x) return x;
  const a: f64 = Math.abs(x);
  const h: f64 = x < 0 ? -0.5 : 0.5;
  if (a < LOG_DBL_MAX) {
    const t: f64 = libm_expm1(a);
    if (a < 1.0) {
      if (a < 1.4901161193847656e-8) return x;
      return h * (2.0 * t - t * t / (t + 1.0));
    }
    return h * (t + t / (t + 1.0));
  }
  const r: f64 = half_exp_large(a);
  return x < 0 ? -r : r;
}

export function libm_cosh(x: f64): f64 {
  if (x !== x) return x;
  const a: f64 = Math.abs(x);
  if (a < LN2) {
    if (a < 1.4901161193847656e-8) return 1.0;
    const t: f64 = libm_expm1(a);
    return 1.0 + t * t / (2.0 * (1.0 + t));
  }
  if (a < LOG_DBL_MAX) {
    const t: f64 = libm_exp(a);
    return 0.5 * (t + 1.0 / t);
  }
  return half_exp_large(a);
}

export function libm_tanh(x: f64): f64 {
  if (x !== x) return x;
  const a: f64 = Math.abs(x);
  let z: f64 = 1.0;
  if (a < 22.0) {
    if (a < 2.7755575615628914e-17) return x; // |x| < 2^-55
    if (a >= 1.0) {
      const t: f64 = libm_expm1(2.0 * a);
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t: f64 = libm_expm1(-2.0 * a);
      z = -t / (t + 2.0);
    }
  }
  return x < 0 ? -z : z;
}

export function libm_asinh(x: f64): f64 {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  const a: f64 = Math.abs(x);
  let r: f64 = a;
  if (a >= 67108864.0) {
    r = libm_log(a) + LN2;
  } else if (a >= 2.0) {
    r = libm_log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
  } else if (a >= 1.4901161193847656e-8) {
    r = libm_log1p(a + a * a / (Math.sqrt(a * a + 1.0) + 1.0));
  } else {
    return x;
  }
  return x < 0 ? -r : r;
}

/** acosh(x) for x >= 1. */
export function libm_acosh(x: f64): f64 {
  if (x !== x) return x;
  if (x < 1.0) return NaN;
  if (x < 2.0) {
    const t: f64 = x - 1.0;
    return libm_log1p(t + Math.sqrt(t * t + 2.0 * t));
  }
  if (x < 67108864.0) return libm_log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
  return libm_log(x) + LN2;
}

/** atanh(x) for |x| < 1 (±inf at ±1). */
export function libm_atanh(x: f64): f64 {
  if (x !== x) return x;
  const a: f64 = Math.abs(x);
  if (a > 1.0) return NaN;
  let y: f64 = a;
  if (a < 0.5) {
    if (a < 2.3283064365386963e-10) return x;
    y = 0.5 * libm_log1p(2.0 * a + 2.0 * a * a / (1.0 - a));
  } else {
    y = 0.5 * libm_log1p(2.0 * (a / (1.0 - a)));
  }
  return x < 0 ? -y : y;
}
