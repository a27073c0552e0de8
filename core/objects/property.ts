// property(fget, fset, fdel): a data descriptor found on a class. Reading the attribute on
// an instance calls fget(self), assigning calls fset(self, v), deleting calls fdel(self).

import { layout, field_ref, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NONE, OBJ_NULL, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";

export const PropertyObj = layout("PropertyObj", { type: field_ref, fget: field_ref, fset: field_ref, fdel: field_ref });

/** A new property; None (or OBJ_NULL) for an accessor it lacks. */
export function property_new(fget: obj, fset: obj, fdel: obj): obj {
  const depth: u32 = gc_root_push(fget);
  gc_root_push(fset);
  gc_root_push(fdel);
  const p: ref = gc_alloc(PropertyObj.SIZE);
  gc_root_restore(depth);
  if (p === 0) raise_memory_error();
  PropertyObj.type.set(p, type_word(TypeId.property));
  PropertyObj.fget.set(p, fget === OBJ_NULL ? OBJ_NONE : fget);
  PropertyObj.fset.set(p, fset === OBJ_NULL ? OBJ_NONE : fset);
  PropertyObj.fdel.set(p, fdel === OBJ_NULL ? OBJ_NONE : fdel);
  return p;
}

export function is_property(o: obj): bool {
  return obj_type(o) === type_word(TypeId.property);
}

export function property_fget(p: obj): obj {
  return PropertyObj.fget.get(p);
}

export function property_fset(p: obj): obj {
  return PropertyObj.fset.get(p);
}

export function property_fdel(p: obj): obj {
  return PropertyObj.fdel.get(p);
}
