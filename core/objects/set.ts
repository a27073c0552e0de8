// set and frozenset objects, on the compact hash table of map.ts (entries [hash, key]).
// Iteration order: Pyxis's sets iterate in insertion order (the table keeps it for free),
// where CPython's order follows hash values and table size (and MicroPython's its own
// table). Python promises no set order, so programs cannot rely on either. The order of
// results: union = a's items then b's new ones; intersection and difference = a's order;
// symmetric difference = a's items not in b, then b's not in a; pop() removes the item
// added last (O(1)). A frozenset is a set without the mutating methods, hashable.

import { type i32, type u32, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, bool_obj, new_small_int, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { tuple_len, tuple_get } from "./tuple.js";
import { raise_msg } from "./exception.js";
import { obj_print } from "./print.js";
import { PrintKind } from "./str.js";
import { list_len, list_get, list_is, list_raise_not_iterable } from "./list.js";
import { message_raise_obj } from "./message.js";
import {
  map_new, map_is, map_used, map_find, map_store, map_remove_at, map_remove_at_keep, map_maybe_shrink,
  map_key_at, map_hash_at, map_iter_next, map_last, map_clear, map_copy, MAP_END,
} from "./map.js";
import { BinaryOp, UnaryOp } from "../ops.js";
import { print_str, type Printer } from "../print.js";

/** A new empty set (id TypeId.set) or frozenset (TypeId.frozenset). */
export function set_new(id: TypeId): obj {
  return map_new(id);
}

/** Is o a set or a frozenset? */
export function set_is(o: obj): bool {
  const t: obj = obj_type(o);
  return t === type_word(TypeId.set) || t === type_word(TypeId.frozenset);
}

function type_id(s: obj): TypeId {
  return obj_type(s) === type_word(TypeId.frozenset) ? TypeId.frozenset : TypeId.set;
}

export function set_len(s: obj): u32 {
  return map_used(s);
}

export function set_contains(s: obj, v: obj): bool {
  return map_find(s, v) >= 0;
}

export function set_add(s: obj, v: obj): void {
  map_store(s, v, OBJ_NULL);
}

export function set_discard(s: obj, v: obj): void {
  const pos: i32 = map_find(s, v);
  if (pos >= 0) map_remove_at(s, pos >>> 0);
}

/** s.remove(v): KeyError(v) when absent. */
export function set_remove(s: obj, v: obj): void {
  const pos: i32 = map_find(s, v);
  if (pos < 0) message_raise_obj(TypeId.KeyError, v);
  map_remove_at(s, pos >>> 0);
}

/** s.pop(): the item added last. */
export function set_pop(s: obj): obj {
  const pos: u32 = map_last(s);
  if (pos === MAP_END) raise_msg(TypeId.KeyError, "pop from an empty set");
  const v: obj = map_key_at(s, pos);
  map_remove_at(s, pos);
  return v;
}

export function set_clear(s: obj): void {
  map_clear(s);
}

/** s.copy(): of the same type. */
export function set_copy(s: obj): obj {
  return map_copy(s, type_id(s));
}

/** A copy of s as a set or frozenset (set(fs), frozenset(s)). */
export function set_copy_as(s: obj, id: TypeId): obj {
  return map_copy(s, id);
}

/**
 * Add every item of src: a list, tuple, set, frozenset or dict (its keys). Other iterables
 * are the VM's (it iterates and calls set_add). Items added before an error stay added.
 */
export function set_update(s: obj, src: obj): void {
  const depth: u32 = gc_root_push(s);
  gc_root_push(src);
  if (obj_type(src) === type_word(TypeId.tuple)) {
    for (let i: u32 = 0; i < tuple_len(src); i++) map_store(s, tuple_get(src, i), OBJ_NULL);
  } else if (list_is(src)) {
    for (let i: u32 = 0; i < list_len(src); i++) map_store(s, list_get(src, i), OBJ_NULL);
  } else if (map_is(src)) {
    for (let pos: u32 = map_iter_next(src, 0); pos !== MAP_END; pos = map_iter_next(src, (pos + 1) >>> 0)) {
      map_store(s, map_key_at(src, pos), OBJ_NULL);
    }
  } else {
    list_raise_not_iterable(src);
  }
  gc_root_restore(depth);
}

/** o itself when it is a set or frozenset, else a new set of its items. */
function as_set(o: obj): obj {
  if (set_is(o)) return o;
  const depth: u32 = gc_root_push(o);
  const s: obj = set_new(TypeId.set);
  gc_root_push(s);
  set_update(s, o);
  gc_root_restore(depth);
  return s;
}

/** a | b (a.union(b)): a new set of a's type. */
export function set_union(a: obj, b: obj): obj {
  const depth: u32 = gc_root_push(b);
  const r: obj = set_copy(a);
  gc_root_push(r);
  set_update(r, b);
  gc_root_restore(depth);
  return r;
}

/** A new set of a's type with a's items that are (keep) or are not (!keep) in b. */
function filter(a: obj, b: obj, keep: bool): obj {
  const depth: u32 = gc_root_push(a);
  const other: obj = as_set(b);
  gc_root_push(other);
  const r: obj = set_new(type_id(a));
  gc_root_push(r);
  for (let pos: u32 = map_iter_next(a, 0); pos !== MAP_END; pos = map_iter_next(a, (pos + 1) >>> 0)) {
    const v: obj = map_key_at(a, pos);
    if ((map_find(other, v) >= 0) === keep) map_store(r, v, OBJ_NULL);
  }
  gc_root_restore(depth);
  return r;
}

/** a & b (a.intersection(b)). */
export function set_intersection(a: obj, b: obj): obj {
  return filter(a, b, true);
}

/** a - b (a.difference(b)). */
export function set_difference(a: obj, b: obj): obj {
  return filter(a, b, false);
}

/** a ^ b (a.symmetric_difference(b)). */
export function set_symmetric_difference(a: obj, b: obj): obj {
  const depth: u32 = gc_root_push(a);
  const other: obj = as_set(b);
  gc_root_push(other);
  const r: obj = filter(a, other, false);
  gc_root_push(r);
  for (let pos: u32 = map_iter_next(other, 0); pos !== MAP_END; pos = map_iter_next(other, (pos + 1) >>> 0)) {
    const v: obj = map_key_at(other, pos);
    if (map_find(a, v) < 0) map_store(r, v, OBJ_NULL);
  }
  gc_root_restore(depth);
  return r;
}

/** Remove from s its items that are (drop_if_in) or are not (!drop_if_in) in other. */
function remove_where(s: obj, other: obj, drop_if_in: bool): void {
  for (let pos: u32 = map_iter_next(s, 0); pos !== MAP_END; pos = map_iter_next(s, (pos + 1) >>> 0)) {
    if ((map_find(other, map_key_at(s, pos)) >= 0) === drop_if_in) map_remove_at_keep(s, pos);
  }
  map_maybe_shrink(s);
}

/** s &= b (s.intersection_update(b)). */
export function set_intersection_update(s: obj, b: obj): void {
  const depth: u32 = gc_root_push(s);
  const other: obj = as_set(b);
  gc_root_push(other);
  remove_where(s, other, false);
  gc_root_restore(depth);
}

/** s -= b (s.difference_update(b)). */
export function set_difference_update(s: obj, b: obj): void {
  if (s === b) {
    map_clear(s);
    return;
  }
  const depth: u32 = gc_root_push(s);
  const other: obj = as_set(b);
  gc_root_push(other);
  remove_where(s, other, true);
  gc_root_restore(depth);
}

/** s ^= b (s.symmetric_difference_update(b)). */
export function set_symmetric_difference_update(s: obj, b: obj): void {
  if (s === b) {
    map_clear(s);
    return;
  }
  const depth: u32 = gc_root_push(s);
  const other: obj = as_set(b);
  gc_root_push(other);
  // Room for the additions first, so that a MemoryError leaves s as it was.
  const added: obj = filter(other, s, false);
  gc_root_push(added);
  remove_where(s, other, true);
  for (let pos: u32 = map_iter_next(added, 0); pos !== MAP_END; pos = map_iter_next(added, (pos + 1) >>> 0)) {
    map_store(s, map_key_at(added, pos), OBJ_NULL);
  }
  gc_root_restore(depth);
}

/** Is every item of a in b (b a set or frozenset)? */
function subset_of(a: obj, b: obj): bool {
  if (map_used(a) > map_used(b)) return false;
  for (let pos: u32 = map_iter_next(a, 0); pos !== MAP_END; pos = map_iter_next(a, (pos + 1) >>> 0)) {
    if (map_find(b, map_key_at(a, pos)) < 0) return false;
  }
  return true;
}

export function set_issubset(a: obj, b: obj): bool {
  const depth: u32 = gc_root_push(a);
  const other: obj = as_set(b);
  gc_root_restore(depth);
  return subset_of(a, other);
}

export function set_issuperset(a: obj, b: obj): bool {
  const depth: u32 = gc_root_push(a);
  const other: obj = as_set(b);
  gc_root_restore(depth);
  return subset_of(other, a);
}

export function set_isdisjoint(a: obj, b: obj): bool {
  const depth: u32 = gc_root_push(a);
  const other: obj = as_set(b);
  gc_root_restore(depth);
  for (let pos: u32 = map_iter_next(other, 0); pos !== MAP_END; pos = map_iter_next(other, (pos + 1) >>> 0)) {
    if (map_find(a, map_key_at(other, pos)) >= 0) return false;
  }
  return true;
}

/** a == b for sets and frozensets (a set equals a frozenset with the same items). */
export function set_equal(a: obj, b: obj): bool {
  return map_used(a) === map_used(b) && subset_of(a, b);
}

/**
 * hash(frozenset): independent of the order (CPython's scheme: each item's hash shuffled,
 * xor-ed together, then mixed with the size). Kept in 30 bits like the other hashes.
 */
export function set_hash(s: obj): i32 {
  let h: u32 = 0;
  for (let pos: u32 = map_iter_next(s, 0); pos !== MAP_END; pos = map_iter_next(s, (pos + 1) >>> 0)) {
    const eh: u32 = map_hash_at(s, pos);
    h = (h ^ (Math.imul((eh ^ (eh << 16) ^ 89869747) | 0, 0xd93f34d7 | 0) >>> 0)) >>> 0;
  }
  h = (h ^ Math.imul((map_used(s) + 1) | 0, 1927868237)) >>> 0;
  h = (h ^ (h >>> 11) ^ (h >>> 25)) >>> 0;
  h = (Math.imul(h | 0, 69069) + 907133923) >>> 0;
  return h & 0x3fffffff;
}

/**
 * The binary_op slot: a is a set or frozenset. | & - ^ need b a set or frozenset (else
 * OBJ_NULL: the VM raises TypeError); their in-place forms change a set and give a new
 * frozenset. Comparisons are subset tests.
 */
export function set_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (op === BinaryOp.Contains) return bool_obj(set_contains(a, b));
  if (!set_is(b)) return OBJ_NULL;
  const mutable: bool = obj_type(a) === type_word(TypeId.set);
  switch (op) {
    case BinaryOp.Or: return set_union(a, b);
    case BinaryOp.And: return set_intersection(a, b);
    case BinaryOp.Subtract: return set_difference(a, b);
    case BinaryOp.Xor: return set_symmetric_difference(a, b);
    case BinaryOp.InplaceOr:
      if (!mutable) return set_union(a, b);
      set_update(a, b);
      return a;
    case BinaryOp.InplaceAnd:
      if (!mutable) return set_intersection(a, b);
      set_intersection_update(a, b);
      return a;
    case BinaryOp.InplaceSubtract:
      if (!mutable) return set_difference(a, b);
      set_difference_update(a, b);
      return a;
    case BinaryOp.InplaceXor:
      if (!mutable) return set_symmetric_difference(a, b);
      set_symmetric_difference_update(a, b);
      return a;
    case BinaryOp.Equal: return bool_obj(set_equal(a, b));
    case BinaryOp.NotEqual: return bool_obj(!set_equal(a, b));
    case BinaryOp.LessEqual: return bool_obj(subset_of(a, b));
    case BinaryOp.Less: return bool_obj(map_used(a) < map_used(b) && subset_of(a, b));
    case BinaryOp.MoreEqual: return bool_obj(subset_of(b, a));
    case BinaryOp.More: return bool_obj(map_used(a) > map_used(b) && subset_of(b, a));
    default: return OBJ_NULL;
  }
}

/** {1, 2}, set(), frozenset({1, 2}), frozenset(). */
export function set_print(p: Printer, s: obj, kind: PrintKind): void {
  const frozen: bool = obj_type(s) === type_word(TypeId.frozenset);
  if (map_used(s) === 0) {
    print_str(p, frozen ? "frozenset()" : "set()");
    return;
  }
  if (frozen) print_str(p, "frozenset(");
  print_str(p, "{");
  let first: bool = true;
  for (let pos: u32 = map_iter_next(s, 0); pos !== MAP_END; pos = map_iter_next(s, (pos + 1) >>> 0)) {
    if (!first) print_str(p, ", ");
    first = false;
    obj_print(p, map_key_at(s, pos), PrintKind.Repr);
  }
  print_str(p, "}");
  if (frozen) print_str(p, ")");
}

/** The unary_op slot: len() and truth; OBJ_NULL for the rest (a frozenset hashes through set_hash). */
export function set_unary_op(op: UnaryOp, a: obj): obj {
  if (op === UnaryOp.Len) return new_small_int(map_used(a) | 0);
  if (op === UnaryOp.Bool) return bool_obj(map_used(a) !== 0);
  return OBJ_NULL;
}
