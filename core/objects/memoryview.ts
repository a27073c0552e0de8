// memoryview: a window [offset, offset + len) on a bytes or bytearray, without a copy.
// Indexing reads (and, over a bytearray, writes) the underlying bytes; slicing makes a
// narrower view. The view re-reads its base's data address at every access, so a view on
// a bytearray stays valid when the bytearray's data block moves (CPython instead refuses
// to resize a bytearray while views exist; MicroPython does neither).

import { layout, field_ref, field_u32, load_u8, store_u8, mem_copy, type i32, type u32, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { is_small_int, small_int_value, new_small_int, bool_obj, OBJ_NULL, OBJ_TRUE, OBJ_FALSE, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { StrObj, type PrintKind } from "./str.js";
import { raise_msg, raise_memory_error } from "./exception.js";
import { int_is } from "./int.js";
import { message_begin, message_type_name, message_raise } from "./message.js";
import { print_str, print_u32, type Printer } from "../print.js";
import { slice_indices, slice_result_start, slice_result_step, slice_result_count } from "./slice.js";
import { UnaryOp } from "../ops.js";
import { buffer_get, buffer_data, buffer_len, raise_not_buffer } from "./bytes.js";

export const MemoryViewObj = layout("MemoryViewObj", { type: field_ref, base: field_ref, offset: field_u32, len: field_u32 });

export function memoryview_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.memoryview);
}

/** The address of the view's first byte (its base's data may have moved since the view was made). */
export function memoryview_data(m: obj): u32 {
  return (StrObj.data.get(MemoryViewObj.base.get(m)) + MemoryViewObj.offset.get(m)) >>> 0;
}

export function memoryview_len(m: obj): u32 {
  return MemoryViewObj.len.get(m);
}

function view_new(base: obj, offset: u32, len: u32): obj {
  const depth: u32 = gc_root_push(base);
  const m: u32 = gc_alloc(MemoryViewObj.SIZE);
  gc_root_restore(depth);
  if (m === 0) raise_memory_error();
  MemoryViewObj.type.set(m, type_word(TypeId.memoryview));
  MemoryViewObj.base.set(m, base);
  MemoryViewObj.offset.set(m, offset);
  MemoryViewObj.len.set(m, len);
  return m;
}

/** memoryview(o) for a bytes, bytearray or memoryview; TypeError for anything else. */
export function memoryview_new(o: obj): obj {
  if (memoryview_is(o)) return view_new(MemoryViewObj.base.get(o), MemoryViewObj.offset.get(o), MemoryViewObj.len.get(o));
  const t: obj = obj_type(o);
  if (t !== type_word(TypeId.bytes) && t !== type_word(TypeId.bytearray) && t !== type_word(TypeId.array)) {
    const m: Printer = message_begin();
    print_str(m, "memoryview: a bytes-like object is required, not '");
    message_type_name(m, o);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  return view_new(o, 0, StrObj.len.get(o));
}

export function memoryview_readonly(m: obj): bool {
  const t: obj = obj_type(MemoryViewObj.base.get(m));
  return t !== type_word(TypeId.bytearray) && t !== type_word(TypeId.array);
}

function view_index(m: obj, index: obj): u32 {
  const len: u32 = MemoryViewObj.len.get(m);
  let i: i32 = 0;
  if (is_small_int(index)) i = small_int_value(index);
  else if (index === OBJ_TRUE || index === OBJ_FALSE) i = index === OBJ_TRUE ? 1 : 0;
  else if (int_is(index)) raise_msg(TypeId.IndexError, "cannot fit 'int' into an index-sized integer");
  else {
    const p: Printer = message_begin();
    print_str(p, "memoryview: invalid slice key");
    message_raise(TypeId.TypeError, p);
  }
  if (i < 0) i = (i + len) | 0;
  if (i < 0 || i >= (len | 0)) raise_msg(TypeId.IndexError, "index out of bounds on dimension 1");
  return i >>> 0;
}

/** m[index]: an int, or for a slice (step 1 only) a narrower view on the same bytes. */
export function memoryview_subscr(m: obj, index: obj, is_slice: bool, start: obj, stop: obj, step: obj): obj {
  if (!is_slice) return new_small_int(load_u8(memoryview_data(m) + view_index(m, index)) | 0);
  slice_indices(MemoryViewObj.len.get(m), start, stop, step);
  if (slice_result_step() !== 1) raise_msg(TypeId.NotImplementedError, "memoryview slices with a step");
  return view_new(MemoryViewObj.base.get(m), (MemoryViewObj.offset.get(m) + (slice_result_start() >>> 0)) >>> 0, slice_result_count());
}

/** m[index] = v: one byte of a writable view. */
export function memoryview_store(m: obj, index: obj, v: obj): void {
  if (memoryview_readonly(m)) raise_msg(TypeId.TypeError, "cannot modify read-only memory");
  const i: u32 = view_index(m, index);
  let n: i32 = -1;
  if (is_small_int(v)) n = small_int_value(v);
  else if (v === OBJ_TRUE || v === OBJ_FALSE) n = v === OBJ_TRUE ? 1 : 0;
  else if (!int_is(v)) raise_msg(TypeId.TypeError, "memoryview: invalid type for format 'B'");
  if (n < 0 || n > 255) raise_msg(TypeId.ValueError, "memoryview: invalid value for format 'B'");
  store_u8(memoryview_data(m) + i, n & 0xff);
}

/** m[start:stop] = v: a buffer of exactly the slice's length (a view never resizes its base). */
export function memoryview_store_slice(m: obj, start: obj, stop: obj, step: obj, v: obj): void {
  if (memoryview_readonly(m)) raise_msg(TypeId.TypeError, "cannot modify read-only memory");
  slice_indices(MemoryViewObj.len.get(m), start, stop, step);
  if (slice_result_step() !== 1) raise_msg(TypeId.NotImplementedError, "memoryview slices with a step");
  const from: u32 = slice_result_start() >>> 0;
  const n: u32 = slice_result_count();
  if (!buffer_get(v)) raise_not_buffer(v);
  if (buffer_len() !== n) raise_msg(TypeId.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
  // mem_copy is memmove: v may be a view on the same bytes.
  mem_copy((memoryview_data(m) + from) >>> 0, buffer_data(), n);
}

export function memoryview_unary_op(op: UnaryOp, m: obj): obj {
  if (op === UnaryOp.Len) return new_small_int(MemoryViewObj.len.get(m) | 0);
  if (op === UnaryOp.Bool) return bool_obj(MemoryViewObj.len.get(m) !== 0);
  return OBJ_NULL;
}

/** <memory at 0x…>, as CPython. */
export function memoryview_print(p: Printer, m: obj, kind: PrintKind): void {
  print_str(p, "<memory at ");
  print_u32(p, m);
  print_str(p, ">");
}
