// Subscription (o[i], o[i] = v, del o[i]; MicroPython's mp_obj_subscr): by the built-in
// type's own operations, or an instance's __getitem__/__setitem__/__delitem__ (else its
// native object). Messages are CPython's.

import { store_u8, type i32, type u32 } from "./subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_depth, gc_root_addr } from "./gc.js";
import { is_small_int, small_int_value, OBJ_NULL, OBJ_TRUE, OBJ_FALSE, type obj } from "./obj.js";
import { obj_type, is_builtin_type, builtin_type_id, TypeId } from "./objects/type.js";
import { is_class, class_lookup } from "./objects/class.js";
import { instance_native } from "./objects/instance.js";
import { raise_msg } from "./objects/exception.js";
import { int_is } from "./objects/int.js";
import { tuple_new, tuple_len, tuple_get, tuple_set } from "./objects/tuple.js";
import {
  list_subscr_get, list_subscr_set, list_subscr_delete, list_slice_get, list_slice_set, list_slice_delete,
  list_can_iterate, list_len, list_get,
} from "./objects/list.js";
import { list_from_iterable } from "./builtins_core.js";
import { dict_get, dict_set, dict_delete } from "./objects/dict.js";
import { str_index, str_slice, str_is } from "./objects/str_ops.js";
import { str_data, str_len, StrObj } from "./objects/str.js";
import { buffer_subscr, bytearray_store, bytearray_delete, buffer_get, bytes_new_uninit, bytes_seal, byte_value } from "./objects/bytes.js";
import { memoryview_subscr, memoryview_store, memoryview_store_slice } from "./objects/memoryview.js";
import { range_subscr } from "./objects/range.js";
import { slice_is, slice_start, slice_stop, slice_step } from "./objects/slice_obj.js";
import { slice_indices, slice_result_start, slice_result_step, slice_result_count } from "./objects/slice.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, type Printer } from "./print.js";
import { obj_call } from "./call.js";
import { Q } from "./qstr_static.js";
import { array_subscr, array_store } from "./objects/array.js";

/** What a subscript does, for the messages. */
const enum Access {
  Load,
  Store,
  Delete,
}

function raise_unsupported(o: obj, access: Access): never {
  const m: Printer = message_begin();
  print_str(m, "'");
  message_type_name(m, o);
  if (access === Access.Load) print_str(m, "' object is not subscriptable");
  else if (access === Access.Store) print_str(m, "' object does not support item assignment");
  else print_str(m, "' object doesn't support item deletion");
  message_raise(TypeId.TypeError, m);
}

/** Call an instance's special method with self, index and maybe a value (v OBJ_NULL: none). */
function call_special(fn: obj, self: obj, index: obj, v: obj): obj {
  const depth: u32 = gc_root_push(fn);
  const base: u32 = gc_root_depth();
  gc_root_push(self);
  gc_root_push(index);
  if (v !== OBJ_NULL) gc_root_push(v);
  const r: obj = obj_call(fn, v === OBJ_NULL ? 2 : 3, 0, gc_root_addr(base));
  gc_root_restore(depth);
  return r;
}

/** t[index] for a tuple: an int or a slice. */
function tuple_subscr(t: obj, index: obj): obj {
  const len: u32 = tuple_len(t);
  if (slice_is(index)) {
    slice_indices(len, slice_start(index), slice_stop(index), slice_step(index));
    const start: i32 = slice_result_start();
    const step: i32 = slice_result_step();
    const n: u32 = slice_result_count();
    const depth: u32 = gc_root_push(t);
    const r: obj = tuple_new(n);
    gc_root_restore(depth);
    for (let i: u32 = 0; i < n; i++) tuple_set(r, i, tuple_get(t, (start + Math.imul(i | 0, step)) >>> 0));
    return r;
  }
  let i: i32 = 0;
  if (is_small_int(index)) i = small_int_value(index);
  else if (index === OBJ_TRUE || index === OBJ_FALSE) i = index === OBJ_TRUE ? 1 : 0;
  else if (int_is(index)) raise_msg(TypeId.IndexError, "cannot fit 'int' into an index-sized integer");
  else {
    const m: Printer = message_begin();
    print_str(m, "tuple indices must be integers or slices, not ");
    message_type_name(m, index);
    message_raise(TypeId.TypeError, m);
  }
  if (i < 0) i = (i + len) | 0;
  if (i < 0 || i >= len) raise_msg(TypeId.IndexError, "tuple index out of range");
  return tuple_get(t, i >>> 0);
}

