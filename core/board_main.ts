// The interpreter's entry point on a board (MicroPython's ports/*/main.c loop): the port's
// start-up code sets the arena (pyx_mem, pyx_mem_size) and calls pyx_board_main(), which
// never returns on a board. Each pass is one boot: a fresh heap of hal_board_heap_size()
// bytes, the boot hook, the REPL; Ctrl-D at an empty prompt, SystemExit (sys.exit(),
// machine.soft_reset()) end the pass with "MPY: soft reboot" and the next pass starts
// from a fresh runtime. Before the REPL, boot.py and main.py run from the board's file
// system (board_run_boot_scripts). The REPL's mode (friendly or raw) survives, as pyexec_mode_kind
// does, so mpremote and test runners stay in the raw REPL across a soft reset.

import { type i32, type u32 } from "./subset/index.js";
import { runtime_init } from "./runtime.js";
import { repl_session, repl_soft_reboot, repl_mode_get, ReplMode } from "./repl.js";
import { exec_repl_input, EXEC_FORCED_EXIT } from "./exec.js";
import { boot_exec_file_if_exists, BOOT_SCRIPT_OK } from "./boot_scripts.js";
import { fat_mount_or_format_boot } from "./fat_boot.js";
import { console_input_ended } from "./console_end.js";
import { sched_deinit } from "./sched.js";

/** What ended the last pass's REPL (PYEXEC_FORCED_EXIT | a SystemExit status). */
let last_session_status: i32 = 0;

/**
 * The boot scripts, on every boot and soft reset, as MicroPython's ports do: the block
 * device's FAT volume mounted at "/" (formatted, with a default boot.py, at first boot:
 * core/fat_boot.ts), then boot.py, then main.py when boot.py succeeded and the REPL is the
 * friendly one (a raw-REPL client such as mpremote soft-resets the board without wanting
 * main.py to start). 0, or EXEC_FORCED_EXIT | status when SystemExit ended a script: the
 * boot then skips the REPL and soft-resets. Where "/" is the host's own file system (the
 * host and Node ports) there is nothing to mount and nothing runs, as on MicroPython's
 * unix port.
 */
function board_run_boot_scripts(): i32 {
  if (!fat_mount_or_format_boot()) return 0;
  let status: i32 = boot_exec_file_if_exists("boot.py");
  if ((status & EXEC_FORCED_EXIT) !== 0) return status;
  if (repl_mode_get() === ReplMode.Friendly && status === BOOT_SCRIPT_OK) {
    status = boot_exec_file_if_exists("main.py");
    if ((status & EXEC_FORCED_EXIT) !== 0) return status;
  }
  return 0;
}

/** One boot: runtime, boot scripts, REPL session. */
function board_boot(): void {
  const heap: u32 = hal_board_heap_size();
  if (!runtime_init(heap)) hal_fatal("board: the heap (hal_board_heap_size) does not fit in the arena");
  hal_set_interrupt_char(-1);
  const boot_status: i32 = board_run_boot_scripts();
  last_session_status = boot_status !== 0 ? boot_status : repl_session(exec_repl_input, "");
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
