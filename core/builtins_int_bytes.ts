// int.to_bytes and int.from_bytes: an int as `length` bytes in either byte order, two's
// complement when signed. Written over the generic operators so big ints take the same path.

import { load_u8, store_u8, type i32, type u32, type bool } from "./subset/index.js";
import { gc_root_push, gc_root_set, gc_root_restore } from "./gc.js";
import { OBJ_NULL, OBJ_TRUE, OBJ_FALSE, is_small_int, new_small_int, small_int_value, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { int_is } from "./objects/int.js";
import { str_data, str_len } from "./objects/str.js";
import { str_is } from "./objects/str_ops.js";
import { StrObj } from "./objects/str.js";
import { bytes_new_uninit, bytes_seal, buffer_get, buffer_data, buffer_len, raise_not_buffer } from "./objects/bytes.js";
import { obj_binary_op, obj_is_true } from "./operators.js";
import { BinaryOp } from "./ops.js";
import { raise_msg } from "./objects/exception.js";
import { obj_native } from "./objects/instance.js";
import { arg, arg_or, arg_int, kw_arg, kw_check } from "./builtins_args.js";
import { qstr_find } from "./qstr.js";
import { Q } from "./qstr_static.js";

/** The byteorder argument (absent: big): true for "little"; ValueError for anything else. */
function little_endian(o: obj): bool {
  if (o === OBJ_NULL) return false;
  if (!str_is(o)) raise_msg(TypeId.TypeError, "byteorder must be str");
  const q: u32 = qstr_find(str_data(o), str_len(o));
  if (q === Q.little) return true;
  if (q !== Q.big) raise_msg(TypeId.ValueError, "byteorder must be either 'little' or 'big'");
  return false;
}

function int_self(o: obj): obj {
  const v: obj = obj_native(o);
  if (v === OBJ_TRUE) return new_small_int(1);
  if (v === OBJ_FALSE) return new_small_int(0);
  if (!is_small_int(v) && !int_is(v)) raise_msg(TypeId.TypeError, "descriptor 'to_bytes' requires an 'int' object");
  return v;
}

function op(o: BinaryOp, a: obj, b: obj): obj {
  return obj_binary_op(o, a, b);
}

function test(o: BinaryOp, a: obj, b: obj): bool {
  return obj_is_true(obj_binary_op(o, a, b));
}

/** n.to_bytes(length=1, byteorder='big', *, signed=False). */
export function int_m_to_bytes(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("to_bytes", n_args, n_kw, args, Q.length, Q.byteorder, Q.signed);
  let v: obj = int_self(arg(args, 0));
  const len_o: obj = arg_or(n_args, args, 1, kw_arg(n_args, n_kw, args, Q.length));
  const len: i32 = len_o === OBJ_NULL ? 1 : arg_int(len_o);
  if (len < 0) raise_msg(TypeId.ValueError, "length argument must be non-negative");
  const little: bool = little_endian(arg_or(n_args, args, 2, kw_arg(n_args, n_kw, args, Q.byteorder)));
  const signed_arg: obj = kw_arg(n_args, n_kw, args, Q.signed);
  const is_signed: bool = signed_arg !== OBJ_NULL && obj_is_true(signed_arg);
  const negative: bool = test(BinaryOp.Less, v, new_small_int(0));
  if (negative && !is_signed) raise_msg(TypeId.OverflowError, "can't convert negative int to unsigned");
  const depth: u32 = gc_root_push(v);
  // Does v fit? Unsigned: v < 2^(8 len). Signed: -2^(8 len - 1) <= v < 2^(8 len - 1).
  let fits: bool = true;
  if (len === 0) fits = test(BinaryOp.Equal, v, new_small_int(0));
  else {
    const bits: i32 = is_signed ? (len * 8 - 1) | 0 : (len * 8) | 0;
    const limit: obj = op(BinaryOp.Lshift, new_small_int(1), new_small_int(bits));
    gc_root_push(limit);
    fits = negative ? !test(BinaryOp.Less, op(BinaryOp.Add, v, limit), new_small_int(0)) : test(BinaryOp.Less, v, limit);
  }
  if (!fits) raise_msg(TypeId.OverflowError, "int too big to convert");
  const r: obj = bytes_new_uninit(TypeId.bytes, len >>> 0);
  gc_root_push(r);
  const at: u32 = gc_root_push(v);
  const data: u32 = StrObj.data.get(r);
  // Shifting a negative int right sign-extends, so its low bytes are its two's complement.
  for (let i: u32 = 0; i < (len >>> 0); i++) {
    const b: obj = op(BinaryOp.And, v, new_small_int(0xff));
    store_u8(little ? data + i : data + (len >>> 0) - 1 - i, small_int_value(b) & 0xff);
    v = op(BinaryOp.Rshift, v, new_small_int(8));
    gc_root_set(at, v);
  }
  gc_root_restore(depth);
  return bytes_seal(r);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False). */
export function int_m_from_bytes(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("from_bytes", n_args, n_kw, args, Q.byteorder, Q.signed, 0);
  const src: obj = arg(args, 1);
  if (!buffer_get(src)) raise_not_buffer(src);
  const little: bool = little_endian(arg_or(n_args, args, 2, kw_arg(n_args, n_kw, args, Q.byteorder)));
  const signed_arg: obj = kw_arg(n_args, n_kw, args, Q.signed);
  const is_signed: bool = signed_arg !== OBJ_NULL && obj_is_true(signed_arg);
  const depth: u32 = gc_root_push(src);
  if (!buffer_get(src)) raise_not_buffer(src);
  const data: u32 = buffer_data();
  const len: u32 = buffer_len();
  let v: obj = new_small_int(0);
  const at: u32 = gc_root_push(v);
  for (let i: u32 = 0; i < len; i++) {
    const b: u32 = load_u8(little ? data + len - 1 - i : data + i);
    v = op(BinaryOp.Or, op(BinaryOp.Lshift, v, new_small_int(8)), new_small_int(b));
    gc_root_set(at, v);
  }
  if (is_signed && len > 0 && (load_u8(little ? data + len - 1 : data) & 0x80) !== 0) {
    v = op(BinaryOp.Subtract, v, op(BinaryOp.Lshift, new_small_int(1), new_small_int((len * 8) | 0)));
  }
  gc_root_restore(depth);
  return v;
}
