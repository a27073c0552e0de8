// str.format, format() and the format mini-language (CPython 3.11's text and errors):
// [[fill]align][sign][z][#][0][width][grouping][.precision][type] for int (big ints too),
// bool, float (digits from core/float_format.ts), str and complex (padding only); user
// classes through __format__, everything else through object.__format__ (str() for an
// empty spec). f-strings arrive here too: the parser lowers them to "…".format(…).
//
// A parsed spec lives in module state (sp_*): it is parsed and applied with no Python
// code running in between, so a __format__ that formats again cannot clobber it.

import { char_is_digit, utf8_seq_len } from "../chars.js";
import { load_u8, store_u8, load_u32, type i32, type u8, type u32, type f64, type bool, type ref } from "../subset/index.js";
import { gc_alloc, gc_free, gc_root_push, gc_root_restore, gc_root_depth, gc_root_addr } from "../gc.js";
import { Vstr, vstr_data, vstr_len } from "../vstr.js";
import {
  OBJ_NULL, OBJ_TRUE, OBJ_FALSE, is_small_int, small_int_value, new_small_int, qstr_of, type obj,
} from "../obj.js";
import { mpz_from_i32, mpz_str_size, mpz_to_str, mpz_is_neg } from "../mpz.js";
import {
  float_format, float_format_bound, FLOAT_FORMAT_SCRATCH_BYTES, FLOAT_FORMAT_ALT, FLOAT_FORMAT_NO_NEG_0, FLOAT_FORMAT_TYPE_NONE,
} from "../float_format.js";
import { obj_type, TypeId } from "./type.js";
import { int_is } from "./int.js";
import { float_is, float_value, float_operand } from "./float.js";
import { complex_is, complex_real, complex_imag } from "./complex.js";
import { str_data, str_len, str_from_bytes, PrintKind } from "./str.js";
import { str_is, utf8_count } from "./str_ops.js";
import { is_instance, instance_native, obj_native } from "./instance.js";
import { class_lookup } from "./class.js";
import { obj_print } from "./print.js";
import { raise_memory_error } from "./exception.js";
import { message_begin, message_type_name, message_raise, message_raise_obj } from "./message.js";
import { print_str, print_bytes, print_byte, print_i32, type Printer } from "../print.js";
import { qstr_data, qstr_len, qstr_from_bytes } from "../qstr.js";
import { obj_load_attr, obj_load_method } from "../attr.js";
import { obj_subscr_load } from "../subscr.js";
import { obj_call_method } from "../call.js";
import { Q } from "../qstr_static.js";

const C_PLUS: u32 = 43;
const C_MINUS: u32 = 45;
const C_SPACE: u32 = 32;
const C_ZERO: u32 = 48;
const C_LT: u32 = 60;
const C_EQ: u32 = 61;
const C_GT: u32 = 62;
const C_CARET: u32 = 94;
const C_COMMA: u32 = 44;
const C_UNDERSCORE: u32 = 95;

// ---- the parsed spec ----

/** The fill character's UTF-8 bytes (up to 4, little end first) and their count. */
let sp_fill: u32 = C_SPACE;
let sp_fill_len: u32 = 1;
/** '<', '>', '^', '=' or 0 (the type's default). */
let sp_align: u32 = 0;
/** The '=' alignment came from a '0' before the width, not from an explicit '='. */
let sp_align_from_zero: bool = false;
/** '+', '-', ' ' or 0. */
let sp_sign: u32 = 0;
let sp_no_neg_zero: bool = false;
let sp_alt: bool = false;
/** -1: none. */
let sp_width: i32 = -1;
/** ',', '_' or 0. */
let sp_group: u32 = 0;
/** -1: none. */
let sp_prec: i32 = -1;
/** The presentation type's letter, 0 when absent. */
let sp_type: u32 = 0;
/** Ints only, for '%' formatting's precision: the least number of digits. */
let sp_min_digits: u32 = 0;

export function format_spec_reset(): void {
  sp_fill = C_SPACE;
  sp_fill_len = 1;
  sp_align = 0;
  sp_align_from_zero = false;
  sp_sign = 0;
  sp_no_neg_zero = false;
  sp_alt = false;
  sp_width = -1;
  sp_group = 0;
  sp_prec = -1;
  sp_type = 0;
  sp_min_digits = 0;
}

/** Set the spec the way '%' formatting describes it (then format_int/format_float/format_text). */
export function format_spec_set(align: u32, zero: bool, sign: u32, alt: bool, width: i32, prec: i32, type: u32): void {
  format_spec_reset();
  sp_align = align;
  if (zero) sp_fill = C_ZERO;
  if (zero && align === 0) sp_align = C_EQ;
  sp_sign = sign;
  sp_alt = alt;
  sp_width = width;
  sp_prec = prec;
  sp_type = type;
}

export function format_spec_set_min_digits(n: u32): void {
  sp_min_digits = n;
}

