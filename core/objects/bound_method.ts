// Bound methods: a function and the object it was looked up on (`obj.method` used as a
// value). Calling one calls the function with the object as the first argument.

import { layout, field_ref, load_u32, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth, gc_root_addr } from "../gc.js";
import { type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { obj_call } from "../call.js";

export const BoundMethodObj = layout("BoundMethodObj", { type: field_ref, fn: field_ref, self: field_ref });

export function bound_method_new(fn: obj, self: obj): obj {
  const depth: u32 = gc_root_push(fn);
  gc_root_push(self);
  const m: ref = gc_alloc(BoundMethodObj.SIZE);
  gc_root_restore(depth);
  if (m === 0) raise_memory_error();
  BoundMethodObj.type.set(m, type_word(TypeId.bound_method));
  BoundMethodObj.fn.set(m, fn);
  BoundMethodObj.self.set(m, self);
  return m;
}

export function is_bound_method(o: obj): bool {
  return obj_type(o) === type_word(TypeId.bound_method);
}

export function bound_method_fn(m: obj): obj {
  return BoundMethodObj.fn.get(m);
}

export function bound_method_self(m: obj): obj {
  return BoundMethodObj.self.get(m);
}

/**
 * Call fn with self prepended to the n_args positional words and n_kw keyword pairs at
 * args: the arguments are copied onto the root stack, which keeps them alive and contiguous.
 */
export function call_with_self(fn: obj, self: obj, n_args: u32, n_kw: u32, args: u32): obj {
  const depth: u32 = gc_root_push(fn);
  const base: u32 = gc_root_depth();
  gc_root_push(self);
  const words: u32 = (n_args + n_kw * 2) >>> 0;
  for (let i: u32 = 0; i < words; i++) gc_root_push(load_u32(args + i * 4));
  const r: obj = obj_call(fn, (n_args + 1) >>> 0, n_kw, gc_root_addr(base));
  gc_root_restore(depth);
  return r;
}

export function bound_method_call(m: obj, n_args: u32, n_kw: u32, args: u32): obj {
  return call_with_self(BoundMethodObj.fn.get(m), BoundMethodObj.self.get(m), n_args, n_kw, args);
}
