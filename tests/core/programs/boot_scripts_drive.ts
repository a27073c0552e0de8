// Runs boot.py, then main.py when boot.py succeeded, from the working directory as a
// board's boot does (core/boot_scripts.ts), and prints each result: 1 ran (or absent),
// 0 an exception (its traceback printed), 256 | status for SystemExit.
import { type i32 } from "../../../core/subset/index.js";
import { runtime_init } from "../../../core/runtime.js";
import { boot_exec_file_if_exists, BOOT_SCRIPT_OK } from "../../../core/boot_scripts.js";
import { print_str, print_i32, STDOUT } from "../../../core/print.js";

function report(name: string, status: i32): void {
  print_str(STDOUT, "[");
  print_str(STDOUT, name);
  print_str(STDOUT, " ");
  print_i32(STDOUT, status);
  print_str(STDOUT, "]\n");
}

export function pyx_main(): i32 {
  if (!runtime_init(1 << 20)) return 70;
  const boot: i32 = boot_exec_file_if_exists("boot.py");
  report("boot.py", boot);
  if (boot !== BOOT_SCRIPT_OK) return 0;
  report("main.py", boot_exec_file_if_exists("main.py"));
  return 0;
}
