// User classes: heap objects of type `type` with a name, their bases, their C3 method
// resolution order and their dict (MicroPython's mp_obj_type_t built at run time, with
// CPython's MRO). Built-in types stay immediate words; both kinds meet here in
// type_is_subtype / obj_isinstance / exception_match.

import { layout, field_ref, field_u32, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, OBJ_NONE, new_qstr_obj, type obj } from "../obj.js";
import {
  obj_type, type_word, is_builtin_type, builtin_type_id, builtin_is_subtype, TypeId, TYPE_BASE, TYPE_NAME, NO_TYPE,
} from "./type.js";
import { tuple_new, tuple_len, tuple_get, tuple_set } from "./tuple.js";
import { list_new, list_len, list_get, list_set, list_append } from "./list.js";
import { dict_lookup } from "./dict.js";
import { raise_memory_error, raise_msg } from "./exception.js";
import { message_begin, message_raise, message_type_name } from "./message.js";
import { instance_new, instance_set_native } from "./instance.js";
import { call_with_self } from "./bound_method.js";
import { builtin_type_call } from "../builtins_types.js";
import { Q } from "../qstr_static.js";
import { print_str, print_bytes, type Printer } from "../print.js";
import { qstr_data, qstr_len } from "../qstr.js";

export const ClassObj = layout("ClassObj", {
  type: field_ref,
  /** The class's name, a qstr number. */
  name: field_u32,
  /** The bases as given (a tuple of type words). */
  bases: field_ref,
  /** C3 linearization: the class itself first, object last (a tuple of type words). */
  mro: field_ref,
  /** The class namespace: a dict keyed by names. */
  dict: field_ref,
  /** The built-in type whose native object instances carry (TypeId.object when none). */
  native: field_u32,
});

/** Is t a user class (a heap type object)? */
export function is_class(t: obj): bool {
  return !is_builtin_type(t) && obj_type(t) === type_word(TypeId.type);
}

/** Is o a type, built-in or user class? */
export function is_type(o: obj): bool {
  return is_builtin_type(o) || is_class(o);
}

/** The qstr of a type's name. */
export function type_name_qstr(t: obj): u32 {
  if (is_builtin_type(t)) return TYPE_NAME[builtin_type_id(t)]!;
  return ClassObj.name.get(t);
}

export function print_type_name_of(p: Printer, t: obj): void {
  const q: u32 = type_name_qstr(t);
  print_bytes(p, qstr_data(q), qstr_len(q));
}

/** The built-in TypeId whose native layout instances of type t have. */
export function type_native_id(t: obj): u32 {
  if (is_builtin_type(t)) return builtin_type_id(t);
  return ClassObj.native.get(t);
}

/** Can a class derive from built-in type id? (bool, NoneType, functions… cannot.) */
function builtin_is_acceptable_base(id: u32): bool {
  switch (id) {
    case TypeId.NoneType: case TypeId.bool: case TypeId.range: case TypeId.slice: case TypeId.function:
    case TypeId.builtin_function: case TypeId.bound_method: case TypeId.generator: case TypeId.ellipsis:
    case TypeId.NotImplementedType:
      return false;
    default:
      return true;
  }
}

/** The MRO of any type as a fresh list (built-in types: the chain of bases). */
function mro_as_list(t: obj): obj {
  const l: obj = list_new(0);
  const depth: u32 = gc_root_push(l);
  if (is_builtin_type(t)) {
    let id: u32 = builtin_type_id(t);
    while (id !== NO_TYPE) {
      list_append(l, type_word(id));
      id = TYPE_BASE[id]!;
    }
  } else {
    const mro: obj = ClassObj.mro.get(t);
    const n: u32 = tuple_len(mro);
    for (let i: u32 = 0; i < n; i++) list_append(l, tuple_get(mro, i));
  }
  gc_root_restore(depth);
  return l;
}

/** Does type word t occur in sequence list seq after position head (in its tail)? */
function in_tail(seq: obj, head: u32, t: obj): bool {
  const n: u32 = list_len(seq);
  for (let i: u32 = (head + 1) >>> 0; i < n; i++) if (list_get(seq, i) === t) return true;
  return false;
}

/**
 * C3 linearization of a class with these bases: merge(L(b1)…L(bn), [b1…bn]), the class
 * itself first. seqs holds the sequences, heads the index of each one's current head.
 */
