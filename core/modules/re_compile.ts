// The re module's pattern compiler: pattern text → a small program of 32-bit words for the
// matcher in re_exec.ts (a Pike VM, so no pattern can make it backtrack exponentially or
// loop). MicroPython's syntax (lib/re1.5): literals and escapes, `.`, `[...]` and `[^...]`
// with ranges and \d \w \s, `^` `$` (\A \Z \b \B too), `*` `+` `?` and their lazy forms,
// `|`, `(...)` and `(?:...)`; plus counted repetition `{m}` `{m,}` `{m,n}` (`{,n}`),
// expanded into copies of the repeated piece. Any error is ValueError("Error in regex").
//
// The program, in a bytes object: word 0 the number of groups with group 0, word 1 how many
// threads the matcher may hold (one per consuming instruction, plus MATCH), then the code.
// Jumps are relative to their own instruction, so a piece of code can be copied or moved.

import { load_u8, load_i32, store_u32, mem_copy, type i32, type u32, type bool, type ref } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error } from "../objects/exception.js";
import { bytes_from_data } from "../objects/bytes.js";
import { utf8_seq_len } from "../chars.js";
import { Vstr, vstr_new, vstr_reserve } from "../vstr.js";

export const enum ReOp {
  /** CHAR c: the character (code point, or byte for bytes) c. */
  Char = 1,
  /** Any character but a newline. */
  Any,
  /** CLASS n negate lo1 hi1 … lon hin: a character in (or, negated, outside) the ranges. */
  Class,
  /** SPLIT x y: continue at +x, and at +y with lower priority. */
  Split,
  /** JMP d: continue at +d. */
  Jmp,
  /** SAVE k: record the position in capture slot k. */
  Save,
  /** At the start of the subject (`^`, \A). */
  Bol,
  /** At the end, or before a newline that ends the subject (`$`). */
  Eol,
  /** At the very end (\Z). */
  Eos,
  /** At a word boundary (\b); NotWordB: not at one (\B). */
  WordB,
  NotWordB,
  Match,
}

/** Header words before the code. */
export const RE_HEADER_WORDS: u32 = 2;
/** Limits that keep any pattern's program and its compilation bounded. */
const RE_MAX_WORDS: i32 = 16384;
const RE_MAX_DEPTH: u32 = 32;
const RE_MAX_GROUPS: i32 = 100;
const RE_MAX_REPEAT: i32 = 65535;
/** The largest code point: the top of a negated range. */
const CHAR_MAX: i32 = 0x10ffff;

// The pattern being compiled.
let src: u32 = 0;
let src_len: u32 = 0;
let at: u32 = 0;
let src_is_str: bool = false;
// The program being built (a vstr, rooted by re_compile), its groups and thread bound.
let out: ref = 0;
let n_groups: i32 = 0;
let n_threads: i32 = 0;

function fail(): never {
  raise_msg(TypeId.ValueError, "Error in regex");
}

// ---- the program buffer, in words ----

function words(): i32 {
  return (Vstr.len.get(out) >>> 2) | 0;
}

function word_addr(i: i32): u32 {
  return (Vstr.data.get(out) + (i >>> 0) * 4) >>> 0;
}

function word_get(i: i32): i32 {
  return load_i32(word_addr(i));
}

function word_set(i: i32, v: i32): void {
  store_u32(word_addr(i), v);
}

/** Room for n more words; MemoryError when the heap has none, ValueError past the size limit. */
function reserve(n: i32): void {
  if (((words() + n) | 0) > RE_MAX_WORDS) fail();
  if (!vstr_reserve(out, (n * 4) >>> 0)) raise_memory_error();
}

function emit(w: i32): void {
  reserve(1);
  const i: i32 = words();
  Vstr.len.set(out, (Vstr.len.get(out) + 4) >>> 0);
  word_set(i, w);
}

/** Open a gap of n words at word index pos, moving the code after it. */
function insert_gap(pos: i32, n: i32): void {
  reserve(n);
  const len: i32 = words();
  const from: u32 = word_addr(pos);
  mem_copy((from + (n >>> 0) * 4) >>> 0, from, ((len - pos) >>> 0) * 4);
  Vstr.len.set(out, (Vstr.len.get(out) + (n >>> 0) * 4) >>> 0);
}

function insert_split(pos: i32, x: i32, y: i32): void {
  insert_gap(pos, 3);
  word_set(pos, ReOp.Split);
  word_set((pos + 1) | 0, x);
  word_set((pos + 2) | 0, y);
}

/** Make [start, end of code) optional: `?` (lazy: `??`). */
function apply_quest(start: i32, lazy: bool): void {
  const len: i32 = (words() - start) | 0;
  if (lazy) insert_split(start, (len + 3) | 0, 3);
  else insert_split(start, 3, (len + 3) | 0);
}

