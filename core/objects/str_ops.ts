// What the VM does with str values: + and *, comparisons, `in`, len() in code points, and
// indexing and slicing by code point over the UTF-8 bytes (as MicroPython does: O(n) to find
// an index, no per-string index table).

import { str_percent } from "./str_percent.js";
import { load_u8, mem_copy, mem_compare, type u8, type i32, type u32, type f64, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { is_small_int, small_int_value, new_small_int, bool_obj, OBJ_NULL, OBJ_TRUE, OBJ_FALSE, type obj } from "../obj.js";
import { StrObj, str_data, str_len, str_new_uninit, str_seal } from "./str.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_msg, raise_memory_error } from "./exception.js";
import { int_is } from "./int.js";
import { slice_indices, slice_result_start, slice_result_step, slice_result_count } from "./slice.js";
import { BinaryOp } from "../ops.js";
import { message_begin, message_type_name, message_raise } from "./message.js";
import { print_str, type Printer } from "../print.js";

export function str_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.str);
}

/** A str of len bytes, written by the caller before str_seal. */
function str_alloc(len: u32): obj {
  return str_new_uninit(TypeId.str, len);
}

/** Is this byte the first of a UTF-8 sequence (not a continuation byte)? */
function starts_char(b: u8): bool {
  return (b & 0xc0) !== 0x80;
}

/** Code points in [data, data + len). */
export function utf8_count(data: u32, len: u32): u32 {
  let n: u32 = 0;
  for (let i: u32 = 0; i < len; i++) if (starts_char(load_u8(data + i))) n = (n + 1) >>> 0;
  return n;
}

/** The byte offset of code point `index` (index <= count). */
function utf8_offset(data: u32, len: u32, index: u32): u32 {
  let seen: u32 = 0;
  for (let i: u32 = 0; i < len; i++) {
    if (starts_char(load_u8(data + i))) {
      if (seen === index) return i;
      seen = (seen + 1) >>> 0;
    }
  }
  return len;
}

export function str_char_len(o: obj): u32 {
  return utf8_count(str_data(o), str_len(o));
}

