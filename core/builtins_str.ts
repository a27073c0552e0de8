// str's methods (join, split, strip, find, replace, upper, lower…), over the UTF-8 bytes:
// positions returned to Python are code point indices.

import { char_is_space, utf8_seq_len } from "./chars.js";
import { load_u8, store_u8, mem_copy, mem_compare, type i32, type u8, type u32, type bool } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { OBJ_NULL, OBJ_NONE, bool_obj, type obj } from "./obj.js";
import { StrObj, str_data, str_len, str_new_uninit, str_seal, str_from_bytes } from "./objects/str.js";
import { str_is, utf8_count } from "./objects/str_ops.js";
import { obj_native } from "./objects/instance.js";
import { list_new, list_append, list_len, list_get } from "./objects/list.js";
import { tuple_len, tuple_get } from "./objects/tuple.js";
import { obj_type, type_word, TypeId } from "./objects/type.js";
import { int_from_i32 } from "./objects/int.js";
import { raise_msg } from "./objects/exception.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, print_i32, type Printer } from "./print.js";
import { arg, arg_or, arg_int, kw_arg, kw_check } from "./builtins_args.js";
import { list_from_iterable } from "./builtins_core.js";
import { Q } from "./qstr_static.js";

export function self_str(args: u32): obj {
  return obj_native(arg(args, 0));
}

/** A str argument, or TypeError naming what was given. */
export function str_arg(o: obj, what: string): obj {
  if (str_is(o)) return o;
  const m: Printer = message_begin();
  print_str(m, what);
  print_str(m, "must be str, not ");
  message_type_name(m, o);
  message_raise(TypeId.TypeError, m);
}

/** Is [a, a + n) equal to [b, b + n)? */
function bytes_at(a: u32, b: u32, n: u32): bool {
  return n === 0 || mem_compare(a, b, n) === 0;
}

/** The first byte offset >= from (and <= to - n) where needle occurs, or -1. */
export function find_bytes(h: u32, from: u32, to: u32, needle: u32, n: u32): i32 {
  if (n > to || ((to - n) >>> 0) < from) return -1;
  const last: u32 = (to - n) >>> 0;
  for (let i: u32 = from; i <= last; i = (i + 1) >>> 0) if (bytes_at((h + i) >>> 0, needle, n)) return i | 0;
  return -1;
}

/** The last such offset, or -1. */
export function rfind_bytes(h: u32, from: u32, to: u32, needle: u32, n: u32): i32 {
  if (n > to || ((to - n) >>> 0) < from) return -1;
  let i: i32 = (to - n) | 0;
  while (i >= (from | 0)) {
    if (bytes_at((h + i) >>> 0, needle, n)) return i;
    i = (i - 1) | 0;
  }
  return -1;
}

/** A new str of bytes [from, from + n) of s. */
export function substr(s: obj, from: u32, n: u32): obj {
  const depth: u32 = gc_root_push(s);
  const r: obj = str_from_bytes((str_data(s) + from) >>> 0, n);
  gc_root_restore(depth);
  return r;
}

/** The byte offset of code point index i (clamped to the string). */
function byte_offset(d: u32, len: u32, i: u32): u32 {
  let seen: u32 = 0;
  for (let k: u32 = 0; k < len; k++) {
    if ((load_u8(d + k) & 0xc0) !== 0x80) {
      if (seen === i) return k;
      seen = (seen + 1) >>> 0;
    }
  }
  return len;
}

/** A start/end argument (None: absent) as a byte offset, negative counting from the end. */
export function bound_arg(o: obj, d: u32, len: u32, absent: u32): u32 {
  if (o === OBJ_NULL || o === OBJ_NONE) return absent;
  let i: i32 = arg_int(o);
  const count: u32 = utf8_count(d, len);
  if (i < 0) {
    i = (i + count) | 0;
    if (i < 0) i = 0;
  }
  return byte_offset(d, len, i >>> 0);
}

/** Does a start argument (None: absent) point past the end? Then nothing, not even '', is found there. */
export function start_past_end(o: obj, d: u32, len: u32): bool {
  if (o === OBJ_NULL || o === OBJ_NONE) return false;
  const i: i32 = arg_int(o);
  return i > 0 && (i >>> 0) > utf8_count(d, len);
}

// ---- join, split ----

