// A tiny "firmware" for the build driver's test: prints the board's machine text, read
// through the generated hal_board_text_* entries, and its heap size.
import type { i32, u32 } from "../../../core/subset/index.js";

export function pyx_main(): i32 {
  const len: u32 = hal_board_text_len(1);
  hal_board_text_copy(1, 0);
  hal_stdout_write(0, len);
  hal_stdout_write_str(hal_board_heap_size() === 180224 ? " 176K\n" : " ?\n");
  return 0;
}
