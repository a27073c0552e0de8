// str's padding methods: center, ljust, rjust (width in code points, an optional one-character
// fill) and zfill (zeros after any sign).

import { load_u8, store_u8, mem_copy, type i32, type u8, type u32 } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { type obj } from "./obj.js";
import { StrObj, str_data, str_len, str_new_uninit, str_seal } from "./objects/str.js";
import { utf8_count } from "./objects/str_ops.js";
import { TypeId } from "./objects/type.js";
import { raise_msg } from "./objects/exception.js";
import { arg, arg_or, arg_int } from "./builtins_args.js";
import { self_str, str_arg } from "./builtins_str.js";
import { OBJ_NULL } from "./obj.js";

/** s with `left` fills before and `right` after (fill: a one-character str, or OBJ_NULL for a space). */
function pad(s: obj, left: u32, right: u32, fill: obj): obj {
  const len: u32 = str_len(s);
  const fill_len: u32 = fill === OBJ_NULL ? 1 : str_len(fill);
  const depth: u32 = gc_root_push(s);
  gc_root_push(fill);
  const r: obj = str_new_uninit(TypeId.str, (len + Math.imul((left + right) | 0, fill_len | 0)) >>> 0);
  gc_root_restore(depth);
  let at: u32 = StrObj.data.get(r);
  for (let i: u32 = 0; i < left; i++) at = put_fill(at, fill, fill_len);
  mem_copy(at, str_data(s), len);
  at = (at + len) >>> 0;
  for (let i: u32 = 0; i < right; i++) at = put_fill(at, fill, fill_len);
  return str_seal(r);
}

function put_fill(at: u32, fill: obj, fill_len: u32): u32 {
  if (fill === OBJ_NULL) store_u8(at, 32);
  else mem_copy(at, str_data(fill), fill_len);
  return (at + fill_len) >>> 0;
}

const enum Align {
  Left,
  Right,
  Center,
}

function align(n_args: u32, args: u32, how: Align): obj {
  const s: obj = self_str(args);
  const width: i32 = arg_int(arg(args, 1));
  const fill: obj = arg_or(n_args, args, 2, OBJ_NULL);
  if (fill !== OBJ_NULL) {
    str_arg(fill, "fill character ");
    if (utf8_count(str_data(fill), str_len(fill)) !== 1) raise_msg(TypeId.TypeError, "The fill character must be exactly one character long");
  }
  const count: u32 = utf8_count(str_data(s), str_len(s));
  if (width <= (count | 0)) return s;
  const margin: u32 = ((width >>> 0) - count) >>> 0;
  // CPython's rounding: the odd space goes left only when the width is odd.
  let left: u32 = 0;
  if (how === Align.Right) left = margin;
  else if (how === Align.Center) left = ((margin >>> 1) + (margin & (width >>> 0) & 1)) >>> 0;
  return pad(s, left, (margin - left) >>> 0, fill);
}

export function str_m_center(n_args: u32, n_kw: u32, args: u32): obj {
  return align(n_args, args, Align.Center);
}

export function str_m_ljust(n_args: u32, n_kw: u32, args: u32): obj {
  return align(n_args, args, Align.Left);
}

export function str_m_rjust(n_args: u32, n_kw: u32, args: u32): obj {
  return align(n_args, args, Align.Right);
}

/** s.zfill(width): '0's to the left, after a leading '+' or '-'. */
export function str_m_zfill(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = self_str(args);
  const width: i32 = arg_int(arg(args, 1));
  const len: u32 = str_len(s);
  const count: u32 = utf8_count(str_data(s), len);
  if (width <= (count | 0)) return s;
  const zeros: u32 = ((width >>> 0) - count) >>> 0;
  const depth: u32 = gc_root_push(s);
  const r: obj = str_new_uninit(TypeId.str, (len + zeros) >>> 0);
  gc_root_restore(depth);
  const d: u32 = str_data(s);
  const to: u32 = StrObj.data.get(r);
  const first: u8 = len > 0 ? load_u8(d) : 0;
  const sign: u32 = first === 43 || first === 45 ? 1 : 0;
  if (sign === 1) store_u8(to, first);
  for (let i: u32 = 0; i < zeros; i++) store_u8(to + sign + i, 48);
  mem_copy(to + sign + zeros, d + sign, (len - sign) >>> 0);
  return str_seal(r);
}
