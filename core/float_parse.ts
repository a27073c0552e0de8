// float(text) as CPython parses it, correctly rounded to the nearest double (ties to even)
// for every input, computed in the core itself so that Node and native agree bit for bit.
//
// Accepted (CPython 3.11's float() on ASCII text): surrounding whitespace (space, \t \n
// \v \f \r); an optional sign; then "inf", "infinity" or "nan" in any case, or digits
// with an optional '.', at least one digit, and an optional exponent (e/E, optional sign,
// digits). Underscores are allowed only between two digits. Anything else is invalid:
// the caller raises ValueError("could not convert string to float: ..."). Non-ASCII
// whitespace and non-ASCII digits, which CPython also accepts, are not (MicroPython does
// not accept them either).
//
// Method. value = D * 10^E with D the significant digits as an integer. Short inputs
// (D < 2^53 and |E| <= 22) take Clinger's fast path: one IEEE multiplication or division
// of two exact doubles, correctly rounded by the hardware (and by V8, identically). Every
// other input is divided out exactly with core/float_big.ts: with num/den = D * 5^E (the
// factor 2^E kept as a binary exponent), the quotient is computed to two bits beyond the
// target precision plus a sticky remainder bit, then rounded half to even. Only the first
// 800 significant digits are kept, plus one '1' digit when any later digit is nonzero: a
// halfway point between two doubles has at most 768 significant digits, so that digit
// decides every comparison exactly as the full input would.
//
// The f32 variant (boards whose float is single precision) rounds directly to binary32,
// never through a double, so it is correctly rounded too.

import { char_is_space, char_is_digit } from "./chars.js";
import { load_u8, load_u32, store_u32, store_f32, store_f64, type u32, type i32, type f64, type bool } from "./subset/index.js";
import {
  float_big_bytes, float_big_init, float_big_set_u32, float_big_is_zero, float_big_bitlen, float_big_to_f64,
  float_big_mul_small, float_big_mul_pow5, float_big_shl, float_big_divmod,
} from "./float_big.js";

/**
 * 16-bit limbs per number. The largest: D < 10^801 < 2^2661; den = 5^-E with -E at most
 * 801 + 325 - 1, below 2^2612, shifted so that num / den < 2^55, then by 48 bits for the
 * long division, where num stays below den * 2^16: under 2^2727, 171 limbs.
 */
const PARSE_LIMBS: u32 = 176;
/** Bytes of scratch a parse needs (8-aligned): 8 for bit patterns, then two numbers. */
export const FLOAT_PARSE_SCRATCH_BYTES: u32 = 720;

/** Significant digits kept before the rest collapse to one sticky digit. */
const MAX_DIGITS: u32 = 800;
/** Exponents saturate here: the value is then 0 or inf for any text shorter than 10^8 bytes. */
const EXP_SATURATE: i32 = 100000000;

