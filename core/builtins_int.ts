// int's methods and three-argument pow.

import { type i32, type u32 } from "./subset/index.js";
import { OBJ_TRUE, OBJ_FALSE, is_small_int, small_int_value, new_small_int, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { int_is, int_from_i32, int_pow_mod } from "./objects/int.js";
import { mpz_bit_length } from "./mpz.js";
import { raise_msg } from "./objects/exception.js";
import { obj_native } from "./objects/instance.js";
import { arg } from "./builtins_args.js";

function check_int(o: obj, what: string): obj {
  if (o === OBJ_TRUE) return new_small_int(1);
  if (o === OBJ_FALSE) return new_small_int(0);
  if (!is_small_int(o) && !int_is(o)) raise_msg(TypeId.TypeError, what);
  return o;
}

/** pow(base, exp, mod): all three must be ints; the arithmetic is int_pow_mod's. */
export function int_pow3(base: obj, exp: obj, mod: obj): obj {
  const msg: string = "pow() 3rd argument not allowed unless all arguments are integers";
  return int_pow_mod(check_int(base, msg), check_int(exp, msg), check_int(mod, msg));
}

/** int.bit_length(). */
export function int_m_bit_length(n_args: u32, n_kw: u32, args: u32): obj {
  const x: obj = check_int(obj_native(arg(args, 0)), "descriptor 'bit_length' requires an 'int' object");
  if (!is_small_int(x)) return int_from_i32(mpz_bit_length(x) | 0);
  const v: i32 = small_int_value(x);
  let mag: u32 = v < 0 ? (0 - v) >>> 0 : v >>> 0;
  let n: i32 = 0;
  while (mag !== 0) {
    mag = mag >>> 1;
    n = (n + 1) | 0;
  }
  return new_small_int(n);
}
