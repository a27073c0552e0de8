// tuple objects: a length and the items inline after the header.

import { layout, field_ref, field_u32, load_u32, store_u32, type i32, type u32, type f64, type ref } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, type obj } from "../obj.js";
import { type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { print_str, type Printer } from "../print.js";
import { obj_print } from "./print.js";
import { PrintKind } from "./str.js";

export const TupleObj = layout("TupleObj", { type: field_ref, len: field_u32 });

/** The len field's top bit: a tuple of field names follows the items (an attribute tuple,
 *  core/objects/attrtuple.ts). Every tuple operation sees only the items. */
export const TUPLE_HAS_NAMES: u32 = 0x80000000;

/** A new tuple of n items, all 0 until set (the caller fills it before anyone sees it). */
export function tuple_new(n: u32): obj {
  const t: ref = gc_alloc((TupleObj.SIZE + n * 4) >>> 0);
  if (t === 0) raise_memory_error();
  TupleObj.type.set(t, type_word(TypeId.tuple));
  TupleObj.len.set(t, n);
  return t;
}

export function tuple_len(t: obj): u32 {
  return (TupleObj.len.get(t) & 0x7fffffff) >>> 0;
}

export function tuple_get(t: obj, i: u32): obj {
  return load_u32(t + TupleObj.SIZE + i * 4);
}

export function tuple_set(t: obj, i: u32, v: obj): void {
  store_u32(t + TupleObj.SIZE + i * 4, v);
}

export function tuple_print(p: Printer, t: obj, kind: PrintKind): void {
  const n: u32 = tuple_len(t);
  const names: obj = tuple_names(t);
  print_str(p, "(");
  for (let i: u32 = 0; i < n; i++) {
    if (i > 0) print_str(p, ", ");
    if (names !== OBJ_NULL) {
      obj_print(p, tuple_get(names, i), PrintKind.Str);
      print_str(p, "=");
    }
    obj_print(p, tuple_get(t, i), PrintKind.Repr);
  }
  print_str(p, n === 1 && names === OBJ_NULL ? ",)" : ")");
}

/** The field names of an attribute tuple (a tuple of str), or OBJ_NULL for a plain tuple. */
export function tuple_names(t: obj): obj {
  const len: u32 = TupleObj.len.get(t);
  if ((len & TUPLE_HAS_NAMES) === 0) return OBJ_NULL;
  return load_u32(t + TupleObj.SIZE + tuple_len(t) * 4);
}

/** a + b for two tuples. */
export function tuple_concat(a: obj, b: obj): obj {
  const la: u32 = tuple_len(a);
  const lb: u32 = tuple_len(b);
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  const t: obj = tuple_new((la + lb) >>> 0);
  gc_root_restore(depth);
  for (let i: u32 = 0; i < la; i++) tuple_set(t, i, tuple_get(a, i));
  for (let i: u32 = 0; i < lb; i++) tuple_set(t, (la + i) >>> 0, tuple_get(b, i));
  return t;
}

/** a * n for a tuple and a count (negative counts give the empty tuple). */
export function tuple_repeat(a: obj, n: i32): obj {
  const la: u32 = tuple_len(a);
  const count: u32 = n < 0 ? 0 : n;
  const size: f64 = la;
  if (size * count > 0x3fffffff) raise_memory_error();
  const depth: u32 = gc_root_push(a);
  const t: obj = tuple_new(Math.imul(la, count) >>> 0);
  gc_root_restore(depth);
  for (let r: u32 = 0; r < count; r++) {
    for (let i: u32 = 0; i < la; i++) tuple_set(t, (Math.imul(r, la) + i) >>> 0, tuple_get(a, i));
  }
  return t;
}
