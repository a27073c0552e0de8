// Reading a native function's arguments: n_args positional words at args, then n_kw
// (name qstr object, value) pairs (core/RUNTIME.md's calling layout).

import { load_u32, type i32, type u32 } from "./subset/index.js";
import { OBJ_NULL, OBJ_TRUE, OBJ_FALSE, is_small_int, small_int_value, qstr_of, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { int_is, int_fits_i32, int_value_i32 } from "./objects/int.js";
import { raise_msg } from "./objects/exception.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, print_bytes, type Printer } from "./print.js";
import { qstr_data, qstr_len } from "./qstr.js";

/** Positional argument i. */
export function arg(args: u32, i: u32): obj {
  return load_u32(args + i * 4);
}

/** Positional argument i, or deflt when fewer were given. */
export function arg_or(n_args: u32, args: u32, i: u32, deflt: obj): obj {
  return i < n_args ? load_u32(args + i * 4) : deflt;
}

/** The keyword argument named q, or OBJ_NULL. */
export function kw_arg(n_args: u32, n_kw: u32, args: u32, q: u32): obj {
  for (let i: u32 = 0; i < n_kw; i++) {
    const at: u32 = (args + (n_args + i * 2) * 4) >>> 0;
    if (qstr_of(load_u32(at)) === q) return load_u32(at + 4);
  }
  return OBJ_NULL;
}

/** TypeError for a keyword argument not among the accepted ones (a, b, c: qstrs, 0 unused). */
export function kw_check(fn_name: string, n_args: u32, n_kw: u32, args: u32, a: u32, b: u32, c: u32): void {
  for (let i: u32 = 0; i < n_kw; i++) {
    const q: u32 = qstr_of(load_u32(args + (n_args + i * 2) * 4));
    if (q === a || q === b || q === c) continue;
    const m: Printer = message_begin();
    print_str(m, "'");
    print_bytes(m, qstr_data(q), qstr_len(q));
    print_str(m, "' is an invalid keyword argument for ");
    print_str(m, fn_name);
    print_str(m, "()");
    message_raise(TypeId.TypeError, m);
  }
}

/** An int argument as an i32 (bool counts; a big int that fits does too, as MicroPython's
 *  mp_int_t on 32-bit ports); TypeError otherwise, OverflowError when it does not fit. */
export function arg_int(o: obj): i32 {
  if (is_small_int(o)) return small_int_value(o);
  if (o === OBJ_TRUE) return 1;
  if (o === OBJ_FALSE) return 0;
  if (int_is(o)) {
    if (int_fits_i32(o)) return int_value_i32(o);
    raise_msg(TypeId.OverflowError, "Python int too large to convert to C ssize_t");
  }
  const m: Printer = message_begin();
  print_str(m, "'");
  message_type_name(m, o);
  print_str(m, "' object cannot be interpreted as an integer");
  message_raise(TypeId.TypeError, m);
}
