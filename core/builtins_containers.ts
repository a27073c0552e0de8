// The methods of list, tuple, dict, set and frozenset, as native functions over the
// operations in core/objects/*.ts. self is args[0]: for an instance of a subclass, its
// native object. Iterables the container code does not walk itself become lists first.

import { type i32, type u32 } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { OBJ_NULL, OBJ_NONE, bool_obj, type obj } from "./obj.js";
import { obj_native } from "./objects/instance.js";
import {
  list_append, list_extend, list_insert, list_pop, list_remove, list_index, list_count, list_reverse,
  list_clear, list_copy, list_can_iterate,
} from "./objects/list.js";
import { tuple_len, tuple_get } from "./objects/tuple.js";
import {
  dict_lookup, dict_pop, dict_popitem, dict_setdefault, dict_update, dict_clear, dict_copy, dict_fromkeys,
  dict_set,
} from "./objects/dict.js";
import { dict_view_new, DictViewKind } from "./objects/dict_view.js";
import {
  set_add, set_discard, set_remove, set_pop, set_clear, set_copy, set_update, set_union, set_intersection,
  set_difference, set_symmetric_difference, set_issubset, set_issuperset, set_isdisjoint,
  set_intersection_update, set_difference_update, set_symmetric_difference_update,
} from "./objects/set.js";
import { obj_equal } from "./objects/equality.js";
import { TypeId, obj_type, type_word } from "./objects/type.js";
import { message_begin, message_raise } from "./objects/message.js";
import { print_str, type Printer } from "./print.js";
import { int_from_i32 } from "./objects/int.js";
import { arg, arg_or, arg_int } from "./builtins_args.js";
import { list_from_iterable, sort_with_keywords } from "./builtins_core.js";

/** o itself when the container code can walk it, else a list of its items. */
function walkable(o: obj): obj {
  // A dict subclass's instance (OrderedDict) is walked as the dict it holds.
  if (obj_type(obj_native(o)) === type_word(TypeId.dict)) return obj_native(o);
  return list_can_iterate(o) ? o : list_from_iterable(o);
}

function self_of(args: u32): obj {
  return obj_native(arg(args, 0));
}

// ---- list ----

export function list_m_append(n_args: u32, n_kw: u32, args: u32): obj {
  list_append(self_of(args), arg(args, 1));
  return OBJ_NONE;
}

export function list_m_extend(n_args: u32, n_kw: u32, args: u32): obj {
  const l: obj = self_of(args);
  const depth: u32 = gc_root_push(l);
  list_extend(l, walkable(arg(args, 1)));
  gc_root_restore(depth);
  return OBJ_NONE;
}

export function list_m_insert(n_args: u32, n_kw: u32, args: u32): obj {
  list_insert(self_of(args), arg(args, 1), arg(args, 2));
  return OBJ_NONE;
}

export function list_m_pop(n_args: u32, n_kw: u32, args: u32): obj {
  return list_pop(self_of(args), arg_or(n_args, args, 1, OBJ_NULL));
}

export function list_m_remove(n_args: u32, n_kw: u32, args: u32): obj {
  list_remove(self_of(args), arg(args, 1));
  return OBJ_NONE;
}

export function list_m_index(n_args: u32, n_kw: u32, args: u32): obj {
  return list_index(self_of(args), arg(args, 1), arg_or(n_args, args, 2, OBJ_NULL), arg_or(n_args, args, 3, OBJ_NULL));
}

export function list_m_count(n_args: u32, n_kw: u32, args: u32): obj {
  return list_count(self_of(args), arg(args, 1));
}

export function list_m_reverse(n_args: u32, n_kw: u32, args: u32): obj {
  list_reverse(self_of(args));
  return OBJ_NONE;
}

export function list_m_clear(n_args: u32, n_kw: u32, args: u32): obj {
  list_clear(self_of(args));
  return OBJ_NONE;
}

export function list_m_copy(n_args: u32, n_kw: u32, args: u32): obj {
  return list_copy(self_of(args));
}