function is_align(c: u32): bool {
  return c === C_LT || c === C_GT || c === C_CARET || c === C_EQ;
}

function raise_invalid_spec(addr: u32, len: u32, v: obj): never {
  const m: Printer = message_begin();
  print_str(m, "Invalid format specifier '");
  print_bytes(m, addr, len);
  print_str(m, "' for object of type '");
  message_type_name(m, v);
  print_str(m, "'");
  message_raise(TypeId.ValueError, m);
}

/** A decimal number in the spec; ValueError when it does not fit. */
function spec_number(addr: u32, from: u32, to: u32): i32 {
  let n: f64 = 0;
  for (let i: u32 = from; i < to; i++) n = n * 10 + (load_u8(addr + i) - 48);
  if (n > 0x7fffffff) {
    const m: Printer = message_begin();
    print_str(m, "Too many decimal digits in format string");
    message_raise(TypeId.ValueError, m);
  }
  return n | 0;
}

/**
 * Parse the spec at [addr, addr + len) for value v whose default type is deflt (for the
 * grouping check's message). Sets sp_*.
 */
function parse_spec(addr: u32, len: u32, v: obj, deflt: u32): void {
  format_spec_reset();
  let i: u32 = 0;
  let fill_given: bool = false;
  if (len > 0) {
    const n: u32 = utf8_seq_len(load_u8(addr));
    if (n < len && is_align(load_u8(addr + n))) {
      fill_given = true;
      sp_fill = 0;
      for (let k: u32 = 0; k < n; k++) sp_fill = (sp_fill | (load_u8(addr + k) << ((k * 8) & 31))) >>> 0;
      sp_fill_len = n;
      sp_align = load_u8(addr + n);
      i = (n + 1) >>> 0;
    } else if (is_align(load_u8(addr))) {
      sp_align = load_u8(addr);
      i = 1;
    }
  }
  if (i < len) {
    const c: u32 = load_u8(addr + i);
    if (c === C_PLUS || c === C_MINUS || c === C_SPACE) {
      sp_sign = c;
      i = (i + 1) >>> 0;
    }
  }
  if (i < len && load_u8(addr + i) === 122) {
    sp_no_neg_zero = true;
    i = (i + 1) >>> 0;
  }
  if (i < len && load_u8(addr + i) === 35) {
    sp_alt = true;
    i = (i + 1) >>> 0;
  }
  if (i < len && load_u8(addr + i) === C_ZERO) {
    // '0' before the width: zero fill unless a fill was given, and '=' unless an alignment was.
    if (!fill_given) {
      sp_fill = C_ZERO;
      sp_fill_len = 1;
    }
    if (sp_align === 0) {
      sp_align = C_EQ;
      sp_align_from_zero = true;
    }
    i = (i + 1) >>> 0;
  }
  let start: u32 = i;
  while (i < len && char_is_digit(load_u8(addr + i))) i = (i + 1) >>> 0;
  if (i > start) sp_width = spec_number(addr, start, i);
  if (i < len && (load_u8(addr + i) === C_COMMA || load_u8(addr + i) === C_UNDERSCORE)) {
    sp_group = load_u8(addr + i);
    i = (i + 1) >>> 0;
    if (i < len && (load_u8(addr + i) === C_COMMA || load_u8(addr + i) === C_UNDERSCORE)) {
      const m: Printer = message_begin();
      print_str(m, "Cannot specify both ',' and '_'.");
      message_raise(TypeId.ValueError, m);
    }
  }
  if (i < len && load_u8(addr + i) === 46) {
    i = (i + 1) >>> 0;
    start = i;
    while (i < len && char_is_digit(load_u8(addr + i))) i = (i + 1) >>> 0;
    if (i === start) {
      const m: Printer = message_begin();
      print_str(m, "Format specifier missing precision");
      message_raise(TypeId.ValueError, m);
    }
    sp_prec = spec_number(addr, start, i);
  }
  if (((len - i) >>> 0) > 1) raise_invalid_spec(addr, len, v);
  if (i < len) sp_type = load_u8(addr + i);
  if (sp_group !== 0) {
    const t: u32 = sp_type === 0 ? deflt : sp_type;
    const ok: bool = t === 0 || t === 100 || t === 101 || t === 102 || t === 103 || t === 69 || t === 70 || t === 71 || t === 37 ||
      (sp_group === C_UNDERSCORE && (t === 98 || t === 111 || t === 120 || t === 88));
    if (!ok) {
      const m: Printer = message_begin();
      print_str(m, "Cannot specify '");
      print_byte(m, sp_group & 0xff);
      print_str(m, "' with '");
      print_byte(m, t & 0xff);
      print_str(m, "'.");
      message_raise(TypeId.ValueError, m);
    }
  }
}

function raise_unknown_code(v: obj): never {
  const m: Printer = message_begin();
  print_str(m, "Unknown format code '");
  print_byte(m, sp_type & 0xff);
  print_str(m, "' for object of type '");
  message_type_name(m, v);
  print_str(m, "'");
  message_raise(TypeId.ValueError, m);
}

