// The re module (MicroPython's extmod/modre.c API, CPython's results): compile, match,
// search, fullmatch, sub, split, and the Pattern and Match classes. Patterns compile with
// re_compile.ts and run on re_exec.ts's Pike VM, over str (by code point) or bytes-like
// subjects. Pattern and Match are classes made with the module; an instance keeps what the
// matcher needs in its dict under small-int keys, which no attribute name can reach (so
// assigning its attributes cannot mislead the matcher), and its Python-visible attributes
// under their names (Pattern: pattern, groups; Match: string, re).

import { load_u8, load_i32, type i32, type u32, type bool, type ref } from "../subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_addr } from "../gc.js";
import { OBJ_NULL, OBJ_NONE, new_qstr_obj, new_small_int, is_small_int, small_int_value, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error } from "../objects/exception.js";
import { message_begin, message_type_name, message_raise } from "../objects/message.js";
import { print_str, type Printer } from "../print.js";
import { str_data, str_len, str_from_bytes, StrObj } from "../objects/str.js";
import { str_is } from "../objects/str_ops.js";
import { buffer_get, buffer_data, buffer_len, bytes_new_uninit, bytes_seal, bytes_from_data, bytes_is } from "../objects/bytes.js";
import { tuple_new, tuple_set } from "../objects/tuple.js";
import { list_new, list_append } from "../objects/list.js";
import { dict_new, dict_lookup, dict_set } from "../objects/dict.js";
import { instance_new, instance_dict, is_instance } from "../objects/instance.js";
import { class_new } from "../objects/class.js";
import { module_new, module_globals } from "../objects/module.js";
import { arg, arg_int, kw_arg, kw_check } from "../builtins_args.js";
import { builtin_module_fill, builtin_fn_word, builtin_fn_name, Builtin, ModuleOwner } from "../builtins.js";
import { builtin_module_get } from "./registry.js";
import { obj_call } from "../call.js";
import { Vstr, vstr_new, vstr_add_bytes, vstr_add_byte } from "../vstr.js";
import { Q } from "../qstr_static.js";
import { re_compile } from "./re_compile.js";
import { re_exec } from "./re_exec.js";

/** The hidden dict keys (small ints 0..3): a Pattern's program and text, a Match's capture offsets and subject. */
const enum Hidden {
  Program = 1,
  PatternText = 3,
  Captures = 5,
  Subject = 7,
}

// ---- the module and its classes ----

function class_with_methods(name_q: u32, first: Builtin, last: Builtin): obj {
  const d: obj = dict_new();
  const depth: u32 = gc_root_push(d);
  for (let i: u32 = first; i <= last; i++) dict_set(d, new_qstr_obj(builtin_fn_name(i)), builtin_fn_word(i));
  const bases: obj = tuple_new(0);
  gc_root_push(bases);
  const cls: obj = class_new(name_q, bases, d);
  gc_root_restore(depth);
  return cls;
}

export function re_module_make(): obj {
  const m: obj = module_new(Q.re);
  const depth: u32 = gc_root_push(m);
  const g: obj = module_globals(m);
  builtin_module_fill(g, ModuleOwner.re);
  dict_set(g, new_qstr_obj(Q.Pattern), class_with_methods(Q.Pattern, Builtin.re_pattern_match, Builtin.re_pattern_split));
  dict_set(g, new_qstr_obj(Q.Match), class_with_methods(Q.Match, Builtin.re_match_group, Builtin.re_match_span));
  gc_root_restore(depth);
  return m;
}

/** re.Pattern or re.Match, from the module (made on first import). */
function re_class(q: u32): obj {
  const m: obj = builtin_module_get(Q.re);
  if (m === OBJ_NULL) raise_memory_error();
  const cls: obj = dict_lookup(module_globals(m), new_qstr_obj(q));
  if (cls === OBJ_NULL) raise_msg(TypeId.TypeError, "re module incomplete");
  return cls;
}

