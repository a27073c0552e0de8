// Instances of user classes: their class, a dict of attributes and, when the class derives
// from a built-in type (list, dict, ValueError…), the native object of that type
// (MicroPython's subobj[0]), which the built-in type's operations receive.

import { layout, field_ref, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, type obj } from "../obj.js";
import { obj_type, is_builtin_type } from "./type.js";
import { dict_new } from "./dict.js";
import { raise_memory_error, exception_print, exception_args } from "./exception.js";
import { is_class, print_type_name_of, type_is_exception } from "./class.js";
import { tuple_len } from "./tuple.js";
import { PrintKind } from "./str.js";
import { print_str, type Printer } from "../print.js";

export const InstanceObj = layout("InstanceObj", {
  /** The instance's class (a user class). */
  type: field_ref,
  /** Its attributes: a dict keyed by names. */
  dict: field_ref,
  /** The native object of the class's built-in base, OBJ_NULL when it has none. */
  native: field_ref,
});

/** A new instance of user class cls with an empty attribute dict and no native object yet. */
export function instance_new(cls: obj): obj {
  const depth: u32 = gc_root_push(cls);
  const d: obj = dict_new();
  gc_root_push(d);
  const o: ref = gc_alloc(InstanceObj.SIZE);
  gc_root_restore(depth);
  if (o === 0) raise_memory_error();
  InstanceObj.type.set(o, cls);
  InstanceObj.dict.set(o, d);
  InstanceObj.native.set(o, OBJ_NULL);
  return o;
}

/** Is o an instance of a user class? */
export function is_instance(o: obj): bool {
  if ((o & 7) !== 0 || o === 0) return false;
  const t: obj = obj_type(o);
  return !is_builtin_type(t) && is_class(t);
}

export function instance_dict(o: obj): obj {
  return InstanceObj.dict.get(o);
}

export function instance_native(o: obj): obj {
  return InstanceObj.native.get(o);
}

export function instance_set_native(o: obj, native: obj): void {
  InstanceObj.native.set(o, native);
}

/** The object built-in operations act on: the native sub-object of an instance, else o. */
export function obj_native(o: obj): obj {
  if (is_instance(o)) {
    const n: obj = InstanceObj.native.get(o);
    return n === OBJ_NULL ? o : n;
  }
  return o;
}

/** The ExcObj of any exception object: built-in, or an instance of a user subclass. */
export function exception_native(e: obj): obj {
  if (is_instance(e) && type_is_exception(obj_type(e))) return InstanceObj.native.get(e);
  return e;
}

/** Is o an exception object (built-in or user subclass instance)? */
export function obj_is_exception(o: obj): bool {
  return type_is_exception(obj_type(o));
}

/** A traceback's last line for any exception: "MyError: message", or just the class name. */
export function exception_print_line_any(p: Printer, e: obj): void {
  print_type_name_of(p, obj_type(e));
  const native: obj = exception_native(e);
  const args: obj = exception_args(native);
  if (args === OBJ_NULL || tuple_len(args) === 0) return;
  print_str(p, ": ");
  exception_print(p, native, PrintKind.Str);
}