/** Repeat [start, end of code) zero or more times: `*` (lazy: `*?`). */
function apply_star(start: i32, lazy: bool): void {
  const len: i32 = (words() - start) | 0;
  if (lazy) insert_split(start, (len + 5) | 0, 3);
  else insert_split(start, 3, (len + 5) | 0);
  const j: i32 = words();
  emit(ReOp.Jmp);
  emit((start - j) | 0);
}

/** Repeat [start, end of code) one or more times: `+` (lazy: `+?`). */
function apply_plus(start: i32, lazy: bool): void {
  const s: i32 = words();
  emit(ReOp.Split);
  if (lazy) {
    emit(3);
    emit((start - s) | 0);
  } else {
    emit((start - s) | 0);
    emit(3);
  }
}

/** Append a copy of the code [start, start + len). */
function append_copy(start: i32, len: i32): i32 {
  reserve(len);
  const to: i32 = words();
  mem_copy(word_addr(to), word_addr(start), (len >>> 0) * 4);
  Vstr.len.set(out, (Vstr.len.get(out) + (len >>> 0) * 4) >>> 0);
  return to;
}

// ---- reading the pattern ----

function peek(): i32 {
  return at < src_len ? load_u8(src + at) : -1;
}

function peek_at(k: u32): i32 {
  const i: u32 = (at + k) >>> 0;
  return i < src_len ? load_u8(src + i) : -1;
}

/** The character at the reading position (a code point for a str pattern), consumed. */
function next_char(): i32 {
  const b: i32 = load_u8(src + at);
  if (!src_is_str || b < 0x80) {
    at = (at + 1) >>> 0;
    return b;
  }
  const n: u32 = utf8_seq_len(b);
  let c: i32 = b & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let i: u32 = 1; i < n && ((at + i) >>> 0) < src_len; i++) c = ((c << 6) | (load_u8((src + at + i) >>> 0) & 0x3f)) | 0;
  at = (at + n) >>> 0;
  return c;
}

function is_digit(c: i32): bool {
  return c >= 48 && c <= 57;
}