export function list_m_sort(n_args: u32, n_kw: u32, args: u32): obj {
  sort_with_keywords(self_of(args), n_args, n_kw, args, "sort");
  return OBJ_NONE;
}

// ---- tuple ----

/** A start/stop argument of tuple.index (OBJ_NULL: absent): negative counts from the end, clamped to [0, len]. */
function index_bound(o: obj, len: u32, absent: u32): u32 {
  if (o === OBJ_NULL) return absent;
  let i: i32 = arg_int(o);
  if (i < 0) {
    i = (i + len) | 0;
    if (i < 0) i = 0;
  }
  return (i >>> 0) > len ? len : i >>> 0;
}

export function tuple_m_index(n_args: u32, n_kw: u32, args: u32): obj {
  const t: obj = self_of(args);
  const v: obj = arg(args, 1);
  const n: u32 = tuple_len(t);
  const from: u32 = index_bound(arg_or(n_args, args, 2, OBJ_NULL), n, 0);
  const to: u32 = index_bound(arg_or(n_args, args, 3, OBJ_NULL), n, n);
  for (let i: u32 = from; i < to; i++) if (obj_equal(tuple_get(t, i), v)) return int_from_i32(i | 0);
  const m: Printer = message_begin();
  print_str(m, "tuple.index(x): x not in tuple");
  message_raise(TypeId.ValueError, m);
}

export function tuple_m_count(n_args: u32, n_kw: u32, args: u32): obj {
  const t: obj = self_of(args);
  const v: obj = arg(args, 1);
  const n: u32 = tuple_len(t);
  let c: u32 = 0;
  for (let i: u32 = 0; i < n; i++) if (obj_equal(tuple_get(t, i), v)) c = (c + 1) >>> 0;
  return int_from_i32(c | 0);
}

// ---- dict ----

export function dict_m_get(n_args: u32, n_kw: u32, args: u32): obj {
  const v: obj = dict_lookup(self_of(args), arg(args, 1));
  return v === OBJ_NULL ? arg_or(n_args, args, 2, OBJ_NONE) : v;
}

export function dict_m_keys(n_args: u32, n_kw: u32, args: u32): obj {
  return dict_view_new(self_of(args), DictViewKind.Keys);
}

export function dict_m_values(n_args: u32, n_kw: u32, args: u32): obj {
  return dict_view_new(self_of(args), DictViewKind.Values);
}

export function dict_m_items(n_args: u32, n_kw: u32, args: u32): obj {
  return dict_view_new(self_of(args), DictViewKind.Items);
}

export function dict_m_pop(n_args: u32, n_kw: u32, args: u32): obj {
  return dict_pop(self_of(args), arg(args, 1), arg_or(n_args, args, 2, OBJ_NULL));
}

export function dict_m_popitem(n_args: u32, n_kw: u32, args: u32): obj {
  return dict_popitem(self_of(args));
}

export function dict_m_setdefault(n_args: u32, n_kw: u32, args: u32): obj {
  return dict_setdefault(self_of(args), arg(args, 1), arg_or(n_args, args, 2, OBJ_NONE));
}

/** d.update(other, **kw). */
export function dict_m_update(n_args: u32, n_kw: u32, args: u32): obj {
  const d: obj = self_of(args);
  const depth: u32 = gc_root_push(d);
  if (n_args > 1) dict_update(d, walkable(arg(args, 1)));
  for (let i: u32 = 0; i < n_kw; i++) dict_set(d, arg(args, (n_args + i * 2) >>> 0), arg(args, (n_args + i * 2 + 1) >>> 0));
  gc_root_restore(depth);
  return OBJ_NONE;
}

export function dict_m_clear(n_args: u32, n_kw: u32, args: u32): obj {
  dict_clear(self_of(args));
  return OBJ_NONE;
}

export function dict_m_copy(n_args: u32, n_kw: u32, args: u32): obj {
  return dict_copy(self_of(args));
}

/** dict.fromkeys(iterable, value=None): a classmethod, args[0] is the class. */
export function dict_m_fromkeys(n_args: u32, n_kw: u32, args: u32): obj {
  return dict_fromkeys(walkable(arg(args, 1)), arg_or(n_args, args, 2, OBJ_NONE));
}

