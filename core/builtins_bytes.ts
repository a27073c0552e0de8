// bytes and bytearray: construction, the methods they share (decode, find, split, strip,
// replace, join, hex, fromhex…), bytearray's mutators (append, extend, pop, insert, remove,
// clear), memoryview's, and str.encode. Results of a bytearray's methods are bytearrays,
// as in CPython. UTF-8 and ASCII are the encodings known.

import { char_is_space } from "./chars.js";
import { load_u8, store_u8, mem_copy, type i32, type u32, type bool } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, is_small_int, new_small_int, bool_obj, type obj } from "./obj.js";
import { type_word, TypeId } from "./objects/type.js";
import { StrObj, str_data, str_len, str_from_bytes } from "./objects/str.js";
import { str_is } from "./objects/str_ops.js";
import { int_is } from "./objects/int.js";
import { list_new, list_append, list_len, list_get } from "./objects/list.js";
import { raise_msg } from "./objects/exception.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, print_i32, type Printer } from "./print.js";
import { arg, arg_or, arg_int } from "./builtins_args.js";
import { list_from_iterable } from "./builtins_core.js";
import { find_bytes, rfind_bytes } from "./builtins_str.js";
import {
  ByteArrayObj, buffer_get, buffer_data, buffer_len, raise_not_buffer, bytes_new_uninit, bytes_seal, bytes_from_data,
  byte_value, bytearray_is, bytearray_splice, bytearray_extend_data, bytearray_set_len,
} from "./objects/bytes.js";
import { memoryview_data, memoryview_len } from "./objects/memoryview.js";

// ---- UTF-8 ----

/** Is [at, at + len) well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF)? */
export function utf8_valid(at: u32, len: u32): bool {
  let i: u32 = 0;
  while (i < len) {
    const b: u32 = load_u8(at + i);
    if (b < 0x80) {
      i = (i + 1) >>> 0;
      continue;
    }
    let n: u32 = 0;
    let lo: u32 = 0x80;
    let hi: u32 = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return false;
    if (((i + n) >>> 0) >= len) return false;
    const second: u32 = load_u8(at + i + 1);
    if (second < lo || second > hi) return false;
    for (let k: u32 = 2; k <= n; k = (k + 1) >>> 0) {
      const c: u32 = load_u8(at + i + k);
      if (c < 0x80 || c > 0xbf) return false;
    }
    i = (i + 1 + n) >>> 0;
  }
  return true;
}

/** Is the encoding's name, without '-' and '_' and in any case, the ASCII text want? */
function encoding_is(at: u32, n: u32, want: string): bool {
  let letters: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    let c: u32 = load_u8(at + i);
    if (c === 45 || c === 95) continue;
    if (c >= 65 && c <= 90) c = (c + 32) >>> 0;
    if (letters >= want.length || c !== want.charCodeAt(letters)) return false;
    letters = (letters + 1) >>> 0;
  }
  return letters === want.length;
}

/**
 * The encoding argument: utf-8 (also spelled utf8, UTF_8…) or ascii; LookupError for any
 * other. True for ascii, whose text must be 7-bit (UnicodeError otherwise).
 */
function encoding_is_ascii(e: obj): bool {
  if (e === OBJ_NULL) return false;
  if (!str_is(e)) {
    const m: Printer = message_begin();
    print_str(m, "argument 'encoding' must be str, not ");
    message_type_name(m, e);
    message_raise(TypeId.TypeError, m);
  }
  if (encoding_is(str_data(e), str_len(e), "utf8")) return false;
  if (encoding_is(str_data(e), str_len(e), "ascii")) return true;
  raise_msg(TypeId.LookupError, "unknown encoding");
}

/** UnicodeError unless every byte of [at, at + n) is 7-bit. */
function check_ascii(at: u32, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    if (load_u8(at + i) > 127) raise_msg(TypeId.UnicodeError, "ordinal not in range(128)");
  }
}

/** The bytes of a str in the encoding e (the str's own bytes) as a new bytes or bytearray. */
function encode_str(id: TypeId, s: obj, e: obj): obj {
  if (encoding_is_ascii(e)) check_ascii(str_data(s), str_len(s));
  const depth: u32 = gc_root_push(s);
  const r: obj = bytes_new_uninit(id, str_len(s));
  mem_copy(StrObj.data.get(r), str_data(s), str_len(s));
  gc_root_restore(depth);
  return bytes_seal(r);
}

