// bytes and bytearray: a length and a separate data block, in str's shape (StrObj) so that
// str_data/str_len read either. bytes are immutable and keep str's cached hash; a bytearray
// keeps its capacity in that word instead and grows its data block by gc_realloc.
// memoryview (core/objects/memoryview.ts) is the third buffer type; buffer_get reads all three.

import { layout, field_ref, field_u32, load_u8, store_u8, mem_copy, mem_compare, type i32, type u32, type ref, type bool } from "../subset/index.js";
import { gc_realloc, gc_root_push, gc_root_restore } from "../gc.js";
import { is_small_int, small_int_value, new_small_int, bool_obj, OBJ_NULL, OBJ_TRUE, OBJ_FALSE, type obj } from "../obj.js";
import { BinaryOp, UnaryOp } from "../ops.js";
import { obj_type, type_word, is_builtin_type, builtin_type_id, TypeId } from "./type.js";
import { StrObj, str_new_uninit, str_seal, str_print_repr, type PrintKind } from "./str.js";
import { raise_msg, raise_memory_error } from "./exception.js";
import { int_is } from "./int.js";
import { message_begin, message_type_name, message_raise } from "./message.js";
import { print_str, type Printer } from "../print.js";
import { memoryview_is, memoryview_data, memoryview_len } from "./memoryview.js";
import { slice_indices, slice_result_start, slice_result_step, slice_result_count } from "./slice.js";

/** A bytearray: StrObj's words, with the capacity of the data block where str keeps its hash. */
export const ByteArrayObj = layout("ByteArrayObj", { type: field_ref, alloc: field_u32, len: field_u32, data: field_ref });

function type_id(o: obj): u32 {
  const t: obj = obj_type(o);
  return is_builtin_type(t) ? builtin_type_id(t) : TypeId.object;
}

export function bytes_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.bytes);
}

export function bytearray_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.bytearray);
}

// ---- the buffer protocol ----

/** The bytes of the last buffer_get (read with buffer_data and buffer_len). */
let buf_data: u32 = 0;
let buf_len: u32 = 0;

export function buffer_data(): u32 {
  return buf_data;
}

export function buffer_len(): u32 {
  return buf_len;
}

/** Is o a bytes, bytearray or memoryview? Sets buf_data and buf_len when it is. */
export function buffer_get(o: obj): bool {
  const id: u32 = type_id(o);
  if (id === TypeId.bytes || id === TypeId.bytearray) {
    buf_data = StrObj.data.get(o);
    buf_len = StrObj.len.get(o);
    return true;
  }
  if (memoryview_is(o)) {
    buf_data = memoryview_data(o);
    buf_len = memoryview_len(o);
    return true;
  }
  if (id === TypeId.array) {
    // An array's layout starts as a bytearray's: its items' bytes.
    buf_data = ByteArrayObj.data.get(o);
    buf_len = ByteArrayObj.len.get(o);
    return true;
  }
  return false;
}

/** TypeError "a bytes-like object is required, not 'str'". */
export function raise_not_buffer(o: obj): never {
  const m: Printer = message_begin();
  print_str(m, "a bytes-like object is required, not '");
  message_type_name(m, o);
  print_str(m, "'");
  message_raise(TypeId.TypeError, m);
}

// ---- construction ----

/** A new bytes or bytearray (id) of len bytes, which the caller fills in. Raises MemoryError. */
export function bytes_new_uninit(id: TypeId, len: u32): obj {
  const s: obj = str_new_uninit(id, len);
  if (id === TypeId.bytearray) ByteArrayObj.alloc.set(s, len);
  return s;
}

/** Finish an object made by bytes_new_uninit. */
export function bytes_seal(o: obj): obj {
  return bytearray_is(o) ? o : str_seal(o);
}

/** A new bytes or bytearray holding a copy of [at, at + len) (rooted by the caller). */
export function bytes_from_data(id: TypeId, at: u32, len: u32): obj {
  const r: obj = bytes_new_uninit(id, len);
  mem_copy(StrObj.data.get(r), at, len);
  return bytes_seal(r);
}

/** A byte value from an int object: ValueError outside 0..255, TypeError for a non-int. */
export function byte_value(v: obj): u32 {
  let n: i32 = 0;
  if (is_small_int(v)) n = small_int_value(v);
  else if (v === OBJ_TRUE || v === OBJ_FALSE) n = v === OBJ_TRUE ? 1 : 0;
  else if (int_is(v)) n = -1;
  else {
    const m: Printer = message_begin();
    print_str(m, "'");
    message_type_name(m, v);
    print_str(m, "' object cannot be interpreted as an integer");
    message_raise(TypeId.TypeError, m);
  }
  if (n < 0 || n > 255) raise_msg(TypeId.ValueError, "byte must be in range(0, 256)");
  return n >>> 0;
}

