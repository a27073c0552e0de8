// Arbitrary-precision integers: Python's int beyond the small ints, in the manner of
// MicroPython's py/mpz.c, with CPython's results for every operation (floor division,
// two's complement bitwise operators of infinite width, correctly rounded float conversion).
//
// An mpz is one heap object, a Python int: the Mpz header (type, signed size, room), then
// 16-bit digits, least significant first. 16 bits because a digit product plus two carries
// stays below 2^32: every step is exact in u32, in C and in JavaScript alike, with no 64-bit
// arithmetic. The magnitude has no leading zero digit; zero has no digits and is never
// negative. Values are immutable once made, so an operation may return an argument unchanged.
//
// Failure: an operation that cannot complete returns 0 (or ±Infinity from mpz_to_f64, false
// from mpz_to_bytes) and mpz_status() tells why; the caller raises the Python exception.
// Rooting: every function roots the arguments it reads after an allocation; memory that is
// not an mpz (text for mpz_from_str, bytes for mpz_from_bytes) stays the caller's to keep alive.

import { char_is_space } from "./chars.js";
import {
  layout, field_i32, field_u32, field_ref, load_u8, load_u16, store_u8, store_u16, mem_copy,
  type i32, type u8, type u16, type u32, type f64, type bool, type ref,
} from "./subset/index.js";
import { type_word, TypeId } from "./objects/type.js";
import { gc_alloc, gc_mem_total, gc_root_push, gc_root_set, gc_root_restore } from "./gc.js";

export const enum MpzStatus {
  Ok = 0,
  /** ZeroDivisionError: division or modulo by zero. */
  ZeroDivision = 1,
  /** OverflowError: to float, to bytes, or from an infinite float. */
  Overflow = 2,
  /** MemoryError: the heap cannot hold the result. */
  Memory = 3,
  /** ValueError: bad text for int(), NaN to int, pow() with a zero or non-invertible modulus. */
  Invalid = 4,
}

/**
 * An int object: the type word every heap object starts with; size, the digits in use,
 * negated for a negative number (as CPython's ob_size); alloc, the digits there is room
 * for. 12 bytes, so that up to 32 bits fit one 16-byte heap block.
 */
export const Mpz = layout("Mpz", { type: field_ref, size: field_i32, alloc: field_u32 });
/** The result of mpz_divmod: quotient and remainder. */
export const MpzPair = layout("MpzPair", { q: field_ref, r: field_ref });

/** Where the digits start in an Mpz object. */
const DIGITS: u32 = Mpz.SIZE;
/** 2^27 digits: bit lengths stay below 2^31 and byte sizes far inside u32. */
const MAX_DIGITS: u32 = 0x8000000;
/** Unused digits that make compact() move a result: 4 heap blocks. */
const COMPACT_DIGITS: u32 = 32;

/** Digit characters of every base, lowercase as Python's format() writes them. */
const DIGIT_CHARS: string = "0123456789abcdefghijklmnopqrstuvwxyz";
/** Per base: k, the most characters whose value always fits a digit, and base^k. Text is
 *  read and written k characters at a time, one single-digit multiply or divide each. */
const CHUNK_CHARS: readonly u8[] = [
  0, 0, 15, 10, 7, 6, 6, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
];
const CHUNK_POW: readonly u16[] = [
  0, 0, 32768, 59049, 16384, 15625, 46656, 16807, 32768, 59049, 10000, 14641, 20736, 28561, 38416, 50625, 4096,
  4913, 5832, 6859, 8000, 9261, 10648, 12167, 13824, 15625, 17576, 19683, 21952, 24389, 27000, 29791, 32768,
  35937, 39304, 42875, 46656,
];

let status: MpzStatus = MpzStatus.Ok;

/** Why the last failed call failed (only meaningful right after a failure). */
export function mpz_status(): MpzStatus {
  return status;
}

// ---- digit arrays: d is the address of digit 0 ----

function ld(d: u32, i: u32): u16 {
  return load_u16(d + i * 2);
}

function st(d: u32, i: u32, v: u16): void {
  store_u16(d + i * 2, v);
}

/** r = a + b over alen digits (alen >= blen; r may be a). Returns the carry out. */
function add_digits(r: u32, a: u32, alen: u32, b: u32, blen: u32): u16 {
  let carry: u16 = 0;
  for (let i: u32 = 0; i < alen; i++) {
    const s: i32 = ld(a, i) + (i < blen ? ld(b, i) : 0) + carry;
    st(r, i, s & 0xffff);
    carry = s >>> 16;
  }
  return carry;
}

/** r = a - b over alen digits (a >= b, alen >= blen; r may be a or b). */
function sub_digits(r: u32, a: u32, alen: u32, b: u32, blen: u32): void {
  let borrow: u16 = 0;
  for (let i: u32 = 0; i < alen; i++) {
    const d: i32 = ld(a, i) - (i < blen ? ld(b, i) : 0) - borrow;
    st(r, i, d & 0xffff);
    borrow = d < 0 ? 1 : 0;
  }
}

/** r = a - 1 over len digits (a >= 1; r may be a). */
function dec_digits(r: u32, a: u32, len: u32): void {
  let borrow: u16 = 1;
  for (let i: u32 = 0; i < len; i++) {
    const d: i32 = ld(a, i) - borrow;
    st(r, i, d & 0xffff);
    borrow = d < 0 ? 1 : 0;
  }
}

