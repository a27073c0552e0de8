// Running boot.py and main.py from the board's file system, as MicroPython's
// pyexec_file_if_exists (shared/runtime/pyexec.c) does: the file's source compiled and
// run in __main__'s globals with Ctrl-C as the interrupt character; an exception that
// nobody caught prints its traceback (on stdout, as the REPL does) and the boot goes on;
// SystemExit (sys.exit(), machine.soft_reset()) asks for a soft reset. Both files and the
// REPL after them share __main__'s globals, as on MicroPython: what main.py defined is
// there at the prompt.

import { caught, raise, type i32, type u32 } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth } from "./gc.js";
import { OBJ_NULL, type obj } from "./obj.js";
import { Root, root_get, root_set } from "./roots.js";
import { raise_memory_error } from "./objects/exception.js";
import { exception_match } from "./objects/class.js";
import { type_word, TypeId } from "./objects/type.js";
import { str_from_literal } from "./objects/str.js";
import { qstr_from_str } from "./qstr.js";
import { vfs_open, vfs_close, vfs_read, vfs_seek, OpenFlag } from "./vfs.js";
import { vm_reset } from "./vm.js";
import { CompileMode } from "./compile.js";
import { exec_source, exec_main_globals, exec_print_exception, exec_system_exit_status, EXEC_FORCED_EXIT } from "./exec.js";
import { STDOUT } from "./print.js";

const CHAR_CTRL_C: i32 = 3;
const SEEK_SET: i32 = 0;
const SEEK_END: i32 = 2;

/** pyexec's results: the file ran to its end (or is not there), or an exception stopped it. */
export const BOOT_SCRIPT_OK: i32 = 1;
export const BOOT_SCRIPT_FAILED: i32 = 0;

/** __main__'s globals, which the REPL uses too (made here when no REPL input came yet). */
function main_globals(): obj {
  let g: obj = root_get(Root.MainGlobals);
  if (g === OBJ_NULL) {
    g = exec_main_globals();
    root_set(Root.MainGlobals, g);
  }
  return g;
}

/** Open path (a str) for reading: a file handle, or -1 when it cannot be opened (not there). */
function open_if_exists(path: obj): i32 {
  try {
    return vfs_open(path, OpenFlag.Read);
  } catch (e) {
    caught(e);
    return -1;
  }
}

/** The length read_whole read. */
let read_len: u32 = 0;

/** The whole file behind handle h in a new heap buffer, pushed on the root stack: its address (its length in read_len). */
function read_whole(h: i32): u32 {
  const size: u32 = vfs_seek(h, 0, SEEK_END);
  vfs_seek(h, 0, SEEK_SET);
  const buf: u32 = gc_alloc(size > 0 ? size : 1);
  if (buf === 0) raise_memory_error();
  gc_root_push(buf);
  let got: u32 = 0;
  while (got < size) {
    const n: u32 = vfs_read(h, (buf + got) >>> 0, (size - got) >>> 0);
    if (n === 0) break;
    got = (got + n) >>> 0;
  }
  read_len = got;
  return buf;
}

/** Read the file behind h and close it, even when reading raises. */
function read_and_close(h: i32): u32 {
  let buf: u32 = 0;
  try {
    buf = read_whole(h);
  } catch (e) {
    const exc: u32 = caught(e);
    vfs_close(h);
    raise(exc);
  }
  vfs_close(h);
  return buf;
}

/**
 * Run the file `name` (relative to the file system's working directory) if it exists:
 * BOOT_SCRIPT_OK when it ran to its end or is not there, BOOT_SCRIPT_FAILED after an
 * exception (its traceback printed), EXEC_FORCED_EXIT | status when SystemExit ended it.
 */
export function boot_exec_file_if_exists(name: string): i32 {
  const depth: u32 = gc_root_depth();
  const path: obj = str_from_literal(name);
  gc_root_push(path);
  const h: i32 = open_if_exists(path);
  if (h < 0) {
    gc_root_restore(depth);
    return BOOT_SCRIPT_OK;
  }
  let status: i32 = BOOT_SCRIPT_OK;
  hal_set_interrupt_char(CHAR_CTRL_C);
  try {
    const src: u32 = read_and_close(h);
    exec_source(src, read_len, qstr_from_str(name), CompileMode.File, main_globals());
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    gc_root_push(exc);
    vm_reset();
    if (exception_match(exc, type_word(TypeId.SystemExit))) {
      status = EXEC_FORCED_EXIT | exec_system_exit_status(exc);
    } else {
      exec_print_exception(STDOUT, exc);
      status = BOOT_SCRIPT_FAILED;
    }
  }
  hal_set_interrupt_char(-1);
  gc_root_restore(depth);
  return status;
}