// ---- bytearray storage ----

/** Make room for len bytes in bytearray b (its data may move); the new length is set. */
export function bytearray_set_len(b: obj, len: u32): void {
  const alloc: u32 = ByteArrayObj.alloc.get(b);
  if (len > alloc) {
    let want: u32 = (alloc + (alloc >>> 1) + 8) >>> 0;
    if (want < len) want = len;
    const depth: u32 = gc_root_push(b);
    const data: ref = gc_realloc(ByteArrayObj.data.get(b), want);
    gc_root_restore(depth);
    if (data === 0) raise_memory_error();
    ByteArrayObj.data.set(b, data);
    ByteArrayObj.alloc.set(b, want);
  }
  ByteArrayObj.len.set(b, len);
}

/** Replace b[start:start+n_old] with the n_new bytes at src (a copy of which the caller keeps alive). */
export function bytearray_splice(b: obj, start: u32, n_old: u32, src: u32, n_new: u32): void {
  const len: u32 = ByteArrayObj.len.get(b);
  const tail: u32 = (len - start - n_old) >>> 0;
  if (n_new > n_old) bytearray_set_len(b, (len + n_new - n_old) >>> 0);
  const data: u32 = ByteArrayObj.data.get(b);
  mem_copy(data + start + n_new, data + start + n_old, tail);
  if (n_new > 0) mem_copy(data + start, src, n_new);
  if (n_new < n_old) ByteArrayObj.len.set(b, (len - n_old + n_new) >>> 0);
}

/** Append the n bytes at src (which must not move: a bytes, or a copy) to bytearray b. */
export function bytearray_extend_data(b: obj, src: u32, n: u32): void {
  bytearray_splice(b, ByteArrayObj.len.get(b), 0, src, n);
}

// ---- printing ----

/** b'...' as CPython; bytearray(b'...'). */
export function bytes_print(p: Printer, o: obj, kind: PrintKind): void {
  const array: bool = bytearray_is(o);
  if (array) print_str(p, "bytearray(");
  str_print_repr(p, StrObj.data.get(o), StrObj.len.get(o), true);
  if (array) print_str(p, ")");
}

// ---- operators ----

/** -1, 0 or 1: the bytes at a against the bytes at b, lexicographically. */
export function bytes_compare(a: u32, na: u32, b: u32, nb: u32): i32 {
  const n: u32 = na < nb ? na : nb;
  const d: i32 = mem_compare(a, b, n);
  if (d !== 0) return d < 0 ? -1 : 1;
  if (na === nb) return 0;
  return na < nb ? -1 : 1;
}

/** Where the n bytes at needle first occur in [hay, hay + len) at or after from; -1 if not. */
export function bytes_find(hay: u32, len: u32, needle: u32, n: u32, from: u32): i32 {
  if (n > len) return -1;
  const last: u32 = (len - n) >>> 0;
  for (let i: u32 = from; i <= last; i = (i + 1) >>> 0) {
    if (mem_compare((hay + i) >>> 0, needle, n) === 0) return i | 0;
  }
  return -1;
}

/** a == b for two buffers (bytes, bytearray, memoryview); false when either is not one. */
export function buffer_equal(a: obj, b: obj): bool {
  if (!buffer_get(a)) return false;
  const ad: u32 = buf_data;
  const an: u32 = buf_len;
  if (!buffer_get(b)) return false;
  return an === buf_len && mem_compare(ad, buf_data, an) === 0;
}

function repeat(a: obj, times: i32): obj {
  const id: TypeId = bytearray_is(a) ? TypeId.bytearray : TypeId.bytes;
  const n: u32 = StrObj.len.get(a);
  const count: u32 = times < 0 ? 0 : times >>> 0;
  if (n !== 0 && count > (0x7fffffff / n)) raise_memory_error();
  const depth: u32 = gc_root_push(a);
  const r: obj = bytes_new_uninit(id, Math.imul(n | 0, count | 0) >>> 0);
  gc_root_restore(depth);
  const src: u32 = StrObj.data.get(a);
  const dst: u32 = StrObj.data.get(r);
  for (let i: u32 = 0; i < count; i++) mem_copy((dst + (Math.imul(i | 0, n | 0) >>> 0)) >>> 0, src, n);
  return bytes_seal(r);
}

