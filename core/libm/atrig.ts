// atan, atan2, asin and acos, after FreeBSD msun's s_atan.c, e_atan2.c, e_asin.c and
// e_acos.c (Sun's fdlibm): reduction to a small interval around a known arctangent, and
// rational approximations; errors below 1 ulp. Callers check the domain of asin/acos.

import { type i32, type f64, type bool } from "../subset/index.js";
import { fp_high_word, fp_sign_bit } from "./fp.js";

const ATAN_HI: readonly f64[] = [
  4.63647609000806093515e-1, 7.85398163397448278999e-1, 9.82793723247329054082e-1, 1.57079632679489655800,
];
const ATAN_LO: readonly f64[] = [
  2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17,
];
const AT: readonly f64[] = [
  3.33333333333329318027e-1, -1.99999999998764832476e-1, 1.42857142725034663711e-1, -1.11111104054623557880e-1,
  9.09088713343650656196e-2, -7.69187620504482999495e-2, 6.66107313738753120669e-2, -5.83357013379057348645e-2,
  4.97687799461593236017e-2, -3.65315727442169155270e-2, 1.62858201153657823623e-2,
];

export function libm_atan(x_in: f64): f64 {
  let x: f64 = x_in;
  if (x !== x) return x;
  const hx: i32 = fp_high_word(x);
  const ix: i32 = hx & 0x7fffffff;
  if (ix >= 0x44100000) {
    // |x| >= 2^66
    return hx > 0 ? ATAN_HI[3]! + ATAN_LO[3]! : -ATAN_HI[3]! - ATAN_LO[3]!;
  }
  let id: i32 = -1;
  if (ix < 0x3fdc0000) {
    // |x| < 0.4375
    if (ix < 0x3e400000) return x; // |x| < 2^-27
  } else {
    x = Math.abs(x);
    if (ix < 0x3ff30000) {
      if (ix < 0x3fe60000) {
        id = 0;
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else {
        id = 1;
        x = (x - 1.0) / (x + 1.0);
      }
    } else if (ix < 0x40038000) {
      id = 2;
      x = (x - 1.5) / (1.0 + 1.5 * x);
    } else {
      id = 3;
      x = -1.0 / x;
    }
  }
  const z: f64 = x * x;
  const w: f64 = z * z;
  const s1: f64 = z * (AT[0]! + w * (AT[2]! + w * (AT[4]! + w * (AT[6]! + w * (AT[8]! + w * AT[10]!)))));
  const s2: f64 = w * (AT[1]! + w * (AT[3]! + w * (AT[5]! + w * (AT[7]! + w * AT[9]!))));
  if (id < 0) return x - x * (s1 + s2);
  const r: f64 = ATAN_HI[id]! - ((x * (s1 + s2) - ATAN_LO[id]!) - x);
  return hx < 0 ? -r : r;
}

const PI: f64 = 3.1415926535897931160;
const PI_O_2: f64 = 1.5707963267948965580;
const PI_O_4: f64 = 7.8539816339744827900e-1;
const PI_LO: f64 = 1.2246467991473531772e-16;

/** The angle of the point (x, y), in (-pi, pi]. */
export function libm_atan2(y: f64, x: f64): f64 {
  if (x !== x || y !== y) return x + y;
  if (x === 1.0) return libm_atan(y);
  const m: i32 = (fp_sign_bit(y) ? 1 : 0) | (fp_sign_bit(x) ? 2 : 0);
  if (y === 0) {
    switch (m) {
      case 0:
      case 1: return y;
      case 2: return PI;
      default: return -PI;
    }
  }
  if (x === 0) return y < 0 ? -PI_O_2 : PI_O_2;
  const x_inf: bool = x === Infinity || x === -Infinity;
  const y_inf: bool = y === Infinity || y === -Infinity;
  if (x_inf) {
    if (y_inf) {
      switch (m) {
        case 0: return PI_O_4;
        case 1: return -PI_O_4;
        case 2: return 3.0 * PI_O_4;
        default: return -3.0 * PI_O_4;
      }
    }
    switch (m) {
      case 0: return 0.0;
      case 1: return -0.0;
      case 2: return PI;
      default: return -PI;
    }
  }
  if (y_inf) return y < 0 ? -PI_O_2 : PI_O_2;
  const k: i32 = (((fp_high_word(y) & 0x7fffffff) - (fp_high_word(x) & 0x7fffffff)) >> 20) | 0;
  let z: f64 = 0.0;
  let mm: i32 = m;
  if (k > 60) {
    z = PI_O_2 + 0.5 * PI_LO;
    mm = m & 1;
  } else if (x < 0 && k < -60) {
    z = 0.0;
  } else {
    z = libm_atan(Math.abs(y / x));
  }
  switch (mm) {
    case 0: return z;
    case 1: return -z;
    case 2: return PI - (z - PI_LO);
    default: return (z - PI_LO) - PI;
  }
}

const PIO2_HI: f64 = 1.57079632679489655800;
const PIO2_LO: f64 = 6.12323399573676603587e-17;
const PIO4_HI: f64 = 7.85398163397448278999e-1;
const PS0: f64 = 1.66666666666666657415e-1;
const PS1: f64 = -3.25565818622400915405e-1;
const PS2: f64 = 2.01212532134862925881e-1;
const PS3: f64 = -4.00555345006794114027e-2;
const PS4: f64 = 7.91534994289814532176e-4;
const PS5: f64 = 3.47933107596021167570e-5;
const QS1: f64 = -2.40339491173441421878;
const QS2: f64 = 2.02094576023350569471;
const QS3: f64 = -6.88283971605453293030e-1;
const QS4: f64 = 7.70381505559019352791e-2;
const SPLITTER: f64 = 134217729.0;

/** R(z) of asin(x) = x + x*z*R(z), z = x*x. */
function ratio(z: f64): f64 {
  const p: f64 = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
  const q: f64 = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
  return p / q;
}

/** The high half of x (26 bits): its square is exact. */
function high_half(x: f64): f64 {
  const c: f64 = SPLITTER * x;
  return c - (c - x);
}

/** asin(x), NaN for |x| > 1. */
export function libm_asin(x: f64): f64 {
  if (x !== x) return x;
  const ax: f64 = Math.abs(x);
  if (ax > 1.0) return NaN;
  if (ax === 1.0) return x * PIO2_HI + x * PIO2_LO;
  if (ax < 0.5) {
    if (ax < 1.4901161193847656e-8) return x; // 2^-26
    return x + x * ratio(x * x);
  }
  const t: f64 = (1.0 - ax) * 0.5;
  const s: f64 = Math.sqrt(t);
  let r: f64 = 0.0;
  if (ax >= 0.9749999046325684) {
    r = PIO2_HI - (2.0 * (s + s * ratio(t)) - PIO2_LO);
  } else {
    const w: f64 = high_half(s);
    const c: f64 = (t - w * w) / (s + w);
    const p: f64 = 2.0 * s * ratio(t) - (PIO2_LO - 2.0 * c);
    const q: f64 = PIO4_HI - 2.0 * w;
    r = PIO4_HI - (p - q);
  }
  return x < 0 ? -r : r;
}

/** acos(x), NaN for |x| > 1. */
export function libm_acos(x: f64): f64 {
  if (x !== x) return x;
  const ax: f64 = Math.abs(x);
  if (ax > 1.0) return NaN;
  if (ax === 1.0) return x > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
  if (ax < 0.5) {
    if (ax <= 1.3877787807814457e-17) return PIO2_HI + PIO2_LO; // 2^-56
    return PIO2_HI - (x - (PIO2_LO - x * ratio(x * x)));
  }
  if (x < 0) {
    const z: f64 = (1.0 + x) * 0.5;
    const s: f64 = Math.sqrt(z);
    const w: f64 = ratio(z) * s - PIO2_LO;
    return PI - 2.0 * (s + w);
  }
  const z: f64 = (1.0 - x) * 0.5;
  const s: f64 = Math.sqrt(z);
  const df: f64 = high_half(s);
  const c: f64 = (z - df * df) / (s + df);
  const w: f64 = ratio(z) * s + c;
  return 2.0 * (df + w);
}
