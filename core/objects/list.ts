// list objects: a header with the length, the room allocated and the address of a
// separate items array that grows by reallocation (over-allocating, so appends are
// amortized O(1)) and shrinks when mostly empty. Slots past the length are always zero, so
// the conservative collector never keeps a removed item alive. Every mutation allocates
// first and changes the list after, so a MemoryError leaves the list as it was.

import { layout, field_ref, field_u32, load_u32, store_u32, mem_copy, mem_fill, raise, caught, type i32, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_realloc, gc_free, gc_root_push, gc_root_restore } from "../gc.js";
import { is_small_int, small_int_value, new_small_int, bool_obj, OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { tuple_len, TupleObj } from "./tuple.js";
import { raise_msg, raise_memory_error } from "./exception.js";
import { obj_equal } from "./equality.js";
import { obj_print } from "./print.js";
import { PrintKind } from "./str.js";
import { int_is } from "./int.js";
import { compare_objects, compare_less } from "./compare.js";
import { message_begin, message_type_name, message_raise } from "./message.js";
import { map_is, map_iter_next, map_key_at, map_used, MAP_END } from "./map.js";
import { mpz_is_neg } from "../mpz.js";
import { BinaryOp, UnaryOp } from "../ops.js";
import { print_str, print_i32, type Printer } from "../print.js";

export const ListObj = layout("ListObj", { type: field_ref, len: field_u32, alloc: field_u32, items: field_ref });

/** The most items a list (or a slice, or a repetition) may have: its bytes stay within u32. */
const LIST_MAX: u32 = 0x0fffffff;
/** Big ints used as slice bounds clamp to this: beyond any length a list can have. */
const INDEX_BIG: i32 = 0x40000000;

// ---- creation and raw access ----

/** A new list of n items, all 0 until set (the caller fills it before anyone sees it). */
export function list_new(n: u32): obj {
  if (n > LIST_MAX) raise_memory_error();
  const l: ref = gc_alloc(ListObj.SIZE);
  if (l === 0) raise_memory_error();
  ListObj.type.set(l, type_word(TypeId.list));
  if (n > 0) {
    const depth: u32 = gc_root_push(l);
    const items: ref = gc_alloc((n * 4) >>> 0);
    gc_root_restore(depth);
    if (items === 0) raise_memory_error();
    ListObj.items.set(l, items);
    ListObj.alloc.set(l, n);
    ListObj.len.set(l, n);
  }
  return l;
}

export function list_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.list);
}

export function list_len(l: obj): u32 {
  return ListObj.len.get(l);
}

/** Item i (i < list_len(l): not checked). */
export function list_get(l: obj, i: u32): obj {
  return load_u32(ListObj.items.get(l) + i * 4);
}

/** Overwrite item i (i < list_len(l): not checked). */
export function list_set(l: obj, i: u32, v: obj): void {
  store_u32(ListObj.items.get(l) + i * 4, v);
}

/** The items' address: valid until the next call that may grow or shrink the list. */
export function list_items(l: obj): u32 {
  return ListObj.items.get(l);
}

/** Room for extra more items. The list must be rooted by the caller; raises MemoryError. */
function reserve(l: obj, extra: u32): void {
  const len: u32 = ListObj.len.get(l);
  if (extra > ((LIST_MAX - len) >>> 0)) raise_memory_error();
  const need: u32 = (len + extra) >>> 0;
  const alloc: u32 = ListObj.alloc.get(l);
  if (need <= alloc) return;
  // Grow by half again; if the heap cannot give that much, try for exactly what is needed.
  let want: u32 = (need + (need >>> 1) + 4) >>> 0;
  if (want > LIST_MAX) want = LIST_MAX;
  const depth: u32 = gc_root_push(l);
  let items: ref = gc_realloc(ListObj.items.get(l), (want * 4) >>> 0);
  if (items === 0) {
    want = need;
    items = gc_realloc(ListObj.items.get(l), (want * 4) >>> 0);
  }
  gc_root_restore(depth);
  if (items === 0) raise_memory_error();
  ListObj.items.set(l, items);
  // The heap hands out whole 16-byte blocks: use all of them.
  ListObj.alloc.set(l, ((want + 3) & ~3) >>> 0);
}