/** Hidden value `key` of o, or OBJ_NULL when o is not an instance or has none. */
function hidden_of(o: obj, key: Hidden): obj {
  if (!is_instance(o)) return OBJ_NULL;
  return dict_lookup(instance_dict(o), key);
}

function hidden_set(o: obj, key: Hidden, v: obj): void {
  dict_set(instance_dict(o), key, v);
}

function expect_pattern(o: obj): obj {
  const prog: obj = hidden_of(o, Hidden.Program);
  if (prog === OBJ_NULL) raise_msg(TypeId.TypeError, "expected a Pattern");
  return prog;
}

function expect_match(o: obj): obj {
  const caps: obj = hidden_of(o, Hidden.Captures);
  if (caps === OBJ_NULL) raise_msg(TypeId.TypeError, "expected a Match");
  return caps;
}

/** A Pattern for src (str or bytes), or src itself when it is one. */
function pattern_of(src: obj): obj {
  if (hidden_of(src, Hidden.Program) !== OBJ_NULL) return src;
  let is_str: bool = false;
  let data: u32 = 0;
  let len: u32 = 0;
  if (str_is(src)) {
    is_str = true;
    data = str_data(src);
    len = str_len(src);
  } else if (buffer_get(src)) {
    data = buffer_data();
    len = buffer_len();
  } else {
    raise_msg(TypeId.TypeError, "first argument must be string or compiled pattern");
  }
  const depth: u32 = gc_root_push(src);
  const prog: obj = re_compile(data, len, is_str);
  gc_root_push(prog);
  const p: obj = instance_new(re_class(Q.Pattern));
  gc_root_push(p);
  const d: obj = instance_dict(p);
  dict_set(d, new_qstr_obj(Q.pattern), src);
  dict_set(d, new_qstr_obj(Q.groups), new_small_int((load_i32(StrObj.data.get(prog)) - 1) | 0));
  hidden_set(p, Hidden.Program, prog);
  hidden_set(p, Hidden.PatternText, src);
  gc_root_restore(depth);
  return p;
}

function pattern_is_str(p: obj): bool {
  return str_is(hidden_of(p, Hidden.PatternText));
}

// ---- subjects ----

// The subject of the last subject_get: its data, length and kind.
let subj_data: u32 = 0;
let subj_len: u32 = 0;

/** Read subject s for pattern p: a str for a str pattern, bytes-like for a bytes one. */
function subject_get(p: obj, s: obj): void {
  const want_str: bool = pattern_is_str(p);
  if (str_is(s)) {
    if (!want_str) raise_msg(TypeId.TypeError, "cannot use a bytes pattern on a string-like object");
    subj_data = str_data(s);
    subj_len = str_len(s);
    return;
  }
  if (buffer_get(s)) {
    if (want_str) raise_msg(TypeId.TypeError, "cannot use a string pattern on a bytes-like object");
    subj_data = buffer_data();
    subj_len = buffer_len();
    return;
  }
  const m: Printer = message_begin();
  print_str(m, "expected string or bytes-like object, got '");
  message_type_name(m, s);
  print_str(m, "'");
  message_raise(TypeId.TypeError, m);
}

/** The byte offset of character index i (clamped to 0..len) in subject s. */
function byte_offset(s: obj, i: i32): u32 {
  if (i <= 0) return 0;
  if (!str_is(s)) return (i >>> 0) > subj_len ? subj_len : i >>> 0;
  let off: u32 = 0;
  let n: i32 = 0;
  while (off < subj_len && n < i) {
    off = (off + 1) >>> 0;
    while (off < subj_len && (load_u8(subj_data + off) & 0xc0) === 0x80) off = (off + 1) >>> 0;
    n = (n + 1) | 0;
  }
  return off;
}

/** The character index of byte offset off (-1 stays -1) in subject s. */
function char_index(s: obj, off: i32): i32 {
  if (off <= 0 || !str_is(s)) return off;
  const data: u32 = str_data(s);
  let n: i32 = 0;
  for (let i: u32 = 0; i < (off >>> 0); i++) {
    if ((load_u8(data + i) & 0xc0) !== 0x80) n = (n + 1) | 0;
  }
  return n;
}

