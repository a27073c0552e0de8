// erf and erfc after FreeBSD msun's s_erf.c (Sun's fdlibm: rational approximations on
// four intervals), gamma and lgamma as CPython's Modules/mathmodule.c computes them
// (Lanczos' approximation, N = 13, g = 6.0246800407767296, with the reflection formula for
// negative x), so that the values follow CPython's.

import { type i32, type f64 } from "../subset/index.js";
import { libm_exp } from "./exp.js";
import { libm_log } from "./log.js";
import { libm_sin, libm_cos } from "./trig.js";
import { libm_pow } from "./pow.js";
import { fp_copysign } from "./fp.js";

const ERX: f64 = 8.45062911510467529297e-1;
const EFX: f64 = 1.28379167095512586316e-1;
const EFX8: f64 = 1.02703333676410069053;
const PP0: f64 = 1.28379167095512558561e-1;
const PP1: f64 = -3.25042107247001499370e-1;
const PP2: f64 = -2.84817495755985104766e-2;
const PP3: f64 = -5.77027029648944159157e-3;
const PP4: f64 = -2.37630166566501626084e-5;
const QQ1: f64 = 3.97917223959155352819e-1;
const QQ2: f64 = 6.50222499887672944485e-2;
const QQ3: f64 = 5.08130628187576562776e-3;
const QQ4: f64 = 1.32494738004321644526e-4;
const QQ5: f64 = -3.96022827877536812320e-6;
const PA0: f64 = -2.36211856075265944077e-3;
const PA1: f64 = 4.14856118683748331666e-1;
const PA2: f64 = -3.72207876035701323847e-1;
const PA3: f64 = 3.18346619901161753674e-1;
const PA4: f64 = -1.10894694282396677476e-1;
const PA5: f64 = 3.54783043256182359371e-2;
const PA6: f64 = -2.16637559486879084300e-3;
const QA1: f64 = 1.06420880400844228286e-1;
const QA2: f64 = 5.40397917702171048937e-1;
const QA3: f64 = 7.18286544141962662868e-2;
const QA4: f64 = 1.26171219808761642112e-1;
const QA5: f64 = 1.36370839120290507362e-2;
const QA6: f64 = 1.19844998467991074170e-2;
const RA0: f64 = -9.86494403484714822705e-3;
const RA1: f64 = -6.93858572707181764372e-1;
const RA2: f64 = -1.05586262253232909814e1;
const RA3: f64 = -6.23753324503260060396e1;
const RA4: f64 = -1.62396669462573470355e2;
const RA5: f64 = -1.84605092906711035994e2;
const RA6: f64 = -8.12874355063065934246e1;
const RA7: f64 = -9.81432934416914548592;
const SA1: f64 = 1.96512716674392571292e1;
const SA2: f64 = 1.37657754143519042600e2;
const SA3: f64 = 4.34565877475229228821e2;
const SA4: f64 = 6.45387271733267880336e2;
const SA5: f64 = 4.29008140027567833386e2;
const SA6: f64 = 1.08635005541779435134e2;
const SA7: f64 = 6.57024977031928170135;
const SA8: f64 = -6.04244152148580987438e-2;
const RB0: f64 = -9.86494292470009928597e-3;
const RB1: f64 = -7.99283237680523006574e-1;
const RB2: f64 = -1.77579549177547519889e1;
const RB3: f64 = -1.60636384855821916062e2;
const RB4: f64 = -6.37566443368389627722e2;
const RB5: f64 = -1.02509513161107724954e3;
const RB6: f64 = -4.83519191608651397019e2;
const SB1: f64 = 3.03380607434824582924e1;
const SB2: f64 = 3.25792512996573918826e2;
const SB3: f64 = 1.53672958608443695994e3;
const SB4: f64 = 3.19985821950859553908e3;
const SB5: f64 = 2.55305040643316442583e3;
const SB6: f64 = 4.74528541206955367215e2;
const SB7: f64 = -2.24409524465858183362e1;
const SPLITTER: f64 = 134217729.0;

/** (erf(x) - x)/x on |x| < 0.84375, z = x*x. */
function ratio_small(z: f64): f64 {
  const p: f64 = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
  const q: f64 = 1.0 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
  return p / q;
}

/** erf(1 + s) - ERX on 0.84375 <= |x| < 1.25, s = |x| - 1. */
function ratio_near_one(s: f64): f64 {
  const p: f64 = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
  const q: f64 = 1.0 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
  return p / q;
}

/** R/S of erfc's asymptotic form, s = 1/x^2: one pair below 1/0.35, another above. */
function ratio_tail(a: f64, s: f64): f64 {
  if (a < 2.857142857142857) {
    const r: f64 = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
    const t: f64 = 1.0 + s * (SA1 + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7 + s * SA8)))))));
    return r / t;
  }
  const r: f64 = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
  const t: f64 = 1.0 + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
  return r / t;
}

/** erf(x) = 1 - r/x and erfc(x) = r/x for |x| in [1.25, 28): r = exp(-x^2 - 0.5625 + R/S). */
function erfc_tail(a: f64): f64 {
  const s: f64 = 1.0 / (a * a);
  const ratio: f64 = ratio_tail(a, s);
  // -a*a split exactly: z*z is exact for z the high half of a.
  const c: f64 = SPLITTER * a;
  const z: f64 = c - (c - a);
  return libm_exp(-z * z - 0.5625) * libm_exp((z - a) * (z + a) + ratio) / a;
}

