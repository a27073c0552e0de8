// super(cls, obj): attribute lookup that starts after cls in the MRO of obj's class (or of
// obj itself when it is a class), binding what it finds to obj.

import { layout, field_ref, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error, raise_msg } from "./exception.js";
import { is_type, type_is_subtype } from "./class.js";

export const SuperObj = layout("SuperObj", { type: field_ref, cls: field_ref, self: field_ref });

/** super(cls, self). */
export function super_new(n_args: u32, cls_in: obj, self_in: obj): obj {
  const cls: obj = cls_in;
  const self: obj = self_in;
  // A method's super() reaches here as super(__class__, self): the compiler loads both, as
  // MicroPython's does. Anywhere else it has no arguments.
  if (n_args === 0) raise_msg(TypeId.RuntimeError, "super(): no arguments");
  if (n_args !== 2) {
    raise_msg(TypeId.TypeError, "super() takes 0 or 2 arguments");
  }
  if (!is_type(cls)) raise_msg(TypeId.TypeError, "super() argument 1 must be a type");
  const self_type: obj = is_type(self) && type_is_subtype(self, cls) ? self : obj_type(self);
  if (!type_is_subtype(self_type, cls)) raise_msg(TypeId.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  const depth: u32 = gc_root_push(cls);
  gc_root_push(self);
  const s: ref = gc_alloc(SuperObj.SIZE);
  gc_root_restore(depth);
  if (s === 0) raise_memory_error();
  SuperObj.type.set(s, type_word(TypeId.super));
  SuperObj.cls.set(s, cls);
  SuperObj.self.set(s, self);
  return s;
}

export function is_super(o: obj): bool {
  return obj_type(o) === type_word(TypeId.super);
}

export function super_cls(s: obj): obj {
  return SuperObj.cls.get(s);
}

export function super_self(s: obj): obj {
  return SuperObj.self.get(s);
}
