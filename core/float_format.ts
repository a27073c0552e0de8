// Float to text as CPython 3.11 writes it: repr()/str(), format(x, spec) for the float
// presentation types, and the '%' operator's %e %f %g. The digits come from the double's
// exact binary value (core/float_big.ts), never from printf, so Node and native print
// the same text, and it is CPython's text:
//
// - repr: the shortest digit string that reads back as the same double, and of those the
//   one nearest the value (Steele & White / Burger & Dybvig free-format generation, with
//   the round-to-even reader's inclusive bounds when the mantissa is even; a tie in the
//   last digit goes to the even digit, as David Gay's dtoa mode 0 that CPython uses).
//   Laid out as float_repr_style 'short': exponent form when the decimal exponent is
//   below -4 or at least 16 (1e-05 but 0.0001; 1e+16 but 1234567890123456.0).
// - e E f F g G % and none, with a precision: the exact value rounded half to even to
//   the requested digits (dtoa modes 2 and 3), laid out by the rules of CPython's
//   format_float_short (Python/pystrtod.c), including '#' (alternate form) and 'z'
//   (negative zero after rounding prints as zero).
//
// Text goes to a caller buffer in the arena; the caller adds fill, alignment, width and
// an explicit sign ('+' / ' ') with float_format_pad, or its own format-spec code.
//
// Boards with single-precision floats: float_format takes the f32 widened to f64 (exact),
// so format() and '%' print the f32's exact value rounded as CPython would round it.
// repr/str of an f32 follow MicroPython 1.26 (py/formatfloat.c, MP_FLOAT_REPR_PREC): the
// first of '%.6g', '%.7g', '%.8g', '%.9g' that reads back as the same f32, with ".0"
// appended when the text has neither '.' nor an exponent. MicroPython computes those
// digits with float arithmetic and a parse-back search; here they are exact and the
// read-back is float_parse_f32's correctly rounded parse, so the result is the same on
// every build (nine digits always read back; most floats need six to eight).

import { load_u8, store_u8, load_u32, store_f64, store_f32, mem_copy, mem_fill, type u32, type i32, type f32, type f64, type bool } from "./subset/index.js";
import {
  float_big_bytes, float_big_init, float_big_set_u64, float_big_set_u32, float_big_is_zero, float_big_cmp,
  float_big_add, float_big_copy, float_big_mul_small, float_big_mul_pow5, float_big_shl, float_big_divmod,
} from "./float_big.js";
import { float_parse_f32, FLOAT_PARSE_SCRATCH_BYTES } from "./float_parse.js";

/**
 * 16-bit limbs per number. With the common power of two left out, the largest numbers are
 * s ~ 2^754 for 5e-324 (2^(1074 - 324) times the boundary factor, then 10 once more when
 * k is raised) and r ~ 2^716 against s = 5^308 for the largest doubles; a digit step
 * multiplies by 10 a number below s: under 2^762, 48 limbs.
 */
const FORMAT_LIMBS: u32 = 56;
/** The longest f32 repr candidate: "-1.23456789e-38". */
const REPR_F32_TEXT: u32 = 16;
/** Bytes of scratch every function here needs (8-aligned): five numbers, or for the f32
 *  repr a parse (FLOAT_PARSE_SCRATCH_BYTES) followed by REPR_F32_TEXT bytes of text. */
export const FLOAT_FORMAT_SCRATCH_BYTES: u32 = 736;

/** format flags: '#', the alternate form (keep the '.' and, for g, the trailing zeros). */
export const FLOAT_FORMAT_ALT: u32 = 1;
/** format flags: 'z', a negative value that rounds to zero prints without its sign. */
export const FLOAT_FORMAT_NO_NEG_0: u32 = 2;

/** Presentation types: the format-spec letters; NONE is an absent type (str() with a precision). */
export const FLOAT_FORMAT_TYPE_NONE: u32 = 0;

/** Output bytes that always suffice for a precision (negative: the default). */
export function float_format_bound(prec: i32): u32 {
  return ((prec < 17 ? 17 : prec) + 320) >>> 0;
}

const enum Mode {
  Shortest,
  Significant,
  Fraction,
}

// The decomposed value: |x| = m * 2^x_exp, m = m_hi * 2^32 + m_lo (below 2^53).
let x_neg: bool = false;
let m_hi: u32 = 0;
let m_lo: u32 = 0;
let x_exp: i32 = 0;
/** The gap to the next double below is half the gap above (m a power of two, not the smallest exponent). */
let x_unequal: bool = false;
let x_special: bool = false;
let x_nan: bool = false;