/** Give back most of the room of a list that became mostly empty (in place: never fails). */
function shrink(l: obj): void {
  const len: u32 = ListObj.len.get(l);
  const alloc: u32 = ListObj.alloc.get(l);
  if (alloc <= 16 || len >= (alloc >>> 2)) return;
  const want: u32 = (((len + (len >>> 1) + 4) + 3) & ~3) >>> 0;
  const items: ref = gc_realloc(ListObj.items.get(l), (want * 4) >>> 0);
  if (items === 0) return;
  ListObj.items.set(l, items);
  ListObj.alloc.set(l, want);
}

/** Set the length to n <= len, clearing the slots given up. */
function truncate(l: obj, n: u32): void {
  const len: u32 = ListObj.len.get(l);
  if (n >= len) return;
  mem_fill(ListObj.items.get(l) + n * 4, 0, (len - n) * 4);
  ListObj.len.set(l, n);
  shrink(l);
}

// ---- indices ----

const enum IndexUse {
  /** l[i]: big ints are IndexError, other types "list indices must be integers…". */
  Subscript,
  /** insert(i, x), pop(i), l * n: other types "'str' object cannot be interpreted as an integer". */
  Integer,
  /** Slice bounds and index()'s start/stop: big ints clamp. */
  Clamped,
}

function raise_not_integer(o: obj): never {
  const p: u32 = message_begin();
  print_str(p, "'");
  message_type_name(p, o);
  print_str(p, "' object cannot be interpreted as an integer");
  message_raise(TypeId.TypeError, p);
}

/** An int argument used as an index (bool is an int). */
function index_value(o: obj, use: IndexUse): i32 {
  if (is_small_int(o)) return small_int_value(o);
  if (o === OBJ_TRUE) return 1;
  if (o === OBJ_FALSE) return 0;
  if (int_is(o)) {
    if (use === IndexUse.Clamped) return mpz_is_neg(o) ? -INDEX_BIG : INDEX_BIG;
    raise_msg(TypeId.IndexError, "cannot fit 'int' into an index-sized integer");
  }
  if (use === IndexUse.Subscript) {
    const p: u32 = message_begin();
    print_str(p, "list indices must be integers or slices, not ");
    message_type_name(p, o);
    message_raise(TypeId.TypeError, p);
  }
  if (use === IndexUse.Clamped) raise_msg(TypeId.TypeError, "slice indices must be integers or None or have an __index__ method");
  raise_not_integer(o);
}

/** l[index] → the item's position, or raise IndexError with msg. */
function item_position(l: obj, index: obj, msg: string): u32 {
  const len: u32 = ListObj.len.get(l);
  let i: i32 = index_value(index, IndexUse.Subscript);
  if (i < 0) i = (i + len) | 0;
  if (i < 0 || i >= len) raise_msg(TypeId.IndexError, msg);
  return i >>> 0;
}

// A slice's bounds, normalized as CPython's PySlice_AdjustIndices (set by slice_adjust).
let slice_start: i32 = 0;
let slice_step: i32 = 1;
let slice_count: u32 = 0;

/** Normalize start:stop:step (ints or None) against a length. */
function slice_adjust(start: obj, stop: obj, step: obj, len: u32): void {
  let st: i32 = 1;
  if (step !== OBJ_NONE) {
    st = index_value(step, IndexUse.Clamped);
    if (st === 0) raise_msg(TypeId.ValueError, "slice step cannot be zero");
  }
  const n: i32 = len | 0;
  let a: i32 = 0;
  if (start === OBJ_NONE) {
    a = st < 0 ? (n - 1) | 0 : 0;
  } else {
    a = index_value(start, IndexUse.Clamped);
    if (a < 0) {
      a = (a + n) | 0;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= n) {
      a = st < 0 ? (n - 1) | 0 : n;
    }
  }
  let b: i32 = st < 0 ? -1 : n;
  if (stop !== OBJ_NONE) {
    b = index_value(stop, IndexUse.Clamped);
    if (b < 0) {
      b = (b + n) | 0;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= n) {
      b = st < 0 ? (n - 1) | 0 : n;
    }
  }
  // Now -1 <= a, b <= n, so the differences below stay small.
  let count: u32 = 0;
  if (st < 0 && b < a) count = (((((a - b - 1) | 0) / ((0 - st) | 0)) >>> 0) + 1) >>> 0;
  else if (st > 0 && a < b) count = (((((b - a - 1) | 0) / st) >>> 0) + 1) >>> 0;
  slice_start = a;
  slice_step = st;
  slice_count = count >>> 0;
}

