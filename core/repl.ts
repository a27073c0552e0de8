// The REPL's protocol: MicroPython's shared/runtime/pyexec.c (the blocking variant, as
// every MicroPython port but the event-driven ones runs it), so that a terminal user,
// mpremote, Thonny and run-tests.py see the same bytes from Pyxis as from MicroPython:
//   - the friendly REPL (`>>> `, `... `, readline editing, Ctrl-A/B/C/D/E);
//   - paste mode (Ctrl-E at an empty line);
//   - the raw REPL (Ctrl-A) and its raw-paste mode (Ctrl-E 'A' Ctrl-A) with flow control.
// Running the code is the executor's job (ReplExec), given by the port's entry point.

import { load_u8, caught, type i32, type u32, type bool } from "./subset/index.js";
import { root_get, root_set, Root } from "./roots.js";
import { vstr_new, vstr_reset, vstr_add_byte, vstr_len, vstr_data } from "./vstr.js";
import { raise_memory_error, exception_print_line } from "./objects/exception.js";
import { print_str, STDOUT } from "./print.js";
import { readline, readline_history_clear, Ctrl, Prompt } from "./readline.js";
import { repl_continue_with_input } from "./repl_continue.js";
import { repl_complete_init } from "./repl_complete.js";
import { console_note_end } from "./console_end.js";
import { sched_wait_for_input } from "./sched.js";
import { board_text_write, BoardText } from "./board_text.js";

/** How the executor compiles the input and reports its end (pyexec's exec flags). */
export const enum ExecFlag {
  /** Compile as one interactive statement (expression values are printed); else as a file. */
  Single = 1,
  /** Raw REPL: write \x04 after the output and \x04 after the traceback (if any). */
  PrintEof = 2,
}

/**
 * Compile and run src[0, len) with ExecFlag flags, printing any traceback itself. Returns 0,
 * or PYEXEC_FORCED_EXIT | status when SystemExit ended it (status: its code, 1 for a
 * non-int, 0 for None).
 */
export type ReplExec = (src: u32, len: u32, flags: u32) => i32;

/** The REPL has ended: Ctrl-D (soft reset, or exit on the host) or SystemExit. */
export const PYEXEC_FORCED_EXIT: i32 = 0x100;

/** The banner's first part (MicroPython's MICROPY_BANNER_NAME_AND_VERSION). */
export const REPL_BANNER_NAME_AND_VERSION: string = "Pyxis 0.1.0 on 2026-11-21";

/** Raw-paste's buffer: the host may send two windows of half this before waiting. */
const RAW_PASTE_BUFFER: u32 = 256;

export const enum ReplMode {
  Friendly,
  Raw,
}

/** Which REPL runs; it survives a soft reset, as pyexec_mode_kind does (mpremote relies on it). */
let repl_mode: ReplMode = ReplMode.Friendly;

export function repl_mode_get(): ReplMode {
  return repl_mode;
}

function line(): u32 {
  return root_get(Root.ReplLine);
}

function add_byte(c: i32): void {
  if (!vstr_add_byte(line(), c & 0xff)) raise_memory_error();
}

/** The next console byte for the protocols: the end of input reads as Ctrl-D, an interrupt as Ctrl-C. */
function read_char(): i32 {
  sched_wait_for_input();
  const c: i32 = hal_stdin_read();
  if (c === -1) {
    console_note_end();
    return Ctrl.D;
  }
  if (c === -2) return Ctrl.C;
  return c;
}

/**
 * Run the input. The console stays raw meanwhile, as a board's always is: Ctrl-C arrives
 * as a byte, which every port turns into KeyboardInterrupt (in cooked mode it would be
 * SIGINT, which the Node build cannot catch while code runs).
 */
function execute(exec: ReplExec, flags: u32): i32 {
  const v: u32 = line();
  hal_stdin_raw(true);
  hal_set_interrupt_char(Ctrl.C);
  const ret: i32 = exec(vstr_data(v), vstr_len(v), flags);
  hal_set_interrupt_char(-1);
  return ret;
}