function raise_value_error(text: string): never {
  const m: Printer = message_begin();
  print_str(m, text);
  message_raise(TypeId.ValueError, m);
}

// ---- padding ----

function print_fill(p: Printer, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    for (let k: u32 = 0; k < sp_fill_len; k++) print_byte(p, (sp_fill >>> ((k * 8) & 31)) & 0xff);
  }
}

/**
 * The text at [addr, addr + len) (chars code points) to p, padded to sp_width by sp_align
 * (deflt when none); '=' puts the padding after the first `lead` bytes (sign and prefix).
 */
function emit_padded(p: Printer, addr: u32, len: u32, chars: u32, lead: u32, deflt: u32): void {
  const width: u32 = sp_width < 0 ? 0 : sp_width >>> 0;
  if (width <= chars) {
    print_bytes(p, addr, len);
    return;
  }
  const pad: u32 = (width - chars) >>> 0;
  const align: u32 = sp_align === 0 ? deflt : sp_align;
  if (align === C_LT) {
    print_bytes(p, addr, len);
    print_fill(p, pad);
  } else if (align === C_CARET) {
    print_fill(p, pad >>> 1);
    print_bytes(p, addr, len);
    print_fill(p, (pad - (pad >>> 1)) >>> 0);
  } else if (align === C_EQ) {
    print_bytes(p, addr, lead);
    print_fill(p, pad);
    print_bytes(p, (addr + lead) >>> 0, (len - lead) >>> 0);
  } else {
    print_fill(p, pad);
    print_bytes(p, addr, len);
  }
}

/** Characters of k digits grouped every `every` with separator sep (0: none). */
function grouped_len(k: u32, sep: u32, every: u32): u32 {
  if (sep === 0 || k === 0) return k;
  return (k + ((((k - 1) >>> 0) / every) >>> 0)) >>> 0;
}

/**
 * n ASCII digits at addr to p with sp_group every `every` digits, first extended with
 * leading zeros until the grouped text has at least min_len characters.
 */
function print_grouped(p: Printer, addr: u32, n: u32, every: u32, min_len: u32): void {
  let d: u32 = n;
  const sep: u32 = sp_group;
  while (grouped_len(d, sep, every) < min_len) d = (d + 1) >>> 0;
  for (let i: u32 = 0; i < d; i++) {
    const from_right: u32 = (d - i) >>> 0;
    if (sep !== 0 && i > 0 && ((from_right % every) | 0) === 0) print_byte(p, sep & 0xff);
    print_byte(p, i < ((d - n) >>> 0) ? C_ZERO : load_u8((addr + i - ((d - n) >>> 0)) >>> 0));
  }
}

/**
 * A number to p: sign byte (0: none), prefix ("0x"…), the integer digits at [digits,
 * digits + n) grouped every `every`, then `rest` bytes (fraction, exponent…) verbatim.
 */
function emit_number(p: Printer, sign: u32, prefix: string, digits: u32, n: u32, every: u32, rest: u32, rest_len: u32): void {
  const depth: u32 = gc_root_depth();
  const t: Printer = message_begin();
  if (sign !== 0) print_byte(t, sign & 0xff);
  print_str(t, prefix);
  const lead: u32 = vstr_len(t);
  let min_len: u32 = 0;
  if (sp_align === C_EQ && sp_fill === C_ZERO && sp_width > 0) {
    const used: u32 = (lead + rest_len) >>> 0;
    if ((sp_width >>> 0) > used) min_len = ((sp_width >>> 0) - used) >>> 0;
  }
  if (sp_min_digits > min_len) min_len = sp_min_digits;
  print_grouped(t, digits, n, every, min_len);
  print_bytes(t, rest, rest_len);
  const len: u32 = vstr_len(t);
  emit_padded(p, vstr_data(t), len, len, lead, C_GT);
  gc_root_restore(depth);
}

/** The sign byte for a value: '-' for negatives, else what sp_sign asks for. */
function sign_byte(neg: bool): u32 {
  if (neg) return C_MINUS;
  return sp_sign === C_PLUS || sp_sign === C_SPACE ? sp_sign : 0;
}

// ---- int ----

