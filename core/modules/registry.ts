// The built-in modules import finds before sys.path (MicroPython's mp_builtin_module_map):
// sys, gc, micropython, builtins, io, os, errno, select and the others below. Each is made when first imported and kept by name
// in Root.BuiltinModules, so every import gives the same module object; none is in
// sys.modules, as in MicroPython. (__main__ is the running program's module, put in
// sys.modules by core/exec.ts.)

import { type u32 } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, new_qstr_obj, type obj } from "../obj.js";
import { dict_lookup, dict_set } from "../objects/dict.js";
import { module_new, module_from_globals, module_globals } from "../objects/module.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { root_get, Root } from "../roots.js";
import { Q } from "../qstr_static.js";
import { sys_module_make } from "./sys.js";
import { machine_module_make } from "./machine.js";
import { math_module_make } from "./math.js";
import { struct_module_make } from "./struct.js";
import { binascii_module_make } from "./binascii.js";
import { random_module_make } from "./random.js";
import { io_module_make } from "./io.js";
import { os_module_make } from "./os.js";
import { errno_module_make } from "./errno.js";
import { select_module_make } from "./select.js";
import { pyxis_module_make } from "./pyxis.js";
import { cmath_module_make } from "./cmath.js";
import { re_module_make } from "./re.js";
import { heapq_module_make } from "./heapq.js";
import { json_module_make } from "./json.js";

/** A new module named name_q holding the functions the builtin table gives `owner`. */
function module_with_functions(name_q: u32, owner: u32): obj {
  const m: obj = module_new(name_q);
  const depth: u32 = gc_root_push(m);
  builtin_module_fill(module_globals(m), owner);
  gc_root_restore(depth);
  return m;
}

/** The built-in module name_q, made on first use; OBJ_NULL when there is none of that name. */
export function builtin_module_get(name_q: u32): obj {
  const made: obj = root_get(Root.BuiltinModules);
  if (made === OBJ_NULL) return OBJ_NULL;
  const known: obj = dict_lookup(made, new_qstr_obj(name_q));
  if (known !== OBJ_NULL) return known;
  let m: obj = OBJ_NULL;
  switch (name_q) {
    case Q.sys: m = sys_module_make(); break;
    case Q.gc: m = module_with_functions(Q.gc, ModuleOwner.gc); break;
    case Q.micropython: m = module_with_functions(Q.micropython, ModuleOwner.micropython); break;
    case Q.machine: m = machine_module_make(); break;
    case Q.time: m = module_with_functions(Q.time, ModuleOwner.time); break;
    case Q.math: m = math_module_make(); break;
    case Q.struct: m = struct_module_make(); break;
    case Q.binascii: m = binascii_module_make(); break;
    case Q.random: m = random_module_make(); break;
    case Q.io: m = io_module_make(); break;
    case Q.os: m = os_module_make(); break;
    case Q.errno: m = errno_module_make(); break;
    case Q.select: m = select_module_make(); break;
    case Q.pyxis: m = pyxis_module_make(); break;
    case Q.re: m = re_module_make(); break;
    case Q.hashlib: m = module_with_functions(Q.hashlib, ModuleOwner.hashlib); break;
    case Q.cmath: m = cmath_module_make(); break;
    case Q.array: m = module_with_functions(Q.array, ModuleOwner.array); break;
    case Q.heapq: m = heapq_module_make(); break;
    case Q.json: m = json_module_make(); break;
    case Q.builtins: {
      const d: obj = root_get(Root.Builtins);
      if (d === OBJ_NULL) return OBJ_NULL;
      m = module_from_globals(d);
      break;
    }
    default: return OBJ_NULL;
  }
  const depth: u32 = gc_root_push(m);
  dict_set(made, new_qstr_obj(name_q), m);
  gc_root_restore(depth);
  return m;
}
