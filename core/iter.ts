// Iteration (MicroPython's mp_getiter / mp_iternext): one iterator object for the built-in
// containers, range, enumerate, zip, map, filter and reversed; instances through __iter__
// and __next__. Exhaustion is OBJ_STOP_ITERATION, never an exception object, except where
// a user __next__ raises StopIteration, which is caught here.

import { io_is } from "./objects/iostream.js";
import { io_iternext } from "./builtins_io.js";
import { utf8_seq_len } from "./chars.js";
import { layout, field_ref, field_u32, load_u8, raise, caught, type u32, type ref, type bool } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth, gc_root_addr } from "./gc.js";
import { OBJ_NULL, OBJ_STOP_ITERATION, new_small_int, type obj } from "./obj.js";
import { obj_type, type_word, is_builtin_type, builtin_type_id, TypeId } from "./objects/type.js";
import { raise_memory_error } from "./objects/exception.js";
import { is_class, class_lookup } from "./objects/class.js";
import { instance_native } from "./objects/instance.js";
import { tuple_new, tuple_len, tuple_get, tuple_set } from "./objects/tuple.js";
import { list_len, list_get } from "./objects/list.js";
import { str_data, str_len, str_from_bytes } from "./objects/str.js";
import { map_iter_next, map_key_at, MAP_END } from "./objects/map.js";
import { range_len, range_item } from "./objects/range.js";
import { int_binary_op } from "./objects/int.js";
import { BinaryOp } from "./ops.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, type Printer } from "./print.js";
import { obj_call } from "./call.js";
import { obj_subscr_load } from "./subscr.js";
import { exception_match } from "./objects/class.js";
import { obj_is_true } from "./operators.js";
import { obj_equal } from "./objects/equality.js";
import { Q } from "./qstr_static.js";
import { gen_iternext } from "./objects/gen.js";
import { dict_view_dict, dict_view_kind, dict_view_list, DictViewKind } from "./objects/dict_view.js";

export const enum IterKind {
  /** list or tuple: by index, rechecking the length (a list may change while iterated). */
  Sequence,
  /** bytes or bytearray: ints by index. */
  Bytes,
  /** str: one-character strs over the UTF-8 bytes. */
  Str,
  /** dict keys, set and frozenset items: map positions. */
  Map,
  Range,
  /** enumerate: src an iterator, extra the next count. */
  Enumerate,
  /** zip: src a tuple of iterators. */
  Zip,
  /** map: src the function, extra a tuple of iterators. */
  MapFn,
  /** filter: src the function (None: truth), extra the iterator. */
  Filter,
  /** reversed: src a sequence, pos the items left. */
  Reversed,
  /** An instance with __getitem__ and no __iter__: src[0], src[1]… until IndexError. */
  GetItem,
  /** iter(callable, sentinel): src() until it returns extra. */
  Callable,
}

export const IterObj = layout("IterObj", { type: field_ref, kind: field_u32, src: field_ref, pos: field_u32, extra: field_ref });

export function iter_new(kind: IterKind, src: obj, extra: obj): obj {
  const depth: u32 = gc_root_push(src);
  gc_root_push(extra);
  const it: ref = gc_alloc(IterObj.SIZE);
  gc_root_restore(depth);
  if (it === 0) raise_memory_error();
  IterObj.type.set(it, type_word(TypeId.iterator));
  IterObj.kind.set(it, kind);
  IterObj.src.set(it, src);
  IterObj.pos.set(it, 0);
  IterObj.extra.set(it, extra);
  return it;
}

/** reversed(seq): the items of a list, tuple, str or range, last first. */
export function iter_new_reversed(seq: obj, n: u32): obj {
  const it: obj = iter_new(IterKind.Reversed, seq, OBJ_NULL);
  IterObj.pos.set(it, n);
  return it;
}

function raise_not_iterable(o: obj): never {
  const m: Printer = message_begin();
  print_str(m, "'");
  message_type_name(m, o);
  print_str(m, "' object is not iterable");
  message_raise(TypeId.TypeError, m);
}

/** Call method fn bound to self with no arguments. */
function call_self(fn: obj, self: obj): obj {
  const depth: u32 = gc_root_push(fn);
  const base: u32 = gc_root_depth();
  gc_root_push(self);
  const r: obj = obj_call(fn, 1, 0, gc_root_addr(base));
  gc_root_restore(depth);
  return r;
}

/** A keys view walks its dict live; values and items walk a snapshot of the pairs. */
function dict_view_getiter(v: obj): obj {
  if (dict_view_kind(v) === DictViewKind.Keys) return iter_new(IterKind.Map, dict_view_dict(v), OBJ_NULL);
  const l: obj = dict_view_list(v);
  const depth: u32 = gc_root_push(l);
  const it: obj = iter_new(IterKind.Sequence, l, OBJ_NULL);
  gc_root_restore(depth);
  return it;
}