function c3_mro(cls: obj, bases: obj): obj {
  const nb: u32 = tuple_len(bases);
  const nseq: u32 = (nb + 1) >>> 0;
  const seqs: obj = list_new(0);
  const depth: u32 = gc_root_push(seqs);
  for (let i: u32 = 0; i < nb; i++) list_append(seqs, mro_as_list(tuple_get(bases, i)));
  const last: obj = list_new(0);
  list_append(seqs, last);
  for (let i: u32 = 0; i < nb; i++) list_append(last, tuple_get(bases, i));
  const heads: obj = list_new(0);
  gc_root_push(heads);
  const result: obj = list_new(0);
  gc_root_push(result);
  list_append(result, cls);
  for (let i: u32 = 0; i < nseq; i++) list_append(heads, 1); // 1 is the word of small int 0
  while (true) {
    let remaining: bool = false;
    let chosen: obj = OBJ_NULL;
    for (let i: u32 = 0; i < nseq && chosen === OBJ_NULL; i++) {
      const seq: obj = list_get(seqs, i);
      const head: u32 = list_get(heads, i) >>> 1;
      if (head >= list_len(seq)) continue;
      remaining = true;
      const candidate: obj = list_get(seq, head);
      let blocked: bool = false;
      for (let j: u32 = 0; j < nseq && !blocked; j++) {
        blocked = in_tail(list_get(seqs, j), list_get(heads, j) >>> 1, candidate);
      }
      if (!blocked) chosen = candidate;
    }
    if (!remaining) break;
    if (chosen === OBJ_NULL) raise_mro_conflict(bases);
    list_append(result, chosen);
    for (let i: u32 = 0; i < nseq; i++) {
      const seq: obj = list_get(seqs, i);
      const head: u32 = list_get(heads, i) >>> 1;
      if (head < list_len(seq) && list_get(seq, head) === chosen) {
        store_head(heads, i, head + 1);
      }
    }
  }
  const n: u32 = list_len(result);
  const mro: obj = tuple_new(n);
  for (let i: u32 = 0; i < n; i++) tuple_set(mro, i, list_get(result, i));
  gc_root_restore(depth);
  return mro;
}

/** Heads are kept as small-int words: (head << 1) | 1. */
function store_head(heads: obj, i: u32, head: u32): void {
  list_set(heads, i, ((head << 1) | 1) >>> 0);
}

function raise_mro_conflict(bases: obj): never {
  const m: Printer = message_begin();
  print_str(m, "Cannot create a consistent method resolution\norder (MRO) for bases ");
  const n: u32 = tuple_len(bases);
  for (let i: u32 = 0; i < n; i++) {
    if (i > 0) print_str(m, ", ");
    print_type_name_of(m, tuple_get(bases, i));
  }
  message_raise(TypeId.TypeError, m);
}

/** The most derived built-in type (other than object) in an MRO; object when none. */
function mro_native(mro: obj): u32 {
  const n: u32 = tuple_len(mro);
  for (let i: u32 = 0; i < n; i++) {
    const t: obj = tuple_get(mro, i);
    if (is_builtin_type(t) && builtin_type_id(t) !== TypeId.object) return builtin_type_id(t);
  }
  return TypeId.object;
}

