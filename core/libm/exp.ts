// exp(x) (core/libm/exp_core.ts) and expm1(x), after FreeBSD msun's s_expm1.c (Sun's
// fdlibm): reduce x = k*ln2 + r, |r| <= ln2/2, and approximate on r with a Remez
// polynomial; errors below 1 ulp. Computed in the core so that Node and every port print
// the same digits.

import { type i32, type f64, type bool } from "../subset/index.js";
import { fp_high_word, fp_pow2, fp_scalbn } from "./fp.js";
import { exp_accurate } from "./exp_core.js";

const O_THRESHOLD: f64 = 7.09782712893383973096e2;
const U_THRESHOLD: f64 = -7.45133219101941108420e2;
const LN2_HI: f64 = 6.93147180369123816490e-1;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const INV_LN2: f64 = 1.44269504088896338700;

/** e^x: correctly rounded but for rare hard cases (core/libm/exp_core.ts). */
export function libm_exp(x: f64): f64 {
  if (x !== x) return x;
  if (x > O_THRESHOLD) return Infinity;
  if (x < U_THRESHOLD) return 0.0;
  return exp_accurate(x);
}

const Q1: f64 = -3.33333333333331316428e-2;
const Q2: f64 = 1.58730158725481460165e-3;
const Q3: f64 = -7.93650757867487942473e-5;
const Q4: f64 = 4.00821782732936239552e-6;
const Q5: f64 = -2.01099218183624371326e-7;

/** exp(x) - 1, accurate near 0. */
export function libm_expm1(x_in: f64): f64 {
  let x: f64 = x_in;
  if (x !== x) return x;
  const hx: i32 = fp_high_word(x) & 0x7fffffff;
  const negative: bool = x < 0;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (negative) return -1.0;
    if (x > O_THRESHOLD) return Infinity;
  }
  let k: i32 = 0;
  let c: f64 = 0.0;
  if (hx > 0x3fd62e42) {
    let hi: f64 = 0.0;
    let lo: f64 = 0.0;
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      const t: f64 = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    // |x| < 2^-54
    return x;
  }
  const hfx: f64 = 0.5 * x;
  const hxs: f64 = x * hfx;
  const r1: f64 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t: f64 = 3.0 - r1 * hfx;
  let e: f64 = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e = e - hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  if (k < 0 || k > 56) {
    const y: f64 = x - e + 1.0;
    return fp_scalbn(y, k) - 1.0;
  }
  const twopk: f64 = fp_pow2(k);
  const twomk: f64 = fp_pow2((0 - k) | 0);
  if (k < 20) return (x - e + (1 - twomk)) * twopk;
  return (x - (e + twomk) + 1) * twopk;
}
