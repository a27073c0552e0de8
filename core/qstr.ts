// Interned strings (qstrs): each distinct name is stored once, in the heap, and known by
// its number. Numbers 1..Q.Count-1 are the static names of core/qstr_static.ts, interned
// at start-up in order. The table (entries by number) and the hash index (16-bit numbers
// by hash) are heap objects held by root slots; each entry's bytes are a heap object too,
// except the static names', which are copied at start-up into one shared heap object
// (about 2.7 KiB of RAM, bought for one uniform representation).

import { load_u8, store_u8, load_u16, store_u16, load_u32, store_u32, mem_compare, mem_copy, type u16, type u32, type bool } from "./subset/index.js";
import { gc_alloc, gc_realloc } from "./gc.js";
import { Root, root_get, root_set } from "./roots.js";
import { Q, QSTR_TEXT } from "./qstr_static.js";

/** Table entry: data address (u32), hash (u16), length (u16). */
const ENTRY: u32 = 8;
const INITIAL_INDEX_SLOTS: u32 = 512;
/** The index holds 16-bit qstr numbers (half the RAM of words): at most this many qstrs. */
const QSTR_MAX_COUNT: u32 = 65535;

/** Longest name a qstr holds (the entry keeps a 16-bit length). */
export const QSTR_MAX_LEN: u32 = 65535;

let count: u32 = 0;
let capacity: u32 = 0;
let index_slots: u32 = 0;

/** MicroPython's qstr hash (djb2 with xor), 16 bits, never 0. */
export function qstr_hash_bytes(addr: u32, len: u32): u16 {
  let h: u16 = 5381;
  for (let i: u32 = 0; i < len; i++) h = ((h * 33) ^ load_u8(addr + i)) & 0xffff;
  return h === 0 ? 1 : h;
}

function hash_str(s: string): u16 {
  let h: u16 = 5381;
  for (let i: u32 = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) & 0xffff;
  return h === 0 ? 1 : h;
}

function entry(q: u32): u32 {
  return (root_get(Root.QstrTable) + q * ENTRY) >>> 0;
}

export function qstr_data(q: u32): u32 {
  return load_u32(entry(q));
}

export function qstr_hash(q: u32): u16 {
  return load_u16(entry(q) + 4);
}

export function qstr_len(q: u32): u32 {
  return load_u16(entry(q) + 6);
}

export function qstr_count(): u32 {
  return count;
}

/** The qstr with these bytes, or Q.NULL when it was never interned. */
export function qstr_find(addr: u32, len: u32): u32 {
  if (len > QSTR_MAX_LEN) return Q.NULL;
  const h: u16 = qstr_hash_bytes(addr, len);
  const index: u32 = root_get(Root.QstrIndex);
  const mask: u32 = (index_slots - 1) >>> 0;
  for (let slot: u32 = h & mask; ; slot = ((slot + 1) & mask) >>> 0) {
    const q: u32 = load_u16(index + slot * 2);
    if (q === 0) return Q.NULL;
    if (qstr_hash(q) === h && qstr_len(q) === len && mem_compare(qstr_data(q), addr, len) === 0) return q;
  }
}

/** The qstr of a string literal, or Q.NULL when it was never interned. */
export function qstr_find_str(s: string): u32 {
  const h: u16 = hash_str(s);
  const index: u32 = root_get(Root.QstrIndex);
  const mask: u32 = (index_slots - 1) >>> 0;
  for (let slot: u32 = h & mask; ; slot = ((slot + 1) & mask) >>> 0) {
    const q: u32 = load_u16(index + slot * 2);
    if (q === 0) return Q.NULL;
    if (qstr_hash(q) === h && qstr_len(q) === s.length && qstr_equals_str(q, s)) return q;
  }
}

export function qstr_equals_str(q: u32, s: string): bool {
  if (qstr_len(q) !== s.length) return false;
  const data: u32 = qstr_data(q);
  for (let i: u32 = 0; i < s.length; i++) if (load_u8(data + i) !== s.charCodeAt(i)) return false;
  return true;
}

function index_insert(index: u32, q: u32, h: u16): void {
  const mask: u32 = (index_slots - 1) >>> 0;
  let slot: u32 = h & mask;
  while (load_u16(index + slot * 2) !== 0) slot = ((slot + 1) & mask) >>> 0;
  store_u16(index + slot * 2, q);
}

