// The gc module's functions (MicroPython's py/modgc.c), as native functions with the
// calling layout of core/RUNTIME.md: collect, mem_free, mem_alloc, enable, disable,
// isenabled, threshold. threshold() is -1 (no allocation threshold) and threshold(n)
// is accepted and has no effect, as in MicroPython without MICROPY_GC_ALLOC_THRESHOLD.

import { type u32 } from "../subset/index.js";
import { gc_collect, gc_mem_free, gc_mem_alloc, gc_enable, gc_is_enabled } from "../gc.js";
import { OBJ_NONE, new_small_int, bool_obj, type obj } from "../obj.js";
import { int_from_i32 } from "../objects/int.js";

/** Bytes as a Python int (beyond the small-int range when the heap is over 1 GiB). */
function bytes_obj(n: u32): obj {
  return int_from_i32(n > 0x7fffffff ? 0x7fffffff : n | 0);
}

export function gc_fn_collect(n_args: u32, n_kw: u32, args: u32): obj {
  gc_collect();
  return OBJ_NONE;
}

export function gc_fn_mem_free(n_args: u32, n_kw: u32, args: u32): obj {
  return bytes_obj(gc_mem_free());
}

export function gc_fn_mem_alloc(n_args: u32, n_kw: u32, args: u32): obj {
  return bytes_obj(gc_mem_alloc());
}

export function gc_fn_enable(n_args: u32, n_kw: u32, args: u32): obj {
  gc_enable(true);
  return OBJ_NONE;
}

export function gc_fn_disable(n_args: u32, n_kw: u32, args: u32): obj {
  gc_enable(false);
  return OBJ_NONE;
}

export function gc_fn_isenabled(n_args: u32, n_kw: u32, args: u32): obj {
  return bool_obj(gc_is_enabled());
}

export function gc_fn_threshold(n_args: u32, n_kw: u32, args: u32): obj {
  return n_args === 0 ? new_small_int(-1) : OBJ_NONE;
}
