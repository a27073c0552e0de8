// Methods of object, BaseException and property that Python code calls directly:
// super().__init__(…), and the @x.setter decorators.

import { type u32 } from "./subset/index.js";
import { OBJ_NONE, OBJ_NULL, type obj } from "./obj.js";
import { TypeId, obj_type, builtin_is_subtype } from "./objects/type.js";
import { raise_msg } from "./objects/exception.js";
import { is_type, is_class, type_native_id, class_instance_new } from "./objects/class.js";
import { is_instance, instance_set_native } from "./objects/instance.js";
import { builtin_type_call } from "./builtins_types.js";
import { instance_dict_store } from "./attr.js";
import { name_arg } from "./builtins_core.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";
import { ExcObj } from "./objects/exception.js";
import { exception_native } from "./objects/instance.js";
import { property_new, property_fget, property_fset, property_fdel } from "./objects/property.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { arg } from "./builtins_args.js";

/**
 * object.__init__(self, …): nothing to do, except for an instance of a class deriving from a
 * built-in type whose own __init__ calls super().__init__(args): its native object is made
 * from those arguments then (MicroPython's native_base_init_wrapper), as type_call left it
 * empty.
 */
export function object_m_init(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  if (!is_instance(self) || (n_args === 1 && n_kw === 0)) return OBJ_NONE;
  const native_id: u32 = type_native_id(obj_type(self));
  if (native_id === TypeId.object || builtin_is_subtype(native_id, TypeId.BaseException)) return OBJ_NONE;
  const depth: u32 = gc_root_push(self);
  const native: obj = builtin_type_call(native_id, (n_args - 1) >>> 0, n_kw, (args + 4) >>> 0);
  gc_root_restore(depth);
  instance_set_native(self, native);
  return OBJ_NONE;
}

/** object.__new__(cls, *args): a new instance of cls (its native part from the arguments). */
export function object_m_new(n_args: u32, n_kw: u32, args: u32): obj {
  const cls: obj = arg(args, 0);
  if (!is_type(cls)) raise_msg(TypeId.TypeError, "object.__new__(X): X is not a type object");
  if (!is_class(cls)) return builtin_type_call(type_native_id(cls), (n_args - 1) >>> 0, n_kw, (args + 4) >>> 0);
  return class_instance_new(cls, (n_args - 1) >>> 0, n_kw, (args + 4) >>> 0, false);
}

/** object.__setattr__(self, name, value): store in the instance's own dict. */
export function object_m_setattr(n_args: u32, n_kw: u32, args: u32): obj {
  const o: obj = arg(args, 0);
  if (!is_instance(o)) raise_msg(TypeId.TypeError, "can't apply this __setattr__ to object");
  instance_dict_store(o, name_arg(arg(args, 1)), arg(args, 2));
  return OBJ_NONE;
}

/** object.__delattr__(self, name). */
export function object_m_delattr(n_args: u32, n_kw: u32, args: u32): obj {
  const o: obj = arg(args, 0);
  if (!is_instance(o)) raise_msg(TypeId.TypeError, "can't apply this __delattr__ to object");
  instance_dict_store(o, name_arg(arg(args, 1)), OBJ_NULL);
  return OBJ_NONE;
}

/** BaseException.__init__(self, *args): the args become the exception's args. */
export function exception_m_init(n_args: u32, n_kw: u32, args: u32): obj {
  const e: obj = exception_native(arg(args, 0));
  const depth: u32 = gc_root_push(e);
  const t: obj = tuple_new((n_args - 1) >>> 0);
  for (let i: u32 = 1; i < n_args; i++) tuple_set(t, (i - 1) >>> 0, arg(args, i));
  gc_root_restore(depth);
  ExcObj.args.set(e, t);
  return OBJ_NONE;
}

/** A copy of property p with one accessor replaced (which: 0 get, 1 set, 2 delete). */
function property_with(p: obj, which: u32, f: obj): obj {
  return property_new(which === 0 ? f : property_fget(p), which === 1 ? f : property_fset(p), which === 2 ? f : property_fdel(p));
}

export function property_m_getter(n_args: u32, n_kw: u32, args: u32): obj {
  return property_with(arg(args, 0), 0, arg(args, 1));
}

export function property_m_setter(n_args: u32, n_kw: u32, args: u32): obj {
  return property_with(arg(args, 0), 1, arg(args, 1));
}

export function property_m_deleter(n_args: u32, n_kw: u32, args: u32): obj {
  return property_with(arg(args, 0), 2, arg(args, 1));
}
