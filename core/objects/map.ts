// The hash table under dict, set and frozenset (MicroPython's py/map.c has this role),
// laid out as CPython 3.7+'s compact dict: a dense array of entries in insertion order,
// and a sparse open-addressing index of entry numbers over it. Iteration walks the
// entries, so a dict (and, in Pyxis, a set too) iterates in insertion order; deleting
// leaves a hole in the entries (and a dummy in the index) and re-inserting appends.
//
// The map object is a 16-byte header: type, table, used (live entries), filled (entries
// written, holes included). The table is one heap block, 0 while the map is empty:
//   word 0        log2 of the index size (8 slots at least) in bits 0-4; above, how many
//                 more entries may be appended before a resize (CPython's dk_usable: a
//                 deletion does not give one back, so empty index slots never run out
//                 even when popitem hands entries back at the end)
//   index         one slot per 2^log2, 1, 2 or 4 bytes each as the size needs (padded to
//                 a word): 0 empty, all ones a dummy (deleted), else entry number + 1
//   entries       usable = 2/3 of the index size, each [hash, key] for a set or
//                 [hash, key, value] for a dict; the hash word is (hash << 1) | 1 (never
//                 looks like a pointer to the collector), key 0 marks a hole
// Probing is CPython's: i = i * 5 + perturb + 1, perturb >>= 5. The table grows (or
// compacts) when the entries are full, to the smallest power of two >= 3 * used, and
// shrinks when a deletion leaves it less than 1/8 used. Keys are hashed and compared only
// through obj_hash and obj_equal.

