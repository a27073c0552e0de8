// Where import finds a module's file (MicroPython's py/builtinimport.c stat_*): each
// sys.path entry in turn, "<entry>/<name>" as a package directory, then "<name>.py",
// then "<name>.mpy" (source first, as MicroPython); the entry "" is the current
// directory and ".frozen" the modules linked into the firmware (core/frozen.ts).
// Files come from the HAL (hal_file_stat), which on a board will be the VFS.
// Also sys.path's start-up value, as MicroPython's unix port makes it.

import { load_u8, store_u8, mem_copy, type i32, type u32, type ref, type bool } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "./gc.js";
import { is_qstr, type obj } from "./obj.js";
import { vstr_new, vstr_data, vstr_len, vstr_reset, vstr_add_bytes, vstr_add_byte, vstr_add_str, vstr_reserve, Vstr } from "./vstr.js";
import { raise_memory_error } from "./objects/exception.js";
import { list_new, list_len, list_get, list_append, list_set, list_is } from "./objects/list.js";
import { str_from_bytes, str_from_literal, str_new_uninit, str_seal, str_data, str_len, StrObj } from "./objects/str.js";
import { obj_type, type_word, TypeId } from "./objects/type.js";
import { qstr_data, qstr_len } from "./qstr.js";
import { root_get, root_set, Root } from "./roots.js";
import { frozen_stat } from "./frozen.js";

/** What a path names (MicroPython's mp_import_stat_t; the values of hal_file_stat). */
export const enum ImportStat {
  NoExist = 0,
  Dir = 1,
  File = 2,
}

/** The search path when MICROPYPATH is not set: MicroPython's unix port's. */
const DEFAULT_PATH: string = ".frozen:~/.micropython/lib:/usr/lib/micropython";
const FROZEN_PREFIX: string = ".frozen/";

/** A new empty path buffer; raises MemoryError. The caller keeps it rooted. */
export function import_path_buffer(): ref {
  const v: ref = vstr_new(64);
  if (v === 0) raise_memory_error();
  return v;
}

function add_bytes(v: ref, addr: u32, n: u32): void {
  if (!vstr_add_bytes(v, addr, n)) raise_memory_error();
}

function add_str(v: ref, s: string): void {
  if (!vstr_add_str(v, s)) raise_memory_error();
}

