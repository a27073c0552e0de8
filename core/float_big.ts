// Fixed-capacity natural numbers for exact float <-> text conversion (core/float_format.ts,
// core/float_parse.ts). A number lives in a caller's scratch region of the arena, never in
// the heap:
//
//   u16 len   limbs in use (0 is zero; the top limb in use is never 0)
//   u16 cap   limbs available
//   u16 limb[cap], least significant first
//
// Limbs are 16 bits so that every intermediate (limb * limb + carry) stays below 2^32:
// the same arithmetic is exact in JavaScript doubles and in C's uint32_t, and needs no
// 64-bit multiply on a Cortex-M0+. Overflowing the capacity is a bug in the caller's
// sizing (each user proves its bound), reported with hal_fatal.

import { load_u16, store_u16, mem_copy, mem_fill, type u16, type u32, type i32, type f64, type bool } from "./subset/index.js";

/** Bytes a number of `limbs` limbs takes, rounded up to keep the next one 4-aligned. */
export function float_big_bytes(limbs: u16): u32 {
  return ((4 + limbs * 2 + 3) & ~3) >>> 0;
}

function limb_addr(b: u32, i: u32): u32 {
  return (b + 4 + i * 2) >>> 0;
}

/** Limb i, or 0 above the number's length. */
export function float_big_limb(b: u32, i: u32): u16 {
  return i < load_u16(b) ? load_u16(limb_addr(b, i)) : 0;
}

export function float_big_len(b: u32): u16 {
  return load_u16(b);
}

export function float_big_init(b: u32, limbs: u16): void {
  store_u16(b, 0);
  store_u16(b + 2, limbs);
}

function set_len(b: u32, n: u32): void {
  if (n > load_u16(b + 2)) hal_fatal("float_big: capacity exceeded");
  store_u16(b, n);
}

/** Drop top limbs that are 0. */
function trim(b: u32): void {
  let n: u32 = load_u16(b);
  while (n > 0 && load_u16(limb_addr(b, (n - 1) >>> 0)) === 0) n = (n - 1) >>> 0;
  store_u16(b, n);
}

/** b = hi * 2^32 + lo. */
export function float_big_set_u64(b: u32, hi: u32, lo: u32): void {
  set_len(b, 4);
  store_u16(limb_addr(b, 0), lo & 0xffff);
  store_u16(limb_addr(b, 1), lo >>> 16);
  store_u16(limb_addr(b, 2), hi & 0xffff);
  store_u16(limb_addr(b, 3), hi >>> 16);
  trim(b);
}

export function float_big_set_u32(b: u32, v: u32): void {
  float_big_set_u64(b, 0, v);
}

export function float_big_copy(dst: u32, src: u32): void {
  const n: u16 = load_u16(src);
  set_len(dst, n);
  mem_copy(limb_addr(dst, 0), limb_addr(src, 0), n * 2);
}

export function float_big_is_zero(b: u32): bool {
  return load_u16(b) === 0;
}

/** Number of significant bits (0 for zero). */
export function float_big_bitlen(b: u32): u32 {
  const n: u16 = load_u16(b);
  if (n === 0) return 0;
  const top: u16 = load_u16(limb_addr(b, (n - 1) >>> 0));
  return ((n - 1) * 16 + 32 - Math.clz32(top)) >>> 0;
}

/** The value as a double, exact while it is below 2^53 (callers check the length). */
export function float_big_to_f64(b: u32): f64 {
  let v: f64 = 0;
  for (let i: u32 = load_u16(b); i > 0; i--) v = v * 65536.0 + load_u16(limb_addr(b, (i - 1) >>> 0));
  return v;
}

/** b = b * f + add. */
export function float_big_mul_small(b: u32, f: u16, add: u16): void {
  const n: u16 = load_u16(b);
  let carry: u16 = add;
  for (let i: u32 = 0; i < n; i++) {
    const a: u32 = limb_addr(b, i);
    const p: u32 = load_u16(a) * f + carry;
    store_u16(a, p & 0xffff);
    carry = p >>> 16;
  }
  if (carry !== 0) {
    set_len(b, n + 1);
    store_u16(limb_addr(b, n), carry);
  }
}

/** 5^0 .. 5^6; 5^6 = 15625 is the largest power of 5 below 2^16. */
const POW5: readonly u16[] = [1, 5, 25, 125, 625, 3125, 15625];

/** b = b * 5^n. */
export function float_big_mul_pow5(b: u32, n: u32): void {
  let left: u32 = n;
  while (left >= 6) {
    float_big_mul_small(b, 15625, 0);
    left = (left - 6) >>> 0;
  }
  if (left > 0) float_big_mul_small(b, POW5[left]!, 0);
}