/** iter(o). */
export function obj_getiter(o: obj): obj {
  const t: obj = obj_type(o);
  if (is_class(t)) {
    const fn: obj = class_lookup(t, Q.__iter__);
    if (fn !== OBJ_NULL) {
      const it: obj = call_self(fn, o);
      if (!is_iterator(it)) {
        const m: Printer = message_begin();
        print_str(m, "iter() returned non-iterator of type '");
        message_type_name(m, it);
        print_str(m, "'");
        message_raise(TypeId.TypeError, m);
      }
      return it;
    }
    const native: obj = instance_native(o);
    if (native !== OBJ_NULL) return obj_getiter(native);
    if (class_lookup(t, Q.__getitem__) !== OBJ_NULL) return iter_new(IterKind.GetItem, o, OBJ_NULL);
    raise_not_iterable(o);
  }
  if (!is_builtin_type(t)) raise_not_iterable(o);
  switch (builtin_type_id(t)) {
    case TypeId.list: case TypeId.tuple: return iter_new(IterKind.Sequence, o, OBJ_NULL);
    case TypeId.bytes: case TypeId.bytearray: return iter_new(IterKind.Bytes, o, OBJ_NULL);
    // A view is read live, item by item, until IndexError.
    case TypeId.memoryview: return iter_new(IterKind.GetItem, o, OBJ_NULL);
    case TypeId.array: return iter_new(IterKind.GetItem, o, OBJ_NULL);
    case TypeId.str: return iter_new(IterKind.Str, o, OBJ_NULL);
    case TypeId.dict: case TypeId.set: case TypeId.frozenset: return iter_new(IterKind.Map, o, OBJ_NULL);
    case TypeId.range: return iter_new(IterKind.Range, o, OBJ_NULL);
    case TypeId.dict_view: return dict_view_getiter(o);
    case TypeId.iterator: case TypeId.generator: return o;
    // A stream is its own iterator over its lines (core/builtins_io.ts).
    case TypeId.StringIO: case TypeId.BytesIO: case TypeId.FileIO: case TypeId.TextFile: return o;
    default: raise_not_iterable(o);
  }
}

/** Does o have a __next__ (an iterator, a generator, an instance defining it)? */
export function is_iterator(o: obj): bool {
  const t: obj = obj_type(o);
  if (is_class(t)) return class_lookup(t, Q.__next__) !== OBJ_NULL;
  return t === type_word(TypeId.iterator) || t === type_word(TypeId.generator) || io_is(o);
}

/** Is StopIteration (or a subclass) the exception e? */
function is_stop_iteration(e: obj): bool {
  return exception_match(e, type_word(TypeId.StopIteration));
}

/** Call a user __next__: StopIteration becomes OBJ_STOP_ITERATION. */
function instance_next(fn: obj, o: obj): obj {
  const depth: u32 = gc_root_depth();
  try {
    return call_self(fn, o);
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    if (is_stop_iteration(exc)) return OBJ_STOP_ITERATION;
    raise(exc);
  }
}

/** next(it) at the VM's level: the next item or OBJ_STOP_ITERATION. */
export function obj_iternext(it: obj): obj {
  const t: obj = obj_type(it);
  if (is_class(t)) {
    const fn: obj = class_lookup(t, Q.__next__);
    if (fn === OBJ_NULL) raise_not_iterator(it);
    return instance_next(fn, it);
  }
  // Generators resume their frame (core/objects/gen.ts).
  if (t === type_word(TypeId.generator)) return gen_iternext(it);
  if (io_is(it)) return io_iternext(it);
  if (t !== type_word(TypeId.iterator)) raise_not_iterator(it);
  const src: obj = IterObj.src.get(it);
  const pos: u32 = IterObj.pos.get(it);
  switch (IterObj.kind.get(it)) {
    case IterKind.Sequence: {
      const is_list: bool = obj_type(src) === type_word(TypeId.list);
      const n: u32 = is_list ? list_len(src) : tuple_len(src);
      if (pos >= n) return OBJ_STOP_ITERATION;
      IterObj.pos.set(it, (pos + 1) >>> 0);
      return is_list ? list_get(src, pos) : tuple_get(src, pos);
    }
    case IterKind.Bytes: {
      if (pos >= str_len(src)) return OBJ_STOP_ITERATION;
      IterObj.pos.set(it, (pos + 1) >>> 0);
      return new_small_int(load_u8(str_data(src) + pos));
    }
    case IterKind.Str: {
      const len: u32 = str_len(src);
      if (pos >= len) return OBJ_STOP_ITERATION;
      let n: u32 = utf8_seq_len(load_u8(str_data(src) + pos));
      if (n > ((len - pos) >>> 0)) n = (len - pos) >>> 0;
      IterObj.pos.set(it, (pos + n) >>> 0);
      const depth: u32 = gc_root_push(it);
      const c: obj = str_from_bytes((str_data(src) + pos) >>> 0, n);
      gc_root_restore(depth);
      return c;
    }
    case IterKind.Map: {
      const at: u32 = map_iter_next(src, pos);
      if (at === MAP_END) return OBJ_STOP_ITERATION;
      IterObj.pos.set(it, (at + 1) >>> 0);
      return map_key_at(src, at);
    }
    case IterKind.Range: {
      if (pos >= range_len(src)) return OBJ_STOP_ITERATION;
      IterObj.pos.set(it, (pos + 1) >>> 0);
      return range_item(src, pos);
    }
    case IterKind.Enumerate: return enumerate_next(it, src);
    case IterKind.Zip: return zip_next(it, src);
    case IterKind.MapFn: return map_next(it, src);
    case IterKind.Filter: return filter_next(it, src);
    case IterKind.Reversed: return reversed_next(it, src, pos);
    case IterKind.Callable: return callable_next(it, src);
    default: return getitem_next(it, src, pos);
  }
}

