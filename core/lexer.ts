// The Python 3 lexer, after MicroPython's py/lexer.c: one lexer at a time, over UTF-8 source
// bytes in the arena, one token of lookahead held in module state (lex_kind, lex_line…). The
// token kinds are in core/token.ts. See core/LEXER.md for the decisions: where it follows
// MicroPython, where CPython, and why.
//
// Invariants:
// - c0 is the character at pos: -1 past the end, '\n' for "\r", "\r\n" and "\n" alike, and a
//   virtual '\n' after a last line without one (MicroPython's next_char does the same).
// - line and col (1-based) are those of c0. A column counts characters, not bytes (UTF-8
//   continuation bytes add nothing); a tab advances to the next multiple of 8, plus one.
// - The token value lives in one heap buffer that only grows (no allocation per token). It
//   and the f-string field buffer are reached from a LexBuffers block in Root.LexValue.
// - An error token is final: lexer_next leaves it in place.

import {
  layout, field_ref, field_u32, load_u8, store_u8, mem_copy,
  type i32, type u32, type bool, type ref,
} from "./subset/index.js";
import { gc_alloc, gc_realloc } from "./gc.js";
import { Root, root_set } from "./roots.js";
import { Tok } from "./token.js";

/** MicroPython's tok_kw, and the token of each. */
const KEYWORDS: readonly string[] = [
  "False", "None", "True", "__debug__", "and", "as", "assert", "async", "await", "break",
  "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
  "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
  "return", "try", "while", "with", "yield",
];
const KEYWORD_TOKS: readonly Tok[] = [
  Tok.KwFalse, Tok.KwNone, Tok.KwTrue, Tok.KwDebug, Tok.KwAnd, Tok.KwAs, Tok.KwAssert, Tok.KwAsync, Tok.KwAwait, Tok.KwBreak,
  Tok.KwClass, Tok.KwContinue, Tok.KwDef, Tok.KwDel, Tok.KwElif, Tok.KwElse, Tok.KwExcept, Tok.KwFinally, Tok.KwFor, Tok.KwFrom,
  Tok.KwGlobal, Tok.KwIf, Tok.KwImport, Tok.KwIn, Tok.KwIs, Tok.KwLambda, Tok.KwNonlocal, Tok.KwNot, Tok.KwOr, Tok.KwPass, Tok.KwRaise,
  Tok.KwReturn, Tok.KwTry, Tok.KwWhile, Tok.KwWith, Tok.KwYield,
];

/** The heap block in Root.LexValue: the collector reaches both buffers through it. */
const LexBuffers = layout("LexBuffers", { value: field_ref, fields: field_ref });
/** One f-string replacement field: its expression's source range and where it starts. */
const FstrField = layout("FstrField", { start: field_u32, end: field_u32, line: field_u32, col: field_u32 });

const NO_CHAR: i32 = -1;
const TAB_SIZE: u32 = 8;
/** CPython's MAXINDENT: indentation levels, column 0 included. */
const MAX_INDENT: u32 = 100;
/** CPython's MAXLEVEL: open brackets. */
const MAX_NEST: u32 = 200;
/** f-strings inside f-string expressions. */
const MAX_FSTRING_DEPTH: u32 = 8;
const VALUE_INITIAL: u32 = 32;

const CH_TAB: i32 = 9;
const CH_NL: i32 = 10;
const CH_CR: i32 = 13;
const CH_SPACE: i32 = 32;
const CH_BANG: i32 = 33;
const CH_DQUOTE: i32 = 34;
const CH_HASH: i32 = 35;
const CH_SQUOTE: i32 = 39;
const CH_DOT: i32 = 46;
const CH_ZERO: i32 = 48;
const CH_COLON: i32 = 58;
const CH_EQUAL: i32 = 61;
const CH_BACKSLASH: i32 = 92;
const CH_UNDERSCORE: i32 = 95;
const CH_LBRACE: i32 = 123;
const CH_RBRACE: i32 = 125;

// ---- the character stream ----

/** Reading [.., lim); a virtual '\n' sits at lim when virt_nl. */
let pos: u32 = 0;
let lim: u32 = 0;
let virt_nl: bool = false;
let c0: i32 = NO_CHAR;
let line: u32 = 1;
let col: u32 = 1;

// ---- the current token ----

let tok_kind: Tok = Tok.End;
let tok_line: u32 = 1;
let tok_col: u32 = 1;
let err_msg: string = "";
let debug_kind: Tok = Tok.KwTrue;

// ---- buffers ----

let buffers: ref = 0;
let val_buf: ref = 0;
let val_cap: u32 = 0;
let val_len: u32 = 0;
let fld_buf: ref = 0;
let fld_cap: u32 = 0;
let fld_len: u32 = 0;
let out_of_memory: bool = false;

// ---- logical lines ----

const indents = new Uint32Array(MAX_INDENT);
let indent_count: u32 = 1;
/** INDENT (> 0) or DEDENT (< 0) tokens still to emit. */
let emit_dent: i32 = 0;
let first_token: bool = true;
/** The last thing skipped was a backslash continuation (at cont_line:cont_col). */
let after_cont: bool = false;
let cont_line: u32 = 0;
let cont_col: u32 = 0;
/** An error found with the NEWLINE before it, emitted after it. Tok.End: none. */
let pending_kind: Tok = Tok.End;
let pending_line: u32 = 0;
let pending_col: u32 = 0;
let pending_msg: string = "";

// ---- open brackets ----

const br_char = new Uint8Array(MAX_NEST);
const br_line = new Uint32Array(MAX_NEST);
const br_col = new Uint32Array(MAX_NEST);
let br_depth: u32 = 0;

// ---- string literals (one concatenation of pieces at a time) ----

let piece_quote: i32 = 0;
let piece_triple: bool = false;
let piece_raw: bool = false;
let piece_bytes: bool = false;
let piece_line: u32 = 0;
let piece_col: u32 = 0;
/** The value is a str.format string: literal braces are doubled. */
let brace_mode: bool = false;
/** The first error inside the literal (Tok.End: none), reported once its end is known. */
let str_err: Tok = Tok.End;
let str_err_msg: string = "";
let str_err_at_piece: bool = false;
let str_err_line: u32 = 0;
let str_err_col: u32 = 0;
/** Brackets of the f-string expression being scanned. */
const fs_brackets = new Uint8Array(MAX_NEST);

// ---- f-string rewriting: f"a{x!r:>4}" is the string "a{!r:>4}", then .format((x),) ----

const enum Inject {
  Period,
  Format,
  Open,
  Field,
  Expr,
  Comma,
}

