// The os module (MicroPython's extmod/modos.c with its VFS functions): getcwd, chdir,
// listdir, ilistdir, mkdir, rmdir, remove, rename, stat, statvfs, urandom, sep, over
// the VFS (core/vfs.ts). Failures are OSError(errno), as MicroPython raises them.

import { load_u8, load_u32, store_u8, mem_copy, raise, caught, type i32, type u32 } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth } from "../gc.js";
import { OBJ_NONE, OBJ_NULL, new_qstr_obj, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_memory_error, raise_msg } from "../objects/exception.js";
import { str_from_bytes, str_from_literal, str_new_uninit, str_seal, str_data, str_len, StrObj } from "../objects/str.js";
import { bytes_new_uninit, bytes_seal } from "../objects/bytes.js";
import { tuple_new, tuple_set } from "../objects/tuple.js";
import { attrtuple_new } from "../objects/attrtuple.js";
import { board_text_str, BoardText } from "../board_text.js";
import { list_new, list_append } from "../objects/list.js";
import { int_from_i32 } from "../objects/int.js";
import { mpz_from_u32 } from "../mpz.js";
import { module_new, module_store_attr, module_globals } from "../objects/module.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { obj_getiter } from "../iter.js";
import { Q } from "../qstr_static.js";
import { arg, arg_int } from "../builtins_args.js";
import { os_check } from "../os_error.js";
import { os_vfs_class_make } from "./os_vfs.js";
import {
  vfs_getcwd, vfs_chdir, vfs_mkdir, vfs_rmdir, vfs_remove, vfs_rename, vfs_stat, vfs_statvfs, vfs_dir_open,
  vfs_dir_next, vfs_dir_close, vfs_exists,
} from "../vfs.js";

/** The longest path or name the os functions handle (Linux's PATH_MAX). */
const PATH_MAX: u32 = 4096;
/** A stat's words (hal_fs_stat). */
const STAT_WORDS: u32 = 10;
/** st_mode's file type bits (S_IFMT). */
const S_IFMT: u32 = 0xf000;

/** The os module: its functions, and sep. */
export function os_module_make(): obj {
  const m: obj = module_new(Q.os);
  const depth: u32 = gc_root_push(m);
  builtin_module_fill(module_globals(m), ModuleOwner.os);
  module_store_attr(m, Q.sep, str_from_literal("/"));
  const vfs_fat: obj = os_vfs_class_make();
  gc_root_push(vfs_fat);
  module_store_attr(m, Q.VfsFat, vfs_fat);
  gc_root_restore(depth);
  return m;
}

/** An int from an unsigned 32-bit value (a stat word). */
function int_from_u32(v: u32): obj {
  if (v <= 0x7fffffff) return int_from_i32(v | 0);
  const r: obj = mpz_from_u32(v);
  if (r === 0) raise_memory_error();
  return r;
}

/** A scratch block of n bytes, pushed on the root stack (the caller restores). */
function scratch(n: u32): u32 {
  const b: u32 = gc_alloc(n);
  if (b === 0) raise_memory_error();
  gc_root_push(b);
  return b;
}

/** A tuple of the STAT_WORDS words at addr. */
function words_tuple(addr: u32): obj {
  const t: obj = tuple_new(STAT_WORDS);
  const depth: u32 = gc_root_push(t);
  for (let i: u32 = 0; i < STAT_WORDS; i++) tuple_set(t, i, int_from_u32(load_u32(addr + i * 4)));
  gc_root_restore(depth);
  return t;
}

/** getcwd(): the working directory, a str. */
export function os_fn_getcwd(n_args: u32, n_kw: u32, args: u32): obj {
  const depth: u32 = gc_root_depth();
  const buf: u32 = scratch(PATH_MAX);
  const n: u32 = vfs_getcwd(buf, PATH_MAX);
  const s: obj = str_from_bytes(buf, n);
  gc_root_restore(depth);
  return s;
}

