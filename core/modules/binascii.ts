// The binascii module (MicroPython's extmod/modbinascii.c, CPython's results and messages):
// hexlify (with sep), unhexlify, a2b_base64 (CPython's non-strict decoding: characters
// outside the alphabet are skipped, padding ends the data), b2a_base64 (newline keyword)
// and crc32. Errors are binascii.Error, a ValueError subclass made with the module.

import { load_u8, store_u8, type u32, type f64, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, OBJ_NONE, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error } from "../objects/exception.js";
import { message_begin, message_type_name, message_raise } from "../objects/message.js";
import { print_str, print_u32, type Printer } from "../print.js";
import { str_data, str_len, StrObj } from "../objects/str.js";
import { str_is } from "../objects/str_ops.js";
import { buffer_get, buffer_data, buffer_len, bytes_new_uninit, bytes_seal } from "../objects/bytes.js";
import { obj_is_true } from "../operators.js";
import { int_from_i32 } from "../objects/int.js";
import { mpz_from_u32 } from "../mpz.js";
import { arg, arg_int, kw_arg, kw_check } from "../builtins_args.js";
import { float_int_like, float_of_int } from "../objects/float.js";
import { module_new, module_globals } from "../objects/module.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { Q } from "../qstr_static.js";
import { module_error_make, module_error_raise } from "./module_error.js";

function binascii_error(text: string): never {
  const m: Printer = message_begin();
  print_str(m, text);
  module_error_raise(Q.binascii, Q.Error, TypeId.ValueError, m);
}

// The input of the last input_get: a bytes-like object's data, or an ASCII str's.
let in_data: u32 = 0;
let in_len: u32 = 0;

/** Read o as bytes-like, or as an ASCII-only str when str_ok; TypeError otherwise. */
function input_get(o: obj, str_ok: bool): void {
  if (str_ok && str_is(o)) {
    in_data = str_data(o);
    in_len = str_len(o);
    for (let i: u32 = 0; i < in_len; i++) {
      if (load_u8(in_data + i) >= 0x80) raise_msg(TypeId.ValueError, "string argument should contain only ASCII characters");
    }
    return;
  }
  if (buffer_get(o)) {
    in_data = buffer_data();
    in_len = buffer_len();
    return;
  }
  const m: Printer = message_begin();
  print_str(m, str_ok ? "argument should be bytes, buffer or ASCII string, not '" : "a bytes-like object is required, not '");
  message_type_name(m, o);
  print_str(m, "'");
  message_raise(TypeId.TypeError, m);
}

function hex_digit(v: u32): u32 {
  return (v < 10 ? 48 + v : 87 + v) >>> 0;
}

export function binascii_fn_hexlify(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("hexlify", n_args, n_kw, args, Q.sep, 0, 0);
  const data: obj = arg(args, 0);
  input_get(data, false);
  let sep_obj: obj = n_args > 1 ? arg(args, 1) : kw_arg(n_args, n_kw, args, Q.sep);
  let sep: u32 = 0;
  let has_sep: bool = false;
  if (sep_obj !== OBJ_NULL && sep_obj !== OBJ_NONE) {
    // A str or bytes of length 1.
    let len: u32 = 0;
    if (str_is(sep_obj)) {
      len = str_len(sep_obj);
      if (len === 1) sep = load_u8(str_data(sep_obj));
    } else if (buffer_get(sep_obj)) {
      len = buffer_len();
      if (len === 1) sep = load_u8(buffer_data());
    } else {
      raise_msg(TypeId.TypeError, "sep must be str or bytes.");
    }
    if (len !== 1) raise_msg(TypeId.ValueError, "sep must be length 1.");
    if (sep >= 0x80) raise_msg(TypeId.ValueError, "sep must be ASCII.");
    has_sep = true;
  }
  sep_obj = OBJ_NULL;
  const n: u32 = in_len;
  const out_len: u32 = n === 0 ? 0 : has_sep ? (n * 3 - 1) >>> 0 : (n * 2) >>> 0;
  const depth: u32 = gc_root_push(data);
  const b: obj = bytes_new_uninit(TypeId.bytes, out_len);
  input_get(data, false);
  const out: u32 = StrObj.data.get(b);
  let at: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    if (has_sep && i > 0) {
      store_u8(out + at, sep);
      at = (at + 1) >>> 0;
    }
    const v: u32 = load_u8(in_data + i);
    store_u8(out + at, hex_digit(v >>> 4));
    store_u8(out + at + 1, hex_digit(v & 15));
    at = (at + 2) >>> 0;
  }
  gc_root_restore(depth);
  return bytes_seal(b);
}