import { layout, field_ref, field_u32, load_u8, type u8, load_u16, load_u32, store_u8, store_u16, store_u32, mem_copy, type i32, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_nbytes } from "../gc.js";
import { OBJ_NULL, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { obj_hash, obj_equal } from "./equality.js";
import { raise_memory_error } from "./exception.js";

export const MapObj = layout("MapObj", { type: field_ref, table: field_ref, used: field_u32, filled: field_u32 });

/** map_iter_next's answer when no entry is left. */
export const MAP_END: u32 = 0xffffffff;

const MIN_LOG2: u32 = 3;
const MAX_LOG2: u32 = 26;

/** Is o a dict, a set or a frozenset? */
export function map_is(o: obj): bool {
  const t: obj = obj_type(o);
  return t === type_word(TypeId.dict) || t === type_word(TypeId.set) || t === type_word(TypeId.frozenset);
}

/** A new empty map of built-in type id (dict, set or frozenset); raises MemoryError. */
export function map_new(id: TypeId): obj {
  const m: ref = gc_alloc(MapObj.SIZE);
  if (m === 0) raise_memory_error();
  MapObj.type.set(m, type_word(id));
  return m;
}

/** Words per entry: a dict's entries hold a value too. */
function entry_words(m: obj): u8 {
  return obj_type(m) === type_word(TypeId.dict) ? 3 : 2;
}

export function map_used(m: obj): u32 {
  return MapObj.used.get(m);
}

// ---- the table ----

function table_log2(t: ref): u32 {
  return load_u32(t) & 31;
}

function table_budget(t: ref): u32 {
  return load_u32(t) >>> 5;
}

function set_table_header(t: ref, log2: u32, budget: u32): void {
  store_u32(t, ((budget << 5) | log2) >>> 0);
}

function slot_bytes(log2: u32): u8 {
  return log2 <= 7 ? 1 : log2 <= 15 ? 2 : 4;
}

function usable(log2: u32): u32 {
  const size: u32 = (1 << (log2 & 31)) >>> 0;
  return (((size * 2) >>> 0) / 3) >>> 0;
}

function slot_dummy(log2: u32): u32 {
  return log2 <= 7 ? 0xff : log2 <= 15 ? 0xffff : 0xffffffff;
}

/** Where the entries start: after the header word and the index (padded to a word). */
function entries_of(t: ref, log2: u32): u32 {
  const index_bytes: u32 = ((1 << (log2 & 31)) * slot_bytes(log2)) >>> 0;
  return (t + 4 + ((index_bytes + 3) & ~3)) >>> 0;
}

function table_bytes(log2: u32, w: u8): u32 {
  const index_bytes: u32 = ((1 << (log2 & 31)) * slot_bytes(log2)) >>> 0;
  return (4 + ((index_bytes + 3) & ~3) + usable(log2) * w * 4) >>> 0;
}

function slot_get(t: ref, log2: u32, i: u32): u32 {
  const sb: u8 = slot_bytes(log2);
  if (sb === 1) return load_u8(t + 4 + i);
  if (sb === 2) return load_u16(t + 4 + i * 2);
  return load_u32(t + 4 + i * 4);
}

function slot_set(t: ref, log2: u32, i: u32, v: u32): void {
  const sb: u8 = slot_bytes(log2);
  if (sb === 1) store_u8(t + 4 + i, v & 0xff);
  else if (sb === 2) store_u16(t + 4 + i * 2, v & 0xffff);
  else store_u32(t + 4 + i * 4, v);
}

function hash_word(h: i32): u32 {
  return ((h << 1) | 1) >>> 0;
}

/** The hash an entry was stored with (as a u32, for probing). */
function hash_of_word(word: u32): u32 {
  return ((word | 0) >> 1) >>> 0;
}

function next_probe(i: u32, perturb: u32, mask: u32): u32 {
  return ((Math.imul(i, 5) + perturb + 1) & mask) >>> 0;
}

/** The first empty index slot on h's probe sequence (there always is one). */
function empty_slot(t: ref, log2: u32, h: u32): u32 {
  const mask: u32 = ((1 << (log2 & 31)) - 1) >>> 0;
  let perturb: u32 = h;
  let i: u32 = (h & mask) >>> 0;
  while (slot_get(t, log2, i) !== 0) {
    perturb = perturb >>> 5;
    i = next_probe(i, perturb, mask);
  }
  return i;
}

/** The smallest index size (as log2) with room for 3 * used entries. */
function size_for(used: u32): u32 {
  const want: u32 = used > 0x1000000 ? 0x3000000 : used * 3;
  let log2: u32 = MIN_LOG2;
  while (log2 < MAX_LOG2 && ((1 << (log2 & 31)) >>> 0) < want) log2 = (log2 + 1) >>> 0;
  return log2;
}

/**
 * Move the live entries, in order and without holes, to a new table of 2^log2 slots.
 * False when the heap cannot give it (the map is unchanged). The map must be rooted.
 */
function resize(m: obj, log2: u32): bool {
  const w: u8 = entry_words(m);
  if (usable(log2) < MapObj.used.get(m)) return false;
  const depth: u32 = gc_root_push(m);
  const t: ref = gc_alloc(table_bytes(log2, w));
  gc_root_restore(depth);
  if (t === 0) return false;
  const old: ref = MapObj.table.get(m);
  const filled: u32 = MapObj.filled.get(m);
  const to: u32 = entries_of(t, log2);
  let n: u32 = 0;
  if (old !== 0) {
    const from: u32 = entries_of(old, table_log2(old));
    for (let k: u32 = 0; k < filled; k++) {
      const e: u32 = (from + k * w * 4) >>> 0;
      if (load_u32(e + 4) === OBJ_NULL) continue;
      mem_copy(to + n * w * 4, e, w * 4);
      slot_set(t, log2, empty_slot(t, log2, hash_of_word(load_u32(e))), (n + 1) >>> 0);
      n = (n + 1) >>> 0;
    }
  }
  set_table_header(t, log2, (usable(log2) - n) >>> 0);
  MapObj.table.set(m, t);
  MapObj.filled.set(m, n);
  return true;
}

// ---- lookup, insertion, removal ----

/** The entry number of key (hashed as h) in m, or -1. */
function find_hashed(m: obj, key: obj, h: i32): i32 {
  const t: ref = MapObj.table.get(m);
  if (t === 0) return -1;
  const log2: u32 = table_log2(t);
  const mask: u32 = ((1 << (log2 & 31)) - 1) >>> 0;
  const dummy: u32 = slot_dummy(log2);
  const w: u8 = entry_words(m);
  const entries: u32 = entries_of(t, log2);
  const tag: u32 = hash_word(h);
  let perturb: u32 = h >>> 0;
  let i: u32 = (perturb & mask) >>> 0;
  while (true) {
    const s: u32 = slot_get(t, log2, i);
    if (s === 0) return -1;
    if (s !== dummy) {
      const e: u32 = (entries + (s - 1) * w * 4) >>> 0;
      if (load_u32(e) === tag) {
        const k: obj = load_u32(e + 4);
        if (k === key || obj_equal(k, key)) return (s - 1) | 0;
      }
    }
    perturb = perturb >>> 5;
    i = next_probe(i, perturb, mask);
  }
}

/** The entry number of key in m, or -1. Raises TypeError for an unhashable key. */
export function map_find(m: obj, key: obj): i32 {
  return find_hashed(m, key, obj_hash(key));
}

function entry_addr(m: obj, pos: u32): u32 {
  const t: ref = MapObj.table.get(m);
  return (entries_of(t, table_log2(t)) + pos * entry_words(m) * 4) >>> 0;
}

export function map_key_at(m: obj, pos: u32): obj {
  return load_u32(entry_addr(m, pos) + 4);
}

/** The value of a dict entry. */
export function map_value_at(m: obj, pos: u32): obj {
  return load_u32(entry_addr(m, pos) + 8);
}

export function map_set_value_at(m: obj, pos: u32, v: obj): void {
  store_u32(entry_addr(m, pos) + 8, v);
}

/** The first live entry at or after pos, or MAP_END. */
export function map_iter_next(m: obj, pos: u32): u32 {
  const filled: u32 = MapObj.filled.get(m);
  for (let k: u32 = pos; k < filled; k++) {
    if (map_key_at(m, k) !== OBJ_NULL) return k;
  }
  return MAP_END;
}

/** The last live entry, or MAP_END when the map is empty. */
export function map_last(m: obj): u32 {
  let k: u32 = MapObj.filled.get(m);
  while (k > 0) {
    k = (k - 1) >>> 0;
    if (map_key_at(m, k) !== OBJ_NULL) return k;
  }
  return MAP_END;
}

/**
 * Add key (value is ignored by sets) when absent: the entry number, new or existing.
 * An existing dict entry keeps its key and position and gets the value. Raises TypeError
 * for an unhashable key and MemoryError (map unchanged) when the table cannot grow.
 */
export function map_store(m: obj, key: obj, value: obj): u32 {
  const h: i32 = obj_hash(key);
  const found: i32 = find_hashed(m, key, h);
  const w: u8 = entry_words(m);
  if (found >= 0) {
    if (w === 3) map_set_value_at(m, found >>> 0, value);
    return found >>> 0;
  }
  let t: ref = MapObj.table.get(m);
  if (t === 0 || table_budget(t) === 0) {
    const depth: u32 = gc_root_push(m);
    gc_root_push(key);
    gc_root_push(value);
    const ok: bool = resize(m, size_for((MapObj.used.get(m) + 1) >>> 0));
    gc_root_restore(depth);
    if (!ok) raise_memory_error();
    t = MapObj.table.get(m);
  }
  const log2: u32 = table_log2(t);
  const pos: u32 = MapObj.filled.get(m);
  const e: u32 = (entries_of(t, log2) + pos * w * 4) >>> 0;
  store_u32(e, hash_word(h));
  store_u32(e + 4, key);
  if (w === 3) store_u32(e + 8, value);
  slot_set(t, log2, empty_slot(t, log2, h >>> 0), (pos + 1) >>> 0);
  set_table_header(t, log2, (table_budget(t) - 1) >>> 0);
  MapObj.filled.set(m, (pos + 1) >>> 0);
  MapObj.used.set(m, (MapObj.used.get(m) + 1) >>> 0);
  return pos;
}

/**
 * Remove entry pos (live): a hole in the entries, a dummy in the index. Positions of the
 * other entries do not change (safe while iterating); map_maybe_shrink after the loop.
 */
export function map_remove_at_keep(m: obj, pos: u32): void {
  const t: ref = MapObj.table.get(m);
  const log2: u32 = table_log2(t);
  const mask: u32 = ((1 << (log2 & 31)) - 1) >>> 0;
  const e: u32 = entry_addr(m, pos);
  let perturb: u32 = hash_of_word(load_u32(e));
  let i: u32 = (perturb & mask) >>> 0;
  while (slot_get(t, log2, i) !== ((pos + 1) >>> 0)) {
    perturb = perturb >>> 5;
    i = next_probe(i, perturb, mask);
  }
  slot_set(t, log2, i, slot_dummy(log2));
  const w: u8 = entry_words(m);
  for (let k: u32 = 0; k < w; k++) store_u32(e + k * 4, 0);
  MapObj.used.set(m, (MapObj.used.get(m) - 1) >>> 0);
  // Holes at the end are given back at once (popitem, set.pop: LIFO stays O(1)).
  let filled: u32 = MapObj.filled.get(m);
  while (filled > 0 && map_key_at(m, (filled - 1) >>> 0) === OBJ_NULL) filled = (filled - 1) >>> 0;
  MapObj.filled.set(m, filled);
}

/** After removals: drop the table of an empty map, shrink one less than 1/8 used. */
export function map_maybe_shrink(m: obj): void {
  const t: ref = MapObj.table.get(m);
  if (t === 0) return;
  const used: u32 = MapObj.used.get(m);
  const log2: u32 = table_log2(t);
  if (used === 0) {
    map_clear(m);
  } else if (log2 > MIN_LOG2 && used < (usable(log2) >>> 3)) {
    // Best effort: when the heap has no room for the smaller table, keep the big one.
    resize(m, size_for(used));
  }
}

/** Remove entry pos (live), then shrink the table if it became mostly empty. */
export function map_remove_at(m: obj, pos: u32): void {
  map_remove_at_keep(m, pos);
  map_maybe_shrink(m);
}

/** The hash entry pos was stored with. */
export function map_hash_at(m: obj, pos: u32): u32 {
  return hash_of_word(load_u32(entry_addr(m, pos)));
}

/** Remove key if present: its entry's value for a dict (the key for a set), else OBJ_NULL. */
export function map_remove(m: obj, key: obj): obj {
  const pos: i32 = map_find(m, key);
  if (pos < 0) return OBJ_NULL;
  const v: obj = entry_words(m) === 3 ? map_value_at(m, pos >>> 0) : map_key_at(m, pos >>> 0);
  map_remove_at(m, pos >>> 0);
  return v;
}

export function map_clear(m: obj): void {
  MapObj.table.set(m, 0);
  MapObj.used.set(m, 0);
  MapObj.filled.set(m, 0);
}

/** A new map of type id (with entries of the same size as m's) holding m's entries, in order. */
export function map_copy(m: obj, id: TypeId): obj {
  const depth: u32 = gc_root_push(m);
  const c: obj = map_new(id);
  gc_root_push(c);
  const t: ref = MapObj.table.get(m);
  if (t !== 0) {
    const n: u32 = gc_nbytes(t);
    const copy: ref = gc_alloc(n);
    if (copy === 0) {
      gc_root_restore(depth);
      raise_memory_error();
    }
    mem_copy(copy, t, n);
    MapObj.table.set(c, copy);
    MapObj.used.set(c, MapObj.used.get(m));
    MapObj.filled.set(c, MapObj.filled.get(m));
  }
  gc_root_restore(depth);
  return c;
}
