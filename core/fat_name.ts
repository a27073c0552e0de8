// FAT names (core/FAT.md): long names as UTF-16 in LFN entries (13 units each, tied to
// their short entry by a checksum), and 8.3 short names: a name that fits 8.3 in one
// case is stored as a short entry alone (lowercase through the case bits Windows NT and
// Linux use), any other gets long-name entries and a generated short name ("LONGFI~1.TXT",
// the ~N tail made unique in its directory by the caller).

import { load_u8, store_u8, type i32, type u32, type bool } from "./subset/index.js";
import { Errno, raise_os_error } from "./os_error.js";

/** The longest long name, in UTF-16 units. */
export const LFN_MAX_UNITS: u32 = 255;
export const LFN_UNITS_PER_ENTRY: u32 = 13;
/** Where each entry keeps its 13 units (byte offsets). */
const LFN_OFFSETS: readonly u32[] = [1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30];

export const enum ShortKind {
  /** The name is its short name: no long-name entries (case bits in sfn_case). */
  Exact = 0,
  /** Long-name entries, and the short name as made (mixed case only), unless taken. */
  Lossless = 1,
  /** Long-name entries, and a short name with a ~N tail. */
  Tailed = 2,
}

/** A name to create, as UTF-16 units. */
export const name_units = new Uint16Array(260);
export let name_unit_count: u32 = 0;
/** The short name made for it (11 bytes, space padded), its NT case bits, and the basis
 *  (before any tail) with its base length. */
export const sfn = new Uint8Array(11);
export let sfn_case: u32 = 0;
const basis = new Uint8Array(11);
let basis_len: u32 = 0;

/** The name of the entry a directory scan found, UTF-8. */
export const entry_name = new Uint8Array(800);
export let entry_name_len: u32 = 0;

/** Long-name parts gathered while scanning, until their short entry. */
const lfn_units = new Uint16Array(260);
let lfn_next: u32 = 0;
let lfn_sum: u32 = 0;
let lfn_count: u32 = 0;
let lfn_complete: bool = false;
export let lfn_first_index: u32 = 0;

function is_long_name_char(c: u32): bool {
  if (c < 0x20 || c === 0x7f) return false;
  return c !== 0x22 && c !== 0x2a && c !== 0x2f && c !== 0x3a && c !== 0x3c && c !== 0x3e && c !== 0x3f && c !== 0x5c && c !== 0x7c;
}

/** May c (ASCII, any case) stand in a short name? */
function is_short_name_char(c: u32): bool {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c >= 0x30 && c <= 0x39) return true;
  return c === 0x21 || c === 0x23 || c === 0x24 || c === 0x25 || c === 0x26 || c === 0x27 || c === 0x28 ||
    c === 0x29 || c === 0x2d || c === 0x40 || c === 0x5e || c === 0x5f || c === 0x60 || c === 0x7b || c === 0x7d || c === 0x7e;
}

function upper(c: u32): u32 {
  return c >= 0x61 && c <= 0x7a ? (c - 32) >>> 0 : c;
}

/** The name at addr (UTF-8, len bytes) as UTF-16 into name_units: EINVAL for characters
 *  FAT forbids (and names ending in a dot or space), ENAMETOOLONG past 255 units. */
