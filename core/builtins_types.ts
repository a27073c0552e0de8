// Calling a built-in type constructs its value: int(), float(), str(), list(), dict(),
// range(), property(), exceptions… (each type's make_new in MicroPython's terms).

import { io_make } from "./builtins_io.js";
import { store_u32, type i32, type u32, type f64, type ref, type bool } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "./gc.js";
import {
  OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, is_small_int, new_small_int, bool_obj,
  type obj,
} from "./obj.js";
import { obj_type, type_word, builtin_is_subtype, TypeId, TYPE_NAME } from "./objects/type.js";
import { int_is, int_from_text } from "./objects/int.js";
import { float_is, float_value, float_from_f64, float_to_int, float_from_text, float_of_int } from "./objects/float.js";
import { bytes_make, bytes_m_decode } from "./builtins_bytes.js";
import { bytes_is, bytearray_is, buffer_get, buffer_data, buffer_len } from "./objects/bytes.js";
import { memoryview_new } from "./objects/memoryview.js";
import { complex_from_f64, complex_from_text, complex_is, complex_real, complex_imag } from "./objects/complex.js";
import { str_data, str_len, PrintKind } from "./objects/str.js";
import { str_is } from "./objects/str_ops.js";
import { list_new, list_len, list_get, list_from } from "./objects/list.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";
import { obj_native } from "./objects/instance.js";
import { dict_new, dict_update, dict_set, dict_copy } from "./objects/dict.js";
import { set_new, set_update } from "./objects/set.js";
import { range_new } from "./objects/range.js";
import { slice_new } from "./objects/slice_obj.js";
import { property_new } from "./objects/property.js";
import { method_wrapper_new } from "./objects/method_wrappers.js";
import { super_new } from "./objects/super.js";
import { exception_new, raise_msg, raise_memory_error, ExcObj } from "./objects/exception.js";
import { class_new, is_class, class_lookup } from "./objects/class.js";
import { obj_is_true } from "./operators.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { obj_print } from "./objects/print.js";
import { print_str, print_bytes, type Printer } from "./print.js";
import { qstr_data, qstr_len, qstr_from_bytes } from "./qstr.js";
import { arg, arg_or, arg_int, kw_arg, kw_check } from "./builtins_args.js";
import { list_from_iterable, obj_to_str, call1 } from "./builtins_core.js";
import { Q } from "./qstr_static.js";

/** TypeError "<name>() takes at most N arguments (M given)" in CPython's words. */
function check_count(id: u32, n_args: u32, max: u32): void {
  if (n_args <= max) return;
  const m: Printer = message_begin();
  const q: u32 = TYPE_NAME[id]!;
  print_bytes(m, qstr_data(q), qstr_len(q));
  print_str(m, max === 1 ? " expected at most 1 argument, got " : " expected at most ");
  if (max !== 1) {
    obj_print(m, new_small_int(max | 0), PrintKind.Str);
    print_str(m, " arguments, got ");
  }
  obj_print(m, new_small_int(n_args | 0), PrintKind.Str);
  message_raise(TypeId.TypeError, m);
}

function no_keywords(id: u32, n_kw: u32): void {
  if (n_kw === 0) return;
  const m: Printer = message_begin();
  const q: u32 = TYPE_NAME[id]!;
  print_bytes(m, qstr_data(q), qstr_len(q));
  print_str(m, "() takes no keyword arguments");
  message_raise(TypeId.TypeError, m);
}

/** ValueError "invalid literal for int() with base 10: 'x'" and the like. */
function raise_bad_literal(prefix: string, s: obj): never {
  const m: Printer = message_begin();
  print_str(m, prefix);
  obj_print(m, s, PrintKind.Repr);
  message_raise(TypeId.ValueError, m);
}

/** Is x text that int() parses: a str, bytes or bytearray? */
function int_text_is(x: obj): bool {
  return str_is(x) || bytes_is(x) || bytearray_is(x);
}

/** int(x, base) for text x (int_text_is): OBJ_NULL when x is not a valid literal. */
function int_parse(x: obj, base: u32): obj {
  if (str_is(x)) return int_from_text(str_data(x), str_len(x), base);
  buffer_get(x);
  return int_from_text(buffer_data(), buffer_len(), base);
}