/** Position of the k-th item a normalized slice selects. */
function slice_position(k: u32): u32 {
  return (slice_start + Math.imul(k | 0, slice_step)) >>> 0;
}

// ---- sequences given as arguments ----

/** Is o a list or a tuple, whose items are contiguous? */
function is_sequence(o: obj): bool {
  const t: obj = obj_type(o);
  return t === type_word(TypeId.list) || t === type_word(TypeId.tuple);
}

function sequence_len(o: obj): u32 {
  return obj_type(o) === type_word(TypeId.list) ? ListObj.len.get(o) : tuple_len(o);
}

/** Where a list's or tuple's items are (valid until the next allocation). */
function sequence_items(o: obj): u32 {
  return obj_type(o) === type_word(TypeId.list) ? ListObj.items.get(o) : (o + TupleObj.SIZE) >>> 0;
}

/** Can list_extend and friends take items from o (list, tuple, dict keys, set, frozenset)? */
export function list_can_iterate(o: obj): bool {
  return is_sequence(o) || map_is(o);
}

/** TypeError: 'int' object is not iterable. */
export function list_raise_not_iterable(o: obj): never {
  const p: u32 = message_begin();
  print_str(p, "'");
  message_type_name(p, o);
  print_str(p, "' object is not iterable");
  message_raise(TypeId.TypeError, p);
}

/**
 * Append every item of src (list, tuple, dict keys, set, frozenset) to l. l.extend(l)
 * doubles l. Other iterables are the VM's: it iterates and appends. Raises MemoryError
 * with l unchanged.
 */
export function list_extend(l: obj, src: obj): void {
  if (is_sequence(src)) {
    const n: u32 = sequence_len(src);
    const depth: u32 = gc_root_push(l);
    gc_root_push(src);
    reserve(l, n);
    gc_root_restore(depth);
    const len: u32 = ListObj.len.get(l);
    mem_copy(ListObj.items.get(l) + len * 4, sequence_items(src), n * 4);
    ListObj.len.set(l, (len + n) >>> 0);
    return;
  }
  if (!map_is(src)) list_raise_not_iterable(src);
  const depth: u32 = gc_root_push(l);
  gc_root_push(src);
  reserve(l, map_used(src));
  gc_root_restore(depth);
  let len: u32 = ListObj.len.get(l);
  const items: u32 = ListObj.items.get(l);
  for (let pos: u32 = map_iter_next(src, 0); pos !== MAP_END; pos = map_iter_next(src, (pos + 1) >>> 0)) {
    store_u32(items + len * 4, map_key_at(src, pos));
    len = (len + 1) >>> 0;
  }
  ListObj.len.set(l, len);
}

/** A new list of the items of src (any type list_extend takes). */
export function list_from(src: obj): obj {
  const depth: u32 = gc_root_push(src);
  const l: obj = list_new(0);
  gc_root_push(l);
  list_extend(l, src);
  gc_root_restore(depth);
  return l;
}

// ---- methods ----

export function list_append(l: obj, v: obj): void {
  const depth: u32 = gc_root_push(l);
  gc_root_push(v);
  reserve(l, 1);
  gc_root_restore(depth);
  const len: u32 = ListObj.len.get(l);
  store_u32(ListObj.items.get(l) + len * 4, v);
  ListObj.len.set(l, (len + 1) >>> 0);
}

/** l.insert(index, v): index clamps to the list, as CPython's. */
export function list_insert(l: obj, index: obj, v: obj): void {
  let i: i32 = index_value(index, IndexUse.Integer);
  const depth: u32 = gc_root_push(l);
  gc_root_push(v);
  reserve(l, 1);
  gc_root_restore(depth);
  const len: u32 = ListObj.len.get(l);
  if (i < 0) {
    i = (i + len) | 0;
    if (i < 0) i = 0;
  } else if (i > len) {
    i = len | 0;
  }
  const items: u32 = ListObj.items.get(l);
  const at: u32 = (items + (i >>> 0) * 4) >>> 0;
  mem_copy(at + 4, at, (len - (i >>> 0)) * 4);
  store_u32(at, v);
  ListObj.len.set(l, (len + 1) >>> 0);
}

/** Remove item i (< len) and close the gap. */
function remove_at(l: obj, i: u32): void {
  const len: u32 = ListObj.len.get(l);
  const at: u32 = (ListObj.items.get(l) + i * 4) >>> 0;
  mem_copy(at, at + 4, (len - i - 1) * 4);
  truncate(l, (len - 1) >>> 0);
}