function concat(a: obj, b: obj): obj {
  const na: u32 = StrObj.len.get(a);
  buffer_get(b);
  const nb: u32 = buf_len;
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  const r: obj = bytes_new_uninit(bytearray_is(a) ? TypeId.bytearray : TypeId.bytes, (na + nb) >>> 0);
  gc_root_restore(depth);
  mem_copy(StrObj.data.get(r), StrObj.data.get(a), na);
  buffer_get(b);
  mem_copy(StrObj.data.get(r) + na, buf_data, nb);
  return bytes_seal(r);
}

function contains(a: obj, b: obj): obj {
  const data: u32 = StrObj.data.get(a);
  const len: u32 = StrObj.len.get(a);
  if (is_small_int(b) || int_is(b) || b === OBJ_TRUE || b === OBJ_FALSE) {
    const v: u32 = byte_value(b);
    for (let i: u32 = 0; i < len; i++) if (load_u8(data + i) === v) return OBJ_TRUE;
    return OBJ_FALSE;
  }
  if (!buffer_get(b)) raise_not_buffer(b);
  return bool_obj(bytes_find(data, len, buf_data, buf_len, 0) >= 0);
}

/** The binary operator slot of bytes and bytearray. */
export function bytes_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  switch (op) {
    case BinaryOp.Contains: return contains(a, b);
    case BinaryOp.Multiply: case BinaryOp.InplaceMultiply:
      if (is_small_int(b)) return repeat(a, small_int_value(b));
      if (b === OBJ_TRUE || b === OBJ_FALSE) return repeat(a, b === OBJ_TRUE ? 1 : 0);
      return OBJ_NULL;
    case BinaryOp.InplaceAdd:
      if (bytearray_is(a) && buffer_get(b)) {
        // A copy when b is a itself or a view of it: the data may move as a grows.
        const src: obj = bytes_from_data(TypeId.bytes, buf_data, buf_len);
        const depth: u32 = gc_root_push(src);
        bytearray_extend_data(a, StrObj.data.get(src), StrObj.len.get(src));
        gc_root_restore(depth);
        return a;
      }
      if (!buffer_get(b)) return OBJ_NULL;
      return concat(a, b);
    case BinaryOp.Add:
      if (!buffer_get(b)) return OBJ_NULL;
      return concat(a, b);
    case BinaryOp.Equal: case BinaryOp.NotEqual:
      if (!buffer_get(b)) return OBJ_NULL;
      return bool_obj(buffer_equal(a, b) === (op === BinaryOp.Equal));
    case BinaryOp.Less: case BinaryOp.LessEqual: case BinaryOp.More: case BinaryOp.MoreEqual: {
      if (!buffer_get(b)) return OBJ_NULL;
      const c: i32 = bytes_compare(StrObj.data.get(a), StrObj.len.get(a), buf_data, buf_len);
      if (op === BinaryOp.Less) return bool_obj(c < 0);
      if (op === BinaryOp.LessEqual) return bool_obj(c <= 0);
      if (op === BinaryOp.More) return bool_obj(c > 0);
      return bool_obj(c >= 0);
    }
    default: return OBJ_NULL;
  }
}

/** The unary operator slot of bytes and bytearray (bytearray's hash is refused by obj_hash). */
export function bytes_unary_op(op: UnaryOp, a: obj): obj {
  const len: u32 = StrObj.len.get(a);
  if (op === UnaryOp.Len) return new_small_int(len | 0);
  if (op === UnaryOp.Bool) return bool_obj(len !== 0);
  if (op === UnaryOp.Hash && bytes_is(a)) return new_small_int(StrObj.hash.get(a) & 0xffff);
  return OBJ_NULL;
}

// ---- subscription ----

/** An index into a sequence of len: negative from the end; IndexError outside. */
function index_of(index: obj, len: u32, what: string): u32 {
  let i: i32 = 0;
  if (is_small_int(index)) i = small_int_value(index);
  else if (index === OBJ_TRUE || index === OBJ_FALSE) i = index === OBJ_TRUE ? 1 : 0;
  else if (int_is(index)) raise_msg(TypeId.IndexError, "cannot fit 'int' into an index-sized integer");
  else {
    const m: Printer = message_begin();
    print_str(m, what);
    print_str(m, " indices must be integers or slices, not ");
    message_type_name(m, index);
    message_raise(TypeId.TypeError, m);
  }
  if (i < 0) i = (i + len) | 0;
  if (i < 0 || i >= (len | 0)) {
    const m: Printer = message_begin();
    print_str(m, what);
    print_str(m, " index out of range");
    message_raise(TypeId.IndexError, m);
  }
  return i >>> 0;
}