/** class name(bases…) with namespace dict: checks the bases, computes the MRO. */
export function class_new(name: u32, bases_in: obj, dict: obj): obj {
  const depth: u32 = gc_root_push(bases_in);
  gc_root_push(dict);
  let bases: obj = bases_in;
  const nb: u32 = tuple_len(bases);
  let native: u32 = TypeId.object;
  for (let i: u32 = 0; i < nb; i++) {
    const b: obj = tuple_get(bases, i);
    if (!is_type(b)) raise_msg(TypeId.TypeError, "bases must be types");
    if (is_builtin_type(b) && !builtin_is_acceptable_base(builtin_type_id(b))) {
      const m: Printer = message_begin();
      print_str(m, "type '");
      print_type_name_of(m, b);
      print_str(m, "' is not an acceptable base type");
      message_raise(TypeId.TypeError, m);
    }
    for (let j: u32 = 0; j < i; j++) {
      if (tuple_get(bases, j) === b) {
        const m: Printer = message_begin();
        print_str(m, "duplicate base class ");
        print_type_name_of(m, b);
        message_raise(TypeId.TypeError, m);
      }
    }
    // Two bases with unrelated native layouts cannot share one instance (list and dict).
    const nid: u32 = type_native_id(b);
    if (nid !== TypeId.object) {
      if (native === TypeId.object || builtin_is_subtype(nid, native)) native = nid;
      else if (!builtin_is_subtype(native, nid)) raise_msg(TypeId.TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  if (nb === 0) {
    bases = tuple_new(1);
    tuple_set(bases, 0, type_word(TypeId.object));
    gc_root_push(bases);
  }
  const cls: ref = gc_alloc(ClassObj.SIZE);
  if (cls === 0) raise_memory_error();
  ClassObj.type.set(cls, type_word(TypeId.type));
  ClassObj.name.set(cls, name);
  ClassObj.bases.set(cls, bases);
  ClassObj.mro.set(cls, OBJ_NULL);
  ClassObj.dict.set(cls, dict);
  ClassObj.native.set(cls, native);
  gc_root_push(cls);
  const mro: obj = c3_mro(cls, bases);
  ClassObj.mro.set(cls, mro);
  ClassObj.native.set(cls, mro_native(mro));
  gc_root_restore(depth);
  return cls;
}

export function class_dict(cls: obj): obj {
  return ClassObj.dict.get(cls);
}

export function class_bases(cls: obj): obj {
  return ClassObj.bases.get(cls);
}

export function class_mro(cls: obj): obj {
  return ClassObj.mro.get(cls);
}

/**
 * The attribute q found along t's MRO in the dicts of user classes, OBJ_NULL when none has
 * it. Built-in types' own attributes come from their method tables (core/attr.ts).
 */
export function class_lookup(t: obj, q: u32): obj {
  if (is_builtin_type(t)) return OBJ_NULL;
  const mro: obj = ClassObj.mro.get(t);
  const n: u32 = tuple_len(mro);
  const key: obj = new_qstr_obj(q);
  for (let i: u32 = 0; i < n; i++) {
    const c: obj = tuple_get(mro, i);
    if (is_builtin_type(c)) continue;
    const v: obj = dict_lookup(ClassObj.dict.get(c), key);
    if (v !== OBJ_NULL) return v;
  }
  return OBJ_NULL;
}

/** Is type t the same as, or derived from, type base (built-in or user class)? */
export function type_is_subtype(t: obj, base: obj): bool {
  if (t === base) return true;
  if (is_builtin_type(t)) {
    return is_builtin_type(base) && builtin_is_subtype(builtin_type_id(t), builtin_type_id(base));
  }
  const mro: obj = ClassObj.mro.get(t);
  const n: u32 = tuple_len(mro);
  for (let i: u32 = 0; i < n; i++) {
    const c: obj = tuple_get(mro, i);
    if (c === base) return true;
    if (is_builtin_type(c) && is_builtin_type(base) && builtin_is_subtype(builtin_type_id(c), builtin_type_id(base))) return true;
  }
  return false;
}

/** Check that t is a type or a tuple of types, for isinstance/issubclass's argument 2. */
function check_class_or_tuple(t: obj, fn_name: string): void {
  if (is_type(t)) return;
  if (obj_type(t) === type_word(TypeId.tuple)) {
    const n: u32 = tuple_len(t);
    for (let i: u32 = 0; i < n; i++) check_class_or_tuple(tuple_get(t, i), fn_name);
    return;
  }
  const m: Printer = message_begin();
  print_str(m, fn_name);
  print_str(m, "() arg 2 must be a type, a tuple of types, or a union");
  message_raise(TypeId.TypeError, m);
}

/** Is type t a subtype of t_or_tuple (a type, or a tuple of them, nested)? No checks. */
function subtype_of_any(t: obj, t_or_tuple: obj): bool {
  if (obj_type(t_or_tuple) === type_word(TypeId.tuple)) {
    const n: u32 = tuple_len(t_or_tuple);
    for (let i: u32 = 0; i < n; i++) if (subtype_of_any(t, tuple_get(t_or_tuple, i))) return true;
    return false;
  }
  return is_type(t_or_tuple) && type_is_subtype(t, t_or_tuple);
}

/** isinstance(o, t): t a type or a tuple of types. */
export function obj_isinstance(o: obj, t: obj): bool {
  check_class_or_tuple(t, "isinstance");
  return subtype_of_any(obj_type(o), t);
}

/** issubclass(c, t). */
export function obj_issubclass(c: obj, t: obj): bool {
  if (!is_type(c)) raise_msg(TypeId.TypeError, "issubclass() arg 1 must be a class");
  check_class_or_tuple(t, "issubclass");
  return subtype_of_any(c, t);
}

/** Is exception type t (any type word) derived from BaseException? */
export function type_is_exception(t: obj): bool {
  const id: u32 = type_native_id(t);
  return builtin_is_subtype(id, TypeId.BaseException);
}

/** `except t:` for exception object e: t a type or a tuple of types (nested tuples too). */
export function exception_match(e: obj, t: obj): bool {
  return subtype_of_any(obj_type(e), t);
}

// ---- calling a type: construction ----

function raise_init_returned(r: obj): never {
  const m: Printer = message_begin();
  print_str(m, "__init__() should return None, not '");
  message_type_name(m, r);
  print_str(m, "'");
  message_raise(TypeId.TypeError, m);
}

/**
 * t(*args, **kw) for any type: built-in types construct their value; a user class calls
 * __new__ (or makes a fresh instance, with a native object when it derives from a built-in
 * type) and then __init__ when the result is an instance of it.
 */
export function type_call(t: obj, n_args: u32, n_kw: u32, args: u32): obj {
  if (is_builtin_type(t)) return builtin_type_call(builtin_type_id(t), n_args, n_kw, args);
  const depth: u32 = gc_root_push(t);
  const new_fn: obj = class_lookup(t, Q.__new__);
  const init_fn: obj = class_lookup(t, Q.__init__);
  let o: obj = OBJ_NULL;
  if (new_fn !== OBJ_NULL) {
    // __new__ is a static method taking the class first.
    o = call_with_self(new_fn, t, n_args, n_kw, args);
  } else {
    o = class_instance_new(t, n_args, n_kw, args, init_fn !== OBJ_NULL);
  }
  gc_root_push(o);
  if (init_fn !== OBJ_NULL && type_is_subtype(obj_type(o), t)) {
    const r: obj = call_with_self(init_fn, o, n_args, n_kw, args);
    if (r !== OBJ_NONE) raise_init_returned(r);
  }
  gc_root_restore(depth);
  return o;
}

/**
 * A new instance of user class t (object.__new__): with the native object of its built-in
 * base made from the arguments, or empty when the class has its own __init__ (has_init),
 * which then fills it. Exceptions always keep their positional arguments as args.
 */
export function class_instance_new(t: obj, n_args: u32, n_kw: u32, args: u32, has_init: bool): obj {
  const native_id: u32 = ClassObj.native.get(t);
  if (native_id === TypeId.object && !has_init && (n_args !== 0 || n_kw !== 0) && class_lookup(t, Q.__new__) === OBJ_NULL) {
    const m: Printer = message_begin();
    print_type_name_of(m, t);
    print_str(m, "() takes no arguments");
    message_raise(TypeId.TypeError, m);
  }
  const o: obj = instance_new(t);
  if (native_id === TypeId.object) return o;
  const depth: u32 = gc_root_push(o);
  let native: obj = OBJ_NULL;
  if (builtin_is_subtype(native_id, TypeId.BaseException)) native = builtin_type_call(native_id, n_args, 0, args);
  else if (!has_init) native = builtin_type_call(native_id, n_args, n_kw, args);
  else native = builtin_type_call(native_id, 0, 0, args);
  instance_set_native(o, native);
  gc_root_restore(depth);
  return o;
}

/** o(*args) for an instance: its class's __call__. */
export function instance_call(o: obj, n_args: u32, n_kw: u32, args: u32): obj {
  const fn: obj = class_lookup(obj_type(o), Q.__call__);
  if (fn === OBJ_NULL) {
    const m: Printer = message_begin();
    print_str(m, "'");
    message_type_name(m, o);
    print_str(m, "' object is not callable");
    message_raise(TypeId.TypeError, m);
  }
  return call_with_self(fn, o, n_args, n_kw, args);
}