// The digits written by the generators: d_count ASCII digits, the value 0.DIGITS * 10^d_decpt.
let d_count: u32 = 0;
let d_decpt: i32 = 0;

function decompose(x: f64, tmp: u32): void {
  store_f64(tmp, x);
  const lo: u32 = load_u32(tmp);
  const hi: u32 = load_u32((tmp + 4) >>> 0);
  const biased: i32 = (hi >>> 20) & 0x7ff;
  x_neg = (hi >>> 31) !== 0;
  x_special = biased === 0x7ff;
  x_nan = x_special && ((hi & 0xfffff) !== 0 || lo !== 0);
  m_lo = lo;
  m_hi = hi & 0xfffff;
  x_unequal = false;
  if (biased === 0) {
    x_exp = -1074;
  } else {
    x_unequal = m_hi === 0 && m_lo === 0 && biased > 1;
    m_hi = (m_hi | 0x100000) >>> 0;
    x_exp = (biased - 1075) | 0;
  }
}

function mantissa_bits(): u32 {
  return m_hi !== 0 ? (64 - Math.clz32(m_hi)) >>> 0 : (32 - Math.clz32(m_lo)) >>> 0;
}

function slot(scratch: u32, i: u32): u32 {
  return (scratch + 8 + Math.imul(i, float_big_bytes(FORMAT_LIMBS))) >>> 0;
}

/**
 * r/s = |x| / 10^k with k no larger than the one the digits need (the callers raise it);
 * with boundaries, mp/s and mm/s are the half gaps to the neighbouring doubles, scaled
 * alike (mm is mp itself when the gaps are equal). The power of two common to r, s and
 * the gaps is left out, which keeps the numbers about a third shorter. Returns k.
 */
function setup(r: u32, s: u32, mp: u32, mm: u32, boundaries: bool): i32 {
  const extra: i32 = boundaries ? (x_unequal ? 2 : 1) : 0;
  // r = m * 2^a, s = 2^b, mm = 2^c, mp = mm or 2 * mm.
  let a: i32 = ((x_exp >= 0 ? x_exp : 0) + extra) | 0;
  let b: i32 = ((x_exp < 0 ? -x_exp | 0 : 0) + extra) | 0;
  let c: i32 = x_exp >= 0 ? x_exp : 0;
  float_big_set_u64(r, m_hi, m_lo);
  float_big_set_u32(s, 1);
  float_big_set_u32(mp, x_unequal ? 2 : 1);
  if (mm !== mp) float_big_set_u32(mm, 1);
  // floor(log2 |x|) * 78913 / 2^18 is floor(log10 |x|) or one more below 1: never above the k needed.
  const log2: i32 = (mantissa_bits() - 1 + x_exp) | 0;
  const k: i32 = Math.imul(log2, 78913) >> 18;
  if (k >= 0) {
    float_big_mul_pow5(s, k >>> 0);
    b = (b + k) | 0;
  } else {
    const up: u32 = -k >>> 0;
    float_big_mul_pow5(r, up);
    a = (a - k) | 0;
    if (boundaries) {
      float_big_mul_pow5(mp, up);
      if (mm !== mp) float_big_mul_pow5(mm, up);
      c = (c - k) | 0;
    }
  }
  let common: i32 = Math.min(a, b);
  if (boundaries) common = Math.min(common, c);
  float_big_shl(r, (a - common) >>> 0);
  float_big_shl(s, (b - common) >>> 0);
  if (boundaries) {
    float_big_shl(mp, (c - common) >>> 0);
    if (mm !== mp) float_big_shl(mm, (c - common) >>> 0);
  }
  return k;
}

function emit(at: u32, d: u32): void {
  store_u8(at, 48 + d);
}

