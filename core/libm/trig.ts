// sin, cos and tan, after FreeBSD msun's s_sin.c, s_cos.c, s_tan.c, e_rem_pio2.c and the
// k_sin/k_cos/k_tan kernels (Sun's fdlibm): reduce x mod pi/2 to y0 + y1 (Cody-Waite with
// up to three parts of pi/2 below 2^20*pi/2, Payne-Hanek above), then a polynomial on
// [-pi/4, pi/4]; errors below 1 ulp.

import { type i32, type f64, type bool } from "../subset/index.js";
import { fp_high_word } from "./fp.js";
import { rem_pio2_large, rem_large_y0, rem_large_y1 } from "./rem_pio2_large.js";

const S1: f64 = -1.66666666666666324348e-1;
const S2: f64 = 8.33333333332248946124e-3;
const S3: f64 = -1.98412698298579493134e-4;
const S4: f64 = 2.75573137070700676789e-6;
const S5: f64 = -2.50507602534068634195e-8;
const S6: f64 = 1.58969099521155010221e-10;

/** sin(x + y) for |x| <= pi/4, y the tail of x; iy 0 when y is 0. */
function kernel_sin(x: f64, y: f64, iy: i32): f64 {
  const z: f64 = x * x;
  const w: f64 = z * z;
  const r: f64 = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v: f64 = z * x;
  if (iy === 0) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

const C1: f64 = 4.16666666666666019037e-2;
const C2: f64 = -1.38888888888741095749e-3;
const C3: f64 = 2.48015872894767294178e-5;
const C4: f64 = -2.75573143513906633035e-7;
const C5: f64 = 2.08757232129817482790e-9;
const C6: f64 = -1.13596475577881948265e-11;

function kernel_cos(x: f64, y: f64): f64 {
  const z: f64 = x * x;
  let w: f64 = z * z;
  const r: f64 = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz: f64 = 0.5 * z;
  w = 1.0 - hz;
  return w + (((1.0 - w) - hz) + (z * r - x * y));
}

const T: readonly f64[] = [
  3.33333333333334091986e-1, 1.33333333333201242699e-1, 5.39682539762260521377e-2, 2.18694882948595424599e-2,
  8.86323982359930005737e-3, 3.59207910759131235356e-3, 1.45620945432529025516e-3, 5.88041240820264096874e-4,
  2.46463134818469906812e-4, 7.81794442939557092300e-5, 7.14072491382608190305e-5, -1.85586374855275456654e-5,
  2.59073051863633712884e-5,
];
const PIO4: f64 = 7.85398163397448278999e-1;
const PIO4_LO: f64 = 3.06161699786838301793e-17;
const SPLITTER: f64 = 134217729.0; // 2^27 + 1

/** The high half of x (26 bits), so that products of two halves are exact. */
function high_half(x: f64): f64 {
  const c: f64 = SPLITTER * x;
  return c - (c - x);
}

/** tan(x + y) (iy = 1) or -1/tan(x + y) (iy = -1) for |x| <= pi/4. */
function kernel_tan(x_in: f64, y_in: f64, iy: i32): f64 {
  let x: f64 = x_in;
  let y: f64 = y_in;
  const hx: i32 = fp_high_word(x);
  const big: bool = (hx & 0x7fffffff) >= 0x3fe59428; // |x| >= 0.6744
  if (big) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    x = (PIO4 - x) + (PIO4_LO - y);
    y = 0.0;
  }
  const z: f64 = x * x;
  let w: f64 = z * z;
  let r: f64 = T[1]! + w * (T[3]! + w * (T[5]! + w * (T[7]! + w * (T[9]! + w * T[11]!))));
  let v: f64 = z * (T[2]! + w * (T[4]! + w * (T[6]! + w * (T[8]! + w * (T[10]! + w * T[12]!)))));
  const s: f64 = z * x;
  r = y + z * (s * (r + v) + y);
  r += T[0]! * s;
  w = x + r;
  if (big) {
    v = iy;
    const sign: f64 = hx < 0 ? -1.0 : 1.0;
    return sign * (v - 2.0 * (x - (w * w / (w + v) - r)));
  }
  if (iy === 1) return w;
  // -1/(x + r), accurately: split w and -1/w into exact-product halves.
  const zh: f64 = high_half(w);
  v = r - (zh - x);
  const a: f64 = -1.0 / w;
  const t: f64 = high_half(a);
  const e: f64 = 1.0 + t * zh;
  return t + a * (e + t * v);
}

