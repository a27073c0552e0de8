// dict objects: insertion-ordered, as CPython 3.7+, on the compact hash table of map.ts
// (entries [hash, key, value]). Keys are hashed and compared only through obj_hash and
// obj_equal, so equal keys of different types (1, True, later 1.0) are one key; the first
// key stored stays, its value is replaced. Deleting keeps the order of the rest, and a key
// stored again goes to the end. Missing keys raise KeyError(key), whose str is the key's repr.

import { type i32, type u32, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, bool_obj, new_small_int, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { tuple_new, tuple_set, tuple_len, tuple_get } from "./tuple.js";
import { raise_msg } from "./exception.js";
import { obj_equal } from "./equality.js";
import { obj_print } from "./print.js";
import { PrintKind, str_data, str_len, str_from_bytes } from "./str.js";
import { list_new, list_set, list_len, list_get, list_is, list_raise_not_iterable } from "./list.js";
import { message_begin, message_raise, message_raise_obj } from "./message.js";
import {
  map_new, map_is, map_used, map_find, map_store, map_remove_at, map_key_at, map_value_at,
  map_iter_next, map_last, map_clear, map_copy, MAP_END,
} from "./map.js";
import { BinaryOp, UnaryOp } from "../ops.js";
import { print_str, print_i32, type Printer } from "../print.js";

export function dict_new(): obj {
  return map_new(TypeId.dict);
}

export function dict_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.dict);
}

export function dict_len(d: obj): u32 {
  return map_used(d);
}

/** d[key] or OBJ_NULL when absent (no KeyError). Raises TypeError for an unhashable key. */
export function dict_lookup(d: obj, key: obj): obj {
  const pos: i32 = map_find(d, key);
  return pos < 0 ? OBJ_NULL : map_value_at(d, pos >>> 0);
}

/** d[key]: KeyError(key) when absent. */
export function dict_get(d: obj, key: obj): obj {
  const v: obj = dict_lookup(d, key);
  if (v === OBJ_NULL) message_raise_obj(TypeId.KeyError, key);
  return v;
}

/** d[key] = value. */
export function dict_set(d: obj, key: obj, value: obj): void {
  map_store(d, key, value);
}

/** del d[key]: KeyError(key) when absent. */
export function dict_delete(d: obj, key: obj): void {
  const pos: i32 = map_find(d, key);
  if (pos < 0) message_raise_obj(TypeId.KeyError, key);
  map_remove_at(d, pos >>> 0);
}

export function dict_contains(d: obj, key: obj): bool {
  return map_find(d, key) >= 0;
}

/** d.pop(key) (deflt OBJ_NULL: KeyError(key) when absent) or d.pop(key, deflt). */
export function dict_pop(d: obj, key: obj, deflt: obj): obj {
  const pos: i32 = map_find(d, key);
  if (pos < 0) {
    if (deflt === OBJ_NULL) message_raise_obj(TypeId.KeyError, key);
    return deflt;
  }
  const v: obj = map_value_at(d, pos >>> 0);
  map_remove_at(d, pos >>> 0);
  return v;
}

/** d.popitem(): the last (key, value) stored, removed (LIFO, as CPython 3.7+). */
export function dict_popitem(d: obj): obj {
  const pos: u32 = map_last(d);
  if (pos === MAP_END) raise_msg(TypeId.KeyError, "popitem(): dictionary is empty");
  // The tuple first: a MemoryError leaves the dict as it was.
  const depth: u32 = gc_root_push(d);
  const t: obj = tuple_new(2);
  gc_root_restore(depth);
  tuple_set(t, 0, map_key_at(d, pos));
  tuple_set(t, 1, map_value_at(d, pos));
  map_remove_at(d, pos);
  return t;
}

/** d.setdefault(key, deflt): the value, storing deflt first when key is absent. */
export function dict_setdefault(d: obj, key: obj, deflt: obj): obj {
  const pos: i32 = map_find(d, key);
  if (pos >= 0) return map_value_at(d, pos >>> 0);
  map_store(d, key, deflt);
  return deflt;
}

export function dict_clear(d: obj): void {
  map_clear(d);
}

export function dict_copy(d: obj): obj {
  return map_copy(d, TypeId.dict);
}