/** The shortest digits that read back as |x| (x finite, nonzero). False when room runs out. */
function digits_shortest(dst: u32, room: u32, scratch: u32): bool {
  const r: u32 = slot(scratch, 0);
  const s: u32 = slot(scratch, 1);
  const mp: u32 = slot(scratch, 2);
  const mm: u32 = x_unequal ? slot(scratch, 3) : mp;
  const t: u32 = slot(scratch, 4);
  // An even mantissa reads back from either boundary (the reader rounds ties to even).
  const inclusive: bool = (m_lo & 1) === 0;
  let k: i32 = setup(r, s, mp, mm, true);
  // Raise k until the upper boundary is below 10^k (at or below, when inclusive).
  for (;;) {
    float_big_add(t, r, mp);
    const c: i32 = float_big_cmp(t, s);
    if (c < 0 || (c === 0 && !inclusive)) break;
    float_big_mul_small(s, 10, 0);
    k = (k + 1) | 0;
  }
  let n: u32 = 0;
  for (;;) {
    float_big_mul_small(r, 10, 0);
    float_big_mul_small(mp, 10, 0);
    if (mm !== mp) float_big_mul_small(mm, 10, 0);
    let d: u32 = float_big_divmod(r, s);
    const low: i32 = float_big_cmp(r, mm);
    const low_ok: bool = low < 0 || (low === 0 && inclusive);
    float_big_add(t, r, mp);
    const high: i32 = float_big_cmp(t, s);
    const high_ok: bool = high > 0 || (high === 0 && inclusive);
    if (low_ok && high_ok) {
      // Both d and d + 1 read back: take the nearer, the even one on a tie.
      float_big_copy(t, r);
      float_big_shl(t, 1);
      const c: i32 = float_big_cmp(t, s);
      if (c > 0 || (c === 0 && (d & 1) !== 0)) d = (d + 1) >>> 0;
    } else if (high_ok) {
      d = (d + 1) >>> 0;
    }
    if (n >= room) return false;
    if (d > 9) hal_fatal("float_format: digit overflow");
    emit((dst + n) >>> 0, d);
    n = (n + 1) >>> 0;
    if (low_ok || high_ok) break;
  }
  d_count = n;
  d_decpt = k;
  return true;
}

/**
 * The exact value rounded half to even: to `count` significant digits (Mode.Significant)
 * or to `count` digits after the point (Mode.Fraction). Trailing zeros are dropped; no
 * digits at all means the value rounded to zero (d_decpt is then -count, as dtoa says).
 */
function digits_fixed(dst: u32, room: u32, scratch: u32, mode: Mode, count: i32): bool {
  const r: u32 = slot(scratch, 0);
  const s: u32 = slot(scratch, 1);
  const t: u32 = slot(scratch, 4);
  let k: i32 = setup(r, s, slot(scratch, 2), slot(scratch, 3), false);
  while (float_big_cmp(r, s) >= 0) {
    float_big_mul_small(s, 10, 0);
    k = (k + 1) | 0;
  }
  // Now 10^(k-1) <= |x| < 10^k.
  const wanted: i32 = mode === Mode.Significant ? count : (k + count) | 0;
  d_count = 0;
  if (wanted <= 0) {
    // Nothing to print but a possible carry into the digit just above the last one kept:
    // |x| / 10^k is r/s in [0.1, 1), so only wanted === 0 can round up, to 1 * 10^k.
    d_decpt = -count | 0;
    if (wanted < 0) return true;
    float_big_copy(t, r);
    float_big_shl(t, 1);
    if (float_big_cmp(t, s) <= 0) return true;
    if (room === 0) return false;
    emit(dst, 1);
    d_count = 1;
    d_decpt = (k + 1) | 0;
    return true;
  }
  // The trailing run of 0s or 9s is held back until another digit follows: rounding
  // drops such a run (the 9s by carrying into the digit before it), so only the digits
  // the text will show ever take room, and a carry never goes beyond one digit.
  let n: u32 = 0;
  let run: u32 = 0;
  let run_digit: u32 = 0;
  let generated: u32 = 0;
  let last: u32 = 0;
  while (generated < (wanted >>> 0) && !float_big_is_zero(r)) {
    float_big_mul_small(r, 10, 0);
    last = float_big_divmod(r, s);
    generated = (generated + 1) >>> 0;
    if (run > 0 && last === run_digit) {
      run = (run + 1) >>> 0;
      continue;
    }
    const held: bool = last === 0 || last === 9;
    if (((n + run + (held ? 0 : 1)) >>> 0) > room) return false;
    mem_fill((dst + n) >>> 0, 48 + run_digit, run);
    n = (n + run) >>> 0;
    run = 0;
    if (held) {
      run = 1;
      run_digit = last;
    } else {
      emit((dst + n) >>> 0, last);
      n = (n + 1) >>> 0;
    }
  }
  let up: bool = false;
  if (!float_big_is_zero(r)) {
    float_big_copy(t, r);
    float_big_shl(t, 1);
    const c: i32 = float_big_cmp(t, s);
    up = c > 0 || (c === 0 && (last & 1) !== 0);
  }
  if (up && run > 0 && run_digit === 0) {
    // The last held zero becomes a 1.
    if (((n + run) >>> 0) > room) return false;
    mem_fill((dst + n) >>> 0, 48, (run - 1) >>> 0);
    emit((dst + n + run - 1) >>> 0, 1);
    n = (n + run) >>> 0;
  } else if (up) {
    // Held nines become zeros (dropped); the digit before them, never a 9, goes up;
    // with none, the value rounds to 1 * 10^k.
    if (n === 0) {
      emit(dst, 1);
      n = 1;
      k = (k + 1) | 0;
    } else {
      const at: u32 = (dst + n - 1) >>> 0;
      store_u8(at, load_u8(at) + 1);
    }
  } else if (run > 0 && run_digit === 9) {
    if (((n + run) >>> 0) > room) return false;
    mem_fill((dst + n) >>> 0, 57, run);
    n = (n + run) >>> 0;
  }
  while (n > 0 && load_u8((dst + n - 1) >>> 0) === 48) n = (n - 1) >>> 0;
  d_count = n;
  d_decpt = k;
  return true;
}