/** An int (small or big; bool as 0/1) formatted by sp_* to p (the spec is already checked for v). */
export function format_int(p: Printer, v: obj): void {
  let x: obj = v;
  if (x === OBJ_TRUE || x === OBJ_FALSE) x = new_small_int(x === OBJ_TRUE ? 1 : 0);
  const t: u32 = sp_type;
  if (t === 101 || t === 69 || t === 102 || t === 70 || t === 103 || t === 71 || t === 37) {
    format_float(p, float_operand(x), v);
    return;
  }
  let base: u32 = 10;
  let prefix: string = "";
  let every: u32 = 3;
  if (t === 98) base = 2;
  else if (t === 111) base = 8;
  else if (t === 120 || t === 88) base = 16;
  else if (t !== 0 && t !== 100 && t !== 110 && t !== 99) raise_unknown_code(v);
  if (base !== 10) {
    every = 4;
    if (sp_alt) prefix = t === 98 ? "0b" : t === 111 ? "0o" : t === 88 ? "0X" : "0x";
  }
  if (sp_prec >= 0) raise_value_error("Precision not allowed in integer format specifier");
  if (t === 99) {
    if (sp_sign !== 0) raise_value_error("Sign not allowed with integer format specifier 'c'");
    if (sp_alt) raise_value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    const c: i32 = is_small_int(x) ? small_int_value(x) : -1;
    if (c < 0 || c > 0x10ffff) {
      const m: Printer = message_begin();
      print_str(m, "%c arg not in range(0x110000)");
      message_raise(TypeId.OverflowError, m);
    }
    format_code_point(p, c >>> 0);
    return;
  }
  const depth: u32 = gc_root_push(x);
  if (is_small_int(x)) {
    x = mpz_from_i32(small_int_value(x));
    if (x === 0) raise_memory_error();
    gc_root_push(x);
  }
  const buf: ref = gc_alloc(mpz_str_size(x, base));
  if (buf === 0) raise_memory_error();
  gc_root_push(buf);
  const n: u32 = mpz_to_str(x, base, buf);
  const neg: bool = mpz_is_neg(x);
  const from: u32 = neg ? 1 : 0;
  if (t === 88) {
    for (let i: u32 = from; i < n; i++) {
      const c: u8 = load_u8(buf + i);
      if (c >= 97) store_u8(buf + i, c - 32);
    }
  }
  emit_number(p, sign_byte(neg), prefix, (buf + from) >>> 0, (n - from) >>> 0, every, buf, 0);
  gc_root_restore(depth);
  gc_free(buf);
}

/** One code point as UTF-8, padded as a string. */
function format_code_point(p: Printer, c: u32): void {
  const depth: u32 = gc_root_depth();
  const t: Printer = message_begin();
  if (c < 0x80) {
    print_byte(t, c & 0xff);
  } else if (c < 0x800) {
    print_byte(t, (0xc0 | (c >>> 6)) & 0xff);
    print_byte(t, (0x80 | (c & 0x3f)) & 0xff);
  } else if (c < 0x10000) {
    print_byte(t, (0xe0 | (c >>> 12)) & 0xff);
    print_byte(t, (0x80 | ((c >>> 6) & 0x3f)) & 0xff);
    print_byte(t, (0x80 | (c & 0x3f)) & 0xff);
  } else {
    print_byte(t, (0xf0 | (c >>> 18)) & 0xff);
    print_byte(t, (0x80 | ((c >>> 12) & 0x3f)) & 0xff);
    print_byte(t, (0x80 | ((c >>> 6) & 0x3f)) & 0xff);
    print_byte(t, (0x80 | (c & 0x3f)) & 0xff);
  }
  emit_padded(p, vstr_data(t), vstr_len(t), 1, 0, C_GT);
  gc_root_restore(depth);
}

// ---- float ----

/** A float formatted by sp_* to p (v names the type in errors). */
export function format_float(p: Printer, x: f64, v: obj): void {
  let t: u32 = sp_type;
  if (t === 110) t = 103;
  if (t !== 0 && t !== 101 && t !== 69 && t !== 102 && t !== 70 && t !== 103 && t !== 71 && t !== 37) raise_unknown_code(v);
  const cap: u32 = float_format_bound(sp_prec);
  const buf: ref = gc_alloc((FLOAT_FORMAT_SCRATCH_BYTES + cap) >>> 0);
  if (buf === 0) raise_memory_error();
  const depth: u32 = gc_root_push(buf);
  const out: u32 = (buf + FLOAT_FORMAT_SCRATCH_BYTES) >>> 0;
  let flags: u32 = 0;
  if (sp_alt) flags = (flags | FLOAT_FORMAT_ALT) >>> 0;
  if (sp_no_neg_zero) flags = (flags | FLOAT_FORMAT_NO_NEG_0) >>> 0;
  const n: i32 = float_format(x, t === 0 ? FLOAT_FORMAT_TYPE_NONE : t, sp_prec, flags, out, cap, buf, FLOAT_FORMAT_SCRATCH_BYTES);
  if (n < 0) raise_memory_error();
  const len: u32 = n >>> 0;
  const neg: bool = len > 0 && load_u8(out) === C_MINUS;
  const from: u32 = neg ? 1 : 0;
  let int_end: u32 = from;
  while (int_end < len && char_is_digit(load_u8(out + int_end))) int_end = (int_end + 1) >>> 0;
  emit_number(p, sign_byte(neg), "", (out + from) >>> 0, (int_end - from) >>> 0, 3, (out + int_end) >>> 0, (len - int_end) >>> 0);
  gc_root_restore(depth);
  gc_free(buf);
}