/** A one-character str of the byte at addr (dict(["ab"]) pairs a str's characters). */
function char_str(s: obj, i: u32): obj {
  return str_from_bytes((str_data(s) + i) >>> 0, 1);
}

/** Store one element of an update sequence: a pair (tuple, list or 2-character str). */
function update_pair(d: obj, element: obj, n: u32): void {
  const t: obj = obj_type(element);
  let len: u32 = 0;
  if (t === type_word(TypeId.tuple)) len = tuple_len(element);
  else if (list_is(element)) len = list_len(element);
  else if (t === type_word(TypeId.str)) len = str_len(element);
  else if (map_is(element)) len = map_used(element);
  else {
    const p: u32 = message_begin();
    print_str(p, "cannot convert dictionary update sequence element #");
    print_i32(p, n | 0);
    print_str(p, " to a sequence");
    message_raise(TypeId.TypeError, p);
  }
  if (len !== 2) {
    const p: u32 = message_begin();
    print_str(p, "dictionary update sequence element #");
    print_i32(p, n | 0);
    print_str(p, " has length ");
    print_i32(p, len | 0);
    print_str(p, "; 2 is required");
    message_raise(TypeId.ValueError, p);
  }
  const depth: u32 = gc_root_push(d);
  gc_root_push(element);
  if (t === type_word(TypeId.tuple)) {
    map_store(d, tuple_get(element, 0), tuple_get(element, 1));
  } else if (list_is(element)) {
    map_store(d, list_get(element, 0), list_get(element, 1));
  } else if (t === type_word(TypeId.str)) {
    const k: obj = char_str(element, 0);
    gc_root_push(k);
    const v: obj = char_str(element, 1);
    gc_root_push(v);
    map_store(d, k, v);
  } else {
    const first: u32 = map_iter_next(element, 0);
    map_store(d, map_key_at(element, first), map_key_at(element, map_iter_next(element, (first + 1) >>> 0)));
  }
  gc_root_restore(depth);
}

/**
 * d.update(src): src a dict, or a list, tuple, set or frozenset of pairs. Other iterables
 * are the VM's (it iterates and calls dict_set). Pairs stored before an error stay stored,
 * as in CPython.
 */
export function dict_update(d: obj, src: obj): void {
  const depth: u32 = gc_root_push(d);
  gc_root_push(src);
  if (dict_is(src)) {
    for (let pos: u32 = map_iter_next(src, 0); pos !== MAP_END; pos = map_iter_next(src, (pos + 1) >>> 0)) {
      map_store(d, map_key_at(src, pos), map_value_at(src, pos));
    }
  } else if (obj_type(src) === type_word(TypeId.tuple)) {
    for (let i: u32 = 0; i < tuple_len(src); i++) update_pair(d, tuple_get(src, i), i);
  } else if (list_is(src)) {
    for (let i: u32 = 0; i < list_len(src); i++) update_pair(d, list_get(src, i), i);
  } else if (map_is(src)) {
    let n: u32 = 0;
    for (let pos: u32 = map_iter_next(src, 0); pos !== MAP_END; pos = map_iter_next(src, (pos + 1) >>> 0)) {
      update_pair(d, map_key_at(src, pos), n);
      n = (n + 1) >>> 0;
    }
  } else {
    list_raise_not_iterable(src);
  }
  gc_root_restore(depth);
}

/** dict.fromkeys(src, value): src a list, tuple, dict (its keys), set or frozenset. */
export function dict_fromkeys(src: obj, value: obj): obj {
  const depth: u32 = gc_root_push(src);
  gc_root_push(value);
  const d: obj = dict_new();
  gc_root_push(d);
  if (obj_type(src) === type_word(TypeId.tuple)) {
    for (let i: u32 = 0; i < tuple_len(src); i++) map_store(d, tuple_get(src, i), value);
  } else if (list_is(src)) {
    for (let i: u32 = 0; i < list_len(src); i++) map_store(d, list_get(src, i), value);
  } else if (map_is(src)) {
    for (let pos: u32 = map_iter_next(src, 0); pos !== MAP_END; pos = map_iter_next(src, (pos + 1) >>> 0)) {
      map_store(d, map_key_at(src, pos), value);
    }
  } else {
    list_raise_not_iterable(src);
  }
  gc_root_restore(depth);
  return d;
}

