// The builtins module's functions (print, len, isinstance, min, sorted…), as native
// functions: (n_args, n_kw, args) => obj, arguments counted by the caller (core/builtins.ts).

import { load_u8, store_u8, raise, caught, type i32, type u32, type bool } from "./subset/index.js";
import { gc_alloc, gc_free, gc_root_push, gc_root_set, gc_root_restore, gc_root_depth, gc_root_addr } from "./gc.js";
import {
  OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, OBJ_STOP_ITERATION, is_small_int, small_int_value, new_small_int, bool_obj,
  is_qstr, qstr_of, type obj,
} from "./obj.js";
import { obj_type, is_builtin_type, builtin_type_id, type_word, TypeId } from "./objects/type.js";
import { obj_print } from "./objects/print.js";
import { PrintKind, str_data, str_len, str_from_bytes, str_new_uninit, str_seal, StrObj } from "./objects/str.js";
import { str_is, utf8_count } from "./objects/str_ops.js";
import { obj_unary_op, obj_binary_op, obj_is_true } from "./operators.js";
import { UnaryOp, BinaryOp } from "./ops.js";
import { obj_getiter, obj_iternext, iter_new, iter_new_reversed, IterKind, is_iterator } from "./iter.js";
import { obj_isinstance, obj_issubclass, is_class, class_lookup } from "./objects/class.js";
import { obj_load_attr, obj_load_attr_maybe, obj_store_attr, obj_delete_attr } from "./attr.js";
import { obj_call } from "./call.js";
import { list_new, list_append, list_len, list_get, list_sort, list_from, list_can_iterate } from "./objects/list.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";
import { range_len } from "./objects/range.js";
import { int_is, int_from_i32 } from "./objects/int.js";
import { float_is, float_value, float_round_to_int, float_round, float_from_f64 } from "./objects/float.js";
import { mpz_str_size, mpz_to_str, mpz_from_i32 } from "./mpz.js";
import { raise_msg, raise_memory_error, exception_new } from "./objects/exception.js";
import { exception_match } from "./objects/class.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { vstr_data, vstr_len } from "./vstr.js";
import { print_str, print_bytes, STDOUT, type Printer } from "./print.js";
import { qstr_from_bytes } from "./qstr.js";
import { int_pow3 } from "./builtins_int.js";
import { arg, arg_or, kw_arg, kw_check, arg_int } from "./builtins_args.js";
import { obj_hash } from "./objects/equality.js";
import { gen_send } from "./objects/gen.js";
import { bytes_is, bytearray_is, buffer_get, buffer_data, buffer_len } from "./objects/bytes.js";
import { Q } from "./qstr_static.js";

// ---- helpers ----

/** fn(a) from native code. */
export function call1(fn: obj, a: obj): obj {
  const depth: u32 = gc_root_push(fn);
  const base: u32 = gc_root_depth();
  gc_root_push(a);
  const r: obj = obj_call(fn, 1, 0, gc_root_addr(base));
  gc_root_restore(depth);
  return r;
}

/** A new list of the items of any iterable. */
export function list_from_iterable(src: obj): obj {
  if (list_can_iterate(src)) return list_from(src);
  const depth: u32 = gc_root_push(src);
  const l: obj = list_new(0);
  gc_root_push(l);
  const it: obj = obj_getiter(src);
  gc_root_push(it);
  while (true) {
    const v: obj = obj_iternext(it);
    if (v === OBJ_STOP_ITERATION) break;
    list_append(l, v);
  }
  gc_root_restore(depth);
  return l;
}

/** A str holding what a Printer buffer gathered. */
function str_from_printer(p: Printer): obj {
  return str_from_bytes(vstr_data(p), vstr_len(p));
}

// ---- print, repr, str-like ----

