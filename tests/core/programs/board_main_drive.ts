// The board entry point (core/board_main.ts) run on the host's simulated board: its
// console input comes from standard input, and the loop ends when that input does.
import { type i32 } from "../../../core/subset/index.js";
import { pyx_board_main } from "../../../core/board_main.js";

export function pyx_main(): i32 {
  return pyx_board_main();
}
