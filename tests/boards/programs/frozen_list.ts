// Prints every frozen module's path and .mpy bytes through core/frozen.ts, so the firmware
// driver's test can check a board's frozen tables end to end.
import type { i32, u32 } from "../../../core/subset/index.js";
import { FROZEN_COUNT, FROZEN_NAMES } from "../../../core/frozen_modules.js";
import { frozen_copy, frozen_size } from "../../../core/frozen.js";

export function pyx_main(): i32 {
  for (let i: u32 = 0; i < FROZEN_COUNT; i++) {
    hal_stdout_write_str(FROZEN_NAMES[i]!);
    hal_stdout_write_str("\n");
    const n: u32 = frozen_size(i);
    frozen_copy(i, 0);
    hal_stdout_write(0, n);
    hal_stdout_write_str("\n");
  }
  return 0;
}