function int_new(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("int", n_args, n_kw, args, Q.base, 0, 0);
  if (n_args === 0 && n_kw === 0) return new_small_int(0);
  const x: obj = arg(args, 0);
  const base_o: obj = arg_or(n_args, args, 1, kw_arg(n_args, n_kw, args, Q.base));
  if (base_o !== OBJ_NULL) {
    if (!int_text_is(x)) raise_msg(TypeId.TypeError, "int() can't convert non-string with explicit base");
    const base: i32 = arg_int(base_o);
    if (base !== 0 && (base < 2 || base > 36)) raise_msg(TypeId.ValueError, "int() base must be >= 2 and <= 36, or 0");
    const r: obj = int_parse(x, base >>> 0);
    if (r === OBJ_NULL) {
      const m: Printer = message_begin();
      print_str(m, "invalid literal for int() with base ");
      obj_print(m, new_small_int(base), PrintKind.Str);
      print_str(m, ": ");
      obj_print(m, x, PrintKind.Repr);
      message_raise(TypeId.ValueError, m);
    }
    return r;
  }
  if (is_small_int(x) || int_is(x)) return x;
  if (x === OBJ_TRUE || x === OBJ_FALSE) return new_small_int(x === OBJ_TRUE ? 1 : 0);
  if (float_is(x)) return float_to_int(float_value(x));
  if (int_text_is(x)) {
    const r: obj = int_parse(x, 10);
    if (r === OBJ_NULL) raise_bad_literal("invalid literal for int() with base 10: ", x);
    return r;
  }
  const t: obj = obj_type(x);
  if (is_class(t)) {
    let fn: obj = class_lookup(t, Q.__int__);
    if (fn === OBJ_NULL) fn = class_lookup(t, Q.__index__);
    if (fn !== OBJ_NULL) return call1(fn, x);
  }
  const m: Printer = message_begin();
  print_str(m, "int() argument must be a string, a bytes-like object or a real number, not '");
  message_type_name(m, x);
  print_str(m, "'");
  message_raise(TypeId.TypeError, m);
}

function float_new(n_args: u32, n_kw: u32, args: u32): obj {
  no_keywords(TypeId.float, n_kw);
  check_count(TypeId.float, n_args, 1);
  if (n_args === 0) return float_from_f64(0);
  const x: obj = arg(args, 0);
  if (float_is(x)) return x;
  if (is_small_int(x) || int_is(x) || x === OBJ_TRUE || x === OBJ_FALSE) {
    return float_from_f64(float_of_int(x === OBJ_TRUE ? new_small_int(1) : x === OBJ_FALSE ? new_small_int(0) : x));
  }
  if (str_is(x)) {
    const depth: u32 = gc_root_push(x);
    const r: obj = float_from_text(str_data(x), str_len(x));
    gc_root_restore(depth);
    if (r === OBJ_NULL) raise_bad_literal("could not convert string to float: ", x);
    return r;
  }
  const t: obj = obj_type(x);
  if (is_class(t)) {
    const fn: obj = class_lookup(t, Q.__float__);
    if (fn !== OBJ_NULL) return call1(fn, x);
  }
  const m: Printer = message_begin();
  print_str(m, "float() argument must be a string or a real number, not '");
  message_type_name(m, x);
  print_str(m, "'");
  message_raise(TypeId.TypeError, m);
}

/** A number argument of complex() as a double. */
function real_part(x: obj): f64 {
  if (float_is(x)) return float_value(x);
  if (x === OBJ_TRUE) return 1;
  if (x === OBJ_FALSE) return 0;
  if (is_small_int(x) || int_is(x)) return float_of_int(x);
  const m: Printer = message_begin();
  print_str(m, "complex() argument must be a string or a number, not '");
  message_type_name(m, x);
  print_str(m, "'");
  message_raise(TypeId.TypeError, m);
}

function complex_new(n_args: u32, n_kw: u32, args: u32): obj {
  no_keywords(TypeId.complex, n_kw);
  if (n_args === 0) return complex_from_f64(0, 0);
  const a: obj = arg(args, 0);
  const b: obj = arg_or(n_args, args, 1, OBJ_NULL);
  let re: f64 = 0;
  let im: f64 = 0;
  if (str_is(a)) {
    if (b !== OBJ_NULL) raise_msg(TypeId.TypeError, "complex() can't take second arg if first is a string");
    const depth: u32 = gc_root_push(a);
    const z: obj = complex_from_text(str_data(a), str_len(a));
    gc_root_restore(depth);
    if (z === OBJ_NULL) raise_msg(TypeId.ValueError, "complex() arg is a malformed string");
    return z;
  }
  if (complex_is(a)) {
    re = complex_real(a);
    im = complex_imag(a);
  } else {
    re = real_part(a);
  }
  if (b !== OBJ_NULL) {
    // CPython's order: a real first argument's imaginary part is b's own value (not 0 + b,
    // which would turn -0.0 into 0.0).
    let b_re: f64 = 0;
    if (complex_is(b)) {
      re = re - complex_imag(b);
      b_re = complex_real(b);
    } else {
      b_re = real_part(b);
    }
    im = complex_is(a) ? im + b_re : b_re;
  }
  return complex_from_f64(re, im);
}

