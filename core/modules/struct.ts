// The struct module (MicroPython's py/modstruct.c, CPython's results and messages): pack,
// unpack, pack_into, unpack_from, calcsize. Formats: a byte order first (@ native with
// alignment, = < > ! standard sizes, none), then codes with optional counts: x c b B ? h H
// i I l L q Q f d s P. Native sizes are a 32-bit port's (l, L and P are 4 bytes, as on
// MicroPython's boards; CPython on a 64-bit host makes them 8). Errors are struct.error, an
// Exception subclass made with the module.

import { load_u8, store_u8, load_f32, store_f32, load_f64, store_f64, mem_fill, mem_copy, type i32, type u32, type f64, type bool, type ref } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import {
  OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, bool_obj, new_small_int, small_int_fits, is_small_int, small_int_value, type obj,
} from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error } from "../objects/exception.js";
import { message_begin, message_type_name, message_raise_obj } from "../objects/message.js";
import { print_str, print_u32, print_i32, print_byte, type Printer } from "../print.js";
import { vstr_data, vstr_len } from "../vstr.js";
import { str_data, str_len, str_from_bytes, StrObj } from "../objects/str.js";
import { str_is } from "../objects/str_ops.js";
import { buffer_get, buffer_data, buffer_len, bytes_new_uninit, bytes_seal, bytes_from_data, bytes_is, bytearray_is, raise_not_buffer } from "../objects/bytes.js";
import { memoryview_is, memoryview_readonly } from "../objects/memoryview.js";
import { tuple_new, tuple_set } from "../objects/tuple.js";
import { float_is, float_value, float_int_like, float_of_int, float_from_f64 } from "../objects/float.js";
import { int_is } from "../objects/int.js";
import { obj_native } from "../objects/instance.js";
import { mpz_to_bytes, mpz_from_bytes, mpz_fits_i32, mpz_to_i32 } from "../mpz.js";
import { obj_is_true } from "../operators.js";
import { module_new, module_globals } from "../objects/module.js";
import { arg, kw_arg } from "../builtins_args.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { Q } from "../qstr_static.js";
import { module_error_make, module_error_raise } from "./module_error.js";

// ---- struct.error ----

/** The message buffer's text as a str. */
function message_text(m: Printer): obj {
  return str_from_bytes(vstr_data(m), vstr_len(m));
}

/** Raise struct.error with the message in m. */
function raise_struct_error(m: Printer): never {
  module_error_raise(Q.struct, Q.error, TypeId.ValueError, m);
}

function struct_error(text: string): never {
  const m: Printer = message_begin();
  print_str(m, text);
  raise_struct_error(m);
}

// ---- formats ----

const enum Order {
  Native,
  Little,
  Big,
}

// The parse position: the format's bytes, the byte order, and the item read by next_item.
let fmt_data: u32 = 0;
let fmt_len: u32 = 0;
let fmt_pos: u32 = 0;
let order: Order = Order.Native;
let item_code: u32 = 0;
let item_count: u32 = 0;

function format_begin(f: obj): void {
  if (str_is(f)) {
    fmt_data = str_data(f);
    fmt_len = str_len(f);
  } else if (bytes_is(f)) {
    fmt_data = StrObj.data.get(f);
    fmt_len = StrObj.len.get(f);
  } else {
    const m: Printer = message_begin();
    print_str(m, "Struct() argument 1 must be a str or bytes object, not ");
    message_type_name(m, f);
    message_raise_obj(TypeId.TypeError, message_text(m));
  }
  fmt_pos = 0;
  order = Order.Native;
  if (fmt_len > 0) {
    const c: u32 = load_u8(fmt_data);
    if (c === 64) fmt_pos = 1; // @
    else if (c === 61 || c === 60) { order = Order.Little; fmt_pos = 1; } // = <
    else if (c === 62 || c === 33) { order = Order.Big; fmt_pos = 1; } // > !
  }
}

