// The __import__ builtin (MicroPython's mp_builtin___import__):
// __import__(name, globals=None, locals=None, fromlist=(), level=0), the function the
// IMPORT_NAME opcode stands for, callable from Python.

import { load_u32, type u32 } from "./subset/index.js";
import { OBJ_NONE, OBJ_NULL, is_qstr, qstr_of, is_small_int, small_int_value, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { raise_msg, raise_memory_error } from "./objects/exception.js";
import { str_is } from "./objects/str_ops.js";
import { str_data, str_len } from "./objects/str.js";
import { dict_is } from "./objects/dict.js";
import { qstr_from_bytes } from "./qstr.js";
import { import_name } from "./import.js";
import { obj_is_true } from "./operators.js";
import { Q } from "./qstr_static.js";

export function builtin___import__(n_args: u32, n_kw: u32, args: u32): obj {
  const name: obj = load_u32(args);
  if (!str_is(name)) raise_msg(TypeId.TypeError, "__import__() argument 1 must be str");
  let q: u32 = Q.NULL;
  if (is_qstr(name)) {
    q = qstr_of(name);
  } else {
    q = qstr_from_bytes(str_data(name), str_len(name));
    if (q === Q.NULL) raise_memory_error();
  }
  let globals: obj = n_args > 1 ? load_u32(args + 4) : OBJ_NONE;
  if (globals !== OBJ_NONE && !dict_is(globals)) raise_msg(TypeId.TypeError, "__import__() globals must be a dict");
  if (globals === OBJ_NONE) globals = OBJ_NULL;
  const fromlist: obj = n_args > 3 ? load_u32(args + 12) : OBJ_NONE;
  let level: u32 = 0;
  if (n_args > 4) {
    const l: obj = load_u32(args + 16);
    if (!is_small_int(l)) raise_msg(TypeId.TypeError, "__import__() level must be an int");
    if (small_int_value(l) < 0) raise_msg(TypeId.ValueError, "level must be >= 0");
    level = small_int_value(l) >>> 0;
  }
  if (level > 0 && globals === OBJ_NULL) raise_msg(TypeId.ImportError, "attempted relative import with no known parent package");
  // An empty fromlist is as None: the top-level package for a dotted name.
  return import_name(q, obj_is_true(fromlist) ? fromlist : OBJ_NONE, level, globals);
}
