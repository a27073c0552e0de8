// The micropython module's functions (MicroPython's py/modmicropython.c): const,
// opt_level, mem_info, qstr_info, stack_use, heap_lock/heap_unlock/heap_locked, kbd_intr,
// alloc_emergency_exception_buf, schedule.

import { load_u32, type u32, type i32 } from "../subset/index.js";
import { gc_mem_total, gc_mem_alloc, gc_mem_free, gc_largest_free, gc_lock, gc_unlock, gc_lock_depth, gc_root_depth, gc_nbytes } from "../gc.js";
import { OBJ_NONE, is_small_int, small_int_value, new_small_int, type obj } from "../obj.js";
import { qstr_count } from "../qstr.js";
import { QSTR_TEXT } from "../qstr_static.js";
import { print_str, print_u32, STDOUT } from "../print.js";
import { raise_msg } from "../objects/exception.js";
import { TypeId } from "../objects/type.js";
import { sched_schedule } from "../sched.js";
import { vm_current_frame } from "../vm.js";
import { Frame } from "../frame.js";
import { arg, arg_int } from "../builtins_args.js";

/** The optimisation level: 0 (asserts are compiled, as MicroPython's default). */
let opt_level: u32 = 0;

export function micropython_init(): void {
  opt_level = 0;
}

/** micropython.const(x) outside the compiler's folding: x itself. */
export function micropython_fn_const(n_args: u32, n_kw: u32, args: u32): obj {
  return load_u32(args);
}

/** opt_level() gives the level; opt_level(n) sets it. */
export function micropython_fn_opt_level(n_args: u32, n_kw: u32, args: u32): obj {
  if (n_args === 0) return new_small_int(opt_level | 0);
  const v: obj = load_u32(args);
  if (is_small_int(v)) opt_level = (small_int_value(v) & 3) >>> 0;
  return OBJ_NONE;
}

/** mem_info(): the heap's totals, in MicroPython's GC line's wording. */
export function micropython_fn_mem_info(n_args: u32, n_kw: u32, args: u32): obj {
  print_str(STDOUT, "GC: total: ");
  print_u32(STDOUT, gc_mem_total());
  print_str(STDOUT, ", used: ");
  print_u32(STDOUT, gc_mem_alloc());
  print_str(STDOUT, ", free: ");
  print_u32(STDOUT, gc_mem_free());
  print_str(STDOUT, "\n max free sz: ");
  print_u32(STDOUT, gc_largest_free() >>> 4);
  print_str(STDOUT, "\n");
  return OBJ_NONE;
}

/** qstr_info(): how many strings are interned, the static ones (in flash) apart. */
export function micropython_fn_qstr_info(n_args: u32, n_kw: u32, args: u32): obj {
  const total: u32 = qstr_count();
  const fixed: u32 = QSTR_TEXT.length;
  print_str(STDOUT, "qstr pool: n_pool=1, n_qstr=");
  print_u32(STDOUT, total > fixed ? (total - fixed) >>> 0 : 0);
  print_str(STDOUT, ", n_static=");
  print_u32(STDOUT, fixed);
  print_str(STDOUT, "\n");
  return OBJ_NONE;
}

/** schedule(fn, arg): call fn(arg) soon, between bytecodes (core/sched.ts). */
export function micropython_fn_schedule(n_args: u32, n_kw: u32, args: u32): obj {
  if (!sched_schedule(load_u32(args), load_u32(args + 4))) raise_msg(TypeId.RuntimeError, "schedule queue full");
  return OBJ_NONE;
}

/**
 * stack_use(): the bytes of interpreter stack in use. Pyxis keeps Python frames on the
 * heap and objects held by native code on the root stack, so this is the root stack's
 * used bytes plus the sizes of the running chain of frames: it grows with call depth.
 */
export function micropython_fn_stack_use(n_args: u32, n_kw: u32, args: u32): obj {
  let total: u32 = (gc_root_depth() * 4) >>> 0;
  let f: u32 = vm_current_frame();
  let guard: u32 = 0;
  while (f !== 0 && guard < 100000) {
    total = (total + gc_nbytes(f)) >>> 0;
    f = Frame.prev.get(f);
    guard = (guard + 1) >>> 0;
  }
  return new_small_int(total & 0x3fffffff);
}

/** heap_lock(): every allocation raises MemoryError until the matching heap_unlock(). */
export function micropython_fn_heap_lock(n_args: u32, n_kw: u32, args: u32): obj {
  gc_lock();
  return OBJ_NONE;
}

/** heap_unlock(): undo one heap_lock(); the depth of locks still held. */
export function micropython_fn_heap_unlock(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int(gc_unlock() | 0);
}

/** heap_locked(): the depth of heap_lock() calls in effect (0: unlocked). */
export function micropython_fn_heap_locked(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int(gc_lock_depth() | 0);
}

/** kbd_intr(c): the console character that raises KeyboardInterrupt (-1: none). */
export function micropython_fn_kbd_intr(n_args: u32, n_kw: u32, args: u32): obj {
  const c: i32 = arg_int(arg(args, 0));
  hal_set_interrupt_char(c < 0 ? -1 : c & 0xff);
  return OBJ_NONE;
}

/** alloc_emergency_exception_buf(size): accepted; MemoryError is preallocated already. */
export function micropython_fn_alloc_emergency_exception_buf(n_args: u32, n_kw: u32, args: u32): obj {
  arg_int(arg(args, 0));
  return OBJ_NONE;
}
