// import (MicroPython's py/builtinimport.c): `import a.b.c` imports a, then a.b, then
// a.b.c, each found once and kept in sys.modules. A top-level name is first a built-in
// module (core/modules/registry.ts), then searched along sys.path (core/import_path.ts);
// a submodule is searched in its parent package's __path__. A package is a directory:
// its __init__.py (or .mpy) runs when there is one (a namespace package otherwise).
// The module enters sys.modules before its code runs, so circular imports see the
// partly made module, and leaves it again if its code raises (as CPython).

import { load_u8, raise, caught, type i32, type u32, type ref, type bool } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth } from "./gc.js";
import { OBJ_NULL, OBJ_NONE, OBJ_TRUE, is_qstr, qstr_of, new_qstr_obj, type obj } from "./obj.js";
import { obj_type, type_word, TypeId } from "./objects/type.js";
import { raise_msg, raise_memory_error } from "./objects/exception.js";
import { dict_new, dict_lookup, dict_set, dict_delete, dict_contains, dict_next, dict_key_at, dict_value_at } from "./objects/dict.js";
import { MAP_END } from "./objects/map.js";
import { list_new } from "./objects/list.js";
import { str_from_bytes, str_data, str_len } from "./objects/str.js";
import { module_new, module_is, module_globals, module_load_attr, module_store_attr } from "./objects/module.js";
import { message_begin, message_raise } from "./objects/message.js";
import { print_str, print_bytes } from "./print.js";
import { qstr_from_bytes, qstr_data, qstr_len } from "./qstr.js";
import { Q } from "./qstr_static.js";
import { root_get, root_set, Root } from "./roots.js";
import { vstr_data, vstr_len, vstr_add_bytes, vstr_add_byte, vstr_add_str } from "./vstr.js";
import {
  ImportStat, import_path_buffer, import_path_init, import_search_path, import_stat_dir_or_file,
  import_stat_py_or_mpy, import_path_is_mpy, import_path_is_frozen,
} from "./import_path.js";
import { import_resolve_relative } from "./import_relative.js";
import { frozen_find, frozen_size, frozen_copy } from "./frozen.js";
import { builtin_module_get } from "./modules/registry.js";
import { mpy_read, mpy_status, mpy_status_message, MpyStatus } from "./mpy.js";
import { compile_source, CompileMode } from "./compile.js";
import { exec_compiled } from "./exec.js";

function is_str(o: obj): bool {
  return is_qstr(o) || obj_type(o) === type_word(TypeId.str);
}

/** sys.modules and the state import keeps (sys.path, sys.argv, built-in modules made).
 *  False when the heap cannot hold them. */
export function import_init(): bool {
  const depth: u32 = gc_root_depth();
  try {
    root_set(Root.Modules, dict_new());
    root_set(Root.BuiltinModules, dict_new());
    root_set(Root.SysArgv, list_new(0));
    import_path_init();
    return true;
  } catch (e) {
    caught(e);
    gc_root_restore(depth);
    return false;
  }
}

/** The qstr of [addr, addr + len); MemoryError when it cannot be made. */
function intern(addr: u32, len: u32): u32 {
  const q: u32 = qstr_from_bytes(addr, len);
  if (q === Q.NULL) raise_memory_error();
  return q;
}

/** ImportError: No module named 'name' (CPython's text). */
function raise_no_module(name_q: u32): never {
  const p: ref = message_begin();
  print_str(p, "No module named '");
  print_bytes(p, qstr_data(name_q), qstr_len(name_q));
  print_str(p, "'");
  message_raise(TypeId.ImportError, p);
}

/** The whole file at the path in v (a file or a frozen module) read into a new heap
 *  buffer, whose length is then loaded_len. */
let loaded_len: u32 = 0;
function read_file(v: ref, name_q: u32): ref {
  const data: u32 = vstr_data(v);
  const len: u32 = vstr_len(v);
  if (import_path_is_frozen(v)) {
    const i: i32 = frozen_find((data + 8) >>> 0, (len - 8) >>> 0);
    if (i < 0) raise_no_module(name_q);
    loaded_len = frozen_size(i >>> 0);
    const buf: ref = gc_alloc(loaded_len === 0 ? 1 : loaded_len);
    if (buf === 0) raise_memory_error();
    frozen_copy(i >>> 0, buf);
    return buf;
  }
  const size: i32 = hal_file_size(data, len);
  // Found by stat, but it went away or cannot be read: as MicroPython, not found.
  if (size < 0) raise_no_module(name_q);
  const buf: ref = gc_alloc(size === 0 ? 1 : size >>> 0);
  if (buf === 0) raise_memory_error();
  const n: i32 = hal_file_read(vstr_data(v), vstr_len(v), 0, buf, size >>> 0);
  if (n < 0) raise_no_module(name_q);
  loaded_len = n >>> 0;
  return buf;
}

