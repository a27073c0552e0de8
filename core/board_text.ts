// The board's texts (hal_board_text_*): its id, the machine name the banner and
// os.uname() show, its MCU. Read from the HAL into the heap when needed: on a board they
// are the generated board_pins.c's, on the host the simulated board's.

import { type u32 } from "./subset/index.js";
import { gc_alloc, gc_free } from "./gc.js";
import { type obj } from "./obj.js";
import { raise_memory_error } from "./objects/exception.js";
import { str_new_uninit, str_seal, StrObj } from "./objects/str.js";
import { TypeId } from "./objects/type.js";

/** Which board text (the `which` of hal_board_text_len/copy). */
export const enum BoardText {
  /** "RPI_PICO" */
  Id = 0,
  /** "Raspberry Pi Pico with RP2040" */
  Machine = 1,
  /** "RP2040" */
  Mcu = 2,
  /** sys.platform: "rp2", "pyboard"; "linux" on the host */
  Platform = 3,
}

/** Write a board text to stdout (the REPL's banner). */
export function board_text_write(which: BoardText): void {
  const len: u32 = hal_board_text_len(which);
  if (len === 0) return;
  const buf: u32 = gc_alloc(len);
  if (buf === 0) raise_memory_error();
  hal_board_text_copy(which, buf);
  hal_stdout_write(buf, len);
  gc_free(buf);
}

/** A board text as a new str. Raises MemoryError. */
export function board_text_str(which: BoardText): obj {
  const len: u32 = hal_board_text_len(which);
  const s: obj = str_new_uninit(TypeId.str, len);
  if (len > 0) hal_board_text_copy(which, StrObj.data.get(s));
  return str_seal(s);
}
