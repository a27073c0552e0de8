// Attributes of any object (MicroPython's mp_load_attr / mp_load_method / mp_store_attr):
// instances look in the class's data descriptors, then their own dict, then along the
// class's MRO, then __getattr__; classes along their MRO; built-in objects in their
// type's method table. Messages are CPython's.

import { load_u32, store_u32, type u32, type bool } from "./subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_depth, gc_root_addr } from "./gc.js";
import { OBJ_NULL, OBJ_NONE, new_qstr_obj, is_small_int, type obj } from "./obj.js";
import { obj_type, type_word, is_builtin_type, builtin_type_id, builtin_is_subtype, TypeId } from "./objects/type.js";
import {
  is_class, class_lookup, class_dict, class_bases, class_mro, type_native_id, print_type_name_of, type_name_qstr,
  type_is_subtype,
} from "./objects/class.js";
import { instance_dict, exception_native } from "./objects/instance.js";
import { dict_lookup, dict_set, dict_contains, dict_delete } from "./objects/dict.js";
import { is_property, property_fget, property_fset, property_fdel } from "./objects/property.js";
import { is_staticmethod, is_classmethod, method_wrapper_fn } from "./objects/method_wrappers.js";
import { bound_method_new } from "./objects/bound_method.js";
import { builtin_type_attr, builtin_method_is_classmethod } from "./builtins.js";
import { is_super, super_cls, super_self, super_new } from "./objects/super.js";
import { slice_is, slice_start, slice_stop, slice_step } from "./objects/slice_obj.js";
import { range_is, range_start, range_stop, range_step } from "./objects/range.js";
import { complex_is, complex_real, complex_imag } from "./objects/complex.js";
import { float_from_f64 } from "./objects/float.js";
import { fun_is, fun_name } from "./objects/fun.js";
import { exception_args, exception_chain_attr } from "./objects/exception.js";
import { tuple_new, tuple_len, tuple_get } from "./objects/tuple.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { raise_msg } from "./objects/exception.js";
import { print_str, print_bytes, type Printer } from "./print.js";
import { int_from_i32 } from "./objects/int.js";
import { attrtuple_attr } from "./objects/attrtuple.js";
import { qstr_data, qstr_len } from "./qstr.js";
import { obj_call } from "./call.js";
import { Q } from "./qstr_static.js";
import { module_is, module_load_attr, module_store_attr, module_delete_attr, print_module_name } from "./objects/module.js";

/** The self found with the last method looked up (OBJ_NULL: the result is not a method). */
let found_self: obj = OBJ_NULL;

/** Does o's type make it a function that binds to an instance (def, built-in method)? */
function binds_to_instance(v: obj): bool {
  const t: obj = obj_type(v);
  return t === type_word(TypeId.function) || t === type_word(TypeId.builtin_function);
}

/** Call fn(a) or fn(a, b) from native code (n is 1 or 2), arguments on the root stack. */
export function call_fn(fn: obj, n: u32, a: obj, b: obj): obj {
  const depth: u32 = gc_root_push(fn);
  const base: u32 = gc_root_depth();
  gc_root_push(a);
  if (n > 1) gc_root_push(b);
  const r: obj = obj_call(fn, n, 0, gc_root_addr(base));
  gc_root_restore(depth);
  return r;
}

/**
 * A class attribute v found for self (OBJ_NULL when looked up on the class itself) of
 * class cls, as a descriptor gives it: functions bind, staticmethod unwraps, classmethod
 * binds to the class, property calls its getter. Sets found_self.
 */
function descriptor_get(v: obj, self: obj, cls: obj): obj {
  found_self = OBJ_NULL;
  if (binds_to_instance(v)) {
    if (self !== OBJ_NULL) found_self = self;
    return v;
  }
  if (is_staticmethod(v)) return method_wrapper_fn(v);
  if (is_classmethod(v)) {
    found_self = cls;
    return method_wrapper_fn(v);
  }
  if (is_property(v) && self !== OBJ_NULL) {
    const fget: obj = property_fget(v);
    if (fget === OBJ_NONE) raise_msg(TypeId.AttributeError, "unreadable attribute");
    const r: obj = call_fn(fget, 1, self, OBJ_NULL);
    // The getter's own lookups went through here too.
    found_self = OBJ_NULL;
    return r;
  }
  return v;
}