/** o[index] for the n bytes at data (a slice makes a new id object). */
export function buffer_subscr(o: obj, data: u32, len: u32, index: obj, id: TypeId, start_obj: obj, stop_obj: obj, step_obj: obj, is_slice: bool): obj {
  if (!is_slice) return new_small_int(load_u8(data + index_of(index, len, id === TypeId.bytearray ? "bytearray" : "index")) | 0);
  slice_indices(len, start_obj, stop_obj, step_obj);
  const start: i32 = slice_result_start();
  const step: i32 = slice_result_step();
  const n: u32 = slice_result_count();
  const depth: u32 = gc_root_push(o);
  const r: obj = bytes_new_uninit(id, n);
  gc_root_restore(depth);
  const base: u32 = buffer_get(o) ? buf_data : data;
  const dst: u32 = StrObj.data.get(r);
  for (let i: u32 = 0; i < n; i++) store_u8(dst + i, load_u8((base + start + Math.imul(i | 0, step)) >>> 0));
  return bytes_seal(r);
}

/** b[index] = v for a bytearray (an int index, or a slice and a buffer or iterable of ints as bytes). */
export function bytearray_store(b: obj, index: obj, v: obj, is_slice: bool, start_obj: obj, stop_obj: obj, step_obj: obj): void {
  const len: u32 = ByteArrayObj.len.get(b);
  if (!is_slice) {
    const i: u32 = index_of(index, len, "bytearray");
    store_u8(ByteArrayObj.data.get(b) + i, byte_value(v));
    return;
  }
  if (!buffer_get(v)) raise_msg(TypeId.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  // A copy: v may be b itself, or a view of it.
  const depth: u32 = gc_root_push(b);
  const src: obj = bytes_from_data(TypeId.bytes, buf_data, buf_len);
  gc_root_push(src);
  const n_new: u32 = StrObj.len.get(src);
  slice_indices(len, start_obj, stop_obj, step_obj);
  const start: i32 = slice_result_start();
  const step: i32 = slice_result_step();
  const count: u32 = slice_result_count();
  if (step === 1) {
    bytearray_splice(b, start >>> 0, count, StrObj.data.get(src), n_new);
  } else {
    if (n_new !== count) raise_msg(TypeId.ValueError, "attempt to assign bytes of wrong size to extended slice");
    const data: u32 = ByteArrayObj.data.get(b);
    for (let i: u32 = 0; i < count; i++) store_u8((data + start + Math.imul(i | 0, step)) >>> 0, load_u8(StrObj.data.get(src) + i));
  }
  gc_root_restore(depth);
}

/** del b[index] for a bytearray. */
export function bytearray_delete(b: obj, index: obj, is_slice: bool, start_obj: obj, stop_obj: obj, step_obj: obj): void {
  const len: u32 = ByteArrayObj.len.get(b);
  if (!is_slice) {
    bytearray_splice(b, index_of(index, len, "bytearray"), 1, 0, 0);
    return;
  }
  slice_indices(len, start_obj, stop_obj, step_obj);
  const start: i32 = slice_result_start();
  const step: i32 = slice_result_step();
  const count: u32 = slice_result_count();
  if (step === 1) {
    bytearray_splice(b, start >>> 0, count, 0, 0);
    return;
  }
  // Keep the bytes not in the slice, in order: walk the deleted positions upwards.
  let next: i32 = start;
  let stride: i32 = step;
  if (step < 0) {
    next = (start + Math.imul((count | 0) - 1, step)) | 0;
    stride = (0 - step) | 0;
  }
  const data: u32 = ByteArrayObj.data.get(b);
  let out: u32 = 0;
  let deleted: u32 = 0;
  for (let i: u32 = 0; i < len; i++) {
    if (deleted < count && (i | 0) === next) {
      deleted = (deleted + 1) >>> 0;
      next = (next + stride) | 0;
      continue;
    }
    store_u8((data + out) >>> 0, load_u8((data + i) >>> 0));
    out = (out + 1) >>> 0;
  }
  ByteArrayObj.len.set(b, out);
}

/** memoryview's binary operator slot: == and != against any buffer. */
export function memoryview_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (op !== BinaryOp.Equal && op !== BinaryOp.NotEqual) return OBJ_NULL;
  if (!buffer_get(b)) return OBJ_NULL;
  return bool_obj(buffer_equal(a, b) === (op === BinaryOp.Equal));
}
