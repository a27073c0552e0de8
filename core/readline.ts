// The friendly REPL's line editor: MicroPython's shared/readline/readline.c, byte for
// byte on the wire (the same echo, the same VT100 sequences, the same history and
// auto-indent), with its EMACS keys and word moves enabled. One line is edited at a
// time, in a Vstr that may already hold earlier lines of a compound statement: the
// editor only touches the bytes after orig_len.

import { load_u8, load_u32, store_u32, store_u8, mem_copy, mem_compare, type i32, type u32, type bool } from "./subset/index.js";
import { console_note_end } from "./console_end.js";
import { sched_wait_for_input } from "./sched.js";
import { gc_alloc } from "./gc.js";
import { root_get, root_set, Root } from "./roots.js";
import { Vstr, vstr_reserve, vstr_add_bytes } from "./vstr.js";
import { repl_autocomplete, repl_completion_addr } from "./repl_complete.js";

/** The control characters the REPL reacts to. */
export const enum Ctrl {
  A = 1,
  B = 2,
  C = 3,
  D = 4,
  E = 5,
  F = 6,
  K = 11,
  N = 14,
  P = 16,
  U = 21,
  W = 23,
}

/** Lines kept for the up and down keys (MICROPY_READLINE_HISTORY_SIZE). */
export const READLINE_HISTORY_SIZE: u32 = 8;

/** readline_process_char's result while the line is still being edited. */
export const READLINE_MORE: i32 = -1;

const enum Escape {
  None,
  Esc,
  Bracket,
  BracketDigit,
  EscO,
}

const AUTO_INDENT_ENABLED: u32 = 1;
const AUTO_INDENT_JUST_ADDED: u32 = 2;

// The editor's state (MicroPython's `static readline_t rl`). The line itself is kept alive
// by its owner (core/repl.ts roots it).
let line: u32 = 0;
let orig_len: u32 = 0;
let escape: Escape = Escape.None;
let escape_digit: i32 = 0;
let hist_cur: i32 = -1;
let cursor: u32 = 0;
let auto_indent: u32 = 0;
let prompt_kind: u32 = 0;

// What one key asks the redraw step to do.
let step_back: u32 = 0;
let from_cursor: bool = false;
let step_forward: u32 = 0;

const PROMPTS: readonly string[] = [">>> ", "... ", ""];
/** Which prompt readline_init and readline_note_newline print. */
export const enum Prompt {
  Primary = 0,
  Continuation = 1,
  None = 2,
}

function line_data(): u32 {
  return Vstr.data.get(line);
}

function line_len(): u32 {
  return Vstr.len.get(line);
}

function set_line_len(n: u32): void {
  Vstr.len.set(line, n);
}

// ---- history: a heap block of READLINE_HISTORY_SIZE words, each 0 or an entry
// (a heap block: the length as a u32, then the bytes) ----

/** Forget the history (start-up and soft reset, as readline_init0). */
export function readline_history_clear(): void {
  root_set(Root.ReplHistory, 0);
}

function history_entry(i: u32): u32 {
  const block: u32 = root_get(Root.ReplHistory);
  return block === 0 || i >= READLINE_HISTORY_SIZE ? 0 : load_u32(block + i * 4);
}

function entry_equals(entry: u32, addr: u32, len: u32): bool {
  return load_u32(entry) === len && mem_compare(entry + 4, addr, len) === 0;
}

/** Remember a finished line (readline_push_history): not empty, not a repeat of the last one. */
export function readline_push_history(addr: u32, len: u32): void {
  if (len === 0) return;
  const last: u32 = history_entry(0);
  if (last !== 0 && entry_equals(last, addr, len)) return;
  // Out of heap, the line is simply not remembered (m_new_maybe in MicroPython).
  if (root_get(Root.ReplHistory) === 0) {
    const block: u32 = gc_alloc(READLINE_HISTORY_SIZE * 4);
    if (block === 0) return;
    for (let i: u32 = 0; i < READLINE_HISTORY_SIZE; i++) store_u32(block + i * 4, 0);
    root_set(Root.ReplHistory, block);
  }
  const size: u32 = (len + 4) >>> 0;
  if (size < len) return;
  // addr may be in the heap (the line): gc_alloc does not move blocks, so it stays valid.
  const entry: u32 = gc_alloc(size);
  if (entry === 0) return;
  store_u32(entry, len);
  mem_copy(entry + 4, addr, len);
  const block: u32 = root_get(Root.ReplHistory);
  for (let i: u32 = READLINE_HISTORY_SIZE - 1; i > 0; i--) store_u32(block + i * 4, load_u32(block + (i - 1) * 4));
  store_u32(block, entry);
}

// ---- the terminal ----