/** The attributes every exception has: args, and value for StopIteration. */
function exception_attr(e: obj, q: u32): obj {
  const native: obj = exception_native(e);
  const args: obj = exception_args(native);
  // Exceptions the runtime raises bare (KeyboardInterrupt, StopIteration) have no tuple.
  if (q === Q.args) return args === OBJ_NULL ? tuple_new(0) : args;
  const chained: obj = exception_chain_attr(native, q);
  if (chained !== OBJ_NULL) return chained;
  if (q === Q.value && type_native_id(obj_type(e)) === TypeId.StopIteration) {
    return args === OBJ_NULL || tuple_len(args) === 0 ? OBJ_NONE : tuple_get(args, 0);
  }
  if ((q === Q.errno || q === Q.strerror) && builtin_is_subtype(type_native_id(obj_type(e)), TypeId.OSError)) {
    // CPython: OSError(errno, strerror, ...) fills both; any other arity leaves them None,
    // except that the runtime's own OSError(n) (core/os_error.ts) has errno n, as MicroPython's.
    if (args !== OBJ_NULL && tuple_len(args) === 1 && q === Q.errno && is_small_int(tuple_get(args, 0))) {
      return tuple_get(args, 0);
    }
    if (args === OBJ_NULL || tuple_len(args) < 2) return OBJ_NONE;
    return tuple_get(args, q === Q.errno ? 0 : 1);
  }
  return OBJ_NULL;
}

function is_exception_type_id(id: u32): bool {
  return id >= TypeId.BaseException && id <= TypeId.UnicodeError;
}

/** The attribute of an instance of a user class; OBJ_NULL when missing. */
function instance_attr(o: obj, q: u32): obj {
  const cls: obj = obj_type(o);
  if (q === Q.__class__) return cls;
  if (q === Q.__dict__) return instance_dict(o);
  const v: obj = class_lookup(cls, q);
  // Data descriptors on the class win over the instance's dict.
  if (v !== OBJ_NULL && is_property(v)) return descriptor_get(v, o, cls);
  const own: obj = dict_lookup(instance_dict(o), new_qstr_obj(q));
  if (own !== OBJ_NULL) return own;
  if (v !== OBJ_NULL) return descriptor_get(v, o, cls);
  // The built-in base's methods and attributes.
  const native_id: u32 = type_native_id(cls);
  if (is_exception_type_id(native_id)) {
    const a: obj = exception_attr(o, q);
    if (a !== OBJ_NULL) return a;
  }
  const m: obj = builtin_type_attr(native_id, q);
  if (m !== OBJ_NULL) return builtin_method_bind(m, o, cls);
  // __getattr__ is the last resort.
  if (q !== Q.__getattr__) {
    const ga: obj = class_lookup(cls, Q.__getattr__);
    if (ga !== OBJ_NULL) {
      found_self = OBJ_NULL;
      const depth: u32 = gc_root_push(o);
      const r: obj = call_fn(ga, 2, o, new_qstr_obj(q));
      gc_root_restore(depth);
      found_self = OBJ_NULL;
      return r;
    }
  }
  return OBJ_NULL;
}

/** A built-in type's method found for o (of type t): bound to o, or to t for classmethods. */
function builtin_method_bind(m: obj, o: obj, t: obj): obj {
  found_self = builtin_method_is_classmethod(m) ? t : o;
  return m;
}

/** The attribute of a class (user or built-in type) t; OBJ_NULL when missing. */
function type_attr(t: obj, q: u32): obj {
  if (q === Q.__name__ || q === Q.__qualname__) return new_qstr_obj(type_name_qstr(t));
  if (q === Q.__class__) return type_word(TypeId.type);
  if (is_builtin_type(t)) {
    const m: obj = builtin_type_attr(builtin_type_id(t), q);
    if (m === OBJ_NULL) return OBJ_NULL;
    found_self = builtin_method_is_classmethod(m) ? t : OBJ_NULL;
    return m;
  }
  if (q === Q.__dict__) return class_dict(t);
  if (q === Q.__bases__) return class_bases(t);
  if (q === Q.__mro__) return class_mro(t);
  const v: obj = class_lookup(t, q);
  if (v !== OBJ_NULL) return descriptor_get(v, OBJ_NULL, t);
  const m: obj = builtin_type_attr(type_native_id(t), q);
  if (m === OBJ_NULL) return OBJ_NULL;
  found_self = builtin_method_is_classmethod(m) ? t : OBJ_NULL;
  return m;
}

/**
 * super(cls, self).q: the first class after cls in the MRO of self's type (of self, when it
 * is a class) that has q, bound to self.
 */
