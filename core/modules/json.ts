// The json module as MicroPython's extmod/modjson.c, with CPython's text and errors:
// dumps(obj, separators=None), dump(obj, stream, separators=None), loads(str or bytes) and
// load(stream) (anything with read()/write(): io.StringIO, open() files, user classes).
// Encoder in json_dump.ts, decoder in json_load.ts; errors in the text are
// json.JSONDecodeError, a ValueError subclass made with the module.

import { type u32, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { vstr_new, vstr_data, vstr_len } from "../vstr.js";
import { OBJ_NULL, OBJ_NONE, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error } from "../objects/exception.js";
import { message_begin, message_type_name, message_raise } from "../objects/message.js";
import { print_str, type Printer } from "../print.js";
import { str_data, str_len, str_from_bytes, str_from_literal } from "../objects/str.js";
import { str_is } from "../objects/str_ops.js";
import { buffer_get, buffer_data, buffer_len } from "../objects/bytes.js";
import { utf8_valid } from "../builtins_bytes.js";
import { list_new, list_len, list_get } from "../objects/list.js";
import { tuple_len, tuple_get } from "../objects/tuple.js";
import { obj_native } from "../objects/instance.js";
import { obj_load_attr } from "../attr.js";
import { obj_call } from "../call.js";
import { call1 } from "../builtins_core.js";
import { arg, kw_arg, kw_check } from "../builtins_args.js";
import { module_new, module_globals } from "../objects/module.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { Q } from "../qstr_static.js";
import { module_error_make } from "./module_error.js";
import { json_write_top } from "./json_dump.js";
import { json_decode } from "./json_load.js";

/** One of the separators pair: a str, TypeError otherwise (CPython's message). */
function separator(s: obj, which: string): obj {
  if (str_is(obj_native(s))) return obj_native(s);
  const m: Printer = message_begin();
  print_str(m, "make_encoder() argument ");
  print_str(m, which);
  print_str(m, " must be str, not ");
  message_type_name(m, s);
  message_raise(TypeId.TypeError, m);
}

/** The JSON text of o as a new str; separators: None or a pair (item separator, key separator). */
function dumps_text(o: obj, separators: obj): obj {
  let item_sep: obj = OBJ_NULL;
  let key_sep: obj = OBJ_NULL;
  const depth: u32 = gc_root_push(o);
  gc_root_push(separators);
  if (separators === OBJ_NULL || separators === OBJ_NONE) {
    item_sep = str_from_literal(", ");
    gc_root_push(item_sep);
    key_sep = str_from_literal(": ");
  } else {
    const seps: obj = obj_native(separators);
    const t: obj = obj_type(seps);
    let n: u32 = 0;
    if (t === type_word(TypeId.tuple)) n = tuple_len(seps);
    else if (t === type_word(TypeId.list)) n = list_len(seps);
    else raise_msg(TypeId.TypeError, "separators must be a (item_separator, key_separator) pair");
    if (n !== 2) raise_msg(TypeId.ValueError, "separators must be a (item_separator, key_separator) pair");
    const is_tuple: bool = t === type_word(TypeId.tuple);
    item_sep = separator(is_tuple ? tuple_get(seps, 0) : list_get(seps, 0), "12");
    key_sep = separator(is_tuple ? tuple_get(seps, 1) : list_get(seps, 1), "11");
  }
  gc_root_push(item_sep);
  gc_root_push(key_sep);
  const open: obj = list_new(0);
  gc_root_push(open);
  const p: Printer = vstr_new(64);
  if (p === 0) raise_memory_error();
  gc_root_push(p);
  json_write_top(p, o, item_sep, key_sep, open);
  const s: obj = str_from_bytes(vstr_data(p), vstr_len(p));
  gc_root_restore(depth);
  return s;
}

/** json.dumps(obj, separators=None). */
export function json_fn_dumps(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("dumps", n_args, n_kw, args, Q.separators, 0, 0);
  return dumps_text(arg(args, 0), kw_arg(n_args, n_kw, args, Q.separators));
}

/** json.dump(obj, stream, separators=None): the text written with one stream.write call. */
export function json_fn_dump(n_args: u32, n_kw: u32, args: u32): obj {
  kw_check("dump", n_args, n_kw, args, Q.separators, 0, 0);
  const stream: obj = arg(args, 1);
  const depth: u32 = gc_root_push(stream);
  const s: obj = dumps_text(arg(args, 0), kw_arg(n_args, n_kw, args, Q.separators));
  gc_root_push(s);
  const write: obj = obj_load_attr(stream, Q.write);
  call1(write, s);
  gc_root_restore(depth);
  return OBJ_NONE;
}

/** Decode s: a str, or UTF-8 bytes-like (copied, so the data cannot change under the decoder). */
function loads_value(s_in: obj): obj {
  let s: obj = obj_native(s_in);
  if (!str_is(s)) {
    if (!buffer_get(s)) {
      const m: Printer = message_begin();
      print_str(m, "the JSON object must be str, bytes or bytearray, not ");
      message_type_name(m, s_in);
      message_raise(TypeId.TypeError, m);
    }
    if (!utf8_valid(buffer_data(), buffer_len())) raise_msg(TypeId.UnicodeError, "invalid utf-8");
    s = str_from_bytes(buffer_data(), buffer_len());
  }
  const depth: u32 = gc_root_push(s);
  const r: obj = json_decode(str_data(s), str_len(s));
  gc_root_restore(depth);
  return r;
}

/** json.loads(s). */
export function json_fn_loads(n_args: u32, n_kw: u32, args: u32): obj {
  return loads_value(arg(args, 0));
}

/** json.load(stream): all of stream.read(), decoded. */
export function json_fn_load(n_args: u32, n_kw: u32, args: u32): obj {
  const read: obj = obj_load_attr(arg(args, 0), Q.read);
  const depth: u32 = gc_root_push(read);
  const text: obj = obj_call(read, 0, 0, 0);
  gc_root_push(text);
  const r: obj = loads_value(text);
  gc_root_restore(depth);
  return r;
}

/** A new json module: its functions and json.JSONDecodeError (a ValueError subclass). */
export function json_module_make(): obj {
  const m: obj = module_new(Q.json);
  const depth: u32 = gc_root_push(m);
  module_error_make(m, Q.json, Q.JSONDecodeError, TypeId.ValueError);
  builtin_module_fill(module_globals(m), ModuleOwner.json);
  gc_root_restore(depth);
  return m;
}