/** a == b for two dicts: the same keys, with equal values (order does not matter). */
export function dict_equal(a: obj, b: obj): bool {
  if (a === b) return true;
  if (map_used(a) !== map_used(b)) return false;
  for (let pos: u32 = map_iter_next(a, 0); pos !== MAP_END; pos = map_iter_next(a, (pos + 1) >>> 0)) {
    const other: i32 = map_find(b, map_key_at(a, pos));
    if (other < 0 || !obj_equal(map_value_at(a, pos), map_value_at(b, other >>> 0))) return false;
  }
  return true;
}

// ---- iteration: positions in insertion order ----

/** The first entry position at or after pos, or MAP_END: for (p = dict_next(d, 0); p !== MAP_END; p = dict_next(d, p + 1)). */
export function dict_next(d: obj, pos: u32): u32 {
  return map_iter_next(d, pos);
}

export function dict_key_at(d: obj, pos: u32): obj {
  return map_key_at(d, pos);
}

export function dict_value_at(d: obj, pos: u32): obj {
  return map_value_at(d, pos);
}

const enum View {
  Keys,
  Values,
  Items,
}

function view_list(d: obj, what: View): obj {
  const depth: u32 = gc_root_push(d);
  const l: obj = list_new(map_used(d));
  gc_root_push(l);
  let i: u32 = 0;
  for (let pos: u32 = map_iter_next(d, 0); pos !== MAP_END; pos = map_iter_next(d, (pos + 1) >>> 0)) {
    if (what === View.Keys) {
      list_set(l, i, map_key_at(d, pos));
    } else if (what === View.Values) {
      list_set(l, i, map_value_at(d, pos));
    } else {
      const t: obj = tuple_new(2);
      tuple_set(t, 0, map_key_at(d, pos));
      tuple_set(t, 1, map_value_at(d, pos));
      list_set(l, i, t);
    }
    i = (i + 1) >>> 0;
  }
  gc_root_restore(depth);
  return l;
}

/** list(d.keys()), list(d.values()), list(d.items()): in insertion order. */
export function dict_keys_list(d: obj): obj {
  return view_list(d, View.Keys);
}

export function dict_values_list(d: obj): obj {
  return view_list(d, View.Values);
}

export function dict_items_list(d: obj): obj {
  return view_list(d, View.Items);
}

/** The binary_op slot: a is a dict. ==, != and `in`; OBJ_NULL for the rest. */
export function dict_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  switch (op) {
    case BinaryOp.Equal: return dict_is(b) ? bool_obj(dict_equal(a, b)) : OBJ_NULL;
    case BinaryOp.NotEqual: return dict_is(b) ? bool_obj(!dict_equal(a, b)) : OBJ_NULL;
    case BinaryOp.Contains: return bool_obj(dict_contains(a, b));
    case BinaryOp.Or: {
      // a | b (3.9): a copy of a updated with b.
      if (!dict_is(b)) return OBJ_NULL;
      const depth: u32 = gc_root_push(b);
      const merged: obj = dict_copy(a);
      gc_root_push(merged);
      dict_update(merged, b);
      gc_root_restore(depth);
      return merged;
    }
    case BinaryOp.InplaceOr:
      if (!dict_is(b)) return OBJ_NULL;
      dict_update(a, b);
      return a;
    default: return OBJ_NULL;
  }
}

export function dict_print(p: Printer, d: obj, kind: PrintKind): void {
  print_str(p, "{");
  let first: bool = true;
  for (let pos: u32 = map_iter_next(d, 0); pos !== MAP_END; pos = map_iter_next(d, (pos + 1) >>> 0)) {
    if (!first) print_str(p, ", ");
    first = false;
    obj_print(p, map_key_at(d, pos), PrintKind.Repr);
    print_str(p, ": ");
    obj_print(p, map_value_at(d, pos), PrintKind.Repr);
  }
  print_str(p, "}");
}

/** The unary_op slot: len() and truth; OBJ_NULL for the rest (obj_hash raises TypeError: unhashable). */
export function dict_unary_op(op: UnaryOp, a: obj): obj {
  if (op === UnaryOp.Len) return new_small_int(map_used(a) | 0);
  if (op === UnaryOp.Bool) return bool_obj(map_used(a) !== 0);
  return OBJ_NULL;
}