const POW10_F64: readonly f64[] = [
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
const POW10_SMALL: readonly u32[] = [1, 10, 100, 1000, 10000];

const enum Scan {
  Number,
  Zero,
  Infinity,
  NaN,
  Invalid,
}

// What scan() found; the core is single-threaded, so module state carries the results.
let s_neg: bool = false;
/** Significant digits in D (the number at the scratch's first slot). */
let s_digits: u32 = 0;
/** value = D * 10^s_exp. */
let s_exp: i32 = 0;
/** The exponent of D's leading digit: 10^s_lead <= value < 10^(s_lead + 1). */
let s_lead: i32 = 0;

// The rounded result as IEEE bits (binary32 results in r_lo).
let r_hi: u32 = 0;
let r_lo: u32 = 0;

/** text[i..end) is `word` (lower-case ASCII) in any case. */
function is_word(text: u32, i: u32, end: u32, word: string): bool {
  if (((end - i) | 0) !== word.length) return false;
  for (let k: u32 = 0; k < word.length; k++) {
    if ((load_u8(text + i + k) | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Underscores only between two digits, as CPython checks before parsing. */
function underscores_ok(text: u32, start: u32, end: u32): bool {
  let prev: u32 = 0;
  for (let i: u32 = start; i < end; i++) {
    const c: u32 = load_u8(text + i);
    if (c === 95) {
      if (!char_is_digit(prev)) return false;
    } else if (prev === 95 && !char_is_digit(c)) {
      return false;
    }
    prev = c;
  }
  return prev !== 95;
}

/** Read the text; a number's digits go to the big number at d. */
function scan(text: u32, len: u32, d: u32): Scan {
  let start: u32 = 0;
  let end: u32 = len;
  while (start < end && char_is_space(load_u8(text + start))) start = (start + 1) >>> 0;
  while (end > start && char_is_space(load_u8(text + end - 1))) end = (end - 1) >>> 0;
  if (start === end || !underscores_ok(text, start, end)) return Scan.Invalid;
  let i: u32 = start;
  s_neg = false;
  const sign: u32 = load_u8(text + i);
  if (sign === 43 || sign === 45) {
    s_neg = sign === 45;
    i = (i + 1) >>> 0;
    if (i === end) return Scan.Invalid;
  }
  const first: u32 = load_u8(text + i) | 32;
  if (first === 105) return is_word(text, i, end, "inf") || is_word(text, i, end, "infinity") ? Scan.Infinity : Scan.Invalid;
  if (first === 110) return is_word(text, i, end, "nan") ? Scan.NaN : Scan.Invalid;

  // Mantissa: value = 0.D * 10^dexp, D's digits gathered four at a time.
  float_big_set_u32(d, 0);
  let seen_digit: bool = false;
  let seen_nonzero: bool = false;
  let in_fraction: bool = false;
  let digits: u32 = 0;
  let dexp: i32 = 0;
  let sticky: bool = false;
  let chunk: u32 = 0;
  let chunk_len: u32 = 0;
  while (i < end) {
    const c: u32 = load_u8(text + i);
    if (c === 46) {
      if (in_fraction) break;
      in_fraction = true;
    } else if (char_is_digit(c)) {
      seen_digit = true;
      const v: u32 = (c - 48) >>> 0;
      if (v !== 0) seen_nonzero = true;
      if (!seen_nonzero) {
        if (in_fraction) dexp = (dexp - 1) | 0;
      } else {
        if (!in_fraction) dexp = (dexp + 1) | 0;
        if (digits < MAX_DIGITS) {
          chunk = (chunk * 10 + v) >>> 0;
          chunk_len = (chunk_len + 1) >>> 0;
          digits = (digits + 1) >>> 0;
          if (chunk_len === 4) {
            float_big_mul_small(d, 10000, chunk & 0xffff);
            chunk = 0;
            chunk_len = 0;
          }
        } else if (v !== 0) {
          sticky = true;
        }
      }
    } else if (c !== 95) {
      break;
    }
    i = (i + 1) >>> 0;
  }
  if (!seen_digit) return Scan.Invalid;
  if (chunk_len !== 0) float_big_mul_small(d, POW10_SMALL[chunk_len]! & 0xffff, chunk & 0xffff);
  if (sticky) {
    float_big_mul_small(d, 10, 1);
    digits = (digits + 1) >>> 0;
  }

  // Exponent.
  let exp: i32 = 0;
  if (i < end && (load_u8(text + i) | 32) === 101) {
    i = (i + 1) >>> 0;
    let negative: bool = false;
    if (i < end && (load_u8(text + i) === 43 || load_u8(text + i) === 45)) {
      negative = load_u8(text + i) === 45;
      i = (i + 1) >>> 0;
    }
    let any: bool = false;
    while (i < end) {
      const c: u32 = load_u8(text + i);
      if (char_is_digit(c)) {
        any = true;
        if (exp < EXP_SATURATE) exp = (exp * 10 + ((c - 48) | 0)) | 0;
      } else if (c !== 95) {
        break;
      }
      i = (i + 1) >>> 0;
    }
    if (!any) return Scan.Invalid;
    if (negative) exp = -exp | 0;
  }
  if (i !== end) return Scan.Invalid;
  if (digits === 0) return Scan.Zero;
  s_digits = digits;
  s_exp = (exp + dexp - digits) | 0;
  s_lead = (exp + dexp - 1) | 0;
  return Scan.Number;
}

/** (hi, lo) as a 64-bit number: its bit length. */
function bits64(hi: u32, lo: u32): u32 {
  return hi !== 0 ? (64 - Math.clz32(hi)) >>> 0 : (32 - Math.clz32(lo)) >>> 0;
}

/**
 * Round num/den * 2^b2 to a binary format with `mant_bits` significant bits whose lowest
 * bit is worth at least 2^emin; the bits go to r_hi/r_lo. den is destroyed.
 */
function round_quotient(num: u32, den: u32, b2: i32, mant_bits: i32, emin: i32, f32: bool): void {
  // floor(log2(value)) is est or est + 1.
  const est: i32 = (float_big_bitlen(num) - float_big_bitlen(den) - 1 + b2) | 0;
  let u: i32 = Math.max((est - mant_bits + 1) | 0, emin);
  // q = floor(value / 2^(u-1)): the mantissa, a rounding bit, and at most one bit more.
  const t: i32 = (b2 - u + 1) | 0;
  if (t >= 0) float_big_shl(num, t >>> 0);
  else float_big_shl(den, -t >>> 0);
  float_big_shl(den, 48);
  const c3: u32 = float_big_divmod(num, den);
  float_big_shl(num, 16);
  const c2: u32 = float_big_divmod(num, den);
  float_big_shl(num, 16);
  const c1: u32 = float_big_divmod(num, den);
  float_big_shl(num, 16);
  const c0: u32 = float_big_divmod(num, den);
  let sticky: bool = !float_big_is_zero(num);
  let hi: u32 = ((c3 << 16) | c2) >>> 0;
  let lo: u32 = ((c1 << 16) | c0) >>> 0;
  if (bits64(hi, lo) > ((mant_bits + 1) >>> 0)) {
    if ((lo & 1) !== 0) sticky = true;
    lo = ((lo >>> 1) | (hi << 31)) >>> 0;
    hi = hi >>> 1;
    u = (u + 1) | 0;
  }
  const round: bool = (lo & 1) !== 0;
  lo = ((lo >>> 1) | (hi << 31)) >>> 0;
  hi = hi >>> 1;
  if (round && (sticky || (lo & 1) !== 0)) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  }
  if (bits64(hi, lo) > (mant_bits >>> 0)) {
    lo = ((lo >>> 1) | (hi << 31)) >>> 0;
    hi = hi >>> 1;
    u = (u + 1) | 0;
  }
  const normal: bool = bits64(hi, lo) === (mant_bits >>> 0);
  if (f32) {
    const biased: i32 = normal ? (u + 150) | 0 : 0;
    if (biased >= 255) {
      r_lo = 0x7f800000;
    } else {
      r_lo = ((biased << 23) | (lo & 0x7fffff)) >>> 0;
    }
    r_hi = 0;
  } else {
    const biased: i32 = normal ? (u + 1075) | 0 : 0;
    if (biased >= 2047) {
      r_hi = 0x7ff00000;
      r_lo = 0;
    } else {
      r_hi = ((biased << 20) | (hi & 0xfffff)) >>> 0;
      r_lo = lo;
    }
  }
}

/** Parse into r_hi/r_lo (binary64, or binary32 in r_lo); false when the text is not a float. */
function parse_bits(text: u32, len: u32, scratch: u32, scratch_size: u32, f32: bool): bool {
  if (scratch_size < FLOAT_PARSE_SCRATCH_BYTES || (scratch & 7) !== 0) hal_fatal("float_parse: scratch region too small or misaligned");
  if (((8 + 2 * float_big_bytes(PARSE_LIMBS)) >>> 0) > FLOAT_PARSE_SCRATCH_BYTES) hal_fatal("float_parse: scratch layout");
  const num: u32 = (scratch + 8) >>> 0;
  const den: u32 = (num + float_big_bytes(PARSE_LIMBS)) >>> 0;
  float_big_init(num, PARSE_LIMBS);
  float_big_init(den, PARSE_LIMBS);
  const kind: Scan = scan(text, len, num);
  r_hi = 0;
  r_lo = 0;
  if (kind === Scan.Invalid) return false;
  if (kind === Scan.NaN) {
    // The one quiet NaN the arena stores (core/subset/memory.ts); CPython's sign of a NaN is invisible.
    if (f32) r_lo = 0x7fc00000;
    else r_hi = 0x7ff80000;
    return true;
  }
  const top: i32 = f32 ? 39 : 309;
  const bottom: i32 = f32 ? -46 : -325;
  if (kind === Scan.Infinity || (kind === Scan.Number && s_lead >= top)) {
    if (f32) r_lo = 0x7f800000;
    else r_hi = 0x7ff00000;
  } else if (kind === Scan.Number && s_lead >= bottom) {
    const fast_digits: u32 = f32 ? 7 : 15;
    const fast_exp: i32 = f32 ? 10 : 22;
    if (s_digits <= fast_digits && s_exp <= fast_exp && s_exp >= -fast_exp) {
      // Both operands are exact, so the one rounding is the correct one. For binary32 the
      // double result is rounded again, which is harmless for a product or quotient of
      // two binary32 values (53 >= 2 * 24 + 2: Figueroa's condition).
      const dv: f64 = float_big_to_f64(num);
      const v: f64 = s_exp >= 0 ? dv * POW10_F64[s_exp]! : dv / POW10_F64[-s_exp | 0]!;
      if (f32) {
        store_f32(scratch, Math.fround(v));
        r_lo = load_u32(scratch);
      } else {
        store_f64(scratch, v);
        r_lo = load_u32(scratch);
        r_hi = load_u32((scratch + 4) >>> 0);
      }
    } else {
      float_big_set_u32(den, 1);
      if (s_exp >= 0) float_big_mul_pow5(num, s_exp >>> 0);
      else float_big_mul_pow5(den, -s_exp >>> 0);
      round_quotient(num, den, s_exp, f32 ? 24 : 53, f32 ? -149 : -1074, f32);
    }
  }
  if (s_neg) {
    if (f32) r_lo = (r_lo | 0x80000000) >>> 0;
    else r_hi = (r_hi | 0x80000000) >>> 0;
  }
  return true;
}

/**
 * float(text) for the len bytes at text: stores the double at result (8-aligned) and
 * returns true, or returns false when the text is not a float. scratch: at least
 * FLOAT_PARSE_SCRATCH_BYTES bytes of the arena, 8-aligned, overwritten.
 */
export function float_parse(text: u32, len: u32, scratch: u32, scratch_size: u32, result: u32): bool {
  if (!parse_bits(text, len, scratch, scratch_size, false)) return false;
  store_u32(result, r_lo);
  store_u32((result + 4) >>> 0, r_hi);
  return true;
}

/** float(text) on a board whose float is binary32: the f32 goes to result (4-aligned). */
export function float_parse_f32(text: u32, len: u32, scratch: u32, scratch_size: u32, result: u32): bool {
  if (!parse_bits(text, len, scratch, scratch_size, true)) return false;
  store_u32(result, r_lo);
  return true;
}