function hex_value(c: i32): i32 {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** A decimal number at the reading position (at most RE_MAX_REPEAT + 1), or -1 when none. */
function read_number(): i32 {
  if (!is_digit(peek())) return -1;
  let v: i32 = 0;
  while (is_digit(peek())) {
    v = (v * 10 + peek() - 48) | 0;
    if (v > RE_MAX_REPEAT) v = RE_MAX_REPEAT + 1;
    at = (at + 1) >>> 0;
  }
  return v;
}

// ---- character classes ----

/** Emit the ranges of class escape letter e (d D w W s S) into a CLASS; how many pairs. */
function emit_class_escape(e: i32): i32 {
  switch (e) {
    case 100: // d
      emit_range(48, 57);
      return 1;
    case 68: // D
      emit_range(0, 47);
      emit_range(58, CHAR_MAX);
      return 2;
    case 119: // w
      emit_range(48, 57);
      emit_range(65, 90);
      emit_range(95, 95);
      emit_range(97, 122);
      return 4;
    case 87: // W
      emit_range(0, 47);
      emit_range(58, 64);
      emit_range(91, 94);
      emit_range(96, 96);
      emit_range(123, CHAR_MAX);
      return 5;
    case 115: // s
      emit_range(9, 13);
      emit_range(32, 32);
      return 2;
    default: // S
      emit_range(0, 8);
      emit_range(14, 31);
      emit_range(33, CHAR_MAX);
      return 3;
  }
}

function emit_range(lo: i32, hi: i32): void {
  emit(lo);
  emit(hi);
}

function is_class_escape(e: i32): bool {
  return e === 100 || e === 68 || e === 119 || e === 87 || e === 115 || e === 83;
}

/**
 * The character a one-character escape stands for (the backslash already read, e its
 * letter, consumed): \n \t \r \f \v \a \0 (up to two more octal digits) \xhh, and any
 * other non-alphanumeric character for itself. Other letters and digits are errors
 * (backreferences are not supported).
 */
function escape_char(e: i32): i32 {
  switch (e) {
    case 110: return 10;
    case 116: return 9;
    case 114: return 13;
    case 102: return 12;
    case 118: return 11;
    case 97: return 7;
    case 48: {
      let v: i32 = 0;
      for (let i: u32 = 0; i < 2 && peek() >= 48 && peek() <= 55; i++) {
        v = (v * 8 + peek() - 48) | 0;
        at = (at + 1) >>> 0;
      }
      return v;
    }
    case 120: {
      const h: i32 = hex_value(peek());
      const l: i32 = hex_value(peek_at(1));
      if (h < 0 || l < 0) fail();
      at = (at + 2) >>> 0;
      return ((h << 4) | l) & 0xff;
    }
    default:
      if (is_digit(e) || (e >= 65 && e <= 90) || (e >= 97 && e <= 122)) fail();
      return e;
  }
}

/** `[...]`, the `[` read: CLASS with its ranges. */
function parse_class(): void {
  const start: i32 = words();
  emit(ReOp.Class);
  emit(0);
  let negate: bool = false;
  if (peek() === 94) {
    negate = true;
    at = (at + 1) >>> 0;
  }
  emit(negate ? 1 : 0);
  let pairs: i32 = 0;
  let first: bool = true;
  while (true) {
    if (at >= src_len) fail();
    if (peek() === 93 && !first) break;
    first = false;
    let lo: i32 = next_char();
    if (lo === 92) {
      if (at >= src_len) fail();
      const e: i32 = next_char();
      if (is_class_escape(e)) {
        pairs = (pairs + emit_class_escape(e)) | 0;
        continue;
      }
      lo = e === 98 ? 8 : escape_char(e);
    }
    let hi: i32 = lo;
    if (peek() === 45 && peek_at(1) !== 93 && peek_at(1) >= 0) {
      at = (at + 1) >>> 0;
      hi = next_char();
      if (hi === 92) {
        if (at >= src_len) fail();
        const e: i32 = next_char();
        if (is_class_escape(e)) fail();
        hi = e === 98 ? 8 : escape_char(e);
      }
      if (hi < lo) fail();
    }
    emit_range(lo, hi);
    pairs = (pairs + 1) | 0;
  }
  at = (at + 1) >>> 0;
  word_set((start + 1) | 0, pairs);
  n_threads = (n_threads + 1) | 0;
}

// ---- the grammar: alternatives of sequences of quantified atoms ----

/** Alternatives separated by `|`, up to `)` or the end. */
function parse_alt(depth: u32): void {
  let alt_start: i32 = words();
  // The JMPs that end each alternative, chained through their operands until patched.
  let jumps: i32 = -1;
  parse_seq(depth);
  while (peek() === 124) {
    at = (at + 1) >>> 0;
    const len: i32 = (words() - alt_start) | 0;
    insert_split(alt_start, 3, (len + 5) | 0);
    const j: i32 = words();
    emit(ReOp.Jmp);
    emit(jumps);
    jumps = j;
    alt_start = words();
    parse_seq(depth);
  }
  const end: i32 = words();
  while (jumps >= 0) {
    const prev: i32 = word_get((jumps + 1) | 0);
    word_set((jumps + 1) | 0, (end - jumps) | 0);
    jumps = prev;
  }
}

function parse_seq(depth: u32): void {
  while (at < src_len && peek() !== 124 && peek() !== 41) parse_piece(depth);
}

function is_quantifier(c: i32): bool {
  return c === 42 || c === 43 || c === 63;
}

/** An atom and its quantifier, if any. */
function parse_piece(depth: u32): void {
  const start: i32 = words();
  const threads_before: i32 = n_threads;
  parse_atom(depth);
  const c: i32 = peek();
  if (is_quantifier(c)) {
    at = (at + 1) >>> 0;
    const lazy: bool = peek() === 63;
    if (lazy) at = (at + 1) >>> 0;
    if (c === 42) apply_star(start, lazy);
    else if (c === 43) apply_plus(start, lazy);
    else apply_quest(start, lazy);
  } else if (c === 123) {
    if (!parse_counted(start, (n_threads - threads_before) | 0)) return;
  } else {
    return;
  }
  if (is_quantifier(peek())) fail();
}

/**
 * `{m}`, `{m,}`, `{,n}` or `{m,n}` after the atom at start (threads: its consuming
 * instructions): the atom m times, then n - m optional copies (or a starred one). False,
 * with nothing read, when the brace does not open a repeat (it is then a literal).
 */
function parse_counted(start: i32, threads: i32): bool {
  const open: u32 = at;
  at = (at + 1) >>> 0;
  let min: i32 = read_number();
  let max: i32 = min;
  if (peek() === 44) {
    at = (at + 1) >>> 0;
    max = read_number();
  } else if (min < 0) {
    at = open;
    return false;
  }
  if (peek() !== 125) {
    at = open;
    return false;
  }
  at = (at + 1) >>> 0;
  if (min < 0) min = 0;
  if (min > RE_MAX_REPEAT || max > RE_MAX_REPEAT) fail();
  if (max >= 0 && max < min) fail();
  const lazy: bool = peek() === 63;
  if (lazy) at = (at + 1) >>> 0;
  const len: i32 = (words() - start) | 0;
  if (max === 0) {
    // Nothing of the atom is left (its groups stay unmatched).
    Vstr.len.set(out, (start >>> 0) * 4);
    return true;
  }
  // The original is the first copy: mandatory when min > 0, else the first optional one.
  for (let i: i32 = 1; i < min; i++) {
    append_copy(start, len);
    n_threads = (n_threads + threads) | 0;
  }
  if (max < 0) {
    if (min === 0) {
      apply_star(start, lazy);
    } else {
      const copy: i32 = append_copy(start, len);
      n_threads = (n_threads + threads) | 0;
      apply_star(copy, lazy);
    }
    return true;
  }
  // With min 0 the original becomes `A?`, and the further copies are copies of that.
  let piece: i32 = len;
  if (min === 0) {
    apply_quest(start, lazy);
    piece = (len + 3) | 0;
  }
  const optional: i32 = (max - (min === 0 ? 1 : min)) | 0;
  for (let i: i32 = 0; i < optional; i++) {
    const copy: i32 = append_copy(start, piece);
    n_threads = (n_threads + threads) | 0;
    if (min !== 0) apply_quest(copy, lazy);
  }
  return true;
}

/** One atom: a group, a class, `.`, `^`, `$`, an escape or a literal character. */
function parse_atom(depth: u32): void {
  const c: i32 = peek();
  if (c === 40) {
    at = (at + 1) >>> 0;
    if (depth >= RE_MAX_DEPTH) fail();
    let g: i32 = -1;
    if (peek() === 63) {
      if (peek_at(1) !== 58) fail();
      at = (at + 2) >>> 0;
    } else {
      if (n_groups >= RE_MAX_GROUPS) fail();
      g = n_groups;
      n_groups = (n_groups + 1) | 0;
      emit(ReOp.Save);
      emit((g * 2) | 0);
    }
    parse_alt((depth + 1) >>> 0);
    if (peek() !== 41) fail();
    at = (at + 1) >>> 0;
    if (g >= 0) {
      emit(ReOp.Save);
      emit((g * 2 + 1) | 0);
    }
    return;
  }
  if (is_quantifier(c)) fail();
  if (c === 91) {
    at = (at + 1) >>> 0;
    parse_class();
    return;
  }
  if (c === 46) {
    at = (at + 1) >>> 0;
    emit(ReOp.Any);
    n_threads = (n_threads + 1) | 0;
    return;
  }
  if (c === 94) {
    at = (at + 1) >>> 0;
    emit(ReOp.Bol);
    return;
  }
  if (c === 36) {
    at = (at + 1) >>> 0;
    emit(ReOp.Eol);
    return;
  }
  if (c === 92) {
    at = (at + 1) >>> 0;
    if (at >= src_len) fail();
    const e: i32 = next_char();
    if (is_class_escape(e)) {
      const start: i32 = words();
      emit(ReOp.Class);
      emit(0);
      emit(0);
      word_set((start + 1) | 0, emit_class_escape(e));
      n_threads = (n_threads + 1) | 0;
      return;
    }
    if (e === 98 || e === 66 || e === 65 || e === 90) {
      emit(e === 98 ? ReOp.WordB : e === 66 ? ReOp.NotWordB : e === 65 ? ReOp.Bol : ReOp.Eos);
      return;
    }
    emit(ReOp.Char);
    emit(escape_char(e));
    n_threads = (n_threads + 1) | 0;
    return;
  }
  emit(ReOp.Char);
  emit(next_char());
  n_threads = (n_threads + 1) | 0;
}

/**
 * Compile the pattern text [data, data + len) (UTF-8 when is_str) into a new bytes object
 * holding the program. The text must be kept alive by the caller (it is an argument).
 */
export function re_compile(data: u32, len: u32, is_str: bool): obj {
  const v: ref = vstr_new(256);
  if (v === 0) raise_memory_error();
  const depth: u32 = gc_root_push(v);
  src = data;
  src_len = len;
  at = 0;
  src_is_str = is_str;
  out = v;
  n_groups = 1;
  n_threads = 1;
  emit(0);
  emit(0);
  emit(ReOp.Save);
  emit(0);
  parse_alt(0);
  if (at < src_len) fail();
  emit(ReOp.Save);
  emit(1);
  emit(ReOp.Match);
  word_set(0, n_groups);
  word_set(1, n_threads);
  const prog: obj = bytes_from_data(TypeId.bytes, Vstr.data.get(v), Vstr.len.get(v));
  gc_root_restore(depth);
  return prog;
}
