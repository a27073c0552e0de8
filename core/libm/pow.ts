// pow(x, y), after FreeBSD msun's e_pow.c (Sun's fdlibm): log2(x) in two pieces with about
// 70 bits and y*log2(x) in simulated extra precision; the power of two is then taken by
// core/libm/exp_core.ts in double-double. Nearly always correctly rounded, and exact for
// integer powers of integers that fit. Special values are
// C99's (Annex F); the caller maps NaN/inf results to Python's exceptions.

import { type i32, type u32, type f64 } from "../subset/index.js";
import { fp_split, fp_hi, fp_lo, fp_from_words, fp_set_high, fp_clear_low, fp_high_word, fp_rint } from "./fp.js";
import { exp_scaled } from "./exp_core.js";

const BP: readonly f64[] = [1.0, 1.5];
const DP_H: readonly f64[] = [0.0, 5.84962487220764160156e-1];
const DP_L: readonly f64[] = [0.0, 1.35003920212974897128e-8];
const TWO53: f64 = 9007199254740992.0;
const L1: f64 = 5.99999999999994648725e-1;
const L2: f64 = 4.28571428578550184252e-1;
const L3: f64 = 3.33333329818377432918e-1;
const L4: f64 = 2.72728123808534006489e-1;
const L5: f64 = 2.30660745775561754067e-1;
const L6: f64 = 2.06975017800338417784e-1;
const OVT: f64 = 8.0085662595372944372e-17;
const CP: f64 = 9.61796693925975554329e-1;
const CP_H: f64 = 9.61796700954437255859e-1;
const CP_L: f64 = -7.02846165095275826516e-9;
const IVLN2: f64 = 1.44269504088896338700;
const IVLN2_H: f64 = 1.44269502162933349609;
const IVLN2_L: f64 = 1.92596299112661746887e-8;

/** 0: y is not an integer; 1: an odd integer; 2: an even integer. */
function integer_kind(y: f64): i32 {
  if (y !== Math.floor(y) || y === Infinity || y === -Infinity) return 0;
  if (Math.abs(y) >= TWO53) return 2;
  return y % 2 === 0 ? 2 : 1;
}

