// Lexes standard input and prints one line per token, in the canonical form that
// tests/core/lexer/cpython_tokens.py prints for CPython's tokenize:
//
//   Kind line:col                  (keywords, operators, NEWLINE, INDENT, DEDENT, END)
//   Kind line:col "value"          (Name, Integer, Float, String, Bytes)
//   ERROR line:col Kind message    (an error token, which ends the output)
//
// In a value, bytes 0x20..0x7e other than " and \ stand for themselves; every other byte is
// \xNN. Arguments: "count" prints only the number of tokens and the milliseconds taken;
// "heap=N" sets the heap size in bytes (default 1 MiB); "batch" reads records of a decimal
// length, a newline and that many bytes of source, and dumps each after a line "=== i"
// (i from 0), each on a heap of its own; "stress" collects at every allocation.
import { load_u8, store_u8, type i32, type u32, type bool } from "../../../core/subset/index.js";
import { gc_init, gc_set_stress } from "../../../core/gc.js";
import { roots_init, roots_size } from "../../../core/roots.js";
import {
  lexer_init, lexer_next, lexer_free, lex_kind, lex_line, lex_col, lex_value, lex_value_len, lex_error, lex_is_error,
} from "../../../core/lexer.js";
import { Tok } from "../../../core/token.js";
import { out_str, out_u32, out_nl } from "../../codegen/programs/lib/out.js";

const ARGS: u32 = 1024;
const INPUT: u32 = 4096;
const INPUT_MAX: u32 = 32 * 1024 * 1024;
const HEX: string = "0123456789abcdef";

/** Names of the token kinds, in the order of Tok. */
const KIND_NAMES: readonly string[] = [
  "End",
  "ErrorInvalid", "ErrorDedentMismatch", "ErrorUnterminated", "ErrorFstring", "ErrorIndentDepth", "ErrorUnicodeName", "ErrorMemory",
  "Newline", "Indent", "Dedent",
  "Name", "Integer", "Float", "String", "Bytes",
  "Ellipsis",
  "KwFalse", "KwNone", "KwTrue", "KwDebug", "KwAnd", "KwAs", "KwAssert", "KwAsync", "KwAwait", "KwBreak", "KwClass",
  "KwContinue", "KwDef", "KwDel", "KwElif", "KwElse", "KwExcept", "KwFinally", "KwFor", "KwFrom", "KwGlobal", "KwIf",
  "KwImport", "KwIn", "KwIs", "KwLambda", "KwNonlocal", "KwNot", "KwOr", "KwPass", "KwRaise", "KwReturn", "KwTry",
  "KwWhile", "KwWith", "KwYield",
  "OpAssign", "OpTilde",
  "OpLess", "OpMore", "OpDblEqual", "OpLessEqual", "OpMoreEqual", "OpNotEqual",
  "OpPipe", "OpCaret", "OpAmpersand", "OpDblLess", "OpDblMore", "OpPlus", "OpMinus", "OpStar", "OpAt", "OpDblSlash",
  "OpSlash", "OpPercent", "OpDblStar",
  "DelPipeEqual", "DelCaretEqual", "DelAmpersandEqual", "DelDblLessEqual", "DelDblMoreEqual", "DelPlusEqual",
  "DelMinusEqual", "DelStarEqual", "DelAtEqual", "DelDblSlashEqual", "DelSlashEqual", "DelPercentEqual", "DelDblStarEqual",
  "DelParenOpen", "DelParenClose", "DelBracketOpen", "DelBracketClose", "DelBraceOpen", "DelBraceClose", "DelComma",
  "DelColon", "DelPeriod", "DelSemicolon", "DelEqual", "DelMinusMore",
];

function read_input(): u32 {
  let n: u32 = 0;
  while (true) {
    const c: i32 = hal_stdin_read();
    if (c < 0) return n;
    if (n >= INPUT_MAX) hal_fatal("lexer_dump: input too large");
    store_u8((INPUT + n) >>> 0, c);
    n = (n + 1) >>> 0;
  }
}

/** Argument i equals s. */
function arg_is(i: i32, s: string): bool {
  const n: u32 = hal_arg_len(i);
  if (n !== s.length) return false;
  hal_arg_copy(i, ARGS);
  for (let k: u32 = 0; k < n; k++) if (load_u8((ARGS + k) >>> 0) !== s.charCodeAt(k)) return false;
  return true;
}

/** The N of a "heap=N" argument i, or 0. */
function arg_heap(i: i32): u32 {
  const n: u32 = hal_arg_len(i);
  if (n <= 5 || n > 16) return 0;
  hal_arg_copy(i, ARGS);
  const prefix: string = "heap=";
  for (let k: u32 = 0; k < 5; k++) if (load_u8((ARGS + k) >>> 0) !== prefix.charCodeAt(k)) return 0;
  let v: u32 = 0;
  for (let k: u32 = 5; k < n; k++) {
    const d: i32 = load_u8((ARGS + k) >>> 0) - 48;
    if (d < 0 || d > 9) return 0;
    v = (Math.imul(v, 10) + d) >>> 0;
  }
  return v;
}