/** The banner; an empty `machine` is the board's machine text (hal_board_text_*). */
function write_banner(machine: string): void {
  hal_stdout_write_str(REPL_BANNER_NAME_AND_VERSION);
  hal_stdout_write_str("; ");
  if (machine.length > 0) hal_stdout_write_str(machine);
  else board_text_write(BoardText.Machine);
  hal_stdout_write_str("\r\n");
  hal_stdout_write_str("Type \"help()\" for more information.\r\n");
}

/** Paste mode: echo everything until Ctrl-D (run it as a file) or Ctrl-C (drop it). */
function paste_mode(): bool {
  hal_stdout_write_str("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
  vstr_reset(line());
  for (;;) {
    const c: i32 = read_char();
    if (c === Ctrl.C) {
      hal_stdout_write_str("\r\n");
      return false;
    }
    if (c === Ctrl.D) {
      hal_stdout_write_str("\r\n");
      return true;
    }
    add_byte(c);
    if (c === 13) {
      hal_stdout_write_str("\r\n=== ");
    } else {
      const v: u32 = line();
      hal_stdout_write((vstr_data(v) + vstr_len(v) - 1) >>> 0, 1);
    }
  }
}

/**
 * The friendly REPL until it hands over: 0 to switch to the raw REPL, or
 * PYEXEC_FORCED_EXIT (| a SystemExit status) to end.
 */
function friendly_repl(exec: ReplExec, machine: string): i32 {
  hal_stdin_raw(true);
  write_banner(machine);
  for (;;) {
    const v: u32 = line();
    vstr_reset(v);
    let ret: i32 = readline(v, Prompt.Primary);
    let flags: u32 = ExecFlag.Single;
    if (ret === Ctrl.A) {
      hal_stdout_write_str("\r\n");
      repl_mode = ReplMode.Raw;
      hal_stdin_raw(false);
      return 0;
    } else if (ret === Ctrl.B) {
      hal_stdout_write_str("\r\n");
      write_banner(machine);
      continue;
    } else if (ret === Ctrl.C) {
      hal_stdout_write_str("\r\n");
      continue;
    } else if (ret === Ctrl.D) {
      hal_stdout_write_str("\r\n");
      hal_stdin_raw(false);
      return PYEXEC_FORCED_EXIT;
    } else if (ret === Ctrl.E) {
      if (!paste_mode()) continue;
      flags = 0;
    } else if (vstr_len(v) === 0) {
      continue;
    } else {
      let cancelled: bool = false;
      while (repl_continue_with_input(vstr_data(line()), vstr_len(line()))) {
        add_byte(10);
        ret = readline(line(), Prompt.Continuation);
        if (ret === Ctrl.C) {
          hal_stdout_write_str("\r\n");
          cancelled = true;
          break;
        }
        if (ret === Ctrl.D) break;
      }
      if (cancelled) continue;
    }
    const result: i32 = execute(exec, flags);
    if ((result & PYEXEC_FORCED_EXIT) !== 0) return result;
    hal_stdin_raw(true);
  }
}

/** Raw-paste: read the source with flow control, then run it (do_reader_stdin). */
function raw_paste(exec: ReplExec, command: i32): i32 {
  if (command !== 65) {
    // Only 'A' is a raw-paste command: tell the host to fall back to the plain raw REPL.
    hal_stdout_write_str("R\x00");
    return 0;
  }
  const window: u32 = RAW_PASTE_BUFFER >>> 1;
  hal_stdout_write_str("R\x01");
  // The window size, little-endian, and one more window free (sending the size frees one).
  const v: u32 = line();
  vstr_reset(v);
  add_byte(window & 0xff);
  add_byte(window >>> 8);
  add_byte(1);
  hal_stdout_write(vstr_data(v), 3);
  vstr_reset(v);
  let remain: u32 = window;
  for (;;) {
    const c: i32 = read_char();
    if (c === Ctrl.C || c === Ctrl.D) {
      hal_stdout_write_str("\x04");
      if (c === Ctrl.C) {
        // What running a KeyboardInterrupt at once prints: the output's end, the
        // exception (no traceback), the traceback's end.
        hal_stdout_write_str("\x04");
        print_str(STDOUT, "KeyboardInterrupt\n");
        hal_stdout_write_str("\x04");
        return 0;
      }
      break;
    }
    add_byte(c);
    remain = (remain - 1) >>> 0;
    if (remain === 0) {
      hal_stdout_write_str("\x01");
      remain = window;
    }
  }
  return execute(exec, ExecFlag.PrintEof);
}

/** The raw REPL until it hands over: 0 to switch to the friendly REPL, or PYEXEC_FORCED_EXIT. */
function raw_repl(exec: ReplExec): i32 {
  hal_stdin_raw(true);
  hal_stdout_write_str("raw REPL; CTRL-B to exit\r\n");
  for (;;) {
    vstr_reset(line());
    hal_stdout_write_str(">");
    let c: i32 = 0;
    for (;;) {
      c = read_char();
      const v: u32 = line();
      if (c === Ctrl.A) {
        if (vstr_len(v) === 2 && load_u8(vstr_data(v)) === Ctrl.E) {
          const ret: i32 = raw_paste(exec, load_u8(vstr_data(v) + 1));
          if ((ret & PYEXEC_FORCED_EXIT) !== 0) return ret;
          hal_stdin_raw(true);
          vstr_reset(line());
          hal_stdout_write_str(">");
          continue;
        }
        hal_stdout_write_str("raw REPL; CTRL-B to exit\r\n");
        vstr_reset(v);
        hal_stdout_write_str(">");
      } else if (c === Ctrl.B) {
        hal_stdout_write_str("\r\n");
        repl_mode = ReplMode.Friendly;
        hal_stdin_raw(false);
        return 0;
      } else if (c === Ctrl.C) {
        vstr_reset(v);
      } else if (c === Ctrl.D) {
        break;
      } else {
        add_byte(c);
      }
    }
    hal_stdout_write_str("OK");
    if (vstr_len(line()) === 0) {
      // Ctrl-D at an empty raw prompt: soft reset.
      hal_stdout_write_str("\r\n");
      hal_stdin_raw(false);
      return PYEXEC_FORCED_EXIT;
    }
    const ret: i32 = execute(exec, ExecFlag.PrintEof);
    if ((ret & PYEXEC_FORCED_EXIT) !== 0) return ret;
    hal_stdin_raw(true);
  }
}

/**
 * Run the REPL (friendly or raw, whichever was last active) until Ctrl-D or SystemExit
 * ends it. Returns PYEXEC_FORCED_EXIT | the SystemExit status. `machine` completes the
 * banner ("<board> with <mcu>"; "" for the board's own text, hal_board_text_*). The host then exits; a board soft-resets and calls
 * this again (printing repl_soft_reboot first).
 */
export function repl_session(exec: ReplExec, machine: string): i32 {
  const v: u32 = vstr_new(32);
  if (v === 0) raise_memory_error();
  root_set(Root.ReplLine, v);
  readline_history_clear();
  repl_complete_init();
  for (;;) {
    let ret: i32 = 0;
    try {
      ret = repl_mode === ReplMode.Raw ? raw_repl(exec) : friendly_repl(exec, machine);
    } catch (e) {
      // The REPL's own buffers could not grow (a huge paste into a full heap): report it
      // and start over with what is left.
      const exc: u32 = caught(e);
      hal_set_interrupt_char(-1);
      exception_print_line(STDOUT, exc);
      print_str(STDOUT, "\n");
      vstr_reset(line());
    }
    if ((ret & PYEXEC_FORCED_EXIT) !== 0) {
      root_set(Root.ReplLine, 0);
      return ret;
    }
  }
}

/** What a board prints before it restarts the REPL after a soft reset. */
export function repl_soft_reboot(): void {
  hal_stdout_write_str("MPY: soft reboot\r\n");
}