function super_attr(s: obj, q: u32): obj {
  const cls: obj = super_cls(s);
  const self: obj = super_self(s);
  const self_is_class: bool = obj_type(self) === type_word(TypeId.type) && type_is_subtype(self, cls);
  const start: obj = self_is_class ? self : obj_type(self);
  if (is_builtin_type(start)) return OBJ_NULL;
  const mro: obj = class_mro(start);
  const n: u32 = tuple_len(mro);
  let i: u32 = 0;
  while (i < n && tuple_get(mro, i) !== cls) i = (i + 1) >>> 0;
  for (i = (i + 1) >>> 0; i < n; i++) {
    const c: obj = tuple_get(mro, i);
    let v: obj = OBJ_NULL;
    if (is_builtin_type(c)) {
      v = builtin_type_attr(builtin_type_id(c), q);
      if (v !== OBJ_NULL) {
        found_self = builtin_method_is_classmethod(v) ? start : self_is_class ? OBJ_NULL : self;
        return v;
      }
      continue;
    }
    v = dict_lookup(class_dict(c), new_qstr_obj(q));
    if (v !== OBJ_NULL) return descriptor_get(v, self_is_class ? OBJ_NULL : self, start);
  }
  return OBJ_NULL;
}

/** Any object's attribute q (a method and its self in found_self), OBJ_NULL when missing. */
function load_attr_parts(o: obj, q: u32): obj {
  found_self = OBJ_NULL;
  const t: obj = obj_type(o);
  if (is_class(t)) return instance_attr(o, q);
  if (t === type_word(TypeId.type)) return type_attr(o, q);
  if (is_super(o)) return super_attr(o, q);
  if (q === Q.__class__) return t;
  if (q === Q.__name__ && fun_is(o)) return new_qstr_obj(fun_name(o));
  if (slice_is(o)) {
    if (q === Q.start) return slice_start(o);
    if (q === Q.stop) return slice_stop(o);
    if (q === Q.step) return slice_step(o);
  }
  if (complex_is(o)) {
    if (q === Q.real) return float_from_f64(complex_real(o));
    if (q === Q.imag) return float_from_f64(complex_imag(o));
  }
  if (range_is(o)) {
    if (q === Q.start) return int_from_i32(range_start(o));
    if (q === Q.stop) return int_from_i32(range_stop(o));
    if (q === Q.step) return int_from_i32(range_step(o));
  }
  const id: u32 = builtin_type_id(t);
  if (id === TypeId.module) {
    const a: obj = module_load_attr(o, q);
    if (a !== OBJ_NULL) return a;
  }
  if (is_exception_type_id(id)) {
    const a: obj = exception_attr(o, q);
    if (a !== OBJ_NULL) return a;
  }
  if (id === TypeId.tuple) {
    const a: obj = attrtuple_attr(o, q);
    if (a !== OBJ_NULL) return a;
  }
  const m: obj = builtin_type_attr(id, q);
  if (m !== OBJ_NULL) return builtin_method_bind(m, o, t);
  return OBJ_NULL;
}

function raise_no_attr(o: obj, q: u32): never {
  const m: Printer = message_begin();
  if (obj_type(o) === type_word(TypeId.type)) {
    print_str(m, "type object '");
    print_type_name_of(m, o);
    print_str(m, "'");
  } else if (module_is(o)) {
    // CPython: module 'sys' has no attribute 'x'
    print_str(m, "module '");
    print_module_name(m, o);
    print_str(m, "'");
  } else {
    print_str(m, "'");
    message_type_name(m, o);
    print_str(m, "' object");
  }
  print_str(m, " has no attribute '");
  print_bytes(m, qstr_data(q), qstr_len(q));
  print_str(m, "'");
  message_raise(TypeId.AttributeError, m);
}

/** o.q, or OBJ_NULL when o has no attribute q. */
export function obj_load_attr_maybe(o: obj, q: u32): obj {
  const depth: u32 = gc_root_push(o);
  const v: obj = load_attr_parts(o, q);
  let r: obj = v;
  if (v !== OBJ_NULL && found_self !== OBJ_NULL) r = bound_method_new(v, found_self);
  gc_root_restore(depth);
  return r;
}

/** o.q: AttributeError when missing. */
export function obj_load_attr(o: obj, q: u32): obj {
  const v: obj = obj_load_attr_maybe(o, q);
  if (v === OBJ_NULL) raise_no_attr(o, q);
  return v;
}

/** LOAD_METHOD: dest[0] = the function, dest[1] = self (OBJ_NULL when not a method). */
export function obj_load_method(o: obj, q: u32, dest: u32): void {
  const v: obj = obj_load_method_maybe(o, q, dest);
  if (v === OBJ_NULL) raise_no_attr(o, q);
}