/** print(*objects, sep=' ', end='\n', file=sys.stdout). */
export function builtin_print(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("print", n_args, n_kw, args, Q.sep, Q.end, Q.file);
  const sep: obj = kw_arg(n_args, n_kw, args, Q.sep);
  const end: obj = kw_arg(n_args, n_kw, args, Q.end);
  const file: obj = kw_arg(n_args, n_kw, args, Q.file);
  if (sep !== OBJ_NULL && sep !== OBJ_NONE && !str_is(sep)) raise_msg(TypeId.TypeError, "sep must be None or a string");
  if (end !== OBJ_NULL && end !== OBJ_NONE && !str_is(end)) raise_msg(TypeId.TypeError, "end must be None or a string");
  const to_file: bool = file !== OBJ_NULL && file !== OBJ_NONE;
  // To a file object: gather the text, then one file.write(text).
  const depth: u32 = gc_root_depth();
  const p: Printer = to_file ? message_begin() : STDOUT;
  for (let i: u32 = 0; i < n_args; i++) {
    if (i > 0) {
      if (sep === OBJ_NULL || sep === OBJ_NONE) print_str(p, " ");
      else obj_print(p, sep, PrintKind.Str);
    }
    obj_print(p, arg(args, i), PrintKind.Str);
  }
  if (end === OBJ_NULL || end === OBJ_NONE) print_str(p, "\n");
  else obj_print(p, end, PrintKind.Str);
  if (to_file) {
    const text: obj = str_from_printer(p);
    gc_root_push(text);
    call1(obj_load_attr(file, Q.write), text);
  }
  gc_root_restore(depth);
  return OBJ_NONE;
}

/** The str of o printed as kind. */
export function obj_to_str(o: obj, kind: PrintKind): obj {
  if (kind === PrintKind.Str && str_is(o)) return o;
  const depth: u32 = gc_root_depth();
  const p: Printer = message_begin();
  obj_print(p, o, kind);
  const s: obj = str_from_printer(p);
  gc_root_restore(depth);
  return s;
}

export function builtin_repr(n_args: u32, n_kw: u32, args: u32): obj {
  return obj_to_str(arg(args, 0), PrintKind.Repr);
}

export function builtin_len(n_args: u32, n_kw: u32, args: u32): obj {
  return obj_unary_op(UnaryOp.Len, arg(args, 0));
}

export function builtin_abs(n_args: u32, n_kw: u32, args: u32): obj {
  return obj_unary_op(UnaryOp.Abs, arg(args, 0));
}

export function builtin_hash(n_args: u32, n_kw: u32, args: u32): obj {
  return int_from_i32(obj_hash(arg(args, 0)));
}

/** id(o): the object's word (immediates and small ints included), as a non-negative int. */
export function builtin_id(n_args: u32, n_kw: u32, args: u32): obj {
  const o: obj = arg(args, 0);
  return int_from_i32((o >>> 1) | 0);
}

/** Can o be called: a type, a function or method, or an instance whose class has __call__? */
function obj_callable(o: obj): bool {
  const t: obj = obj_type(o);
  if (is_class(t)) return class_lookup(t, Q.__call__) !== OBJ_NULL;
  if (!is_builtin_type(t)) return false;
  switch (builtin_type_id(t)) {
    case TypeId.type: case TypeId.function: case TypeId.builtin_function: case TypeId.bound_method: return true;
    default: return false;
  }
}

export function builtin_callable(n_args: u32, n_kw: u32, args: u32): obj {
  return bool_obj(obj_callable(arg(args, 0)));
}

// ---- types ----

export function builtin_isinstance(n_args: u32, n_kw: u32, args: u32): obj {
  return bool_obj(obj_isinstance(arg(args, 0), arg(args, 1)));
}

export function builtin_issubclass(n_args: u32, n_kw: u32, args: u32): obj {
  return bool_obj(obj_issubclass(arg(args, 0), arg(args, 1)));
}

// ---- attributes ----