function out_byte_hex(b: i32): void {
  store_u8(0, 92);
  store_u8(1, 120);
  store_u8(2, HEX.charCodeAt((b >>> 4) & 15));
  store_u8(3, HEX.charCodeAt(b & 15));
  hal_stdout_write(0, 4);
}

/** The value, quoted and escaped; runs of plain bytes are written as they are. */
function out_value(addr: u32, len: u32): void {
  out_str("\"");
  let run: u32 = 0;
  for (let i: u32 = 0; i < len; i++) {
    const b: i32 = load_u8((addr + i) >>> 0);
    if (b >= 0x20 && b < 0x7f && b !== 34 && b !== 92) {
      run = (run + 1) >>> 0;
    } else {
      if (run > 0) hal_stdout_write((addr + i - run) >>> 0, run);
      run = 0;
      out_byte_hex(b);
    }
  }
  if (run > 0) hal_stdout_write((addr + len - run) >>> 0, run);
  out_str("\"");
}

function has_value(k: Tok): bool {
  return k === Tok.Name || k === Tok.Integer || k === Tok.Float || k === Tok.String || k === Tok.Bytes;
}

function out_position(): void {
  out_u32(lex_line());
  out_str(":");
  out_u32(lex_col());
}

/** Print every token; 1 when the input has an error. */
function dump(): i32 {
  while (true) {
    const k: Tok = lex_kind();
    if (lex_is_error(k)) {
      out_str("ERROR ");
      out_position();
      out_str(" ");
      out_str(KIND_NAMES[k]!);
      out_str(" ");
      out_str(lex_error());
      out_nl();
      return 1;
    }
    out_str(KIND_NAMES[k]!);
    out_str(" ");
    out_position();
    if (has_value(k)) {
      out_str(" ");
      out_value(lex_value(), lex_value_len());
    }
    out_nl();
    if (k === Tok.End) return 0;
    lexer_next();
  }
}

/** Lex without printing: the token count and the time taken. */
function count(): i32 {
  const start: u32 = hal_ticks_ms();
  let tokens: u32 = 0;
  while (lex_kind() !== Tok.End) {
    if (lex_is_error(lex_kind())) {
      out_str("error");
      out_nl();
      return 1;
    }
    tokens = (tokens + 1) >>> 0;
    lexer_next();
  }
  const ms: u32 = (hal_ticks_ms() - start) >>> 0;
  out_str("tokens=");
  out_u32(tokens);
  out_str(" ms=");
  out_u32(ms);
  out_nl();
  return 0;
}

let stress: bool = false;

/** Lex len bytes at src on a fresh heap after end (the input's end). */
function lex(src: u32, len: u32, end: u32, heap: u32, counting: bool): i32 {
  const roots: u32 = ((end + 15) & ~15) >>> 0;
  roots_init(roots);
  if (!gc_init((roots + roots_size()) >>> 0, heap, 64)) hal_fatal("lexer_dump: heap too small");
  gc_set_stress(stress);
  lexer_init(src, len);
  const status: i32 = counting ? count() : dump();
  lexer_free();
  return status;
}

/** Batch mode: the records one after another. */
function batch(n: u32, heap: u32): i32 {
  const end: u32 = (INPUT + n) >>> 0;
  let p: u32 = INPUT;
  let index: u32 = 0;
  while (p < end) {
    let len: u32 = 0;
    while (p < end && load_u8(p) !== 10) {
      len = (Math.imul(len, 10) + load_u8(p) - 48) >>> 0;
      p = (p + 1) >>> 0;
    }
    p = (p + 1) >>> 0;
    if (len > ((end - p) >>> 0)) hal_fatal("lexer_dump: truncated batch record");
    out_str("=== ");
    out_u32(index);
    out_nl();
    lex(p, len, end, heap, false);
    p = (p + len) >>> 0;
    index = (index + 1) >>> 0;
  }
  return 0;
}

export function pyx_main(): i32 {
  const n: u32 = read_input();
  let counting: bool = false;
  let batched: bool = false;
  let heap: u32 = 1024 * 1024;
  for (let i: i32 = 1; i < hal_argc(); i++) {
    if (arg_is(i, "count")) counting = true;
    else if (arg_is(i, "batch")) batched = true;
    else if (arg_is(i, "stress")) stress = true;
    else if (arg_heap(i) !== 0) heap = arg_heap(i);
    else hal_fatal("lexer_dump: arguments are count, batch, stress and heap=N");
  }
  if (batched) return batch(n, heap);
  return lex(INPUT, n, (INPUT + n) >>> 0, heap, counting);
}