/** l.pop() (index OBJ_NULL) or l.pop(index). */
export function list_pop(l: obj, index: obj): obj {
  const len: u32 = ListObj.len.get(l);
  if (len === 0) raise_msg(TypeId.IndexError, "pop from empty list");
  let i: u32 = (len - 1) >>> 0;
  if (index !== OBJ_NULL) i = item_position(l, index, "pop index out of range");
  const v: obj = list_get(l, i);
  remove_at(l, i);
  return v;
}

/** The position of the first item equal to v in [from, to), or -1. */
function find(l: obj, v: obj, from: u32, to: u32): i32 {
  for (let i: u32 = from; i < to && i < ListObj.len.get(l); i++) {
    if (obj_equal(list_get(l, i), v)) return i | 0;
  }
  return -1;
}

export function list_remove(l: obj, v: obj): void {
  const i: i32 = find(l, v, 0, ListObj.len.get(l));
  if (i < 0) raise_msg(TypeId.ValueError, "list.remove(x): x not in list");
  remove_at(l, i >>> 0);
}

/** A start/stop argument of index(): clamped, negative counts from the end. */
function bound(o: obj, len: u32, absent: u32): u32 {
  if (o === OBJ_NULL) return absent;
  let i: i32 = index_value(o, IndexUse.Clamped);
  if (i < 0) {
    i = (i + len) | 0;
    if (i < 0) i = 0;
  }
  return i >>> 0;
}

/** l.index(v[, start[, stop]]) (OBJ_NULL for an absent bound): ValueError "5 is not in list". */
export function list_index(l: obj, v: obj, start: obj, stop: obj): obj {
  const len: u32 = ListObj.len.get(l);
  const i: i32 = find(l, v, bound(start, len, 0), bound(stop, len, len));
  if (i < 0) {
    const p: u32 = message_begin();
    obj_print(p, v, PrintKind.Repr);
    print_str(p, " is not in list");
    message_raise(TypeId.ValueError, p);
  }
  return new_small_int(i);
}

export function list_count(l: obj, v: obj): obj {
  let n: i32 = 0;
  for (let i: u32 = 0; i < ListObj.len.get(l); i++) {
    if (obj_equal(list_get(l, i), v)) n = (n + 1) | 0;
  }
  return new_small_int(n);
}

/** Reverse items [lo, lo + n) of the array at items in place. */
function reverse_words(items: u32, lo: u32, n: u32): void {
  if (n < 2) return;
  let a: u32 = (items + lo * 4) >>> 0;
  let b: u32 = (items + (lo + n - 1) * 4) >>> 0;
  while (a < b) {
    const t: u32 = load_u32(a);
    store_u32(a, load_u32(b));
    store_u32(b, t);
    a = (a + 4) >>> 0;
    b = (b - 4) >>> 0;
  }
}

export function list_reverse(l: obj): void {
  reverse_words(ListObj.items.get(l), 0, ListObj.len.get(l));
}

/** l.clear(): the items array is dropped (the collector takes it back). */
export function list_clear(l: obj): void {
  ListObj.len.set(l, 0);
  ListObj.alloc.set(l, 0);
  ListObj.items.set(l, 0);
}

export function list_copy(l: obj): obj {
  const n: u32 = ListObj.len.get(l);
  const depth: u32 = gc_root_push(l);
  const c: obj = list_new(n);
  gc_root_restore(depth);
  mem_copy(ListObj.items.get(c), ListObj.items.get(l), n * 4);
  return c;
}

// ---- subscripts ----

/** l[index] for an int index. */
export function list_subscr_get(l: obj, index: obj): obj {
  return list_get(l, item_position(l, index, "list index out of range"));
}

/** l[index] = v for an int index. */
export function list_subscr_set(l: obj, index: obj, v: obj): void {
  list_set(l, item_position(l, index, "list assignment index out of range"), v);
}

/** del l[index] for an int index. */
export function list_subscr_delete(l: obj, index: obj): void {
  remove_at(l, item_position(l, index, "list assignment index out of range"));
}

/** l[start:stop:step], each an int or None. */
export function list_slice_get(l: obj, start: obj, stop: obj, step: obj): obj {
  slice_adjust(start, stop, step, ListObj.len.get(l));
  const n: u32 = slice_count;
  const depth: u32 = gc_root_push(l);
  const r: obj = list_new(n);
  gc_root_restore(depth);
  for (let k: u32 = 0; k < n; k++) list_set(r, k, list_get(l, slice_position(k)));
  return r;
}

