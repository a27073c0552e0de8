// Slice arithmetic shared by every sequence: CPython's PySlice_AdjustIndices, over a length,
// with start/stop/step given as objects (None, small ints, or big ints clamped to the ends).

import type { i32, u32, bool } from "../subset/index.js";
import { is_small_int, small_int_value, OBJ_NONE, type obj } from "../obj.js";
import { mpz_is_neg } from "../mpz.js";
import { int_is } from "./int.js";
import { raise_msg } from "./exception.js";
import { TypeId } from "./type.js";

/** The result of slice_indices: the first index, the step and how many items. */
let slice_start: i32 = 0;
let slice_step: i32 = 1;
let slice_count: u32 = 0;
let slice_stop: i32 = 0;

export function slice_result_start(): i32 {
  return slice_start;
}

export function slice_result_step(): i32 {
  return slice_step;
}

export function slice_result_count(): u32 {
  return slice_count;
}

/** The adjusted stop (CPython's PySlice_AdjustIndices stop: -1 for a reverse slice to the beginning). */
export function slice_result_stop(): i32 {
  return slice_stop;
}

/** An index operand as an i32: big ints are past either end, which clamping treats alike. */
function index_value(o: obj): i32 {
  if (is_small_int(o)) return small_int_value(o);
  if (!int_is(o)) raise_msg(TypeId.TypeError, "slice indices must be integers or None or have an __index__ method");
  return mpz_is_neg(o) ? -0x40000000 : 0x3fffffff;
}

/** Clamp one end as CPython does; len fits a small int. */
function adjust(v: i32, len: i32, negative_step: bool): i32 {
  if (v < 0) {
    const from_end: i32 = (v + len) | 0;
    if (from_end < 0) return negative_step ? -1 : 0;
    return from_end;
  }
  if (v >= len) return negative_step ? (len - 1) | 0 : len;
  return v;
}
/**
 * Work out seq[start:stop:step] over a sequence of len items (len < 2^30); the results are
 * read with slice_result_*. Raises ValueError for a zero step and TypeError for a non-int.
 */
export function slice_indices(len: u32, start: obj, stop: obj, step: obj): void {
  const n: i32 = len | 0;
  let st: i32 = 1;
  if (step !== OBJ_NONE) {
    st = index_value(step);
    if (st === 0) raise_msg(TypeId.ValueError, "slice step cannot be zero");
  }
  const back: bool = st < 0;
  const a: i32 = start === OBJ_NONE ? (back ? (n - 1) | 0 : 0) : adjust(index_value(start), n, back);
  const b: i32 = stop === OBJ_NONE ? (back ? -1 : n) : adjust(index_value(stop), n, back);
  let count: u32 = 0;
  if (back && b < a) {
    count = (((((a - b - 1) | 0) / ((0 - st) | 0)) >>> 0) + 1) >>> 0;
  } else if (!back && a < b) {
    count = (((((b - a - 1) | 0) / st) >>> 0) + 1) >>> 0;
  }
  slice_start = a;
  slice_step = st;
  slice_count = count;
  slice_stop = b;
}
