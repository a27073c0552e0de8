// Relative imports' names (MicroPython's evaluate_relative_import): `from ..x import y`
// in module a.b.c names a.x. The current module's package comes from its globals:
// __name__, and __path__ when the module is itself a package (its __init__), in which
// case one fewer level is taken off. A module run with -m has __name__ '__main__' and
// its real name under the key '__main__' (MicroPython's unix port does the same).

import { load_u8, type u32, type ref, type bool } from "./subset/index.js";
import { OBJ_NULL, is_qstr, new_qstr_obj, type obj } from "./obj.js";
import { obj_type, type_word, TypeId } from "./objects/type.js";
import { dict_lookup, dict_contains } from "./objects/dict.js";
import { raise_msg, raise_memory_error } from "./objects/exception.js";
import { str_data, str_len } from "./objects/str.js";
import { qstr_from_bytes, qstr_data, qstr_len } from "./qstr.js";
import { vstr_new, vstr_data, vstr_len, vstr_add_bytes, vstr_add_byte } from "./vstr.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { Q } from "./qstr_static.js";

/** The qstr of [addr, addr + len); MemoryError when it cannot be made. */
function intern(addr: u32, len: u32): u32 {
  const q: u32 = qstr_from_bytes(addr, len);
  if (q === Q.NULL) raise_memory_error();
  return q;
}

function is_str(o: obj): bool {
  return is_qstr(o) || obj_type(o) === type_word(TypeId.str);
}

/**
 * The absolute name of `from <level dots><name_q> import …` in the module whose globals
 * are given (name_q is Q.empty for `from . import x`). ImportError as CPython when the
 * module has no package or the dots go past the top-level package.
 */
export function import_resolve_relative(name_q: u32, level: u32, globals: obj): u32 {
  let current: obj = dict_lookup(globals, new_qstr_obj(Q.__name__));
  if (current !== OBJ_NULL && is_qstr(current) && current === new_qstr_obj(Q.__main__)) {
    const real: obj = dict_lookup(globals, new_qstr_obj(Q.__main__));
    if (real !== OBJ_NULL) current = real;
  }
  if (current === OBJ_NULL || !is_str(current)) {
    raise_msg(TypeId.ImportError, "attempted relative import with no known parent package");
  }
  const data: u32 = str_data(current);
  const len: u32 = str_len(current);
  let left: u32 = level;
  // A package's own name is its package; a module's package is its name's prefix.
  if (dict_contains(globals, new_qstr_obj(Q.__path__))) left = (left - 1) >>> 0;
  let p: u32 = len;
  let dots: u32 = 0;
  while (left > 0 && p > 0) {
    p = (p - 1) >>> 0;
    if (load_u8(data + p) === 46) { // '.'
      left = (left - 1) >>> 0;
      dots = (dots + 1) >>> 0;
    }
  }
  if (p === 0) {
    if (dots === 0 && !dict_contains(globals, new_qstr_obj(Q.__path__))) {
      raise_msg(TypeId.ImportError, "attempted relative import with no known parent package");
    }
    raise_msg(TypeId.ImportError, "attempted relative import beyond top-level package");
  }
  if (qstr_len(name_q) === 0) return intern(data, p);
  const v: ref = vstr_new((p + 1 + qstr_len(name_q)) >>> 0);
  if (v === 0) raise_memory_error();
  const depth: u32 = gc_root_push(v);
  // current is reachable from globals, which the caller holds; its data does not move.
  if (!vstr_add_bytes(v, data, p) || !vstr_add_byte(v, 46) || !vstr_add_bytes(v, qstr_data(name_q), qstr_len(name_q))) {
    raise_memory_error();
  }
  const q: u32 = intern(vstr_data(v), vstr_len(v));
  gc_root_restore(depth);
  return q;
}
