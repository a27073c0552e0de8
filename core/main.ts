// The interpreter's entry point: every port calls pyx_main() once the arena is ready.

import type { i32 } from "./subset/types.js";

export function pyx_main(): i32 {
  hal_stdout_write_str("Pyxis 0.1.0 (core: generator foundation; the Python interpreter lands with the core issues)\n");
  return 0;
}
