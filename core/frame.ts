// A Python frame: MicroPython's mp_code_state_t as one heap object. The header is followed
// by the state words (locals counted down from the top, the value stack growing up from
// the bottom, as py/bc.h lays them out) and then the exception stack. Frames of a running
// call chain are linked by `prev`; the VM keeps the innermost one on the GC root stack, so
// every frame of the chain, and everything on their value stacks, stays alive.

import { layout, field_ref, field_u32, load_u32, store_u32, type u32, type ref } from "./subset/index.js";
import { gc_alloc, gc_lock_depth, gc_lock_set } from "./gc.js";
import { raise_memory_error } from "./objects/exception.js";
import { OBJ_NULL, type obj } from "./obj.js";

/** How a vm_execute ended: by a return, or (a generator's frame) by a yield. */
export const enum VmExit {
  Return,
  Yield,
}

export const Frame = layout("Frame", {
  prev: field_ref,
  /** The function object running here (keeps its code and module alive). */
  fun: field_ref,
  globals: field_ref,
  /** The dict STORE_NAME/LOAD_NAME use first (a class body's namespace), or 0 for globals. */
  locals: field_ref,
  /** The next instruction, while the frame is suspended (calling, or a generator's yield). */
  ip: field_u32,
  /** The start of the instruction being executed: its line, and which handlers are active. */
  op_ip: field_u32,
  /** Address of the top value-stack item (state - 4 when the stack is empty). */
  sp: field_u32,
  /** Exception-stack entries in use. */
  exc_sp: field_u32,
  n_state: field_u32,
  n_exc: field_u32,
  /** Frames below this one in the chain (the recursion limit counts them). */
  depth: field_u32,
  /** The first opcode of the function's bytecode. */
  code_start: field_u32,
});

/** One exception-stack entry: handler address, saved sp, finally-or-with flag, the exception being handled. */
export const ExcEntry = layout("ExcEntry", {
  handler: field_u32,
  val_sp: field_u32,
  is_finally: field_u32,
  prev_exc: field_ref,
});

/** A frame with n_state zeroed state words (every local unbound) and n_exc handler slots. Raises MemoryError. */
export function frame_new(n_state: u32, n_exc: u32): ref {
  const size: u32 = (Frame.SIZE + n_state * 4 + n_exc * ExcEntry.SIZE) >>> 0;
  // MicroPython's frames live on the C stack, so calls work under micropython.heap_lock():
  // a frame is taken past the lock.
  const locked: u32 = gc_lock_depth();
  gc_lock_set(0);
  const f: ref = gc_alloc(size);
  gc_lock_set(locked);
  if (f === 0) raise_memory_error();
  Frame.n_state.set(f, n_state);
  Frame.n_exc.set(f, n_exc);
  Frame.sp.set(f, (frame_state(f) - 4) >>> 0);
  return f;
}

/** Address of state word 0 (the bottom of the value stack). */
export function frame_state(f: ref): u32 {
  return (f + Frame.SIZE) >>> 0;
}

/** Address of local n: locals are numbered down from the last state word. */
export function frame_local_addr(f: ref, n: u32): u32 {
  return (f + Frame.SIZE + (Frame.n_state.get(f) - 1 - n) * 4) >>> 0;
}

export function frame_local(f: ref, n: u32): obj {
  return load_u32(frame_local_addr(f, n));
}

export function frame_set_local(f: ref, n: u32, v: obj): void {
  store_u32(frame_local_addr(f, n), v);
}

/** Address of exception-stack entry i (0 is the outermost). */
export function frame_exc_entry(f: ref, i: u32): u32 {
  return (f + Frame.SIZE + Frame.n_state.get(f) * 4 + i * ExcEntry.SIZE) >>> 0;
}

/** The innermost exception being handled in f (for a bare `raise`), or OBJ_NULL. */
export function frame_active_exception(f: ref): obj {
  let i: u32 = Frame.exc_sp.get(f);
  while (i > 0) {
    i = (i - 1) >>> 0;
    const e: obj = ExcEntry.prev_exc.get(frame_exc_entry(f, i));
    if (e !== OBJ_NULL) return e;
  }
  return OBJ_NULL;
}
