// The interpreter's entry point: every port calls pyx_main() once the arena is ready.

import { caught, type i32, type u32 } from "./subset/index.js";
import type { obj } from "./obj.js";
import { exception_print_line } from "./objects/exception.js";
import { runtime_start, runtime_init } from "./runtime.js";
import { cmdline_parse, cmdline_error, CmdlineResult, RunMode, USAGE, cmd_mode, cmd_arg, cmd_first_extra, cmd_inspect, cmd_heap_size, cmd_gc_stress } from "./cmdline.js";
import { run_command, run_script } from "./main_run.js";
import { run_module } from "./run_module.js";
import { import_argv_add_args, import_argv_add_str, import_path_set_script_arg } from "./import_path.js";
import { print_str, print_u32, STDOUT, STDERR } from "./print.js";
import { gc_set_stress } from "./gc.js";
import { repl_session } from "./repl.js";
import { exec_repl_input } from "./exec.js";

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

/**
 * sys.argv and sys.path[0] as MicroPython's unix port sets them: ['-c', args…] for a
 * command, [module, args…] for -m, [script, args…] with the script's directory first in
 * sys.path for a script, the arguments after the options for the REPL.
 */
function sys_setup(): void {
  if (cmd_mode === RunMode.Command) {
    import_argv_add_str("-c");
    import_argv_add_args(cmd_first_extra);
  } else if (cmd_mode === RunMode.Repl) {
    import_argv_add_args(cmd_first_extra);
  } else {
    import_argv_add_args(cmd_arg);
    if (cmd_mode === RunMode.Script) import_path_set_script_arg(cmd_arg);
  }
}

function run(): i32 {
  sys_setup();
  let status: i32 = 0;
  if (cmd_mode === RunMode.Command) status = run_command(cmd_arg);
  else if (cmd_mode === RunMode.Script) status = run_script(cmd_arg);
  else if (cmd_mode === RunMode.Module) status = run_module(cmd_arg);
  // The REPL: when nothing else was asked for, or after the program with -i.
  if (cmd_mode !== RunMode.Repl && !cmd_inspect) return status;
  return repl_exit_status(repl_session(exec_repl_input, REPL_HOST_MACHINE));
}

/** The banner's machine part on the host (and in Node, which must print the same bytes). */
const REPL_HOST_MACHINE: string = "host with posix";

/**
 * The host ends on the REPL's Ctrl-D, as MicroPython's unix port does: status 0, or a
 * SystemExit's status. (A board soft-resets instead: see core/REPL.md.)
 */
function repl_exit_status(ret: i32): i32 {
  return ret & 0xff;
}