const fs_phase = new Uint8Array(MAX_FSTRING_DEPTH);
const fs_first = new Uint32Array(MAX_FSTRING_DEPTH);
const fs_next = new Uint32Array(MAX_FSTRING_DEPTH);
const fs_end = new Uint32Array(MAX_FSTRING_DEPTH);
const fs_tok_line = new Uint32Array(MAX_FSTRING_DEPTH);
const fs_tok_col = new Uint32Array(MAX_FSTRING_DEPTH);
const fs_pos = new Uint32Array(MAX_FSTRING_DEPTH);
const fs_lim = new Uint32Array(MAX_FSTRING_DEPTH);
const fs_virt = new Uint8Array(MAX_FSTRING_DEPTH);
const fs_line = new Uint32Array(MAX_FSTRING_DEPTH);
const fs_col = new Uint32Array(MAX_FSTRING_DEPTH);
let fs_depth: u32 = 0;

// ---- the interface ----

/**
 * Start lexing len bytes of source at src (which must stay alive until lexer_free) and load
 * the first token. Allocates the value buffer; on failure the token is ErrorMemory.
 */
export function lexer_init(src: u32, len: u32): void {
  pos = src;
  lim = (src + len) >>> 0;
  virt_nl = len > 0 && load_u8((lim - 1) >>> 0) !== CH_NL && load_u8((lim - 1) >>> 0) !== CH_CR;
  // A UTF-8 byte order mark is not part of the program (CPython skips it too).
  if (len >= 3 && load_u8(src) === 0xef && load_u8((src + 1) >>> 0) === 0xbb && load_u8((src + 2) >>> 0) === 0xbf) {
    pos = (src + 3) >>> 0;
  }
  line = 1;
  col = 1;
  c0 = peek_at(pos);
  tok_kind = Tok.End;
  tok_line = 1;
  tok_col = 1;
  err_msg = "";
  indents[0] = 0;
  indent_count = 1;
  emit_dent = 0;
  first_token = true;
  after_cont = false;
  pending_kind = Tok.End;
  br_depth = 0;
  fs_depth = 0;
  fld_len = 0;
  val_len = 0;
  out_of_memory = false;
  if (!alloc_buffers()) {
    memory_error();
    return;
  }
  lexer_next();
}

/** Let the collector have the buffers (after the last token is used). */
export function lexer_free(): void {
  root_set(Root.LexValue, 0);
  buffers = 0;
  val_buf = 0;
  val_cap = 0;
  val_len = 0;
  fld_buf = 0;
  fld_cap = 0;
  fld_len = 0;
}

/** __debug__ is True, or False from optimisation level 1 (MicroPython's mp_optimise_value). */
export function lexer_set_optimise(level: u32): void {
  debug_kind = level === 0 ? Tok.KwTrue : Tok.KwFalse;
}

export function lex_kind(): Tok {
  return tok_kind;
}

export function lex_line(): u32 {
  return tok_line;
}

export function lex_col(): u32 {
  return tok_col;
}

/** Address of the token's text (names, numbers) or decoded value (strings, bytes). */
export function lex_value(): u32 {
  return val_buf;
}

export function lex_value_len(): u32 {
  return val_len;
}

/** The message of an error token. */
export function lex_error(): string {
  return err_msg;
}

/** True for the error kinds (lexing is over: the caller raises). */
export function lex_is_error(k: Tok): bool {
  return k >= Tok.ErrorInvalid && k <= Tok.ErrorMemory;
}

/** Move to the next token. */
export function lexer_next(): void {
  if (lex_is_error(tok_kind)) return;
  if (pending_kind !== Tok.End) {
    set_error(pending_kind, pending_line, pending_col, pending_msg);
    pending_kind = Tok.End;
    return;
  }
  val_len = 0;
  if (fs_depth > 0 && inject_next()) return;
  const had_newline: bool = skip_whitespace(true);
  tok_line = line;
  tok_col = col;
  if (emit_dent < 0) {
    tok_kind = Tok.Dedent;
    emit_dent = (emit_dent + 1) | 0;
  } else if (emit_dent > 0) {
    tok_kind = Tok.Indent;
    emit_dent = (emit_dent - 1) | 0;
  } else if (had_newline) {
    newline_token();
  } else if (c0 === NO_CHAR) {
    end_token();
  } else if (first_token && col !== 1) {
    // The first line is indented: an INDENT, so that the parser reports it (MicroPython
    // turns the token itself into INDENT; CPython's tokenizer emits INDENT before it).
    indents[1] = (col - 1) >>> 0;
    indent_count = 2;
    tok_kind = Tok.Indent;
  } else {
    token();
  }
  first_token = false;
  if (out_of_memory) memory_error();
}

// ---- errors ----

function set_error(kind: Tok, l: u32, c: u32, msg: string): void {
  tok_kind = kind;
  tok_line = l;
  tok_col = c;
  err_msg = msg;
}

/** An error at the current token's start. */
function token_error(msg: string): void {
  set_error(Tok.ErrorInvalid, tok_line, tok_col, msg);
}

function memory_error(): void {
  tok_kind = Tok.ErrorMemory;
  err_msg = "memory allocation failed";
}

// ---- buffers ----

function alloc_buffers(): bool {
  buffers = gc_alloc(LexBuffers.SIZE);
  if (buffers === 0) return false;
  root_set(Root.LexValue, buffers);
  val_buf = gc_alloc(VALUE_INITIAL);
  if (val_buf === 0) return false;
  LexBuffers.value.set(buffers, val_buf);
  val_cap = VALUE_INITIAL;
  fld_buf = 0;
  fld_cap = 0;
  return true;
}

/** Room for n more value bytes; false (and out_of_memory) when the heap has none. */
function val_reserve(n: u32): bool {
  const need: u32 = (val_len + n) >>> 0;
  if (need <= val_cap && need >= val_len) return true;
  if (out_of_memory || val_buf === 0 || need < val_len) {
    out_of_memory = true;
    return false;
  }
  let cap: u32 = val_cap > 0x7fffffff ? need : (val_cap * 2) >>> 0;
  if (cap < need) cap = need;
  const grown: ref = gc_realloc(val_buf, cap);
  if (grown === 0) {
    out_of_memory = true;
    return false;
  }
  val_buf = grown;
  val_cap = cap;
  LexBuffers.value.set(buffers, grown);
  return true;
}

function val_push(b: i32): void {
  if (val_len >= val_cap && !val_reserve(1)) return;
  store_u8((val_buf + val_len) >>> 0, b);
  val_len = (val_len + 1) >>> 0;
}

/** A character of literal text: doubled when it is a brace of a format string. */
function val_push_text(b: i32): void {
  if (brace_mode && (b === CH_LBRACE || b === CH_RBRACE)) val_push(b);
  val_push(b);
}

