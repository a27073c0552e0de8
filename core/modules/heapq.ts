// The heapq module as MicroPython's extmod/modheapq.c: heappush, heappop and heapify on a
// list (MicroPython has no heappushpop, heapreplace, nlargest or nsmallest). The sift steps
// are CPython's (_siftdown / _siftup in Lib/heapq.py), so a heap comes out identical element
// for element. A comparison may run Python code (__lt__) that changes the list: its length
// is checked after every comparison, RuntimeError as CPython's when it changed.

import { type u32, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, OBJ_NONE, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg } from "../objects/exception.js";
import { message_begin, message_type_name, message_raise } from "../objects/message.js";
import { print_str, type Printer } from "../print.js";
import { list_is, list_len, list_get, list_set, list_pop, list_append } from "../objects/list.js";
import { compare_less } from "../objects/compare.js";
import { arg } from "../builtins_args.js";
import { module_new, module_globals } from "../objects/module.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { Q } from "../qstr_static.js";

/** The heap argument: a list (not a subclass, as MicroPython), TypeError otherwise. */
function heap_arg(o: obj, fn_name: string, what: string): obj {
  if (list_is(o)) return o;
  const m: Printer = message_begin();
  print_str(m, fn_name);
  print_str(m, "() ");
  print_str(m, what);
  print_str(m, " must be list, not ");
  message_type_name(m, o);
  message_raise(TypeId.TypeError, m);
}

/** a < b, then a check that the comparison left the heap's length as it was. */
function less_checked(heap: obj, n: u32, a: obj, b: obj): bool {
  const r: bool = compare_less(a, b);
  if (list_len(heap) !== n) raise_msg(TypeId.RuntimeError, "list changed size during iteration");
  return r;
}

/** Move the item at pos up towards start_pos while it is smaller than its parent. */
function sift_down(heap: obj, start_pos: u32, pos_in: u32): void {
  const n: u32 = list_len(heap);
  let pos: u32 = pos_in;
  const new_item: obj = list_get(heap, pos);
  // Out of the list while parents move down into its place.
  const depth: u32 = gc_root_push(new_item);
  while (pos > start_pos) {
    const parent_pos: u32 = (pos - 1) >>> 1;
    const parent: obj = list_get(heap, parent_pos);
    if (!less_checked(heap, n, new_item, parent)) break;
    list_set(heap, pos, parent);
    pos = parent_pos;
  }
  list_set(heap, pos, new_item);
  gc_root_restore(depth);
}

/** Move the smaller child up until a leaf is reached, put the item there, then sift it down. */
function sift_up(heap: obj, pos_in: u32): void {
  const end_pos: u32 = list_len(heap);
  const start_pos: u32 = pos_in;
  let pos: u32 = pos_in;
  const new_item: obj = list_get(heap, pos);
  const depth: u32 = gc_root_push(new_item);
  let child_pos: u32 = (2 * pos + 1) >>> 0;
  while (child_pos < end_pos) {
    const right_pos: u32 = (child_pos + 1) >>> 0;
    if (right_pos < end_pos && !less_checked(heap, end_pos, list_get(heap, child_pos), list_get(heap, right_pos))) {
      child_pos = right_pos;
    }
    list_set(heap, pos, list_get(heap, child_pos));
    pos = child_pos;
    child_pos = (2 * pos + 1) >>> 0;
  }
  list_set(heap, pos, new_item);
  gc_root_restore(depth);
  sift_down(heap, start_pos, pos);
}

/** heappush(heap, item). */
export function heapq_fn_heappush(n_args: u32, n_kw: u32, args: u32): obj {
  const heap: obj = heap_arg(arg(args, 0), "heappush", "argument 1");
  list_append(heap, arg(args, 1));
  sift_down(heap, 0, (list_len(heap) - 1) >>> 0);
  return OBJ_NONE;
}

/** heappop(heap): the smallest item; IndexError on an empty heap. */
export function heapq_fn_heappop(n_args: u32, n_kw: u32, args: u32): obj {
  const heap: obj = heap_arg(arg(args, 0), "heappop", "argument");
  if (list_len(heap) === 0) raise_msg(TypeId.IndexError, "index out of range");
  const last: obj = list_pop(heap, OBJ_NULL);
  if (list_len(heap) === 0) return last;
  const top: obj = list_get(heap, 0);
  list_set(heap, 0, last);
  const depth: u32 = gc_root_push(top);
  sift_up(heap, 0);
  gc_root_restore(depth);
  return top;
}

/** heapify(x): x made a heap in place, bottom up. */
export function heapq_fn_heapify(n_args: u32, n_kw: u32, args: u32): obj {
  const heap: obj = heap_arg(arg(args, 0), "heapify", "argument");
  const n: u32 = list_len(heap);
  for (let i: u32 = n >>> 1; i > 0; i--) sift_up(heap, (i - 1) >>> 0);
  return OBJ_NONE;
}

/** A new heapq module: its three functions. */
export function heapq_module_make(): obj {
  const m: obj = module_new(Q.heapq);
  const depth: u32 = gc_root_push(m);
  builtin_module_fill(module_globals(m), ModuleOwner.heapq);
  gc_root_restore(depth);
  return m;
}
