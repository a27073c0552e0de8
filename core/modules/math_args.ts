// Arguments and results of the math and cmath functions: a real argument as a double (float,
// int, bool, or an instance of a subclass of them), and CPython's mapping of a libm result
// to exceptions: a NaN from a non-NaN argument is "math domain error" (ValueError), an
// infinity from a finite argument "math range error" (OverflowError) where the function
// can overflow, else a domain error (log(0), atanh(1)).

import { type f64, type bool } from "../subset/index.js";
import { type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { float_is, float_value, float_int_like, float_of_int, float_from_f64 } from "../objects/float.js";
import { obj_native } from "../objects/instance.js";
import { raise_msg } from "../objects/exception.js";
import { message_begin, message_type_name, message_raise } from "../objects/message.js";
import { print_str, type Printer } from "../print.js";

/** Is o a float or an int-like (an instance of a subclass counts)? */
export function math_is_real(o: obj): bool {
  const n: obj = obj_native(o);
  return float_is(n) || float_int_like(n);
}

/** A real argument as a double: TypeError "must be real number, not T" otherwise. */
export function math_real_arg(o: obj): f64 {
  const n: obj = obj_native(o);
  if (float_is(n)) return float_value(n);
  if (float_int_like(n)) return float_of_int(n);
  const m: Printer = message_begin();
  print_str(m, "must be real number, not ");
  message_type_name(m, o);
  message_raise(TypeId.TypeError, m);
}

export function math_domain_error(): never {
  raise_msg(TypeId.ValueError, "math domain error");
}

export function math_range_error(): never {
  raise_msg(TypeId.OverflowError, "math range error");
}

function is_finite(x: f64): bool {
  return x === x && x !== Infinity && x !== -Infinity;
}

/** Check r = f(x) as CPython's math_1 does, then box it. */
export function math_checked_1(x: f64, r: f64, can_overflow: bool): obj {
  if (r !== r && x === x) math_domain_error();
  if ((r === Infinity || r === -Infinity) && is_finite(x)) {
    if (can_overflow) math_range_error();
    math_domain_error();
  }
  return float_from_f64(r);
}

/** Check r = f(x, y) as CPython's math_2 does, then box it. */
export function math_checked_2(x: f64, y: f64, r: f64): obj {
  if (r !== r && x === x && y === y) math_domain_error();
  if ((r === Infinity || r === -Infinity) && is_finite(x) && is_finite(y)) math_range_error();
  return float_from_f64(r);
}