/** Run the module file at the path in v in module m's globals, __file__ being the path. */
function load_file(m: obj, v: ref, name_q: u32): void {
  const depth: u32 = gc_root_depth();
  const globals: obj = module_globals(m);
  const file: obj = str_from_bytes(vstr_data(v), vstr_len(v));
  gc_root_push(file);
  dict_set(globals, new_qstr_obj(Q.__file__), file);
  const buf: ref = read_file(v, name_q);
  gc_root_push(buf);
  let cm: ref = 0;
  if (import_path_is_mpy(v)) {
    cm = mpy_read(buf, loaded_len);
    if (cm === 0) {
      if (mpy_status() === MpyStatus.Memory) raise_memory_error();
      // MicroPython's ValueError for a .mpy it cannot load.
      const p: ref = message_begin();
      print_str(p, mpy_status_message(mpy_status()));
      message_raise(TypeId.ValueError, p);
    }
  } else {
    cm = compile_source(buf, loaded_len, intern(vstr_data(v), vstr_len(v)), CompileMode.File);
  }
  gc_root_push(cm);
  exec_compiled(cm, globals);
  gc_root_restore(depth);
}

/**
 * One level of a dotted import (MicroPython's process_import_at_level): the module
 * full_q (e.g. a.b), whose last component is level_q (b), inside outer (a's module, or
 * OBJ_NULL at the top level). as_main: the module `-m` runs, whose __name__ is
 * '__main__' (its real name kept under the key '__main__', for relative imports).
 */
function import_at_level(full_q: u32, level_q: u32, outer: obj, as_main: bool): obj {
  const modules: obj = root_get(Root.Modules);
  const loaded: obj = dict_lookup(modules, new_qstr_obj(full_q));
  if (loaded !== OBJ_NULL) return loaded;
  const depth: u32 = gc_root_depth();
  const v: ref = import_path_buffer();
  gc_root_push(v);
  let stat: ImportStat = ImportStat.NoExist;
  if (outer === OBJ_NULL) {
    const builtin: obj = builtin_module_get(level_q);
    if (builtin !== OBJ_NULL) {
      gc_root_restore(depth);
      return builtin;
    }
    stat = import_search_path(level_q, v);
  } else if (module_is(outer)) {
    // Only a package (a module with __path__) has submodules.
    const path: obj = module_load_attr(outer, Q.__path__);
    if (path !== OBJ_NULL && is_str(path)) {
      if (!vstr_add_bytes(v, str_data(path), str_len(path)) || !vstr_add_byte(v, 47) ||
          !vstr_add_bytes(v, qstr_data(level_q), qstr_len(level_q))) {
        raise_memory_error();
      }
      stat = import_stat_dir_or_file(v);
    }
  }
  if (stat === ImportStat.NoExist) raise_no_module(full_q);

  const m: obj = module_new(full_q);
  gc_root_push(m);
  dict_set(modules, new_qstr_obj(full_q), m);
  // A package keeps its name: `-m pkg` runs pkg.__main__ instead (import_main).
  if (as_main && stat !== ImportStat.Dir) {
    const globals: obj = module_globals(m);
    dict_set(globals, new_qstr_obj(Q.__name__), new_qstr_obj(Q.__main__));
    dict_set(globals, new_qstr_obj(Q.__main__), new_qstr_obj(full_q));
    dict_set(modules, new_qstr_obj(Q.__main__), m);
  }
  try {
    if (stat === ImportStat.Dir) {
      const path: obj = str_from_bytes(vstr_data(v), vstr_len(v));
      gc_root_push(path);
      module_store_attr(m, Q.__path__, path);
      if (!vstr_add_str(v, "/__init__.py")) raise_memory_error();
      if (import_stat_py_or_mpy(v) === ImportStat.File) load_file(m, v, full_q);
    } else {
      load_file(m, v, full_q);
    }
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    gc_root_push(exc);
    // A module whose code failed is not left half made in sys.modules (CPython).
    if (dict_contains(modules, new_qstr_obj(full_q))) dict_delete(modules, new_qstr_obj(full_q));
    raise(exc);
  }
  // A submodule becomes an attribute of its package.
  if (outer !== OBJ_NULL) module_store_attr(outer, level_q, m);
  gc_root_restore(depth);
  return m;
}