const INV_PIO2: f64 = 6.36619772367581382433e-1;
const PIO2_1: f64 = 1.57079632673412561417;
const PIO2_1T: f64 = 6.07710050650619224932e-11;
const PIO2_2: f64 = 6.07710050630396597660e-11;
const PIO2_2T: f64 = 2.02226624879595063154e-21;
const PIO2_3: f64 = 2.02226624871116645580e-21;
const PIO2_3T: f64 = 8.47842766036889956997e-32;
const TO_INT: f64 = 6755399441055744.0; // 1.5 * 2^52: adding it rounds to an integer

let rem_y0: f64 = 0;
let rem_y1: f64 = 0;

/** x - n*pi/2 = rem_y0 + rem_y1 for |x| > pi/4 (finite); returns n (mod 8 for huge x). */
function rem_pio2(x: f64): i32 {
  const ix: i32 = fp_high_word(x) & 0x7fffffff;
  if (ix < 0x413921fb) {
    // |x| < 2^20 * pi/2: Cody-Waite in up to three steps
    const fn: f64 = (x * INV_PIO2 + TO_INT) - TO_INT;
    const n: i32 = fn | 0;
    let r: f64 = x - fn * PIO2_1;
    let w: f64 = fn * PIO2_1T;
    const j: i32 = ix >> 20;
    rem_y0 = r - w;
    let i: i32 = (j - ((fp_high_word(rem_y0) >> 20) & 0x7ff)) | 0;
    if (i > 16) {
      let t: f64 = r;
      w = fn * PIO2_2;
      r = t - w;
      w = fn * PIO2_2T - ((t - r) - w);
      rem_y0 = r - w;
      i = (j - ((fp_high_word(rem_y0) >> 20) & 0x7ff)) | 0;
      if (i > 49) {
        t = r;
        w = fn * PIO2_3;
        r = t - w;
        w = fn * PIO2_3T - ((t - r) - w);
        rem_y0 = r - w;
      }
    }
    rem_y1 = (r - rem_y0) - w;
    return n;
  }
  const n: i32 = rem_pio2_large(Math.abs(x));
  if (x < 0) {
    rem_y0 = -rem_large_y0();
    rem_y1 = -rem_large_y1();
    return (0 - n) | 0;
  }
  rem_y0 = rem_large_y0();
  rem_y1 = rem_large_y1();
  return n;
}

export function libm_sin(x: f64): f64 {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  const ix: i32 = fp_high_word(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e500000) return x; // |x| < 2^-26
    return kernel_sin(x, 0.0, 0);
  }
  const n: i32 = rem_pio2(x);
  switch (n & 3) {
    case 0: return kernel_sin(rem_y0, rem_y1, 1);
    case 1: return kernel_cos(rem_y0, rem_y1);
    case 2: return -kernel_sin(rem_y0, rem_y1, 1);
    default: return -kernel_cos(rem_y0, rem_y1);
  }
}

export function libm_cos(x: f64): f64 {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  const ix: i32 = fp_high_word(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e46a09e) return 1.0; // |x| < 2^-27 * sqrt(2)
    return kernel_cos(x, 0.0);
  }
  const n: i32 = rem_pio2(x);
  switch (n & 3) {
    case 0: return kernel_cos(rem_y0, rem_y1);
    case 1: return -kernel_sin(rem_y0, rem_y1, 1);
    case 2: return -kernel_cos(rem_y0, rem_y1);
    default: return kernel_sin(rem_y0, rem_y1, 1);
  }
}

export function libm_tan(x: f64): f64 {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  const ix: i32 = fp_high_word(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e400000) return x; // |x| < 2^-27
    return kernel_tan(x, 0.0, 1);
  }
  const n: i32 = rem_pio2(x);
  return kernel_tan(rem_y0, rem_y1, (1 - ((n & 1) << 1)) | 0);
}
