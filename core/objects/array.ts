// array.array (MicroPython's py/objarray.c, CPython's reprs and results): a typed, growable
// sequence of machine numbers. Typecodes b B h H i I l L q Q f d; `l`/`L` are 4 bytes, as on
// MicroPython's 32-bit ports (CPython on a 64-bit host says 8). Storing an int that does
// not fit the item keeps its low bits, as MicroPython (CPython raises OverflowError); an int
// too big for 64 bits is OverflowError.
//
// The layout begins as a bytearray's (type, alloc, len, data; alloc and len in bytes), so a
// memoryview can sit on an array as on a bytearray: a writable view of its bytes (format
// 'B', where CPython's view keeps the array's item format).

import { layout, field_ref, field_u32, load_u8, load_i8, load_u16, load_i16, load_u32, load_i32, load_f32, load_f64,
  store_u8, store_f32, store_f64, mem_copy, type i32, type u8, type u32, type f64, type bool } from "../subset/index.js";
import { gc_alloc, gc_realloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, OBJ_TRUE, OBJ_FALSE, is_small_int, small_int_value, small_int_fits, new_small_int, bool_obj, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_msg, raise_memory_error } from "./exception.js";
import { message_begin, message_type_name, message_raise } from "./message.js";
import { print_str, print_byte, type Printer } from "../print.js";
import { type PrintKind, PrintKind as Kind } from "./str.js";
import { obj_print } from "./print.js";
import { float_is, float_value, float_from_f64, float_int_like, float_of_int } from "./float.js";
import { obj_native } from "./instance.js";
import { int_is } from "./int.js";
import { mpz_to_bytes, mpz_from_bytes, mpz_fits_i32, mpz_to_i32 } from "../mpz.js";
import { slice_indices, slice_result_start, slice_result_step, slice_result_count } from "./slice.js";
import { BinaryOp, UnaryOp } from "../ops.js";

export const ArrayObj = layout("ArrayObj", { type: field_ref, alloc: field_u32, len: field_u32, data: field_ref, typecode: field_u32 });

export function array_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.array);
}

/** The item size of typecode c (a character code); 0 for a code array does not have. */
export function array_item_size(c: u32): u8 {
  switch (c) {
    case 98: case 66: return 1; // b B
    case 104: case 72: return 2; // h H
    case 105: case 73: case 108: case 76: case 102: return 4; // i I l L f
    case 113: case 81: case 100: return 8; // q Q d
    default: return 0;
  }
}

function is_signed_code(c: u32): bool {
  return c === 98 || c === 104 || c === 105 || c === 108 || c === 113;
}

function is_float_code(c: u32): bool {
  return c === 102 || c === 100;
}

export function array_typecode(a: obj): u32 {
  return ArrayObj.typecode.get(a);
}

export function array_len(a: obj): u32 {
  return (ArrayObj.len.get(a) / array_item_size(ArrayObj.typecode.get(a))) >>> 0;
}

export function array_data(a: obj): u32 {
  return ArrayObj.data.get(a);
}

export function array_byte_len(a: obj): u32 {
  return ArrayObj.len.get(a);
}

/** A new empty array of typecode c (a valid code) with room for `room` bytes. */
export function array_new(c: u32, room: u32): obj {
  const a: obj = gc_alloc(ArrayObj.SIZE);
  if (a === 0) raise_memory_error();
  ArrayObj.type.set(a, type_word(TypeId.array));
  ArrayObj.typecode.set(a, c);
  if (room > 0) {
    const depth: u32 = gc_root_push(a);
    const data: u32 = gc_alloc(room);
    gc_root_restore(depth);
    if (data === 0) raise_memory_error();
    ArrayObj.data.set(a, data);
    ArrayObj.alloc.set(a, room);
  }
  return a;
}