export function name_take(addr: u32, len: u32): void {
  let n: u32 = 0;
  let i: u32 = 0;
  if (len === 0) raise_os_error(Errno.ENOENT);
  const last: u32 = load_u8((addr + len - 1) >>> 0);
  if (last === 0x2e || last === 0x20) raise_os_error(Errno.EINVAL);
  while (i < len) {
    const b: u32 = load_u8((addr + i) >>> 0);
    let cp: u32 = b;
    let size: u32 = 1;
    if (b >= 0xf0 && ((len - i) >>> 0) > 3) {
      cp = (((b & 7) << 18) | ((load_u8((addr + i + 1) >>> 0) & 63) << 12) | ((load_u8((addr + i + 2) >>> 0) & 63) << 6) | (load_u8((addr + i + 3) >>> 0) & 63)) >>> 0;
      size = 4;
    } else if (b >= 0xe0 && ((len - i) >>> 0) > 2) {
      cp = (((b & 15) << 12) | ((load_u8((addr + i + 1) >>> 0) & 63) << 6) | (load_u8((addr + i + 2) >>> 0) & 63)) >>> 0;
      size = 3;
    } else if (b >= 0xc0 && ((len - i) >>> 0) > 1) {
      cp = (((b & 31) << 6) | (load_u8((addr + i + 1) >>> 0) & 63)) >>> 0;
      size = 2;
    }
    if (!is_long_name_char(cp)) raise_os_error(Errno.EINVAL);
    if (((n + 2) >>> 0) > LFN_MAX_UNITS) raise_os_error(Errno.ENAMETOOLONG);
    if (cp >= 0x10000) {
      const rest: u32 = (cp - 0x10000) >>> 0;
      name_units[n] = 0xd800 | ((rest >>> 10) & 0x3ff);
      name_units[(n + 1) >>> 0] = 0xdc00 | (rest & 0x3ff);
      n = (n + 2) >>> 0;
    } else {
      name_units[n] = cp & 0xffff;
      n = (n + 1) >>> 0;
    }
    i = (i + size) >>> 0;
  }
  name_unit_count = n;
}

/**
 * Make the short name for the name in name_units (name_take) into sfn: ShortKind.Exact when
 * the name is 8.3 in one case per part, else the basis (uppercased, characters short names
 * cannot hold as '_', dots but the last and spaces dropped) with Lossless or Tailed.
 */
export function short_name_make(): ShortKind {
  const n: u32 = name_unit_count;
  let dot: i32 = -1;
  for (let i: u32 = 0; i < n; i++) {
    if (name_units[i]! === 0x2e) dot = i | 0;
  }
  const base_len: u32 = dot < 0 ? n : dot >>> 0;
  const ext_len: u32 = dot < 0 ? 0 : (n - (dot >>> 0) - 1) >>> 0;
  let fits: bool = base_len >= 1 && base_len <= 8 && ext_len <= 3;
  let base_lower: bool = false;
  let base_upper: bool = false;
  let ext_lower: bool = false;
  let ext_upper: bool = false;
  for (let i: u32 = 0; i < n && fits; i++) {
    if ((i | 0) === dot) continue;
    const c: u32 = name_units[i]!;
    if (!is_short_name_char(c)) {
      fits = false;
    } else if (c >= 0x61 && c <= 0x7a) {
      if (i < base_len) base_lower = true;
      else ext_lower = true;
    } else if (c >= 0x41 && c <= 0x5a) {
      if (i < base_len) base_upper = true;
      else ext_upper = true;
    }
  }
  for (let k: u32 = 0; k < 11; k++) sfn[k] = 0x20;
  if (fits) {
    for (let i: u32 = 0; i < base_len; i++) sfn[i] = upper(name_units[i]!);
    for (let i: u32 = 0; i < ext_len; i++) sfn[(8 + i) >>> 0] = upper(name_units[(base_len + 1 + i) >>> 0]!);
    for (let k: u32 = 0; k < 11; k++) basis[k] = sfn[k]!;
    basis_len = base_len;
    if (!(base_lower && base_upper) && !(ext_lower && ext_upper)) {
      sfn_case = (base_lower ? 0x08 : 0) | (ext_lower ? 0x10 : 0);
      return ShortKind.Exact;
    }
    sfn_case = 0;
    return ShortKind.Lossless;
  }
  // The basis: leading dots and every space dropped; the last dot (past the leading ones)
  // separates the extension.
  sfn_case = 0;
  let start: u32 = 0;
  while (start < n && name_units[start]! === 0x2e) start = (start + 1) >>> 0;
  let ext_at: i32 = -1;
  for (let i: u32 = start; i < n; i++) {
    if (name_units[i]! === 0x2e) ext_at = i | 0;
  }
  let b: u32 = 0;
  const base_end: u32 = ext_at < 0 ? n : ext_at >>> 0;
  for (let i: u32 = start; i < base_end && b < 8; i++) {
    const c: u32 = name_units[i]!;
    if (c === 0x20 || c === 0x2e) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a pair: one '_' for both
    sfn[b] = is_short_name_char(c) ? upper(c) : 0x5f;
    b = (b + 1) >>> 0;
  }
  if (b === 0) {
    sfn[0] = 0x5f;
    b = 1;
  }
  if (ext_at >= 0) {
    let e: u32 = 0;
    for (let i: u32 = ((ext_at >>> 0) + 1) >>> 0; i < n && e < 3; i++) {
      const c: u32 = name_units[i]!;
      if (c === 0x20 || (c >= 0xdc00 && c <= 0xdfff)) continue;
      sfn[(8 + e) >>> 0] = is_short_name_char(c) ? upper(c) : 0x5f;
      e = (e + 1) >>> 0;
    }
  }
  for (let k: u32 = 0; k < 11; k++) basis[k] = sfn[k]!;
  basis_len = b;
  return ShortKind.Tailed;
}