/** subject[from:to] (byte offsets): a str for a str, bytes for any bytes-like subject (as CPython). */
function subject_slice(s: obj, from: u32, to: u32): obj {
  if (str_is(s)) return str_from_bytes((str_data(s) + from) >>> 0, (to - from) >>> 0);
  buffer_get(s);
  return bytes_from_data(TypeId.bytes, (buffer_data() + from) >>> 0, (to - from) >>> 0);
}

// ---- running a pattern ----

/**
 * The subject to match: str and bytes as they are, any other bytes-like object copied to
 * bytes, so a replacement function changing a bytearray cannot move the text under the
 * offsets being used. Anything else is returned for subject_get to reject.
 */
function subject_fixed(s: obj): obj {
  if (str_is(s) || bytes_is(s) || !buffer_get(s)) return s;
  return bytes_from_data(TypeId.bytes, buffer_data(), buffer_len());
}

/**
 * Run pattern p on subject s (subject_get done) from byte offset begin to end: the
 * capture offsets as a bytes object of i32 words, or OBJ_NULL for no match.
 */
function exec(p: obj, s: obj, begin: u32, end: u32, anchored: bool, full: bool, must_advance: bool): obj {
  const prog: obj = expect_pattern(p);
  const n_groups: u32 = load_i32(StrObj.data.get(prog)) >>> 0;
  const depth: u32 = gc_root_push(prog);
  const caps: obj = bytes_new_uninit(TypeId.bytes, (n_groups * 8) >>> 0);
  gc_root_push(caps);
  subject_get(p, s);
  const found: bool = re_exec(StrObj.data.get(prog), StrObj.len.get(prog), subj_data, end, begin, str_is(s), anchored, full, must_advance, StrObj.data.get(caps));
  gc_root_restore(depth);
  return found ? bytes_seal(caps) : OBJ_NULL;
}

/** A Match of p on s (the subject matched) for caps; `string` is the subject as given, s_in. */
function match_new(p: obj, s: obj, s_in: obj, caps: obj): obj {
  const depth: u32 = gc_root_push(caps);
  const m: obj = instance_new(re_class(Q.Match));
  gc_root_push(m);
  const d: obj = instance_dict(m);
  dict_set(d, new_qstr_obj(Q.string), s_in);
  dict_set(d, new_qstr_obj(Q.re), p);
  hidden_set(m, Hidden.Captures, caps);
  hidden_set(m, Hidden.Subject, s);
  gc_root_restore(depth);
  return m;
}

/** Capture slot k of a caps object. */
function cap(caps: obj, k: u32): i32 {
  return load_i32(StrObj.data.get(caps) + k * 4);
}

function int_arg_or(n_args: u32, n_kw: u32, args: u32, i: u32, q: u32, deflt: i32): i32 {
  let o: obj = i < n_args ? arg(args, i) : kw_arg(n_args, n_kw, args, q);
  if (o === OBJ_NULL) return deflt;
  return arg_int(o);
}

/** match/search/fullmatch with the pattern p, subject s and pos, endpos (character indices). */
function match_common(p_in: obj, s_in: obj, pos: i32, endpos: i32, anchored: bool, full: bool): obj {
  const s: obj = subject_fixed(s_in);
  const depth: u32 = gc_root_push(s);
  const p: obj = pattern_of(p_in);
  gc_root_push(p);
  subject_get(p, s);
  const begin: u32 = byte_offset(s, pos);
  const end: u32 = byte_offset(s, endpos);
  let result: obj = OBJ_NONE;
  if (begin <= end) {
    const caps: obj = exec(p, s, begin, end, anchored, full, false);
    if (caps !== OBJ_NULL) result = match_new(p, s, s_in, caps);
  }
  gc_root_restore(depth);
  return result;
}

function check_flags(n_args: u32, n_kw: u32, args: u32, i: u32): void {
  if (int_arg_or(n_args, n_kw, args, i, Q.flags, 0) !== 0) raise_msg(TypeId.ValueError, "flags are not supported");
}

// ---- module functions ----