/** Make room for `more` bytes after the end (the data block may move). */
function array_reserve(a: obj, more: u32): void {
  const need: u32 = (ArrayObj.len.get(a) + more) >>> 0;
  const alloc: u32 = ArrayObj.alloc.get(a);
  if (need <= alloc) return;
  let room: u32 = alloc < 16 ? 16 : (alloc + (alloc >>> 1)) >>> 0;
  if (room < need) room = need;
  const depth: u32 = gc_root_push(a);
  const data: u32 = gc_realloc(ArrayObj.data.get(a), room);
  gc_root_restore(depth);
  if (data === 0) raise_memory_error();
  ArrayObj.data.set(a, data);
  ArrayObj.alloc.set(a, room);
}

/** Append n bytes from src_obj's data at src_offset (an array, bytes or bytearray: their data word is at the same place). */
export function array_append_bytes(a: obj, src_obj: obj, src_offset: u32, n: u32): void {
  const depth: u32 = gc_root_push(src_obj);
  array_reserve(a, n);
  gc_root_restore(depth);
  const len: u32 = ArrayObj.len.get(a);
  // The source's address is read after the reserve, which may have moved it (a += a).
  const src: u32 = (ArrayObj.data.get(src_obj) + src_offset) >>> 0;
  mem_copy((ArrayObj.data.get(a) + len) >>> 0, src, n);
  ArrayObj.len.set(a, (len + n) >>> 0);
}

// ---- items ----

function raise_type_for(code: u32, v: obj): never {
  const m: Printer = message_begin();
  print_str(m, is_float_code(code) ? "must be real number, not " : "'");
  message_type_name(m, v);
  if (!is_float_code(code)) print_str(m, "' object cannot be interpreted as an integer");
  message_raise(TypeId.TypeError, m);
}

/** Store v as an item of typecode code at dst (aligned for its size). */
function item_store(code: u32, dst: u32, v_in: obj): void {
  const v: obj = obj_native(v_in);
  if (is_float_code(code)) {
    if (!float_is(v) && !float_int_like(v)) raise_type_for(code, v_in);
    const x: f64 = float_is(v) ? float_value(v) : float_of_int(v);
    if (code === 102) store_f32(dst, Math.fround(x));
    else store_f64(dst, x);
    return;
  }
  if (float_is(v) || !float_int_like(v)) raise_type_for(code, v_in);
  const size: u8 = array_item_size(code);
  if (v !== OBJ_TRUE && v !== OBJ_FALSE && !is_small_int(v)) {
    // A big int: its low bytes when it fits 64 bits (MicroPython truncates to the item).
    const depth: u32 = gc_root_push(v);
    const scratch: u32 = gc_alloc(8);
    gc_root_restore(depth);
    if (scratch === 0) raise_memory_error();
    if (!mpz_to_bytes(v, scratch, 8, false, true) && !mpz_to_bytes(v, scratch, 8, false, false)) {
      raise_msg(TypeId.OverflowError, "overflow converting long int to machine word");
    }
    mem_copy(dst, scratch, size);
    return;
  }
  let bits: i32 = v === OBJ_TRUE ? 1 : v === OBJ_FALSE ? 0 : small_int_value(v);
  const fill: i32 = bits < 0 ? 0xff : 0;
  for (let i: u32 = 0; i < size; i++) {
    store_u8(dst + i, i < 4 ? bits & 0xff : fill);
    bits = bits >> 8;
  }
}