/** The value of hex digit c, or 16 when it is not one. */
function hex_value(c: u32): u32 {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return 16;
}

export function binascii_fn_unhexlify(n_args: u32, n_kw: u32, args: u32): obj {
  const data: obj = arg(args, 0);
  input_get(data, true);
  if ((in_len & 1) !== 0) binascii_error("Odd-length string");
  const depth: u32 = gc_root_push(data);
  const b: obj = bytes_new_uninit(TypeId.bytes, in_len >>> 1);
  input_get(data, true);
  const out: u32 = StrObj.data.get(b);
  for (let i: u32 = 0; i < in_len; i = (i + 2) >>> 0) {
    const hi: u32 = hex_value(load_u8(in_data + i));
    const lo: u32 = hex_value(load_u8(in_data + i + 1));
    if (hi > 15 || lo > 15) binascii_error("Non-hexadecimal digit found");
    store_u8(out + (i >>> 1), (hi << 4) | lo);
  }
  gc_root_restore(depth);
  return bytes_seal(b);
}

const B64: string = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The 6-bit value of base64 character c, or 64 when it is not one. */
function b64_value(c: u32): u32 {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  if (c === 43) return 62;
  if (c === 47) return 63;
  return 64;
}

export function binascii_fn_a2b_base64(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("a2b_base64", n_args, n_kw, args, Q.strict_mode, 0, 0);
  const data: obj = arg(args, 0);
  input_get(data, true);
  const depth: u32 = gc_root_push(data);
  // At most 3 bytes per 4 characters.
  const b: obj = bytes_new_uninit(TypeId.bytes, ((in_len >>> 2) * 3 + 3) >>> 0);
  input_get(data, true);
  const out: u32 = StrObj.data.get(b);
  let n: u32 = 0;
  let quad_pos: u32 = 0;
  let left: u32 = 0;
  let pads: u32 = 0;
  for (let i: u32 = 0; i < in_len; i++) {
    const c: u32 = load_u8(in_data + i);
    if (c === 61) {
      if (pads < 4) pads = (pads + 1) >>> 0;
      if (quad_pos >= 2 && ((quad_pos + pads) >>> 0) >= 4) break;
      continue;
    }
    const v: u32 = b64_value(c);
    if (v >= 64) continue;
    pads = 0;
    if (quad_pos === 0) {
      quad_pos = 1;
      left = v;
    } else if (quad_pos === 1) {
      quad_pos = 2;
      store_u8(out + n, ((left << 2) | (v >>> 4)) & 0xff);
      n = (n + 1) >>> 0;
      left = v & 15;
    } else if (quad_pos === 2) {
      quad_pos = 3;
      store_u8(out + n, ((left << 4) | (v >>> 2)) & 0xff);
      n = (n + 1) >>> 0;
      left = v & 3;
    } else {
      quad_pos = 0;
      store_u8(out + n, ((left << 6) | v) & 0xff);
      n = (n + 1) >>> 0;
      left = 0;
    }
  }
  if (quad_pos !== 0 && !(quad_pos >= 2 && ((quad_pos + pads) >>> 0) >= 4)) {
    if (quad_pos === 1) {
      const m: Printer = message_begin();
      print_str(m, "Invalid base64-encoded string: number of data characters (");
      print_u32(m, ((((n / 3) | 0) * 4) + 1) >>> 0);
      print_str(m, ") cannot be 1 more than a multiple of 4");
      module_error_raise(Q.binascii, Q.Error, TypeId.ValueError, m);
    }
    binascii_error("Incorrect padding");
  }
  StrObj.len.set(b, n);
  gc_root_restore(depth);
  return bytes_seal(b);
}

