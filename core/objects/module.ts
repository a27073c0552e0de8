// Module objects (MicroPython's objmodule.c): a module is its globals dict, whose
// __name__ (and __file__, __path__ for packages) are ordinary entries, so that a
// module's code and `module.attr` see the same names.

import { layout, field_ref, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, is_qstr, qstr_of, new_qstr_obj, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { dict_new, dict_lookup, dict_set, dict_delete, dict_contains } from "./dict.js";
import { print_str, type Printer } from "../print.js";
import { str_print, PrintKind } from "./str.js";
import { Q } from "../qstr_static.js";
import { Root, root_get } from "../roots.js";
import { builtins_static_lookup } from "../builtins.js";

export const ModuleObj = layout("ModuleObj", { type: field_ref, globals: field_ref });

/** A module object over an existing globals dict. */
export function module_from_globals(globals: obj): obj {
  const depth: u32 = gc_root_push(globals);
  const m: ref = gc_alloc(ModuleObj.SIZE);
  gc_root_restore(depth);
  if (m === 0) raise_memory_error();
  ModuleObj.type.set(m, type_word(TypeId.module));
  ModuleObj.globals.set(m, globals);
  return m;
}

/** A new, empty module named name_q: its globals hold only __name__. */
export function module_new(name_q: u32): obj {
  const globals: obj = dict_new();
  const depth: u32 = gc_root_push(globals);
  dict_set(globals, new_qstr_obj(Q.__name__), new_qstr_obj(name_q));
  const m: obj = module_from_globals(globals);
  gc_root_restore(depth);
  return m;
}

export function module_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.module);
}

export function module_globals(m: obj): obj {
  return ModuleObj.globals.get(m);
}

/** The module's __name__ as a qstr, or Q.NULL when it is missing or not interned. */
export function module_name(m: obj): u32 {
  const name: obj = dict_lookup(module_globals(m), new_qstr_obj(Q.__name__));
  return name !== OBJ_NULL && is_qstr(name) ? qstr_of(name) : Q.NULL;
}

/** m.q, or OBJ_NULL when the module has no such attribute (the caller raises). */
export function module_load_attr(m: obj, q: u32): obj {
  const v: obj = dict_lookup(module_globals(m), new_qstr_obj(q));
  if (v !== OBJ_NULL) return v;
  // The builtins module's dict holds only what was assigned at run time (core/builtins.ts).
  if (module_globals(m) === root_get(Root.Builtins)) return builtins_static_lookup(q);
  return OBJ_NULL;
}

/** m.q = v. */
export function module_store_attr(m: obj, q: u32, v: obj): void {
  dict_set(module_globals(m), new_qstr_obj(q), v);
}

/** del m.q: false when there was no such attribute (the caller raises AttributeError). */
export function module_delete_attr(m: obj, q: u32): bool {
  const key: obj = new_qstr_obj(q);
  if (!dict_contains(module_globals(m), key)) return false;
  dict_delete(module_globals(m), key);
  return true;
}

/** <module 'name'>, or <module 'name' from 'file'> when it was loaded from a file. */
export function module_print(p: Printer, m: obj, kind: PrintKind): void {
  print_str(p, "<module '");
  print_module_name(p, m);
  const file: obj = dict_lookup(module_globals(m), new_qstr_obj(Q.__file__));
  if (file !== OBJ_NULL) {
    print_str(p, "' from '");
    str_print(p, file, PrintKind.Str);
  }
  print_str(p, "'>");
}

/** The module's __name__ as text (for messages). */
export function print_module_name(p: Printer, m: obj): void {
  const name: obj = dict_lookup(module_globals(m), new_qstr_obj(Q.__name__));
  if (name !== OBJ_NULL) str_print(p, name, PrintKind.Str);
}