/** The item of typecode code at src, as a Python int or float. */
function item_load(code: u32, src: u32): obj {
  switch (code) {
    case 98: return new_small_int(load_i8(src));
    case 66: return new_small_int(load_u8(src));
    case 104: return new_small_int(load_i16(src));
    case 72: return new_small_int(load_u16(src));
    case 102: return float_from_f64(load_f32(src));
    case 100: return float_from_f64(load_f64(src));
    default: break;
  }
  const size: u8 = array_item_size(code);
  if (size === 4) {
    if (is_signed_code(code)) {
      const n: i32 = load_i32(src);
      if (small_int_fits(n)) return new_small_int(n);
    } else {
      const u: u32 = load_u32(src);
      if (u < 0x40000000) return new_small_int(u | 0);
    }
  }
  // Through a scratch block: src may move when the new int is allocated.
  const scratch: u32 = gc_alloc(8);
  if (scratch === 0) raise_memory_error();
  mem_copy(scratch, src, size);
  const depth: u32 = gc_root_push(scratch);
  const m: obj = mpz_from_bytes(scratch, size, false, is_signed_code(code));
  gc_root_restore(depth);
  if (mpz_fits_i32(m) && small_int_fits(mpz_to_i32(m))) return new_small_int(mpz_to_i32(m));
  return m;
}

/** a[i] for 0 <= i < len(a). */
export function array_get(a: obj, i: u32): obj {
  const code: u32 = ArrayObj.typecode.get(a);
  return item_load(code, (ArrayObj.data.get(a) + i * array_item_size(code)) >>> 0);
}

/** a.append(v). */
export function array_append(a: obj, v: obj): void {
  const code: u32 = ArrayObj.typecode.get(a);
  const size: u8 = array_item_size(code);
  // Check the value before growing, so that a bad item leaves the array as it was.
  const depth: u32 = gc_root_push(a);
  gc_root_push(v);
  const scratch: u32 = gc_alloc(8);
  if (scratch === 0) raise_memory_error();
  item_store(code, scratch, v);
  gc_root_push(scratch);
  array_reserve(a, size);
  gc_root_restore(depth);
  const len: u32 = ArrayObj.len.get(a);
  mem_copy((ArrayObj.data.get(a) + len) >>> 0, scratch, size);
  ArrayObj.len.set(a, (len + size) >>> 0);
}

/** Index i (a small int, negative from the end) into len items: IndexError outside. */
function item_index(a: obj, index: obj): u32 {
  const len: u32 = array_len(a);
  let i: i32 = 0;
  if (is_small_int(index)) i = small_int_value(index);
  else if (index === OBJ_TRUE || index === OBJ_FALSE) i = index === OBJ_TRUE ? 1 : 0;
  else if (int_is(index)) raise_msg(TypeId.IndexError, "array index out of range");
  else {
    const m: Printer = message_begin();
    print_str(m, "array indices must be integers");
    message_raise(TypeId.TypeError, m);
  }
  if (i < 0) i = (i + len) | 0;
  if (i < 0 || i >= (len | 0)) raise_msg(TypeId.IndexError, "array index out of range");
  return i >>> 0;
}

/** a[index]: an item, or for a slice a new array of the same typecode. */
export function array_subscr(a: obj, index: obj, is_slice: bool, start: obj, stop: obj, step: obj): obj {
  if (!is_slice) return array_get(a, item_index(a, index));
  const code: u32 = ArrayObj.typecode.get(a);
  const size: u8 = array_item_size(code);
  slice_indices(array_len(a), start, stop, step);
  const first: i32 = slice_result_start();
  const stride: i32 = slice_result_step();
  const count: u32 = slice_result_count();
  const depth: u32 = gc_root_push(a);
  const r: obj = array_new(code, (count * size) >>> 0);
  gc_root_restore(depth);
  const src: u32 = ArrayObj.data.get(a);
  const dst: u32 = ArrayObj.data.get(r);
  let at: i32 = first;
  for (let k: u32 = 0; k < count; k++) {
    mem_copy((dst + k * size) >>> 0, (src + (at >>> 0) * size) >>> 0, size);
    at = (at + stride) | 0;
  }
  ArrayObj.len.set(r, (count * size) >>> 0);
  return r;
}