function is_space(c: u32): bool {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The next (count, code) of the format into item_count/item_code; false at its end. */
function next_item(): bool {
  while (fmt_pos < fmt_len && is_space(load_u8(fmt_data + fmt_pos))) fmt_pos = (fmt_pos + 1) >>> 0;
  if (fmt_pos >= fmt_len) return false;
  let c: u32 = load_u8(fmt_data + fmt_pos);
  let count: u32 = 1;
  if (c >= 48 && c <= 57) {
    count = 0;
    while (fmt_pos < fmt_len && c >= 48 && c <= 57) {
      if (count > 100000000) struct_error("total struct size too long");
      count = (count * 10 + (c - 48)) >>> 0;
      fmt_pos = (fmt_pos + 1) >>> 0;
      c = fmt_pos < fmt_len ? load_u8(fmt_data + fmt_pos) : 0;
    }
    if (fmt_pos >= fmt_len) struct_error("repeat count given without format specifier");
  }
  fmt_pos = (fmt_pos + 1) >>> 0;
  if (item_size(c) === 0) struct_error("bad char in struct format");
  item_code = c;
  item_count = count;
  return true;
}

/** The size of one item of code c in the current byte order; 0 for a bad code. */
function item_size(c: u32): u32 {
  switch (c) {
    case 120: case 99: case 98: case 66: case 63: case 115: return 1; // x c b B ? s
    case 104: case 72: return 2; // h H
    case 105: case 73: case 108: case 76: case 102: return 4; // i I l L f
    case 113: case 81: case 100: return 8; // q Q d
    case 80: return order === Order.Native ? 4 : 0; // P: native only
    default: return 0;
  }
}

/** Bytes before an item of code c at offset at: native alignment only. */
function padding(c: u32, at: u32): u32 {
  if (order !== Order.Native) return 0;
  const size: u32 = item_size(c);
  if (c === 115 || c === 120 || size <= 1) return 0;
  return (((size - (at % size)) >>> 0) % size) >>> 0;
}

/** The size of the whole format, and how many values it packs (into values_count). */
let values_count: u32 = 0;
function format_size(f: obj): u32 {
  format_begin(f);
  let size: u32 = 0;
  values_count = 0;
  while (next_item()) {
    size = (size + padding(item_code, size)) >>> 0;
    if (item_code === 115) {
      size = (size + item_count) >>> 0;
      values_count = (values_count + 1) >>> 0;
    } else {
      size = (size + Math.imul(item_size(item_code), item_count)) >>> 0;
      if (item_code !== 120) values_count = (values_count + item_count) >>> 0;
    }
  }
  return size;
}

// ---- packing one value ----

/** The int value of v for code c, as the low bits in memory (size bytes at dst, little first). */
function pack_int(c: u32, size: u32, v_in: obj, dst: u32): void {
  const v: obj = obj_native(v_in);
  if (float_is(v) || !float_int_like(v)) struct_error("required argument is not an integer");
  const is_signed: bool = c === 98 || c === 104 || c === 105 || c === 108 || c === 113;
  if (v !== OBJ_TRUE && v !== OBJ_FALSE && !is_small_int(v)) {
    if (!mpz_to_bytes(v, dst, size, false, is_signed)) range_error(c, size, is_signed);
    return;
  }
  const n: f64 = float_of_int(v);
  let lo: f64 = 0;
  let hi: f64 = 0;
  if (size === 8) {
    if (!is_signed && n < 0) range_error(c, size, is_signed);
  } else {
    lo = is_signed ? -((size === 1 ? 128 : size === 2 ? 32768 : 2147483648)) : 0;
    hi = is_signed ? (size === 1 ? 127 : size === 2 ? 32767 : 2147483647) : (size === 1 ? 255 : size === 2 ? 65535 : 4294967295);
    if (n < lo || n > hi) range_error(c, size, is_signed);
  }
  let bits: i32 = n | 0;
  for (let i: u32 = 0; i < size; i++) {
    store_u8(dst + i, i < 4 ? bits & 0xff : (n < 0 ? 0xff : 0));
    bits = bits >> 8;
  }
}

/** CPython's range message for code c. */
function range_error(c: u32, size: u32, is_signed: bool): never {
  const m: Printer = message_begin();
  if (size === 8 || (!is_signed && size === 4 && order === Order.Native) || ((c === 76 || c === 108) && order === Order.Native && !is_signed)) {
    print_str(m, "argument out of range");
  } else if (size === 1) {
    print_str(m, is_signed ? "byte format requires -128 <= number <= 127" : "ubyte format requires 0 <= number <= 255");
  } else if (size === 2) {
    print_str(m, is_signed ? "short format requires -32768 <= number <= 32767" : "ushort format requires 0 <= number <= 65535");
  } else if (!is_signed && (c === 76)) {
    print_str(m, "argument out of range");
  } else {
    print_str(m, "'");
    print_byte(m, c & 0xff);
    print_str(m, is_signed ? "' format requires -2147483648 <= number <= 2147483647" : "' format requires 0 <= number <= 4294967295");
  }
  raise_struct_error(m);
}

/** Pack v as item code c at dst (a float is written in the host's order, then fixed up). */
function pack_one(c: u32, v: obj, dst: u32): void {
  const size: u32 = item_size(c);
  if (c === 63) {
    store_u8(dst, obj_is_true(v) ? 1 : 0);
    return;
  }
  if (c === 99) {
    if (!(bytes_is(v) || bytearray_is(v)) || StrObj.len.get(v) !== 1) struct_error("char format requires a bytes object of length 1");
    store_u8(dst, load_u8(StrObj.data.get(v)));
    return;
  }
  if (c === 102 || c === 100) {
    const n: obj = obj_native(v);
    if (!float_is(n) && !float_int_like(n)) struct_error("required argument is not a float");
    const x: f64 = float_is(n) ? float_value(n) : float_of_int(n);
    // Through an aligned scratch block: the arena's float stores want aligned addresses.
    const scratch: ref = gc_alloc(16);
    if (scratch === 0) raise_memory_error();
    if (c === 102) {
      const f: f64 = Math.fround(x);
      if ((f === Infinity || f === -Infinity) && x === x && x !== Infinity && x !== -Infinity) {
        raise_msg(TypeId.OverflowError, "float too large to pack with f format");
      }
      store_f32(scratch, Math.fround(x));
    } else {
      store_f64(scratch, x);
    }
    mem_copy(dst, scratch, size);
  } else {
    pack_int(c, size, v, dst);
  }
  if (order === Order.Big) reverse(dst, size);
}

function reverse(at: u32, n: u32): void {
  for (let i: u32 = 0; i < n >>> 1; i++) {
    const a: u32 = load_u8(at + i);
    store_u8(at + i, load_u8(at + n - 1 - i));
    store_u8(at + n - 1 - i, a);
  }
}

/** Pack values args[first..] by format f into [dst, dst + size) (zeroed first). */
function pack_values(f: obj, dst: u32, size: u32, args: u32, first: u32): void {
  mem_fill(dst, 0, size);
  format_begin(f);
  let at: u32 = 0;
  let vi: u32 = first;
  while (next_item()) {
    at = (at + padding(item_code, at)) >>> 0;
    if (item_code === 115) {
      const v: obj = arg(args, vi);
      vi = (vi + 1) >>> 0;
      if (!(bytes_is(v) || bytearray_is(v))) struct_error("argument for 's' must be a bytes object");
      const n: u32 = StrObj.len.get(v);
      mem_copy(dst + at, StrObj.data.get(v), n < item_count ? n : item_count);
      at = (at + item_count) >>> 0;
      continue;
    }
    const size1: u32 = item_size(item_code);
    for (let k: u32 = 0; k < item_count; k++) {
      if (item_code !== 120) {
        pack_one(item_code, arg(args, vi), (dst + at) >>> 0);
        vi = (vi + 1) >>> 0;
      }
      at = (at + size1) >>> 0;
    }
  }
}

/** struct.error "pack expected N items for packing (got M)". */
function check_count(name: string, expected: u32, got: u32): void {
  if (expected === got) return;
  const m: Printer = message_begin();
  print_str(m, name);
  print_str(m, " expected ");
  print_u32(m, expected);
  print_str(m, " items for packing (got ");
  print_u32(m, got);
  print_str(m, ")");
  raise_struct_error(m);
}

// ---- unpacking ----

function unpack_one(c: u32, src: u32, tmp: u32): obj {
  const size: u32 = item_size(c);
  mem_copy(tmp, src, size);
  if (order === Order.Big) reverse(tmp, size);
  switch (c) {
    case 63: return bool_obj(load_u8(tmp) !== 0);
    case 99: return bytes_from_data(TypeId.bytes, tmp, 1);
    case 102: return float_from_f64(load_f32(tmp));
    case 100: return float_from_f64(load_f64(tmp));
    default: break;
  }
  const is_signed: bool = c === 98 || c === 104 || c === 105 || c === 108 || c === 113;
  if (size < 4 || (size === 4 && is_signed)) {
    let v: i32 = 0;
    for (let i: u32 = 0; i < size; i++) v = v | (load_u8(tmp + i) << ((i * 8) & 31));
    if (is_signed && size < 4) v = (v << ((32 - size * 8) & 31)) >> ((32 - size * 8) & 31);
    if (small_int_fits(v)) return new_small_int(v);
  }
  const m: obj = mpz_from_bytes(tmp, size, false, is_signed);
  if (m === 0) raise_memory_error();
  if (mpz_fits_i32(m) && small_int_fits(mpz_to_i32(m))) return new_small_int(mpz_to_i32(m));
  return m;
}

/** A tuple of the values format f reads from [src, src + size). */
function unpack_values(f: obj, owner: obj, src_offset: u32): obj {
  format_size(f);
  const t: obj = tuple_new(values_count);
  const depth: u32 = gc_root_push(t);
  gc_root_push(owner);
  // An aligned scratch block for one item (the arena's float loads want aligned addresses).
  const tmp: ref = gc_alloc(16);
  if (tmp === 0) raise_memory_error();
  gc_root_push(tmp);
  format_begin(f);
  let at: u32 = 0;
  let vi: u32 = 0;
  while (next_item()) {
    at = (at + padding(item_code, at)) >>> 0;
    // The owner's data can move only if it is a bytearray resized by the caller: it is not.
    buffer_get(owner);
    const src: u32 = (buffer_data() + src_offset) >>> 0;
    if (item_code === 115) {
      const b: obj = bytes_from_data(TypeId.bytes, (src + at) >>> 0, item_count);
      tuple_set(t, vi, b);
      vi = (vi + 1) >>> 0;
      at = (at + item_count) >>> 0;
      continue;
    }
    const size1: u32 = item_size(item_code);
    for (let k: u32 = 0; k < item_count; k++) {
      if (item_code !== 120) {
        buffer_get(owner);
        const v: obj = unpack_one(item_code, (buffer_data() + src_offset + at) >>> 0, tmp);
        tuple_set(t, vi, v);
        vi = (vi + 1) >>> 0;
      }
      at = (at + size1) >>> 0;
    }
  }
  gc_root_restore(depth);
  return t;
}

// ---- the module's functions ----

export function struct_fn_calcsize(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int(format_size(arg(args, 0)) | 0);
}

export function struct_fn_pack(n_args: u32, n_kw: u32, args: u32): obj {
  const f: obj = arg(args, 0);
  const size: u32 = format_size(f);
  check_count("pack", values_count, (n_args - 1) >>> 0);
  const b: obj = bytes_new_uninit(TypeId.bytes, size);
  const depth: u32 = gc_root_push(b);
  pack_values(f, StrObj.data.get(b), size, args, 1);
  gc_root_restore(depth);
  return bytes_seal(b);
}

/** A writable buffer's data and length (bytearray or writable memoryview), else TypeError. */
function writable(o: obj): void {
  if (bytearray_is(o) || (memoryview_is(o) && !memoryview_readonly(o))) {
    buffer_get(o);
    return;
  }
  const m: Printer = message_begin();
  print_str(m, "argument must be read-write bytes-like object, not ");
  message_type_name(m, o);
  message_raise_obj(TypeId.TypeError, message_text(m));
}

/** A start offset: negative counts from the end. */
function offset_of(o: obj, len: u32): u32 {
  const n: obj = obj_native(o);
  if (!int_is(n) || !is_small_int(n)) raise_msg(TypeId.TypeError, "an integer is required");
  let off: i32 = small_int_value(n);
  if (off < 0) {
    if (((off + len) | 0) < 0) {
      const m: Printer = message_begin();
      print_str(m, "offset ");
      print_i32(m, off);
      print_str(m, " out of range for ");
      print_u32(m, len);
      print_str(m, "-byte buffer");
      raise_struct_error(m);
    }
    off = (off + len) | 0;
  }
  return off >>> 0;
}

export function struct_fn_pack_into(n_args: u32, n_kw: u32, args: u32): obj {
  const f: obj = arg(args, 0);
  const size: u32 = format_size(f);
  check_count("pack_into", values_count, (n_args - 3) >>> 0);
  const buf: obj = arg(args, 1);
  writable(buf);
  const len: u32 = buffer_len();
  const off: u32 = offset_of(arg(args, 2), len);
  if (off > len || ((len - off) >>> 0) < size) {
    const m: Printer = message_begin();
    print_str(m, "pack_into requires a buffer of at least ");
    print_u32(m, (size + off) >>> 0);
    print_str(m, " bytes for packing ");
    print_u32(m, size);
    print_str(m, " bytes at offset ");
    print_u32(m, off);
    print_str(m, " (actual buffer size is ");
    print_u32(m, len);
    print_str(m, ")");
    raise_struct_error(m);
  }
  // Pack into a scratch bytes first: a value's conversion may run Python code.
  const tmp: obj = bytes_new_uninit(TypeId.bytearray, size);
  const depth: u32 = gc_root_push(tmp);
  pack_values(f, StrObj.data.get(tmp), size, args, 3);
  writable(buf);
  mem_copy((buffer_data() + off) >>> 0, StrObj.data.get(tmp), size);
  gc_root_restore(depth);
  return OBJ_NONE;
}

export function struct_fn_unpack(n_args: u32, n_kw: u32, args: u32): obj {
  const f: obj = arg(args, 0);
  const src: obj = arg(args, 1);
  if (!buffer_get(src)) raise_not_buffer(src);
  const len: u32 = buffer_len();
  const size: u32 = format_size(f);
  if (len !== size) {
    const m: Printer = message_begin();
    print_str(m, "unpack requires a buffer of ");
    print_u32(m, size);
    print_str(m, " bytes");
    raise_struct_error(m);
  }
  return unpack_values(f, src, 0);
}

export function struct_fn_unpack_from(n_args: u32, n_kw: u32, args: u32): obj {
  const f: obj = arg(args, 0);
  const src: obj = arg(args, 1);
  if (!buffer_get(src)) raise_not_buffer(src);
  const len: u32 = buffer_len();
  let off_obj: obj = n_args > 2 ? arg(args, 2) : kw_arg(n_args, n_kw, args, Q.offset);
  if (off_obj === OBJ_NULL) off_obj = new_small_int(0);
  const off: u32 = offset_of(off_obj, len);
  const size: u32 = format_size(f);
  if (off > len || ((len - off) >>> 0) < size) {
    const m: Printer = message_begin();
    print_str(m, "unpack_from requires a buffer of at least ");
    print_u32(m, (size + off) >>> 0);
    print_str(m, " bytes for unpacking ");
    print_u32(m, size);
    print_str(m, " bytes at offset ");
    print_u32(m, off);
    print_str(m, " (actual buffer size is ");
    print_u32(m, len);
    print_str(m, ")");
    raise_struct_error(m);
  }
  return unpack_values(f, src, off);
}

/** A new struct module: its functions and struct.error (an Exception subclass). */
export function struct_module_make(): obj {
  const m: obj = module_new(Q.struct);
  const depth: u32 = gc_root_push(m);
  module_error_make(m, Q.struct, Q.error, TypeId.Exception);
  builtin_module_fill(module_globals(m), ModuleOwner.struct);
  gc_root_restore(depth);
  return m;
}
