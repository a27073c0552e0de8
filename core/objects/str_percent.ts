// printf-style formatting, str % args (CPython 3.11's conversions, flags and errors):
// %[(key)][flags][width][.precision][length]type with flags - + space # 0, '*' for width
// and precision, types d i u o x X e E f F g G c r s a %. The numbers and padding go
// through the format mini-language's code (core/objects/str_format.ts).

import { load_u8, type i32, type u32, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_depth } from "../gc.js";
import { vstr_data, vstr_len } from "../vstr.js";
import { OBJ_NULL, OBJ_TRUE, OBJ_FALSE, is_small_int, small_int_value, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { int_is } from "./int.js";
import { float_is, float_value, float_operand, float_to_int } from "./float.js";
import { str_data, str_len, str_from_bytes, PrintKind } from "./str.js";
import { str_is, utf8_count } from "./str_ops.js";
import { tuple_len, tuple_get } from "./tuple.js";
import { dict_is } from "./dict.js";
import { obj_native } from "./instance.js";
import { obj_print } from "./print.js";
import { message_begin, message_type_name, message_raise } from "./message.js";
import { print_str, print_bytes, print_byte, print_u32, type Printer } from "../print.js";
import { obj_subscr_load } from "../subscr.js";
import { obj_has_attr } from "../attr.js";
import { Q } from "../qstr_static.js";
import { format_spec_set, format_spec_set_min_digits, format_int, format_float, format_text, obj_to_ascii } from "./str_format.js";

const C_LT: u32 = 60;

function raise_type_error(text: string): never {
  const m: Printer = message_begin();
  print_str(m, text);
  message_raise(TypeId.TypeError, m);
}

function raise_value_error(text: string): never {
  const m: Printer = message_begin();
  print_str(m, text);
  message_raise(TypeId.ValueError, m);
}

function is_tuple(o: obj): bool {
  return (o & 7) === 0 && o !== 0 && obj_type(o) === type_word(TypeId.tuple);
}

function is_int_like(o: obj): bool {
  return int_is(o) || o === OBJ_TRUE || o === OBJ_FALSE;
}

// The argument cursor: a tuple's items, or the one value.
let args_obj: obj = OBJ_NULL;
let args_count: u32 = 0;
let args_next: u32 = 0;

function next_arg(): obj {
  if (args_next >= args_count) raise_type_error("not enough arguments for format string");
  const v: obj = is_tuple(args_obj) ? tuple_get(args_obj, args_next) : args_obj;
  args_next = (args_next + 1) >>> 0;
  return v;
}

/** A '*' width or precision from the arguments. */
function star_arg(): i32 {
  const v: obj = next_arg();
  if (!is_small_int(v)) raise_type_error("* wants int");
  return small_int_value(v);
}

/** fmt % arg. */
export function str_percent(fmt: obj, arg_in: obj): obj {
  const saved_obj: obj = args_obj;
  const saved_count: u32 = args_count;
  const saved_next: u32 = args_next;
  const arg: obj = obj_native(arg_in);
  const depth: u32 = gc_root_push(fmt);
  gc_root_push(arg);
  args_obj = arg;
  args_count = is_tuple(arg) ? tuple_len(arg) : 1;
  args_next = 0;
  // A mapping: not a tuple nor a str, with __getitem__ (only used by %(key) fields).
  const is_mapping: bool = dict_is(arg) || (!is_tuple(arg) && !str_is(arg) && obj_has_attr(arg_in, Q.__getitem__));
  const p: Printer = message_begin();
  const d0: u32 = str_data(fmt);
  const len: u32 = str_len(fmt);
  let i: u32 = 0;
  while (i < len) {
    const d: u32 = str_data(fmt);
    const c: u32 = load_u8(d + i);
    if (c !== 37) {
      let j: u32 = i;
      while (j < len && load_u8(d + j) !== 37) j = (j + 1) >>> 0;
      print_bytes(p, (d + i) >>> 0, (j - i) >>> 0);
      i = j;
      continue;
    }
    i = (i + 1) >>> 0;
    if (i >= len) raise_value_error("incomplete format");
    let value: obj = OBJ_NULL;
    if (load_u8(d + i) === 40) {
      if (!is_mapping) raise_type_error("format requires a mapping");
      let nest: u32 = 1;
      const start: u32 = (i + 1) >>> 0;
      i = (i + 1) >>> 0;
      while (i < len) {
        const b: u32 = load_u8(d + i);
        if (b === 40) nest = (nest + 1) >>> 0;
        else if (b === 41) {
          nest = (nest - 1) >>> 0;
          if (nest === 0) break;
        }
        i = (i + 1) >>> 0;
      }
      if (i >= len) raise_value_error("incomplete format key");
      const key: obj = str_from_bytes((d + start) >>> 0, (i - start) >>> 0);
      value = obj_subscr_load(arg, key);
      gc_root_push(value);
      i = (i + 1) >>> 0;
      // With a key, the mapping is the only argument: nothing is left over.
      args_count = 0;
    }
    let left: bool = false;
    let zero: bool = false;
    let sign: u32 = 0;
    let alt: bool = false;
    while (i < len) {
      const f: u32 = load_u8(d + i);
      if (f === 45) left = true;
      else if (f === 48) zero = true;
      else if (f === 43) sign = 43;
      else if (f === 32) { if (sign === 0) sign = 32; }
      else if (f === 35) alt = true;
      else break;
      i = (i + 1) >>> 0;
    }
    let width: i32 = -1;
    if (i < len && load_u8(d + i) === 42) {
      width = star_arg();
      if (width < 0) {
        left = true;
        width = -width | 0;
      }
      i = (i + 1) >>> 0;
    } else {
      while (i < len && load_u8(d + i) >= 48 && load_u8(d + i) <= 57) {
        width = ((width < 0 ? 0 : width) * 10 + (load_u8(d + i) - 48)) | 0;
        i = (i + 1) >>> 0;
      }
    }
    let prec: i32 = -1;
    if (i < len && load_u8(d + i) === 46) {
      i = (i + 1) >>> 0;
      prec = 0;
      if (i < len && load_u8(d + i) === 42) {
        prec = star_arg();
        if (prec < 0) prec = 0;
        i = (i + 1) >>> 0;
      } else {
        while (i < len && load_u8(d + i) >= 48 && load_u8(d + i) <= 57) {
          prec = (prec * 10 + (load_u8(d + i) - 48)) | 0;
          i = (i + 1) >>> 0;
        }
      }
    }
    while (i < len && (load_u8(d + i) === 104 || load_u8(d + i) === 108 || load_u8(d + i) === 76)) i = (i + 1) >>> 0;
    if (i >= len) raise_value_error("incomplete format");
    const t: u32 = load_u8(d + i);
    const t_index: u32 = utf8_count(d0, i);
    i = (i + 1) >>> 0;
    if (t === 37) {
      print_byte(p, 37);
      continue;
    }
    if (value === OBJ_NULL) {
      value = next_arg();
      gc_root_push(value);
    }
    const align: u32 = left ? C_LT : 0;
    if (t === 115 || t === 114 || t === 97) {
      const s: obj = t === 97 ? obj_to_ascii(value) : text_of(value, t === 114 ? PrintKind.Repr : PrintKind.Str);
      gc_root_push(s);
      format_spec_set(align === 0 ? 62 : align, false, 0, false, width, prec, 0);
      format_text(p, str_data(s), str_len(s));
    } else if (t === 99) {
      let s: obj = OBJ_NULL;
      if (str_is(value)) {
        if (utf8_count(str_data(value), str_len(value)) !== 1) raise_type_error("%c requires int or char");
        s = value;
      } else if (is_int_like(value)) {
        format_spec_set(align === 0 ? 62 : align, false, 0, false, width, -1, 99);
        format_int(p, value);
        continue;
      } else {
        raise_type_error("%c requires int or char");
      }
      format_spec_set(align === 0 ? 62 : align, false, 0, false, width, -1, 0);
      format_text(p, str_data(s), str_len(s));
    } else if (t === 100 || t === 105 || t === 117 || t === 111 || t === 120 || t === 88) {
      let v: obj = value;
      if (!is_int_like(v)) {
        if ((t === 100 || t === 105 || t === 117) && float_is(v)) {
          v = float_to_int(float_value(v));
          gc_root_push(v);
        } else {
          const m: Printer = message_begin();
          print_str(m, "%");
          print_byte(m, t & 0xff);
          print_str(m, t === 111 || t === 120 || t === 88 ? " format: an integer is required, not " : " format: a real number is required, not ");
          message_type_name(m, v);
          message_raise(TypeId.TypeError, m);
        }
      }
      format_spec_set(align, zero && !left, sign, alt, width, -1, t === 111 || t === 120 || t === 88 ? t : 100);
      if (prec > 0) format_spec_set_min_digits(prec >>> 0);
      format_int(p, v);
    } else if (t === 101 || t === 69 || t === 102 || t === 70 || t === 103 || t === 71) {
      if (!float_is(value) && !is_int_like(value)) {
        const m: Printer = message_begin();
        print_str(m, "must be real number, not ");
        message_type_name(m, value);
        message_raise(TypeId.TypeError, m);
      }
      format_spec_set(align, zero && !left, sign, alt, width, prec < 0 ? 6 : prec, t);
      format_float(p, float_operand(value), value);
    } else {
      const m: Printer = message_begin();
      // The whole code point, shown only when printable ASCII (as CPython).
      let cp: u32 = t;
      if (t >= 0xc0) {
        const k: u32 = t < 0xe0 ? 2 : t < 0xf0 ? 3 : 4;
        cp = k === 2 ? t & 0x1f : k === 3 ? t & 0x0f : t & 0x07;
        for (let j: u32 = 1; j < k && i < len; j++) cp = ((cp << 6) | (load_u8(d + i + j - 1) & 0x3f)) >>> 0;
      }
      print_str(m, "unsupported format character '");
      print_byte(m, cp > 32 && cp < 127 ? cp & 0xff : 63);
      print_str(m, "' (0x");
      let shift: u32 = 28;
      while (shift > 0 && ((cp >>> (shift & 31)) & 15) === 0) shift = (shift - 4) >>> 0;
      while (true) {
        print_byte(m, "0123456789abcdef".charCodeAt((cp >>> (shift & 31)) & 15));
        if (shift === 0) break;
        shift = (shift - 4) >>> 0;
      }
      print_str(m, ") at index ");
      print_u32(m, t_index);
      message_raise(TypeId.ValueError, m);
    }
  }
  if (args_next < args_count && !is_mapping) raise_type_error("not all arguments converted during string formatting");
  const r: obj = str_from_bytes(vstr_data(p), vstr_len(p));
  gc_root_restore(depth);
  args_obj = saved_obj;
  args_count = saved_count;
  args_next = saved_next;
  return r;
}

/** str(o) or repr(o) as a new str. */
function text_of(o: obj, kind: PrintKind): obj {
  if (kind === PrintKind.Str && str_is(o)) return o;
  const depth: u32 = gc_root_depth();
  const m: Printer = message_begin();
  obj_print(m, o, kind);
  const s: obj = str_from_bytes(vstr_data(m), vstr_len(m));
  gc_root_restore(depth);
  return s;
}
