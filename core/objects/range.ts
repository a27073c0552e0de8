// range(start, stop, step): an immutable arithmetic sequence of small ints, with len,
// indexing, slicing (a new range), `in`, ==, and repr as CPython's.

import { layout, field_ref, field_i32, type i32, type u32, type f64, type ref, type bool } from "../subset/index.js";
import { gc_alloc } from "../gc.js";
import { bool_obj, OBJ_NULL, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error, raise_msg } from "./exception.js";
import { int_is, int_from_i32, int_fits_i32, int_value_i32 } from "./int.js";
import { arg_int } from "../builtins_args.js";
import { slice_indices, slice_result_start, slice_result_step, slice_result_count, slice_result_stop } from "./slice.js";
import { print_str, print_i32, type Printer } from "../print.js";
import { PrintKind } from "./str.js";
import { BinaryOp, UnaryOp } from "../ops.js";
import { obj_equal } from "./equality.js";
import { message_begin, message_type_name, message_raise } from "./message.js";

export const RangeObj = layout("RangeObj", { type: field_ref, start: field_i32, stop: field_i32, step: field_i32 });

export function range_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.range);
}

export function range_new_i32(start: i32, stop: i32, step: i32): obj {
  const r: ref = gc_alloc(RangeObj.SIZE);
  if (r === 0) raise_memory_error();
  RangeObj.type.set(r, type_word(TypeId.range));
  RangeObj.start.set(r, start);
  RangeObj.stop.set(r, stop);
  RangeObj.step.set(r, step);
  return r;
}

/** range(stop), range(start, stop), range(start, stop, step): n is 1, 2 or 3. */
export function range_new(n: u32, a: obj, b: obj, c: obj): obj {
  if (n === 1) return range_new_i32(0, arg_int(a), 1);
  const step: i32 = n === 3 ? arg_int(c) : 1;
  if (step === 0) raise_msg(TypeId.ValueError, "range() arg 3 must not be zero");
  return range_new_i32(arg_int(a), arg_int(b), step);
}

export function range_start(r: obj): i32 {
  return RangeObj.start.get(r);
}

export function range_stop(r: obj): i32 {
  return RangeObj.stop.get(r);
}

export function range_step(r: obj): i32 {
  return RangeObj.step.get(r);
}

/** The number of items (fits a u32: the ends are i32s). */
export function range_len(r: obj): u32 {
  const start: i32 = RangeObj.start.get(r);
  const stop: i32 = RangeObj.stop.get(r);
  const step: i32 = RangeObj.step.get(r);
  // The ends are i32s, so the spans fit u32.
  if (step > 0) {
    if (stop <= start) return 0;
    return (((((stop - start - 1) >>> 0) / (step >>> 0)) >>> 0) + 1) >>> 0;
  }
  if (stop >= start) return 0;
  return (((((start - stop - 1) >>> 0) / ((0 - step) >>> 0)) >>> 0) + 1) >>> 0;
}

/** The i-th item (i < range_len). */
export function range_item(r: obj, i: u32): obj {
  return int_from_i32((RangeObj.start.get(r) + Math.imul(i | 0, RangeObj.step.get(r))) | 0);
}