// ---- construction ----

/** bytes(…) and bytearray(…): (), (n), (str, encoding[, errors]), (buffer), (iterable of ints). */
export function bytes_make(id: TypeId, n_args: u32, args: u32): obj {
  if (n_args === 0) return bytes_seal(bytes_new_uninit(id, 0));
  const x: obj = arg(args, 0);
  if (str_is(x)) {
    if (n_args < 2) raise_msg(TypeId.TypeError, "string argument without an encoding");
    return encode_str(id, x, arg(args, 1));
  }
  if (n_args > 1) raise_msg(TypeId.TypeError, "encoding without a string argument");
  if (is_small_int(x) || int_is(x)) {
    const n: i32 = arg_int(x);
    if (n < 0) raise_msg(TypeId.ValueError, "negative count");
    const r: obj = bytes_new_uninit(id, n >>> 0);
    const data: u32 = StrObj.data.get(r);
    for (let i: u32 = 0; i < (n >>> 0); i++) store_u8(data + i, 0);
    return bytes_seal(r);
  }
  if (buffer_get(x)) return bytes_from_data(id, buffer_data(), buffer_len());
  const items: obj = list_from_iterable(x);
  const depth: u32 = gc_root_push(items);
  const n: u32 = list_len(items);
  const r: obj = bytes_new_uninit(id, n);
  gc_root_restore(depth);
  for (let i: u32 = 0; i < n; i++) store_u8(StrObj.data.get(r) + i, byte_value(list_get(items, i)));
  return bytes_seal(r);
}

// ---- helpers ----

function self_id(self: obj): TypeId {
  return bytearray_is(self) ? TypeId.bytearray : TypeId.bytes;
}

/** The new bytes (or bytearray, like self) holding self's bytes [from, to). */
function part(self: obj, from: u32, to: u32): obj {
  const depth: u32 = gc_root_push(self);
  const r: obj = bytes_new_uninit(self_id(self), (to - from) >>> 0);
  gc_root_restore(depth);
  mem_copy(StrObj.data.get(r), StrObj.data.get(self) + from, (to - from) >>> 0);
  return bytes_seal(r);
}

/** A needle argument: a buffer, or an int for one byte (its byte kept in one_byte). */
let needle_at: u32 = 0;
let needle_len: u32 = 0;
let one_byte: obj = OBJ_NULL;

function needle(o: obj, allow_int: bool): void {
  if (allow_int && (is_small_int(o) || int_is(o) || o === OBJ_TRUE || o === OBJ_FALSE)) {
    const v: u32 = byte_value(o);
    const depth: u32 = gc_root_push(o);
    one_byte = bytes_new_uninit(TypeId.bytes, 1);
    gc_root_restore(depth);
    store_u8(StrObj.data.get(one_byte), v);
    needle_at = StrObj.data.get(one_byte);
    needle_len = 1;
    return;
  }
  if (!buffer_get(o)) raise_not_buffer(o);
  needle_at = buffer_data();
  needle_len = buffer_len();
}

/** A start or end argument clipped to [0, len] (None: deflt). */
function bound(o: obj, len: u32, deflt: u32): u32 {
  if (o === OBJ_NULL || o === OBJ_NONE) return deflt;
  let i: i32 = arg_int(o);
  if (i < 0) i = (i + len) | 0;
  if (i < 0) return 0;
  return (i >>> 0) > len ? len : i >>> 0;
}

function find_impl(n_args: u32, args: u32, reverse: bool): i32 {
  const self: obj = arg(args, 0);
  const len: u32 = StrObj.len.get(self);
  const start: u32 = bound(arg_or(n_args, args, 2, OBJ_NULL), len, 0);
  const end: u32 = bound(arg_or(n_args, args, 3, OBJ_NULL), len, len);
  needle(arg(args, 1), true);
  if (start > end) return -1;
  const data: u32 = StrObj.data.get(self);
  return reverse ? rfind_bytes(data, start, end, needle_at, needle_len) : find_bytes(data, start, end, needle_at, needle_len);
}

export function bytes_m_find(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int(find_impl(n_args, args, false));
}

export function bytes_m_rfind(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int(find_impl(n_args, args, true));
}