/** Replace [lo, hi) by the n items at src_items (which must not be l's own). */
function replace_range(l: obj, lo: u32, hi: u32, src: obj): void {
  const n: u32 = sequence_len(src);
  const len: u32 = ListObj.len.get(l);
  const old: u32 = (hi - lo) >>> 0;
  if (n > old) {
    const depth: u32 = gc_root_push(l);
    gc_root_push(src);
    reserve(l, (n - old) >>> 0);
    gc_root_restore(depth);
  }
  const items: u32 = ListObj.items.get(l);
  mem_copy(items + (lo + n) * 4, items + hi * 4, (len - hi) * 4);
  mem_copy(items + lo * 4, sequence_items(src), n * 4);
  const new_len: u32 = (len - old + n) >>> 0;
  if (n > old) ListObj.len.set(l, new_len);
  else truncate(l, new_len);
}

/**
 * l[start:stop:step] = src. A step of 1 replaces the range by any number of items; another
 * step needs exactly as many items as the slice selects (ValueError otherwise).
 */
export function list_slice_set(l: obj, start: obj, stop: obj, step: obj, src: obj): void {
  slice_adjust(start, stop, step, ListObj.len.get(l));
  const lo: i32 = slice_start;
  const st: i32 = slice_step;
  const count: u32 = slice_count;
  if (!list_can_iterate(src)) {
    if (st === 1) raise_msg(TypeId.TypeError, "can only assign an iterable");
    raise_msg(TypeId.TypeError, "must assign iterable to extended slice");
  }
  // l[a:b] = l, or items from a dict or set: take a snapshot first.
  let items_from: obj = src;
  const depth: u32 = gc_root_push(l);
  if (src === l || !is_sequence(src)) items_from = list_from(src);
  gc_root_push(items_from);
  if (st === 1) {
    const a: u32 = lo >>> 0;
    const b: u32 = count === 0 ? a : (a + count) >>> 0;
    replace_range(l, a, b, items_from);
  } else {
    const n: u32 = sequence_len(items_from);
    if (n !== count) {
      const p: u32 = message_begin();
      print_str(p, "attempt to assign sequence of size ");
      print_i32(p, n | 0);
      print_str(p, " to extended slice of size ");
      print_i32(p, count | 0);
      message_raise(TypeId.ValueError, p);
    }
    const at: u32 = sequence_items(items_from);
    slice_start = lo;
    slice_step = st;
    for (let k: u32 = 0; k < n; k++) list_set(l, slice_position(k), load_u32(at + k * 4));
  }
  gc_root_restore(depth);
}

/** del l[start:stop:step]. */
export function list_slice_delete(l: obj, start: obj, stop: obj, step: obj): void {
  const len: u32 = ListObj.len.get(l);
  slice_adjust(start, stop, step, len);
  const count: u32 = slice_count;
  if (count === 0) return;
  // The same positions, ascending.
  let first: u32 = slice_start >>> 0;
  let st: u32 = slice_step >>> 0;
  if (slice_step < 0) {
    first = slice_position((count - 1) >>> 0);
    st = (0 - slice_step) >>> 0;
  }
  const items: u32 = ListObj.items.get(l);
  let w: u32 = first;
  let next: u32 = first;
  let removed: u32 = 0;
  for (let r: u32 = first; r < len; r++) {
    if (r === next && removed < count) {
      removed = (removed + 1) >>> 0;
      next = (next + st) >>> 0;
    } else {
      store_u32(items + w * 4, load_u32(items + r * 4));
      w = (w + 1) >>> 0;
    }
  }
  truncate(l, w);
}

// ---- operators ----

export function list_equal(a: obj, b: obj): bool {
  if (a === b) return true;
  const n: u32 = ListObj.len.get(a);
  if (n !== ListObj.len.get(b)) return false;
  for (let i: u32 = 0; i < n && i < ListObj.len.get(a) && i < ListObj.len.get(b); i++) {
    if (!obj_equal(list_get(a, i), list_get(b, i))) return false;
  }
  return ListObj.len.get(a) === ListObj.len.get(b);
}

