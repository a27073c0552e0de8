// Whether the console's input has ended (hal_stdin_read gave -1: the host's stdin was
// closed; a board's console never ends). The REPL reads the end as Ctrl-D; the board
// entry point asks this so that a host running it stops instead of soft-resetting forever.

import { type bool } from "./subset/index.js";

let ended: bool = false;

/** Called by the console's readers when hal_stdin_read returns -1. */
export function console_note_end(): void {
  ended = true;
}

export function console_input_ended(): bool {
  return ended;
}