export function bytes_m_index(n_args: u32, n_kw: u32, args: u32): obj {
  const i: i32 = find_impl(n_args, args, false);
  if (i < 0) raise_msg(TypeId.ValueError, "subsection not found");
  return new_small_int(i);
}

export function bytes_m_count(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const len: u32 = StrObj.len.get(self);
  const start: u32 = bound(arg_or(n_args, args, 2, OBJ_NULL), len, 0);
  const end: u32 = bound(arg_or(n_args, args, 3, OBJ_NULL), len, len);
  needle(arg(args, 1), true);
  if (start > end) return new_small_int(0);
  const data: u32 = StrObj.data.get(self);
  if (needle_len === 0) return new_small_int(((end - start) + 1) | 0);
  let count: i32 = 0;
  let at: u32 = start;
  for (;;) {
    const i: i32 = find_bytes(data, at, end, needle_at, needle_len);
    if (i < 0) break;
    count = (count + 1) | 0;
    at = ((i >>> 0) + needle_len) >>> 0;
  }
  return new_small_int(count);
}

function affix(n_args: u32, args: u32, at_end: bool): obj {
  const self: obj = arg(args, 0);
  const len: u32 = StrObj.len.get(self);
  const start: u32 = bound(arg_or(n_args, args, 2, OBJ_NULL), len, 0);
  const end: u32 = bound(arg_or(n_args, args, 3, OBJ_NULL), len, len);
  needle(arg(args, 1), false);
  if (start > end || needle_len > ((end - start) >>> 0)) return OBJ_FALSE;
  const from: u32 = at_end ? (end - needle_len) >>> 0 : start;
  return bool_obj(find_bytes(StrObj.data.get(self), from, (from + needle_len) >>> 0, needle_at, needle_len) === (from | 0));
}

export function bytes_m_startswith(n_args: u32, n_kw: u32, args: u32): obj {
  return affix(n_args, args, false);
}

export function bytes_m_endswith(n_args: u32, n_kw: u32, args: u32): obj {
  return affix(n_args, args, true);
}

/** Is byte c among the strip characters (chars OBJ_NULL/None: ASCII whitespace)? */
function strip_hit(c: u32, chars: obj): bool {
  if (chars === OBJ_NULL || chars === OBJ_NONE) return char_is_space(c);
  for (let i: u32 = 0; i < needle_len; i++) if (load_u8(needle_at + i) === c) return true;
  return false;
}

function strip_impl(n_args: u32, args: u32, left: bool, right: bool): obj {
  const self: obj = arg(args, 0);
  const chars: obj = arg_or(n_args, args, 1, OBJ_NULL);
  if (chars !== OBJ_NULL && chars !== OBJ_NONE) needle(chars, false);
  const data: u32 = StrObj.data.get(self);
  let from: u32 = 0;
  let to: u32 = StrObj.len.get(self);
  if (left) while (from < to && strip_hit(load_u8(data + from), chars)) from = (from + 1) >>> 0;
  if (right) while (to > from && strip_hit(load_u8(data + to - 1), chars)) to = (to - 1) >>> 0;
  return part(self, from, to);
}

export function bytes_m_strip(n_args: u32, n_kw: u32, args: u32): obj {
  return strip_impl(n_args, args, true, true);
}

export function bytes_m_lstrip(n_args: u32, n_kw: u32, args: u32): obj {
  return strip_impl(n_args, args, true, false);
}

export function bytes_m_rstrip(n_args: u32, n_kw: u32, args: u32): obj {
  return strip_impl(n_args, args, false, true);
}

