// The interpreter's entry point: every port calls pyx_main() once the arena is ready.

import type { i32, u32 } from "./subset/types.js";
import { runtime_init } from "./runtime.js";
import { obj_print } from "./objects/print.js";
import { PrintKind } from "./objects/str.js";
import { new_qstr_obj } from "./obj.js";
import { print_str, print_u32, STDOUT } from "./print.js";
import { gc_mem_total, gc_mem_free } from "./gc.js";
import { qstr_count } from "./qstr.js";
import { Q } from "./qstr_static.js";

/** The host's default heap, as MicroPython's unix port on a 64-bit machine (2 MiB). */
const DEFAULT_HEAP: u32 = 2 * 1024 * 1024;

export function pyx_main(): i32 {
  if (!runtime_init(DEFAULT_HEAP)) {
    hal_stdout_write_str("pyxis: the arena is too small for the heap\n");
    return 1;
  }
  print_str(STDOUT, "Pyxis 0.1.0; ");
  obj_print(STDOUT, new_qstr_obj(Q.__main__), PrintKind.Repr);
  print_str(STDOUT, " runtime up: heap ");
  print_u32(STDOUT, gc_mem_total());
  print_str(STDOUT, " bytes (");
  print_u32(STDOUT, gc_mem_free());
  print_str(STDOUT, " free), ");
  print_u32(STDOUT, qstr_count());
  print_str(STDOUT, " interned names.\nThe Python compiler and REPL are not built yet: this runs the runtime's start-up only.\n");
  return 0;
}