export function str_m_join(n_args: u32, n_kw: u32, args: u32): obj {
  const sep: obj = self_str(args);
  const depth: u32 = gc_root_push(sep);
  const items: obj = list_from_iterable(arg(args, 1));
  gc_root_push(items);
  const n: u32 = list_len(items);
  const sep_len: u32 = str_len(sep);
  let total: u32 = n > 0 ? Math.imul((n - 1) | 0, sep_len | 0) >>> 0 : 0;
  for (let i: u32 = 0; i < n; i++) {
    const it: obj = list_get(items, i);
    if (!str_is(it)) {
      const m: Printer = message_begin();
      print_str(m, "sequence item ");
      print_i32(m, i | 0);
      print_str(m, ": expected str instance, ");
      message_type_name(m, it);
      print_str(m, " found");
      message_raise(TypeId.TypeError, m);
    }
    total = (total + str_len(it)) >>> 0;
  }
  const r: obj = str_new_uninit(TypeId.str, total);
  let at: u32 = StrObj.data.get(r);
  for (let i: u32 = 0; i < n; i++) {
    if (i > 0) {
      mem_copy(at, str_data(sep), sep_len);
      at = (at + sep_len) >>> 0;
    }
    const it: obj = list_get(items, i);
    mem_copy(at, str_data(it), str_len(it));
    at = (at + str_len(it)) >>> 0;
  }
  gc_root_restore(depth);
  return str_seal(r);
}

/** s.split(sep=None, maxsplit=-1). */
export function str_m_split(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("split", n_args, n_kw, args, Q.sep, Q.maxsplit, 0);
  const s: obj = self_str(args);
  let sep: obj = arg_or(n_args, args, 1, kw_arg(n_args, n_kw, args, Q.sep));
  if (sep === OBJ_NULL) sep = OBJ_NONE;
  const max_o: obj = arg_or(n_args, args, 2, kw_arg(n_args, n_kw, args, Q.maxsplit));
  let max: i32 = max_o === OBJ_NULL ? -1 : arg_int(max_o);
  const depth: u32 = gc_root_push(s);
  gc_root_push(sep);
  const out: obj = list_new(0);
  gc_root_push(out);
  const len: u32 = str_len(s);
  if (sep === OBJ_NONE) {
    let i: u32 = 0;
    while (true) {
      while (i < len && char_is_space(load_u8(str_data(s) + i))) i = (i + 1) >>> 0;
      if (i >= len) break;
      if (max === 0) {
        // The rest keeps its trailing whitespace, as CPython's.
        list_append(out, substr(s, i, (len - i) >>> 0));
        break;
      }
      let j: u32 = i;
      while (j < len && !char_is_space(load_u8(str_data(s) + j))) j = (j + 1) >>> 0;
      list_append(out, substr(s, i, (j - i) >>> 0));
      if (max > 0) max = (max - 1) | 0;
      i = j;
    }
  } else {
    str_arg(sep, "");
    const n: u32 = str_len(sep);
    if (n === 0) raise_msg(TypeId.ValueError, "empty separator");
    let i: u32 = 0;
    while (true) {
      const at: i32 = max === 0 ? -1 : find_bytes(str_data(s), i, len, str_data(sep), n);
      if (at < 0) {
        list_append(out, substr(s, i, (len - i) >>> 0));
        break;
      }
      list_append(out, substr(s, i, ((at >>> 0) - i) >>> 0));
      i = ((at >>> 0) + n) >>> 0;
      if (max > 0) max = (max - 1) | 0;
    }
  }
  gc_root_restore(depth);
  return out;
}

// ---- strip ----

/** Is the character at d[at, at + n) one of the characters of str chars (OBJ_NONE: whitespace)? */
function strip_char(d: u32, at: u32, n: u32, chars: obj): bool {
  if (chars === OBJ_NONE) return n === 1 && char_is_space(load_u8(d + at));
  const c: u32 = str_data(chars);
  const len: u32 = str_len(chars);
  let i: u32 = 0;
  while (i < len) {
    const k: u32 = utf8_seq_len(load_u8(c + i));
    if (k === n && mem_compare(c + i, d + at, n) === 0) return true;
    i = (i + k) >>> 0;
  }
  return false;
}

/** The start of the character that ends at d[to - 1]: back over UTF-8 continuation bytes. */
function char_start_before(d: u32, from: u32, to: u32): u32 {
  let i: u32 = (to - 1) >>> 0;
  while (i > from && (load_u8(d + i) & 0xc0) === 0x80) i = (i - 1) >>> 0;
  return i;
}