/** split([sep[, maxsplit]]): on runs of whitespace without sep, else on each sep. */
export function bytes_m_split(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const sep: obj = arg_or(n_args, args, 1, OBJ_NONE);
  let max: i32 = n_args > 2 ? arg_int(arg(args, 2)) : -1;
  const result: obj = list_new(0);
  const depth: u32 = gc_root_push(result);
  gc_root_push(self);
  const len: u32 = StrObj.len.get(self);
  if (sep === OBJ_NONE) {
    let i: u32 = 0;
    for (;;) {
      while (i < len && char_is_space(load_u8(StrObj.data.get(self) + i))) i = (i + 1) >>> 0;
      if (i >= len) break;
      let j: u32 = i;
      if (max === 0) j = len;
      else while (j < len && !char_is_space(load_u8(StrObj.data.get(self) + j))) j = (j + 1) >>> 0;
      list_append(result, part(self, i, j));
      if (max > 0) max = (max - 1) | 0;
      i = j;
    }
    gc_root_restore(depth);
    return result;
  }
  needle(sep, false);
  if (needle_len === 0) raise_msg(TypeId.ValueError, "empty separator");
  const sep_copy: obj = bytes_from_data(TypeId.bytes, needle_at, needle_len);
  gc_root_push(sep_copy);
  let at: u32 = 0;
  for (;;) {
    const i: i32 = max === 0 ? -1 : find_bytes(StrObj.data.get(self), at, len, StrObj.data.get(sep_copy), StrObj.len.get(sep_copy));
    if (i < 0) break;
    list_append(result, part(self, at, i >>> 0));
    at = ((i >>> 0) + StrObj.len.get(sep_copy)) >>> 0;
    if (max > 0) max = (max - 1) | 0;
  }
  list_append(result, part(self, at, len));
  gc_root_restore(depth);
  return result;
}

export function bytes_m_replace(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  let max: i32 = n_args > 3 ? arg_int(arg(args, 3)) : -1;
  needle(arg(args, 1), false);
  const old_at: u32 = needle_at;
  const old_len: u32 = needle_len;
  needle(arg(args, 2), false);
  const len: u32 = StrObj.len.get(self);
  const data: u32 = StrObj.data.get(self);
  // First count, then build: every operand is an argument, so nothing moves meanwhile.
  let count: u32 = 0;
  let at: u32 = 0;
  if (old_len === 0) count = max < 0 || (max >>> 0) > ((len + 1) >>> 0) ? (len + 1) >>> 0 : max >>> 0;
  else {
    while (max < 0 || count < (max >>> 0)) {
      const i: i32 = find_bytes(data, at, len, old_at, old_len);
      if (i < 0) break;
      count = (count + 1) >>> 0;
      at = ((i >>> 0) + old_len) >>> 0;
    }
  }
  const new_at: u32 = needle_at;
  const new_len: u32 = needle_len;
  const r: obj = bytes_new_uninit(self_id(self), (len + (Math.imul(count | 0, new_len | 0) >>> 0) - (Math.imul(count | 0, old_len | 0) >>> 0)) >>> 0);
  const out: u32 = StrObj.data.get(r);
  let o: u32 = 0;
  at = 0;
  for (let k: u32 = 0; k < count; k++) {
    const i: u32 = old_len === 0 ? (k === 0 ? 0 : (at + 1) >>> 0) : (find_bytes(data, at, len, old_at, old_len) >>> 0);
    const upto: u32 = old_len === 0 && k > 0 ? (at + 1) >>> 0 : i;
    mem_copy(out + o, data + at, (upto - at) >>> 0);
    o = (o + upto - at) >>> 0;
    mem_copy(out + o, new_at, new_len);
    o = (o + new_len) >>> 0;
    at = (upto + old_len) >>> 0;
  }
  mem_copy(out + o, data + at, (len - at) >>> 0);
  return bytes_seal(r);
}

export function bytes_m_join(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const items: obj = list_from_iterable(arg(args, 1));
  const depth: u32 = gc_root_push(items);
  const n: u32 = list_len(items);
  const sep_len: u32 = StrObj.len.get(self);
  let total: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const it: obj = list_get(items, i);
    if (!buffer_get(it)) {
      const m: Printer = message_begin();
      print_str(m, "sequence item ");
      print_i32(m, i | 0);
      print_str(m, ": expected a bytes-like object, ");
      message_type_name(m, it);
      print_str(m, " found");
      message_raise(TypeId.TypeError, m);
    }
    total = (total + buffer_len() + (i > 0 ? sep_len : 0)) >>> 0;
  }
  const r: obj = bytes_new_uninit(self_id(self), total);
  const out: u32 = StrObj.data.get(r);
  let o: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    if (i > 0) {
      mem_copy(out + o, StrObj.data.get(self), sep_len);
      o = (o + sep_len) >>> 0;
    }
    buffer_get(list_get(items, i));
    mem_copy(out + o, buffer_data(), buffer_len());
    o = (o + buffer_len()) >>> 0;
  }
  gc_root_restore(depth);
  return bytes_seal(r);
}

