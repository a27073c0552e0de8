// The array module (MicroPython's py/modarray.c): array.array(typecode[, initializer]) and
// its methods append and extend. The object itself is core/objects/array.ts.

import { load_u8, type u8, type u32 } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NONE, OBJ_STOP_ITERATION, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg } from "../objects/exception.js";
import { message_begin, message_type_name, message_raise } from "../objects/message.js";
import { print_str, print_byte, type Printer } from "../print.js";
import { str_data, str_len } from "../objects/str.js";
import { str_is } from "../objects/str_ops.js";
import { bytes_is, bytearray_is, ByteArrayObj } from "../objects/bytes.js";
import { array_is, array_new, array_item_size, array_append, array_append_bytes, array_typecode, array_byte_len } from "../objects/array.js";
import { obj_getiter, obj_iternext } from "../iter.js";
import { arg } from "../builtins_args.js";

/** Append every item of iterable src to a (an array of another typecode goes item by item). */
function array_extend_from(a: obj, src: obj): void {
  const depth: u32 = gc_root_push(a);
  const it: obj = obj_getiter(src);
  gc_root_push(it);
  for (;;) {
    const v: obj = obj_iternext(it);
    if (v === OBJ_STOP_ITERATION) break;
    array_append(a, v);
  }
  gc_root_restore(depth);
}

/** array(typecode[, initializer]): from bytes-like data (raw items) or any iterable of numbers. */
export function array_fn_array(n_args: u32, n_kw: u32, args: u32): obj {
  const tc: obj = arg(args, 0);
  let code: u32 = 0;
  if (str_is(tc) && str_len(tc) === 1) code = load_u8(str_data(tc));
  else {
    const m: Printer = message_begin();
    print_str(m, "array() argument 1 must be a unicode character, not ");
    message_type_name(m, tc);
    message_raise(TypeId.TypeError, m);
  }
  const size: u8 = array_item_size(code);
  if (size === 0) raise_msg(TypeId.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  const a: obj = array_new(code, 0);
  if (n_args < 2) return a;
  const init: obj = arg(args, 1);
  const depth: u32 = gc_root_push(a);
  if (bytes_is(init) || bytearray_is(init)) {
    const n: u32 = ByteArrayObj.len.get(init);
    if ((n % size | 0) !== 0) raise_msg(TypeId.ValueError, "bytes length not a multiple of item size");
    array_append_bytes(a, init, 0, n);
  } else if (array_is(init) && array_typecode(init) === code) {
    array_append_bytes(a, init, 0, array_byte_len(init));
  } else if (str_is(init)) {
    const m: Printer = message_begin();
    print_str(m, "cannot use a str to initialize an array with typecode '");
    print_byte(m, code & 0xff);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  } else {
    array_extend_from(a, init);
  }
  gc_root_restore(depth);
  return a;
}

function array_self(args: u32): obj {
  const a: obj = arg(args, 0);
  if (!array_is(a)) {
    const m: Printer = message_begin();
    print_str(m, "descriptor requires an 'array' object, not '");
    message_type_name(m, a);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  return a;
}

/** a.append(v). */
export function array_m_append(n_args: u32, n_kw: u32, args: u32): obj {
  array_append(array_self(args), arg(args, 1));
  return OBJ_NONE;
}

/** a.extend(iterable): an array must have a's typecode (CPython's rule). */
export function array_m_extend(n_args: u32, n_kw: u32, args: u32): obj {
  const a: obj = array_self(args);
  const src: obj = arg(args, 1);
  if (array_is(src)) {
    if (array_typecode(src) !== array_typecode(a)) raise_msg(TypeId.TypeError, "can only extend with array of same kind");
    array_append_bytes(a, src, 0, array_byte_len(src));
    return OBJ_NONE;
  }
  array_extend_from(a, src);
  return OBJ_NONE;
}