// ---- complex ----

/** One part of a complex to t, with sign byte rule `sign` ('+', ' ' or 0), no padding. */
function complex_part(t: Printer, x: f64, v: obj, sign: u32, strip_dot0: bool): void {
  const at: u32 = vstr_len(t);
  sp_sign = sign;
  format_float(t, x, v);
  const n: u32 = vstr_len(t);
  const d: u32 = vstr_data(t);
  if (strip_dot0 && ((n - at) >>> 0) >= 2 && load_u8((d + n - 2) >>> 0) === 46 && load_u8((d + n - 1) >>> 0) === C_ZERO) {
    Vstr.len.set(t, (n - 2) >>> 0);
  }
}

/** A complex formatted by sp_*: both parts by the float rules, "(re+imj)" for no type. */
function format_complex(p: Printer, v: obj): void {
  if (sp_align === C_EQ) {
    raise_value_error(sp_fill === C_ZERO ? "Zero padding is not allowed in complex format specifier"
      : "'=' alignment flag is not allowed in complex format specifier");
  }
  let t: u32 = sp_type;
  if (t === 110) t = 103;
  if (t !== 0 && t !== 101 && t !== 69 && t !== 102 && t !== 70 && t !== 103 && t !== 71) raise_unknown_code(v);
  const re: f64 = complex_real(v);
  const im: f64 = complex_imag(v);
  // No type: repr's digits (without ".0"), or 'g' for a precision; the real part only when not +0.
  const strip: bool = t === 0 && sp_prec < 0;
  if (t === 0 && sp_prec >= 0) t = 103;
  const skip_re: bool = sp_type === 0 && re === 0 && 1 / re > 0;
  const parens: bool = sp_type === 0 && !skip_re;
  const width: i32 = sp_width;
  const sign: u32 = sp_sign;
  sp_width = -1;
  sp_type = t;
  const depth: u32 = gc_root_depth();
  const out: Printer = message_begin();
  if (parens) print_byte(out, 40);
  if (!skip_re) complex_part(out, re, v, sign, strip);
  complex_part(out, im, v, skip_re ? sign : C_PLUS, strip);
  print_byte(out, 106);
  if (parens) print_byte(out, 41);
  sp_width = width;
  const n: u32 = vstr_len(out);
  emit_padded(p, vstr_data(out), n, n, 0, C_GT);
  gc_root_restore(depth);
}

// ---- str ----

/** Text (a str's bytes) formatted by sp_*: precision truncates, then padding (default left). */
export function format_text(p: Printer, addr: u32, len: u32): void {
  let n: u32 = len;
  let chars: u32 = utf8_count(addr, len);
  if (sp_prec >= 0 && chars > (sp_prec >>> 0)) {
    // Keep the first sp_prec code points.
    let seen: u32 = 0;
    n = 0;
    while (n < len) {
      if ((load_u8(addr + n) & 0xc0) !== 0x80) {
        if (seen === (sp_prec >>> 0)) break;
        seen = (seen + 1) >>> 0;
      }
      n = (n + 1) >>> 0;
    }
    chars = sp_prec >>> 0;
  }
  emit_padded(p, addr, n, chars, 0, C_LT);
}

function format_str(p: Printer, s: obj): void {
  if (sp_type !== 0 && sp_type !== 115) raise_unknown_code(s);
  if (sp_sign !== 0) raise_value_error("Sign not allowed in string format specifier");
  if (sp_alt) raise_value_error("Alternate form (#) not allowed in string format specifier");
  if (sp_align === C_EQ && !sp_align_from_zero) raise_value_error("'=' alignment not allowed in string format specifier");
  // '0' pads text with zeros on the right, in the strings' default alignment.
  if (sp_align_from_zero) sp_align = 0;
  const depth: u32 = gc_root_push(s);
  format_text(p, str_data(s), str_len(s));
  gc_root_restore(depth);
}

// ---- any value ----

/** str(o) or repr(o) as a new str. */
function to_text(o: obj, kind: PrintKind): obj {
  if (kind === PrintKind.Str && str_is(o)) return o;
  const depth: u32 = gc_root_depth();
  const m: Printer = message_begin();
  obj_print(m, o, kind);
  const s: obj = str_from_bytes(vstr_data(m), vstr_len(m));
  gc_root_restore(depth);
  return s;
}