/**
 * IMPORT_NAME and __import__: import the module name_q (level > 0: relative to the
 * package of the module whose globals are given). The result is the top-level package
 * for `import a.b` (fromlist None), the module a.b itself otherwise.
 */
export function import_name(name_q: u32, fromlist: obj, level: u32, globals: obj): obj {
  let q: u32 = name_q;
  if (level > 0) q = import_resolve_relative(name_q, level, globals);
  return import_dotted(q, fromlist !== OBJ_NONE && fromlist !== OBJ_NULL, false);
}

/** Import each component of the absolute dotted name q; the leaf module, or the top one. */
function import_dotted(q: u32, want_leaf: bool, as_main: bool): obj {
  const len: u32 = qstr_len(q);
  if (len === 0) raise_msg(TypeId.ValueError, "Empty module name");
  const depth: u32 = gc_root_depth();
  let top: obj = OBJ_NULL;
  let outer: obj = OBJ_NULL;
  let start: u32 = 0;
  for (let i: u32 = 1; i <= len; i = (i + 1) >>> 0) {
    // qstr data does not move, but interning may allocate: re-read it each time.
    if (i !== len && load_u8(qstr_data(q) + i) !== 46) continue; // '.'
    const full_q: u32 = intern(qstr_data(q), i);
    const level_q: u32 = intern((qstr_data(q) + start) >>> 0, (i - start) >>> 0);
    const m: obj = import_at_level(full_q, level_q, outer, as_main && i === len);
    gc_root_push(m);
    outer = m;
    if (top === OBJ_NULL) top = m;
    start = (i + 1) >>> 0;
  }
  gc_root_restore(depth);
  return want_leaf ? outer : top;
}

/**
 * `-m name` (MicroPython's unix port): import the module as __main__; for a package,
 * its __main__ submodule. The module object run.
 */
export function import_main(name_q: u32): obj {
  const m: obj = import_dotted(name_q, true, true);
  if (module_load_attr(m, Q.__path__) === OBJ_NULL) return m;
  const depth: u32 = gc_root_push(m);
  const p: ref = message_begin();
  print_bytes(p, qstr_data(name_q), qstr_len(name_q));
  print_str(p, ".__main__");
  const sub_q: u32 = intern(vstr_data(p), vstr_len(p));
  gc_root_restore(depth);
  return import_dotted(sub_q, true, true);
}

/** import name_q (absolute) and give the module itself, not its top-level package. */
export function import_module(name_q: u32): obj {
  return import_name(name_q, OBJ_TRUE, 0, OBJ_NULL);
}

/** IMPORT_FROM: `from module import q`; a submodule of a package is imported on demand. */
export function import_from(module: obj, q: u32): obj {
  const depth: u32 = gc_root_depth();
  if (module_is(module)) {
    const v: obj = module_load_attr(module, q);
    if (v !== OBJ_NULL) return v;
    if (module_load_attr(module, Q.__path__) !== OBJ_NULL) {
      const name: obj = module_load_attr(module, Q.__name__);
      if (name !== OBJ_NULL && is_qstr(name)) {
        const pkg: u32 = qstr_of(name);
        const p: ref = message_begin();
        print_bytes(p, qstr_data(pkg), qstr_len(pkg));
        print_str(p, ".");
        print_bytes(p, qstr_data(q), qstr_len(q));
        const full_q: u32 = intern(vstr_data(p), vstr_len(p));
        gc_root_restore(depth);
        return import_name(full_q, OBJ_TRUE, 0, OBJ_NULL);
      }
    }
  }
  const p: ref = message_begin();
  print_str(p, "cannot import name '");
  print_bytes(p, qstr_data(q), qstr_len(q));
  print_str(p, "'");
  message_raise(TypeId.ImportError, p);
}

/** IMPORT_STAR: every public name (not starting with '_') of module into globals. */
export function import_star(module: obj, globals: obj): void {
  if (!module_is(module)) return;
  const src: obj = module_globals(module);
  for (let pos: u32 = dict_next(src, 0); pos !== MAP_END; pos = dict_next(src, (pos + 1) >>> 0)) {
    const key: obj = dict_key_at(src, pos);
    if (is_qstr(key)) {
      const kq: u32 = qstr_of(key);
      if (qstr_len(kq) > 0 && load_u8(qstr_data(kq)) === 95) continue; // '_'
    } else if (str_len(key) > 0 && load_u8(str_data(key)) === 95) {
      continue;
    }
    dict_set(globals, key, dict_value_at(src, pos));
  }
}
