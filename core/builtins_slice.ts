// slice.indices(length): the (start, stop, step) a slice means over a sequence of that
// length, clamped as CPython's PySlice_GetIndicesEx does before counting.

import { type i32, type u32, type bool } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { OBJ_NONE, type obj } from "./obj.js";
import { obj_native } from "./objects/instance.js";
import { slice_start, slice_stop, slice_step } from "./objects/slice_obj.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";
import { int_from_i32 } from "./objects/int.js";
import { TypeId } from "./objects/type.js";
import { raise_msg } from "./objects/exception.js";
import { arg, arg_int } from "./builtins_args.js";

/** One end: None takes its default, negative counts from the end, then clamped to [lower, upper]. */
function clamp_end(o: obj, len: i32, lower: i32, upper: i32, absent: i32): i32 {
  if (o === OBJ_NONE) return absent;
  let v: i32 = arg_int(o);
  if (v < 0) {
    v = (v + len) | 0;
    return v < lower ? lower : v;
  }
  return v > upper ? upper : v;
}

export function slice_m_indices(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = obj_native(arg(args, 0));
  const len: i32 = arg_int(arg(args, 1));
  if (len < 0) raise_msg(TypeId.ValueError, "length should not be negative");
  const step_o: obj = slice_step(s);
  const step: i32 = step_o === OBJ_NONE ? 1 : arg_int(step_o);
  if (step === 0) raise_msg(TypeId.ValueError, "slice step cannot be zero");
  const backward: bool = step < 0;
  const lower: i32 = backward ? -1 : 0;
  const upper: i32 = backward ? (len - 1) | 0 : len;
  const start: i32 = clamp_end(slice_start(s), len, lower, upper, backward ? upper : lower);
  const stop: i32 = clamp_end(slice_stop(s), len, lower, upper, backward ? lower : upper);
  const t: obj = tuple_new(3);
  const depth: u32 = gc_root_push(t);
  tuple_set(t, 0, int_from_i32(start));
  tuple_set(t, 1, int_from_i32(stop));
  tuple_set(t, 2, int_from_i32(step));
  gc_root_restore(depth);
  return t;
}
