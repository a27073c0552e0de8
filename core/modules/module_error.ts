// Exception classes that built-in modules define (struct.error, binascii.Error): a class
// made with the module, stored in its dict, and raised by the module's functions with a
// message. Found through the module each time, so Python sees one class per module.

import { raise, type u32 } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, new_qstr_obj, type obj } from "../obj.js";
import { TypeId, type_word } from "../objects/type.js";
import { dict_new, dict_set, dict_lookup } from "../objects/dict.js";
import { class_new } from "../objects/class.js";
import { obj_call } from "../call.js";
import { module_store_attr, module_globals } from "../objects/module.js";
import { tuple_new, tuple_set, TupleObj } from "../objects/tuple.js";
import { str_from_bytes } from "../objects/str.js";
import { message_raise_obj } from "../objects/message.js";
import { vstr_data, vstr_len } from "../vstr.js";
import { root_get, Root } from "../roots.js";
import { type Printer } from "../print.js";
import { Q } from "../qstr_static.js";

/** Store in module m (named module_q) a new class name_q deriving from built-in exception base. */
export function module_error_make(m: obj, module_q: u32, name_q: u32, base: TypeId): void {
  const d: obj = dict_new();
  const depth: u32 = gc_root_push(d);
  dict_set(d, new_qstr_obj(Q.__module__), new_qstr_obj(module_q));
  const bases: obj = tuple_new(1);
  tuple_set(bases, 0, type_word(base));
  gc_root_push(bases);
  const cls: obj = class_new(name_q, bases, d);
  // Rooted while the module's dict grows to hold it.
  gc_root_push(cls);
  module_store_attr(m, name_q, cls);
  gc_root_restore(depth);
}

/**
 * Raise the class name_q of built-in module module_q with the message in m; the built-in
 * exception fallback when the module or its class is gone (del struct.error).
 */
export function module_error_raise(module_q: u32, name_q: u32, fallback: TypeId, m: Printer): never {
  const text: obj = str_from_bytes(vstr_data(m), vstr_len(m));
  const depth: u32 = gc_root_push(text);
  let cls: obj = OBJ_NULL;
  const made: obj = root_get(Root.BuiltinModules);
  if (made !== OBJ_NULL) {
    const mod: obj = dict_lookup(made, new_qstr_obj(module_q));
    if (mod !== OBJ_NULL) cls = dict_lookup(module_globals(mod), new_qstr_obj(name_q));
  }
  if (cls === OBJ_NULL) message_raise_obj(fallback, text);
  const holder: obj = tuple_new(1);
  tuple_set(holder, 0, text);
  gc_root_push(holder);
  const e: obj = obj_call(cls, 1, 0, (holder + TupleObj.SIZE) >>> 0);
  gc_root_restore(depth);
  raise(e);
}