/** a[index] = v; a[start:stop:step] = array of the same typecode. */
export function array_store(a: obj, index: obj, v: obj, is_slice: bool, start: obj, stop: obj, step: obj): void {
  const code: u32 = ArrayObj.typecode.get(a);
  const size: u8 = array_item_size(code);
  if (!is_slice) {
    const i: u32 = item_index(a, index);
    const depth: u32 = gc_root_push(a);
    gc_root_push(v);
    const scratch: u32 = gc_alloc(8);
    if (scratch === 0) raise_memory_error();
    item_store(code, scratch, v);
    gc_root_restore(depth);
    mem_copy((ArrayObj.data.get(a) + i * size) >>> 0, scratch, size);
    return;
  }
  if (!array_is(v) || ArrayObj.typecode.get(v) !== code) {
    const m: Printer = message_begin();
    print_str(m, "can only assign array (not \"");
    message_type_name(m, v);
    print_str(m, "\") to array slice");
    message_raise(TypeId.TypeError, m);
  }
  slice_indices(array_len(a), start, stop, step);
  const first: i32 = slice_result_start();
  const stride: i32 = slice_result_step();
  const count: u32 = slice_result_count();
  const n_src: u32 = array_len(v);
  const depth: u32 = gc_root_push(a);
  gc_root_push(v);
  // A copy of the source, which may be a itself.
  const src_copy: u32 = gc_alloc((n_src * size) >>> 0);
  if (src_copy === 0 && n_src > 0) raise_memory_error();
  mem_copy(src_copy, ArrayObj.data.get(v), (n_src * size) >>> 0);
  gc_root_push(src_copy);
  if (stride !== 1) {
    if (n_src !== count) {
      raise_msg(TypeId.ValueError, "attempt to assign array of wrong size to extended slice");
    }
    let at: i32 = first;
    for (let k: u32 = 0; k < count; k++) {
      mem_copy((ArrayObj.data.get(a) + (at >>> 0) * size) >>> 0, (src_copy + k * size) >>> 0, size);
      at = (at + stride) | 0;
    }
    gc_root_restore(depth);
    return;
  }
  // Step 1: replace count items at first by n_src items, moving the tail.
  const old_bytes: u32 = ArrayObj.len.get(a);
  const head: u32 = ((first >>> 0) * size) >>> 0;
  const cut: u32 = (count * size) >>> 0;
  const put: u32 = (n_src * size) >>> 0;
  const tail: u32 = (old_bytes - head - cut) >>> 0;
  if (put > cut) array_reserve(a, (put - cut) >>> 0);
  const data: u32 = ArrayObj.data.get(a);
  mem_copy((data + head + put) >>> 0, (data + head + cut) >>> 0, tail);
  mem_copy((data + head) >>> 0, src_copy, put);
  ArrayObj.len.set(a, (head + put + tail) >>> 0);
  gc_root_restore(depth);
}

/** Do a and b hold equal items (any typecodes)? */
export function array_equal(a: obj, b: obj): bool {
  const n: u32 = array_len(a);
  if (n !== array_len(b)) return false;
  const ca: u32 = ArrayObj.typecode.get(a);
  const cb: u32 = ArrayObj.typecode.get(b);
  if (ca === cb) {
    const size: u8 = array_item_size(ca);
    if (!is_float_code(ca)) {
      const da: u32 = ArrayObj.data.get(a);
      const db: u32 = ArrayObj.data.get(b);
      const bytes: u32 = (n * size) >>> 0;
      for (let i: u32 = 0; i < bytes; i++) if (load_u8(da + i) !== load_u8(db + i)) return false;
      return true;
    }
  }
  for (let i: u32 = 0; i < n; i++) {
    const x: f64 = item_as_f64(a, i);
    const y: f64 = item_as_f64(b, i);
    if (x !== y) return false;
  }
  return true;
}