function change_case(args: u32, upper: bool): obj {
  const self: obj = arg(args, 0);
  const len: u32 = StrObj.len.get(self);
  const r: obj = part(self, 0, len);
  const data: u32 = StrObj.data.get(r);
  for (let i: u32 = 0; i < len; i++) {
    const c: u32 = load_u8(data + i);
    if (upper && c >= 97 && c <= 122) store_u8(data + i, c - 32);
    if (!upper && c >= 65 && c <= 90) store_u8(data + i, c + 32);
  }
  return bytes_seal(r);
}

export function bytes_m_upper(n_args: u32, n_kw: u32, args: u32): obj {
  return change_case(args, true);
}

export function bytes_m_lower(n_args: u32, n_kw: u32, args: u32): obj {
  return change_case(args, false);
}

/** decode([encoding[, errors]]): UTF-8, strictly; UnicodeError for malformed input. */
export function bytes_m_decode(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const ascii: bool = encoding_is_ascii(arg_or(n_args, args, 1, OBJ_NULL));
  if (!buffer_get(self)) {
    const m: Printer = message_begin();
    print_str(m, "decoding to str: need a bytes-like object, ");
    message_type_name(m, self);
    print_str(m, " found");
    message_raise(TypeId.TypeError, m);
  }
  if (ascii) check_ascii(buffer_data(), buffer_len());
  if (!utf8_valid(buffer_data(), buffer_len())) raise_msg(TypeId.UnicodeError, "invalid utf-8");
  return str_from_bytes(buffer_data(), buffer_len());
}

const HEX_DIGITS: string = "0123456789abcdef";

/** hex(): two lowercase digits a byte. */
/** b.hex([sep]): two hex digits per byte, sep (one ASCII character) between bytes. */
export function bytes_m_hex(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const sep: u32 = n_args > 1 ? hex_separator(arg(args, 1)) : 0;
  buffer_get(self);
  const n: u32 = buffer_len();
  const per: u32 = sep === 0 ? 2 : 3;
  const width: u32 = n === 0 ? 0 : sep === 0 ? (n * 2) >>> 0 : (n * 3 - 1) >>> 0;
  const depth: u32 = gc_root_push(self);
  const hex: obj = bytes_new_uninit(TypeId.bytes, width);
  gc_root_restore(depth);
  buffer_get(self);
  const out: u32 = StrObj.data.get(hex);
  for (let i: u32 = 0; i < n; i++) {
    const c: u32 = load_u8(buffer_data() + i);
    const at: u32 = (out + i * per) >>> 0;
    if (sep !== 0 && i > 0) store_u8(at - 1, sep);
    store_u8(at, HEX_DIGITS.charCodeAt(c >>> 4));
    store_u8(at + 1, HEX_DIGITS.charCodeAt(c & 15));
  }
  gc_root_push(hex);
  const s: obj = str_from_bytes(out, width);
  gc_root_restore(depth);
  return s;
}

/** hex()'s separator: a str or bytes of one ASCII character, as its byte. */
function hex_separator(o: obj): u32 {
  let len: u32 = 0;
  let c: u32 = 0;
  if (str_is(o)) {
    len = str_len(o);
    c = len > 0 ? load_u8(str_data(o)) : 0;
  } else if (buffer_get(o)) {
    len = buffer_len();
    c = len > 0 ? load_u8(buffer_data()) : 0;
  } else {
    raise_not_buffer(o);
  }
  if (len !== 1) raise_msg(TypeId.ValueError, "sep must be length 1.");
  if (c >= 128) raise_msg(TypeId.ValueError, "sep must be ASCII.");
  return c;
}

function hex_value(c: u32): i32 {
  if (c >= 48 && c <= 57) return (c - 48) | 0;
  if (c >= 97 && c <= 102) return (c - 87) | 0;
  if (c >= 65 && c <= 70) return (c - 55) | 0;
  return -1;
}