function strip(args: u32, n_args: u32, left: bool, right: bool): obj {
  const s: obj = self_str(args);
  const chars: obj = arg_or(n_args, args, 1, OBJ_NONE);
  if (chars !== OBJ_NONE) str_arg(chars, "");
  const d: u32 = str_data(s);
  let from: u32 = 0;
  let to: u32 = str_len(s);
  // Character by character, so a multi-byte character strips whole or not at all.
  if (left) {
    while (from < to) {
      const n: u32 = utf8_seq_len(load_u8(d + from));
      if (!strip_char(d, from, n, chars)) break;
      from = (from + n) >>> 0;
    }
  }
  if (right) {
    while (to > from) {
      const at: u32 = char_start_before(d, from, to);
      if (!strip_char(d, at, (to - at) >>> 0, chars)) break;
      to = at;
    }
  }
  if (from === 0 && to === str_len(s)) return s;
  return substr(s, from, (to - from) >>> 0);
}

export function str_m_strip(n_args: u32, n_kw: u32, args: u32): obj {
  return strip(args, n_args, true, true);
}

export function str_m_lstrip(n_args: u32, n_kw: u32, args: u32): obj {
  return strip(args, n_args, true, false);
}

export function str_m_rstrip(n_args: u32, n_kw: u32, args: u32): obj {
  return strip(args, n_args, false, true);
}

// ---- startswith, endswith, find, count, replace ----

/** s.startswith(prefix[, start[, end]]) or endswith; prefix may be a tuple of strs. */
function starts_ends(n_args: u32, args: u32, at_end: bool): obj {
  const s: obj = self_str(args);
  const d: u32 = str_data(s);
  const len: u32 = str_len(s);
  const from: u32 = bound_arg(arg_or(n_args, args, 2, OBJ_NULL), d, len, 0);
  const to: u32 = bound_arg(arg_or(n_args, args, 3, OBJ_NULL), d, len, len);
  const p: obj = arg(args, 1);
  if (start_past_end(arg_or(n_args, args, 2, OBJ_NULL), d, len)) return bool_obj(false);
  if (obj_type(p) === type_word(TypeId.tuple)) {
    const n: u32 = tuple_len(p);
    for (let i: u32 = 0; i < n; i++) if (affix_matches(d, from, to, str_arg(tuple_get(p, i), at_end ? "endswith first arg " : "startswith first arg "), at_end)) return bool_obj(true);
    return bool_obj(false);
  }
  if (!str_is(p)) {
    const m: Printer = message_begin();
    print_str(m, at_end ? "endswith" : "startswith");
    print_str(m, " first arg must be str or a tuple of str, not ");
    message_type_name(m, p);
    message_raise(TypeId.TypeError, m);
  }
  return bool_obj(affix_matches(d, from, to, p, at_end));
}

function affix_matches(d: u32, from: u32, to: u32, p: obj, at_end: bool): bool {
  const n: u32 = str_len(p);
  if (to < from || ((to - from) >>> 0) < n) return false;
  return bytes_at(at_end ? (d + to - n) >>> 0 : (d + from) >>> 0, str_data(p), n);
}

export function str_m_startswith(n_args: u32, n_kw: u32, args: u32): obj {
  return starts_ends(n_args, args, false);
}

export function str_m_endswith(n_args: u32, n_kw: u32, args: u32): obj {
  return starts_ends(n_args, args, true);
}

/** find/rfind/index/rindex: the code point index of sub in s[start:end], or -1. */
export function find_in(n_args: u32, args: u32, reverse: bool): i32 {
  const s: obj = self_str(args);
  const sub: obj = str_arg(arg(args, 1), "");
  const d: u32 = str_data(s);
  const len: u32 = str_len(s);
  const from: u32 = bound_arg(arg_or(n_args, args, 2, OBJ_NULL), d, len, 0);
  const to: u32 = bound_arg(arg_or(n_args, args, 3, OBJ_NULL), d, len, len);
  if (start_past_end(arg_or(n_args, args, 2, OBJ_NULL), d, len)) return -1;
  const at: i32 = reverse ? rfind_bytes(d, from, to, str_data(sub), str_len(sub)) : find_bytes(d, from, to, str_data(sub), str_len(sub));
  if (at < 0) return -1;
  return utf8_count(d, at >>> 0) | 0;
}

export function str_m_find(n_args: u32, n_kw: u32, args: u32): obj {
  return int_from_i32(find_in(n_args, args, false));
}

export function str_m_rfind(n_args: u32, n_kw: u32, args: u32): obj {
  return int_from_i32(find_in(n_args, args, true));
}

export function str_m_index(n_args: u32, n_kw: u32, args: u32): obj {
  const i: i32 = find_in(n_args, args, false);
  if (i < 0) raise_msg(TypeId.ValueError, "substring not found");
  return int_from_i32(i);
}