/** Item i as a double (exact for every item but 64-bit ints beyond 2^53, compared then by rounding). */
function item_as_f64(a: obj, i: u32): f64 {
  const code: u32 = ArrayObj.typecode.get(a);
  const at: u32 = (ArrayObj.data.get(a) + i * array_item_size(code)) >>> 0;
  switch (code) {
    case 98: return load_i8(at);
    case 66: return load_u8(at);
    case 104: return load_i16(at);
    case 72: return load_u16(at);
    case 105: case 108: return load_i32(at);
    case 73: case 76: return load_u32(at);
    case 102: return load_f32(at);
    case 100: return load_f64(at);
    default: break;
  }
  const lo: f64 = load_u32(at);
  let hi: f64 = 0;
  if (code === 113) hi = load_i32(at + 4);
  else hi = load_u32(at + 4);
  return hi * 4294967296.0 + lo;
}

// ---- operators ----

function raise_concat(b: obj): never {
  const m: Printer = message_begin();
  print_str(m, "can only append array (not \"");
  message_type_name(m, b);
  print_str(m, "\") to array");
  message_raise(TypeId.TypeError, m);
}

export function array_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (op === BinaryOp.Equal) return bool_obj(array_is(b) && array_equal(a, b));
  if (op === BinaryOp.NotEqual) return bool_obj(!(array_is(b) && array_equal(a, b)));
  if (op === BinaryOp.Add || op === BinaryOp.InplaceAdd) {
    if (!array_is(b)) raise_concat(b);
    if (ArrayObj.typecode.get(b) !== ArrayObj.typecode.get(a)) raise_msg(TypeId.TypeError, "bad argument type for built-in operation");
    const add: u32 = ArrayObj.len.get(b);
    if (op === BinaryOp.InplaceAdd) {
      array_append_bytes(a, b, 0, add);
      return a;
    }
    const have: u32 = ArrayObj.len.get(a);
    const depth: u32 = gc_root_push(a);
    gc_root_push(b);
    const r: obj = array_new(ArrayObj.typecode.get(a), (have + add) >>> 0);
    mem_copy(ArrayObj.data.get(r), ArrayObj.data.get(a), have);
    mem_copy((ArrayObj.data.get(r) + have) >>> 0, ArrayObj.data.get(b), add);
    ArrayObj.len.set(r, (have + add) >>> 0);
    gc_root_restore(depth);
    return r;
  }
  if (op === BinaryOp.Contains) {
    const n: u32 = array_len(a);
    const depth: u32 = gc_root_push(a);
    gc_root_push(b);
    for (let i: u32 = 0; i < n; i++) {
      const item: obj = array_get(a, i);
      if (item_matches(item, b)) {
        gc_root_restore(depth);
        return OBJ_TRUE;
      }
    }
    gc_root_restore(depth);
    return OBJ_FALSE;
  }
  return OBJ_NULL;
}

/** Does an item (an int or float) equal v, a number? */
function item_matches(item: obj, v_in: obj): bool {
  const v: obj = obj_native(v_in);
  if (item === v) return true;
  if (!(float_is(v) || float_int_like(v))) return false;
  const x: f64 = float_is(item) ? float_value(item) : float_of_int(item);
  const y: f64 = float_is(v) ? float_value(v) : float_of_int(v);
  return x === y;
}

export function array_unary_op(op: UnaryOp, a: obj): obj {
  if (op === UnaryOp.Len) return new_small_int(array_len(a) | 0);
  if (op === UnaryOp.Bool) return bool_obj(ArrayObj.len.get(a) !== 0);
  return OBJ_NULL;
}

/** array('i', [1, 2]) and array('i') when empty, as CPython. */
export function array_print(p: Printer, a: obj, kind: PrintKind): void {
  print_str(p, "array('");
  print_byte(p, ArrayObj.typecode.get(a) & 0xff);
  print_str(p, "'");
  const n: u32 = array_len(a);
  if (n > 0) {
    print_str(p, ", [");
    const depth: u32 = gc_root_push(a);
    for (let i: u32 = 0; i < n; i++) {
      if (i > 0) print_str(p, ", ");
      obj_print(p, array_get(a, i), Kind.Repr);
    }
    gc_root_restore(depth);
    print_str(p, "]");
  }
  print_str(p, ")");
}