function raise_not_iterator(o: obj): never {
  const m: Printer = message_begin();
  print_str(m, "'");
  message_type_name(m, o);
  print_str(m, "' object is not an iterator");
  message_raise(TypeId.TypeError, m);
}

function enumerate_next(it: obj, src: obj): obj {
  const depth: u32 = gc_root_push(it);
  const v: obj = obj_iternext(src);
  if (v === OBJ_STOP_ITERATION) {
    gc_root_restore(depth);
    return v;
  }
  gc_root_push(v);
  const count: obj = IterObj.extra.get(it);
  const pair: obj = tuple_new(2);
  tuple_set(pair, 0, count);
  tuple_set(pair, 1, v);
  gc_root_push(pair);
  IterObj.extra.set(it, int_binary_op(BinaryOp.Add, count, new_small_int(1)));
  gc_root_restore(depth);
  return pair;
}

function zip_next(it: obj, iters: obj): obj {
  const n: u32 = tuple_len(iters);
  if (n === 0) return OBJ_STOP_ITERATION;
  const depth: u32 = gc_root_push(it);
  const items: obj = tuple_new(n);
  gc_root_push(items);
  for (let i: u32 = 0; i < n; i++) {
    const v: obj = obj_iternext(tuple_get(iters, i));
    if (v === OBJ_STOP_ITERATION) {
      gc_root_restore(depth);
      return v;
    }
    tuple_set(items, i, v);
  }
  gc_root_restore(depth);
  return items;
}

function map_next(it: obj, fn: obj): obj {
  const iters: obj = IterObj.extra.get(it);
  const n: u32 = tuple_len(iters);
  const depth: u32 = gc_root_push(it);
  const base: u32 = gc_root_depth();
  for (let i: u32 = 0; i < n; i++) {
    const v: obj = obj_iternext(tuple_get(iters, i));
    if (v === OBJ_STOP_ITERATION) {
      gc_root_restore(depth);
      return v;
    }
    gc_root_push(v);
  }
  const r: obj = obj_call(fn, n, 0, gc_root_addr(base));
  gc_root_restore(depth);
  return r;
}

function filter_next(it: obj, fn: obj): obj {
  const src: obj = IterObj.extra.get(it);
  const depth: u32 = gc_root_push(it);
  while (true) {
    const v: obj = obj_iternext(src);
    if (v === OBJ_STOP_ITERATION) break;
    const keep_depth: u32 = gc_root_push(v);
    let keep: bool = false;
    if (fn === 6) keep = obj_is_true(v); // filter(None, …)
    else keep = obj_is_true(obj_call(fn, 1, 0, gc_root_addr(keep_depth)));
    if (keep) {
      gc_root_restore(depth);
      return v;
    }
    gc_root_restore(keep_depth);
  }
  gc_root_restore(depth);
  return OBJ_STOP_ITERATION;
}

function reversed_next(it: obj, seq: obj, left: u32): obj {
  if (left === 0) return OBJ_STOP_ITERATION;
  const i: u32 = (left - 1) >>> 0;
  IterObj.pos.set(it, i);
  const t: obj = obj_type(seq);
  if (t === type_word(TypeId.list)) return i < list_len(seq) ? list_get(seq, i) : OBJ_STOP_ITERATION;
  if (t === type_word(TypeId.tuple)) return tuple_get(seq, i);
  if (t === type_word(TypeId.range)) return range_item(seq, i);
  // Anything else with __len__ and __getitem__ (a str, an instance).
  return obj_subscr_load(seq, new_small_int(i | 0));
}

function callable_next(it: obj, fn: obj): obj {
  const sentinel: obj = IterObj.extra.get(it);
  if (sentinel === OBJ_NULL) return OBJ_STOP_ITERATION;
  const depth: u32 = gc_root_push(it);
  const v: obj = obj_call(fn, 0, 0, 0);
  gc_root_restore(depth);
  if (obj_equal(v, sentinel)) {
    // Exhausted for good: later calls return at once.
    IterObj.extra.set(it, OBJ_NULL);
    return OBJ_STOP_ITERATION;
  }
  return v;
}

function getitem_next(it: obj, o: obj, pos: u32): obj {
  const depth: u32 = gc_root_depth();
  try {
    const v: obj = obj_subscr_load(o, new_small_int(pos | 0));
    IterObj.pos.set(it, (pos + 1) >>> 0);
    return v;
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    if (exception_match(exc, type_word(TypeId.IndexError)) || is_stop_iteration(exc)) return OBJ_STOP_ITERATION;
    raise(exc);
  }
}
