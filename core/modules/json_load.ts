// json.loads's decoder: JSON text to Python values with CPython's results (objects as
// dicts, the last of duplicate keys winning; integers as ints of any size; numbers with a
// fraction or exponent as correctly rounded floats; NaN, Infinity and -Infinity accepted)
// and CPython's error messages with their position ("Expecting value: line 1 column 1
// (char 0)", counted in characters), raised as json.JSONDecodeError, a ValueError.
// Iterative, as MicroPython's: the open containers are kept on a heap list, never on the
// C stack, so any nesting costs heap only. A lone surrogate escape (\ud800 alone) cannot be
// held in a UTF-8 str and is an error, where CPython keeps it.

import { load_u8, type u32, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { vstr_new, vstr_add_byte, vstr_data, vstr_len, vstr_reset } from "../vstr.js";
import { OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "../objects/type.js";
import { raise_memory_error } from "../objects/exception.js";
import { message_begin } from "../objects/message.js";
import { print_str, print_u32, type Printer } from "../print.js";
import { str_from_bytes } from "../objects/str.js";
import { int_from_text } from "../objects/int.js";
import { float_from_text, float_from_f64 } from "../objects/float.js";
import { list_new, list_len, list_get, list_append, list_pop } from "../objects/list.js";
import { dict_new, dict_set } from "../objects/dict.js";
import { Q } from "../qstr_static.js";
import { module_error_raise } from "./module_error.js";

// The text being decoded (a rooted str's bytes) and the read position, a byte offset.
let text: u32 = 0;
let text_len: u32 = 0;
let at: u32 = 0;

/** The number of characters (not bytes) in the first `bytes` bytes of the text. */
function char_index(bytes: u32): u32 {
  let n: u32 = 0;
  for (let i: u32 = 0; i < bytes; i++) {
    if ((load_u8(text + i) & 0xc0) !== 0x80) n = (n + 1) >>> 0;
  }
  return n;
}

/** JSONDecodeError(msg) at byte offset pos, with CPython's "line L column C (char P)". */
function fail(msg: string, pos: u32): never {
  let line: u32 = 1;
  let line_start: u32 = 0;
  for (let i: u32 = 0; i < pos; i++) {
    if (load_u8(text + i) === 10) {
      line = (line + 1) >>> 0;
      line_start = (i + 1) >>> 0;
    }
  }
  const ch: u32 = char_index(pos);
  const col: u32 = (ch - char_index(line_start) + 1) >>> 0;
  const m: Printer = message_begin();
  print_str(m, msg);
  print_str(m, ": line ");
  print_u32(m, line);
  print_str(m, " column ");
  print_u32(m, col);
  print_str(m, " (char ");
  print_u32(m, ch);
  print_str(m, ")");
  module_error_raise(Q.json, Q.JSONDecodeError, TypeId.ValueError, m);
}

function peek(): u32 {
  return at < text_len ? load_u8(text + at) : 0;
}

function skip_space(): void {
  while (at < text_len) {
    const c: u32 = load_u8(text + at);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
    at = (at + 1) >>> 0;
  }
}

/** Does the text at the position spell word (ASCII)? Moves past it when it does. */
function take_word(word: string): bool {
  if (((at + word.length) >>> 0) > text_len) return false;
  for (let i: u32 = 0; i < word.length; i++) {
    if (load_u8(text + at + i) !== word.charCodeAt(i)) return false;
  }
  at = (at + word.length) >>> 0;
  return true;
}

function is_digit(c: u32): bool {
  return c >= 48 && c <= 57;
}

/**
 * A number at the position: CPython's -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?, an int when
 * it has no fraction or exponent. OBJ_NULL (position unchanged) when there is none.
 */
function take_number(): obj {
  const start: u32 = at;
  let i: u32 = at;
  if (i < text_len && load_u8(text + i) === 45) i = (i + 1) >>> 0;
  if (i >= text_len || !is_digit(load_u8(text + i))) return OBJ_NULL;
  if (load_u8(text + i) === 48) i = (i + 1) >>> 0;
  else while (i < text_len && is_digit(load_u8(text + i))) i = (i + 1) >>> 0;
  let is_float: bool = false;
  if (((i + 1) >>> 0) < text_len && load_u8(text + i) === 46 && is_digit(load_u8(text + i + 1))) {
    i = (i + 2) >>> 0;
    while (i < text_len && is_digit(load_u8(text + i))) i = (i + 1) >>> 0;
    is_float = true;
  }
  if (i < text_len && (load_u8(text + i) | 0x20) === 101) {
    let j: u32 = (i + 1) >>> 0;
    if (j < text_len && (load_u8(text + j) === 43 || load_u8(text + j) === 45)) j = (j + 1) >>> 0;
    if (j < text_len && is_digit(load_u8(text + j))) {
      while (j < text_len && is_digit(load_u8(text + j))) j = (j + 1) >>> 0;
      i = j;
      is_float = true;
    }
  }
  at = i;
  const r: obj = is_float ? float_from_text((text + start) >>> 0, (i - start) >>> 0) : int_from_text((text + start) >>> 0, (i - start) >>> 0, 10);
  if (r === OBJ_NULL) fail("Expecting value", start);
  return r;
}

function hex_value(c: u32): u32 {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return 16;
}

/** The 4 hex digits after "\u" (at: the 'u'); moves past them. */
function take_u_escape(): u32 {
  const u_pos: u32 = at;
  let v: u32 = 0;
  for (let k: u32 = 1; k <= 4; k++) {
    const d: u32 = ((u_pos + k) >>> 0) < text_len ? hex_value(load_u8(text + u_pos + k)) : 16;
    if (d > 15) fail("Invalid \\uXXXX escape", u_pos);
    v = ((v << 4) | d) >>> 0;
  }
  at = (u_pos + 5) >>> 0;
  return v & 0xffff;
}

function add_byte(buf: u32, b: u32): void {
  if (!vstr_add_byte(buf, b & 0xff)) raise_memory_error();
}

function add_utf8(buf: u32, cp: u32): void {
  if (cp < 0x80) {
    add_byte(buf, cp);
  } else if (cp < 0x800) {
    add_byte(buf, 0xc0 | (cp >>> 6));
    add_byte(buf, 0x80 | (cp & 63));
  } else if (cp < 0x10000) {
    add_byte(buf, 0xe0 | (cp >>> 12));
    add_byte(buf, 0x80 | ((cp >>> 6) & 63));
    add_byte(buf, 0x80 | (cp & 63));
  } else {
    add_byte(buf, 0xf0 | ((cp >>> 18) & 7));
    add_byte(buf, 0x80 | ((cp >>> 12) & 63));
    add_byte(buf, 0x80 | ((cp >>> 6) & 63));
    add_byte(buf, 0x80 | (cp & 63));
  }
}

/** A string at the position (at: its opening quote), its escapes decoded into buf (a rooted vstr). */
function take_string(buf: u32): obj {
  const start: u32 = at;
  at = (at + 1) >>> 0;
  vstr_reset(buf);
  for (;;) {
    if (at >= text_len) fail("Unterminated string starting at", start);
    const c: u32 = load_u8(text + at);
    if (c === 34) {
      at = (at + 1) >>> 0;
      return str_from_bytes(vstr_data(buf), vstr_len(buf));
    }
    if (c < 0x20) fail("Invalid control character at", at);
    if (c !== 92) {
      add_byte(buf, c);
      at = (at + 1) >>> 0;
      continue;
    }
    const esc_pos: u32 = at;
    at = (at + 1) >>> 0;
    if (at >= text_len) fail("Unterminated string starting at", start);
    const e: u32 = load_u8(text + at);
    let out: u32 = 0;
    if (e === 34 || e === 92 || e === 47) out = e;
    else if (e === 98) out = 8;
    else if (e === 102) out = 12;
    else if (e === 110) out = 10;
    else if (e === 114) out = 13;
    else if (e === 116) out = 9;
    else if (e === 117) {
      let cp: u32 = take_u_escape();
      if (cp >= 0xd800 && cp <= 0xdbff && peek() === 92 && ((at + 1) >>> 0) < text_len && load_u8(text + at + 1) === 117) {
        const second_at: u32 = at;
        at = (at + 1) >>> 0;
        const lo: u32 = take_u_escape();
        if (lo >= 0xdc00 && lo <= 0xdfff) cp = (0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00)) >>> 0;
        else fail("Invalid \\uXXXX escape (lone surrogate)", second_at);
      } else if (cp >= 0xd800 && cp <= 0xdfff) {
        fail("Invalid \\uXXXX escape (lone surrogate)", esc_pos);
      }
      add_utf8(buf, cp);
      continue;
    } else {
      fail("Invalid \\escape", esc_pos);
    }
    add_byte(buf, out);
    at = (at + 1) >>> 0;
  }
}

/** A scalar value at the position (not [ or {): "Expecting value" when there is none. */
function take_scalar(buf: u32): obj {
  const c: u32 = peek();
  if (c === 34) return take_string(buf);
  if (c === 110 && take_word("null")) return OBJ_NONE;
  if (c === 116 && take_word("true")) return OBJ_TRUE;
  if (c === 102 && take_word("false")) return OBJ_FALSE;
  const n: obj = take_number();
  if (n !== OBJ_NULL) return n;
  if (c === 78 && take_word("NaN")) return float_from_f64(NaN);
  if (c === 73 && take_word("Infinity")) return float_from_f64(Infinity);
  if (c === 45 && take_word("-Infinity")) return float_from_f64(-Infinity);
  fail("Expecting value", at);
}

function is_type(o: obj, id: TypeId): bool {
  return obj_type(o) === type_word(id);
}

/**
 * Read an object key at the position (after '{' or ','): the key string, then ':' and the
 * space after it; the key is pushed on the stack until its value is read.
 */
function take_key(stack: obj, buf: u32): void {
  skip_space();
  if (peek() !== 34) fail("Expecting property name enclosed in double quotes", at);
  list_append(stack, take_string(buf));
  skip_space();
  if (peek() !== 58) fail("Expecting ':' delimiter", at);
  at = (at + 1) >>> 0;
}

/** Decode the whole of the str s (its len bytes at data, rooted by the caller). */
export function json_decode(data: u32, len: u32): obj {
  text = data;
  text_len = len;
  at = 0;
  const stack: obj = list_new(0);
  const depth: u32 = gc_root_push(stack);
  const buf: u32 = vstr_new(16);
  if (buf === 0) raise_memory_error();
  gc_root_push(buf);
  let value: obj = OBJ_NULL;
  for (;;) {
    // A value starts here: open a container, or read a scalar.
    skip_space();
    const c: u32 = peek();
    if (c === 91) {
      at = (at + 1) >>> 0;
      list_append(stack, list_new(0));
      skip_space();
      if (peek() === 93) {
        at = (at + 1) >>> 0;
        value = list_pop(stack, OBJ_NULL);
      } else {
        continue;
      }
    } else if (c === 123) {
      at = (at + 1) >>> 0;
      list_append(stack, dict_new());
      skip_space();
      if (peek() === 125) {
        at = (at + 1) >>> 0;
        value = list_pop(stack, OBJ_NULL);
      } else {
        take_key(stack, buf);
        continue;
      }
    } else {
      value = take_scalar(buf);
    }
    // A value is complete: give it to the open container, closing containers it completes.
    for (;;) {
      const n: u32 = list_len(stack);
      if (n === 0) {
        skip_space();
        if (at < text_len) fail("Extra data", at);
        gc_root_restore(depth);
        return value;
      }
      gc_root_push(value);
      const top: obj = list_get(stack, (n - 1) >>> 0);
      let container: obj = top;
      if (is_type(top, TypeId.list)) {
        list_append(top, value);
      } else {
        // A key, under its dict.
        container = list_get(stack, (n - 2) >>> 0);
        dict_set(container, top, value);
        list_pop(stack, OBJ_NULL);
      }
      gc_root_restore((depth + 2) >>> 0);
      skip_space();
      const d: u32 = peek();
      const closing: u32 = is_type(container, TypeId.list) ? 93 : 125;
      if (d === 44) {
        at = (at + 1) >>> 0;
        if (closing === 125) take_key(stack, buf);
        break;
      }
      if (d !== closing) fail("Expecting ',' delimiter", at);
      at = (at + 1) >>> 0;
      value = list_pop(stack, OBJ_NULL);
    }
  }
}