export function os_fn_chdir(n_args: u32, n_kw: u32, args: u32): obj {
  vfs_chdir(arg(args, 0));
  return OBJ_NONE;
}

export function os_fn_mkdir(n_args: u32, n_kw: u32, args: u32): obj {
  vfs_mkdir(arg(args, 0));
  return OBJ_NONE;
}

export function os_fn_rmdir(n_args: u32, n_kw: u32, args: u32): obj {
  vfs_rmdir(arg(args, 0));
  return OBJ_NONE;
}

export function os_fn_remove(n_args: u32, n_kw: u32, args: u32): obj {
  vfs_remove(arg(args, 0));
  return OBJ_NONE;
}

export function os_fn_rename(n_args: u32, n_kw: u32, args: u32): obj {
  vfs_rename(arg(args, 0), arg(args, 1));
  return OBJ_NONE;
}

/** stat(path): (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime). */
export function os_fn_stat(n_args: u32, n_kw: u32, args: u32): obj {
  const depth: u32 = gc_root_depth();
  const st: u32 = scratch(STAT_WORDS * 4);
  vfs_stat(arg(args, 0), st);
  const t: obj = words_tuple(st);
  gc_root_restore(depth);
  return t;
}

/** statvfs(path): (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax). */
export function os_fn_statvfs(n_args: u32, n_kw: u32, args: u32): obj {
  const depth: u32 = gc_root_depth();
  const st: u32 = scratch(STAT_WORDS * 4);
  vfs_statvfs(arg(args, 0), st);
  const t: obj = words_tuple(st);
  gc_root_restore(depth);
  return t;
}

/**
 * The entries of directory `dir` (a str; '.' when missing): a list of names, or with
 * `detailed` of (name, type, inode) tuples as MicroPython's ilistdir gives them (type
 * 0x4000 for a directory, 0x8000 for a file).
 */
function list_directory(dir: obj, detailed: boolean): obj {
  const depth: u32 = gc_root_depth();
  const names: obj = list_new(0);
  gc_root_push(names);
  const buf: u32 = scratch(PATH_MAX * 2 + 2);
  const st: u32 = scratch(STAT_WORDS * 4);
  const h: i32 = vfs_dir_open(dir);
  // The listing is closed whatever happens while the list grows (out of memory).
  let failed: obj = OBJ_NULL;
  try {
    for (;;) {
      const n: u32 = vfs_dir_next(h, buf, PATH_MAX);
      if (n === 0) break;
      const name: obj = str_from_bytes(buf, n);
      if (!detailed) {
        list_append(names, name);
        continue;
      }
      const nd: u32 = gc_root_push(name);
      const entry: obj = tuple_new(3);
      gc_root_push(entry);
      tuple_set(entry, 0, name);
      entry_type_and_inode(dir, name, entry, st);
      list_append(names, entry);
      gc_root_restore(nd);
    }
  } catch (e) {
    failed = caught(e);
  }
  vfs_dir_close(h);
  if (failed !== OBJ_NULL) raise(failed);
  gc_root_restore(depth);
  return names;
}

/** Fill entry[1] (the type bits of st_mode) and entry[2] (the inode) for dir/name. */
function entry_type_and_inode(dir: obj, name: obj, entry: obj, st: u32): void {
  const depth: u32 = gc_root_depth();
  const full: obj = join_path(dir, name);
  gc_root_push(full);
  let mode: u32 = 0;
  let inode: u32 = 0;
  if (vfs_exists(full, st)) {
    mode = load_u32(st) & S_IFMT;
    inode = load_u32(st + 4);
  }
  tuple_set(entry, 1, int_from_u32(mode));
  tuple_set(entry, 2, int_from_u32(inode));
  gc_root_restore(depth);
}

