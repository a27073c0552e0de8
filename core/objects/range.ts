// range(start, stop, step): an immutable arithmetic sequence of small ints, with len,
// indexing, slicing (a new range), `in`, ==, and repr as CPython's.

import { layout, field_ref, field_i32, type i32, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc } from "../gc.js";
import { is_small_int, small_int_value, bool_obj, OBJ_NULL, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error, raise_msg } from "./exception.js";
import { int_is, int_from_i32 } from "./int.js";
import { slice_indices, slice_result_start, slice_result_step, slice_result_count } from "./slice.js";
import { print_str, print_i32, type Printer } from "../print.js";
import { PrintKind } from "./str.js";
import { BinaryOp, UnaryOp } from "../ops.js";
import { obj_equal } from "./equality.js";
import { message_begin, message_type_name, message_raise } from "./message.js";

export const RangeObj = layout("RangeObj", { type: field_ref, start: field_i32, stop: field_i32, step: field_i32 });

export function range_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.range);
}

/** A range argument as an i32: TypeError for a non-int, OverflowError past small ints. */
function range_arg(o: obj): i32 {
  if (is_small_int(o)) return small_int_value(o);
  if (o === 14 || o === 22) return o === 22 ? 1 : 0; // False, True
  if (int_is(o)) raise_msg(TypeId.OverflowError, "Python int too large to convert to C ssize_t");
  const m: Printer = message_begin();
  print_str(m, "'");
  message_type_name(m, o);
  print_str(m, "' object cannot be interpreted as an integer");
  message_raise(TypeId.TypeError, m);
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
  if (n === 1) return range_new_i32(0, range_arg(a), 1);
  const step: i32 = n === 3 ? range_arg(c) : 1;
  if (step === 0) raise_msg(TypeId.ValueError, "range() arg 3 must not be zero");
  return range_new_i32(range_arg(a), range_arg(b), step);
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

/** The number of items (fits: the ends are small ints). */
export function range_len(r: obj): u32 {
  const start: i32 = RangeObj.start.get(r);
  const stop: i32 = RangeObj.stop.get(r);
  const step: i32 = RangeObj.step.get(r);
  // The ends are small ints (31 bits), so the spans fit u32.
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
    slice_indices(len, start, stop, step);
    const s0: i32 = slice_result_start();
    const sstep: i32 = slice_result_step();
    const count: u32 = slice_result_count();
    const base: i32 = RangeObj.start.get(r);
    const rstep: i32 = RangeObj.step.get(r);
    const new_start: i32 = (base + Math.imul(s0, rstep)) | 0;
    const new_step: i32 = Math.imul(rstep, sstep);
    return range_new_i32(new_start, (new_start + Math.imul(count | 0, new_step)) | 0, new_step);
  }
  if (!is_small_int(index)) {
    if (!int_is(index)) {
      const m: Printer = message_begin();
      print_str(m, "range indices must be integers or slices, not ");
      message_type_name(m, index);
      message_raise(TypeId.TypeError, m);
    }
    raise_msg(TypeId.IndexError, "range object index out of range");
  }
  let i: i32 = small_int_value(index);
  if (i < 0) i = (i + len) | 0;
  if (i < 0 || i >= len) raise_msg(TypeId.IndexError, "range object index out of range");
  return range_item(r, i >>> 0);
}

/** The position of v in r, or -1: arithmetic for ints, == against each item otherwise. */
export function range_find(r: obj, v: obj): i32 {
  if (!is_small_int(v) && v !== 14 && v !== 22) {
    if (int_is(v)) return -1;
    const n: u32 = range_len(r);
    for (let i: u32 = 0; i < n; i++) if (obj_equal(range_item(r, i), v)) return i | 0;
    return -1;
  }
  const x: i32 = v === 22 ? 1 : v === 14 ? 0 : small_int_value(v);
  const start: i32 = RangeObj.start.get(r);
  const step: i32 = RangeObj.step.get(r);
  const d: i32 = (x - start) | 0;
  if (((d % step) | 0) !== 0) return -1;
  const i: i32 = (d / step) | 0;
  if (i < 0 || i >= range_len(r)) return -1;
  return i;
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
  if (op === UnaryOp.Len) return int_from_i32(range_len(a) | 0);
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

