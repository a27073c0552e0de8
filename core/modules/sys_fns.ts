// The sys module's functions (MicroPython's py/modsys.c): exit and print_exception,
// as native functions with the calling layout of core/RUNTIME.md.

import { raise, load_u32, type u32 } from "../subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_depth } from "../gc.js";
import { OBJ_NONE, type obj } from "../obj.js";
import { type_word, TypeId } from "../objects/type.js";
import { raise_msg, exception_print_traceback_entries } from "../objects/exception.js";
import { exception_native, exception_print_line_any, obj_is_exception } from "../objects/instance.js";
import { type_call } from "../objects/class.js";
import { str_from_bytes } from "../objects/str.js";
import { message_begin } from "../objects/message.js";
import { obj_load_attr, call_fn } from "../attr.js";
import { vstr_data, vstr_len } from "../vstr.js";
import { print_str, STDOUT, type Printer } from "../print.js";
import { Q } from "../qstr_static.js";

/** sys.exit([status]): raise SystemExit(status); SystemExit() without one or for None (as CPython). */
export function sys_fn_exit(n_args: u32, n_kw: u32, args: u32): obj {
  const n: u32 = n_args === 1 && load_u32(args) === OBJ_NONE ? 0 : n_args;
  raise(type_call(type_word(TypeId.SystemExit), n, 0, args));
}

function print_exception_to(p: Printer, e: obj): void {
  exception_print_traceback_entries(p, exception_native(e));
  exception_print_line_any(p, e);
  print_str(p, "\n");
}

/**
 * sys.print_exception(exc[, file]): the traceback and "Type: message" as the REPL prints
 * them, on stdout, or given as one str to file.write.
 */
export function sys_fn_print_exception(n_args: u32, n_kw: u32, args: u32): obj {
  const e: obj = load_u32(args);
  if (!obj_is_exception(e)) raise_msg(TypeId.TypeError, "print_exception() argument must be an exception");
  if (n_args < 2) {
    print_exception_to(STDOUT, e);
    return OBJ_NONE;
  }
  const depth: u32 = gc_root_depth();
  const write: obj = obj_load_attr(load_u32(args + 4), Q.write);
  gc_root_push(write);
  const text: Printer = message_begin();
  print_exception_to(text, e);
  const s: obj = str_from_bytes(vstr_data(text), vstr_len(text));
  call_fn(write, 1, s, OBJ_NONE);
  gc_root_restore(depth);
  return OBJ_NONE;
}