/** b = b * 2^bits. */
export function float_big_shl(b: u32, bits: u32): void {
  const n: u16 = load_u16(b);
  if (n === 0 || bits === 0) return;
  const whole: u32 = bits >>> 4;
  const part: u32 = bits & 15;
  let len: u32 = n;
  if (part !== 0) {
    // Shift within limbs, from the top down; the bits leaving the top make a new limb.
    const back: u32 = (16 - part) >>> 0;
    const out: u32 = load_u16(limb_addr(b, (n - 1) >>> 0)) >>> back;
    for (let i: u32 = (n - 1) >>> 0; i > 0; i--) {
      const hi: u32 = load_u16(limb_addr(b, i));
      const lo: u32 = load_u16(limb_addr(b, (i - 1) >>> 0));
      store_u16(limb_addr(b, i), ((hi << part) | (lo >>> back)) & 0xffff);
    }
    store_u16(limb_addr(b, 0), (load_u16(limb_addr(b, 0)) << part) & 0xffff);
    if (out !== 0) {
      set_len(b, n + 1);
      store_u16(limb_addr(b, n), out);
      len = (n + 1) >>> 0;
    }
  }
  if (whole !== 0) {
    set_len(b, (len + whole) >>> 0);
    mem_copy(limb_addr(b, whole), limb_addr(b, 0), len * 2);
    mem_fill(limb_addr(b, 0), 0, whole * 2);
  }
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function float_big_cmp(a: u32, b: u32): i32 {
  const na: u16 = load_u16(a);
  const nb: u16 = load_u16(b);
  if (na !== nb) return na < nb ? -1 : 1;
  for (let i: u32 = na; i > 0; i--) {
    const x: u16 = load_u16(limb_addr(a, (i - 1) >>> 0));
    const y: u16 = load_u16(limb_addr(b, (i - 1) >>> 0));
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** dst = a + b; dst may be a or b. */
export function float_big_add(dst: u32, a: u32, b: u32): void {
  const na: u16 = load_u16(a);
  const nb: u16 = load_u16(b);
  const n: u16 = na > nb ? na : nb;
  set_len(dst, n);
  let carry: u16 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const s: u32 = float_big_limb(a, i) + float_big_limb(b, i) + carry;
    store_u16(limb_addr(dst, i), s & 0xffff);
    carry = s >>> 16;
  }
  if (carry !== 0) {
    set_len(dst, n + 1);
    store_u16(limb_addr(dst, n), carry);
  }
}

/** a = a - b, for a >= b. */
export function float_big_sub(a: u32, b: u32): void {
  const na: u16 = load_u16(a);
  const nb: u16 = load_u16(b);
  let borrow: u16 = 0;
  for (let i: u32 = 0; i < na; i++) {
    if (i >= nb && borrow === 0) break;
    const d: i32 = load_u16(limb_addr(a, i)) - float_big_limb(b, i) - borrow;
    if (d < 0) {
      store_u16(limb_addr(a, i), d + 65536);
      borrow = 1;
    } else {
      store_u16(limb_addr(a, i), d);
      borrow = 0;
    }
  }
  trim(a);
}

/** r = r - q * s, for q * s <= r and q < 2^16. */
function sub_mul(r: u32, s: u32, q: u16): void {
  const nr: u16 = load_u16(r);
  const ns: u16 = load_u16(s);
  let carry: u16 = 0;
  let borrow: u16 = 0;
  for (let i: u32 = 0; i < nr; i++) {
    if (i >= ns && carry === 0 && borrow === 0) break;
    const p: u32 = float_big_limb(s, i) * q + carry;
    carry = p >>> 16;
    const d: i32 = load_u16(limb_addr(r, i)) - (p & 0xffff) - borrow;
    if (d < 0) {
      store_u16(limb_addr(r, i), d + 65536);
      borrow = 1;
    } else {
      store_u16(limb_addr(r, i), d);
      borrow = 0;
    }
  }
  trim(r);
}

/**
 * The quotient floor(r / s), leaving the remainder in r; s > 0 and the quotient must be
 * below 2^16 (r < 2^16 * s). The quotient is first estimated from the top 48 bits of r
 * over the top 32 bits of s plus one: never too big, and at most 3 too small, so at most
 * a few subtractions of s correct it. (A floor of a quotient below 2^17 whose exact value
 * is at least 2^-32 away from the next integer is exact in double arithmetic.)
 */
export function float_big_divmod(r: u32, s: u32): u16 {
  const n: u16 = load_u16(s);
  if (n === 0) hal_fatal("float_big: division by zero");
  if (float_big_cmp(r, s) < 0) return 0;
  let q: u32 = 0;
  if (n === 1) {
    const rv: u32 = ((float_big_limb(r, 1) << 16) | float_big_limb(r, 0)) >>> 0;
    q = (rv / load_u16(limb_addr(s, 0))) >>> 0;
  } else {
    const top: u32 = (n - 1) >>> 0;
    const next: u32 = (n - 2) >>> 0;
    const st: f64 = load_u16(limb_addr(s, top)) * 65536.0 + load_u16(limb_addr(s, next));
    const rt: f64 = float_big_limb(r, n) * 4294967296.0 + float_big_limb(r, top) * 65536.0 + float_big_limb(r, next);
    q = Math.floor(rt / (st + 1)) >>> 0;
  }
  if (q > 0xffff) hal_fatal("float_big: quotient beyond 16 bits");
  if (q !== 0) sub_mul(r, s, q & 0xffff);
  while (float_big_cmp(r, s) >= 0) {
    float_big_sub(r, s);
    q = (q + 1) >>> 0;
  }
  if (q > 0xffff) hal_fatal("float_big: quotient beyond 16 bits");
  return q & 0xffff;
}