function has_prefix(addr: u32, len: u32, prefix: string): bool {
  if (len < prefix.length) return false;
  for (let i: u32 = 0; i < prefix.length; i++) {
    if (load_u8(addr + i) !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

function has_suffix(addr: u32, len: u32, suffix: string): bool {
  if (len < suffix.length) return false;
  const at: u32 = (len - suffix.length) >>> 0;
  for (let i: u32 = 0; i < suffix.length; i++) {
    if (load_u8(addr + at + i) !== suffix.charCodeAt(i)) return false;
  }
  return true;
}

/** Does the path in v end with ".mpy"? */
export function import_path_is_mpy(v: ref): bool {
  return has_suffix(vstr_data(v), vstr_len(v), ".mpy");
}

/** Is the path in v under ".frozen/"? */
export function import_path_is_frozen(v: ref): bool {
  return has_prefix(vstr_data(v), vstr_len(v), FROZEN_PREFIX);
}

/** What the path in v names, among the frozen modules or in the file system. */
export function import_stat(v: ref): ImportStat {
  const data: u32 = vstr_data(v);
  const len: u32 = vstr_len(v);
  const k: i32 = has_prefix(data, len, FROZEN_PREFIX)
    ? frozen_stat((data + FROZEN_PREFIX.length) >>> 0, (len - FROZEN_PREFIX.length) >>> 0)
    : hal_file_stat(data, len);
  return k === 1 ? ImportStat.Dir : k === 2 ? ImportStat.File : ImportStat.NoExist;
}

/** v ends in ".py": File when that file exists, else when the ".mpy" one does (v then names it). */
export function import_stat_py_or_mpy(v: ref): ImportStat {
  if (import_stat(v) === ImportStat.File) return ImportStat.File;
  const len: u32 = vstr_len(v);
  if (!vstr_reserve(v, 1)) raise_memory_error();
  const data: u32 = vstr_data(v);
  // "x.py" -> "x.mpy"
  store_u8(data + len, load_u8(data + len - 1));
  store_u8(data + len - 1, load_u8(data + len - 2));
  store_u8(data + len - 2, 109); // 'm'
  Vstr.len.set(v, (len + 1) >>> 0);
  if (import_stat(v) === ImportStat.File) return ImportStat.File;
  // Back to ".py", so that the caller's path is as it gave it.
  store_u8(data + len - 2, load_u8(data + len - 1));
  store_u8(data + len - 1, load_u8(data + len));
  Vstr.len.set(v, len);
  return ImportStat.NoExist;
}

/** v names a module without suffix: Dir when it is a package directory, else File when
 *  v + ".py" or v + ".mpy" exists (v then names that file). */
export function import_stat_dir_or_file(v: ref): ImportStat {
  if (import_stat(v) === ImportStat.Dir) return ImportStat.Dir;
  const len: u32 = vstr_len(v);
  add_str(v, ".py");
  if (import_stat_py_or_mpy(v) === ImportStat.File) return ImportStat.File;
  Vstr.len.set(v, len);
  return ImportStat.NoExist;
}

/** Is o a str (interned or not)? */
function is_str(o: obj): bool {
  return is_qstr(o) || obj_type(o) === type_word(TypeId.str);
}

/** Search sys.path for the top-level module name_q; v holds the path found (entry/name,
 *  entry/name.py or entry/name.mpy). Entries that are not strings are skipped, as CPython. */
export function import_search_path(name_q: u32, v: ref): ImportStat {
  const path: obj = root_get(Root.SysPath);
  if (path === 0 || !list_is(path)) return ImportStat.NoExist;
  for (let i: u32 = 0; i < list_len(path); i++) {
    const entry: obj = list_get(path, i);
    if (!is_str(entry)) continue;
    vstr_reset(v);
    const n: u32 = str_len(entry);
    if (n > 0) {
      add_bytes(v, str_data(entry), n);
      if (!vstr_add_byte(v, 47)) raise_memory_error(); // '/'
    }
    add_bytes(v, qstr_data(name_q), qstr_len(name_q));
    const stat: ImportStat = import_stat_dir_or_file(v);
    if (stat !== ImportStat.NoExist) return stat;
  }
  return ImportStat.NoExist;
}

/** Environment variable `name` copied into a new heap buffer whose address this returns
 *  (its length is env_len); 0 when it is not set. */
let env_len: u32 = 0;
function env_copy(name: string): ref {
  const n: i32 = hal_getenv_len(name);
  if (n < 0) return 0;
  env_len = n >>> 0;
  const buf: ref = gc_alloc(n === 0 ? 1 : n >>> 0);
  if (buf === 0) raise_memory_error();
  hal_getenv_copy(name, buf);
  return buf;
}

/** Append to list l the entry [addr, addr + len), with a leading "~/" expanded from HOME. */
function append_entry(l: obj, addr: u32, len: u32, home: ref, home_len: u32): void {
  let s: obj = 0;
  if (home !== 0 && len >= 2 && load_u8(addr) === 126 && load_u8(addr + 1) === 47) { // "~/"
    s = str_new_uninit(TypeId.str, (home_len + len - 1) >>> 0);
    const data: u32 = StrObj.data.get(s);
    mem_copy(data, home, home_len);
    mem_copy(data + home_len, addr + 1, len - 1);
    s = str_seal(s);
  } else {
    s = str_from_bytes(addr, len);
  }
  const depth: u32 = gc_root_push(s);
  list_append(l, s);
  gc_root_restore(depth);
}

/**
 * sys.path at start-up (MicroPython's unix main.c): "" (the current directory, or the
 * script's directory once one runs), then the ':'-separated entries of MICROPYPATH, or
 * of DEFAULT_PATH when it is not set; "~/" at the start of an entry is $HOME.
 */
export function import_path_init(): void {
  const depth: u32 = gc_root_push(0);
  const l: obj = list_new(0);
  root_set(Root.SysPath, l);
  const cwd: obj = str_from_bytes(0, 0);
  gc_root_push(cwd);
  list_append(l, cwd);
  let text: ref = env_copy("MICROPYPATH");
  let text_len: u32 = env_len;
  if (text === 0) {
    text_len = DEFAULT_PATH.length;
    text = gc_alloc(text_len);
    if (text === 0) raise_memory_error();
    for (let i: u32 = 0; i < text_len; i++) store_u8(text + i, DEFAULT_PATH.charCodeAt(i));
  }
  gc_root_push(text);
  const home: ref = env_copy("HOME");
  const home_len: u32 = home === 0 ? 0 : env_len;
  gc_root_push(home);
  let start: u32 = 0;
  // A leading ':' is the empty entry, which sys.path already starts with.
  if (text_len > 0 && load_u8(text) === 58) start = 1;
  if (start < text_len) {
    for (let i: u32 = start; i <= text_len; i = (i + 1) >>> 0) {
      if (i === text_len || load_u8(text + i) === 58) { // ':'
        append_entry(l, (text + start) >>> 0, (i - start) >>> 0, home, home_len);
        start = (i + 1) >>> 0;
      }
    }
  }
  gc_root_restore(depth);
}

/** sys.path[0] becomes the directory of the script at [addr, addr + len) ("" when none). */
export function import_path_set_script(addr: u32, len: u32): void {
  let dir: u32 = len;
  while (dir > 0 && load_u8(addr + dir - 1) !== 47) dir = (dir - 1) >>> 0;
  // "dir/script.py" -> "dir"; "/script.py" -> "/".
  const n: u32 = dir > 1 ? (dir - 1) >>> 0 : dir;
  const s: obj = str_from_bytes(addr, n);
  const l: obj = root_get(Root.SysPath);
  if (list_len(l) === 0) {
    const depth: u32 = gc_root_push(s);
    list_append(l, s);
    gc_root_restore(depth);
  } else {
    list_set(l, 0, s);
  }
}

/** Append the program's arguments [first, hal_argc()) to sys.argv (as bytes: UTF-8 text). */
export function import_argv_add_args(first: i32): void {
  const l: obj = root_get(Root.SysArgv);
  for (let i: i32 = first; i < hal_argc(); i = (i + 1) | 0) {
    const n: u32 = hal_arg_len(i);
    const s: obj = str_new_uninit(TypeId.str, n);
    const depth: u32 = gc_root_push(s);
    hal_arg_copy(i, StrObj.data.get(s));
    list_append(l, str_seal(s));
    gc_root_restore(depth);
  }
}

/** Append the text s to sys.argv ("-c" for a command, as CPython and MicroPython). */
export function import_argv_add_str(s: string): void {
  const v: obj = str_from_literal(s);
  const depth: u32 = gc_root_push(v);
  list_append(root_get(Root.SysArgv), v);
  gc_root_restore(depth);
}

/** sys.path[0] becomes the directory of the script named by program argument `arg`. */
export function import_path_set_script_arg(arg: i32): void {
  const n: u32 = hal_arg_len(arg);
  const buf: ref = gc_alloc(n === 0 ? 1 : n);
  if (buf === 0) raise_memory_error();
  const depth: u32 = gc_root_push(buf);
  hal_arg_copy(arg, buf);
  import_path_set_script(buf, n);
  gc_root_restore(depth);
}
