// The interpreter's entry point on a board (MicroPython's ports/*/main.c loop): the port's
// start-up code sets the arena (pyx_mem, pyx_mem_size) and calls pyx_board_main(), which
// never returns on a board. Each pass is one boot: a fresh heap of hal_board_heap_size()
// bytes, the boot hook, the REPL; Ctrl-D at an empty prompt, SystemExit (sys.exit(),
// machine.soft_reset()) end the pass with "MPY: soft reboot" and the next pass starts
// from a fresh runtime. The REPL's mode (friendly or raw) survives, as pyexec_mode_kind
// does, so mpremote and test runners stay in the raw REPL across a soft reset.

import { type i32, type u32 } from "./subset/index.js";
import { runtime_init } from "./runtime.js";
import { repl_session, repl_soft_reboot } from "./repl.js";
import { exec_repl_input } from "./exec.js";
import { console_input_ended } from "./console_end.js";
import { sched_deinit } from "./sched.js";

/** What ended the last pass's REPL (PYEXEC_FORCED_EXIT | a SystemExit status). */
let last_session_status: i32 = 0;

/**
 * Where boot.py and main.py will run once the board has a filesystem (a later issue):
 * called after the runtime is up and before the REPL, on every boot and soft reset.
 * Nothing to run yet.
 */
function board_run_boot_scripts(): void {}

/** One boot: runtime, boot scripts, REPL session. */
function board_boot(): void {
  const heap: u32 = hal_board_heap_size();
  if (!runtime_init(heap)) hal_fatal("board: the heap (hal_board_heap_size) does not fit in the arena");
  hal_set_interrupt_char(-1);
  board_run_boot_scripts();
  last_session_status = repl_session(exec_repl_input, "");
  // Quiet the hardware the program left running (pin IRQs), as machine_pin_deinit.
  sched_deinit();
}

/**
 * Boot, then soft-reset for ever. On the host and in Node, where the console's input can
 * end, the loop stops there (a board's input never ends) and returns the last status.
 */
export function pyx_board_main(): i32 {
  for (;;) {
    board_boot();
    if (console_input_ended()) return last_session_status & 0xff;
    repl_soft_reboot();
  }
}