/** bytes(n), bytes(iterable of ints), bytes(str, encoding), bytes(buffer); bytearray likewise. */
function bytes_new(id: TypeId, n_args: u32, n_kw: u32, args: u32): obj {
  no_keywords(id, n_kw);
  check_count(id, n_args, 3);
  return bytes_make(id, n_args, args);
}

function str_new(n_args: u32, n_kw: u32, args: u32): obj {
  if (n_args === 0) return new_qstr_empty();
  // str(b, encoding[, errors]) decodes a buffer.
  if (n_args > 1) return bytes_m_decode(n_args, 0, args);
  return obj_to_str(arg(args, 0), PrintKind.Str);
}

function new_qstr_empty(): obj {
  return ((Q.empty << 3) | 2) >>> 0;
}

function tuple_from_iterable(src: obj): obj {
  const l: obj = list_from_iterable(src);
  const depth: u32 = gc_root_push(l);
  const n: u32 = list_len(l);
  const t: obj = tuple_new(n);
  for (let i: u32 = 0; i < n; i++) tuple_set(t, i, list_get(l, i));
  gc_root_restore(depth);
  return t;
}

function dict_new_from(n_args: u32, n_kw: u32, args: u32): obj {
  check_count(TypeId.dict, n_args, 1);
  const d: obj = dict_new();
  const depth: u32 = gc_root_push(d);
  if (n_args === 1) {
    // A dict subclass's instance (OrderedDict) is copied as the dict it holds.
    const given: obj = arg(args, 0);
    const src: obj = obj_type(obj_native(given)) === type_word(TypeId.dict) ? obj_native(given) : given;
    const t: obj = obj_type(src);
    dict_update(d, t === type_word(TypeId.dict) || t === type_word(TypeId.list) || t === type_word(TypeId.tuple) ? src : list_from_iterable(src));
  }
  for (let i: u32 = 0; i < n_kw; i++) dict_set(d, arg(args, (n_args + i * 2) >>> 0), arg(args, (n_args + i * 2 + 1) >>> 0));
  gc_root_restore(depth);
  return d;
}

function set_new_from(id: TypeId, n_args: u32, n_kw: u32, args: u32): obj {
  no_keywords(id, n_kw);
  check_count(id, n_args, 1);
  const s: obj = set_new(id);
  if (n_args === 0) return s;
  const depth: u32 = gc_root_push(s);
  const src: obj = arg(args, 0);
  const t: obj = obj_type(src);
  const walkable: bool = t === type_word(TypeId.list) || t === type_word(TypeId.tuple) || t === type_word(TypeId.dict) || t === type_word(TypeId.set) || t === type_word(TypeId.frozenset);
  set_update(s, walkable ? src : list_from_iterable(src));
  gc_root_restore(depth);
  return s;
}

/** object(): a featureless object (a sentinel). */
function object_new(): obj {
  const o: ref = gc_alloc(16);
  if (o === 0) raise_memory_error();
  store_u32(o, type_word(TypeId.object));
  return o;
}

/** type(o) or type(name, bases, dict). */
function type_new(n_args: u32, n_kw: u32, args: u32): obj {
  if (n_args === 1 && n_kw === 0) return obj_type(arg(args, 0));
  if (n_args !== 3) raise_msg(TypeId.TypeError, "type() takes 1 or 3 arguments");
  const name: obj = arg(args, 0);
  if (!str_is(name)) raise_msg(TypeId.TypeError, "type.__new__() argument 1 must be str");
  const bases: obj = arg(args, 1);
  if (obj_type(bases) !== type_word(TypeId.tuple)) raise_msg(TypeId.TypeError, "type.__new__() argument 2 must be tuple");
  const d: obj = arg(args, 2);
  if (obj_type(d) !== type_word(TypeId.dict)) raise_msg(TypeId.TypeError, "type.__new__() argument 3 must be dict");
  // The class gets its own namespace, as in CPython: later changes to d do not reach it.
  const ns: obj = dict_copy(d);
  const depth: u32 = gc_root_push(ns);
  const cls: obj = class_new(qstr_from_bytes(str_data(name), str_len(name)), bases, ns);
  gc_root_restore(depth);
  return cls;
}

/** A new exception of built-in type id with the positional arguments as its args. */
export function exception_from_args(id: u32, n_args: u32, n_kw: u32, args: u32): obj {
  if (n_kw !== 0) no_keywords(id, n_kw);
  const t: obj = tuple_new(n_args);
  for (let i: u32 = 0; i < n_args; i++) tuple_set(t, i, arg(args, i));
  // Made as an Exception, then given its own type (id is any exception type's number).
  const e: obj = exception_new(TypeId.Exception, t);
  ExcObj.type.set(e, type_word(id));
  return e;
}

