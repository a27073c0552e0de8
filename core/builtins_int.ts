// int's methods and three-argument pow, written over the generic operators so that small
// and big ints take the same path.

import { type i32, type u32 } from "./subset/index.js";
import { gc_root_push, gc_root_set, gc_root_restore } from "./gc.js";
import { OBJ_TRUE, OBJ_FALSE, is_small_int, small_int_value, new_small_int, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { int_is, int_from_i32 } from "./objects/int.js";
import { mpz_bit_length } from "./mpz.js";
import { obj_binary_op, obj_is_true } from "./operators.js";
import { BinaryOp } from "./ops.js";
import { raise_msg } from "./objects/exception.js";
import { obj_native } from "./objects/instance.js";
import { arg } from "./builtins_args.js";

function check_int(o: obj, what: string): obj {
  if (o === OBJ_TRUE) return new_small_int(1);
  if (o === OBJ_FALSE) return new_small_int(0);
  if (!is_small_int(o) && !int_is(o)) raise_msg(TypeId.TypeError, what);
  return o;
}

/** pow(base, exp, mod) for ints: square and multiply, reducing modulo mod at each step. */
export function int_pow_mod(base_in: obj, exp_in: obj, mod_in: obj): obj {
  const msg: string = "pow() 3rd argument not allowed unless all arguments are integers";
  const mod: obj = check_int(mod_in, msg);
  let exp: obj = check_int(exp_in, msg);
  let base: obj = check_int(base_in, msg);
  if (obj_is_true(obj_binary_op(BinaryOp.Equal, mod, new_small_int(0)))) raise_msg(TypeId.ValueError, "pow() 3rd argument cannot be 0");
  if (obj_is_true(obj_binary_op(BinaryOp.Less, exp, new_small_int(0)))) raise_msg(TypeId.ValueError, "base is not invertible for the given modulus");
  const depth: u32 = gc_root_push(mod);
  const exp_at: u32 = gc_root_push(exp);
  base = obj_binary_op(BinaryOp.Modulo, base, mod);
  const base_at: u32 = gc_root_push(base);
  let result: obj = obj_binary_op(BinaryOp.Modulo, new_small_int(1), mod);
  const result_at: u32 = gc_root_push(result);
  while (obj_is_true(obj_binary_op(BinaryOp.More, exp, new_small_int(0)))) {
    if (obj_is_true(obj_binary_op(BinaryOp.And, exp, new_small_int(1)))) {
      result = obj_binary_op(BinaryOp.Modulo, obj_binary_op(BinaryOp.Multiply, result, base), mod);
      gc_root_set(result_at, result);
    }
    exp = obj_binary_op(BinaryOp.Rshift, exp, new_small_int(1));
    gc_root_set(exp_at, exp);
    base = obj_binary_op(BinaryOp.Modulo, obj_binary_op(BinaryOp.Multiply, base, base), mod);
    gc_root_set(base_at, base);
  }
  gc_root_restore(depth);
  return result;
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
