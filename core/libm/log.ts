// Logarithms, after FreeBSD msun's e_log.c, s_log1p.c, e_log10.c and e_log2.c (Sun's fdlibm):
// x = 2^k * (1+f) with sqrt(2)/2 < 1+f < sqrt(2), log(1+f) from s = f/(2+f) and a Remez
// polynomial; errors below 1 ulp. The callers (math.log…) check the domain first.

import { type i32, type f64 } from "../subset/index.js";
import { fp_set_high, fp_high_word, fp_clear_low } from "./fp.js";

const LN2_HI: f64 = 6.93147180369123816490e-1;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const TWO_54: f64 = 1.80143985094819840000e16;
const LG1: f64 = 6.666666666666735130e-1;
const LG2: f64 = 3.999999999940941908e-1;
const LG3: f64 = 2.857142874366239149e-1;
const LG4: f64 = 2.222219843214978396e-1;
const LG5: f64 = 1.818357216161805012e-1;
const LG6: f64 = 1.531383769920937332e-1;
const LG7: f64 = 1.479819860511658591e-1;

/** Natural logarithm: -inf for ±0, NaN below 0. */
export function libm_log(x_in: f64): f64 {
  let x: f64 = x_in;
  if (x !== x) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === Infinity) return x;
  let k: i32 = 0;
  if (x < 2.2250738585072014e-308) {
    k = -54;
    x = x * TWO_54;
  }
  let hx: i32 = fp_high_word(x);
  k = (k + ((hx >> 20) - 1023)) | 0;
  hx = hx & 0x000fffff;
  const i: i32 = (hx + 0x95f64) & 0x100000;
  x = fp_set_high(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
  k = (k + (i >> 20)) | 0;
  const f: f64 = x - 1.0;
  const dk: f64 = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0.0;
      return dk * LN2_HI + dk * LN2_LO;
    }
    const r: f64 = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - r;
    return dk * LN2_HI - ((r - dk * LN2_LO) - f);
  }
  const s: f64 = f / (2.0 + f);
  const z: f64 = s * s;
  const w: f64 = z * z;
  const t1: f64 = w * (LG2 + w * (LG4 + w * LG6));
  const t2: f64 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r: f64 = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq: f64 = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
  }
  if (k === 0) return f - s * (f - r);
  return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
}

/** log(1 + x), accurate near 0: -inf at -1, NaN below. */
export function libm_log1p(x: f64): f64 {
  if (x !== x) return x;
  if (x === -1.0) return -Infinity;
  if (x < -1.0) return NaN;
  if (x === Infinity) return x;
  const hx: i32 = fp_high_word(x);
  const ax: i32 = hx & 0x7fffffff;
  let k: i32 = 1;
  let f: f64 = 0.0;
  let c: f64 = 0.0;
  let hu: i32 = 0;
  if (hx < 0x3fda827a) {
    // 1+x < sqrt(2)+
    if (ax < 0x3e200000) {
      // |x| < 2^-29
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (k !== 0) {
    let u: f64 = 0.0;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = fp_high_word(u);
      k = ((hu >> 20) - 1023) | 0;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c = c / u;
    } else {
      u = x;
      hu = fp_high_word(u);
      k = ((hu >> 20) - 1023) | 0;
      c = 0;
    }
    hu = hu & 0x000fffff;
    if (hu < 0x6a09e) {
      u = fp_set_high(u, hu | 0x3ff00000);
    } else {
      k = (k + 1) | 0;
      u = fp_set_high(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq: f64 = 0.5 * f * f;
  const dk: f64 = k;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0.0;
      c = c + dk * LN2_LO;
      return dk * LN2_HI + c;
    }
    const r: f64 = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - r;
    return dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f);
  }
  const s: f64 = f / (2.0 + f);
  const z: f64 = s * s;
  const r: f64 = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f);
}

const IVLN10: f64 = 4.34294481903251816668e-1;
const LOG10_2HI: f64 = 3.01029995663611771306e-1;
const LOG10_2LO: f64 = 3.69423907715893078616e-13;

/** Base-10 logarithm; exact for the powers of ten a double holds exactly. */
export function libm_log10(x_in: f64): f64 {
  let x: f64 = x_in;
  if (x !== x) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === Infinity) return x;
  let k: i32 = 0;
  if (x < 2.2250738585072014e-308) {
    k = -54;
    x = x * TWO_54;
  }
  let hx: i32 = fp_high_word(x);
  k = (k + ((hx >> 20) - 1023)) | 0;
  const i: i32 = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y: f64 = (k + i) | 0;
  x = fp_set_high(x, hx);
  const z: f64 = y * LOG10_2LO + IVLN10 * libm_log(x);
  return z + y * LOG10_2HI;
}

const IVLN2_HI: f64 = 1.44269504072144627571;
const IVLN2_LO: f64 = 1.67517131648865118353e-10;

/** log(1+f) - f + f*f/2 for 1+f in [sqrt(2)/2, sqrt(2)] (FreeBSD's k_log1p). */
function k_log1p(f: f64): f64 {
  const s: f64 = f / (2.0 + f);
  const z: f64 = s * s;
  const w: f64 = z * z;
  const t1: f64 = w * (LG2 + w * (LG4 + w * LG6));
  const t2: f64 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const hfsq: f64 = 0.5 * f * f;
  return s * (hfsq + (t2 + t1));
}

/** Base-2 logarithm (FreeBSD's e_log2.c); exact for powers of two. */
export function libm_log2(x_in: f64): f64 {
  let x: f64 = x_in;
  if (x !== x) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === Infinity) return x;
  let k: i32 = 0;
  if (x < 2.2250738585072014e-308) {
    k = -54;
    x = x * TWO_54;
  }
  let hx: i32 = fp_high_word(x);
  k = (k + ((hx >> 20) - 1023)) | 0;
  hx = hx & 0x000fffff;
  const i: i32 = (hx + 0x95f64) & 0x100000;
  x = fp_set_high(x, hx | (i ^ 0x3ff00000)); // x or x/2, in [sqrt(2)/2, sqrt(2))
  k = (k + (i >> 20)) | 0;
  const y: f64 = k;
  const f: f64 = x - 1.0;
  if (f === 0) return y;
  const hfsq: f64 = 0.5 * f * f;
  const r: f64 = k_log1p(f);
  const hi: f64 = fp_clear_low(f - hfsq);
  const lo: f64 = (f - hi) - hfsq + r;
  let val_hi: f64 = hi * IVLN2_HI;
  let val_lo: f64 = (lo + hi) * IVLN2_LO + lo * IVLN2_HI;
  const w: f64 = y + val_hi;
  val_lo += (y - w) + val_hi;
  val_hi = w;
  return val_lo + val_hi;
}
