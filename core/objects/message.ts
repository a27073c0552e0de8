// Exception messages built at run time ("5 is not in list", "'<' not supported between
// instances of 'int' and 'str'"): text gathered in a heap buffer (a Printer), then raised
// as the exception's single str argument. Fixed messages use raise_msg instead.

import { raise, type ref } from "../subset/index.js";
import { gc_root_push } from "../gc.js";
import { vstr_new, vstr_data, vstr_len } from "../vstr.js";
import { type obj } from "../obj.js";
import { obj_type, TypeId } from "./type.js";
import { print_type_name_of } from "./class.js";
import { str_from_bytes } from "./str.js";
import { tuple_new, tuple_set } from "./tuple.js";
import { exception_new, raise_memory_error } from "./exception.js";
import { type Printer } from "../print.js";

/**
 * A new message buffer, pushed on the root stack (raising unwinds past it; whoever catches
 * restores the root stack). Write to it with print_str/obj_print, then message_raise.
 */
export function message_begin(): Printer {
  const v: ref = vstr_new(48);
  if (v === 0) raise_memory_error();
  gc_root_push(v);
  return v;
}

/** The name of o's type, as error messages spell it ('int', 'list'…). */
export function message_type_name(p: Printer, o: obj): void {
  print_type_name_of(p, obj_type(o));
}

/** Raise built-in exception `id` with the buffer's text as its argument. */
export function message_raise(id: TypeId, p: Printer): never {
  const s: obj = str_from_bytes(vstr_data(p), vstr_len(p));
  gc_root_push(s);
  const args: obj = tuple_new(1);
  tuple_set(args, 0, s);
  raise(exception_new(id, args));
}

/** Raise built-in exception `id` whose single argument is the object o (KeyError(key)). */
export function message_raise_obj(id: TypeId, o: obj): never {
  gc_root_push(o);
  const args: obj = tuple_new(1);
  tuple_set(args, 0, o);
  raise(exception_new(id, args));
}
