// str's right-hand and line splitting: rindex, rsplit, partition, rpartition, splitlines.

import { char_is_space } from "./chars.js";
import { load_u8, type i32, type u8, type u32, type bool } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { OBJ_NULL, OBJ_NONE, new_qstr_obj, type obj } from "./obj.js";
import { str_data, str_len } from "./objects/str.js";
import { list_new, list_append, list_reverse } from "./objects/list.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";
import { TypeId } from "./objects/type.js";
import { raise_msg } from "./objects/exception.js";
import { int_from_i32 } from "./objects/int.js";
import { obj_is_true } from "./operators.js";
import { arg, arg_or, arg_int, kw_arg, kw_check } from "./builtins_args.js";
import { self_str, str_arg, find_bytes, rfind_bytes, substr, find_in, str_m_split } from "./builtins_str.js";
import { Q } from "./qstr_static.js";

export function str_m_rindex(n_args: u32, n_kw: u32, args: u32): obj {
  const i: i32 = find_in(n_args, args, true);
  if (i < 0) raise_msg(TypeId.ValueError, "substring not found");
  return int_from_i32(i);
}

/** s.rsplit(sep=None, maxsplit=-1): split() counting the splits from the right. */
export function str_m_rsplit(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("rsplit", n_args, n_kw, args, Q.sep, Q.maxsplit, 0);
  const max_o: obj = arg_or(n_args, args, 2, kw_arg(n_args, n_kw, args, Q.maxsplit));
  let max: i32 = max_o === OBJ_NULL ? -1 : arg_int(max_o);
  const s: obj = self_str(args);
  let sep: obj = arg_or(n_args, args, 1, kw_arg(n_args, n_kw, args, Q.sep));
  if (sep === OBJ_NULL) sep = OBJ_NONE;
  // Without a limit, whitespace splits the same either way (a separator's matches may
  // overlap, "aaa".rsplit("aa"), so those are searched from the right).
  if (max < 0 && sep === OBJ_NONE) return str_m_split(n_args, n_kw, args);
  const depth: u32 = gc_root_push(s);
  gc_root_push(sep);
  const out: obj = list_new(0);
  gc_root_push(out);
  let to: u32 = str_len(s);
  if (sep === OBJ_NONE) {
    while (true) {
      while (to > 0 && char_is_space(load_u8(str_data(s) + to - 1))) to = (to - 1) >>> 0;
      if (to === 0) break;
      if (max === 0) {
        // The rest keeps its leading whitespace, as CPython's.
        list_append(out, substr(s, 0, to));
        break;
      }
      let j: u32 = to;
      while (j > 0 && !char_is_space(load_u8(str_data(s) + j - 1))) j = (j - 1) >>> 0;
      list_append(out, substr(s, j, (to - j) >>> 0));
      max = (max - 1) | 0;
      to = j;
    }
  } else {
    str_arg(sep, "");
    const n: u32 = str_len(sep);
    if (n === 0) raise_msg(TypeId.ValueError, "empty separator");
    while (true) {
      const at: i32 = max === 0 ? -1 : rfind_bytes(str_data(s), 0, to, str_data(sep), n);
      if (at < 0) {
        list_append(out, substr(s, 0, to));
        break;
      }
      const after: u32 = ((at >>> 0) + n) >>> 0;
      list_append(out, substr(s, after, (to - after) >>> 0));
      to = at >>> 0;
      max = (max - 1) | 0;
    }
  }
  list_reverse(out);
  gc_root_restore(depth);
  return out;
}

/** (s[:at], sep, s[at + len(sep):]), or when sep is absent (s, '', '') / ('', '', s). */
function partition(args: u32, reverse: bool): obj {
  const s: obj = self_str(args);
  const sep: obj = str_arg(arg(args, 1), "");
  const n: u32 = str_len(sep);
  if (n === 0) raise_msg(TypeId.ValueError, "empty separator");
  const len: u32 = str_len(s);
  const at: i32 = reverse ? rfind_bytes(str_data(s), 0, len, str_data(sep), n) : find_bytes(str_data(s), 0, len, str_data(sep), n);
  const empty: obj = new_qstr_obj(Q.empty);
  const depth: u32 = gc_root_push(s);
  gc_root_push(sep);
  let first: obj = empty;
  let middle: obj = empty;
  let last: obj = empty;
  if (at < 0) {
    if (reverse) last = s;
    else first = s;
  } else {
    first = substr(s, 0, at >>> 0);
    gc_root_push(first);
    middle = sep;
    const after: u32 = ((at >>> 0) + n) >>> 0;
    last = substr(s, after, (len - after) >>> 0);
    gc_root_push(last);
  }
  const t: obj = tuple_new(3);
  tuple_set(t, 0, first);
  tuple_set(t, 1, middle);
  tuple_set(t, 2, last);
  gc_root_restore(depth);
  return t;
}

export function str_m_partition(n_args: u32, n_kw: u32, args: u32): obj {
  return partition(args, false);
}

export function str_m_rpartition(n_args: u32, n_kw: u32, args: u32): obj {
  return partition(args, true);
}

/** s.splitlines(keepends=False): lines ended by \n, \r or \r\n. */
export function str_m_splitlines(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("splitlines", n_args, n_kw, args, Q.keepends, 0, 0);
  const keep_o: obj = arg_or(n_args, args, 1, kw_arg(n_args, n_kw, args, Q.keepends));
  const keep: bool = keep_o !== OBJ_NULL && obj_is_true(keep_o);
  const s: obj = self_str(args);
  const len: u32 = str_len(s);
  const depth: u32 = gc_root_push(s);
  const out: obj = list_new(0);
  gc_root_push(out);
  let start: u32 = 0;
  let i: u32 = 0;
  while (i < len) {
    const b: u8 = load_u8(str_data(s) + i);
    if (b !== 10 && b !== 13) {
      i = (i + 1) >>> 0;
      continue;
    }
    let end: u32 = (i + 1) >>> 0;
    if (b === 13 && end < len && load_u8(str_data(s) + end) === 10) end = (end + 1) >>> 0;
    list_append(out, substr(s, start, ((keep ? end : i) - start) >>> 0));
    start = end;
    i = end;
  }
  if (start < len) list_append(out, substr(s, start, (len - start) >>> 0));
  gc_root_restore(depth);
  return out;
}