function move_cursor_back(n: u32): void {
  if (n === 0) return;
  if (n <= 4) {
    for (let i: u32 = 0; i < n; i++) hal_stdout_write_str("\b");
    return;
  }
  hal_stdout_write_str("\x1b[");
  write_decimal(n);
  hal_stdout_write_str("D");
}

const DIGIT_TEXT: readonly string[] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const digits = new Uint8Array(10);

/** v in decimal, without going through the arena (the line may be all the heap has). */
function write_decimal(v: u32): void {
  let n: u32 = v;
  let count: u32 = 0;
  do {
    digits[count] = n % 10;
    count = (count + 1) >>> 0;
    n = (n / 10) >>> 0;
  } while (n !== 0 && count < 10);
  while (count > 0) {
    count = (count - 1) >>> 0;
    hal_stdout_write_str(DIGIT_TEXT[digits[count]! % 10]!);
  }
}

function write_line_bytes(from: u32, n: u32): void {
  if (n > 0) hal_stdout_write((line_data() + from) >>> 0, n);
}

// ---- editing the line ----

/** Make room for n bytes at pos (the line grows); false when out of heap. */
function line_insert_gap(pos: u32, n: u32): bool {
  if (!vstr_reserve(line, n)) return false;
  const len: u32 = line_len();
  const data: u32 = line_data();
  mem_copy(data + pos + n, data + pos, (len - pos) >>> 0);
  set_line_len((len + n) >>> 0);
  return true;
}

function line_cut(pos: u32, n: u32): void {
  const len: u32 = line_len();
  const data: u32 = line_data();
  mem_copy(data + pos, data + pos + n, (len - pos - n) >>> 0);
  set_line_len((len - n) >>> 0);
}

