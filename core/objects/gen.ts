// Generators (MicroPython's py/objgen.c): a generator owns the frame of its function's
// call and resumes it with vm_execute, which returns at each yield. send/throw/close,
// StopIteration carrying the return value, GeneratorExit on close.

import { layout, field_ref, field_u32, raise, caught, load_u32, store_u32, type u32, type bool, type ref } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth } from "../gc.js";
import { OBJ_NULL, OBJ_NONE, OBJ_STOP_ITERATION, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error, raise_msg, exception_new, exception_args } from "./exception.js";
import { tuple_new, tuple_set, tuple_len, tuple_get } from "./tuple.js";
import { exception_native, obj_is_exception } from "./instance.js";
import { exception_match, is_type } from "./class.js";
import { obj_call } from "../call.js";
import { Frame, VmExit } from "../frame.js";
import { vm_execute, vm_last_exit } from "../vm.js";
import { vm_make_raise_obj } from "../vm_unwind.js";

export const GenObj = layout("GenObj", { type: field_ref, frame: field_ref, state: field_u32 });

const enum GenState {
  Created,
  Suspended,
  Running,
  Finished,
}

/** A generator over a frame set up for its function's call. Raises MemoryError. */
export function gen_new(frame: ref): obj {
  const depth: u32 = gc_root_push(frame);
  const g: ref = gc_alloc(GenObj.SIZE);
  gc_root_restore(depth);
  if (g === 0) raise_memory_error();
  GenObj.type.set(g, type_word(TypeId.generator));
  GenObj.frame.set(g, frame);
  GenObj.state.set(g, GenState.Created);
  return g;
}

export function gen_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.generator);
}

/** StopIteration's value: its first argument, or None. */
export function exception_get_value(e: obj): obj {
  const args: obj = exception_args(exception_native(e));
  return args === OBJ_NULL || tuple_len(args) === 0 ? OBJ_NONE : tuple_get(args, 0);
}

/** How the last gen_resume ended. */
let resume_exit: VmExit = VmExit.Return;

export function gen_resume_exit(): VmExit {
  return resume_exit;
}

/**
 * Run g until it yields (gen_resume_exit() is Yield, the value is returned) or returns
 * (Return, its return value). `send` is the value of the paused yield expression; `throw`,
 * when not OBJ_NULL, is raised there instead. Exceptions out of the body propagate.
 */
export function gen_resume(g: obj, send: obj, throw_exc: obj): obj {
  const state: u32 = GenObj.state.get(g);
  if (state === GenState.Finished) {
    if (throw_exc !== OBJ_NULL) raise(throw_exc);
    resume_exit = VmExit.Return;
    return OBJ_NONE;
  }
  if (state === GenState.Running) raise_msg(TypeId.ValueError, "generator already executing");
  const frame: ref = GenObj.frame.get(g);
  if (state === GenState.Created) {
    if (send !== OBJ_NONE && throw_exc === OBJ_NULL) raise_msg(TypeId.TypeError, "can't send non-None value to a just-started generator");
  } else {
    // The paused yield's value slot takes what was sent.
    store_u32(Frame.sp.get(frame), send);
  }
  GenObj.state.set(g, GenState.Running);
  const depth: u32 = gc_root_push(g);
  let result: obj = OBJ_NULL;
  try {
    result = vm_execute(frame, throw_exc);
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    GenObj.state.set(g, GenState.Finished);
    // PEP 479: a StopIteration escaping the body would end the caller's loop silently.
    if (exception_match(exc, type_word(TypeId.StopIteration))) raise_msg(TypeId.RuntimeError, "generator raised StopIteration");
    raise(exc);
  }
  gc_root_restore(depth);
  if (vm_last_exit() === VmExit.Yield) {
    GenObj.state.set(g, GenState.Suspended);
    resume_exit = VmExit.Yield;
  } else {
    GenObj.state.set(g, GenState.Finished);
    resume_exit = VmExit.Return;
  }
  return result;
}

