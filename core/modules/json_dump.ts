// json.dumps's encoder: a Python value as JSON text, CPython's json.dumps with its defaults
// (ensure_ascii: DEL and every non-ASCII character as \uXXXX, surrogate pairs beyond the BMP; floats
// as repr, Infinity/-Infinity/NaN; tuples as arrays; dict keys that are int, float, bool or
// None turned into strings as CPython does) and MicroPython's one option, separators.
// Containers being written are kept on a list so a container inside itself is the ValueError
// CPython raises, not endless recursion; nesting deeper than JSON_DEPTH_MAX is the
// RuntimeError the VM gives for deep recursion (the encoder recurses on the C stack).

import { load_u8, type u32, type f64, type bool } from "../subset/index.js";
import { OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "../objects/type.js";
import { raise_msg } from "../objects/exception.js";
import { message_begin, message_type_name, message_raise } from "../objects/message.js";
import { print_str, print_byte, print_bytes, type Printer } from "../print.js";
import { str_data, str_len, PrintKind } from "../objects/str.js";
import { str_is } from "../objects/str_ops.js";
import { int_is, int_print } from "../objects/int.js";
import { float_is, float_value, float_print_f64 } from "../objects/float.js";
import { tuple_len, tuple_get } from "../objects/tuple.js";
import { list_len, list_get, list_append, list_pop } from "../objects/list.js";
import { dict_next, dict_key_at, dict_value_at } from "../objects/dict.js";
import { MAP_END } from "../objects/map.js";
import { obj_native } from "../objects/instance.js";
import { raise_recursion_error } from "../vm.js";

/** Deepest nesting the encoder follows (C stack on a board: a few dozen bytes a level). */
const JSON_DEPTH_MAX: u32 = 200;

const HEX: string = "0123456789abcdef";

/** The separators between items and after keys: str objects, rooted by the caller. */
let item_sep: obj = OBJ_NULL;
let key_sep: obj = OBJ_NULL;
/** The containers being written (a list, rooted by the caller). */
let open_containers: obj = OBJ_NULL;

function type_is(o: obj, id: TypeId): bool {
  return obj_type(o) === type_word(id);
}

function print_sep(p: Printer, s: obj): void {
  print_bytes(p, str_data(s), str_len(s));
}

function print_u_escape(p: Printer, u: u32): void {
  print_str(p, "\\u");
  print_byte(p, HEX.charCodeAt((u >>> 12) & 15));
  print_byte(p, HEX.charCodeAt((u >>> 8) & 15));
  print_byte(p, HEX.charCodeAt((u >>> 4) & 15));
  print_byte(p, HEX.charCodeAt(u & 15));
}

/** The str s as a JSON string literal, ASCII only. */
export function json_print_string(p: Printer, s: obj): void {
  const data: u32 = str_data(s);
  const n: u32 = str_len(s);
  print_byte(p, 34);
  let i: u32 = 0;
  while (i < n) {
    const c: u32 = load_u8(data + i);
    if (c < 0x80) {
      i = (i + 1) >>> 0;
      if (c === 34) print_str(p, "\\\"");
      else if (c === 92) print_str(p, "\\\\");
      else if (c === 10) print_str(p, "\\n");
      else if (c === 13) print_str(p, "\\r");
      else if (c === 9) print_str(p, "\\t");
      else if (c === 8) print_str(p, "\\b");
      else if (c === 12) print_str(p, "\\f");
      else if (c < 0x20 || c === 0x7f) print_u_escape(p, c);
      else print_byte(p, c);
      continue;
    }
    // A UTF-8 sequence (str holds valid UTF-8): its code point, escaped.
    let cp: u32 = 0;
    let more: u32 = 0;
    if (c >= 0xf0) {
      cp = c & 7;
      more = 3;
    } else if (c >= 0xe0) {
      cp = c & 15;
      more = 2;
    } else {
      cp = c & 31;
      more = 1;
    }
    i = (i + 1) >>> 0;
    while (more > 0 && i < n) {
      cp = ((cp << 6) | (load_u8(data + i) & 63)) >>> 0;
      i = (i + 1) >>> 0;
      more = (more - 1) >>> 0;
    }
    if (cp >= 0x10000) {
      const v: u32 = (cp - 0x10000) >>> 0;
      print_u_escape(p, (0xd800 + ((v >>> 10) & 0x3ff)) >>> 0);
      print_u_escape(p, (0xdc00 + (v & 0x3ff)) >>> 0);
    } else {
      print_u_escape(p, cp & 0xffff);
    }
  }
  print_byte(p, 34);
}

function print_float(p: Printer, x: f64): void {
  if (x !== x) print_str(p, "NaN");
  else if (x === Infinity) print_str(p, "Infinity");
  else if (x === -Infinity) print_str(p, "-Infinity");
  else float_print_f64(p, x, false, false);
}

/** Enter container c: ValueError when it is already being written, the depth checked. */
function enter(c: obj): void {
  const n: u32 = list_len(open_containers);
  if (n >= JSON_DEPTH_MAX) raise_recursion_error();
  for (let i: u32 = 0; i < n; i++) {
    if (list_get(open_containers, i) === c) raise_msg(TypeId.ValueError, "Circular reference detected");
  }
  list_append(open_containers, c);
}

function leave(): void {
  list_pop(open_containers, OBJ_NULL);
}

/** A dict key as CPython writes it: str as is, int/float/bool/None as strings. */
function print_key(p: Printer, k_in: obj): void {
  const k: obj = obj_native(k_in);
  if (str_is(k)) {
    json_print_string(p, k);
    return;
  }
  print_byte(p, 34);
  if (k === OBJ_TRUE) print_str(p, "true");
  else if (k === OBJ_FALSE) print_str(p, "false");
  else if (k === OBJ_NONE) print_str(p, "null");
  else if (int_is(k)) int_print(p, k, PrintKind.Repr);
  else if (float_is(k)) print_float(p, float_value(k));
  else {
    const m: Printer = message_begin();
    print_str(m, "keys must be str, int, float, bool or None, not ");
    message_type_name(m, k_in);
    message_raise(TypeId.TypeError, m);
  }
  print_byte(p, 34);
}

/** Write o as JSON text to p (a heap buffer). o is reachable from the caller's roots. */
export function json_write(p: Printer, o_in: obj): void {
  const o: obj = obj_native(o_in);
  if (o === OBJ_NONE) print_str(p, "null");
  else if (o === OBJ_TRUE) print_str(p, "true");
  else if (o === OBJ_FALSE) print_str(p, "false");
  else if (str_is(o)) json_print_string(p, o);
  else if (int_is(o)) int_print(p, o, PrintKind.Repr);
  else if (float_is(o)) print_float(p, float_value(o));
  else if (type_is(o, TypeId.list) || type_is(o, TypeId.tuple)) {
    enter(o);
    const is_list: bool = type_is(o, TypeId.list);
    print_byte(p, 91);
    // A list's length is read again each step: nothing here runs Python code, but stay safe.
    for (let i: u32 = 0; i < (is_list ? list_len(o) : tuple_len(o)); i++) {
      if (i > 0) print_sep(p, item_sep);
      json_write(p, is_list ? list_get(o, i) : tuple_get(o, i));
    }
    print_byte(p, 93);
    leave();
  } else if (type_is(o, TypeId.dict)) {
    enter(o);
    print_byte(p, 123);
    let first: bool = true;
    for (let pos: u32 = dict_next(o, 0); pos !== MAP_END; pos = dict_next(o, (pos + 1) >>> 0)) {
      if (!first) print_sep(p, item_sep);
      first = false;
      print_key(p, dict_key_at(o, pos));
      print_sep(p, key_sep);
      json_write(p, dict_value_at(o, pos));
    }
    print_byte(p, 125);
    leave();
  } else {
    const m: Printer = message_begin();
    print_str(m, "Object of type ");
    message_type_name(m, o_in);
    print_str(m, " is not JSON serializable");
    message_raise(TypeId.TypeError, m);
  }
}

/**
 * Write o to p with the given separators (str objects) and the list that tracks open
 * containers, all rooted by the caller.
 */
export function json_write_top(p: Printer, o: obj, items: obj, keys: obj, open: obj): void {
  item_sep = items;
  key_sep = keys;
  open_containers = open;
  json_write(p, o);
  item_sep = OBJ_NULL;
  key_sep = OBJ_NULL;
  open_containers = OBJ_NULL;
}