function is_alnum(c: i32): bool {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function is_space(c: i32): bool {
  return c === 32 || (c >= 9 && c <= 13);
}

/** How far the cursor moves to pass the next (or previous) word (cursor_count_word). */
function count_word(forward: bool): u32 {
  const data: u32 = line_data();
  const len: u32 = line_len();
  let pos: u32 = cursor;
  let in_word: bool = false;
  for (;;) {
    // Backwards it stops at the start of this line (MicroPython goes on into the earlier
    // lines of a compound statement, which the terminal no longer shows).
    if (!forward && pos <= orig_len) break;
    if (forward && pos >= len) break;
    const c: i32 = load_u8(forward ? data + pos : data + pos - 1);
    if (is_alnum(c)) in_word = true;
    else if (in_word) break;
    pos = forward ? (pos + 1) >>> 0 : (pos - 1) >>> 0;
  }
  return forward ? (pos - cursor) >>> 0 : (cursor - pos) >>> 0;
}

function key_home(): void {
  step_back = (cursor - orig_len) >>> 0;
}

function key_end(): void {
  step_forward = (line_len() - cursor) >>> 0;
}

function key_left(): void {
  if (cursor > orig_len) step_back = 1;
}

function key_right(): void {
  if (cursor < line_len()) step_forward = 1;
}

function key_delete(): void {
  if (cursor < line_len()) {
    line_cut(cursor, 1);
    from_cursor = true;
  }
}

function show_history(): void {
  step_back = (cursor - orig_len) >>> 0;
  from_cursor = true;
  step_forward = (line_len() - orig_len) >>> 0;
}

/** Replace the line being edited with history entry hist_cur (none when it is -1). */
function load_history(): void {
  set_line_len(orig_len);
  if (hist_cur >= 0) {
    const entry: u32 = history_entry(hist_cur >>> 0);
    // Out of heap the line stays empty.
    vstr_add_bytes(line, (entry + 4) >>> 0, load_u32(entry));
  }
}

function key_up(): void {
  const next: i32 = (hist_cur + 1) | 0;
  if (next >= 0 && next < READLINE_HISTORY_SIZE && history_entry(next >>> 0) !== 0) {
    hist_cur = next;
    load_history();
    show_history();
  }
}

function key_down(): void {
  if (hist_cur >= 0) {
    hist_cur = (hist_cur - 1) | 0;
    load_history();
    show_history();
  }
}

function kill_word_back(): void {
  step_back = count_word(false);
  line_cut((cursor - step_back) >>> 0, step_back);
  from_cursor = true;
}

function key_backspace(): void {
  if (cursor <= orig_len) return;
  // Only spaces before the cursor: remove a whole indent level (4 spaces) at once.
  let spaces: u32 = 0;
  const data: u32 = line_data();
  for (let i: u32 = orig_len; i < cursor; i++) {
    if (load_u8(data + i) !== 32) {
      spaces = 0;
      break;
    }
    spaces = (spaces + 1) >>> 0;
  }
  const n: u32 = spaces < 4 ? 1 : 4;
  line_cut((cursor - n) >>> 0, n);
  step_back = n;
  from_cursor = true;
}

function key_tab(): void {
  const data: u32 = line_data();
  let n: i32 = 0;
  let from: u32 = 0;
  // After whitespace a tab indents by 4 spaces; elsewhere it completes a name.
  const indent: bool = line_len() !== 0 && cursor > 0 && is_space(load_u8(data + cursor - 1));
  if (indent) {
    n = 4;
  } else {
    n = repl_autocomplete((data + orig_len) >>> 0, (cursor - orig_len) >>> 0);
    from = repl_completion_addr();
  }
  if (n === 0) return;
  if (n === -1) {
    // Several matches were listed: show the prompt and the line again.
    hal_stdout_write_str(PROMPTS[prompt_kind]!);
    write_line_bytes(orig_len, (cursor - orig_len) >>> 0);
    from_cursor = true;
    return;
  }
  const count: u32 = n >>> 0;
  // The completion text is an interned string, outside the heap's reach: copy it after
  // the gap is made (the gap may move the line, never the string).
  if (!line_insert_gap(cursor, count)) return;
  const dst: u32 = (line_data() + cursor) >>> 0;
  for (let i: u32 = 0; i < count; i++) store_u8(dst + i, indent ? 32 : load_u8(from + i));
  from_cursor = true;
  step_forward = count;
}

function key_printable(c: i32): void {
  if (!line_insert_gap(cursor, 1)) return;
  store_u8(line_data() + cursor, c);
  from_cursor = true;
  step_forward = 1;
}

/**
 * Feed one input byte. READLINE_MORE while the line is being edited; 0 when Enter ended
 * it; or the control character (Ctrl-A…Ctrl-E at an empty line, Ctrl-C anywhere) that
 * the REPL handles itself.
 */
export function readline_process_char(c: i32): i32 {
  const last_len: u32 = line_len();
  step_back = 0;
  from_cursor = false;
  step_forward = 0;
  if (escape === Escape.None) {
    if (c >= Ctrl.A && c <= Ctrl.E && line_len() === orig_len) return c;
    if (c === Ctrl.A) key_home();
    else if (c === Ctrl.B) key_left();
    else if (c === Ctrl.C) return c;
    else if (c === Ctrl.D) key_delete();
    else if (c === Ctrl.E) key_end();
    else if (c === Ctrl.F) key_right();
    else if (c === Ctrl.K) {
      set_line_len(cursor);
      from_cursor = true;
    } else if (c === Ctrl.N) key_down();
    else if (c === Ctrl.P) key_up();
    else if (c === Ctrl.U) {
      line_cut(orig_len, (cursor - orig_len) >>> 0);
      step_back = (cursor - orig_len) >>> 0;
      from_cursor = true;
    } else if (c === Ctrl.W) kill_word_back();
    else if (c === 13) {
      hal_stdout_write_str("\r\n");
      readline_push_history((line_data() + orig_len) >>> 0, (line_len() - orig_len) >>> 0);
      return 0;
    } else if (c === 27) escape = Escape.Esc;
    else if (c === 8 || c === 127) key_backspace();
    else if ((auto_indent & AUTO_INDENT_JUST_ADDED) !== 0 && (c === 9 || c === 32)) {
      // A tab or space right after an auto-indent turns auto-indent off: a tab keeps the
      // indent, a space takes 3 of its 4 spaces back.
      auto_indent = 0;
      if (c === 32) {
        step_back = 3;
        set_line_len((line_len() - 3) >>> 0);
      }
    } else if (c === 9) key_tab();
    else if (c >= 32 && c <= 126) key_printable(c);
  } else if (escape === Escape.Esc) {
    escape = Escape.None;
    if (c === 91) escape = Escape.Bracket; // '['
    else if (c === 79) escape = Escape.EscO; // 'O'
    else if (c === 98) step_back = count_word(false); // 'b'
    else if (c === 102) step_forward = count_word(true); // 'f'
    else if (c === 100) {
      // 'd': delete the next word
      line_cut(cursor, count_word(true));
      from_cursor = true;
    } else if (c === 127) kill_word_back();
  } else if (escape === Escape.Bracket) {
    escape = Escape.None;
    if (c >= 48 && c <= 57) {
      escape = Escape.BracketDigit;
      escape_digit = c;
    } else if (c === 65) key_up(); // 'A'
    else if (c === 66) key_down(); // 'B'
    else if (c === 67) key_right(); // 'C'
    else if (c === 68) key_left(); // 'D'
    else if (c === 72) key_home(); // 'H'
    else if (c === 70) key_end(); // 'F'
  } else if (escape === Escape.BracketDigit) {
    escape = Escape.None;
    if (c === 126) {
      // '~': ESC [ n ~
      if (escape_digit === 49 || escape_digit === 55) key_home();
      else if (escape_digit === 52 || escape_digit === 56) key_end();
      else if (escape_digit === 51) key_delete();
    } else if (c === 59 && escape_digit === 49) {
      // ESC [ 1 ; 5 C: parameters follow (Ctrl+arrows), read as if after ESC [
      escape = Escape.Bracket;
    } else if (escape_digit === 53 && c === 67) {
      step_forward = count_word(true);
    } else if (escape_digit === 53 && c === 68) {
      step_back = count_word(false);
    }
  } else {
    // ESC O H / ESC O F (home and end on some terminals)
    escape = Escape.None;
    if (c === 72) key_home();
    else if (c === 70) key_end();
  }
  redraw(last_len);
  auto_indent = (auto_indent & ~AUTO_INDENT_JUST_ADDED) >>> 0;
  return READLINE_MORE;
}

/** Show the edit efficiently: move back, rewrite from the cursor, move forward. */
function redraw(last_len: u32): void {
  if (step_back > 0) {
    move_cursor_back(step_back);
    cursor = (cursor - step_back) >>> 0;
  }
  const len: u32 = line_len();
  if (from_cursor) {
    if (len < last_len) hal_stdout_write_str("\x1b[K");
    write_line_bytes(cursor, (len - cursor) >>> 0);
    move_cursor_back((len - cursor - step_forward) >>> 0);
    cursor = (cursor + step_forward) >>> 0;
  } else if (step_forward > 0) {
    write_line_bytes(cursor, step_forward);
    cursor = (cursor + step_forward) >>> 0;
  }
}

/** After a line ending in ':' indent one level more; otherwise keep the previous line's indent. */
function auto_indent_line(): void {
  if ((auto_indent & AUTO_INDENT_ENABLED) === 0) return;
  const data: u32 = line_data();
  const len: u32 = line_len();
  if (len <= 1 || load_u8(data + len - 1) !== 10) return;
  // i: start of the previous line; j: its first non-space
  let i: u32 = (len - 1) >>> 0;
  while (i > 0 && load_u8(data + i - 1) !== 10) i = (i - 1) >>> 0;
  let j: u32 = i;
  while (j < len && load_u8(data + j) === 32) j = (j + 1) >>> 0;
  if (i > 0 && ((j + 1) >>> 0) === len) {
    // The previous line is all spaces: no indent if the one before it is all spaces too.
    for (let k: u32 = (i - 1) >>> 0; k > 0; k--) {
      const b: i32 = load_u8(data + k - 1);
      if (b === 10) return;
      if (b !== 32) break;
    }
  }
  let levels: u32 = ((j - i) >>> 0) >>> 2;
  if (load_u8(data + len - 2) === 58) levels = (levels + 1) >>> 0;
  for (let n: u32 = 0; n < levels; n++) {
    if (!add_indent()) return;
    hal_stdout_write_str("    ");
    cursor = (cursor + 4) >>> 0;
    auto_indent = (auto_indent | AUTO_INDENT_JUST_ADDED) >>> 0;
  }
}

/** Append one indent level (4 spaces) to the line; false when out of heap. */
function add_indent(): bool {
  if (!vstr_reserve(line, 4)) return false;
  const len: u32 = line_len();
  const data: u32 = line_data();
  for (let i: u32 = 0; i < 4; i++) store_u8(data + len + i, 32);
  set_line_len((len + 4) >>> 0);
  return true;
}

/** Start editing a new line appended to v, after printing the prompt. */
export function readline_init(v: u32, prompt: Prompt): void {
  line = v;
  orig_len = line_len();
  escape = Escape.None;
  escape_digit = 0;
  hist_cur = -1;
  cursor = orig_len;
  prompt_kind = prompt;
  hal_stdout_write_str(PROMPTS[prompt]!);
  if (line_len() === 0) auto_indent = AUTO_INDENT_ENABLED;
  auto_indent_line();
}

/** The line now continues a compound statement (after a '\n' was added): prompt again. */
export function readline_note_newline(prompt: Prompt): void {
  orig_len = line_len();
  cursor = orig_len;
  prompt_kind = prompt;
  hal_stdout_write_str(PROMPTS[prompt]!);
  auto_indent_line();
}

/**
 * Read one line into v with the prompt: 0 on Enter, or the control character that ended
 * it. The end of input reads as Ctrl-D (as on MicroPython's unix port).
 */
export function readline(v: u32, prompt: Prompt): i32 {
  readline_init(v, prompt);
  for (;;) {
    sched_wait_for_input();
    const c: i32 = hal_stdin_read();
    if (c === -1) {
      console_note_end();
      return Ctrl.D;
    }
    const r: i32 = readline_process_char(c === -2 ? Ctrl.C : c);
    if (r >= 0) return r;
  }
}