export function re_fn_compile(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("compile", n_args, n_kw, args, Q.flags, 0, 0);
  check_flags(n_args, n_kw, args, 1);
  return pattern_of(arg(args, 0));
}

function module_match(n_args: u32, n_kw: u32, args: u32, anchored: bool, full: bool): obj {
  kw_check("match", n_args, n_kw, args, Q.flags, 0, 0);
  check_flags(n_args, n_kw, args, 2);
  return match_common(arg(args, 0), arg(args, 1), 0, 0x7fffffff, anchored, full);
}

export function re_fn_match(n_args: u32, n_kw: u32, args: u32): obj {
  return module_match(n_args, n_kw, args, true, false);
}

export function re_fn_search(n_args: u32, n_kw: u32, args: u32): obj {
  return module_match(n_args, n_kw, args, false, false);
}

export function re_fn_fullmatch(n_args: u32, n_kw: u32, args: u32): obj {
  return module_match(n_args, n_kw, args, true, true);
}

export function re_fn_sub(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("sub", n_args, n_kw, args, Q.count, Q.flags, 0);
  check_flags(n_args, n_kw, args, 4);
  const count: i32 = int_arg_or(n_args, n_kw, args, 3, Q.count, 0);
  return sub_common(arg(args, 0), arg(args, 1), arg(args, 2), count);
}

export function re_fn_split(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("split", n_args, n_kw, args, Q.maxsplit, Q.flags, 0);
  check_flags(n_args, n_kw, args, 3);
  const maxsplit: i32 = int_arg_or(n_args, n_kw, args, 2, Q.maxsplit, 0);
  return split_common(arg(args, 0), arg(args, 1), maxsplit);
}

// ---- Pattern methods ----

function pattern_match_method(n_args: u32, n_kw: u32, args: u32, anchored: bool, full: bool): obj {
  kw_check("match", n_args, n_kw, args, Q.pos, Q.endpos, 0);
  const self: obj = arg(args, 0);
  expect_pattern(self);
  const pos: i32 = int_arg_or(n_args, n_kw, args, 2, Q.pos, 0);
  const endpos: i32 = int_arg_or(n_args, n_kw, args, 3, Q.endpos, 0x7fffffff);
  return match_common(self, arg(args, 1), pos, endpos, anchored, full);
}

export function re_pattern_fn_match(n_args: u32, n_kw: u32, args: u32): obj {
  return pattern_match_method(n_args, n_kw, args, true, false);
}

export function re_pattern_fn_search(n_args: u32, n_kw: u32, args: u32): obj {
  return pattern_match_method(n_args, n_kw, args, false, false);
}

export function re_pattern_fn_fullmatch(n_args: u32, n_kw: u32, args: u32): obj {
  return pattern_match_method(n_args, n_kw, args, true, true);
}

export function re_pattern_fn_sub(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("sub", n_args, n_kw, args, Q.count, 0, 0);
  const self: obj = arg(args, 0);
  expect_pattern(self);
  return sub_common(self, arg(args, 1), arg(args, 2), int_arg_or(n_args, n_kw, args, 3, Q.count, 0));
}

export function re_pattern_fn_split(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("split", n_args, n_kw, args, Q.maxsplit, 0, 0);
  const self: obj = arg(args, 0);
  expect_pattern(self);
  return split_common(self, arg(args, 1), int_arg_or(n_args, n_kw, args, 2, Q.maxsplit, 0));
}

// ---- sub and split ----

function out_add(v: ref, data: u32, len: u32): void {
  if (!vstr_add_bytes(v, data, len)) raise_memory_error();
}

function out_add_byte(v: ref, b: u32): void {
  if (!vstr_add_byte(v, b & 0xff)) raise_memory_error();
}