/** StopIteration(value) (no argument for None, as CPython's repr shows). */
export function raise_stop_iteration(value: obj): never {
  if (value === OBJ_NONE) raise(exception_new(TypeId.StopIteration, OBJ_NULL));
  const depth: u32 = gc_root_push(value);
  const args: obj = tuple_new(1);
  tuple_set(args, 0, value);
  gc_root_restore(depth);
  raise(exception_new(TypeId.StopIteration, args));
}

/**
 * The next value of g for iter.ts's consumers (list(), sum(), next() with a default…), or
 * OBJ_STOP_ITERATION when g returned: like a for loop, they drop the return value.
 */
export function gen_iternext(g: obj): obj {
  const v: obj = gen_resume(g, OBJ_NONE, OBJ_NULL);
  if (resume_exit === VmExit.Yield) return v;
  return OBJ_STOP_ITERATION;
}

/** g.send(v). */
export function gen_send(g: obj, v: obj): obj {
  const r: obj = gen_resume(g, v, OBJ_NULL);
  if (resume_exit === VmExit.Yield) return r;
  raise_stop_iteration(r);
}

/** g.throw(exc): exc an exception instance (the caller makes one from a class). */
export function gen_throw(g: obj, exc: obj): obj {
  const r: obj = gen_resume(g, OBJ_NONE, exc);
  if (resume_exit === VmExit.Yield) return r;
  raise_stop_iteration(r);
}

/** g.close(): GeneratorExit at the paused yield; the generator must not yield again. */
export function gen_close(g: obj): obj {
  const state: u32 = GenObj.state.get(g);
  if (state === GenState.Created || state === GenState.Finished) {
    GenObj.state.set(g, GenState.Finished);
    return OBJ_NONE;
  }
  const depth: u32 = gc_root_depth();
  try {
    gen_resume(g, OBJ_NONE, exception_new(TypeId.GeneratorExit, OBJ_NULL));
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    if (exception_match(exc, type_word(TypeId.GeneratorExit)) || exception_match(exc, type_word(TypeId.StopIteration))) {
      return OBJ_NONE;
    }
    raise(exc);
  }
  if (resume_exit === VmExit.Yield) raise_msg(TypeId.RuntimeError, "generator ignored GeneratorExit");
  return OBJ_NONE;
}

// ---- the methods, as built-in functions (args[0] is the generator) ----

function check_generator(o: obj): void {
  if (!gen_is(o)) raise_msg(TypeId.TypeError, "descriptor requires a 'generator' object");
}

/** generator.send(value) */
export function gen_method_send(n_args: u32, n_kw: u32, args: u32): obj {
  const g: obj = load_u32(args);
  check_generator(g);
  return gen_send(g, load_u32(args + 4));
}

/** generator.throw(exc): an exception instance, or a class to instantiate. */
export function gen_method_throw(n_args: u32, n_kw: u32, args: u32): obj {
  const g: obj = load_u32(args);
  check_generator(g);
  const depth: u32 = gc_root_push(g);
  // The legacy throw(type, value[, tb]): an instance value is raised as is, another value
  // becomes type(value).
  const typ: obj = load_u32(args + 4);
  const val: obj = n_args >= 3 ? load_u32(args + 8) : OBJ_NONE;
  let exc: obj = OBJ_NULL;
  if (val !== OBJ_NONE && obj_is_exception(val)) exc = val;
  else if (val !== OBJ_NONE && is_type(typ)) exc = vm_make_raise_obj(obj_call(typ, 1, 0, (args + 8) >>> 0));
  else exc = vm_make_raise_obj(typ);
  gc_root_push(exc);
  const r: obj = gen_throw(g, exc);
  gc_root_restore(depth);
  return r;
}

/** generator.close() */
export function gen_method_close(n_args: u32, n_kw: u32, args: u32): obj {
  const g: obj = load_u32(args);
  check_generator(g);
  return gen_close(g);
}