/** Double the index when it is 3/4 full; false when out of memory. */
function grow_index(): bool {
  const limit: u32 = ((index_slots >>> 2) * 3) >>> 0;
  if (count < limit) return true;
  const slots: u32 = (index_slots * 2) >>> 0;
  const fresh: u32 = gc_alloc((slots * 2) >>> 0);
  if (fresh === 0) return false;
  index_slots = slots;
  for (let q: u32 = 1; q < count; q++) index_insert(fresh, q, qstr_hash(q));
  root_set(Root.QstrIndex, fresh);
  return true;
}

function grow_table(): bool {
  if (count < capacity) return true;
  if (count >= QSTR_MAX_COUNT) return false;
  const more: u32 = Math.min((capacity + (capacity >>> 1) + 16) >>> 0, QSTR_MAX_COUNT);
  const table: u32 = gc_realloc(root_get(Root.QstrTable), (more * ENTRY) >>> 0);
  if (table === 0) return false;
  root_set(Root.QstrTable, table);
  capacity = more;
  return true;
}

/** Add a new qstr whose bytes are already in `data` (a heap object). */
function add(data: u32, len: u32, h: u16): u32 {
  const q: u32 = count;
  const e: u32 = entry(q);
  store_u32(e, data);
  store_u16(e + 4, h);
  store_u16(e + 6, len);
  count = (count + 1) >>> 0;
  index_insert(root_get(Root.QstrIndex), q, h);
  return q;
}

/**
 * Intern the bytes [addr, addr + len): the existing qstr, or a new one. Q.NULL when the
 * heap is full or the name is longer than QSTR_MAX_LEN (the caller raises). addr must not
 * be in an object the caller has not rooted: this may collect.
 */
export function qstr_from_bytes(addr: u32, len: u32): u32 {
  const found: u32 = qstr_find(addr, len);
  if (found !== Q.NULL || len > QSTR_MAX_LEN) return found;
  if (!grow_table() || !grow_index()) return Q.NULL;
  const data: u32 = gc_alloc(len);
  if (data === 0) return Q.NULL;
  mem_copy(data, addr, len);
  return add(data, len, qstr_hash_bytes(addr, len));
}

/** Intern a string literal. */
export function qstr_from_str(s: string): u32 {
  const found: u32 = qstr_find_str(s);
  if (found !== Q.NULL) return found;
  if (!grow_table() || !grow_index()) return Q.NULL;
  const data: u32 = gc_alloc(s.length);
  if (data === 0) return Q.NULL;
  for (let i: u32 = 0; i < s.length; i++) store_u8(data + i, s.charCodeAt(i));
  return add(data, s.length, hash_str(s));
}

/** Intern the static names in their fixed order. False when the heap cannot hold them. */
export function qstr_init(): bool {
  count = 0;
  capacity = Q.Count + 64;
  // The static names alone must leave the index under 3/4 full: probing stops only at an
  // empty slot, so a full index would never end a lookup.
  index_slots = INITIAL_INDEX_SLOTS;
  while (((index_slots >>> 2) * 3) >>> 0 <= Q.Count) index_slots = (index_slots * 2) >>> 0;
  const table: u32 = gc_alloc((capacity * ENTRY) >>> 0);
  if (table === 0) return false;
  root_set(Root.QstrTable, table);
  const index: u32 = gc_alloc((index_slots * 2) >>> 0);
  if (index === 0) return false;
  root_set(Root.QstrIndex, index);
  // Number 0 is Q.NULL: an entry that no lookup finds.
  count = 1;
  // All the static names share one heap object (a block each would waste half the
  // space on padding). Entry 1's data is its start, so marking the table keeps it alive.
  let total: u32 = 0;
  for (let q: u32 = 1; q < Q.Count; q++) total = (total + QSTR_TEXT[q]!.length) >>> 0;
  let data: u32 = gc_alloc(total);
  if (data === 0) return false;
  for (let q: u32 = 1; q < Q.Count; q++) {
    const s: string = QSTR_TEXT[q]!;
    for (let i: u32 = 0; i < s.length; i++) store_u8(data + i, s.charCodeAt(i));
    add(data, s.length, hash_str(s));
    data = (data + s.length) >>> 0;
  }
  return true;
}