/** d = d * m + add over len digits, in place. Returns the carry out (the next digit). */
function mul_add_digits(d: u32, len: u32, m: u16, add: u16): u16 {
  let carry: u16 = add;
  for (let i: u32 = 0; i < len; i++) {
    const t: u32 = ld(d, i) * m + carry;
    st(d, i, t & 0xffff);
    carry = t >>> 16;
  }
  return carry;
}

/** d = d / v over len digits, in place (v > 0). Returns the remainder. */
function div_small_digits(d: u32, len: u32, v: u16): u16 {
  let rem: u16 = 0;
  for (let i: u32 = len; i > 0; i--) {
    const k: u32 = (i - 1) >>> 0;
    const t: u32 = rem * 65536 + ld(d, k);
    st(d, k, ((t / v) >>> 0) & 0xffff);
    rem = (t % v) >>> 0;
  }
  return rem;
}

/** div_small_digits(d, len, 10000): str() in decimal, with a divisor C turns into a multiply. */
function div_10000_digits(d: u32, len: u32): u16 {
  let rem: u16 = 0;
  for (let i: u32 = len; i > 0; i--) {
    const k: u32 = (i - 1) >>> 0;
    const t: u32 = rem * 65536 + ld(d, k);
    st(d, k, ((t / 10000) >>> 0) & 0xffff);
    rem = t % 10000;
  }
  return rem;
}

/** r = a * b (schoolbook); r has alen + blen digits, all zero on entry. */
function mul_digits(r: u32, a: u32, alen: u32, b: u32, blen: u32): void {
  for (let i: u32 = 0; i < alen; i++) {
    const ai: u16 = ld(a, i);
    let carry: u16 = 0;
    for (let j: u32 = 0; j < blen; j++) {
      const k: u32 = (i + j) >>> 0;
      const t: u32 = ld(r, k) + ai * ld(b, j) + carry;
      st(r, k, t & 0xffff);
      carry = t >>> 16;
    }
    st(r, (i + blen) >>> 0, carry);
  }
}

/** r = a << s over len digits (s in 0..15; r may be a). Returns the bits shifted out of the top. */
function shl_digits(r: u32, a: u32, len: u32, s: u32): u16 {
  const n: u32 = s & 15;
  const top: u16 = len === 0 ? 0 : ld(a, (len - 1) >>> 0) >>> (16 - n);
  for (let i: u32 = len; i > 0; i--) {
    const k: u32 = (i - 1) >>> 0;
    const lower: u16 = k > 0 ? ld(a, (k - 1) >>> 0) : 0;
    st(r, k, ((ld(a, k) << n) | (lower >>> (16 - n))) & 0xffff);
  }
  return top;
}

/** r = a >> s over len digits (s in 0..15; r may be a). */
function shr_digits(r: u32, a: u32, len: u32, s: u32): void {
  const n: u32 = s & 15;
  for (let i: u32 = 0; i < len; i++) {
    const next: u32 = (i + 1) >>> 0;
    const upper: u16 = next < len ? ld(a, next) : 0;
    st(r, i, ((ld(a, i) >>> n) | (upper << (16 - n))) & 0xffff);
  }
}