export function libm_pow(x: f64, y: f64): f64 {
  if (y === 0) return 1.0;
  if (x === 1.0) return 1.0;
  if (x !== x || y !== y) return x + y;
  fp_split(x);
  const hx: i32 = fp_hi();
  const lx: u32 = fp_lo();
  fp_split(y);
  const hy: i32 = fp_hi();
  const ly: u32 = fp_lo();
  let ix: i32 = hx & 0x7fffffff;
  const iy: i32 = hy & 0x7fffffff;
  const yisint: i32 = hx < 0 ? integer_kind(y) : 0;

  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y is ±inf
      if (((ix - 0x3ff00000) | lx) === 0) return 1.0; // (-1) ** ±inf is 1 (C99)
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0.0;
      return hy < 0 ? -y : 0.0;
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1.0 / x : x;
    if (hy === 0x40000000) return x * x;
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x);
  }

  const ax0: f64 = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x is ±0, ±inf or ±1
    let z: f64 = ax0;
    if (hy < 0) z = 1.0 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yisint) === 0) return NaN; // (-1) ** non-integer
      if (yisint === 1) z = -z;
    }
    return z;
  }
  let n: i32 = hx < 0 ? 0 : 1; // fdlibm's (hx >> 31) + 1
  if ((n | yisint) === 0) return NaN; // negative ** non-integer
  let s: f64 = 1.0;
  if ((n | (yisint - 1)) === 0) s = -1.0; // negative ** odd integer

  let t1: f64 = 0.0;
  let t2: f64 = 0.0;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    if (iy > 0x43f00000) {
      // |y| > 2^64: overflows or underflows
      if (ix <= 0x3fefffff) return hy < 0 ? Infinity : 0.0;
      if (ix >= 0x3ff00000) return hy > 0 ? Infinity : 0.0;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * Infinity : s * 0.0;
    if (ix > 0x3ff00000) return hy > 0 ? s * Infinity : s * 0.0;
    // |1 - x| <= 2^-20: log(x) by its series
    const t: f64 = ax0 - 1.0;
    const w: f64 = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u: f64 = IVLN2_H * t;
    const v: f64 = t * IVLN2_L - w * IVLN2;
    t1 = fp_clear_low(u + v);
    t2 = v - (t1 - u);
  } else {
    let ax: f64 = ax0;
    n = 0;
    if (ix < 0x00100000) {
      ax = ax * TWO53;
      n = (n - 53) | 0;
      ix = fp_high_word(ax);
    }
    n = (n + ((ix >> 20) - 0x3ff)) | 0;
    const j: i32 = ix & 0x000fffff;
    ix = j | 0x3ff00000;
    let k: i32 = 0;
    if (j <= 0x3988e) {
      k = 0; // |x| < sqrt(3/2)
    } else if (j < 0xbb67a) {
      k = 1; // |x| < sqrt(3)
    } else {
      k = 0;
      n = (n + 1) | 0;
      ix = (ix - 0x00100000) | 0;
    }
    ax = fp_set_high(ax, ix);
    // ss = s_h + s_l = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5)
    let u: f64 = ax - BP[k]!;
    let v: f64 = 1.0 / (ax + BP[k]!);
    const ss: f64 = u * v;
    const s_h: f64 = fp_clear_low(ss);
    let t_h: f64 = fp_from_words((((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)) | 0, 0);
    let t_l: f64 = ax - (t_h - BP[k]!);
    const s_l: f64 = v * ((u - s_h * t_h) - s_h * t_l);
    // log(ax)
    let s2: f64 = ss * ss;
    let r: f64 = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += s_l * (s_h + ss);
    s2 = s_h * s_h;
    t_h = fp_clear_low(3.0 + s2 + r);
    t_l = r - ((t_h - 3.0) - s2);
    u = s_h * t_h;
    v = s_l * t_h + t_l * ss;
    const p_h: f64 = fp_clear_low(u + v);
    const p_l: f64 = v - (p_h - u);
    const z_h: f64 = CP_H * p_h;
    const z_l: f64 = CP_L * p_h + p_l * CP + DP_L[k]!;
    const dn: f64 = n;
    t1 = fp_clear_low(((z_h + z_l) + DP_H[k]!) + dn);
    t2 = z_l - (((t1 - dn) - DP_H[k]!) - z_h);
  }

  // (y1 + y2) * (t1 + t2)
  const y1: f64 = fp_clear_low(y);
  let p_l: f64 = (y - y1) * t1 + y * t2;
  let p_h: f64 = y1 * t1;
  let z: f64 = p_l + p_h;
  fp_split(z);
  let j: i32 = fp_hi();
  const i_lo: u32 = fp_lo();
  if (j >= 0x40900000) {
    // z >= 1024
    if (j !== 0x40900000 || i_lo !== 0) return s * Infinity;
    if (p_l + OVT > z - p_h) return s * Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z <= -1075
    if (j !== (0xc090cc00 | 0) || i_lo !== 0) return s * 0.0;
    if (p_l <= z - p_h) return s * 0.0;
  }
  // 2^(p_h + p_l) = 2^(k/64) * e^(r * ln2), |r| <= 1/128, with r in double-double.
  const kf: f64 = fp_rint(p_h * 64.0);
  const r_hi: f64 = p_h - kf * 0.015625; // exact
  const r: f64 = r_hi + p_l;
  const r_lo: f64 = p_l - (r - r_hi);
  const e_hi: f64 = r * LN2_DD_HI;
  const e_lo: f64 = product_error(r, LN2_DD_HI, e_hi) + r * LN2_DD_LO + r_lo * LN2_DD_HI;
  return s * exp_scaled(e_hi, e_lo, kf | 0);
}

const LN2_DD_HI: f64 = 0.6931471805599453;
const LN2_DD_LO: f64 = 2.3190468138462996e-17;
const SPLITTER: f64 = 134217729.0;

/** a * b - p exactly, for p = a * b rounded (Dekker). */
function product_error(a: f64, b: f64, p: f64): f64 {
  const ca: f64 = SPLITTER * a;
  const ah: f64 = ca - (ca - a);
  const al: f64 = a - ah;
  const cb: f64 = SPLITTER * b;
  const bh: f64 = cb - (cb - b);
  const bl: f64 = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
