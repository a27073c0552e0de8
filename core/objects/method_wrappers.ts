// staticmethod(f) and classmethod(f): wrappers found on a class that change what looking
// the attribute up gives: f itself, or f bound to the class.

import { layout, field_ref, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";

export const MethodWrapperObj = layout("MethodWrapperObj", { type: field_ref, fn: field_ref });

/** staticmethod(fn) (kind TypeId.staticmethod) or classmethod(fn) (TypeId.classmethod). */
export function method_wrapper_new(kind: TypeId, fn: obj): obj {
  const depth: u32 = gc_root_push(fn);
  const w: ref = gc_alloc(MethodWrapperObj.SIZE);
  gc_root_restore(depth);
  if (w === 0) raise_memory_error();
  MethodWrapperObj.type.set(w, type_word(kind));
  MethodWrapperObj.fn.set(w, fn);
  return w;
}

export function is_staticmethod(o: obj): bool {
  return obj_type(o) === type_word(TypeId.staticmethod);
}

export function is_classmethod(o: obj): bool {
  return obj_type(o) === type_word(TypeId.classmethod);
}

/** The function a staticmethod or classmethod wraps. */
export function method_wrapper_fn(w: obj): obj {
  return MethodWrapperObj.fn.get(w);
}