/** Append code point c to v, as UTF-8 when is_str (a byte otherwise). */
function out_add_char(v: ref, c: i32, is_str: bool): void {
  if (!is_str || c < 0x80) {
    out_add_byte(v, c >>> 0);
  } else if (c < 0x800) {
    out_add_byte(v, 0xc0 | (c >>> 6));
    out_add_byte(v, 0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out_add_byte(v, 0xe0 | (c >>> 12));
    out_add_byte(v, 0x80 | ((c >>> 6) & 0x3f));
    out_add_byte(v, 0x80 | (c & 0x3f));
  } else {
    out_add_byte(v, 0xf0 | ((c >>> 18) & 0x07));
    out_add_byte(v, 0x80 | ((c >>> 12) & 0x3f));
    out_add_byte(v, 0x80 | ((c >>> 6) & 0x3f));
    out_add_byte(v, 0x80 | (c & 0x3f));
  }
}

function bad_group(): never {
  raise_msg(TypeId.IndexError, "no such group");
}

/** Append the text of group g (nothing when it did not take part) to v. */
function out_add_group(v: ref, s: obj, caps: obj, g: i32): void {
  const n_groups: i32 = (StrObj.len.get(caps) >>> 3) | 0;
  if (g < 0 || g >= n_groups) bad_group();
  const from: i32 = cap(caps, ((g >>> 0) * 2) >>> 0);
  const to: i32 = cap(caps, ((g >>> 0) * 2 + 1) >>> 0);
  if (from < 0 || to < from) return;
  subject_get_data(s);
  out_add(v, (subj_data + (from >>> 0)) >>> 0, (to - from) >>> 0);
}

function subject_get_data(s: obj): void {
  if (str_is(s)) {
    subj_data = str_data(s);
    subj_len = str_len(s);
  } else {
    buffer_get(s);
    subj_data = buffer_data();
    subj_len = buffer_len();
  }
}

/**
 * Append repl's template expanded for a match to v: \1 … \99 and \g<n> are groups,
 * \n \t \r \f \v \a \\ characters; other escapes of letters are errors, of anything else
 * kept with their backslash (CPython's rules).
 */
function expand_template(v: ref, repl: obj, s: obj, caps: obj, is_str: bool): void {
  let i: u32 = 0;
  while (true) {
    const data: u32 = is_str ? str_data(repl) : template_data(repl);
    const len: u32 = is_str ? str_len(repl) : buffer_len();
    if (i >= len) break;
    const c: u32 = load_u8(data + i);
    i = (i + 1) >>> 0;
    if (c !== 92 || i >= len) {
      out_add_byte(v, c);
      continue;
    }
    const e: u32 = load_u8(data + i);
    i = (i + 1) >>> 0;
    if (e >= 48 && e <= 57) {
      let g: i32 = (e - 48) | 0;
      if (i < len && load_u8(data + i) >= 48 && load_u8(data + i) <= 57) {
        g = (g * 10 + load_u8(data + i) - 48) | 0;
        i = (i + 1) >>> 0;
      }
      if (g === 0) bad_group();
      out_add_group(v, s, caps, g);
    } else if (e === 103) {
      // \g<n>
      if (i >= len || load_u8(data + i) !== 60) raise_msg(TypeId.ValueError, "missing <");
      i = (i + 1) >>> 0;
      let g: i32 = 0;
      let digits: u32 = 0;
      while (i < len && load_u8(data + i) >= 48 && load_u8(data + i) <= 57 && digits < 6) {
        g = (g * 10 + load_u8(data + i) - 48) | 0;
        i = (i + 1) >>> 0;
        digits = (digits + 1) >>> 0;
      }
      if (digits === 0 || i >= len || load_u8(data + i) !== 62) raise_msg(TypeId.ValueError, "bad group reference");
      i = (i + 1) >>> 0;
      out_add_group(v, s, caps, g);
    } else {
      const ch: i32 = template_escape(e);
      if (ch >= 0) {
        out_add_char(v, ch, is_str);
      } else if ((e >= 65 && e <= 90) || (e >= 97 && e <= 122)) {
        raise_msg(TypeId.ValueError, "bad escape in replacement");
      } else {
        out_add_byte(v, 92);
        out_add_byte(v, e);
      }
    }
  }
}

function template_data(repl: obj): u32 {
  buffer_get(repl);
  return buffer_data();
}

function template_escape(e: u32): i32 {
  switch (e) {
    case 110: return 10;
    case 116: return 9;
    case 114: return 13;
    case 102: return 12;
    case 118: return 11;
    case 97: return 7;
    case 92: return 92;
    default: return -1;
  }
}

/** The text a replacement function returned, appended to v; TypeError unless of the subject's kind. */
function out_add_result(v: ref, r: obj, is_str: bool): void {
  if (is_str ? str_is(r) : !str_is(r) && buffer_get(r)) {
    if (is_str) out_add(v, str_data(r), str_len(r));
    else out_add(v, buffer_data(), buffer_len());
    return;
  }
  const m: Printer = message_begin();
  print_str(m, is_str ? "expected str instance, " : "expected a bytes-like object, ");
  message_type_name(m, r);
  print_str(m, " found");
  message_raise(TypeId.TypeError, m);
}

function sub_common(p_in: obj, repl: obj, s_in: obj, count: i32): obj {
  const depth: u32 = gc_root_push(repl);
  const s: obj = subject_fixed(s_in);
  gc_root_push(s);
  const p: obj = pattern_of(p_in);
  gc_root_push(p);
  subject_get(p, s);
  const is_str: bool = str_is(s);
  const len: u32 = subj_len;
  const repl_is_template: bool = is_str ? str_is(repl) : !str_is(repl) && buffer_get(repl);
  if (!repl_is_template && (str_is(repl) || buffer_get(repl))) {
    raise_msg(TypeId.TypeError, is_str ? "expected str instance for the replacement" : "expected a bytes-like object for the replacement");
  }
  const v: ref = vstr_new((len + 16) >>> 0);
  if (v === 0) raise_memory_error();
  gc_root_push(v);
  const caps_depth: u32 = gc_root_push(OBJ_NULL);
  let last: u32 = 0;
  let begin: u32 = 0;
  let must_advance: bool = false;
  let n: i32 = 0;
  while (count <= 0 || n < count) {
    const caps: obj = exec(p, s, begin, len, false, false, must_advance);
    if (caps === OBJ_NULL) break;
    gc_root_restore(caps_depth);
    gc_root_push(caps);
    const from: u32 = cap(caps, 0) >>> 0;
    const to: u32 = cap(caps, 1) >>> 0;
    subject_get_data(s);
    out_add(v, (subj_data + last) >>> 0, (from - last) >>> 0);
    if (repl_is_template) {
      expand_template(v, repl, s, caps, is_str);
    } else {
      const m: obj = match_new(p, s, s_in, caps);
      const call_depth: u32 = gc_root_push(m);
      const r: obj = obj_call(repl, 1, 0, gc_root_addr(call_depth));
      gc_root_set_top(call_depth, r);
      out_add_result(v, r, is_str);
      gc_root_restore(call_depth);
    }
    last = to;
    begin = to;
    must_advance = from === to;
    n = (n + 1) | 0;
  }
  subject_get_data(s);
  out_add(v, (subj_data + last) >>> 0, (len - last) >>> 0);
  const result: obj = is_str
    ? str_from_bytes(Vstr.data.get(v), Vstr.len.get(v))
    : bytes_from_data(TypeId.bytes, Vstr.data.get(v), Vstr.len.get(v));
  gc_root_restore(depth);
  return result;
}

function gc_root_set_top(depth: u32, o: obj): void {
  gc_root_restore(depth);
  gc_root_push(o);
}

function split_common(p_in: obj, s_in: obj, maxsplit: i32): obj {
  const s: obj = subject_fixed(s_in);
  const depth: u32 = gc_root_push(s);
  const p: obj = pattern_of(p_in);
  gc_root_push(p);
  subject_get(p, s);
  const len: u32 = subj_len;
  const list: obj = list_new(0);
  gc_root_push(list);
  const caps_depth: u32 = gc_root_push(OBJ_NULL);
  let last: u32 = 0;
  let must_advance: bool = false;
  let n: i32 = 0;
  while (maxsplit >= 0 && (maxsplit === 0 || n < maxsplit)) {
    const caps: obj = exec(p, s, last, len, false, false, must_advance);
    if (caps === OBJ_NULL) break;
    gc_root_restore(caps_depth);
    gc_root_push(caps);
    const from: u32 = cap(caps, 0) >>> 0;
    const to: u32 = cap(caps, 1) >>> 0;
    list_append(list, subject_slice(s, last, from));
    const n_groups: u32 = StrObj.len.get(caps) >>> 3;
    for (let g: u32 = 1; g < n_groups; g++) list_append(list, group_value(s, caps, g, OBJ_NONE));
    last = to;
    must_advance = from === to;
    n = (n + 1) | 0;
  }
  list_append(list, subject_slice(s, last, len));
  gc_root_restore(depth);
  return list;
}

// ---- Match methods ----

/** Group g's text, or deflt when it did not take part. */
function group_value(s: obj, caps: obj, g: u32, deflt: obj): obj {
  const from: i32 = cap(caps, (g * 2) >>> 0);
  const to: i32 = cap(caps, (g * 2 + 1) >>> 0);
  if (from < 0 || to < from) return deflt;
  return subject_slice(s, from >>> 0, to >>> 0);
}

/** A group number argument, checked against the match's groups. */
function group_index(caps: obj, o: obj): u32 {
  if (!is_small_int(o)) bad_group();
  const g: i32 = small_int_value(o);
  if (g < 0 || (g >>> 0) >= StrObj.len.get(caps) >>> 3) bad_group();
  return g >>> 0;
}

export function re_match_fn_group(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  const caps: obj = expect_match(self);
  const s: obj = hidden_of(self, Hidden.Subject);
  if (n_args <= 2) return group_value(s, caps, n_args === 1 ? 0 : group_index(caps, arg(args, 1)), OBJ_NONE);
  const t: obj = tuple_new((n_args - 1) >>> 0);
  const depth: u32 = gc_root_push(t);
  for (let i: u32 = 1; i < n_args; i++) tuple_set(t, (i - 1) >>> 0, group_value(s, caps, group_index(caps, arg(args, i)), OBJ_NONE));
  gc_root_restore(depth);
  return t;
}

export function re_match_fn_groups(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("groups", n_args, n_kw, args, Q.default, 0, 0);
  const self: obj = arg(args, 0);
  const caps: obj = expect_match(self);
  let deflt: obj = n_args > 1 ? arg(args, 1) : kw_arg(n_args, n_kw, args, Q.default);
  if (deflt === OBJ_NULL) deflt = OBJ_NONE;
  const s: obj = hidden_of(self, Hidden.Subject);
  const n_groups: u32 = StrObj.len.get(caps) >>> 3;
  const t: obj = tuple_new((n_groups - 1) >>> 0);
  const depth: u32 = gc_root_push(t);
  for (let g: u32 = 1; g < n_groups; g++) tuple_set(t, (g - 1) >>> 0, group_value(s, caps, g, deflt));
  gc_root_restore(depth);
  return t;
}

/** Slot `end_slot` (0 start, 1 end) of the group named by the optional argument, as a character index. */
function group_bound(n_args: u32, args: u32, end_slot: u32): i32 {
  const self: obj = arg(args, 0);
  const caps: obj = expect_match(self);
  const g: u32 = n_args > 1 ? group_index(caps, arg(args, 1)) : 0;
  return char_index(hidden_of(self, Hidden.Subject), cap(caps, (g * 2 + end_slot) >>> 0));
}

export function re_match_fn_start(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int(group_bound(n_args, args, 0));
}

export function re_match_fn_end(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int(group_bound(n_args, args, 1));
}

export function re_match_fn_span(n_args: u32, n_kw: u32, args: u32): obj {
  const t: obj = tuple_new(2);
  const depth: u32 = gc_root_push(t);
  tuple_set(t, 0, new_small_int(group_bound(n_args, args, 0)));
  tuple_set(t, 1, new_small_int(group_bound(n_args, args, 1)));
  gc_root_restore(depth);
  return t;
}