export function str_m_count(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = self_str(args);
  const sub: obj = str_arg(arg(args, 1), "");
  const d: u32 = str_data(s);
  const len: u32 = str_len(s);
  const n: u32 = str_len(sub);
  let from: u32 = bound_arg(arg_or(n_args, args, 2, OBJ_NULL), d, len, 0);
  const to: u32 = bound_arg(arg_or(n_args, args, 3, OBJ_NULL), d, len, len);
  if (start_past_end(arg_or(n_args, args, 2, OBJ_NULL), d, len)) return int_from_i32(0);
  if (n === 0) return int_from_i32(to < from ? 0 : ((utf8_count((d + from) >>> 0, (to - from) >>> 0) + 1) | 0));
  let c: i32 = 0;
  while (true) {
    const at: i32 = find_bytes(d, from, to, str_data(sub), n);
    if (at < 0) break;
    c = (c + 1) | 0;
    from = ((at >>> 0) + n) >>> 0;
  }
  return int_from_i32(c);
}

/** s.replace(old, new[, count]). */
export function str_m_replace(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = self_str(args);
  const old: obj = str_arg(arg(args, 1), "replace() argument 1 ");
  const rep: obj = str_arg(arg(args, 2), "replace() argument 2 ");
  let max: i32 = n_args > 3 ? arg_int(arg(args, 3)) : -1;
  const len: u32 = str_len(s);
  const on: u32 = str_len(old);
  const rn: u32 = str_len(rep);
  // Count the replacements first, then build the result in one allocation.
  let count: u32 = 0;
  let i: u32 = 0;
  if (on === 0) {
    count = (utf8_count(str_data(s), len) + 1) >>> 0;
  } else {
    while (true) {
      const at: i32 = find_bytes(str_data(s), i, len, str_data(old), on);
      if (at < 0) break;
      count = (count + 1) >>> 0;
      i = ((at >>> 0) + on) >>> 0;
    }
  }
  if (max >= 0 && count > (max >>> 0)) count = max >>> 0;
  if (count === 0) return s;
  const depth: u32 = gc_root_push(s);
  gc_root_push(old);
  gc_root_push(rep);
  const r: obj = str_new_uninit(TypeId.str, (len + Math.imul(count | 0, rn | 0) - Math.imul(count | 0, on | 0)) >>> 0);
  gc_root_restore(depth);
  let out: u32 = StrObj.data.get(r);
  const d: u32 = str_data(s);
  i = 0;
  let done: u32 = 0;
  while (i <= len) {
    let at: i32 = -1;
    if (done < count) at = on === 0 ? (i | 0) : find_bytes(d, i, len, str_data(old), on);
    if (at < 0) {
      mem_copy(out, d + i, (len - i) >>> 0);
      break;
    }
    const a: u32 = at >>> 0;
    mem_copy(out, d + i, (a - i) >>> 0);
    out = (out + a - i) >>> 0;
    mem_copy(out, str_data(rep), rn);
    out = (out + rn) >>> 0;
    done = (done + 1) >>> 0;
    if (on === 0) {
      // Copy one code point, then insert again before the next.
      if (a >= len) break;
      let n: u32 = 1;
      while (n < ((len - a) >>> 0) && (load_u8((d + a + n) >>> 0) & 0xc0) === 0x80) n = (n + 1) >>> 0;
      mem_copy(out, d + a, n);
      out = (out + n) >>> 0;
      i = (a + n) >>> 0;
    } else {
      i = (a + on) >>> 0;
    }
    max = 0;
  }
  return str_seal(r);
}

// ---- case ----

function change_case(s: obj, upper: bool): obj {
  const len: u32 = str_len(s);
  const depth: u32 = gc_root_push(s);
  const r: obj = str_new_uninit(TypeId.str, len);
  gc_root_restore(depth);
  const from: u32 = str_data(s);
  const to: u32 = StrObj.data.get(r);
  for (let i: u32 = 0; i < len; i++) {
    let b: u8 = load_u8(from + i);
    if (upper && b >= 97 && b <= 122) b = (b - 32) & 0xff;
    else if (!upper && b >= 65 && b <= 90) b = (b + 32) & 0xff;
    store_u8(to + i, b);
  }
  return str_seal(r);
}

export function str_m_upper(n_args: u32, n_kw: u32, args: u32): obj {
  return change_case(self_str(args), true);
}

export function str_m_lower(n_args: u32, n_kw: u32, args: u32): obj {
  return change_case(self_str(args), false);
}