export function binascii_fn_b2a_base64(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("b2a_base64", n_args, n_kw, args, Q.newline, 0, 0);
  const data: obj = arg(args, 0);
  input_get(data, false);
  const nl_obj: obj = kw_arg(n_args, n_kw, args, Q.newline);
  const newline: bool = nl_obj === OBJ_NULL || obj_is_true(nl_obj);
  const n: u32 = in_len;
  const out_len: u32 = ((((((n + 2) >>> 0) / 3) | 0) * 4) + (newline ? 1 : 0)) >>> 0;
  const depth: u32 = gc_root_push(data);
  const b: obj = bytes_new_uninit(TypeId.bytes, out_len);
  input_get(data, false);
  const out: u32 = StrObj.data.get(b);
  let at: u32 = 0;
  for (let i: u32 = 0; i < n; i = (i + 3) >>> 0) {
    const left: u32 = (n - i) >>> 0;
    const b0: u32 = load_u8(in_data + i);
    const b1: u32 = left > 1 ? load_u8(in_data + i + 1) : 0;
    const b2: u32 = left > 2 ? load_u8(in_data + i + 2) : 0;
    store_u8(out + at, B64.charCodeAt(b0 >>> 2));
    store_u8(out + at + 1, B64.charCodeAt(((b0 & 3) << 4) | (b1 >>> 4)));
    store_u8(out + at + 2, left > 1 ? B64.charCodeAt(((b1 & 15) << 2) | (b2 >>> 6)) : 61);
    store_u8(out + at + 3, left > 2 ? B64.charCodeAt(b2 & 63) : 61);
    at = (at + 4) >>> 0;
  }
  if (newline) store_u8(out + at, 10);
  gc_root_restore(depth);
  return bytes_seal(b);
}

/** The CRC-32 (IEEE 802.3, reflected, as zlib) of the bytes, continuing from crc. */
function crc32_update(crc_in: u32, data: u32, len: u32): u32 {
  let crc: u32 = (crc_in ^ 0xffffffff) >>> 0;
  for (let i: u32 = 0; i < len; i++) {
    crc = (crc ^ load_u8(data + i)) >>> 0;
    for (let k: u32 = 0; k < 8; k++) {
      crc = (crc & 1) !== 0 ? ((crc >>> 1) ^ 0xedb88320) >>> 0 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function binascii_fn_crc32(n_args: u32, n_kw: u32, args: u32): obj {
  input_get(arg(args, 0), false);
  // The starting value modulo 2^32, as CPython takes any int.
  let start: u32 = 0;
  if (n_args > 1) {
    const v: obj = arg(args, 1);
    if (!float_int_like(v)) arg_int(v);
    const x: f64 = float_of_int(v);
    start = (x - Math.floor(x / 4294967296.0) * 4294967296.0) >>> 0;
  }
  input_get(arg(args, 0), false);
  const crc: u32 = crc32_update(start, in_data, in_len);
  if (crc <= 0x3fffffff) return int_from_i32(crc | 0);
  const m: obj = mpz_from_u32(crc);
  if (m === 0) raise_memory_error();
  return m;
}

/** A new binascii module: its functions and binascii.Error (a ValueError subclass). */
export function binascii_module_make(): obj {
  const m: obj = module_new(Q.binascii);
  const depth: u32 = gc_root_push(m);
  module_error_make(m, Q.binascii, Q.Error, TypeId.ValueError);
  builtin_module_fill(module_globals(m), ModuleOwner.binascii);
  gc_root_restore(depth);
  return m;
}
