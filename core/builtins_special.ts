// Special methods of built-in types reached through the type (dict.__getitem__(d, k)) or
// through super() in a subclass that overrides them. They act on self's native object so an
// override in the subclass is not called again.

import { type u32 } from "./subset/index.js";
import { OBJ_NONE, type obj } from "./obj.js";
import { obj_type, type_word, TypeId, TYPE_NAME } from "./objects/type.js";
import { obj_native } from "./objects/instance.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, print_bytes, type Printer } from "./print.js";
import { qstr_data, qstr_len } from "./qstr.js";
import { obj_subscr_load, obj_subscr_store, obj_subscr_delete } from "./subscr.js";
import { arg } from "./builtins_args.js";
import { Q } from "./qstr_static.js";

/** self's native object of built-in type id: TypeError (CPython's message) for anything else. */
function native_self(self: obj, id: TypeId, method: u32): obj {
  const native: obj = obj_native(self);
  if (obj_type(native) === type_word(id)) return native;
  const m: Printer = message_begin();
  print_str(m, "descriptor '");
  print_bytes(m, qstr_data(method), qstr_len(method));
  print_str(m, "' for '");
  const name: u32 = TYPE_NAME[id]!;
  print_bytes(m, qstr_data(name), qstr_len(name));
  print_str(m, "' objects doesn't apply to a '");
  message_type_name(m, self);
  print_str(m, "' object");
  message_raise(TypeId.TypeError, m);
}

export function dict_m_getitem(n_args: u32, n_kw: u32, args: u32): obj {
  return obj_subscr_load(native_self(arg(args, 0), TypeId.dict, Q.__getitem__), arg(args, 1));
}

export function dict_m_setitem(n_args: u32, n_kw: u32, args: u32): obj {
  obj_subscr_store(native_self(arg(args, 0), TypeId.dict, Q.__setitem__), arg(args, 1), arg(args, 2));
  return OBJ_NONE;
}

export function dict_m_delitem(n_args: u32, n_kw: u32, args: u32): obj {
  obj_subscr_delete(native_self(arg(args, 0), TypeId.dict, Q.__delitem__), arg(args, 1));
  return OBJ_NONE;
}

export function list_m_getitem(n_args: u32, n_kw: u32, args: u32): obj {
  return obj_subscr_load(native_self(arg(args, 0), TypeId.list, Q.__getitem__), arg(args, 1));
}

export function list_m_setitem(n_args: u32, n_kw: u32, args: u32): obj {
  obj_subscr_store(native_self(arg(args, 0), TypeId.list, Q.__setitem__), arg(args, 1), arg(args, 2));
  return OBJ_NONE;
}
