// slice objects (start:stop:step in a subscript, or slice(…)): three words, each an object
// or None, interpreted by the sequence being subscripted.

import { layout, field_ref, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { obj_print } from "./print.js";
import { PrintKind } from "./str.js";
import { print_str, type Printer } from "../print.js";

export const SliceObj = layout("SliceObj", { type: field_ref, start: field_ref, stop: field_ref, step: field_ref });

export function slice_new(start: obj, stop: obj, step: obj): obj {
  const depth: u32 = gc_root_push(start);
  gc_root_push(stop);
  gc_root_push(step);
  const s: ref = gc_alloc(SliceObj.SIZE);
  gc_root_restore(depth);
  if (s === 0) raise_memory_error();
  SliceObj.type.set(s, type_word(TypeId.slice));
  SliceObj.start.set(s, start);
  SliceObj.stop.set(s, stop);
  SliceObj.step.set(s, step);
  return s;
}

export function slice_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.slice);
}

export function slice_start(s: obj): obj {
  return SliceObj.start.get(s);
}

export function slice_stop(s: obj): obj {
  return SliceObj.stop.get(s);
}

export function slice_step(s: obj): obj {
  return SliceObj.step.get(s);
}

/** slice(1, None, None), as CPython prints it. */
export function slice_print(p: Printer, s: obj, kind: PrintKind): void {
  print_str(p, "slice(");
  obj_print(p, SliceObj.start.get(s), PrintKind.Repr);
  print_str(p, ", ");
  obj_print(p, SliceObj.stop.get(s), PrintKind.Repr);
  print_str(p, ", ");
  obj_print(p, SliceObj.step.get(s), PrintKind.Repr);
  print_str(p, ")");
}