/** A new list: l repeated times times (an int; <= 0 gives []). */
export function list_repeat(l: obj, times: obj): obj {
  if (!int_is(times) && times !== OBJ_TRUE && times !== OBJ_FALSE) {
    const p: u32 = message_begin();
    print_str(p, "can't multiply sequence by non-int of type '");
    message_type_name(p, times);
    print_str(p, "'");
    message_raise(TypeId.TypeError, p);
  }
  if (!is_small_int(times) && int_is(times) && !mpz_is_neg(times)) {
    raise_msg(TypeId.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  const t: i32 = is_small_int(times) || times === OBJ_TRUE || times === OBJ_FALSE ? index_value(times, IndexUse.Integer) : 0;
  const n: u32 = ListObj.len.get(l);
  if (t <= 0 || n === 0) return list_new(0);
  if ((t >>> 0) > ((LIST_MAX / n) >>> 0)) raise_memory_error();
  const depth: u32 = gc_root_push(l);
  const r: obj = list_new(Math.imul(n, t) >>> 0);
  gc_root_restore(depth);
  const src: u32 = ListObj.items.get(l);
  const dst: u32 = ListObj.items.get(r);
  for (let k: u32 = 0; k < (t >>> 0); k++) mem_copy(dst + Math.imul(k, n) * 4, src, n * 4);
  return r;
}

/** l *= times, in place. */
function repeat_in_place(l: obj, times: obj): void {
  const r: obj = list_repeat(l, times);
  const n: u32 = ListObj.len.get(r);
  // Take over the repetition's items array: no copy.
  ListObj.items.set(l, ListObj.items.get(r));
  ListObj.alloc.set(l, ListObj.alloc.get(r));
  ListObj.len.set(l, n);
  ListObj.items.set(r, 0);
  ListObj.len.set(r, 0);
  ListObj.alloc.set(r, 0);
}

/** a + b: a new list. TypeError (CPython's message) when b is not a list. */
export function list_concat(a: obj, b: obj): obj {
  if (!list_is(b)) {
    const p: u32 = message_begin();
    print_str(p, "can only concatenate list (not \"");
    message_type_name(p, b);
    print_str(p, "\") to list");
    message_raise(TypeId.TypeError, p);
  }
  const na: u32 = ListObj.len.get(a);
  const nb: u32 = ListObj.len.get(b);
  if (nb > ((LIST_MAX - na) >>> 0)) raise_memory_error();
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  const r: obj = list_new((na + nb) >>> 0);
  gc_root_restore(depth);
  mem_copy(ListObj.items.get(r), ListObj.items.get(a), na * 4);
  mem_copy(ListObj.items.get(r) + na * 4, ListObj.items.get(b), nb * 4);
  return r;
}

/**
 * The binary_op slot: a is a list. OBJ_NULL when lists do not implement op with b (the VM
 * then tries b, and raises TypeError as CPython does).
 */
export function list_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  switch (op) {
    case BinaryOp.Add: return list_concat(a, b);
    case BinaryOp.InplaceAdd:
      list_extend(a, b);
      return a;
    case BinaryOp.Multiply: return list_repeat(a, b);
    case BinaryOp.InplaceMultiply:
      repeat_in_place(a, b);
      return a;
    case BinaryOp.Contains: return bool_obj(find(a, b, 0, ListObj.len.get(a)) >= 0);
    case BinaryOp.Equal: return list_is(b) ? bool_obj(list_equal(a, b)) : OBJ_NULL;
    case BinaryOp.NotEqual: return list_is(b) ? bool_obj(!list_equal(a, b)) : OBJ_NULL;
    case BinaryOp.Less: case BinaryOp.LessEqual: case BinaryOp.More: case BinaryOp.MoreEqual:
      return list_is(b) ? bool_obj(compare_objects(op, a, b)) : OBJ_NULL;
    default: return OBJ_NULL;
  }
}

// ---- sort ----
//
// CPython's timsort, as far as the order of comparisons goes for lists shorter than 64
// (a natural run, reversed if strictly descending, then binary insertion): the same
// comparisons in the same order, so the same TypeError for mixed types, and the same
// partly sorted list when a comparison fails. Longer lists are split into runs the same
// way and the runs merged pairwise (stable; no galloping), into a buffer of n words.
// Keys, when given, are a list of precomputed keys (the VM calls key=): they are sorted
// in parallel with the items, as CPython does. Ints, strs, tuples and lists are ordered
// (compare.ts); other types come with their own modules.

let sort_keys: u32 = 0;
let sort_values: u32 = 0;
let sort_reverse: bool = false;

/** Does key a sort strictly before key b? (reverse is handled by reversing around the sort) */
function key_less(a: u32, b: u32): bool {
  return compare_less(load_u32(sort_keys + a * 4), load_u32(sort_keys + b * 4));
}

function move_record(to: u32, from: u32): void {
  store_u32(sort_keys + to * 4, load_u32(sort_keys + from * 4));
  if (sort_values !== sort_keys) store_u32(sort_values + to * 4, load_u32(sort_values + from * 4));
}

/** CPython's count_run: the length of the run starting at lo; negative when descending. */
function count_run(lo: u32, hi: u32): i32 {
  if (((lo + 1) >>> 0) === hi) return 1;
  let n: i32 = 2;
  if (key_less((lo + 1) >>> 0, lo)) {
    for (let p: u32 = (lo + 2) >>> 0; p < hi && key_less(p, (p - 1) >>> 0); p++) n = (n + 1) | 0;
    return (0 - n) | 0;
  }
  for (let p: u32 = (lo + 2) >>> 0; p < hi && !key_less(p, (p - 1) >>> 0); p++) n = (n + 1) | 0;
  return n;
}

/** CPython's binarysort: [lo, start) is sorted; insert [start, hi) one by one. */
function binary_insertion(lo: u32, hi: u32, start: u32): void {
  for (let s: u32 = start === lo ? (lo + 1) >>> 0 : start; s < hi; s++) {
    let l: u32 = lo;
    let r: u32 = s;
    // key_less(s, p) reads the pivot from its own slot: nothing moves until it is placed.
    do {
      const p: u32 = (l + ((r - l) >>> 1)) >>> 0;
      if (key_less(s, p)) r = p;
      else l = (p + 1) >>> 0;
    } while (l < r);
    if (l === s) continue;
    const k: u32 = load_u32(sort_keys + s * 4);
    const v: u32 = load_u32(sort_values + s * 4);
    for (let p: u32 = s; p > l; p--) move_record(p, (p - 1) >>> 0);
    store_u32(sort_keys + l * 4, k);
    store_u32(sort_values + l * 4, v);
  }
}

/** CPython's merge_compute_minrun. */
function min_run(total: u32): u32 {
  let n: u32 = total;
  let r: u32 = 0;
  while (n >= 64) {
    r = (r | (n & 1)) >>> 0;
    n = n >>> 1;
  }
  return (n + r) >>> 0;
}

/**
 * Merge the sorted runs [lo, mid) and [mid, hi) stably, through tmp (room for the left
 * run's keys then its values). On a failed comparison the left run's rest is copied back,
 * so the array stays a permutation of what it held (as CPython's merge_lo does).
 */
function merge_runs(lo: u32, mid: u32, hi: u32, tmp: u32): void {
  const na: u32 = (mid - lo) >>> 0;
  const tv: u32 = (tmp + na * 4) >>> 0;
  mem_copy(tmp, sort_keys + lo * 4, na * 4);
  if (sort_values !== sort_keys) mem_copy(tv, sort_values + lo * 4, na * 4);
  let a: u32 = 0;
  let b: u32 = mid;
  let d: u32 = lo;
  try {
    while (a < na && b < hi) {
      if (compare_less(load_u32(sort_keys + b * 4), load_u32(tmp + a * 4))) {
        move_record(d, b);
        b = (b + 1) >>> 0;
      } else {
        store_u32(sort_keys + d * 4, load_u32(tmp + a * 4));
        if (sort_values !== sort_keys) store_u32(sort_values + d * 4, load_u32(tv + a * 4));
        a = (a + 1) >>> 0;
      }
      d = (d + 1) >>> 0;
    }
  } catch (e) {
    const exc: u32 = caught(e);
    restore_left(d, a, na, tmp, tv);
    raise(exc);
  }
  restore_left(d, a, na, tmp, tv);
}

/** Copy the left run's unmerged rest [a, na) of tmp to position d. */
function restore_left(d: u32, a: u32, na: u32, tmp: u32, tv: u32): void {
  const rest: u32 = (na - a) >>> 0;
  mem_copy(sort_keys + d * 4, tmp + a * 4, rest * 4);
  if (sort_values !== sort_keys) mem_copy(sort_values + d * 4, tv + a * 4, rest * 4);
}

/** Sort [0, n): runs, then (for n >= 64) pairwise merges through a heap buffer. */
function timsort(n: u32, runs: u32, tmp: u32): void {
  const minrun: u32 = min_run(n);
  let lo: u32 = 0;
  let nruns: u32 = 0;
  while (lo < n) {
    let run: i32 = count_run(lo, n);
    if (run < 0) {
      run = (0 - run) | 0;
      reverse_words(sort_keys, lo, run >>> 0);
      if (sort_values !== sort_keys) reverse_words(sort_values, lo, run >>> 0);
    }
    let len: u32 = run >>> 0;
    const remaining: u32 = (n - lo) >>> 0;
    if (len < minrun) {
      const force: u32 = remaining <= minrun ? remaining : minrun;
      binary_insertion(lo, (lo + force) >>> 0, (lo + len) >>> 0);
      len = force;
    }
    lo = (lo + len) >>> 0;
    if (runs !== 0) store_u32(runs + nruns * 4, lo);
    nruns = (nruns + 1) >>> 0;
  }
  // Merge neighbouring runs pairwise until one is left. runs[i] is where run i ends.
  while (nruns > 1) {
    let kept: u32 = 0;
    let start: u32 = 0;
    for (let i: u32 = 0; i < nruns; i = (i + 2) >>> 0) {
      const mid: u32 = load_u32(runs + i * 4);
      let end: u32 = mid;
      if (((i + 1) >>> 0) < nruns) {
        end = load_u32(runs + (i + 1) * 4);
        merge_runs(start, mid, end, tmp);
      }
      store_u32(runs + kept * 4, end);
      kept = (kept + 1) >>> 0;
      start = end;
    }
    nruns = kept;
  }
}

/** Undo the reversal done before sorting (on success and on failure alike, as CPython). */
function unreverse(n: u32): void {
  if (!sort_reverse) return;
  reverse_words(sort_values, 0, n);
  if (sort_values !== sort_keys) reverse_words(sort_keys, 0, n);
}

/**
 * l.sort(key=…, reverse=…): stable, in place. keys is OBJ_NULL, or a list of the keys
 * (one per item, in order: the VM calls the key function first); it is reordered too.
 * Raises TypeError for unorderable keys, leaving l partly sorted (as CPython does).
 */
export function list_sort(l: obj, keys: obj, reverse: bool): void {
  const n: u32 = ListObj.len.get(l);
  if (keys !== OBJ_NULL && ListObj.len.get(keys) !== n) raise_msg(TypeId.ValueError, "list modified during sort");
  if (n < 2) return;
  // Runs of at least 32 for n >= 64: the run table and a merge buffer for half the records.
  // Comparisons may allocate (big ints): everything the sort uses stays rooted.
  const depth: u32 = gc_root_push(l);
  gc_root_push(keys);
  let runs: ref = 0;
  let tmp: ref = 0;
  if (n >= 64) {
    runs = gc_alloc((((n >>> 5) + 2) * 4) >>> 0);
    gc_root_push(runs);
    tmp = runs === 0 ? 0 : gc_alloc((n * (keys === OBJ_NULL ? 4 : 8)) >>> 0);
    gc_root_push(tmp);
    if (tmp === 0) {
      gc_root_restore(depth);
      raise_memory_error();
    }
  }
  sort_values = ListObj.items.get(l);
  sort_keys = keys === OBJ_NULL ? sort_values : ListObj.items.get(keys);
  sort_reverse = reverse;
  if (reverse) {
    reverse_words(sort_values, 0, n);
    if (sort_values !== sort_keys) reverse_words(sort_keys, 0, n);
  }
  try {
    timsort(n, runs, tmp);
  } catch (e) {
    const exc: u32 = caught(e);
    unreverse(n);
    raise(exc);
  }
  unreverse(n);
  gc_root_restore(depth);
  if (tmp !== 0) {
    gc_free(tmp);
    gc_free(runs);
  }
}

// ---- printing ----

export function list_print(p: Printer, l: obj, kind: PrintKind): void {
  print_str(p, "[");
  for (let i: u32 = 0; i < ListObj.len.get(l); i++) {
    if (i > 0) print_str(p, ", ");
    obj_print(p, list_get(l, i), PrintKind.Repr);
  }
  print_str(p, "]");
}

/** The unary_op slot: len() and truth; OBJ_NULL for the rest (obj_hash raises TypeError: unhashable). */
export function list_unary_op(op: UnaryOp, a: obj): obj {
  if (op === UnaryOp.Len) return new_small_int(ListObj.len.get(a) | 0);
  if (op === UnaryOp.Bool) return bool_obj(ListObj.len.get(a) !== 0);
  return OBJ_NULL;
}