/**
 * LOAD_SUPER_METHOD (mp_load_super_method): dest[1] holds __class__ and dest[2] self, as the
 * compiler loads them for `super().q(…)`; dest[0], dest[1] become the method and its self
 * (or OBJ_NULL), as LOAD_METHOD leaves them.
 */
export function obj_load_super_method(q: u32, dest: u32): void {
  const s: obj = super_new(2, load_u32(dest + 4), load_u32(dest + 8));
  const depth: u32 = gc_root_push(s);
  obj_load_method(s, q, dest);
  gc_root_restore(depth);
}

/** obj_load_method that leaves dest[0] = OBJ_NULL when missing; returns dest[0]. */
export function obj_load_method_maybe(o: obj, q: u32, dest: u32): obj {
  const depth: u32 = gc_root_push(o);
  const v: obj = load_attr_parts(o, q);
  gc_root_restore(depth);
  store_u32(dest, v);
  store_u32(dest + 4, v === OBJ_NULL ? OBJ_NULL : found_self);
  return v;
}

/** o.q = v (v OBJ_NULL: del o.q). */
function store_or_delete(o: obj, q: u32, v: obj): void {
  const t: obj = obj_type(o);
  if (is_class(t)) {
    const p: obj = class_lookup(t, q);
    if (p !== OBJ_NULL && is_property(p)) {
      const f: obj = v === OBJ_NULL ? property_fdel(p) : property_fset(p);
      if (f === OBJ_NONE) raise_msg(TypeId.AttributeError, v === OBJ_NULL ? "can't delete attribute" : "can't set attribute");
      if (v === OBJ_NULL) call_fn(f, 1, o, OBJ_NULL);
      else call_fn(f, 2, o, v);
      return;
    }
    const special: obj = class_lookup(t, v === OBJ_NULL ? Q.__delattr__ : Q.__setattr__);
    if (special !== OBJ_NULL) {
      call_special_attr(special, o, q, v);
      return;
    }
    instance_dict_store(o, q, v);
    return;
  }
  if (is_class(o)) {
    const d: obj = class_dict(o);
    const key: obj = new_qstr_obj(q);
    if (v === OBJ_NULL) {
      if (!dict_contains(d, key)) raise_no_attr(o, q);
      dict_delete(d, key);
    } else {
      dict_set(d, key, v);
    }
    return;
  }
  if (module_is(o)) {
    if (v !== OBJ_NULL) module_store_attr(o, q, v);
    else if (!module_delete_attr(o, q)) raise_no_attr(o, q);
    return;
  }
  const m: Printer = message_begin();
  if (is_builtin_type(o)) {
    print_str(m, "cannot set '");
    print_bytes(m, qstr_data(q), qstr_len(q));
    print_str(m, "' attribute of immutable type '");
    print_type_name_of(m, o);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  print_str(m, "'");
  message_type_name(m, o);
  print_str(m, "' object has no attribute '");
  print_bytes(m, qstr_data(q), qstr_len(q));
  print_str(m, "'");
  message_raise(TypeId.AttributeError, m);
}

/** Store into (or delete from) an instance's own dict: object.__setattr__/__delattr__. */
export function instance_dict_store(o: obj, q: u32, v: obj): void {
  const d: obj = instance_dict(o);
  const key: obj = new_qstr_obj(q);
  if (v === OBJ_NULL) {
    if (!dict_contains(d, key)) raise_no_attr(o, q);
    dict_delete(d, key);
  } else {
    dict_set(d, key, v);
  }
}

/** __setattr__(self, name, v) or __delattr__(self, name). */
function call_special_attr(fn: obj, o: obj, q: u32, v: obj): void {
  const depth: u32 = gc_root_push(fn);
  const base: u32 = gc_root_depth();
  gc_root_push(o);
  gc_root_push(new_qstr_obj(q));
  if (v !== OBJ_NULL) gc_root_push(v);
  obj_call(fn, v === OBJ_NULL ? 2 : 3, 0, gc_root_addr(base));
  gc_root_restore(depth);
}

export function obj_store_attr(o: obj, q: u32, v: obj): void {
  store_or_delete(o, q, v);
}

export function obj_delete_attr(o: obj, q: u32): void {
  store_or_delete(o, q, OBJ_NULL);
}

/** hasattr(o, name): any exception other than AttributeError propagates. */
export function obj_has_attr(o: obj, q: u32): bool {
  return obj_load_attr_maybe(o, q) !== OBJ_NULL;
}
