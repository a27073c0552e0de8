// Calling any object (MicroPython's mp_call_function_n_kw and mp_call_method_n_kw):
// dispatch by type. `args` is the arena address of n_args positional words followed by
// n_kw (name, value) pairs, the layout of the VM's value stack at CALL_FUNCTION, so the
// VM passes its stack in place (core/RUNTIME.md).

import { load_u32, type u32 } from "./subset/index.js";
import { OBJ_NULL, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { fun_is, fun_call } from "./objects/fun.js";
import { is_bound_method, bound_method_call } from "./objects/bound_method.js";
import { is_builtin_fn, builtin_fn_call } from "./builtins.js";
import { is_type, type_call, instance_call } from "./objects/class.js";
import { is_instance } from "./objects/instance.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, type Printer } from "./print.js";

export function obj_call(fn: obj, n_args: u32, n_kw: u32, args: u32): obj {
  if (fun_is(fn)) return fun_call(fn, n_args, n_kw, args);
  if (is_bound_method(fn)) return bound_method_call(fn, n_args, n_kw, args);
  if (is_builtin_fn(fn)) return builtin_fn_call(fn, n_args, n_kw, args);
  if (is_type(fn)) return type_call(fn, n_args, n_kw, args);
  if (is_instance(fn)) return instance_call(fn, n_args, n_kw, args);
  const m: Printer = message_begin();
  print_str(m, "'");
  message_type_name(m, fn);
  print_str(m, "' object is not callable");
  message_raise(TypeId.TypeError, m);
}

/** args[0] is the function, args[1] self or OBJ_NULL, then the arguments (LOAD_METHOD's layout). */
export function obj_call_method(n_args: u32, n_kw: u32, args: u32): obj {
  const fn: obj = load_u32(args);
  if (load_u32(args + 4) === OBJ_NULL) return obj_call(fn, n_args, n_kw, (args + 8) >>> 0);
  return obj_call(fn, (n_args + 1) >>> 0, n_kw, (args + 4) >>> 0);
}