/** sfn = the basis with tail ~n (n from 1): the base is cut to leave room for the tail. */
export function short_name_tail(n: u32): void {
  let digits: u32 = 1;
  let p: u32 = 10;
  while (n >= p && digits < 7) {
    digits = (digits + 1) >>> 0;
    p = (p * 10) >>> 0;
  }
  const keep: u32 = Math.min(basis_len, (7 - digits) >>> 0);
  for (let k: u32 = 0; k < 11; k++) sfn[k] = k < 8 ? 0x20 : basis[k]!;
  for (let k: u32 = 0; k < keep; k++) sfn[k] = basis[k]!;
  sfn[keep] = 0x7e;
  let v: u32 = n;
  for (let d: u32 = digits; d > 0; d--) {
    sfn[(keep + d) >>> 0] = 0x30 + (v % 10);
    v = (v / 10) >>> 0;
  }
}

/** The checksum long-name entries carry of their short name (11 bytes at at). */
export function short_name_checksum(at: u32): u32 {
  let sum: u32 = 0;
  for (let k: u32 = 0; k < 11; k++) sum = ((((sum & 1) << 7) | (sum >>> 1)) + load_u8((at + k) >>> 0)) & 0xff;
  return sum;
}

export function sfn_checksum(): u32 {
  let sum: u32 = 0;
  for (let k: u32 = 0; k < 11; k++) sum = ((((sum & 1) << 7) | (sum >>> 1)) + sfn[k]!) & 0xff;
  return sum;
}

/** Fill the long-name entry at `at` with part `part` (1-based) of name_units; last: the final part. */
export function lfn_entry_fill(at: u32, part: u32, last: bool, checksum: u32): void {
  store_u8(at, part | (last ? 0x40 : 0));
  store_u8((at + 11) >>> 0, 0x0f);
  store_u8((at + 12) >>> 0, 0);
  store_u8((at + 13) >>> 0, checksum);
  store_u8((at + 26) >>> 0, 0);
  store_u8((at + 27) >>> 0, 0);
  const first: u32 = Math.imul((part - 1) >>> 0, LFN_UNITS_PER_ENTRY) >>> 0;
  for (let k: u32 = 0; k < LFN_UNITS_PER_ENTRY; k++) {
    const i: u32 = (first + k) >>> 0;
    // After the name: one 0x0000, then 0xffff padding.
    const unit: u32 = i < name_unit_count ? name_units[i]! : i === name_unit_count ? 0 : 0xffff;
    const off: u32 = LFN_OFFSETS[k]!;
    store_u8((at + off) >>> 0, unit & 0xff);
    store_u8((at + off + 1) >>> 0, unit >>> 8);
  }
}

// ---- reading names back ----

export function lfn_reset(): void {
  lfn_next = 0;
  lfn_complete = false;
}

/** Take the long-name entry at `at` (directory index i) into the gathered parts. */
export function lfn_gather(at: u32, i: u32): void {
  const ord: u32 = load_u8(at);
  const part: u32 = ord & 0x1f;
  const sum: u32 = load_u8((at + 13) >>> 0);
  if ((ord & 0x40) !== 0) {
    if (part === 0 || part > 20) {
      lfn_reset();
      return;
    }
    lfn_count = part;
    lfn_sum = sum;
    lfn_next = part;
    lfn_first_index = i;
    lfn_complete = false;
  }
  if (lfn_next === 0 || part !== lfn_next || sum !== lfn_sum) {
    lfn_reset();
    return;
  }
  const first: u32 = Math.imul((part - 1) >>> 0, LFN_UNITS_PER_ENTRY) >>> 0;
  for (let k: u32 = 0; k < LFN_UNITS_PER_ENTRY; k++) {
    const off: u32 = LFN_OFFSETS[k]!;
    lfn_units[(first + k) >>> 0] = load_u8((at + off) >>> 0) | (load_u8((at + off + 1) >>> 0) << 8);
  }
  lfn_next = (lfn_next - 1) >>> 0;
  lfn_complete = lfn_next === 0;
}

