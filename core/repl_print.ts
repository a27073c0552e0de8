// __repl_print__, the builtin the compiler calls for each expression statement typed at
// the REPL (MicroPython's mp_builtin___repl_print__): repr(value) and a newline unless the
// value is None, and the value kept as builtins._ (MICROPY_CAN_OVERRIDE_BUILTINS).

import { load_u32, type u32 } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { OBJ_NONE, OBJ_NULL, new_qstr_obj, type obj } from "./obj.js";
import { dict_set } from "./objects/dict.js";
import { Root, root_get } from "./roots.js";
import { obj_print } from "./objects/print.js";
import { PrintKind } from "./objects/str.js";
import { print_str, STDOUT } from "./print.js";
import { Q } from "./qstr_static.js";

export function builtin___repl_print__(n_args: u32, n_kw: u32, args: u32): obj {
  const v: obj = load_u32(args);
  if (v === OBJ_NONE) return OBJ_NONE;
  obj_print(STDOUT, v, PrintKind.Repr);
  print_str(STDOUT, "\n");
  // The builtins' RAM dict holds the names assigned at run time (core/builtins.ts).
  const d: obj = root_get(Root.Builtins);
  if (d !== OBJ_NULL) {
    const depth: u32 = gc_root_push(v);
    dict_set(d, new_qstr_obj(Q._), v);
    gc_root_restore(depth);
  }
  return OBJ_NONE;
}
