// The smallest subset program: generating it yields the runtime header and pyx_hal.h
// (every HAL entry of core/hal.d.ts), against which the board templates' C is compiled.
import type { i32 } from "../../../core/subset/index.js";

export function pyx_main(): i32 {
  return 0;
}