/** Write `text` (ASCII literal) at out + at; the caller has checked the room. */
function put_str(out: u32, at: u32, text: string, upper: bool): u32 {
  for (let i: u32 = 0; i < text.length; i++) {
    const c: u32 = text.charCodeAt(i);
    store_u8(out + at + i, upper && c >= 97 && c <= 122 ? c - 32 : c);
  }
  return (at + text.length) >>> 0;
}

function digits_in(v: u32): u32 {
  let n: u32 = 1;
  for (let t: u32 = v; t >= 10; t = (t / 10) >>> 0) n = (n + 1) >>> 0;
  return n;
}

/**
 * format(x, spec) for the float presentation types: type is the type letter's code
 * (e E f F g G n %) or FLOAT_FORMAT_TYPE_NONE; prec is the precision, or negative for none;
 * flags are FLOAT_FORMAT_ALT and FLOAT_FORMAT_NO_NEG_0. '%'-formatting's %e %f %g call
 * this with their letter (and -1 for no precision). The text (with '-' for a negative
 * value, no other sign) goes to out; returns its length, or -1 when it needs more than
 * cap bytes (float_format_bound(prec) always suffices).
 */
export function float_format(x: f64, type: u32, prec: i32, flags: u32, out: u32, cap: u32, scratch: u32, scratch_size: u32): i32 {
  if (scratch_size < FLOAT_FORMAT_SCRATCH_BYTES || (scratch & 7) !== 0) hal_fatal("float_format: scratch region too small or misaligned");
  if (((8 + 5 * float_big_bytes(FORMAT_LIMBS)) >>> 0) > FLOAT_PARSE_SCRATCH_BYTES || FLOAT_PARSE_SCRATCH_BYTES + REPR_F32_TEXT > FLOAT_FORMAT_SCRATCH_BYTES) {
    hal_fatal("float_format: scratch layout");
  }
  const lower: u32 = (type | 32) >>> 0;
  const upper: bool = type === 69 || type === 70 || type === 71;
  const alt: bool = (flags & FLOAT_FORMAT_ALT) !== 0;
  let add_dot_0: bool = false;
  let percent: bool = false;
  let p: i32 = prec;
  let v: f64 = x;
  // kind: the layout rules of format_float_short: 'e', 'f', 'g' or 'r' (repr).
  let kind: u32 = lower;
  if (type === FLOAT_FORMAT_TYPE_NONE) {
    add_dot_0 = true;
    kind = p < 0 ? 114 : 103;
  } else if (type === 37) {
    percent = true;
    v = x * 100;
    kind = 102;
  } else if (lower === 110) {
    kind = 103;
  } else if (lower !== 101 && lower !== 102 && lower !== 103) {
    hal_fatal("float_format: not a float presentation type");
  }
  if (kind !== 114 && p < 0) p = 6;
  if (kind === 103 && p === 0) p = 1;
  if (p > 0x3fffffff) return -1;
  for (let i: u32 = 0; i < 5; i++) float_big_init(slot(scratch, i), FORMAT_LIMBS);
  decompose(v, scratch);
  let neg: bool = x_neg;

  if (x_special) {
    // CPython ignores a NaN's sign.
    const minus: bool = neg && !x_nan;
    const len: u32 = ((minus ? 4 : 3) + (percent ? 1 : 0)) >>> 0;
    if (len > cap) return -1;
    if (minus) store_u8(out, 45);
    const end: u32 = put_str(out, minus ? 1 : 0, x_nan ? "nan" : "inf", upper);
    if (percent) store_u8(out + end, 37);
    return len | 0;
  }

  // Digits first, where the text will start: after the '-', unless 'z' may still drop it.
  const no_neg_0: bool = (flags & FLOAT_FORMAT_NO_NEG_0) !== 0;
  const sign_room: u32 = neg && !no_neg_0 ? 1 : 0;
  if (cap <= sign_room) return -1;
  const dst: u32 = (out + sign_room) >>> 0;
  const room: u32 = (cap - sign_room) >>> 0;
  if (m_hi === 0 && m_lo === 0) {
    emit(dst, 0);
    d_count = 1;
    d_decpt = 1;
  } else if (kind === 114) {
    if (!digits_shortest(dst, room, scratch)) return -1;
  } else if (kind === 102) {
    if (!digits_fixed(dst, room, scratch, Mode.Fraction, p)) return -1;
  } else {
    if (!digits_fixed(dst, room, scratch, Mode.Significant, kind === 101 ? (p + 1) | 0 : p)) return -1;
  }
  const nd: i32 = d_count | 0;
  let decpt: i32 = d_decpt;
  if (neg && no_neg_0 && (nd === 0 || (nd === 1 && load_u8(dst) === 48))) neg = false;

  // format_float_short's layout: the digits, with the point after the first decpt of
  // them, padded with zeros on the left (when decpt <= 0: "0." and -decpt zeros) and on
  // the right up to vend digit places.
  let use_exp: bool = false;
  let vend: i32 = nd;
  if (kind === 101) {
    use_exp = true;
    vend = (p + 1) | 0;
  } else if (kind === 102) {
    vend = (decpt + p) | 0;
  } else if (kind === 103) {
    if (decpt <= -4 || decpt > (add_dot_0 ? (p - 1) | 0 : p)) use_exp = true;
    if (alt) vend = p;
  } else if (decpt <= -4 || decpt > 16) {
    use_exp = true;
  }
  let exp: i32 = 0;
  if (use_exp) {
    exp = (decpt - 1) | 0;
    decpt = 1;
  }
  const least: i32 = !use_exp && add_dot_0 ? (decpt + 1) | 0 : decpt;
  if (vend < least) vend = least;

  // Lengths: lead zeros, digits, trailing zeros, and whether a '.' ends the body.
  const lead: i32 = decpt <= 0 ? (1 - decpt) | 0 : 0;
  const tail: i32 = (vend - (decpt > nd ? decpt : nd)) | 0;
  const mid: i32 = decpt > nd ? (decpt - nd) | 0 : 0;
  let body: i32 = (lead + nd + mid + 1 + tail) | 0;
  const point_last: bool = decpt <= 0 ? ((nd + tail - decpt) | 0) === 0 : decpt >= nd && tail === 0;
  const drop_point: bool = point_last && !alt;
  if (drop_point) body = (body - 1) | 0;
  const mag: u32 = exp < 0 ? -exp >>> 0 : exp >>> 0;
  const exp_len: u32 = use_exp ? (2 + (mag < 10 ? 2 : digits_in(mag))) >>> 0 : 0;
  const total: u32 = ((neg ? 1 : 0) + body + exp_len + (percent ? 1 : 0)) >>> 0;
  if (total > cap) return -1;
  let base: u32 = dst;
  if (neg && dst === out) {
    mem_copy((out + 1) >>> 0, out, nd >>> 0);
    base = (out + 1) >>> 0;
  }

  // Lay the body out in place, starting at base, where the digits are.
  if (decpt <= 0) {
    // "0." then -decpt zeros, then the digits.
    const shift: u32 = (2 - decpt) >>> 0;
    mem_copy((base + shift) >>> 0, base, nd >>> 0);
    store_u8(base, 48);
    if (!drop_point) store_u8((base + 1) >>> 0, 46);
    mem_fill((base + 2) >>> 0, 48, -decpt >>> 0);
    mem_fill((base + shift + nd) >>> 0, 48, tail >>> 0);
  } else if (decpt < nd) {
    mem_copy((base + decpt + 1) >>> 0, (base + decpt) >>> 0, (nd - decpt) >>> 0);
    store_u8((base + decpt) >>> 0, 46);
    mem_fill((base + nd + 1) >>> 0, 48, tail >>> 0);
  } else {
    mem_fill((base + nd) >>> 0, 48, mid >>> 0);
    if (!drop_point) store_u8((base + decpt) >>> 0, 46);
    mem_fill((base + decpt + 1) >>> 0, 48, tail >>> 0);
  }
  let at: u32 = (base - out + body) >>> 0;
  if (use_exp) {
    store_u8(out + at, upper ? 69 : 101);
    store_u8(out + at + 1, exp < 0 ? 45 : 43);
    at = (at + 2) >>> 0;
    const width: u32 = (exp_len - 2) >>> 0;
    let e: u32 = mag;
    for (let i: u32 = width; i > 0; i--) {
      store_u8(out + at + i - 1, 48 + (e % 10));
      e = (e / 10) >>> 0;
    }
    at = (at + width) >>> 0;
  }
  if (percent) {
    store_u8(out + at, 37);
    at = (at + 1) >>> 0;
  }
  if (neg) store_u8(out, 45);
  return at | 0;
}