/** ascii(o): repr(o) with every non-ASCII code point escaped (\xNN, \uNNNN, \UNNNNNNNN). */
export function obj_to_ascii(o: obj): obj {
  const r: obj = to_text(o, PrintKind.Repr);
  const depth: u32 = gc_root_push(r);
  const m: Printer = message_begin();
  const d: u32 = str_data(r);
  const len: u32 = str_len(r);
  let i: u32 = 0;
  while (i < len) {
    const b: u32 = load_u8(d + i);
    const k: u32 = utf8_seq_len(b);
    if (k === 1) {
      print_byte(m, b & 0xff);
      i = (i + 1) >>> 0;
      continue;
    }
    let c: u32 = k === 2 ? b & 0x1f : k === 3 ? b & 0x0f : b & 0x07;
    for (let j: u32 = 1; j < k; j++) c = ((c << 6) | (load_u8(d + i + j) & 0x3f)) >>> 0;
    const digits: u32 = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    print_str(m, digits === 2 ? "\\x" : digits === 4 ? "\\u" : "\\U");
    for (let j: u32 = digits; j > 0; j--) print_byte(m, "0123456789abcdef".charCodeAt((c >>> ((j - 1) * 4)) & 15));
    i = (i + k) >>> 0;
  }
  const s: obj = str_from_bytes(vstr_data(m), vstr_len(m));
  gc_root_restore(depth);
  return s;
}

/** object.__format__: str(o) for an empty spec, TypeError otherwise. */
function format_object(p: Printer, o: obj, spec_len: u32): void {
  if (spec_len !== 0) {
    const m: Printer = message_begin();
    print_str(m, "unsupported format string passed to ");
    message_type_name(m, o);
    print_str(m, ".__format__");
    message_raise(TypeId.TypeError, m);
  }
  const s: obj = to_text(o, PrintKind.Str);
  const depth: u32 = gc_root_push(s);
  print_bytes(p, str_data(s), str_len(s));
  gc_root_restore(depth);
}

/** Call o.__format__(spec) (a user class's) and print the str it returns. */
function format_by_method(p: Printer, o: obj, spec: obj): void {
  const depth: u32 = gc_root_depth();
  const base: u32 = gc_root_depth();
  gc_root_push(OBJ_NULL);
  gc_root_push(OBJ_NULL);
  gc_root_push(spec);
  obj_load_method(o, Q.__format__, gc_root_addr(base));
  const r: obj = obj_call_method(1, 0, gc_root_addr(base));
  if (!str_is(r)) {
    const m: Printer = message_begin();
    print_str(m, "__format__ must return a str, not ");
    message_type_name(m, r);
    message_raise(TypeId.TypeError, m);
  }
  gc_root_push(r);
  print_bytes(p, str_data(r), str_len(r));
  gc_root_restore(depth);
}

/** format(v, spec) to p; spec is a str (rooted by the caller). */
export function format_value(p: Printer, v: obj, spec: obj): void {
  const addr: u32 = str_data(spec);
  const len: u32 = str_len(spec);
  if (is_instance(v)) {
    if (class_lookup(obj_type(v), Q.__format__) !== OBJ_NULL) {
      format_by_method(p, v, spec);
      return;
    }
    const native: obj = instance_native(v);
    if (native === OBJ_NULL) {
      format_object(p, v, len);
      return;
    }
    format_value(p, native, spec);
    return;
  }
  if ((v === OBJ_TRUE || v === OBJ_FALSE) && len === 0) {
    print_str(p, v === OBJ_TRUE ? "True" : "False");
    return;
  }
  if (int_is(v) || v === OBJ_TRUE || v === OBJ_FALSE) {
    parse_spec(addr, len, v, 100);
    format_int(p, v);
  } else if (float_is(v)) {
    parse_spec(addr, len, v, 0);
    format_float(p, float_value(v), v);
  } else if (str_is(v)) {
    parse_spec(addr, len, v, 115);
    format_str(p, v);
  } else if (complex_is(v)) {
    parse_spec(addr, len, v, 0);
    format_complex(p, v);
  } else {
    format_object(p, v, len);
  }
}

// ---- str.format ----

/** Auto-numbering: the next automatic index, or -1 once a manual index was used; -2: none used yet. */
let next_auto: i32 = -2;

function raise_switch(to_auto: bool): never {
  raise_value_error(to_auto ? "cannot switch from manual field specification to automatic field numbering"
    : "cannot switch from automatic field numbering to manual field specification");
}

/** Are all bytes of [addr, addr + n) decimal digits (and n > 0)? */
function all_digits(addr: u32, n: u32): bool {
  if (n === 0) return false;
  for (let i: u32 = 0; i < n; i++) if (!char_is_digit(load_u8(addr + i))) return false;
  return true;
}

function digits_value(addr: u32, n: u32): i32 {
  return spec_number(addr, 0, n);
}

/** The keyword argument named by [addr, addr + n), or KeyError. */
function keyword_arg(n_args: u32, n_kw: u32, args: u32, addr: u32, n: u32): obj {
  for (let i: u32 = 0; i < n_kw; i++) {
    const at: u32 = (args + (n_args + i * 2) * 4) >>> 0;
    const q: u32 = qstr_of(load_u32(at));
    if (qstr_len(q) === n && bytes_equal(qstr_data(q), addr, n)) return load_u32(at + 4);
  }
  message_raise_obj(TypeId.KeyError, str_from_bytes(addr, n));
}