/** A code point as UTF-8 (lone surrogates too, as MicroPython's vstr_add_char). */
function val_push_utf8(cp: i32): void {
  if (cp < 0x80) {
    val_push_text(cp);
  } else if (cp < 0x800) {
    val_push(0xc0 | (cp >>> 6));
    val_push(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    val_push(0xe0 | (cp >>> 12));
    val_push(0x80 | ((cp >>> 6) & 0x3f));
    val_push(0x80 | (cp & 0x3f));
  } else {
    val_push(0xf0 | ((cp >>> 18) & 7));
    val_push(0x80 | ((cp >>> 12) & 0x3f));
    val_push(0x80 | ((cp >>> 6) & 0x3f));
    val_push(0x80 | (cp & 0x3f));
  }
}

/** The current character into the value, and on to the next. */
function take(): void {
  val_push(c0);
  advance();
}

/** Double every brace of the value so far: it becomes a format string. */
function val_double_braces(): void {
  let braces: u32 = 0;
  for (let i: u32 = 0; i < val_len; i++) {
    const b: i32 = load_u8((val_buf + i) >>> 0);
    if (b === CH_LBRACE || b === CH_RBRACE) braces = (braces + 1) >>> 0;
  }
  if (braces === 0 || !val_reserve(braces)) return;
  // From the end, so that nothing is overwritten before it moves.
  let to: u32 = (val_len + braces) >>> 0;
  for (let i: u32 = val_len; i > 0; i--) {
    const b: i32 = load_u8((val_buf + i - 1) >>> 0);
    to = (to - 1) >>> 0;
    store_u8((val_buf + to) >>> 0, b);
    if (b === CH_LBRACE || b === CH_RBRACE) {
      to = (to - 1) >>> 0;
      store_u8((val_buf + to) >>> 0, b);
    }
  }
  val_len = (val_len + braces) >>> 0;
}

/** The reverse, for an f-string without fields: "{{" and "}}" become single braces. */
function val_undouble_braces(): void {
  let to: u32 = 0;
  let i: u32 = 0;
  while (i < val_len) {
    const b: i32 = load_u8((val_buf + i) >>> 0);
    store_u8((val_buf + to) >>> 0, b);
    to = (to + 1) >>> 0;
    i = (i + (b === CH_LBRACE || b === CH_RBRACE ? 2 : 1)) >>> 0;
  }
  val_len = to;
}

function add_field(start: u32, end: u32, l: u32, c: u32): void {
  if (fld_len >= fld_cap) {
    const cap: u32 = fld_cap === 0 ? 4 : (fld_cap * 2) >>> 0;
    const grown: ref = out_of_memory ? 0 : gc_realloc(fld_buf, Math.imul(cap, FstrField.SIZE) >>> 0);
    if (grown === 0) {
      out_of_memory = true;
      return;
    }
    fld_buf = grown;
    fld_cap = cap;
    LexBuffers.fields.set(buffers, grown);
  }
  const f: ref = (fld_buf + Math.imul(fld_len, FstrField.SIZE)) >>> 0;
  FstrField.start.set(f, start);
  FstrField.end.set(f, end);
  FstrField.line.set(f, l);
  FstrField.col.set(f, c);
  fld_len = (fld_len + 1) >>> 0;
}

// ---- the character stream ----

function peek_at(p: u32): i32 {
  if (p < lim) {
    const b: i32 = load_u8(p);
    return b === CH_CR ? CH_NL : b;
  }
  return p === lim && virt_nl ? CH_NL : NO_CHAR;
}

function peek1(): i32 {
  return peek_at((pos + 1) >>> 0);
}

function peek2(): i32 {
  return peek_at((pos + 2) >>> 0);
}

function advance(): void {
  const c: i32 = c0;
  if (c === CH_NL) {
    line = (line + 1) >>> 0;
    col = 1;
    const crlf: bool = pos < lim && load_u8(pos) === CH_CR && ((pos + 1) >>> 0) < lim && load_u8((pos + 1) >>> 0) === CH_NL;
    pos = (pos + (crlf ? 2 : 1)) >>> 0;
  } else if (c === CH_TAB) {
    col = ((((col + TAB_SIZE - 1) >>> 0) & ~(TAB_SIZE - 1)) + 1) >>> 0;
    pos = (pos + 1) >>> 0;
  } else if (c === NO_CHAR) {
    return;
  } else {
    if ((c & 0xc0) !== 0x80) col = (col + 1) >>> 0;
    pos = (pos + 1) >>> 0;
  }
  c0 = peek_at(pos);
}

function is_digit(c: i32): bool {
  return c >= CH_ZERO && c <= 57;
}

function is_letter(c: i32): bool {
  const l: i32 = c | 0x20;
  return l >= 97 && l <= 122;
}

/** MicroPython takes any byte with the high bit set as part of a (UTF-8) name. */
function is_name_head(c: i32): bool {
  return is_letter(c) || c === CH_UNDERSCORE || c >= 0x80;
}

function is_name_tail(c: i32): bool {
  return is_name_head(c) || is_digit(c);
}

function is_quote(c: i32): bool {
  return c === CH_SQUOTE || c === CH_DQUOTE;
}

/**
 * Skip spaces, comments, backslash continuations and (inside brackets, or unless
 * stop_at_newline) newlines. True when it stopped at a newline that ends a logical line.
 */
function skip_whitespace(stop_at_newline: bool): bool {
  while (c0 !== NO_CHAR) {
    const c: i32 = c0;
    if (c === CH_NL) {
      if (stop_at_newline && br_depth === 0) return true;
      after_cont = false;
      advance();
    } else if (c === CH_SPACE || c === CH_TAB || c === 11 || c === 12) {
      after_cont = false;
      advance();
    } else if (c === CH_HASH) {
      after_cont = false;
      while (c0 !== NO_CHAR && c0 !== CH_NL) advance();
    } else if (c === CH_BACKSLASH && peek1() === CH_NL) {
      after_cont = true;
      cont_line = line;
      cont_col = col;
      advance();
      advance();
    } else {
      break;
    }
  }
  return false;
}

// ---- logical lines ----

function newline_token(): void {
  skip_whitespace(false);
  tok_kind = Tok.Newline;
  const indent: u32 = (col - 1) >>> 0;
  const top: u32 = indents[(indent_count - 1) >>> 0]!;
  if (indent > top) {
    if (indent_count >= MAX_INDENT) {
      pend(Tok.ErrorIndentDepth, line, 1, "too many levels of indentation");
      return;
    }
    indents[indent_count] = indent;
    indent_count = (indent_count + 1) >>> 0;
    emit_dent = 1;
  } else if (indent < top) {
    let dedents: i32 = 0;
    while (indent_count > 1 && indent < indents[(indent_count - 1) >>> 0]!) {
      indent_count = (indent_count - 1) >>> 0;
      dedents = (dedents - 1) | 0;
    }
    emit_dent = dedents;
    if (indent !== indents[(indent_count - 1) >>> 0]!) {
      emit_dent = 0;
      // Where CPython reports it: one past the line's first character.
      pend(Tok.ErrorDedentMismatch, line, (col + 1) >>> 0, "unindent does not match any outer indentation level");
    }
  }
}

function pend(kind: Tok, l: u32, c: u32, msg: string): void {
  pending_kind = kind;
  pending_line = l;
  pending_col = c;
  pending_msg = msg;
}

function end_token(): void {
  if (after_cont) {
    set_error(Tok.ErrorInvalid, cont_line, (cont_col + 1) >>> 0, "unexpected EOF while parsing");
  } else if (br_depth > 0) {
    const d: u32 = (br_depth - 1) >>> 0;
    set_error(Tok.ErrorInvalid, br_line[d]!, br_col[d]!, never_closed_msg(br_char[d]!));
  } else {
    tok_kind = Tok.End;
  }
}

// ---- tokens ----

function token(): void {
  const c: i32 = c0;
  after_cont = false;
  if (is_string_start()) {
    string_token();
  } else if (is_name_head(c)) {
    name_token();
  } else if (is_digit(c) || (c === CH_DOT && is_digit(peek1()))) {
    number_token();
  } else {
    advance();
    operator_token(c);
  }
}

function name_token(): void {
  const start: u32 = pos;
  advance();
  while (is_name_tail(c0)) advance();
  const n: u32 = (pos - start) >>> 0;
  if (!val_reserve(n)) return;
  mem_copy(val_buf, start, n);
  val_len = n;
  tok_kind = keyword_kind();
}

function keyword_kind(): Tok {
  const n: u32 = val_len;
  if (n < 2 || n > 9) return Tok.Name;
  const first: i32 = load_u8(val_buf);
  for (let i: u32 = 0; i < KEYWORDS.length; i++) {
    const k: string = KEYWORDS[i]!;
    if (k.length === n && k.charCodeAt(0) === first && value_is(k)) {
      return i === 3 ? debug_kind : KEYWORD_TOKS[i]!;
    }
  }
  return Tok.Name;
}

function value_is(s: string): bool {
  for (let i: u32 = 1; i < s.length; i++) {
    if (load_u8((val_buf + i) >>> 0) !== s.charCodeAt(i)) return false;
  }
  return true;
}

/** c0 is '=': take it, giving with_eq; else plain. */
function or_equal(plain: Tok, with_eq: Tok): Tok {
  if (c0 !== CH_EQUAL) return plain;
  advance();
  return with_eq;
}

/** < <= << <<= and the like: c, c=, cc, cc= (the first c is taken). */
function doubled(c: i32, single: Tok, single_eq: Tok, dbl: Tok, dbl_eq: Tok): Tok {
  if (c0 !== c) return or_equal(single, single_eq);
  advance();
  return or_equal(dbl, dbl_eq);
}

/** Operators and delimiters; c, their first character, is already taken. */
function operator_token(c: i32): void {
  switch (c) {
    case 40: open_bracket(Tok.DelParenOpen, c); break;
    case 41: close_bracket(Tok.DelParenClose, c); break;
    case 91: open_bracket(Tok.DelBracketOpen, c); break;
    case 93: close_bracket(Tok.DelBracketClose, c); break;
    case CH_LBRACE: open_bracket(Tok.DelBraceOpen, c); break;
    case CH_RBRACE: close_bracket(Tok.DelBraceClose, c); break;
    case 44: tok_kind = Tok.DelComma; break;
    case 59: tok_kind = Tok.DelSemicolon; break;
    case 126: tok_kind = Tok.OpTilde; break;
    case CH_COLON: tok_kind = or_equal(Tok.DelColon, Tok.OpAssign); break;
    case 43: tok_kind = or_equal(Tok.OpPlus, Tok.DelPlusEqual); break;
    case 38: tok_kind = or_equal(Tok.OpAmpersand, Tok.DelAmpersandEqual); break;
    case 124: tok_kind = or_equal(Tok.OpPipe, Tok.DelPipeEqual); break;
    case 37: tok_kind = or_equal(Tok.OpPercent, Tok.DelPercentEqual); break;
    case 94: tok_kind = or_equal(Tok.OpCaret, Tok.DelCaretEqual); break;
    case 64: tok_kind = or_equal(Tok.OpAt, Tok.DelAtEqual); break;
    case CH_EQUAL: tok_kind = or_equal(Tok.DelEqual, Tok.OpDblEqual); break;
    case 60: tok_kind = doubled(60, Tok.OpLess, Tok.OpLessEqual, Tok.OpDblLess, Tok.DelDblLessEqual); break;
    case 62: tok_kind = doubled(62, Tok.OpMore, Tok.OpMoreEqual, Tok.OpDblMore, Tok.DelDblMoreEqual); break;
    case 42: tok_kind = doubled(42, Tok.OpStar, Tok.DelStarEqual, Tok.OpDblStar, Tok.DelDblStarEqual); break;
    case 47: tok_kind = doubled(47, Tok.OpSlash, Tok.DelSlashEqual, Tok.OpDblSlash, Tok.DelDblSlashEqual); break;
    case 45:
      if (c0 === 62) {
        advance();
        tok_kind = Tok.DelMinusMore;
      } else {
        tok_kind = or_equal(Tok.OpMinus, Tok.DelMinusEqual);
      }
      break;
    case CH_BANG:
      if (c0 === CH_EQUAL) {
        advance();
        tok_kind = Tok.OpNotEqual;
      } else {
        token_error("invalid syntax");
      }
      break;
    case CH_DOT:
      if (c0 === CH_DOT && peek1() === CH_DOT) {
        advance();
        advance();
        tok_kind = Tok.Ellipsis;
      } else {
        tok_kind = Tok.DelPeriod;
      }
      break;
    case CH_BACKSLASH:
      // Not followed by a newline (skip_whitespace takes those): CPython points past it.
      set_error(Tok.ErrorInvalid, tok_line, (tok_col + 1) >>> 0, "unexpected character after line continuation character");
      break;
    case 0:
      token_error("source code cannot contain null bytes");
      break;
    default:
      token_error(c < CH_SPACE || c === 127 ? "invalid non-printable character" : "invalid syntax");
      break;
  }
}

// ---- brackets ----

function open_bracket(kind: Tok, c: i32): void {
  if (br_depth >= MAX_NEST) {
    token_error("too many nested parentheses");
    return;
  }
  br_char[br_depth] = c;
  br_line[br_depth] = tok_line;
  br_col[br_depth] = tok_col;
  br_depth = (br_depth + 1) >>> 0;
  tok_kind = kind;
}

function close_bracket(kind: Tok, c: i32): void {
  if (br_depth === 0) {
    token_error(unmatched_msg(c));
    return;
  }
  const open: i32 = br_char[(br_depth - 1) >>> 0]!;
  if (closer_of(open) !== c) {
    token_error(mismatch_msg(open, c));
    return;
  }
  br_depth = (br_depth - 1) >>> 0;
  tok_kind = kind;
}

function closer_of(open: i32): i32 {
  return open === 40 ? 41 : (open + 2) | 0;
}

/** 0, 1, 2 for ( [ { or ) ] }. */
function bracket_index(c: i32): u32 {
  if (c === 40 || c === 41) return 0;
  return c === 91 || c === 93 ? 1 : 2;
}

const UNMATCHED: readonly string[] = ["unmatched ')'", "unmatched ']'", "unmatched '}'"];
const NEVER_CLOSED: readonly string[] = ["'(' was never closed", "'[' was never closed", "'{' was never closed"];
/** Indexed by open * 3 + close. */
const MISMATCH: readonly string[] = [
  "", "closing parenthesis ']' does not match opening parenthesis '('", "closing parenthesis '}' does not match opening parenthesis '('",
  "closing parenthesis ')' does not match opening parenthesis '['", "", "closing parenthesis '}' does not match opening parenthesis '['",
  "closing parenthesis ')' does not match opening parenthesis '{'", "closing parenthesis ']' does not match opening parenthesis '{'", "",
];
const FS_UNMATCHED: readonly string[] = ["f-string: unmatched ')'", "f-string: unmatched ']'", "f-string: unmatched '}'"];
const FS_UNCLOSED: readonly string[] = ["f-string: unmatched '('", "f-string: unmatched '['", "f-string: unmatched '{'"];
const FS_MISMATCH: readonly string[] = [
  "", "f-string: closing parenthesis ']' does not match opening parenthesis '('", "f-string: closing parenthesis '}' does not match opening parenthesis '('",
  "f-string: closing parenthesis ')' does not match opening parenthesis '['", "", "f-string: closing parenthesis '}' does not match opening parenthesis '['",
  "f-string: closing parenthesis ')' does not match opening parenthesis '{'", "f-string: closing parenthesis ']' does not match opening parenthesis '{'", "",
];

function unmatched_msg(c: i32): string {
  return UNMATCHED[bracket_index(c)]!;
}

function never_closed_msg(c: i32): string {
  return NEVER_CLOSED[bracket_index(c)]!;
}

function mismatch_msg(open: i32, close: i32): string {
  return MISMATCH[(bracket_index(open) * 3 + bracket_index(close)) >>> 0]!;
}

// ---- numbers: CPython's rules and error positions, MicroPython's token text ----

/** A number error where CPython reports it: at_col is a 1-based column on this line. */
function number_error(msg: string, at_col: u32): void {
  set_error(Tok.ErrorInvalid, line, at_col, msg);
}

function number_token(): void {
  tok_kind = Tok.Integer;
  if (c0 === CH_DOT) {
    number_fraction();
    return;
  }
  if (c0 === CH_ZERO) {
    const b: i32 = peek1() | 0x20;
    if (b === 120) {
      number_radix(16, "invalid hexadecimal literal");
    } else if (b === 111) {
      number_radix(8, "invalid octal literal");
    } else if (b === 98) {
      number_radix(2, "invalid binary literal");
    } else {
      number_zero();
    }
    return;
  }
  if (digits()) number_fraction();
}

/** Digits with single underscores between them (c0 is a digit). */
function digits(): bool {
  while (true) {
    while (is_digit(c0)) take();
    if (c0 !== CH_UNDERSCORE) return true;
    if (!is_digit(peek1())) {
      number_error("invalid decimal literal", col);
      return false;
    }
    advance();
  }
}

/** After the integer part: an optional fraction, exponent and j. */
function number_fraction(): void {
  if (c0 === CH_DOT) {
    tok_kind = Tok.Float;
    take();
    if (is_digit(c0) && !digits()) return;
  }
  if ((c0 | 0x20) === 101 && !number_exponent()) return;
  if ((c0 | 0x20) === 106) {
    tok_kind = Tok.Float;
    take();
    number_end("invalid imaginary literal");
    return;
  }
  number_end("invalid decimal literal");
}

/** c0 is e or E. False after an error. "1else" leaves the e to the name that follows. */
function number_exponent(): bool {
  const e_col: u32 = col;
  const c1: i32 = peek1();
  if (c1 === 43 || c1 === 45) {
    if (!is_digit(peek2())) {
      number_error("invalid decimal literal", (e_col + 1) >>> 0);
      return false;
    }
    tok_kind = Tok.Float;
    val_push(101);
    advance();
    take();
  } else if (is_digit(c1)) {
    tok_kind = Tok.Float;
    val_push(101);
    advance();
  } else {
    if (keyword_follows()) return true;
    number_error("invalid decimal literal", (e_col - 1) >>> 0);
    return false;
  }
  return digits();
}

/** Numbers that start with 0 and no base letter: 0, 00, 0.5, 0e1, 0j (0777 is an error). */
function number_zero(): void {
  take();
  while (true) {
    if (c0 === CH_UNDERSCORE) {
      if (!is_digit(peek1())) {
        number_error("invalid decimal literal", col);
        return;
      }
      advance();
    }
    if (c0 !== CH_ZERO) break;
    take();
  }
  let nonzero: bool = false;
  if (is_digit(c0)) {
    nonzero = true;
    if (!digits()) return;
  }
  const l: i32 = c0 | 0x20;
  if (c0 === CH_DOT || l === 101 || l === 106) {
    number_fraction();
  } else if (nonzero) {
    number_error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", tok_col);
  } else {
    number_end("invalid decimal literal");
  }
}

function radix_digit(c: i32, base: u32): bool {
  if (base === 16) return is_digit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
  return c >= CH_ZERO && c < ((CH_ZERO + base) | 0);
}

const BIN_DIGIT: readonly string[] = [
  "invalid digit '2' in binary literal", "invalid digit '3' in binary literal", "invalid digit '4' in binary literal",
  "invalid digit '5' in binary literal", "invalid digit '6' in binary literal", "invalid digit '7' in binary literal",
  "invalid digit '8' in binary literal", "invalid digit '9' in binary literal",
];
const OCT_DIGIT: readonly string[] = ["invalid digit '8' in octal literal", "invalid digit '9' in octal literal"];

function bad_digit_msg(c: i32, base: u32): string {
  return base === 2 ? BIN_DIGIT[(c - 50) & 7]! : OCT_DIGIT[(c - 56) & 1]!;
}

/** 0x, 0o, 0b: the prefix is kept as written, underscores dropped. */
function number_radix(base: u32, invalid: string): void {
  take();
  take();
  do {
    if (c0 === CH_UNDERSCORE) advance();
    if (!radix_digit(c0, base)) {
      if (base < 10 && is_digit(c0)) number_error(bad_digit_msg(c0, base), col);
      else number_error(invalid, (col - 1) >>> 0);
      return;
    }
    while (radix_digit(c0, base)) take();
  } while (c0 === CH_UNDERSCORE);
  if (base < 10 && is_digit(c0)) {
    number_error(bad_digit_msg(c0, base), col);
    return;
  }
  number_end(invalid);
}

/**
 * CPython's verify_end_of_number: a number may run into and, else, for, if, in, is, or,
 * not (1if x else y is valid); another name character right after it is an error.
 */
function number_end(invalid: string): void {
  if (keyword_follows()) return;
  if (is_name_tail(c0)) number_error(invalid, (col - 1) >>> 0);
}

function keyword_follows(): bool {
  const a: i32 = peek1();
  const b: i32 = peek2();
  switch (c0) {
    case 97: return a === 110 && b === 100;
    case 101: return a === 108 && b === 115 && peek_at((pos + 3) >>> 0) === 101;
    case 102: return a === 111 && b === 114;
    case 105: return a === 102 || a === 110 || a === 115;
    case 111: return a === 114;
    case 110: return a === 111 && b === 116;
    default: return false;
  }
}

// ---- string and bytes literals ----

/** At a literal: a quote, or a prefix of r u b f (any case; rb br rf fr) and a quote. */
function is_string_start(): bool {
  const c: i32 = c0;
  if (is_quote(c)) return true;
  const a: i32 = c | 0x20;
  if (a !== 114 && a !== 117 && a !== 98 && a !== 102) return false;
  const c1: i32 = peek1();
  if (is_quote(c1)) return true;
  const b: i32 = c1 | 0x20;
  const pair: bool = (a === 114 && (b === 98 || b === 102)) || ((a === 98 || a === 102) && b === 114);
  return pair && is_quote(peek2());
}

/**
 * The first error inside a literal. Where it is reported is settled at the literal's end: at
 * the piece (at_piece), or where the next token starts.
 */
function string_error(kind: Tok, msg: string, at_piece: bool): void {
  if (str_err !== Tok.End) return;
  str_err = kind;
  str_err_msg = msg;
  str_err_at_piece = at_piece;
  str_err_line = piece_line;
  str_err_col = piece_col;
}

/** Bytes literals are ASCII (escapes aside): CPython reports the piece that is not. */
function bytes_ascii(c: i32): void {
  if (piece_bytes && c >= 0x80) string_error(Tok.ErrorInvalid, "bytes can only contain ASCII literal characters", true);
}

/**
 * Adjacent literals are one token, as in MicroPython: the value is their concatenation. An
 * f-string piece makes the value a format string, and the fields follow as .format(…).
 */
function string_token(): void {
  let kind: Tok = Tok.End;
  const first_field: u32 = fld_len;
  brace_mode = false;
  str_err = Tok.End;
  do {
    piece_line = line;
    piece_col = col;
    piece_raw = false;
    piece_bytes = false;
    let fstr: bool = false;
    while (!is_quote(c0)) {
      const p: i32 = c0 | 0x20;
      if (p === 114) piece_raw = true;
      else if (p === 98) piece_bytes = true;
      else if (p === 102) fstr = true;
      advance();
    }
    if (fstr && !brace_mode) {
      brace_mode = true;
      val_double_braces();
    }
    if (!string_piece(fstr)) {
      set_error(Tok.ErrorUnterminated, piece_line, piece_col,
        piece_triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
      return;
    }
    const piece_kind: Tok = piece_bytes ? Tok.Bytes : Tok.String;
    if (kind === Tok.End) kind = piece_kind;
    else if (kind !== piece_kind) string_error(Tok.ErrorInvalid, "cannot mix bytes and nonbytes literals", false);
    skip_whitespace(true);
  } while (is_string_start());
  if (str_err !== Tok.End) {
    // CPython finds these when it parses the literal: at the token after it.
    set_error(str_err, str_err_at_piece ? str_err_line : line, str_err_at_piece ? str_err_col : col, str_err_msg);
    return;
  }
  tok_kind = kind;
  if (brace_mode) {
    if (fld_len === first_field) val_undouble_braces();
    else fstring_push(first_field);
  }
}

function at_piece_close(): bool {
  const q: i32 = piece_quote;
  return c0 === q && (!piece_triple || (peek1() === q && peek2() === q));
}

/** The piece cannot go on: its end is missing. */
function at_piece_break(): bool {
  return c0 === NO_CHAR || (c0 === CH_NL && !piece_triple);
}

/**
 * One literal from its opening quote to after its closing quote, decoded into the value.
 * False when it is not closed. After an error, the rest is only skipped, by the plain
 * rules (a backslash escapes the next character) that find where the literal ends.
 */
function string_piece(fstr: bool): bool {
  piece_quote = c0;
  advance();
  piece_triple = c0 === piece_quote && peek1() === piece_quote;
  if (piece_triple) {
    advance();
    advance();
  }
  while (true) {
    const c: i32 = c0;
    if (at_piece_break()) return false;
    if (at_piece_close()) break;
    if (str_err !== Tok.End) {
      if (c === CH_BACKSLASH) advance();
      if (!at_piece_break()) advance();
    } else if (fstr && (c === CH_LBRACE || c === CH_RBRACE)) {
      fstring_brace();
    } else if (c === CH_BACKSLASH) {
      string_escape(fstr);
    } else {
      bytes_ascii(c);
      val_push_text(c);
      advance();
    }
  }
  advance();
  if (piece_triple) {
    advance();
    advance();
  }
  return true;
}

function hex_value(c: i32): i32 {
  if (is_digit(c)) return (c - CH_ZERO) | 0;
  const l: i32 = c | 0x20;
  return l >= 97 && l <= 102 ? (l - 87) | 0 : -1;
}

/** n hex digits (2, 4 or 8) as a code point; -1 when they are not all there. */
function hex_escape(n: u32): i32 {
  let v: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const d: i32 = hex_value(c0);
    if (d < 0) return -1;
    v = ((v << 4) | d) >>> 0;
    advance();
  }
  return Math.min(v, 0x110000);
}

/** A backslash: MicroPython's escapes, CPython's errors; unknown escapes stay verbatim. */
function string_escape(fstr: bool): void {
  advance();
  const c: i32 = c0;
  if (fstr && (c === CH_LBRACE || c === CH_RBRACE)) {
    // "\{" keeps its backslash and the brace opens a field, as in CPython.
    val_push(CH_BACKSLASH);
    return;
  }
  if (piece_raw) {
    // A raw backslash keeps the next character, even a quote or a newline.
    val_push(CH_BACKSLASH);
    if (c === NO_CHAR) return;
    bytes_ascii(c);
    val_push_text(c);
    advance();
    return;
  }
  if (c === NO_CHAR) return;
  advance();
  switch (c) {
    case CH_NL: return;
    case 97: escaped(7); return;
    case 98: escaped(8); return;
    case 116: escaped(9); return;
    case 110: escaped(10); return;
    case 118: escaped(11); return;
    case 102: escaped(12); return;
    case 114: escaped(13); return;
    case 120: hex_escaped(2, piece_bytes ? "(value error) invalid \\x escape" : "(unicode error) truncated \\xXX escape"); return;
    case 117: if (piece_bytes) unknown_escape(c); else hex_escaped(4, "(unicode error) truncated \\uXXXX escape"); return;
    case 85: if (piece_bytes) unknown_escape(c); else hex_escaped(8, "(unicode error) truncated \\UXXXXXXXX escape"); return;
    case 78:
      if (piece_bytes) unknown_escape(c);
      else string_error(Tok.ErrorUnicodeName, "unicode name escapes", false);
      return;
    default:
      if (c >= CH_ZERO && c <= 55) octal_escape(c);
      else if (c === CH_BACKSLASH || c === CH_SQUOTE || c === CH_DQUOTE) escaped(c);
      else unknown_escape(c);
      return;
  }
}

function escaped(v: i32): void {
  if (piece_bytes) val_push(v);
  else val_push_utf8(v);
}

function unknown_escape(c: i32): void {
  val_push(CH_BACKSLASH);
  bytes_ascii(c);
  val_push_text(c);
}

function hex_escaped(n: u32, truncated: string): void {
  const v: i32 = hex_escape(n);
  if (v < 0) {
    string_error(Tok.ErrorInvalid, truncated, false);
  } else if (!piece_bytes && v >= 0x110000) {
    string_error(Tok.ErrorInvalid, "(unicode error) illegal Unicode character", false);
  } else {
    escaped(v);
  }
}

/** \0 to \777 (c, the first digit, is taken). In bytes the value keeps its low 8 bits. */
function octal_escape(c: i32): void {
  let v: i32 = (c - CH_ZERO) | 0;
  for (let i: u32 = 0; i < 2; i++) {
    if (c0 < CH_ZERO || c0 > 55) break;
    v = ((v << 3) | (c0 - CH_ZERO)) & 0x1ff;
    advance();
  }
  escaped(piece_bytes ? v & 0xff : v);
}

// ---- f-strings: CPython 3.11's rules for the fields, MicroPython's rewriting ----

function fstring_error(msg: string): void {
  string_error(Tok.ErrorFstring, msg, false);
}

/** A brace in an f-string's literal text: {{, }}, or a replacement field. */
function fstring_brace(): void {
  const c: i32 = c0;
  if (peek1() === c) {
    val_push(c);
    val_push(c);
    advance();
    advance();
  } else if (c === CH_RBRACE) {
    fstring_error("f-string: single '}' is not allowed");
  } else {
    fstring_field(0);
  }
}

/** {expression[=][!conversion][:spec]} into the value as {[!conversion][:spec]}. */
function fstring_field(level: u32): void {
  if (level >= 2) {
    fstring_error("f-string: expressions nested too deeply");
    return;
  }
  advance();
  const start: u32 = pos;
  const start_line: u32 = line;
  const start_col: u32 = col;
  if (!fstring_expression()) return;
  const end: u32 = pos;
  if (blank_source(start, end)) {
    fstring_error("f-string: empty expression not allowed");
    return;
  }
  // f"{x = }" shows the text "x = " before the value.
  const shown: bool = c0 === CH_EQUAL;
  if (shown) {
    advance();
    while (c0 === CH_SPACE || c0 === CH_TAB || c0 === CH_NL || c0 === 11 || c0 === 12) advance();
  }
  const text_end: u32 = pos;
  let conversion: i32 = 0;
  if (c0 === CH_BANG) {
    advance();
    conversion = c0;
    if (conversion !== 115 && conversion !== 114 && conversion !== 97) {
      fstring_error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return;
    }
    advance();
  }
  // f"{x=}" shows repr(x) unless a conversion or a spec says otherwise.
  if (shown && conversion === 0 && c0 !== CH_COLON) conversion = 114;
  if (shown) val_push_source(start, text_end);
  val_push(CH_LBRACE);
  if (conversion !== 0) {
    val_push(CH_BANG);
    val_push(conversion);
  }
  add_field(start, end, start_line, start_col);
  if (c0 === CH_COLON) {
    take();
    if (!fstring_spec(level)) return;
  }
  if (c0 !== CH_RBRACE) {
    fstring_error("f-string: expecting '}'");
    return;
  }
  take();
}

/** A format spec, up to its closing brace; it may hold fields of its own. */
function fstring_spec(level: u32): bool {
  while (c0 !== CH_RBRACE) {
    if (at_piece_close() || at_piece_break()) {
      fstring_error("f-string: expecting '}'");
      return false;
    }
    if (c0 === CH_LBRACE) {
      fstring_field((level + 1) >>> 0);
      if (str_err !== Tok.End) return false;
    } else if (c0 === CH_BACKSLASH) {
      string_escape(true);
      if (str_err !== Tok.End) return false;
    } else {
      take();
    }
  }
  return true;
}

/**
 * Find the end of a field's expression: the first ! : = } outside brackets and strings
 * (not != == <= >=). The expression itself is lexed later, when .format( is injected.
 */
function fstring_expression(): bool {
  let depth: u32 = 0;
  while (true) {
    const c: i32 = c0;
    if (at_piece_close() || at_piece_break()) {
      fstring_error(depth > 0 ? FS_UNCLOSED[bracket_index(fs_brackets[(depth - 1) >>> 0]!)]! : "f-string: expecting '}'");
      return false;
    }
    if (c === CH_BACKSLASH) {
      fstring_error("f-string expression part cannot include a backslash");
      return false;
    }
    if (c === CH_HASH) {
      fstring_error("f-string expression part cannot include '#'");
      return false;
    }
    if (is_quote(c)) {
      if (!fstring_skip_string()) return false;
    } else if (c === 40 || c === 91 || c === CH_LBRACE) {
      if (depth >= MAX_NEST) {
        fstring_error("f-string: too many nested parenthesis");
        return false;
      }
      fs_brackets[depth] = c;
      depth = (depth + 1) >>> 0;
      advance();
    } else if (c === 41 || c === 93 || c === CH_RBRACE) {
      if (depth === 0) {
        if (c === CH_RBRACE) return true;
        fstring_error(FS_UNMATCHED[bracket_index(c)]!);
        return false;
      }
      depth = (depth - 1) >>> 0;
      const open: i32 = fs_brackets[depth]!;
      if (closer_of(open) !== c) {
        fstring_error(FS_MISMATCH[(bracket_index(open) * 3 + bracket_index(c)) >>> 0]!);
        return false;
      }
      advance();
    } else if (depth === 0 && (c === CH_BANG || c === CH_COLON || c === CH_EQUAL || c === 60 || c === 62)) {
      if (c !== CH_COLON && peek1() === CH_EQUAL) {
        advance();
        advance();
      } else if (c === 60 || c === 62) {
        advance();
      } else {
        return true;
      }
    } else {
      advance();
    }
  }
}

/** A string literal inside an f-string expression (it cannot contain a backslash). */
function fstring_skip_string(): bool {
  const q: i32 = c0;
  advance();
  const triple: bool = c0 === q && peek1() === q;
  if (triple) {
    advance();
    advance();
  }
  while (true) {
    if (at_piece_close() || at_piece_break() || (c0 === CH_NL && !triple)) {
      fstring_error("f-string: unterminated string");
      return false;
    }
    if (c0 === CH_BACKSLASH) {
      fstring_error("f-string expression part cannot include a backslash");
      return false;
    }
    if (c0 === q && (!triple || (peek1() === q && peek2() === q))) break;
    advance();
  }
  advance();
  if (triple) {
    advance();
    advance();
  }
  return true;
}

function blank_source(start: u32, end: u32): bool {
  for (let p: u32 = start; p < end; p++) {
    const b: i32 = load_u8(p);
    if (b !== CH_SPACE && b !== CH_TAB && b !== CH_NL && b !== CH_CR && b !== 11 && b !== 12) return false;
  }
  return true;
}

/** Source text (f"{x=}"'s "x=") into the format string, newlines as '\n'. */
function val_push_source(start: u32, end: u32): void {
  for (let p: u32 = start; p < end; p++) {
    const b: i32 = load_u8(p);
    if (b !== CH_CR) {
      val_push_text(b);
    } else if (((p + 1) >>> 0) >= end || load_u8((p + 1) >>> 0) !== CH_NL) {
      val_push(CH_NL);
    }
  }
}

// ---- f-strings: the injected .format((expr), …) ----

/** After an f-string's STRING token: its fields [first, fld_len) are injected next. */
function fstring_push(first: u32): void {
  if (fs_depth >= MAX_FSTRING_DEPTH) {
    set_error(Tok.ErrorFstring, tok_line, tok_col, "f-string: expressions nested too deeply");
    return;
  }
  const d: u32 = fs_depth;
  fs_phase[d] = Inject.Period;
  fs_first[d] = first;
  fs_next[d] = first;
  fs_end[d] = fld_len;
  fs_tok_line[d] = tok_line;
  fs_tok_col[d] = tok_col;
  fs_pos[d] = pos;
  fs_lim[d] = lim;
  fs_virt[d] = virt_nl ? 1 : 0;
  fs_line[d] = line;
  fs_col[d] = col;
  fs_depth = (fs_depth + 1) >>> 0;
}

/** A token the rewriting makes: at the f-string's start unless said otherwise. */
function synth(kind: Tok, l: u32, c: u32): void {
  tok_kind = kind;
  tok_line = l;
  tok_col = c;
}

/**
 * The next injected token, or false when the next token is one of a field's expression,
 * lexed from the source as usual (each expression is in its own parentheses, so its
 * newlines join lines).
 */
function inject_next(): bool {
  const d: u32 = (fs_depth - 1) >>> 0;
  const at_line: u32 = fs_tok_line[d]!;
  const at_col: u32 = fs_tok_col[d]!;
  switch (fs_phase[d]!) {
    case Inject.Period:
      synth(Tok.DelPeriod, at_line, at_col);
      fs_phase[d] = Inject.Format;
      return true;
    case Inject.Format:
      synth(Tok.Name, at_line, at_col);
      inject_name();
      fs_phase[d] = Inject.Open;
      return true;
    case Inject.Open:
      synth(Tok.DelParenOpen, at_line, at_col);
      open_bracket(Tok.DelParenOpen, 40);
      fs_phase[d] = Inject.Field;
      return true;
    case Inject.Field:
      if (fs_next[d]! < fs_end[d]!) {
        inject_field(fs_next[d]!);
        fs_phase[d] = Inject.Expr;
      } else {
        inject_done(d);
      }
      return true;
    case Inject.Expr:
      skip_whitespace(true);
      if (c0 !== NO_CHAR) return false;
      synth(Tok.DelParenClose, line, col);
      close_bracket(Tok.DelParenClose, 41);
      fs_phase[d] = Inject.Comma;
      return true;
    default:
      synth(Tok.DelComma, line, col);
      fs_next[d] = (fs_next[d]! + 1) >>> 0;
      fs_phase[d] = Inject.Field;
      return true;
  }
}

function inject_name(): void {
  const name: string = "format";
  if (!val_reserve(name.length)) return;
  for (let i: u32 = 0; i < name.length; i++) store_u8((val_buf + i) >>> 0, name.charCodeAt(i));
  val_len = name.length;
}

/** Read field i's expression next; the token is its opening parenthesis, at the '{'. */
function inject_field(i: u32): void {
  const f: ref = (fld_buf + Math.imul(i, FstrField.SIZE)) >>> 0;
  pos = FstrField.start.get(f);
  lim = FstrField.end.get(f);
  virt_nl = false;
  line = FstrField.line.get(f);
  col = FstrField.col.get(f);
  c0 = peek_at(pos);
  synth(Tok.DelParenOpen, line, (col - 1) >>> 0);
  open_bracket(Tok.DelParenOpen, 40);
}

/** The closing parenthesis of .format(…): back to the source after the f-string. */
function inject_done(d: u32): void {
  pos = fs_pos[d]!;
  lim = fs_lim[d]!;
  virt_nl = fs_virt[d]! !== 0;
  line = fs_line[d]!;
  col = fs_col[d]!;
  c0 = peek_at(pos);
  fld_len = fs_first[d]!;
  fs_depth = d;
  synth(Tok.DelParenClose, fs_tok_line[d]!, fs_tok_col[d]!);
  close_bracket(Tok.DelParenClose, 41);
}
