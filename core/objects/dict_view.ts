// dict.keys(), dict.values(), dict.items(): live views of a dict. They have len, `in`,
// iteration in insertion order and the repr dict_keys([...]); a keys or items view also
// takes the set operators (| & - ^) against any set, view, list, tuple or dict.

import { layout, field_ref, field_u32, type u32, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, bool_obj, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { dict_lookup, dict_keys_list, dict_values_list, dict_items_list } from "./dict.js";
import { map_used, map_iter_next, map_value_at, MAP_END } from "./map.js";
import { set_new, set_is, set_update, set_binary_op } from "./set.js";
import { list_is, list_print } from "./list.js";
import { tuple_len, tuple_get } from "./tuple.js";
import { obj_equal } from "./equality.js";
import { PrintKind } from "./str.js";
import { print_str, type Printer } from "../print.js";
import { BinaryOp, UnaryOp } from "../ops.js";
import { int_from_i32 } from "./int.js";

export const enum DictViewKind {
  Keys,
  Values,
  Items,
}

export const DictViewObj = layout("DictViewObj", { type: field_ref, dict: field_ref, kind: field_u32 });

export function dict_view_new(d: obj, kind: DictViewKind): obj {
  const depth: u32 = gc_root_push(d);
  const v: obj = gc_alloc(DictViewObj.SIZE);
  gc_root_restore(depth);
  if (v === 0) raise_memory_error();
  DictViewObj.type.set(v, type_word(TypeId.dict_view));
  DictViewObj.dict.set(v, d);
  DictViewObj.kind.set(v, kind);
  return v;
}

export function dict_view_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.dict_view);
}

export function dict_view_dict(v: obj): obj {
  return DictViewObj.dict.get(v);
}

export function dict_view_kind(v: obj): u32 {
  return DictViewObj.kind.get(v);
}

/** The view's items now, as a new list (keys, values, or (key, value) tuples). */
export function dict_view_list(v: obj): obj {
  const d: obj = DictViewObj.dict.get(v);
  const kind: u32 = DictViewObj.kind.get(v);
  if (kind === DictViewKind.Keys) return dict_keys_list(d);
  if (kind === DictViewKind.Values) return dict_values_list(d);
  return dict_items_list(d);
}

/** dict_keys(['a', 'b']) and the like. */
export function dict_view_print(p: Printer, v: obj, kind: PrintKind): void {
  const k: u32 = DictViewObj.kind.get(v);
  print_str(p, k === DictViewKind.Keys ? "dict_keys(" : k === DictViewKind.Values ? "dict_values(" : "dict_items(");
  const l: obj = dict_view_list(v);
  const depth: u32 = gc_root_push(l);
  list_print(p, l, PrintKind.Repr);
  gc_root_restore(depth);
  print_str(p, ")");
}

function contains(v: obj, x: obj): bool {
  const d: obj = DictViewObj.dict.get(v);
  const kind: u32 = DictViewObj.kind.get(v);
  if (kind === DictViewKind.Keys) return dict_lookup(d, x) !== OBJ_NULL;
  if (kind === DictViewKind.Items) {
    if (obj_type(x) !== type_word(TypeId.tuple) || tuple_len(x) !== 2) return false;
    const value: obj = dict_lookup(d, tuple_get(x, 0));
    return value !== OBJ_NULL && obj_equal(value, tuple_get(x, 1));
  }
  for (let pos: u32 = map_iter_next(d, 0); pos !== MAP_END; pos = map_iter_next(d, (pos + 1) >>> 0)) {
    if (obj_equal(map_value_at(d, pos), x)) return true;
  }
  return false;
}

/** A new set of o's items when o is a set, keys or items view, list, tuple or dict; else OBJ_NULL. */
function as_set(o: obj): obj {
  let src: obj = o;
  if (dict_view_is(o)) {
    if (DictViewObj.kind.get(o) === DictViewKind.Values) return OBJ_NULL;
    src = DictViewObj.kind.get(o) === DictViewKind.Keys ? DictViewObj.dict.get(o) : dict_view_list(o);
  } else if (!set_is(o) && !list_is(o) && obj_type(o) !== type_word(TypeId.tuple) && obj_type(o) !== type_word(TypeId.dict)) {
    return OBJ_NULL;
  }
  const depth: u32 = gc_root_push(src);
  const s: obj = set_new(TypeId.set);
  gc_root_push(s);
  set_update(s, src);
  gc_root_restore(depth);
  return s;
}

function is_set_op(op: BinaryOp): bool {
  return op === BinaryOp.Or || op === BinaryOp.And || op === BinaryOp.Subtract || op === BinaryOp.Xor;
}

/** The binary_op slot: a is a view. `in`, == between keys/items views and sets, and the set operators. */
export function dict_view_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (op === BinaryOp.Contains) return bool_obj(contains(a, b));
  const kind: u32 = DictViewObj.kind.get(a);
  if (kind === DictViewKind.Values) return OBJ_NULL;
  if (!is_set_op(op) && op !== BinaryOp.Equal && op !== BinaryOp.NotEqual) return OBJ_NULL;
  if ((op === BinaryOp.Equal || op === BinaryOp.NotEqual) && !set_is(b) && !dict_view_is(b)) return OBJ_NULL;
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  const sa: obj = as_set(a);
  gc_root_push(sa);
  const sb: obj = as_set(b);
  let r: obj = OBJ_NULL;
  if (sb !== OBJ_NULL) {
    gc_root_push(sb);
    if (op === BinaryOp.Equal || op === BinaryOp.NotEqual) {
      const same: bool = obj_equal(sa, sb);
      r = bool_obj(op === BinaryOp.Equal ? same : !same);
    } else {
      r = set_binary_op(op, sa, sb);
    }
  }
  gc_root_restore(depth);
  return r;
}

/** The unary_op slot: len() and truth. */
export function dict_view_unary_op(op: UnaryOp, a: obj): obj {
  const n: u32 = map_used(DictViewObj.dict.get(a));
  if (op === UnaryOp.Len) return int_from_i32(n | 0);
  if (op === UnaryOp.Bool) return bool_obj(n !== 0);
  return OBJ_NULL;
}