function name_put(b: u32): void {
  if (entry_name_len < 800) {
    entry_name[entry_name_len] = b & 0xff;
    entry_name_len = (entry_name_len + 1) >>> 0;
  }
}

function name_put_code(cp: u32): void {
  if (cp < 0x80) {
    name_put(cp);
  } else if (cp < 0x800) {
    name_put(0xc0 | (cp >>> 6));
    name_put(0x80 | (cp & 63));
  } else if (cp < 0x10000) {
    name_put(0xe0 | (cp >>> 12));
    name_put(0x80 | ((cp >>> 6) & 63));
    name_put(0x80 | (cp & 63));
  } else {
    name_put(0xf0 | ((cp >>> 18) & 7));
    name_put(0x80 | ((cp >>> 12) & 63));
    name_put(0x80 | ((cp >>> 6) & 63));
    name_put(0x80 | (cp & 63));
  }
}

/**
 * The name of the short entry at `at` into entry_name: the gathered long name when its
 * parts are all there and their checksum matches, else the 8.3 name with its case bits.
 * True when a long name was used (its entries start at lfn_first_index).
 */
export function entry_name_decode(at: u32): bool {
  entry_name_len = 0;
  const has_long: bool = lfn_complete && short_name_checksum(at) === lfn_sum;
  lfn_reset();
  if (has_long) {
    const total: u32 = Math.imul(lfn_count, LFN_UNITS_PER_ENTRY) >>> 0;
    let i: u32 = 0;
    while (i < total) {
      const u: u32 = lfn_units[i]!;
      if (u === 0) break;
      if (u >= 0xd800 && u <= 0xdbff && ((i + 1) >>> 0) < total) {
        const lo: u32 = lfn_units[(i + 1) >>> 0]!;
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          name_put_code((0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00)) >>> 0);
          i = (i + 2) >>> 0;
          continue;
        }
      }
      name_put_code(u);
      i = (i + 1) >>> 0;
    }
    return true;
  }
  const case_bits: u32 = load_u8((at + 12) >>> 0);
  let base_end: u32 = 8;
  while (base_end > 0 && load_u8((at + base_end - 1) >>> 0) === 0x20) base_end = (base_end - 1) >>> 0;
  for (let k: u32 = 0; k < base_end; k++) {
    let c: u32 = load_u8((at + k) >>> 0);
    if (k === 0 && c === 0x05) c = 0xe5;
    name_put_short(c, (case_bits & 0x08) !== 0);
  }
  let ext_end: u32 = 11;
  while (ext_end > 8 && load_u8((at + ext_end - 1) >>> 0) === 0x20) ext_end = (ext_end - 1) >>> 0;
  if (ext_end > 8) {
    name_put(0x2e);
    for (let k: u32 = 8; k < ext_end; k++) name_put_short(load_u8((at + k) >>> 0), (case_bits & 0x10) !== 0);
  }
  return false;
}

/** A short name's byte: lowercased when its case bit says so; bytes of the OEM code page as '?'. */
function name_put_short(c: u32, lower: bool): void {
  if (c >= 0x80) name_put(0x3f);
  else name_put(lower && c >= 0x41 && c <= 0x5a ? c + 32 : c);
}

/** Does the entry name equal the len bytes at addr, ignoring ASCII case (as FAT does)? */
export function entry_name_equals(addr: u32, len: u32): bool {
  if (len !== entry_name_len) return false;
  for (let i: u32 = 0; i < len; i++) {
    if (upper(entry_name[i]!) !== upper(load_u8((addr + i) >>> 0))) return false;
  }
  return true;
}