function cmp_digits(a: u32, alen: u32, b: u32, blen: u32): i32 {
  if (alen !== blen) return alen < blen ? -1 : 1;
  for (let i: u32 = alen; i > 0; i--) {
    const x: u16 = ld(a, (i - 1) >>> 0);
    const y: u16 = ld(b, (i - 1) >>> 0);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// ---- long division (Knuth, TAOCP vol. 2, 4.3.1, algorithm D) ----

/** Is the estimated quotient digit too big: qhat * v2 > rhat * 2^16 + u2? */
function qhat_too_big(qhat: u16, rhat: u32, v2: u16, u2: u16): bool {
  if (rhat > 0xffff) return false;
  const r16: u16 = rhat & 0xffff;
  return qhat * v2 > r16 * 65536 + u2;
}

/** u[0..n] -= q * v[0..n-1]; true when the result went negative (q was one too big). */
function sub_mul_digits(u: u32, v: u32, n: u32, q: u16): bool {
  let carry: u16 = 0;
  let borrow: u16 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const p: u32 = q * ld(v, i) + carry;
    carry = p >>> 16;
    const d: i32 = ld(u, i) - (p & 0xffff) - borrow;
    st(u, i, d & 0xffff);
    borrow = d < 0 ? 1 : 0;
  }
  const top: i32 = ld(u, n) - carry - borrow;
  st(u, n, top & 0xffff);
  return top < 0;
}

/**
 * q = u / v, and u becomes the remainder. v has n >= 2 digits with the top bit set
 * (normalized); u has m + n + 1 digits, the top one below v's top digit; q has m + 1.
 */
function divide_digits(q: u32, u: u32, m: u32, v: u32, n: u32): void {
  const vtop: u16 = ld(v, (n - 1) >>> 0);
  const v2: u16 = ld(v, (n - 2) >>> 0);
  for (let j: u32 = (m + 1) >>> 0; j > 0; j--) {
    const k: u32 = (j - 1) >>> 0;
    const uk: u32 = (u + k * 2) >>> 0;
    const top: u32 = ld(uk, n) * 65536 + ld(uk, (n - 1) >>> 0);
    let qhat: u16 = Math.min((top / vtop) >>> 0, 0xffff);
    let rhat: u32 = (top - qhat * vtop) >>> 0;
    while (qhat_too_big(qhat, rhat, v2, ld(uk, (n - 2) >>> 0))) {
      qhat = (qhat - 1) & 0xffff;
      rhat = (rhat + vtop) >>> 0;
    }
    if (sub_mul_digits(uk, v, n, qhat)) {
      qhat = (qhat - 1) & 0xffff;
      add_digits(uk, uk, n, v, n);
      // The carry out of the add cancels the borrow left in u[n].
      st(uk, n, 0);
    }
    st(q, k, qhat);
  }
}

// ---- objects ----

function digits(p: ref): u32 {
  return (p + DIGITS) >>> 0;
}

function ndig(p: ref): u32 {
  return Math.abs(Mpz.size.get(p));
}

function is_neg(p: ref): bool {
  return Mpz.size.get(p) < 0;
}

function fail(why: MpzStatus): ref {
  status = why;
  return 0;
}

/** A zero mpz with room for n digits, or 0 (Memory). May collect. */
function alloc(n: u32): ref {
  if (n > MAX_DIGITS) return fail(MpzStatus.Memory);
  const p: ref = gc_alloc((DIGITS + n * 2) >>> 0);
  if (p === 0) return fail(MpzStatus.Memory);
  Mpz.type.set(p, type_word(TypeId.int));
  Mpz.alloc.set(p, n);
  return p;
}

/** alloc(n), keeping a and b alive across the collection it may run. */
function alloc_keeping(n: u32, a: ref, b: ref): ref {
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  const p: ref = alloc(n);
  gc_root_restore(depth);
  return p;
}

/** Digits of p up to its top non-zero one (p may be under construction). */
function top_len(p: ref): u32 {
  const d: u32 = digits(p);
  let n: u32 = Mpz.alloc.get(p);
  while (n > 0 && ld(d, (n - 1) >>> 0) === 0) n = (n - 1) >>> 0;
  return n;
}

/** Make p a value: its length, its sign (zero is never negative). */
function finish(p: ref, neg: bool): ref {
  const n: u32 = top_len(p);
  Mpz.size.set(p, neg ? (0 - n) | 0 : n | 0);
  return p;
}

/**
 * Results are allocated within a digit or two of their size, except where digits cancel
 * (x - (x - 1), x ^ (x + 1)): such a result, when far smaller than its object, moves to
 * one of its size and the big one becomes garbage. (Shrinking in place would leave a
 * small free hole behind gc_alloc's first-fit search point, which then rescans every
 * object allocated after the hole.)
 */
function compact(p: ref): ref {
  if (p === 0 || ((Mpz.alloc.get(p) - ndig(p)) >>> 0) < COMPACT_DIGITS) return p;
  const r: ref = copy(p, is_neg(p));
  return r === 0 ? p : r;
}

function from_u32(v: u32, neg: bool): ref {
  const p: ref = alloc(2);
  if (p === 0) return 0;
  st(digits(p), 0, v & 0xffff);
  st(digits(p), 1, v >>> 16);
  return finish(p, neg);
}

/** A copy of a with the given sign. */
function copy(a: ref, neg: bool): ref {
  const n: u32 = ndig(a);
  const r: ref = alloc_keeping(n, a, a);
  if (r === 0) return 0;
  mem_copy(digits(r), digits(a), n * 2);
  return finish(r, neg);
}

// ---- construction and inspection ----

export function mpz_from_i32(v: i32): ref {
  return from_u32(Math.abs(v), v < 0);
}

export function mpz_from_u32(v: u32): ref {
  return from_u32(v, false);
}

export function mpz_is_zero(a: ref): bool {
  return ndig(a) === 0;
}

export function mpz_is_neg(a: ref): bool {
  return is_neg(a);
}

export function mpz_bit_length(a: ref): u32 {
  const n: u32 = ndig(a);
  if (n === 0) return 0;
  return ((n - 1) * 16 + 32 - Math.clz32(ld(digits(a), (n - 1) >>> 0))) >>> 0;
}

/** |a| mod 2^32. */
function low_word(a: ref): u32 {
  const n: u32 = ndig(a);
  const d: u32 = digits(a);
  return (n > 0 ? ld(d, 0) : 0) + (n > 1 ? ld(d, 1) : 0) * 65536;
}

export function mpz_fits_i32(a: ref): bool {
  if (ndig(a) > 2) return false;
  return is_neg(a) ? low_word(a) <= 0x80000000 : low_word(a) <= 0x7fffffff;
}

/** a modulo 2^32 as an i32: a itself when mpz_fits_i32(a). */
export function mpz_to_i32(a: ref): i32 {
  return is_neg(a) ? (0 - low_word(a)) | 0 : low_word(a) | 0;
}

/**
 * hash(a) as MicroPython computes it: a modulo 2^31, in the small-int range
 * (-2^30..2^30-1), so a value equal to a small int hashes like it. (CPython reduces
 * modulo 2^61 - 1 instead: a deliberate MicroPython difference.)
 */
export function mpz_hash(a: ref): i32 {
  return (mpz_to_i32(a) << 1) >> 1;
}

/** -1, 0 or 1 as a < b, a == b, a > b. */
export function mpz_cmp(a: ref, b: ref): i32 {
  const an: bool = is_neg(a);
  if (an !== is_neg(b)) return an ? -1 : 1;
  return an ? cmp_mag(b, a) : cmp_mag(a, b);
}

function cmp_mag(a: ref, b: ref): i32 {
  return cmp_digits(digits(a), ndig(a), digits(b), ndig(b));
}

// ---- floats ----

/** int(x): truncated toward zero. NaN is Invalid, an infinity Overflow. */
export function mpz_from_f64(x: f64): ref {
  if (x !== x) return fail(MpzStatus.Invalid);
  if (x === Infinity || x === -Infinity) return fail(MpzStatus.Overflow);
  let t: f64 = Math.trunc(Math.abs(x));
  let n: u32 = 0;
  for (let v: f64 = t; v >= 1; v = Math.floor(v / 65536)) n = (n + 1) >>> 0;
  const r: ref = alloc(n);
  if (r === 0) return 0;
  // Dividing by 2^16 and flooring are exact on doubles of this size.
  for (let i: u32 = 0; i < n; i++) {
    const q: f64 = Math.floor(t / 65536);
    st(digits(r), i, ((t - q * 65536) | 0) & 0xffff);
    t = q;
  }
  return finish(r, x < 0);
}

/** Bits [pos, pos + n) of |a|, n in 1..16. */
function bits_at(a: ref, pos: u32, n: u32): u32 {
  const d: u32 = digits(a);
  const i: u32 = pos >>> 4;
  const s: u32 = pos & 15;
  const lo: u32 = i < ndig(a) ? ld(d, i) >>> s : 0;
  const hi: u32 = i + 1 < ndig(a) ? (ld(d, i + 1) << (16 - s)) >>> 0 : 0;
  return ((lo | hi) & ((1 << (n & 31)) - 1)) >>> 0;
}

function bit(a: ref, i: u32): bool {
  return bits_at(a, i, 1) === 1;
}

/** Is any bit of |a| below pos set? (pos < bit length) */
function any_bits_below(a: ref, pos: u32): bool {
  const d: u32 = digits(a);
  const i: u32 = pos >>> 4;
  for (let k: u32 = 0; k < i; k++) if (ld(d, k) !== 0) return true;
  return (ld(d, i) & ((1 << (pos & 15)) - 1)) !== 0;
}

/** m * 2^k: exact, until it overflows to Infinity. */
function scale(m: f64, k: u32): f64 {
  let x: f64 = m;
  for (let i: u32 = 0; i < k && x !== Infinity; i++) x = x * 2;
  return x;
}

/** |a| >> shift when that is below 2^53, as an exact double. */
function top_bits(a: ref, shift: u32): f64 {
  const b48: f64 = bits_at(a, (shift + 48) >>> 0, 5) * 281474976710656.0;
  const b32: f64 = bits_at(a, (shift + 32) >>> 0, 16) * 4294967296.0;
  return b48 + b32 + bits_at(a, (shift + 16) >>> 0, 16) * 65536.0 + bits_at(a, shift, 16);
}

/**
 * float(a), correctly rounded: the top 53 bits, plus one when the first bit dropped is
 * set and so is a bit below it or the last bit kept (to nearest, ties to even). Too
 * large: ±Infinity and Overflow.
 */
export function mpz_to_f64(a: ref): f64 {
  const bits: u32 = mpz_bit_length(a);
  const shift: u32 = bits > 53 ? (bits - 53) >>> 0 : 0;
  let m: f64 = top_bits(a, shift);
  const half: u32 = (shift - 1) >>> 0;
  if (shift > 0 && bit(a, half) && (bit(a, shift) || any_bits_below(a, half))) m = m + 1;
  const x: f64 = scale(m, shift);
  if (x === Infinity) status = MpzStatus.Overflow;
  return is_neg(a) ? -x : x;
}

// ---- text ----

// int() strips ASCII whitespace (not \x1c-\x1f, though str.isspace() says so): char_is_space.

/** The value of a digit character in any base; 36 for anything else ('_' included). */
function digit_value(c: u32): u32 {
  if (c >= 48 && c <= 57) return (c - 48) >>> 0;
  if (c >= 97 && c <= 122) return (c - 87) >>> 0;
  if (c >= 65 && c <= 90) return (c - 55) >>> 0;
  return 36;
}

/** The base a prefix letter after '0' names (x, o, b, either case); 0 for none. */
function prefix_base(c: u32): u32 {
  if (c === 120 || c === 88) return 16;
  if (c === 111 || c === 79) return 8;
  if (c === 98 || c === 66) return 2;
  return 0;
}

/**
 * The digits in [p, p + n) when they form a numeral in base b: digits with single
 * underscores between them (and one before the first, after a prefix). 0 when not.
 */
function count_digits(p: u32, n: u32, b: u32, after_prefix: bool): u32 {
  let count: u32 = 0;
  let underscore_ok: bool = after_prefix;
  for (let i: u32 = 0; i < n; i++) {
    const c: u8 = load_u8(p + i);
    if (c === 95 && !underscore_ok) return 0;
    if (c !== 95 && digit_value(c) >= b) return 0;
    underscore_ok = c !== 95;
    if (c !== 95) count = (count + 1) >>> 0;
  }
  return underscore_ok ? count : 0;
}

/** r = the digits in [p, p + n), base b, read CHUNK_CHARS[b] at a time. */
function accumulate(r: ref, p: u32, n: u32, b: u8, count: u32): void {
  const d: u32 = digits(r);
  const k: u8 = CHUNK_CHARS[b]!;
  let len: u32 = 0;
  let chunk: u16 = 0;
  // The first chunk takes the odd characters; r is zero until it is added.
  let left: u32 = (count % k) >>> 0;
  if (left === 0) left = k;
  for (let i: u32 = 0; i < n; i++) {
    const v: u32 = digit_value(load_u8(p + i));
    if (v >= b) continue;
    chunk = (chunk * b + v) & 0xffff; // below CHUNK_POW[b]: the mask changes nothing
    left = (left - 1) >>> 0;
    if (left === 0) {
      const carry: u16 = mul_add_digits(d, len, CHUNK_POW[b]!, chunk);
      if (carry !== 0) {
        st(d, len, carry);
        len = (len + 1) >>> 0;
      }
      chunk = 0;
      left = k;
    }
  }
}

/**
 * int(text, base) for the bytes [addr, addr + len): surrounding whitespace, a sign,
 * a 0x/0o/0b prefix (base 0 picks the base from it; base 16, 8, 2 allow theirs), single
 * underscores between digits, and base 0's rule that a decimal does not start with 0
 * unless it is zero. Invalid for anything else, including base outside 0 and 2..36.
 * No limit on the number of digits (CPython's int_max_str_digits is not applied).
 * The text must stay alive (rooted by the caller) if it is in a heap object.
 */
export function mpz_from_str(addr: u32, len: u32, base: u32): ref {
  let i: u32 = 0;
  let end: u32 = len;
  while (i < end && char_is_space(load_u8(addr + i))) i = (i + 1) >>> 0;
  while (end > i && char_is_space(load_u8(addr + end - 1))) end = (end - 1) >>> 0;
  const sign: u8 = i < end ? load_u8(addr + i) : 0;
  if (sign === 43 || sign === 45) i = (i + 1) >>> 0;
  let b: u32 = base;
  let prefixed: bool = false;
  if (((end - i) >>> 0) >= 2 && load_u8(addr + i) === 48) {
    const pb: u32 = prefix_base(load_u8(addr + i + 1));
    if (pb !== 0 && (b === 0 || b === pb)) {
      b = pb;
      i = (i + 2) >>> 0;
      prefixed = true;
    }
  }
  const leading_zero: bool = b === 0 && i < end && load_u8(addr + i) === 48;
  if (b === 0) b = 10;
  if (b < 2 || b > 36) return fail(MpzStatus.Invalid);
  const count: u32 = count_digits((addr + i) >>> 0, (end - i) >>> 0, b, prefixed);
  if (count === 0) return fail(MpzStatus.Invalid);
  if (count > 0x10000000) return fail(MpzStatus.Memory);
  // Every chunk of k characters adds at most the bits of base^k.
  const k: u32 = CHUNK_CHARS[b & 63]!;
  const chunks: u32 = (((count + k - 1) >>> 0) / k) >>> 0;
  const bits: u32 = (chunks * (32 - Math.clz32(CHUNK_POW[b & 63]!))) >>> 0;
  const r: ref = alloc(((bits + 15) >>> 4) + 1);
  if (r === 0) return 0;
  accumulate(r, (addr + i) >>> 0, (end - i) >>> 0, b & 63, count);
  finish(r, sign === 45);
  if (leading_zero && ndig(r) !== 0) return fail(MpzStatus.Invalid);
  return r;
}

/** Most characters mpz_to_str writes for n digits in base (per chunk rounding and sign included). */
function text_max(n: u32, base: u32): u32 {
  const per_char: i32 = 31 - Math.clz32(base);
  return ((n * 16.0) / per_char + 17) >>> 0;
}

/** The bytes mpz_to_str needs at buf: room for the text and for a working copy of a. */
export function mpz_str_size(a: ref, base: u32): u32 {
  return (text_max(ndig(a), base) + 2 + ndig(a) * 2) >>> 0;
}

/**
 * a in base 2..36 (lowercase letters, '-' for negatives, no prefix), written at the start
 * of buf, which has mpz_str_size(a, base) bytes and an even address. Returns the length.
 * Never allocates: digits come from the bottom, a chunk at a time, by dividing a copy.
 */
export function mpz_to_str(a: ref, base: u32, buf: u32): u32 {
  let n: u32 = ndig(a);
  const end: u32 = (buf + text_max(n, base)) >>> 0;
  const work: u32 = ((end + 1) & ~1) >>> 0;
  mem_copy(work, digits(a), n * 2);
  const k: u8 = CHUNK_CHARS[base]!;
  let pos: u32 = end;
  while (n > 0) {
    let rem: u32 = base === 10 ? div_10000_digits(work, n) : div_small_digits(work, n, CHUNK_POW[base]!);
    if (ld(work, (n - 1) >>> 0) === 0) n = (n - 1) >>> 0;
    for (let j: u32 = 0; j < k; j++) {
      pos = (pos - 1) >>> 0;
      store_u8(pos, DIGIT_CHARS.charCodeAt((rem % base) >>> 0));
      rem = (rem / base) >>> 0;
    }
  }
  while (((pos + 1) >>> 0) < end && load_u8(pos) === 48) pos = (pos + 1) >>> 0;
  if (pos === end) {
    pos = (pos - 1) >>> 0;
    store_u8(pos, 48);
  }
  if (is_neg(a)) {
    pos = (pos - 1) >>> 0;
    store_u8(pos, 45);
  }
  mem_copy(buf, pos, end - pos);
  return (end - pos) >>> 0;
}

// ---- arithmetic ----

/** a + (b with sign bneg): the larger magnitude minus or plus the smaller. */
function add_signed(a: ref, b: ref, bneg: bool): ref {
  const swap: bool = cmp_mag(a, b) < 0;
  const x: ref = swap ? b : a;
  const y: ref = swap ? a : b;
  const r: ref = alloc_keeping((ndig(x) + 1) >>> 0, a, b);
  if (r === 0) return 0;
  if (is_neg(a) === bneg) {
    st(digits(r), ndig(x), add_digits(digits(r), digits(x), ndig(x), digits(y), ndig(y)));
  } else {
    sub_digits(digits(r), digits(x), ndig(x), digits(y), ndig(y));
  }
  return compact(finish(r, swap ? bneg : is_neg(a)));
}

export function mpz_add(a: ref, b: ref): ref {
  return add_signed(a, b, is_neg(b));
}

export function mpz_sub(a: ref, b: ref): ref {
  return add_signed(a, b, !is_neg(b));
}

export function mpz_mul(a: ref, b: ref): ref {
  const r: ref = alloc_keeping((ndig(a) + ndig(b)) >>> 0, a, b);
  if (r === 0) return 0;
  mul_digits(digits(r), digits(a), ndig(a), digits(b), ndig(b));
  return finish(r, is_neg(a) !== is_neg(b));
}

export function mpz_neg(a: ref): ref {
  return ndig(a) === 0 ? a : copy(a, !is_neg(a));
}

export function mpz_abs(a: ref): ref {
  return is_neg(a) ? copy(a, false) : a;
}

/**
 * Truncated division of magnitudes into the (rooted) pair: q = |a| / |b| with a spare
 * top digit, r = |a| % |b| with |b|'s digits. Neither is finished yet.
 */
function divide(pair: ref, a: ref, b: ref): bool {
  const alen: u32 = ndig(a);
  const blen: u32 = ndig(b);
  const q: ref = alloc(alen >= blen ? (alen - blen + 2) >>> 0 : 1);
  if (q === 0) return false;
  MpzPair.q.set(pair, q);
  const r: ref = alloc(blen);
  if (r === 0) return false;
  MpzPair.r.set(pair, r);
  if (cmp_mag(a, b) < 0) {
    mem_copy(digits(r), digits(a), alen * 2);
  } else if (blen === 1) {
    mem_copy(digits(q), digits(a), alen * 2);
    st(digits(r), 0, div_small_digits(digits(q), alen, ld(digits(b), 0)));
  } else {
    // Scratch: u and v shifted so that v's top bit is set; u ends as the remainder.
    const u: ref = alloc((alen + 1) >>> 0);
    const v: ref = u === 0 ? 0 : alloc_keeping(blen, u, u);
    if (v === 0) return false;
    const s: u32 = (Math.clz32(ld(digits(b), (blen - 1) >>> 0)) - 16) & 15;
    shl_digits(digits(v), digits(b), blen, s);
    st(digits(u), alen, shl_digits(digits(u), digits(a), alen, s));
    divide_digits(digits(q), digits(u), (alen - blen) >>> 0, digits(v), blen);
    shr_digits(digits(r), digits(u), blen, s);
  }
  return true;
}

/**
 * divmod(a, b) with Python's floor semantics: q = floor(a / b), r = a - q * b, which has
 * the sign of b. Returns an MpzPair; ZeroDivision when b is zero.
 */
export function mpz_divmod(a: ref, b: ref): ref {
  if (ndig(b) === 0) return fail(MpzStatus.ZeroDivision);
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  const pair: ref = gc_alloc(MpzPair.SIZE);
  if (pair !== 0) gc_root_push(pair);
  const ok: bool = pair !== 0 && divide(pair, a, b);
  gc_root_restore(depth);
  if (!ok) return fail(MpzStatus.Memory);
  const q: ref = MpzPair.q.get(pair);
  const r: ref = MpzPair.r.get(pair);
  const differ: bool = is_neg(a) !== is_neg(b);
  if (differ && top_len(r) !== 0) {
    // Truncation rounded toward zero: one more step down, and r = |b| - r.
    mul_add_digits(digits(q), Mpz.alloc.get(q), 1, 1);
    sub_digits(digits(r), digits(b), ndig(b), digits(r), top_len(r));
  }
  finish(q, differ);
  finish(r, is_neg(b));
  return pair;
}

export function mpz_floordiv(a: ref, b: ref): ref {
  const pair: ref = mpz_divmod(a, b);
  return pair === 0 ? 0 : MpzPair.q.get(pair);
}

export function mpz_mod(a: ref, b: ref): ref {
  const pair: ref = mpz_divmod(a, b);
  return pair === 0 ? 0 : MpzPair.r.get(pair);
}

/** Would a ** e certainly not fit the heap? (|a| >= 2^(bits - 1), so a ** e has that many bits times e.) */
function power_too_big(a: ref, e: ref): bool {
  const bits: u32 = mpz_bit_length(a);
  return bits > 1 && ((bits - 1) >>> 0) * mpz_to_f64(e) > gc_mem_total() * 8.0;
}

/** a ** e for e >= 0 (a negative e is Invalid: the caller computes a float). */
export function mpz_pow(a: ref, e: ref): ref {
  if (is_neg(e)) return fail(MpzStatus.Invalid);
  if (power_too_big(a, e)) return fail(MpzStatus.Memory);
  const depth: u32 = gc_root_push(a);
  gc_root_push(e);
  // Left to right: square for every bit of e, multiply by a for the set ones. (r needs no
  // root: it is only ever an argument of the next call, which keeps it.)
  let r: ref = from_u32(1, false);
  for (let i: u32 = mpz_bit_length(e); i > 0 && r !== 0; i--) {
    r = mpz_mul(r, r);
    if (r !== 0 && bit(e, (i - 1) >>> 0)) r = mpz_mul(r, a);
  }
  gc_root_restore(depth);
  return r;
}

/** (x * y) mod m, m > 0. */
function mul_mod(x: ref, y: ref, m: ref): ref {
  const t: ref = mpz_mul(x, y);
  return t === 0 ? 0 : mpz_mod(t, m);
}

/** a ** e mod m for a in [0, m), e >= 0, m > 0; all kept alive by the caller. */
function pow_mod(a: ref, e: ref, m: ref): ref {
  let r: ref = from_u32(1, false);
  for (let i: u32 = mpz_bit_length(e); i > 0 && r !== 0; i--) {
    r = mul_mod(r, r, m);
    if (r !== 0 && bit(e, (i - 1) >>> 0)) r = mul_mod(r, a, m);
  }
  return r === 0 ? 0 : mpz_mod(r, m); // 1 mod 1 is 0
}

/**
 * The inverse of a modulo m (a in [0, m), m > 0) by the extended Euclidean algorithm;
 * Invalid when gcd(a, m) is not 1. Keeps r0 = s0 * a and r1 = s1 * a (mod m).
 */
function mod_inverse(a: ref, m: ref): ref {
  let r0: ref = a;
  let r1: ref = m;
  const r0_slot: u32 = gc_root_push(r0);
  const r1_slot: u32 = gc_root_push(r1);
  let s0: ref = from_u32(1, false);
  const s0_slot: u32 = gc_root_push(s0);
  let s1: ref = from_u32(0, false);
  const s1_slot: u32 = gc_root_push(s1);
  while (s0 !== 0 && s1 !== 0 && ndig(r1) !== 0) {
    const pair: ref = mpz_divmod(r0, r1);
    if (pair === 0) break;
    const q: ref = MpzPair.q.get(pair);
    r0 = r1;
    r1 = MpzPair.r.get(pair);
    gc_root_set(r0_slot, r0);
    gc_root_set(r1_slot, r1);
    const t: ref = mpz_mul(q, s1);
    const s: ref = t === 0 ? 0 : mpz_sub(s0, t);
    s0 = s1;
    s1 = s;
    gc_root_set(s0_slot, s0);
    gc_root_set(s1_slot, s1);
  }
  let inv: ref = 0;
  if (s0 !== 0 && s1 !== 0 && ndig(r1) === 0) {
    inv = ndig(r0) === 1 && ld(digits(r0), 0) === 1 ? mpz_mod(s0, m) : fail(MpzStatus.Invalid);
  }
  gc_root_restore(r0_slot);
  return inv;
}

/**
 * pow(a, e, m): the result has the sign of m, as a % m. A negative e takes the inverse
 * of a modulo m first (Invalid when there is none). m = 0 is Invalid too.
 */
export function mpz_pow3(a: ref, e: ref, m: ref): ref {
  if (ndig(m) === 0) return fail(MpzStatus.Invalid);
  const depth: u32 = gc_root_push(a);
  gc_root_push(e);
  gc_root_push(m);
  const mm: ref = mpz_abs(m);
  gc_root_push(mm);
  let base: ref = mm === 0 ? 0 : mpz_mod(a, mm);
  const base_slot: u32 = gc_root_push(base);
  let exp: ref = e;
  if (base !== 0 && is_neg(e)) {
    base = mod_inverse(base, mm);
    gc_root_set(base_slot, base);
    exp = base === 0 ? 0 : mpz_neg(e);
  }
  gc_root_push(exp);
  let r: ref = base === 0 || exp === 0 ? 0 : pow_mod(base, exp, mm);
  if (r !== 0 && is_neg(m) && ndig(r) !== 0) r = mpz_add(r, m);
  gc_root_restore(depth);
  return r;
}

// ---- bits ----

const enum BitOp {
  And,
  Or,
  Xor,
}

/** The two's complement digit of a magnitude digit: ~x + carry (the carry out in bit 16). */
function twos(x: u16, carry: u16): u32 {
  return (x ^ 0xffff) + carry;
}

/**
 * a op b on two's complement numbers of infinite width: negative operands are complemented
 * digit by digit on the way in, a negative result on the way out. One digit more than the
 * longer operand holds the sign digit and the carry of the final complement.
 */
function bitwise(a: ref, b: ref, op: BitOp): ref {
  const alen: u32 = ndig(a);
  const blen: u32 = ndig(b);
  const an: bool = is_neg(a);
  const bn: bool = is_neg(b);
  const rn: bool = op === BitOp.And ? an && bn : op === BitOp.Or ? an || bn : an !== bn;
  // A non-negative operand bounds an and: its high digits meet zeros.
  const n: u32 = op === BitOp.And && !an ? alen : op === BitOp.And && !bn ? blen : (Math.max(alen, blen) + 1) >>> 0;
  const r: ref = alloc_keeping(n, a, b);
  if (r === 0) return 0;
  let ca: u16 = an ? 1 : 0;
  let cb: u16 = bn ? 1 : 0;
  let cr: u16 = rn ? 1 : 0;
  for (let i: u32 = 0; i < n; i++) {
    const x: u16 = i < alen ? ld(digits(a), i) : 0;
    const y: u16 = i < blen ? ld(digits(b), i) : 0;
    const tx: u32 = an ? twos(x, ca) : x;
    const ty: u32 = bn ? twos(y, cb) : y;
    ca = tx >>> 16;
    cb = ty >>> 16;
    const z: u16 = (op === BitOp.And ? tx & ty : op === BitOp.Or ? tx | ty : tx ^ ty) & 0xffff;
    const tz: u32 = rn ? twos(z, cr) : z;
    cr = tz >>> 16;
    st(digits(r), i, tz & 0xffff);
  }
  return compact(finish(r, rn));
}

export function mpz_and(a: ref, b: ref): ref {
  return bitwise(a, b, BitOp.And);
}

export function mpz_or(a: ref, b: ref): ref {
  return bitwise(a, b, BitOp.Or);
}

export function mpz_xor(a: ref, b: ref): ref {
  return bitwise(a, b, BitOp.Xor);
}

/** ~a = -a - 1: -(|a| + 1) for a >= 0, |a| - 1 for a < 0. */
export function mpz_invert(a: ref): ref {
  const n: u32 = ndig(a);
  const r: ref = alloc_keeping((n + 1) >>> 0, a, a);
  if (r === 0) return 0;
  if (is_neg(a)) {
    dec_digits(digits(r), digits(a), n);
    return finish(r, false);
  }
  mem_copy(digits(r), digits(a), n * 2);
  st(digits(r), n, mul_add_digits(digits(r), n, 1, 1));
  return finish(r, true);
}

/** a << n. */
export function mpz_shl(a: ref, n: u32): ref {
  const alen: u32 = ndig(a);
  if (alen === 0) return a;
  const w: u32 = n >>> 4;
  const r: ref = alloc_keeping((alen + w + 1) >>> 0, a, a);
  if (r === 0) return 0;
  const d: u32 = (digits(r) + w * 2) >>> 0;
  st(d, alen, shl_digits(d, digits(a), alen, n & 15));
  return finish(r, is_neg(a));
}

/** a >> n, rounding toward -infinity: a negative a whose shifted-out bits are not all 0 gets 1 more magnitude. */
export function mpz_shr(a: ref, n: u32): ref {
  const alen: u32 = ndig(a);
  const w: u32 = n >>> 4;
  if (w >= alen) return from_u32(is_neg(a) ? 1 : 0, is_neg(a));
  const len: u32 = (alen - w) >>> 0;
  const r: ref = alloc_keeping((len + 1) >>> 0, a, a);
  if (r === 0) return 0;
  shr_digits(digits(r), (digits(a) + w * 2) >>> 0, len, n & 15);
  if (is_neg(a) && n > 0 && any_bits_below(a, n)) st(digits(r), len, mul_add_digits(digits(r), len, 1, 1));
  return finish(r, is_neg(a));
}

// ---- bytes ----

/** Byte i of |a|, little-endian. */
function byte_at(a: ref, i: u32): u8 {
  const k: u32 = i >>> 1;
  return k < ndig(a) ? (ld(digits(a), k) >>> ((i & 1) * 8)) & 0xff : 0;
}

function is_power_of_two(a: ref): bool {
  const n: u32 = ndig(a);
  const top: u16 = ld(digits(a), (n - 1) >>> 0);
  return (top & (top - 1)) === 0 && !any_bits_below(a, ((n - 1) * 16) >>> 0);
}

/** Does a fit n bytes: 0..2^8n - 1 unsigned, -2^(8n-1)..2^(8n-1) - 1 signed? */
function bytes_fit(a: ref, n: u32, as_signed: bool): bool {
  if (ndig(a) === 0) return true;
  const bits: f64 = mpz_bit_length(a);
  const room: f64 = n * 8.0;
  if (!as_signed) return !is_neg(a) && bits <= room;
  if (!is_neg(a)) return bits < room;
  return bits < room || (bits === room && is_power_of_two(a));
}

/**
 * a.to_bytes(n, big ? "big" : "little", signed=as_signed) into [buf, buf + n): two's
 * complement when negative. False (Overflow) when a does not fit; buf is then untouched.
 */
export function mpz_to_bytes(a: ref, buf: u32, n: u32, big: bool, as_signed: bool): bool {
  if (!bytes_fit(a, n, as_signed)) {
    status = MpzStatus.Overflow;
    return false;
  }
  const neg: bool = is_neg(a);
  let carry: u16 = neg ? 1 : 0;
  for (let i: u32 = 0; i < n; i++) {
    const b: u8 = byte_at(a, i);
    const t: u32 = neg ? (b ^ 0xff) + carry : b;
    carry = t >>> 8;
    store_u8(big ? (buf + n - 1 - i) >>> 0 : (buf + i) >>> 0, t);
  }
  return true;
}

/**
 * int.from_bytes of [buf, buf + n): a set top bit makes it negative when signed. The
 * bytes must stay alive (rooted by the caller) if they are in a heap object.
 */
export function mpz_from_bytes(buf: u32, n: u32, big: bool, as_signed: bool): ref {
  if (n > MAX_DIGITS * 2) return fail(MpzStatus.Memory);
  const r: ref = alloc((n + 1) >>> 1);
  if (r === 0) return 0;
  const neg: bool = as_signed && n > 0 && load_u8(big ? buf : (buf + n - 1) >>> 0) >= 0x80;
  const d: u32 = digits(r);
  let carry: u16 = neg ? 1 : 0;
  for (let i: u32 = 0; i < n; i++) {
    const b: u8 = load_u8(big ? (buf + n - 1 - i) >>> 0 : (buf + i) >>> 0);
    const t: u32 = neg ? (b ^ 0xff) + carry : b;
    carry = t >>> 8;
    const k: u32 = i >>> 1;
    st(d, k, ld(d, k) | ((t & 0xff) << ((i & 1) * 8)));
  }
  return finish(r, neg);
}
