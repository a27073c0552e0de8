// The bits of a double, by arithmetic: the subset has no way to reinterpret an f64 as
// integers, and the libm algorithms here (after FreeBSD's msun, from Sun's fdlibm) test
// and set the IEEE 754 words. Every operation below is exact, so Node and C agree.

import { type i32, type u32, type f64, type bool } from "../subset/index.js";

/** 2^(2^i) and 2^-(2^i), i = 0..9: every power of two in range is a product of them. */
const POW2_UP: readonly f64[] = [
  2, 4, 16, 256, 65536, 4294967296, 18446744073709551616.0, 3.402823669209385e38, 1.157920892373162e77,
  1.3407807929942597e154,
];
const POW2_DOWN: readonly f64[] = [
  0.5, 0.25, 0.0625, 0.00390625, 0.0000152587890625, 2.3283064365386963e-10, 5.421010862427522e-20,
  2.938735877055719e-39, 8.636168555094445e-78, 7.458340731200207e-155,
];

export const TWO_52: f64 = 4503599627370496.0;
export const TWO_32: f64 = 4294967296.0;
const TWO_54: f64 = 18014398509481984.0;
const TWO_M1022: f64 = 2.2250738585072014e-308;

/** 2^n exactly, for -1022 <= n <= 1023. */
export function fp_pow2(n: i32): f64 {
  let r: f64 = 1.0;
  let m: i32 = n < 0 ? (0 - n) | 0 : n;
  for (let i: u32 = 0; i < 10 && m !== 0; i++) {
    if ((m & 1) !== 0) r = n < 0 ? r * POW2_DOWN[i]! : r * POW2_UP[i]!;
    m = m >> 1;
  }
  return r;
}

/** x * 2^n with one rounding (C's scalbn). */
export function fp_scalbn(x: f64, n: i32): f64 {
  let y: f64 = x;
  let k: i32 = n;
  if (k > 1023) {
    y = y * 8.98846567431158e307;
    k = (k - 1023) | 0;
    if (k > 1023) {
      y = y * 8.98846567431158e307;
      k = (k - 1023) | 0;
      if (k > 1023) k = 1023;
    }
  } else if (k < -1022) {
    // Scale by 2^-1022 * 2^53 so that the last step rounds once, into the subnormals.
    y = y * (TWO_M1022 * 9007199254740992.0);
    k = (k + 969) | 0;
    if (k < -1022) {
      y = y * (TWO_M1022 * 9007199254740992.0);
      k = (k + 969) | 0;
      if (k < -1022) k = -1022;
    }
  }
  return y * fp_pow2(k);
}

/** floor(log2(|x|)) for finite nonzero x, subnormals included (C's ilogb). */
export function fp_ilogb(x: f64): i32 {
  let a: f64 = Math.abs(x);
  let k: i32 = 0;
  if (a < TWO_M1022) {
    a = a * TWO_54;
    k = -54;
  }
  if (a >= 2) {
    for (let i: i32 = 9; i >= 0; i--) {
      if (a >= POW2_UP[i]!) {
        a = a * POW2_DOWN[i]!;
        k = (k + (1 << i)) | 0;
      }
    }
  } else if (a < 1) {
    for (let i: i32 = 9; i >= 0; i--) {
      // a * 2^(2^i) < 2 keeps a below 2 while bringing it up to [1, 2).
      if (a * POW2_UP[i]! < 2) {
        a = a * POW2_UP[i]!;
        k = (k - (1 << i)) | 0;
      }
    }
  }
  return k;
}

export function fp_is_nan(x: f64): bool {
  return x !== x;
}

export function fp_is_inf(x: f64): bool {
  return x === Infinity || x === -Infinity;
}

export function fp_sign_bit(x: f64): bool {
  return x < 0 || (x === 0 && 1 / x < 0);
}

export function fp_copysign(x: f64, y: f64): f64 {
  const ax: f64 = Math.abs(x);
  if (x !== x) return x;
  return fp_sign_bit(y) ? -ax : ax;
}

// The words of the last fp_split: high word (sign, 11 exponent bits, 20 mantissa bits) and low word.
let word_hi: i32 = 0;
let word_lo: u32 = 0;

/** Split x into its IEEE 754 words, read back with fp_hi() and fp_lo(). NaN gives the quiet NaN. */
export function fp_split(x: f64): void {
  const sign: i32 = fp_sign_bit(x) ? (0x80000000 | 0) : 0;
  const a: f64 = Math.abs(x);
  if (x !== x) {
    word_hi = 0x7ff80000;
    word_lo = 0;
    return;
  }
  if (a === Infinity) {
    word_hi = sign | 0x7ff00000;
    word_lo = 0;
    return;
  }
  if (a === 0) {
    word_hi = sign;
    word_lo = 0;
    return;
  }
  let biased: i32 = 0;
  let m: f64 = 0;
  if (a < TWO_M1022) {
    m = fp_scalbn(a, 1074); // an integer below 2^52
  } else {
    const k: i32 = fp_ilogb(a);
    biased = (k + 1023) | 0;
    m = fp_scalbn(a, (52 - k) | 0) - TWO_52;
  }
  const top: f64 = Math.floor(m / TWO_32);
  word_hi = sign | (biased << 20) | (top | 0);
  word_lo = (m - top * TWO_32) >>> 0;
}

export function fp_hi(): i32 {
  return word_hi;
}

export function fp_lo(): u32 {
  return word_lo;
}

/** The high word of x. */
export function fp_high_word(x: f64): i32 {
  fp_split(x);
  return word_hi;
}

/** The double whose words are hi and lo. */
export function fp_from_words(hi: i32, lo: u32): f64 {
  const biased: i32 = (hi >>> 20) & 0x7ff;
  const negative: bool = hi < 0;
  const mant: f64 = (hi & 0xfffff) * TWO_32 + lo;
  let r: f64 = 0;
  if (biased === 0x7ff) {
    r = mant === 0 ? Infinity : NaN;
  } else if (biased === 0) {
    r = fp_scalbn(mant, -1074);
  } else {
    r = fp_scalbn(mant + TWO_52, (biased - 1075) | 0);
  }
  return negative ? -r : r;
}

/** x with its low word cleared (fdlibm's SET_LOW_WORD(x, 0)). */
export function fp_clear_low(x: f64): f64 {
  fp_split(x);
  return fp_from_words(word_hi, 0);
}

/** x with its high word replaced (fdlibm's SET_HIGH_WORD). */
export function fp_set_high(x: f64, hi: i32): f64 {
  fp_split(x);
  return fp_from_words(hi, word_lo);
}

/** The mantissa of frexp: x = m * 2^fp_frexp_exp(), 0.5 <= |m| < 1 (x finite, nonzero). */
let frexp_exp: i32 = 0;
export function fp_frexp(x: f64): f64 {
  if (x === 0 || x !== x || fp_is_inf(x)) {
    frexp_exp = 0;
    return x;
  }
  const k: i32 = (fp_ilogb(x) + 1) | 0;
  frexp_exp = k;
  return fp_scalbn(x, (0 - k) | 0);
}

export function fp_frexp_exp(): i32 {
  return frexp_exp;
}

/** Round to the nearest integer, ties to even (C's rint in the default mode). */
export function fp_rint(x: f64): f64 {
  const a: f64 = Math.abs(x);
  if (!(a < TWO_52)) return x;
  const r: f64 = (a + TWO_52) - TWO_52;
  return x < 0 ? -r : (x === 0 ? x : r);
}