function bytes_equal(a: u32, b: u32, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) if (load_u8(a + i) !== load_u8(b + i)) return false;
  return true;
}

/**
 * The object a field name [addr, addr + n) names: an argument (auto, index or keyword),
 * then .attr and [key] steps. Positional arguments are args[1..n_args) (args[0] is self).
 */
function resolve_field(addr: u32, n: u32, n_args: u32, n_kw: u32, args: u32): obj {
  let first: u32 = 0;
  while (first < n && load_u8(addr + first) !== 46 && load_u8(addr + first) !== 91) first = (first + 1) >>> 0;
  let v: obj = OBJ_NULL;
  if (first === 0 || all_digits(addr, first)) {
    let index: i32 = 0;
    if (first === 0) {
      if (next_auto === -1) raise_switch(true);
      if (next_auto === -2) next_auto = 0;
      index = next_auto;
      next_auto = (next_auto + 1) | 0;
    } else {
      if (next_auto >= 0) raise_switch(false);
      next_auto = -1;
      index = digits_value(addr, first);
    }
    if ((index >>> 0) >= ((n_args - 1) >>> 0)) {
      const m: Printer = message_begin();
      print_str(m, "Replacement index ");
      print_i32(m, index);
      print_str(m, " out of range for positional args tuple");
      message_raise(TypeId.IndexError, m);
    }
    v = load_u32((args + (index + 1) * 4) >>> 0);
  } else {
    v = keyword_arg(n_args, n_kw, args, addr, first);
  }
  let i: u32 = first;
  const depth: u32 = gc_root_depth();
  while (i < n) {
    gc_root_restore(depth);
    gc_root_push(v);
    const c: u32 = load_u8(addr + i);
    i = (i + 1) >>> 0;
    const start: u32 = i;
    if (c === 46) {
      while (i < n && load_u8(addr + i) !== 46 && load_u8(addr + i) !== 91) i = (i + 1) >>> 0;
      if (i === start) raise_value_error("Empty attribute in format string");
      v = obj_load_attr(v, qstr_from_bytes((addr + start) >>> 0, (i - start) >>> 0));
    } else if (c === 91) {
      while (i < n && load_u8(addr + i) !== 93) i = (i + 1) >>> 0;
      if (i >= n) raise_value_error("Missing ']' in format string");
      if (i === start) raise_value_error("Empty attribute in format string");
      const key: obj = all_digits((addr + start) >>> 0, (i - start) >>> 0)
        ? new_small_int(digits_value((addr + start) >>> 0, (i - start) >>> 0))
        : str_from_bytes((addr + start) >>> 0, (i - start) >>> 0);
      i = (i + 1) >>> 0;
      if (i < n && load_u8(addr + i) !== 46 && load_u8(addr + i) !== 91) {
        raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
      }
      v = obj_subscr_load(v, key);
    } else {
      raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  gc_root_restore(depth);
  return v;
}

/**
 * The format string at [addr, addr + len) with the call's arguments, to p. level counts
 * the nesting of replacement fields inside specs (CPython allows one).
 */
function format_into(p: Printer, addr: u32, len: u32, n_args: u32, n_kw: u32, args: u32, level: u32): void {
  let i: u32 = 0;
  while (i < len) {
    const c: u32 = load_u8(addr + i);
    if (c === 125) {
      if (((i + 1) >>> 0) < len && load_u8(addr + i + 1) === 125) {
        print_byte(p, 125);
        i = (i + 2) >>> 0;
        continue;
      }
      raise_value_error("Single '}' encountered in format string");
    }
    if (c !== 123) {
      let j: u32 = i;
      while (j < len && load_u8(addr + j) !== 123 && load_u8(addr + j) !== 125) j = (j + 1) >>> 0;
      print_bytes(p, (addr + i) >>> 0, (j - i) >>> 0);
      i = j;
      continue;
    }
    i = (i + 1) >>> 0;
    if (i < len && load_u8(addr + i) === 123) {
      print_byte(p, 123);
      i = (i + 1) >>> 0;
      continue;
    }
    if (i >= len) raise_value_error("Single '{' encountered in format string");
    // The field runs to the '}' that balances its '{'.
    const start: u32 = i;
    let nest: u32 = 1;
    let bracket: bool = false;
    let name_end: u32 = len;
    while (i < len) {
      const b: u32 = load_u8(addr + i);
      if (name_end === len) {
        if (b === 91) bracket = true;
        else if (b === 93) bracket = false;
        else if (!bracket && (b === 58 || b === 33)) name_end = i;
      }
      if (b === 123 && !bracket) nest = (nest + 1) >>> 0;
      else if (b === 125 && !bracket) {
        nest = (nest - 1) >>> 0;
        if (nest === 0) break;
      }
      i = (i + 1) >>> 0;
    }
    if (i >= len) {
      if (name_end === len) raise_value_error("expected '}' before end of string");
      if (load_u8(addr + name_end) === 33 && ((name_end + 1) >>> 0) >= len) raise_value_error("end of string while looking for conversion specifier");
      raise_value_error("unmatched '{' in format spec");
    }
    const end: u32 = i;
    i = (i + 1) >>> 0;
    if (name_end > end) name_end = end;
    let conv: u32 = 0;
    let spec_start: u32 = end;
    if (name_end < end && load_u8(addr + name_end) === 33) {
      if (((name_end + 1) >>> 0) >= end) raise_value_error("unmatched '{' in format spec");
      conv = load_u8(addr + name_end + 1);
      const after: u32 = (name_end + 2) >>> 0;
      if (after < end && load_u8(addr + after) !== 58) raise_value_error("expected ':' after conversion specifier");
      spec_start = after < end ? (after + 1) >>> 0 : end;
    } else if (name_end < end) {
      spec_start = (name_end + 1) >>> 0;
    }
    const depth: u32 = gc_root_depth();
    let v: obj = resolve_field((addr + start) >>> 0, (name_end - start) >>> 0, n_args, n_kw, args);
    gc_root_push(v);
    if (conv !== 0) {
      if (conv === 114) v = to_text(v, PrintKind.Repr);
      else if (conv === 115) v = to_text(v, PrintKind.Str);
      else if (conv === 97) v = obj_to_ascii(v);
      else {
        const m: Printer = message_begin();
        print_str(m, "Unknown conversion specifier ");
        print_byte(m, conv & 0xff);
        message_raise(TypeId.ValueError, m);
      }
      gc_root_push(v);
    }
    // A spec with fields of its own is formatted first.
    let nested: bool = false;
    for (let k: u32 = spec_start; k < end; k++) if (load_u8(addr + k) === 123) nested = true;
    let spec: obj = OBJ_NULL;
    if (nested) {
      if (level >= 1) raise_value_error("Max string recursion exceeded");
      const sp: Printer = message_begin();
      format_into(sp, (addr + spec_start) >>> 0, (end - spec_start) >>> 0, n_args, n_kw, args, (level + 1) >>> 0);
      spec = str_from_bytes(vstr_data(sp), vstr_len(sp));
    } else {
      spec = str_from_bytes((addr + spec_start) >>> 0, (end - spec_start) >>> 0);
    }
    gc_root_push(spec);
    format_value(p, v, spec);
    gc_root_restore(depth);
  }
}

/** fmt.format(*args, **kwargs): args[0] is fmt. */
export function str_format(fmt: obj, n_args: u32, n_kw: u32, args: u32): obj {
  const saved: i32 = next_auto;
  next_auto = -2;
  const depth: u32 = gc_root_push(fmt);
  const p: Printer = message_begin();
  format_into(p, str_data(fmt), str_len(fmt), n_args, n_kw, args, 0);
  const s: obj = str_from_bytes(vstr_data(p), vstr_len(p));
  gc_root_restore(depth);
  next_auto = saved;
  return s;
}

/** format(value, spec=''). */
export function format_builtin(value: obj, spec: obj): obj {
  if (spec !== OBJ_NULL && !str_is(spec)) {
    const m: Printer = message_begin();
    print_str(m, "format() argument 2 must be str, not ");
    message_type_name(m, spec);
    message_raise(TypeId.TypeError, m);
  }
  const depth: u32 = gc_root_push(value);
  const s: obj = spec === OBJ_NULL ? str_from_bytes(0, 0) : spec;
  gc_root_push(s);
  const p: Printer = message_begin();
  format_value(p, value, s);
  const r: obj = str_from_bytes(vstr_data(p), vstr_len(p));
  gc_root_restore(depth);
  return r;
}

// ---- native entry points ----

/** str.format(*args, **kwargs). */
export function str_m_format(n_args: u32, n_kw: u32, args: u32): obj {
  const fmt: obj = obj_native(load_u32(args));
  if (!str_is(fmt)) {
    const m: Printer = message_begin();
    print_str(m, "descriptor 'format' requires a 'str' object but received a '");
    message_type_name(m, fmt);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  return str_format(fmt, n_args, n_kw, args);
}

/** format(value[, spec]). */
export function builtin_format(n_args: u32, n_kw: u32, args: u32): obj {
  return format_builtin(load_u32(args), n_args > 1 ? load_u32(args + 4) : OBJ_NULL);
}

/** object.__format__(self, spec). */
export function object_m_format(n_args: u32, n_kw: u32, args: u32): obj {
  const spec: obj = load_u32(args + 4);
  if (!str_is(spec)) {
    const m: Printer = message_begin();
    print_str(m, "__format__() argument must be str, not ");
    message_type_name(m, spec);
    message_raise(TypeId.TypeError, m);
  }
  const depth: u32 = gc_root_depth();
  const p: Printer = message_begin();
  format_object(p, load_u32(args), str_len(spec));
  const r: obj = str_from_bytes(vstr_data(p), vstr_len(p));
  gc_root_restore(depth);
  return r;
}