export function libm_erf(x: f64): f64 {
  if (x !== x) return x;
  const a: f64 = Math.abs(x);
  if (a === Infinity) return x > 0 ? 1.0 : -1.0;
  if (a < 0.84375) {
    if (a < 3.725290298461914e-9) {
      // |x| < 2^-28
      if (a < 2.848094538889218e-306) return 0.125 * (8.0 * x + EFX8 * x);
      return x + EFX * x;
    }
    const z: f64 = x * x;
    return x + x * ratio_small(z);
  }
  if (a < 1.25) {
    const s: f64 = a - 1.0;
    const q: f64 = ratio_near_one(s);
    return x >= 0 ? ERX + q : -ERX - q;
  }
  if (a >= 6.0) return x >= 0 ? 1.0 : -1.0;
  const r: f64 = erfc_tail(a);
  return x >= 0 ? 1.0 - r : r - 1.0;
}

export function libm_erfc(x: f64): f64 {
  if (x !== x) return x;
  const a: f64 = Math.abs(x);
  if (a === Infinity) return x > 0 ? 0.0 : 2.0;
  if (a < 0.84375) {
    if (a < 1.3877787807814457e-17) return 1.0 - x; // |x| < 2^-56
    const z: f64 = x * x;
    const y: f64 = ratio_small(z);
    if (x < 0.25) return 1.0 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (a < 1.25) {
    const s: f64 = a - 1.0;
    const q: f64 = ratio_near_one(s);
    return x >= 0 ? (1.0 - ERX) - q : 1.0 + (ERX + q);
  }
  if (a < 28.0) {
    if (x < -6.0) return 2.0;
    const r: f64 = erfc_tail(a);
    return x > 0 ? r : 2.0 - r;
  }
  return x > 0 ? 0.0 : 2.0;
}

// ---- gamma and lgamma: CPython's Lanczos method ----

const PI: f64 = 3.141592653589793;
const LOG_PI: f64 = 1.1447298858494002;
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: readonly f64[] = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: readonly f64[] = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
  1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL: readonly f64[] = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

/** sin(pi * x) for finite x, exact at the integers and half-integers. */
function sinpi(x: f64): f64 {
  const y: f64 = Math.abs(x) % 2.0;
  const n: i32 = Math.floor(2.0 * y + 0.5) | 0;
  let r: f64 = 0.0;
  switch (n) {
    case 0: r = libm_sin(PI * y); break;
    case 1: r = libm_cos(PI * (y - 0.5)); break;
    case 2: r = libm_sin(PI * (1.0 - y)); break;
    case 3: r = -libm_cos(PI * (y - 1.5)); break;
    default: r = libm_sin(PI * (y - 2.0)); break;
  }
  return fp_copysign(1.0, x) * r;
}

/** Lanczos' sum L_g(x) for x > 0, as a rational function. */
function lanczos_sum(x: f64): f64 {
  let num: f64 = 0.0;
  let den: f64 = 0.0;
  if (x < 5.0) {
    for (let i: i32 = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i: i32 = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** Gamma(x); NaN at the poles and -inf, ±inf at ±0 (the caller raises for them). */
export function libm_tgamma(x: f64): f64 {
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return NaN;
  if (x === 0) return fp_copysign(Infinity, x);
  if (x === Math.floor(x)) {
    if (x < 0) return NaN;
    if (x <= 23) return GAMMA_INTEGRAL[((x | 0) - 1) & 31]!;
  }
  const a: f64 = Math.abs(x);
  if (a < 1e-20) return 1.0 / x;
  if (a > 200.0) {
    if (x < 0) return 0.0 / sinpi(x);
    return Infinity;
  }
  const y: f64 = a + LANCZOS_G_MINUS_HALF;
  let z: f64 = 0.0;
  if (a > LANCZOS_G_MINUS_HALF) {
    const q: f64 = y - a;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q: f64 = y - LANCZOS_G_MINUS_HALF;
    z = q - a;
  }
  z = z * LANCZOS_G / y;
  let r: f64 = 0.0;
  if (x < 0) {
    r = -PI / sinpi(a) / a * libm_exp(y) / lanczos_sum(a);
    r -= z * r;
    if (a < 140.0) {
      r /= libm_pow(y, a - 0.5);
    } else {
      const sqrtpow: f64 = libm_pow(y, a / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(a) / libm_exp(y);
    r += z * r;
    if (a < 140.0) {
      r *= libm_pow(y, a - 0.5);
    } else {
      const sqrtpow: f64 = libm_pow(y, a / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return r;
}

/** log|Gamma(x)|; +inf at the poles (the caller raises for them). */
export function libm_lgamma(x: f64): f64 {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return Infinity;
    return 0.0;
  }
  const a: f64 = Math.abs(x);
  if (a < 1e-20) return -libm_log(a);
  let r: f64 = libm_log(lanczos_sum(a)) - LANCZOS_G;
  r += (a - 0.5) * (libm_log(a + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - libm_log(Math.abs(sinpi(a))) - libm_log(a) - r;
  return r;
}