/** repr(x) and str(x): CPython's shortest round-tripping text. */
export function float_format_repr(x: f64, out: u32, cap: u32, scratch: u32, scratch_size: u32): i32 {
  return float_format(x, FLOAT_FORMAT_TYPE_NONE, -1, 0, out, cap, scratch, scratch_size);
}

/** repr(x) and str(x) on a board whose float is binary32 (MicroPython's rule, see the top). */
export function float_format_repr_f32(x: f32, out: u32, cap: u32, scratch: u32, scratch_size: u32): i32 {
  // Candidates are written to the end of the scratch region, past what a parse uses: an
  // earlier candidate may be longer than the answer ("1.23457e+06" before "1234567").
  const text: u32 = (scratch + FLOAT_PARSE_SCRATCH_BYTES) >>> 0;
  store_f32(scratch, x);
  const bits: u32 = load_u32(scratch);
  let len: i32 = -1;
  for (let p: i32 = 6; p <= 9; p++) {
    len = float_format(x, 103, p, 0, text, REPR_F32_TEXT, scratch, scratch_size);
    if (len < 0 || x_special || p === 9) break;
    if (float_parse_f32(text, len >>> 0, scratch, scratch_size, scratch) && load_u32(scratch) === bits) break;
  }
  if (len < 0) hal_fatal("float_format: f32 repr beyond its buffer");
  let point: bool = x_special;
  for (let i: u32 = 0; i < (len >>> 0); i++) {
    const c: u32 = load_u8(text + i);
    if (c === 46 || c === 101) point = true;
  }
  const total: u32 = ((len >>> 0) + (point ? 0 : 2)) >>> 0;
  if (total > cap) return -1;
  mem_copy(out, text, len >>> 0);
  if (!point) {
    store_u8(out + len, 46);
    store_u8(out + len + 1, 48);
  }
  return total | 0;
}