/** r[index]: an int index or a slice given as start, stop, step (slice OBJ_NULL: an index). */
export function range_subscr(r: obj, index: obj, start: obj, stop: obj, step: obj): obj {
  const len: u32 = range_len(r);
  if (index === OBJ_NULL) {
    // Slice arithmetic works on lengths below 2^30, as every other sequence's.
    if (len > 0x3fffffff) raise_msg(TypeId.OverflowError, "range too large to slice");
    slice_indices(len, start, stop, step);
    const s0: i32 = slice_result_start();
    const sstep: i32 = slice_result_step();
    const count: u32 = slice_result_count();
    const base: i32 = RangeObj.start.get(r);
    const rstep: i32 = RangeObj.step.get(r);
    const new_start: i32 = (base + Math.imul(s0, rstep)) | 0;
    const rstep_f: f64 = rstep;
    const sstep_f: f64 = sstep;
    const step_f: f64 = rstep_f * sstep_f;
    if (step_f > 2147483647 || step_f < -2147483648) raise_msg(TypeId.OverflowError, "range step too large");
    const new_step: i32 = step_f | 0;
    // CPython's stop (start + adjusted stop * step) when it fits an i32, else one past the last item.
    const base_f: f64 = base;
    const stop_index: f64 = slice_result_stop();
    const stop_f: f64 = base_f + stop_index * rstep_f;
    const fits: bool = stop_f <= 2147483647 && stop_f >= -2147483648;
    const last: i32 = count === 0 ? new_start : (new_start + Math.imul((count - 1) | 0, new_step)) | 0;
    const new_stop: i32 = fits ? stop_f | 0 : (last + (new_step > 0 ? 1 : -1)) | 0;
    return range_new_i32(new_start, new_stop, new_step);
  }
  if (!int_is(index) || !int_fits_i32(index)) {
    if (!int_is(index)) {
      const m: Printer = message_begin();
      print_str(m, "range indices must be integers or slices, not ");
      message_type_name(m, index);
      message_raise(TypeId.TypeError, m);
    }
    raise_msg(TypeId.IndexError, "range object index out of range");
  }
  let i: i32 = int_value_i32(index);
  if (i < 0) i = (i + len) | 0;
  if (i < 0 || i >= len) raise_msg(TypeId.IndexError, "range object index out of range");
  return range_item(r, i >>> 0);
}

/** The position of v in r, or -1: arithmetic for ints, == against each item otherwise. */
export function range_find(r: obj, v: obj): i32 {
  if (!(int_is(v) && int_fits_i32(v)) && v !== 14 && v !== 22) {
    if (int_is(v)) return -1;
    const n: u32 = range_len(r);
    for (let i: u32 = 0; i < n; i++) if (obj_equal(range_item(r, i), v)) return i | 0;
    return -1;
  }
  const x: i32 = v === 22 ? 1 : v === 14 ? 0 : int_value_i32(v);
  // In doubles: the distance between two i32s needs 33 bits, and doubles hold it exactly.
  const x_f: f64 = x;
  const start_f: f64 = RangeObj.start.get(r);
  const d: f64 = x_f - start_f;
  const step: f64 = RangeObj.step.get(r);
  const i: f64 = d / step;
  if (i !== Math.floor(i) || i < 0 || i >= range_len(r)) return -1;
  return i | 0;
}

function range_equal(a: obj, b: obj): bool {
  const la: u32 = range_len(a);
  if (la !== range_len(b)) return false;
  if (la === 0) return true;
  if (RangeObj.start.get(a) !== RangeObj.start.get(b)) return false;
  return la === 1 || RangeObj.step.get(a) === RangeObj.step.get(b);
}

export function range_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (op === BinaryOp.Contains) return bool_obj(range_find(a, b) >= 0);
  if (op === BinaryOp.Equal || op === BinaryOp.NotEqual) {
    const eq: bool = range_is(b) && range_equal(a, b);
    return bool_obj(op === BinaryOp.Equal ? eq : !eq);
  }
  return OBJ_NULL;
}

export function range_unary_op(op: UnaryOp, a: obj): obj {
  if (op === UnaryOp.Len) {
    const n: u32 = range_len(a);
    if (n > 0x7fffffff) raise_msg(TypeId.OverflowError, "Python int too large to convert to C ssize_t");
    return int_from_i32(n | 0);
  }
  if (op === UnaryOp.Bool) return bool_obj(range_len(a) !== 0);
  return OBJ_NULL;
}

export function range_print(p: Printer, r: obj, kind: PrintKind): void {
  print_str(p, "range(");
  print_i32(p, RangeObj.start.get(r));
  print_str(p, ", ");
  print_i32(p, RangeObj.stop.get(r));
  const step: i32 = RangeObj.step.get(r);
  if (step !== 1) {
    print_str(p, ", ");
    print_i32(p, step);
  }
  print_str(p, ")");
}

