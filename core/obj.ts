// Object words: every Python value is one 32-bit word, tagged as in MicroPython's
// representation A (see core/README.md). Heap objects are 16-byte-aligned arena addresses.

import type { i32, u32, bool } from "./subset/index.js";

export type obj = u32;

/** "No object": not a Python value (an empty slot, a missing result). */
export const OBJ_NULL: obj = 0;

export const SMALL_INT_MIN: i32 = -0x40000000;
export const SMALL_INT_MAX: i32 = 0x3fffffff;

// Immediate objects: (n << 3) | 6.
export const OBJ_NONE: obj = 6;
export const OBJ_FALSE: obj = 14;
export const OBJ_TRUE: obj = 22;
export const OBJ_ELLIPSIS: obj = 30;
export const OBJ_NOT_IMPLEMENTED: obj = 38;
/** Returned by an iterator's next slot when it is exhausted (never a Python value). */
export const OBJ_STOP_ITERATION: obj = 46;

export function is_small_int(o: obj): bool {
  return (o & 1) !== 0;
}

export function small_int_value(o: obj): i32 {
  return (o | 0) >> 1;
}

export function small_int_fits(v: i32): bool {
  return v >= SMALL_INT_MIN && v <= SMALL_INT_MAX;
}

/** v must satisfy small_int_fits. */
export function new_small_int(v: i32): obj {
  return ((v << 1) | 1) >>> 0;
}

export function is_qstr(o: obj): bool {
  return (o & 7) === 2;
}

export function qstr_of(o: obj): u32 {
  return o >>> 3;
}

export function new_qstr_obj(q: u32): obj {
  return ((q << 3) | 2) >>> 0;
}

export function is_immediate(o: obj): bool {
  return (o & 7) === 6;
}

export function is_heap(o: obj): bool {
  return (o & 3) === 0 && o !== 0;
}

export function bool_obj(b: bool): obj {
  return b ? OBJ_TRUE : OBJ_FALSE;
}
