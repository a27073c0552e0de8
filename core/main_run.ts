// The host's ways of running a program (MicroPython unix port's -c and script modes):
// read the source, run it as __main__ with Ctrl-C raising KeyboardInterrupt, and turn how
// it ended into the process status (core/exec.ts exec_main).

import { type i32, type u32, type ref } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "./gc.js";
import { raise_memory_error } from "./objects/exception.js";
import { qstr_from_bytes } from "./qstr.js";
import { exec_main } from "./exec.js";
import { print_str, print_bytes, STDERR } from "./print.js";
import { Q } from "./qstr_static.js";

const CHAR_CTRL_C: i32 = 3;

/** Run with Ctrl-C as the interrupt character, as MicroPython does while executing. */
function run_interruptible(src: u32, len: u32, file: u32): i32 {
  hal_set_interrupt_char(CHAR_CTRL_C);
  const status: i32 = exec_main(src, len, file);
  hal_set_interrupt_char(-1);
  return status;
}

/** `-c CMD`: the command is argument `arg`; tracebacks name it "<stdin>", as MicroPython's. */
export function run_command(arg: i32): i32 {
  const len: u32 = hal_arg_len(arg);
  const buf: ref = gc_alloc(len);
  if (buf === 0) raise_memory_error();
  const depth: u32 = gc_root_push(buf);
  hal_arg_copy(arg, buf);
  const status: i32 = run_interruptible(buf, len, Q.lt_stdin_gt);
  gc_root_restore(depth);
  return status;
}

/** `SCRIPT`: the file named by argument `arg`; status 2 when it cannot be read (as CPython). */
export function run_script(arg: i32): i32 {
  const path_len: u32 = hal_arg_len(arg);
  const path: ref = gc_alloc(path_len);
  if (path === 0) raise_memory_error();
  const depth: u32 = gc_root_push(path);
  hal_arg_copy(arg, path);
  const size: i32 = hal_file_size(path, path_len);
  if (size < 0) {
    print_str(STDERR, "pyxis: can't open file '");
    print_bytes(STDERR, path, path_len);
    print_str(STDERR, "': [Errno 2] No such file or directory\n");
    gc_root_restore(depth);
    return 2;
  }
  const src: ref = gc_alloc(size >>> 0);
  if (src === 0) raise_memory_error();
  gc_root_push(src);
  const got: i32 = hal_file_read(path, path_len, 0, src, size >>> 0);
  if (got < 0) {
    print_str(STDERR, "pyxis: can't read file '");
    print_bytes(STDERR, path, path_len);
    print_str(STDERR, "'\n");
    gc_root_restore(depth);
    return 2;
  }
  const status: i32 = run_interruptible(src, got >>> 0, qstr_from_bytes(path, path_len));
  gc_root_restore(depth);
  return status;
}