/** dir + "/" + name (name alone when dir is '.'). */
function join_path(dir: obj, name: obj): obj {
  const dn: u32 = str_len(dir);
  const nn: u32 = str_len(name);
  const here: boolean = dn === 1 && load_u8(str_data(dir)) === 0x2e;
  if (here) return name;
  const slash: u32 = dn > 0 && load_u8(str_data(dir) + dn - 1) === 0x2f ? 0 : 1;
  const s: obj = str_new_uninit(TypeId.str, (dn + slash + nn) >>> 0);
  const at: u32 = StrObj.data.get(s);
  mem_copy(at, str_data(dir), dn);
  if (slash === 1) store_u8(at + dn, 0x2f);
  mem_copy(at + dn + slash, str_data(name), nn);
  return str_seal(s);
}

/** The path argument, or '.' when missing. */
function dir_arg(n_args: u32, args: u32): obj {
  return n_args > 0 ? arg(args, 0) : str_from_literal(".");
}

/** listdir([path]): the names in the directory ('.' by default), without '.' and '..'. */
export function os_fn_listdir(n_args: u32, n_kw: u32, args: u32): obj {
  const dir: obj = dir_arg(n_args, args);
  const depth: u32 = gc_root_push(dir);
  const names: obj = list_directory(dir, false);
  gc_root_restore(depth);
  return names;
}

/** ilistdir([path]): an iterator of (name, type, inode) tuples. */
export function os_fn_ilistdir(n_args: u32, n_kw: u32, args: u32): obj {
  const dir: obj = dir_arg(n_args, args);
  const dd: u32 = gc_root_push(dir);
  const entries: obj = list_directory(dir, true);
  gc_root_restore(dd);
  const depth: u32 = gc_root_push(entries);
  const it: obj = obj_getiter(entries);
  gc_root_restore(depth);
  return it;
}

/** What os.uname() reports (core/modules/README.md): Pyxis names itself; machine is the board's. */
const UNAME_RELEASE: string = "0.1.0";
const UNAME_VERSION: string = "0.1.0 on 2026-11-21";

/** uname(): (sysname, nodename, release, version, machine), an attribute tuple as MicroPython's. */
export function os_fn_uname(_n_args: u32, _n_kw: u32, _args: u32): obj {
  const names: obj = tuple_new(5);
  tuple_set(names, 0, new_qstr_obj(Q.sysname));
  tuple_set(names, 1, new_qstr_obj(Q.nodename));
  tuple_set(names, 2, new_qstr_obj(Q.release));
  tuple_set(names, 3, new_qstr_obj(Q.version));
  tuple_set(names, 4, new_qstr_obj(Q.machine));
  const depth: u32 = gc_root_push(names);
  const u: obj = attrtuple_new(names);
  gc_root_push(u);
  tuple_set(u, 0, str_from_literal("pyxis"));
  tuple_set(u, 1, str_from_literal("pyxis"));
  tuple_set(u, 2, str_from_literal(UNAME_RELEASE));
  tuple_set(u, 3, str_from_literal(UNAME_VERSION));
  tuple_set(u, 4, board_text_str(BoardText.Machine));
  gc_root_restore(depth);
  return u;
}

/** urandom(n): n random bytes from the HAL's source. */
export function os_fn_urandom(n_args: u32, n_kw: u32, args: u32): obj {
  const n: i32 = arg_int(arg(args, 0));
  if (n < 0) raise_msg(TypeId.ValueError, "negative argument not allowed");
  const b: obj = bytes_new_uninit(TypeId.bytes, n >>> 0);
  const depth: u32 = gc_root_push(b);
  let done: u32 = 0;
  const at: u32 = StrObj.data.get(b);
  while (done < (n >>> 0)) {
    const got: i32 = os_check(hal_urandom((at + done) >>> 0, ((n >>> 0) - done) >>> 0));
    done = (done + (got >>> 0)) >>> 0;
  }
  gc_root_restore(depth);
  return bytes_seal(b);
}
