// Attribute tuples (MicroPython's attrtuple): a tuple whose items are also attributes,
// for sys.implementation and the like. It is a tuple in every respect (type, len,
// indexing, ==, hash); its repr names each item: (name='micropython', _mpy=774).
// The names are a tuple of str after the items, flagged in the len field (core/objects/tuple.ts).

import { store_u32, type u32 } from "../subset/index.js";
import { gc_alloc } from "../gc.js";
import { OBJ_NULL, qstr_of, type obj } from "../obj.js";
import { type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { TupleObj, TUPLE_HAS_NAMES, tuple_len, tuple_get, tuple_names } from "./tuple.js";

/** A new attribute tuple with one item per name in names (a tuple of qstr strs), all 0
 *  until set with tuple_set. The caller roots names across this call's allocation. */
export function attrtuple_new(names: obj): obj {
  const n: u32 = tuple_len(names);
  const t: obj = gc_alloc((TupleObj.SIZE + (n + 1) * 4) >>> 0);
  if (t === 0) raise_memory_error();
  TupleObj.type.set(t, type_word(TypeId.tuple));
  TupleObj.len.set(t, (n | TUPLE_HAS_NAMES) >>> 0);
  store_u32(t + TupleObj.SIZE + n * 4, names);
  return t;
}

/** Attribute q of tuple t: the item named q, or OBJ_NULL (also for a plain tuple). */
export function attrtuple_attr(t: obj, q: u32): obj {
  const names: obj = tuple_names(t);
  if (names === OBJ_NULL) return OBJ_NULL;
  const n: u32 = tuple_len(names);
  for (let i: u32 = 0; i < n; i++) {
    if (qstr_of(tuple_get(names, i)) === q) return tuple_get(t, i);
  }
  return OBJ_NULL;
}