// ---- set and frozenset ----

export function set_m_add(n_args: u32, n_kw: u32, args: u32): obj {
  set_add(self_of(args), arg(args, 1));
  return OBJ_NONE;
}

export function set_m_discard(n_args: u32, n_kw: u32, args: u32): obj {
  set_discard(self_of(args), arg(args, 1));
  return OBJ_NONE;
}

export function set_m_remove(n_args: u32, n_kw: u32, args: u32): obj {
  set_remove(self_of(args), arg(args, 1));
  return OBJ_NONE;
}

export function set_m_pop(n_args: u32, n_kw: u32, args: u32): obj {
  return set_pop(self_of(args));
}

export function set_m_clear(n_args: u32, n_kw: u32, args: u32): obj {
  set_clear(self_of(args));
  return OBJ_NONE;
}

export function set_m_copy(n_args: u32, n_kw: u32, args: u32): obj {
  return set_copy(self_of(args));
}

/** s.update(*others). */
export function set_m_update(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = self_of(args);
  const depth: u32 = gc_root_push(s);
  for (let i: u32 = 1; i < n_args; i++) set_update(s, walkable(arg(args, i)));
  gc_root_restore(depth);
  return OBJ_NONE;
}

/** s.union(*others) and the like: apply the two-operand operation from left to right. */
export function set_m_union(n_args: u32, n_kw: u32, args: u32): obj {
  let r: obj = self_of(args);
  if (n_args === 1) return set_copy(r);
  const depth: u32 = gc_root_push(r);
  for (let i: u32 = 1; i < n_args; i++) {
    r = set_union(r, walkable(arg(args, i)));
    gc_root_restore(depth);
    gc_root_push(r);
  }
  gc_root_restore(depth);
  return r;
}

export function set_m_intersection(n_args: u32, n_kw: u32, args: u32): obj {
  let r: obj = self_of(args);
  if (n_args === 1) return set_copy(r);
  const depth: u32 = gc_root_push(r);
  for (let i: u32 = 1; i < n_args; i++) {
    r = set_intersection(r, walkable(arg(args, i)));
    gc_root_restore(depth);
    gc_root_push(r);
  }
  gc_root_restore(depth);
  return r;
}

export function set_m_difference(n_args: u32, n_kw: u32, args: u32): obj {
  let r: obj = self_of(args);
  if (n_args === 1) return set_copy(r);
  const depth: u32 = gc_root_push(r);
  for (let i: u32 = 1; i < n_args; i++) {
    r = set_difference(r, walkable(arg(args, i)));
    gc_root_restore(depth);
    gc_root_push(r);
  }
  gc_root_restore(depth);
  return r;
}

export function set_m_symmetric_difference(n_args: u32, n_kw: u32, args: u32): obj {
  return set_symmetric_difference(self_of(args), walkable(arg(args, 1)));
}

export function set_m_issubset(n_args: u32, n_kw: u32, args: u32): obj {
  return bool_obj(set_issubset(self_of(args), walkable(arg(args, 1))));
}

export function set_m_issuperset(n_args: u32, n_kw: u32, args: u32): obj {
  return bool_obj(set_issuperset(self_of(args), walkable(arg(args, 1))));
}

export function set_m_isdisjoint(n_args: u32, n_kw: u32, args: u32): obj {
  return bool_obj(set_isdisjoint(self_of(args), walkable(arg(args, 1))));
}

export function set_m_intersection_update(n_args: u32, n_kw: u32, args: u32): obj {
  set_intersection_update(self_of(args), walkable(arg(args, 1)));
  return OBJ_NONE;
}

export function set_m_difference_update(n_args: u32, n_kw: u32, args: u32): obj {
  set_difference_update(self_of(args), walkable(arg(args, 1)));
  return OBJ_NONE;
}

export function set_m_symmetric_difference_update(n_args: u32, n_kw: u32, args: u32): obj {
  set_symmetric_difference_update(self_of(args), walkable(arg(args, 1)));
  return OBJ_NONE;
}