/** bytes.fromhex(s) (a classmethod: args[0] is the type): pairs of hex digits, spaces between pairs. */
export function bytes_m_fromhex(n_args: u32, n_kw: u32, args: u32): obj {
  const id: TypeId = arg(args, 0) === type_word(TypeId.bytearray) ? TypeId.bytearray : TypeId.bytes;
  const s: obj = arg(args, 1);
  if (!str_is(s)) raise_msg(TypeId.TypeError, "fromhex() argument must be str");
  const depth: u32 = gc_root_push(s);
  const len: u32 = str_len(s);
  const r: obj = bytes_new_uninit(id, (len >>> 1) >>> 0);
  let n: u32 = 0;
  let i: u32 = 0;
  while (i < len) {
    const c: u32 = load_u8(str_data(s) + i);
    if (char_is_space(c)) {
      i = (i + 1) >>> 0;
      continue;
    }
    const hi: i32 = hex_value(c);
    const lo: i32 = ((i + 1) >>> 0) < len ? hex_value(load_u8(str_data(s) + i + 1)) : -1;
    if (hi < 0 || lo < 0) raise_msg(TypeId.ValueError, "non-hexadecimal number found in fromhex() arg");
    store_u8(StrObj.data.get(r) + n, ((hi << 4) | lo) & 0xff);
    n = (n + 1) >>> 0;
    i = (i + 2) >>> 0;
  }
  gc_root_restore(depth);
  StrObj.len.set(r, n);
  return bytes_seal(r);
}

// ---- bytearray's mutators ----

export function bytearray_m_append(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const v: u32 = byte_value(arg(args, 1));
  const len: u32 = ByteArrayObj.len.get(self);
  bytearray_set_len(self, (len + 1) >>> 0);
  store_u8(ByteArrayObj.data.get(self) + len, v);
  return OBJ_NONE;
}

export function bytearray_m_extend(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const src: obj = bytes_make(TypeId.bytes, 1, (args + 4) >>> 0);
  const depth: u32 = gc_root_push(src);
  bytearray_extend_data(self, StrObj.data.get(src), StrObj.len.get(src));
  gc_root_restore(depth);
  return OBJ_NONE;
}

export function bytearray_m_pop(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const len: u32 = ByteArrayObj.len.get(self);
  if (len === 0) raise_msg(TypeId.IndexError, "pop from empty bytearray");
  let i: i32 = n_args > 1 ? arg_int(arg(args, 1)) : -1;
  if (i < 0) i = (i + len) | 0;
  if (i < 0 || i >= (len | 0)) raise_msg(TypeId.IndexError, "pop index out of range");
  const v: u32 = load_u8(ByteArrayObj.data.get(self) + i);
  bytearray_splice(self, i >>> 0, 1, 0, 0);
  return new_small_int(v | 0);
}

export function bytearray_m_insert(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const len: u32 = ByteArrayObj.len.get(self);
  let i: i32 = arg_int(arg(args, 1));
  const v: u32 = byte_value(arg(args, 2));
  if (i < 0) i = (i + len) | 0;
  if (i < 0) i = 0;
  if (i > (len | 0)) i = len | 0;
  bytearray_set_len(self, (len + 1) >>> 0);
  const data: u32 = ByteArrayObj.data.get(self);
  mem_copy(data + i + 1, data + i, (len - (i >>> 0)) >>> 0);
  store_u8(data + i, v);
  return OBJ_NONE;
}

export function bytearray_m_remove(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const v: u32 = byte_value(arg(args, 1));
  const len: u32 = ByteArrayObj.len.get(self);
  const data: u32 = ByteArrayObj.data.get(self);
  for (let i: u32 = 0; i < len; i++) {
    if (load_u8(data + i) === v) {
      bytearray_splice(self, i, 1, 0, 0);
      return OBJ_NONE;
    }
  }
  raise_msg(TypeId.ValueError, "value not found in bytearray");
}

export function bytearray_m_clear(n_args: u32, n_kw: u32, args: u32): obj {
  ByteArrayObj.len.set(arg(args, 0), 0);
  return OBJ_NONE;
}

// ---- memoryview and str ----

export function memoryview_m_tobytes(n_args: u32, n_kw: u32, args: u32): obj {
  const m: obj = arg(args, 0);
  return bytes_from_data(TypeId.bytes, memoryview_data(m), memoryview_len(m));
}

/** str.encode([encoding[, errors]]): the UTF-8 bytes. */
export function str_m_encode(n_args: u32, n_kw: u32, args: u32): obj {
  return encode_str(TypeId.bytes, arg(args, 0), arg_or(n_args, args, 1, OBJ_NULL));
}
