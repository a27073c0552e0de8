// `-m module` (MicroPython's unix port): import the module as __main__ (for a package,
// its __main__ submodule) with Ctrl-C raising KeyboardInterrupt, and turn how it ended
// into the process status as a script's run does (core/exec.ts).

import { caught, type i32, type u32, type ref } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "./gc.js";
import { type obj } from "./obj.js";
import { raise_memory_error } from "./objects/exception.js";
import { exception_match } from "./objects/class.js";
import { type_word, TypeId } from "./objects/type.js";
import { qstr_from_bytes } from "./qstr.js";
import { Q } from "./qstr_static.js";
import { exec_print_exception, exec_system_exit_status } from "./exec.js";
import { vm_reset } from "./vm.js";
import { import_main } from "./import.js";
import { module_globals } from "./objects/module.js";
import { Root, root_set } from "./roots.js";
import { STDERR } from "./print.js";

const CHAR_CTRL_C: i32 = 3;

/** Run the module named by argument `arg`: 0, SystemExit's status, or 1 after the traceback. */
export function run_module(arg: i32): i32 {
  const len: u32 = hal_arg_len(arg);
  const buf: ref = gc_alloc(len === 0 ? 1 : len);
  if (buf === 0) raise_memory_error();
  const depth: u32 = gc_root_push(buf);
  hal_arg_copy(arg, buf);
  const name_q: u32 = qstr_from_bytes(buf, len);
  if (name_q === Q.NULL) raise_memory_error();
  hal_set_interrupt_char(CHAR_CTRL_C);
  let status: i32 = 0;
  try {
    const m: obj = import_main(name_q);
    // `-i` continues in the module's globals (core/exec.ts repl_globals).
    root_set(Root.MainGlobals, module_globals(m));
    gc_root_restore(depth);
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    vm_reset();
    if (exception_match(exc, type_word(TypeId.SystemExit))) {
      status = exec_system_exit_status(exc);
    } else {
      exec_print_exception(STDERR, exc);
      status = 1;
    }
  }
  hal_set_interrupt_char(-1);
  return status;
}