/**
 * Sign, fill and alignment around formatted text at buf (len bytes, a leading '-' for a
 * negative value), as format() applies them: sign is '+', ' ' or '-' (only negatives
 * marked), align is '<', '>', '^' or '=' (fill between the sign and the digits), fill one
 * ASCII byte. Returns the new length, or -1 when it would exceed cap.
 */
export function float_format_pad(buf: u32, len: u32, cap: u32, sign: u32, fill: u32, align: u32, width: u32): i32 {
  let n: u32 = len;
  const first: u32 = n > 0 ? load_u8(buf) : 0;
  if (first !== 45 && (sign === 43 || sign === 32)) {
    if (n >= cap) return -1;
    mem_copy((buf + 1) >>> 0, buf, n);
    store_u8(buf, sign);
    n = (n + 1) >>> 0;
  }
  if (width <= n) return n | 0;
  if (width > cap) return -1;
  const pad: u32 = (width - n) >>> 0;
  let before: u32 = pad;
  let skip: u32 = 0;
  if (align === 60) {
    before = 0;
  } else if (align === 94) {
    before = pad >>> 1;
  } else if (align === 61) {
    const c: u32 = load_u8(buf);
    if (c === 45 || c === 43 || c === 32) skip = 1;
  }
  const after: u32 = (pad - before) >>> 0;
  mem_copy((buf + skip + before) >>> 0, (buf + skip) >>> 0, (n - skip) >>> 0);
  mem_fill((buf + skip) >>> 0, fill & 0xff, before);
  mem_fill((buf + before + n) >>> 0, fill & 0xff, after);
  return width | 0;
}