/** -1, 0 or 1: UTF-8 byte order is code point order. */
export function str_compare(a: obj, b: obj): i32 {
  const la: u32 = str_len(a);
  const lb: u32 = str_len(b);
  const c: i32 = mem_compare(str_data(a), str_data(b), la < lb ? la : lb);
  if (c !== 0) return c < 0 ? -1 : 1;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

/** Does haystack contain needle (bytes)? */
function contains(hay: obj, needle: obj): bool {
  const h: u32 = str_data(hay);
  const hl: u32 = str_len(hay);
  const n: u32 = str_data(needle);
  const nl: u32 = str_len(needle);
  if (nl > hl) return false;
  const last: u32 = (hl - nl) >>> 0;
  for (let i: u32 = 0; ; i = (i + 1) >>> 0) {
    if (mem_compare(h + i, n, nl) === 0) return true;
    if (i === last) return false;
  }
}

function concat(a: obj, b: obj): obj {
  const la: u32 = str_len(a);
  const lb: u32 = str_len(b);
  const total: u32 = (la + lb) >>> 0;
  if (total < la) raise_memory_error();
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  const s: obj = str_alloc(total);
  gc_root_restore(depth);
  const data: u32 = StrObj.data.get(s);
  mem_copy(data, str_data(a), la);
  mem_copy(data + la, str_data(b), lb);
  return str_seal(s);
}

function repeat(a: obj, times_in: obj): obj {
  // bool is an int: 'ab' * True == 'ab'.
  const times: obj = times_in === OBJ_TRUE ? new_small_int(1) : times_in === OBJ_FALSE ? new_small_int(0) : times_in;
  if (!is_small_int(times)) {
    if (!int_is(times)) return OBJ_NULL;
    raise_msg(TypeId.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  const n: i32 = small_int_value(times);
  const la: u32 = str_len(a);
  const count: u32 = n < 0 ? 0 : n;
  // In f64: la * count can pass 2^32.
  const base: f64 = la;
  if (base * count > 0x7fffffff) raise_memory_error();
  const total: u32 = Math.imul(la, count) >>> 0;
  const depth: u32 = gc_root_push(a);
  const s: obj = str_alloc(total);
  gc_root_restore(depth);
  const data: u32 = StrObj.data.get(s);
  for (let i: u32 = 0; i < count; i++) mem_copy(data + Math.imul(i, la), str_data(a), la);
  return str_seal(s);
}

/**
 * a op b where a is a str: + (with a str), * (with an int), comparisons, and Contains
 * (a is the container). OBJ_NULL when str does not implement op with this b.
 */
export function str_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (op === BinaryOp.Modulo || op === BinaryOp.InplaceModulo) return str_percent(a, b);
  if (op === BinaryOp.Multiply || op === BinaryOp.InplaceMultiply) return repeat(a, b);
  if (op === BinaryOp.Contains && !str_is(b)) {
    const m: Printer = message_begin();
    print_str(m, "'in <string>' requires string as left operand, not ");
    message_type_name(m, b);
    message_raise(TypeId.TypeError, m);
  }
  if (!str_is(b)) return OBJ_NULL;
  switch (op) {
    case BinaryOp.Add: case BinaryOp.InplaceAdd: return concat(a, b);
    case BinaryOp.Contains: return bool_obj(contains(a, b));
    case BinaryOp.Less: return bool_obj(str_compare(a, b) < 0);
    case BinaryOp.LessEqual: return bool_obj(str_compare(a, b) <= 0);
    case BinaryOp.More: return bool_obj(str_compare(a, b) > 0);
    case BinaryOp.MoreEqual: return bool_obj(str_compare(a, b) >= 0);
    case BinaryOp.Equal: return bool_obj(str_compare(a, b) === 0);
    case BinaryOp.NotEqual: return bool_obj(str_compare(a, b) !== 0);
    default: return OBJ_NULL;
  }
}

/** s[i]: the one-character str at code point i (negative from the end). */
export function str_index(s: obj, index: obj): obj {
  if (!is_small_int(index)) {
    if (!int_is(index)) raise_msg(TypeId.TypeError, "string indices must be integers");
    raise_msg(TypeId.IndexError, "string index out of range");
  }
  const data: u32 = str_data(s);
  const len: u32 = str_len(s);
  const count: u32 = utf8_count(data, len);
  let i: i32 = small_int_value(index);
  if (i < 0) i = (i + count) | 0;
  if (i < 0 || i >= count) raise_msg(TypeId.IndexError, "string index out of range");
  const from: u32 = utf8_offset(data, len, i >>> 0);
  let to: u32 = (from + 1) >>> 0;
  while (to < len && !starts_char(load_u8(data + to))) to = (to + 1) >>> 0;
  return str_copy_range(s, from, (to - from) >>> 0);
}

/** A new str holding bytes [from, from + n) of s. */
function str_copy_range(s: obj, from: u32, n: u32): obj {
  const depth: u32 = gc_root_push(s);
  const r: obj = str_alloc(n);
  gc_root_restore(depth);
  mem_copy(StrObj.data.get(r), str_data(s) + from, n);
  return str_seal(r);
}

/** s[start:stop:step] by code points (None for a missing part). */
export function str_slice(s: obj, start: obj, stop: obj, step: obj): obj {
  const data: u32 = str_data(s);
  const len: u32 = str_len(s);
  const count: u32 = utf8_count(data, len);
  slice_indices(count, start, stop, step);
  const first: i32 = slice_result_start();
  const st: i32 = slice_result_step();
  const n: u32 = slice_result_count();
  if (st === 1) {
    // One contiguous run of bytes.
    const from: u32 = n === 0 ? 0 : utf8_offset(data, len, first >>> 0);
    const to: u32 = n === 0 ? 0 : utf8_offset(data, len, ((first >>> 0) + n) >>> 0);
    return str_copy_range(s, from, (to - from) >>> 0);
  }
  // Any other step: measure the chosen characters, then copy them.
  let total: u32 = 0;
  let k: i32 = first;
  for (let c: u32 = 0; c < n; c++) {
    total = (total + char_bytes(data, len, k >>> 0)) >>> 0;
    k = (k + st) | 0;
  }
  const depth: u32 = gc_root_push(s);
  const r: obj = str_alloc(total);
  gc_root_restore(depth);
  const out: u32 = StrObj.data.get(r);
  const src: u32 = str_data(s);
  let at: u32 = 0;
  k = first;
  for (let c: u32 = 0; c < n; c++) {
    const from: u32 = utf8_offset(src, len, k >>> 0);
    const size: u32 = char_bytes(src, len, k >>> 0);
    mem_copy(out + at, src + from, size);
    at = (at + size) >>> 0;
    k = (k + st) | 0;
  }
  return str_seal(r);
}

/** The UTF-8 length of code point `index`. */
function char_bytes(data: u32, len: u32, index: u32): u32 {
  const from: u32 = utf8_offset(data, len, index);
  let to: u32 = (from + 1) >>> 0;
  while (to < len && !starts_char(load_u8(data + to))) to = (to + 1) >>> 0;
  return (to - from) >>> 0;
}
