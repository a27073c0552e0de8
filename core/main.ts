// The interpreter's entry point: every port calls pyx_main() once the arena is ready.

import { caught, type i32, type u32 } from "./subset/index.js";
import type { obj } from "./obj.js";
import { exception_print_line } from "./objects/exception.js";
import { runtime_start, runtime_init } from "./runtime.js";
import { cmdline_parse, cmdline_error, CmdlineResult, RunMode, USAGE, cmd_mode, cmd_heap_size, cmd_gc_stress } from "./cmdline.js";
import { print_str, print_u32, STDOUT, STDERR } from "./print.js";
import { gc_mem_total, gc_mem_free, gc_set_stress } from "./gc.js";
import { qstr_count } from "./qstr.js";

export function pyx_main(): i32 {
  runtime_start();
  const parsed: CmdlineResult = cmdline_parse();
  if (parsed === CmdlineResult.Help) {
    for (let i: u32 = 0; i < USAGE.length; i++) {
      print_str(STDOUT, USAGE[i]!);
      print_str(STDOUT, "\n");
    }
    return 0;
  }
  if (parsed === CmdlineResult.Invalid) {
    print_str(STDERR, cmdline_error());
    print_str(STDERR, "\n");
    return 1;
  }
  if (!runtime_init(cmd_heap_size)) {
    print_str(STDERR, "pyxis: a heap of ");
    print_u32(STDERR, cmd_heap_size);
    print_str(STDERR, " bytes does not fit in the arena, or is too small to start in\n");
    return 1;
  }
  gc_set_stress(cmd_gc_stress);
  try {
    return run();
  } catch (e) {
    // Nothing escapes to the port: an uncaught exception is reported and the status is 1.
    const exc: obj = caught(e);
    print_str(STDERR, "Traceback (most recent call last):\n");
    exception_print_line(STDERR, exc);
    print_str(STDERR, "\n");
    return 1;
  }
}

function run(): i32 {
  if (cmd_mode !== RunMode.Repl) {
    print_str(STDERR, "pyxis: running Python code needs the compiler and the VM, which are not built yet\n");
    return 1;
  }
  print_str(STDOUT, "Pyxis 0.1.0 on host; runtime up: heap ");
  print_u32(STDOUT, gc_mem_total());
  print_str(STDOUT, " bytes (");
  print_u32(STDOUT, gc_mem_free());
  print_str(STDOUT, " free), ");
  print_u32(STDOUT, qstr_count());
  print_str(STDOUT, " interned names.\nThe REPL needs the compiler and the VM, which are not built yet.\n");
  return 0;
}