/** str indices: ints only (CPython names the type). */
function str_subscr(s: obj, index: obj): obj {
  if (slice_is(index)) return str_slice(s, slice_start(index), slice_stop(index), slice_step(index));
  if (!is_small_int(index) && !int_is(index)) {
    const m: Printer = message_begin();
    print_str(m, "string indices must be integers, not '");
    message_type_name(m, index);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  return str_index(s, index);
}

/** o[index]. */
export function obj_subscr_load(o: obj, index: obj): obj {
  const t: obj = obj_type(o);
  if (is_class(t)) {
    const fn: obj = class_lookup(t, Q.__getitem__);
    if (fn !== OBJ_NULL) return call_special(fn, o, index, OBJ_NULL);
    const native: obj = instance_native(o);
    if (native === OBJ_NULL) raise_unsupported(o, Access.Load);
    return obj_subscr_load(native, index);
  }
  if (!is_builtin_type(t)) raise_unsupported(o, Access.Load);
  switch (builtin_type_id(t)) {
    case TypeId.list:
      if (slice_is(index)) return list_slice_get(o, slice_start(index), slice_stop(index), slice_step(index));
      return list_subscr_get(o, index);
    case TypeId.tuple: return tuple_subscr(o, index);
    case TypeId.str: return str_subscr(o, index);
    case TypeId.dict: return dict_get(o, index);
    case TypeId.bytes: case TypeId.bytearray:
      return buffer_subscr(o, str_data(o), str_len(o), index, builtin_type_id(t) === TypeId.bytes ? TypeId.bytes : TypeId.bytearray,
        slice_is(index) ? slice_start(index) : OBJ_NULL, slice_is(index) ? slice_stop(index) : OBJ_NULL,
        slice_is(index) ? slice_step(index) : OBJ_NULL, slice_is(index));
    case TypeId.memoryview:
      if (slice_is(index)) return memoryview_subscr(o, index, true, slice_start(index), slice_stop(index), slice_step(index));
      return memoryview_subscr(o, index, false, OBJ_NULL, OBJ_NULL, OBJ_NULL);
    case TypeId.array:
      if (slice_is(index)) return array_subscr(o, index, true, slice_start(index), slice_stop(index), slice_step(index));
      return array_subscr(o, index, false, OBJ_NULL, OBJ_NULL, OBJ_NULL);
    case TypeId.range:
      if (slice_is(index)) return range_subscr(o, OBJ_NULL, slice_start(index), slice_stop(index), slice_step(index));
      return range_subscr(o, index, OBJ_NULL, OBJ_NULL, OBJ_NULL);
    default: raise_unsupported(o, Access.Load);
  }
}

/** o[index] = v. */
/**
 * What a bytearray slice assignment stores: a buffer as it is, an iterable of ints as the
 * bytes it lists (a str or an int is left for bytearray_store to reject).
 */
function bytearray_slice_value(v: obj): obj {
  if (buffer_get(v) || str_is(v) || is_small_int(v) || int_is(v)) return v;
  const items: obj = list_from_iterable(v);
  const depth: u32 = gc_root_push(items);
  const n: u32 = list_len(items);
  const r: obj = bytes_new_uninit(TypeId.bytes, n);
  gc_root_restore(depth);
  for (let i: u32 = 0; i < n; i++) store_u8(StrObj.data.get(r) + i, byte_value(list_get(items, i)));
  return bytes_seal(r);
}

export function obj_subscr_store(o: obj, index: obj, v: obj): void {
  const t: obj = obj_type(o);
  if (is_class(t)) {
    const fn: obj = class_lookup(t, Q.__setitem__);
    if (fn !== OBJ_NULL) {
      call_special(fn, o, index, v);
      return;
    }
    const native: obj = instance_native(o);
    if (native === OBJ_NULL) raise_unsupported(o, Access.Store);
    obj_subscr_store(native, index, v);
    return;
  }
  if (is_builtin_type(t) && builtin_type_id(t) === TypeId.list) {
    if (slice_is(index)) {
      // Any iterable (a str, a generator…) can fill a slice: gather its items first.
      let src: obj = v;
      const depth: u32 = gc_root_push(o);
      gc_root_push(index);
      if (!list_can_iterate(v)) src = list_from_iterable(v);
      list_slice_set(o, slice_start(index), slice_stop(index), slice_step(index), src);
      gc_root_restore(depth);
    } else list_subscr_set(o, index, v);
    return;
  }
  if (is_builtin_type(t) && builtin_type_id(t) === TypeId.dict) {
    dict_set(o, index, v);
    return;
  }
  if (is_builtin_type(t) && builtin_type_id(t) === TypeId.bytearray) {
    if (slice_is(index)) {
      const src: obj = bytearray_slice_value(v);
      const depth: u32 = gc_root_push(src);
      bytearray_store(o, index, src, true, slice_start(index), slice_stop(index), slice_step(index));
      gc_root_restore(depth);
    } else bytearray_store(o, index, v, false, OBJ_NULL, OBJ_NULL, OBJ_NULL);
    return;
  }
  if (is_builtin_type(t) && builtin_type_id(t) === TypeId.memoryview) {
    if (slice_is(index)) memoryview_store_slice(o, slice_start(index), slice_stop(index), slice_step(index), v);
    else memoryview_store(o, index, v);
    return;
  }
  if (is_builtin_type(t) && builtin_type_id(t) === TypeId.array) {
    if (slice_is(index)) array_store(o, index, v, true, slice_start(index), slice_stop(index), slice_step(index));
    else array_store(o, index, v, false, OBJ_NULL, OBJ_NULL, OBJ_NULL);
    return;
  }
  raise_unsupported(o, Access.Store);
}

/** del o[index]. */
export function obj_subscr_delete(o: obj, index: obj): void {
  const t: obj = obj_type(o);
  if (is_class(t)) {
    const fn: obj = class_lookup(t, Q.__delitem__);
    if (fn !== OBJ_NULL) {
      call_special(fn, o, index, OBJ_NULL);
      return;
    }
    const native: obj = instance_native(o);
    if (native === OBJ_NULL) raise_unsupported(o, Access.Delete);
    obj_subscr_delete(native, index);
    return;
  }
  if (is_builtin_type(t) && builtin_type_id(t) === TypeId.list) {
    if (slice_is(index)) list_slice_delete(o, slice_start(index), slice_stop(index), slice_step(index));
    else list_subscr_delete(o, index);
    return;
  }
  if (is_builtin_type(t) && builtin_type_id(t) === TypeId.dict) {
    dict_delete(o, index);
    return;
  }
  if (is_builtin_type(t) && builtin_type_id(t) === TypeId.bytearray) {
    if (slice_is(index)) bytearray_delete(o, index, true, slice_start(index), slice_stop(index), slice_step(index));
    else bytearray_delete(o, index, false, OBJ_NULL, OBJ_NULL, OBJ_NULL);
    return;
  }
  raise_unsupported(o, Access.Delete);
}
