// The errno module: the error numbers core/os_error.ts knows, by name, and errorcode,
// the dict from number to name, as MicroPython's py/moderrno.c.

import { type u32 } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { new_qstr_obj, new_small_int, type obj } from "../obj.js";
import { dict_new, dict_set } from "../objects/dict.js";
import { module_new, module_store_attr } from "../objects/module.js";
import { qstr_from_str } from "../qstr.js";
import { ERRNO_CODES, ERRNO_NAMES } from "../os_error.js";
import { Q } from "../qstr_static.js";
import { raise_memory_error } from "../objects/exception.js";

export function errno_module_make(): obj {
  const m: obj = module_new(Q.errno);
  const depth: u32 = gc_root_push(m);
  const codes: obj = dict_new();
  gc_root_push(codes);
  for (let i: u32 = 0; i < ERRNO_CODES.length; i++) {
    const name: u32 = qstr_from_str(ERRNO_NAMES[i]!);
    if (name === Q.NULL) raise_memory_error();
    const code: obj = new_small_int(ERRNO_CODES[i]! | 0);
    module_store_attr(m, name, code);
    dict_set(codes, code, new_qstr_obj(name));
  }
  module_store_attr(m, Q.errorcode, codes);
  gc_root_restore(depth);
  return m;
}