/** Calling built-in type id with these arguments. */
export function builtin_type_call(id: u32, n_args: u32, n_kw: u32, args: u32): obj {
  if (builtin_is_subtype(id, TypeId.BaseException)) return exception_from_args(id, n_args, n_kw, args);
  switch (id) {
    case TypeId.object:
      if (n_args !== 0 || n_kw !== 0) raise_msg(TypeId.TypeError, "object() takes no arguments");
      return object_new();
    case TypeId.type: return type_new(n_args, n_kw, args);
    case TypeId.NoneType: return OBJ_NONE;
    case TypeId.bool:
      no_keywords(id, n_kw);
      check_count(id, n_args, 1);
      return n_args === 0 ? OBJ_FALSE : bool_obj(obj_is_true(arg(args, 0)));
    case TypeId.int: return int_new(n_args, n_kw, args);
    case TypeId.float: return float_new(n_args, n_kw, args);
    case TypeId.complex: return complex_new(n_args, n_kw, args);
    case TypeId.str: return str_new(n_args, n_kw, args);
    case TypeId.bytes: return bytes_new(TypeId.bytes, n_args, n_kw, args);
    case TypeId.bytearray: return bytes_new(TypeId.bytearray, n_args, n_kw, args);
    case TypeId.StringIO: return io_make(TypeId.StringIO, n_args, n_kw, args);
    case TypeId.BytesIO: return io_make(TypeId.BytesIO, n_args, n_kw, args);
    case TypeId.memoryview:
      no_keywords(id, n_kw);
      if (n_args !== 1) raise_msg(TypeId.TypeError, "memoryview() takes exactly one argument");
      return memoryview_new(arg(args, 0));
    case TypeId.tuple:
      no_keywords(id, n_kw);
      check_count(id, n_args, 1);
      return n_args === 0 ? tuple_new(0) : tuple_from_iterable(arg(args, 0));
    case TypeId.list:
      no_keywords(id, n_kw);
      check_count(id, n_args, 1);
      return n_args === 0 ? list_new(0) : list_copy_of(arg(args, 0));
    case TypeId.dict: return dict_new_from(n_args, n_kw, args);
    case TypeId.set: return set_new_from(TypeId.set, n_args, n_kw, args);
    case TypeId.frozenset: return set_new_from(TypeId.frozenset, n_args, n_kw, args);
    case TypeId.range:
      no_keywords(id, n_kw);
      if (n_args < 1 || n_args > 3) {
        if (n_args === 0) raise_msg(TypeId.TypeError, "range expected at least 1 argument, got 0");
        raise_msg(TypeId.TypeError, "range expected at most 3 arguments");
      }
      return range_new(n_args, arg(args, 0), arg_or(n_args, args, 1, OBJ_NULL), arg_or(n_args, args, 2, OBJ_NULL));
    case TypeId.slice:
      if (n_args === 1) return slice_new(OBJ_NONE, arg(args, 0), OBJ_NONE);
      if (n_args < 1 || n_args > 3) raise_msg(TypeId.TypeError, "slice expected at least 1 argument, got 0");
      return slice_new(arg(args, 0), arg(args, 1), arg_or(n_args, args, 2, OBJ_NONE));
    case TypeId.property:
      kw_check("property", n_args, n_kw, args, Q.fget, Q.fset, Q.fdel);
      return property_new(arg_or(n_args, args, 0, kw_arg(n_args, n_kw, args, Q.fget)),
        arg_or(n_args, args, 1, kw_arg(n_args, n_kw, args, Q.fset)), arg_or(n_args, args, 2, kw_arg(n_args, n_kw, args, Q.fdel)));
    case TypeId.staticmethod: case TypeId.classmethod:
      if (n_args !== 1) raise_msg(TypeId.TypeError, "expected 1 argument");
      return method_wrapper_new(id === TypeId.staticmethod ? TypeId.staticmethod : TypeId.classmethod, arg(args, 0));
    case TypeId.super:
      return super_new(n_args, arg_or(n_args, args, 0, OBJ_NULL), arg_or(n_args, args, 1, OBJ_NULL));
    default: {
      const m: Printer = message_begin();
      print_str(m, "cannot create '");
      const q: u32 = TYPE_NAME[id]!;
      print_bytes(m, qstr_data(q), qstr_len(q));
      print_str(m, "' instances");
      message_raise(TypeId.TypeError, m);
    }
  }
}

/** list(x): always a new list. */
function list_copy_of(src: obj): obj {
  const l: obj = list_from_iterable(src);
  return l === src ? list_from(src) : l;
}