/** An attribute name argument as a qstr: TypeError for a non-str. */
export function name_arg(o: obj): u32 {
  if (is_qstr(o)) return qstr_of(o);
  if (!str_is(o)) {
    const m: Printer = message_begin();
    print_str(m, "attribute name must be string, not '");
    message_type_name(m, o);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  return qstr_from_str_obj(o);
}
function qstr_from_str_obj(o: obj): u32 {
  return qstr_from_bytes(str_data(o), str_len(o));
}

export function builtin_getattr(n_args: u32, n_kw: u32, args: u32): obj {
  const q: u32 = name_arg(arg(args, 1));
  if (n_args < 3) return obj_load_attr(arg(args, 0), q);
  // With a default, AttributeError (also one a __getattr__ raises) gives the default.
  const depth: u32 = gc_root_depth();
  try {
    const v: obj = obj_load_attr_maybe(arg(args, 0), q);
    return v === OBJ_NULL ? arg(args, 2) : v;
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    if (exception_match(exc, type_word(TypeId.AttributeError))) return arg(args, 2);
    raise(exc);
  }
}

export function builtin_hasattr(n_args: u32, n_kw: u32, args: u32): obj {
  const q: u32 = name_arg(arg(args, 1));
  const depth: u32 = gc_root_depth();
  try {
    return bool_obj(obj_load_attr_maybe(arg(args, 0), q) !== OBJ_NULL);
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    if (exception_match(exc, type_word(TypeId.AttributeError))) return OBJ_FALSE;
    raise(exc);
  }
}

export function builtin_setattr(n_args: u32, n_kw: u32, args: u32): obj {
  obj_store_attr(arg(args, 0), name_arg(arg(args, 1)), arg(args, 2));
  return OBJ_NONE;
}

export function builtin_delattr(n_args: u32, n_kw: u32, args: u32): obj {
  obj_delete_attr(arg(args, 0), name_arg(arg(args, 1)));
  return OBJ_NONE;
}

// ---- iteration ----

/** iter(o), or iter(callable, sentinel). */
export function builtin_iter(n_args: u32, n_kw: u32, args: u32): obj {
  if (n_args === 2) {
    if (!obj_callable(arg(args, 0))) raise_msg(TypeId.TypeError, "iter(v, w): v must be callable");
    return iter_new(IterKind.Callable, arg(args, 0), arg(args, 1));
  }
  return obj_getiter(arg(args, 0));
}

export function builtin_next(n_args: u32, n_kw: u32, args: u32): obj {
  const it: obj = arg(args, 0);
  if (!is_iterator(it)) {
    const m: Printer = message_begin();
    print_str(m, "'");
    message_type_name(m, it);
    print_str(m, "' object is not an iterator");
    message_raise(TypeId.TypeError, m);
  }
  // next(g) without a default raises StopIteration carrying g's return value.
  if (n_args === 1 && obj_type(it) === type_word(TypeId.generator)) return gen_send(it, OBJ_NONE);
  const v: obj = obj_iternext(it);
  if (v !== OBJ_STOP_ITERATION) return v;
  if (n_args > 1) return arg(args, 1);
  raise_msg_no_args(TypeId.StopIteration);
}

function raise_msg_no_args(id: TypeId): never {
  raise(exception_new(id, tuple_new(0)));
}

export function builtin_all(n_args: u32, n_kw: u32, args: u32): obj {
  return any_all(arg(args, 0), false);
}

export function builtin_any(n_args: u32, n_kw: u32, args: u32): obj {
  return any_all(arg(args, 0), true);
}

/** any(): the first true item decides; all(): the first false one. */
function any_all(src: obj, want: bool): obj {
  const depth: u32 = gc_root_depth();
  const it: obj = obj_getiter(src);
  gc_root_push(it);
  while (true) {
    const v: obj = obj_iternext(it);
    if (v === OBJ_STOP_ITERATION) break;
    if (obj_is_true(v) === want) {
      gc_root_restore(depth);
      return bool_obj(want);
    }
  }
  gc_root_restore(depth);
  return bool_obj(!want);
}

export function builtin_sum(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("sum", n_args, n_kw, args, Q.start, 0, 0);
  let total: obj = arg_or(n_args, args, 1, kw_arg(n_args, n_kw, args, Q.start));
  if (total === OBJ_NULL) total = new_small_int(0);
  if (str_is(total)) raise_msg(TypeId.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  const depth: u32 = gc_root_push(total);
  const it: obj = obj_getiter(arg(args, 0));
  gc_root_push(it);
  while (true) {
    const v: obj = obj_iternext(it);
    if (v === OBJ_STOP_ITERATION) break;
    total = obj_binary_op(BinaryOp.Add, total, v);
    gc_root_set(depth, total);
  }
  gc_root_restore(depth);
  return total;
}

/** min() and max(): one iterable or several arguments; key= and default=. */
function min_max(n_args: u32, n_kw: u32, args: u32, op: BinaryOp, name: string): obj {
  kw_check(name, n_args, n_kw, args, Q.key, Q.default, 0);
  const key: obj = kw_arg(n_args, n_kw, args, Q.key);
  const deflt: obj = kw_arg(n_args, n_kw, args, Q.default);
  const depth: u32 = gc_root_depth();
  let src: obj = OBJ_NULL;
  if (n_args === 1) {
    src = arg(args, 0);
  } else {
    if (deflt !== OBJ_NULL) {
      const m: Printer = message_begin();
      print_str(m, "Cannot specify a default for ");
      print_str(m, name);
      print_str(m, "() with multiple positional arguments");
      message_raise(TypeId.TypeError, m);
    }
    src = tuple_new(n_args);
    for (let i: u32 = 0; i < n_args; i++) tuple_set(src, i, arg(args, i));
  }
  gc_root_push(src);
  const it: obj = obj_getiter(src);
  gc_root_push(it);
  const best_at: u32 = gc_root_push(OBJ_NULL);
  const best_key_at: u32 = gc_root_push(OBJ_NULL);
  let best: obj = OBJ_NULL;
  let best_key: obj = OBJ_NULL;
  while (true) {
    const v: obj = obj_iternext(it);
    if (v === OBJ_STOP_ITERATION) break;
    gc_root_push(v);
    const k: obj = key === OBJ_NULL || key === OBJ_NONE ? v : call1(key, v);
    gc_root_restore((best_key_at + 1) >>> 0);
    if (best === OBJ_NULL || obj_is_true(obj_binary_op(op, k, best_key))) {
      best = v;
      best_key = k;
      gc_root_set(best_at, best);
      gc_root_set(best_key_at, best_key);
    }
  }
  gc_root_restore(depth);
  if (best !== OBJ_NULL) return best;
  if (deflt !== OBJ_NULL) return deflt;
  const m: Printer = message_begin();
  print_str(m, name);
  print_str(m, "() arg is an empty sequence");
  message_raise(TypeId.ValueError, m);
}

export function builtin_min(n_args: u32, n_kw: u32, args: u32): obj {
  return min_max(n_args, n_kw, args, BinaryOp.Less, "min");
}

export function builtin_max(n_args: u32, n_kw: u32, args: u32): obj {
  return min_max(n_args, n_kw, args, BinaryOp.More, "max");
}

/** Sort list l in place by key= and reverse= (the keyword arguments at args). */
export function sort_with_keywords(l: obj, n_args: u32, n_kw: u32, args: u32, name: string): void {
  kw_check(name, n_args, n_kw, args, Q.key, Q.reverse, 0);
  const key: obj = kw_arg(n_args, n_kw, args, Q.key);
  const rev: obj = kw_arg(n_args, n_kw, args, Q.reverse);
  const depth: u32 = gc_root_push(l);
  let keys: obj = OBJ_NULL;
  if (key !== OBJ_NULL && key !== OBJ_NONE) {
    keys = list_new(0);
    gc_root_push(keys);
    const n: u32 = list_len(l);
    for (let i: u32 = 0; i < n; i++) list_append(keys, call1(key, list_get(l, i)));
  }
  list_sort(l, keys, rev !== OBJ_NULL && obj_is_true(rev));
  gc_root_restore(depth);
}

export function builtin_sorted(n_args: u32, n_kw: u32, args: u32): obj {
  const l: obj = list_from_iterable(arg(args, 0));
  const depth: u32 = gc_root_push(l);
  // list_from may share nothing with its source: sorting it leaves the source alone.
  const copy: obj = l === arg(args, 0) ? list_from(l) : l;
  gc_root_push(copy);
  sort_with_keywords(copy, n_args, n_kw, args, "sort");
  gc_root_restore(depth);
  return copy;
}

export function builtin_enumerate(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("enumerate", n_args, n_kw, args, Q.start, 0, 0);
  let start: obj = arg_or(n_args, args, 1, kw_arg(n_args, n_kw, args, Q.start));
  if (start === OBJ_NULL) start = new_small_int(0);
  else if (!is_small_int(start) && !int_is(start)) arg_int(start);
  const depth: u32 = gc_root_push(start);
  const it: obj = obj_getiter(arg(args, 0));
  gc_root_restore(depth);
  return iter_new(IterKind.Enumerate, it, start);
}

/** A tuple of iterators over the n_args - from arguments from position from. */
function iterators_of(n_args: u32, args: u32, from: u32): obj {
  const n: u32 = (n_args - from) >>> 0;
  const t: obj = tuple_new(n);
  const depth: u32 = gc_root_push(t);
  for (let i: u32 = 0; i < n; i++) tuple_set(t, i, obj_getiter(arg(args, (from + i) >>> 0)));
  gc_root_restore(depth);
  return t;
}

export function builtin_zip(n_args: u32, n_kw: u32, args: u32): obj {
  return iter_new(IterKind.Zip, iterators_of(n_args, args, 0), OBJ_NULL);
}

export function builtin_map(n_args: u32, n_kw: u32, args: u32): obj {
  return iter_new(IterKind.MapFn, arg(args, 0), iterators_of(n_args, args, 1));
}

export function builtin_filter(n_args: u32, n_kw: u32, args: u32): obj {
  const it: obj = obj_getiter(arg(args, 1));
  return iter_new(IterKind.Filter, arg(args, 0), it);
}

export function builtin_reversed(n_args: u32, n_kw: u32, args: u32): obj {
  const seq: obj = arg(args, 0);
  const t: obj = obj_type(seq);
  if (is_class(t)) {
    const fn: obj = class_lookup(t, Q.__reversed__);
    if (fn !== OBJ_NULL) return call1(fn, seq);
  }
  if (t === type_word(TypeId.range)) return iter_new_reversed(seq, range_len(seq));
  if (t === type_word(TypeId.list) || t === type_word(TypeId.tuple) || t === type_word(TypeId.bytes) || t === type_word(TypeId.bytearray)) return iter_new_reversed(seq, small_int_value(obj_unary_op(UnaryOp.Len, seq)) >>> 0);
  if (t === type_word(TypeId.str)) {
    const l: obj = list_from_iterable(seq);
    return iter_new_reversed(l, list_len(l));
  }
  if (is_class(t) && class_lookup(t, Q.__getitem__) !== OBJ_NULL && class_lookup(t, Q.__len__) !== OBJ_NULL) {
    return iter_new_reversed(seq, small_int_value(obj_unary_op(UnaryOp.Len, seq)) >>> 0);
  }
  const m: Printer = message_begin();
  print_str(m, "'");
  message_type_name(m, seq);
  print_str(m, "' object is not reversible");
  message_raise(TypeId.TypeError, m);
}

// ---- numbers and characters ----

export function builtin_divmod(n_args: u32, n_kw: u32, args: u32): obj {
  const a: obj = arg(args, 0);
  const b: obj = arg(args, 1);
  const q: obj = obj_binary_op(BinaryOp.FloorDivide, a, b);
  const depth: u32 = gc_root_push(q);
  const r: obj = obj_binary_op(BinaryOp.Modulo, a, b);
  gc_root_push(r);
  const t: obj = tuple_new(2);
  tuple_set(t, 0, q);
  tuple_set(t, 1, r);
  gc_root_restore(depth);
  return t;
}

export function builtin_pow(n_args: u32, n_kw: u32, args: u32): obj {
  if (n_args === 3 && arg(args, 2) !== OBJ_NONE) return int_pow3(arg(args, 0), arg(args, 1), arg(args, 2));
  return obj_binary_op(BinaryOp.Power, arg(args, 0), arg(args, 1));
}

export function builtin_round(n_args: u32, n_kw: u32, args: u32): obj {
  const x: obj = arg(args, 0);
  const nd: obj = arg_or(n_args, args, 1, OBJ_NONE);
  if (float_is(x)) {
    if (nd === OBJ_NONE) return float_round_to_int(float_value(x));
    return float_from_f64(float_round(float_value(x), arg_int(nd)));
  }
  if (is_small_int(x) || int_is(x) || x === OBJ_TRUE || x === OBJ_FALSE) {
    if (nd === OBJ_NONE || arg_int(nd) >= 0) return x === OBJ_TRUE ? new_small_int(1) : x === OBJ_FALSE ? new_small_int(0) : x;
    return round_int_negative(x, arg_int(nd));
  }
  const fn: obj = is_class(obj_type(x)) ? class_lookup(obj_type(x), Q.__round__) : OBJ_NULL;
  if (fn !== OBJ_NULL) return call1(fn, x);
  const m: Printer = message_begin();
  print_str(m, "type ");
  message_type_name(m, x);
  print_str(m, " doesn't define __round__ method");
  message_raise(TypeId.TypeError, m);
}

/** round(int, -k): to a multiple of 10^k, ties to even. */
function round_int_negative(x: obj, nd: i32): obj {
  let p: obj = new_small_int(1);
  const depth: u32 = gc_root_push(x);
  const p_at: u32 = gc_root_push(p);
  const times: i32 = (0 - nd) | 0;
  for (let i: i32 = 0; i < times; i++) {
    p = obj_binary_op(BinaryOp.Multiply, p, new_small_int(10));
    gc_root_set(p_at, p);
  }
  const r: obj = obj_binary_op(BinaryOp.Modulo, x, p);
  gc_root_push(r);
  let down: obj = obj_binary_op(BinaryOp.Subtract, x, r);
  gc_root_push(down);
  const twice: obj = obj_binary_op(BinaryOp.Multiply, r, new_small_int(2));
  const c: obj = obj_binary_op(BinaryOp.Less, p, twice);
  const tie: bool = obj_is_true(obj_binary_op(BinaryOp.Equal, p, twice));
  let up: bool = c === OBJ_TRUE;
  if (tie) {
    // Ties go to the even multiple.
    const q: obj = obj_binary_op(BinaryOp.FloorDivide, down, p);
    up = obj_is_true(obj_binary_op(BinaryOp.And, q, new_small_int(1)));
  }
  if (up) down = obj_binary_op(BinaryOp.Add, down, p);
  gc_root_restore(depth);
  return down;
}

export function builtin_chr(n_args: u32, n_kw: u32, args: u32): obj {
  const c: i32 = arg_int(arg(args, 0));
  if (c < 0 || c > 0x10ffff) raise_msg(TypeId.ValueError, "chr() arg not in range(0x110000)");
  const n: u32 = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  const s: obj = str_new_uninit(TypeId.str, n);
  const d: u32 = StrObj.data.get(s);
  if (n === 1) store_u8(d, c);
  else if (n === 2) {
    store_u8(d, 0xc0 | (c >> 6));
    store_u8(d + 1, 0x80 | (c & 0x3f));
  } else if (n === 3) {
    store_u8(d, 0xe0 | (c >> 12));
    store_u8(d + 1, 0x80 | ((c >> 6) & 0x3f));
    store_u8(d + 2, 0x80 | (c & 0x3f));
  } else {
    store_u8(d, 0xf0 | (c >> 18));
    store_u8(d + 1, 0x80 | ((c >> 12) & 0x3f));
    store_u8(d + 2, 0x80 | ((c >> 6) & 0x3f));
    store_u8(d + 3, 0x80 | (c & 0x3f));
  }
  return str_seal(s);
}

export function builtin_ord(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = arg(args, 0);
  // A bytes or bytearray of length 1 gives its byte.
  if ((bytes_is(s) || bytearray_is(s)) && buffer_get(s)) {
    if (buffer_len() === 1) return new_small_int(load_u8(buffer_data()));
    const m: Printer = message_begin();
    print_str(m, "ord() expected a character, but string of length ");
    obj_print(m, int_from_i32(buffer_len() | 0), PrintKind.Str);
    print_str(m, " found");
    message_raise(TypeId.TypeError, m);
  }
  if (!str_is(s)) {
    const m: Printer = message_begin();
    print_str(m, "ord() expected string of length 1, but ");
    message_type_name(m, s);
    print_str(m, " found");
    message_raise(TypeId.TypeError, m);
  }
  const d: u32 = str_data(s);
  const len: u32 = str_len(s);
  const count: u32 = utf8_count(d, len);
  if (count !== 1) {
    const m: Printer = message_begin();
    print_str(m, "ord() expected a character, but string of length ");
    obj_print(m, int_from_i32(count | 0), PrintKind.Str);
    print_str(m, " found");
    message_raise(TypeId.TypeError, m);
  }
  const b0: u32 = load_u8(d);
  if (len === 1) return new_small_int(b0);
  let c: u32 = len === 2 ? b0 & 0x1f : len === 3 ? b0 & 0x0f : b0 & 0x07;
  for (let i: u32 = 1; i < len; i++) c = ((c << 6) | (load_u8(d + i) & 0x3f)) >>> 0;
  return new_small_int(c | 0);
}

/** hex/oct/bin: the int in base with its 0x/0o/0b prefix after any sign. */
function int_to_prefixed(o: obj, base: u32, prefix: string): obj {
  let x: obj = o;
  if (x === OBJ_TRUE || x === OBJ_FALSE) x = new_small_int(x === OBJ_TRUE ? 1 : 0);
  // An instance whose class defines __index__ stands for the int it returns.
  if (is_class(obj_type(x))) {
    const fn: obj = class_lookup(obj_type(x), Q.__index__);
    if (fn !== OBJ_NULL) x = call1(fn, x);
  }
  if (!is_small_int(x) && !int_is(x)) {
    const m: Printer = message_begin();
    print_str(m, "'");
    message_type_name(m, x);
    print_str(m, "' object cannot be interpreted as an integer");
    message_raise(TypeId.TypeError, m);
  }
  const depth: u32 = gc_root_push(x);
  const p: Printer = message_begin();
  // Small ints go through a big int too: one path for every value.
  if (is_small_int(x)) {
    x = mpz_from_i32(small_int_value(x));
    if (x === 0) raise_memory_error();
    gc_root_push(x);
  }
  const buf: u32 = gc_alloc(mpz_str_size(x, base));
  if (buf === 0) raise_memory_error();
  // The digits are copied into the message printer, whose growth may collect: keep them.
  gc_root_push(buf);
  const n: u32 = mpz_to_str(x, base, buf);
  let from: u32 = 0;
  if (load_u8(buf) === 45) {
    print_str(p, "-");
    from = 1;
  }
  print_str(p, prefix);
  print_bytes(p, (buf + from) >>> 0, (n - from) >>> 0);
  gc_free(buf);
  const s: obj = str_from_printer(p);
  gc_root_restore(depth);
  return s;
}

export function builtin_hex(n_args: u32, n_kw: u32, args: u32): obj {
  return int_to_prefixed(arg(args, 0), 16, "0x");
}

export function builtin_oct(n_args: u32, n_kw: u32, args: u32): obj {
  return int_to_prefixed(arg(args, 0), 8, "0o");
}

export function builtin_bin(n_args: u32, n_kw: u32, args: u32): obj {
  return int_to_prefixed(arg(args, 0), 2, "0b");
}
