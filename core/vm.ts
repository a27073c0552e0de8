// The bytecode interpreter: MicroPython's py/vm.c over the frames of core/frame.ts.
//
// Stackless: a Python-to-Python call pushes a heap frame linked to its caller and the
// loop carries on in it; a return pops it. Native code calling Python (obj_call from a
// built-in, a special method) re-enters vm_execute, whose C depth is bounded. Each
// vm_execute keeps its innermost frame in one root-stack slot, which keeps the whole
// chain (and every value stack) alive.
//
// Exceptions are the subset's raise/caught. The loop runs in vm_run_frames, outside the
// try of vm_execute, so no local of the loop lives across a longjmp: after a catch the
// handler reads everything back from the frame (core/vm_unwind.ts).

import { load_u8, load_u32, store_u32, raise, caught, type i32, type u32, type bool, type ref } from "./subset/index.js";
import { sched_poll } from "./sched.js";
import { gc_root_push, gc_root_restore, gc_root_set } from "./gc.js";
import { builtins_lookup } from "./builtins.js";
import { OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, OBJ_STOP_ITERATION, new_small_int, new_qstr_obj, is_small_int, small_int_value, type obj } from "./obj.js";
import { Op, SMALL_INT_MULTI_EXCESS, ITER_BUF_NSLOTS, FAST_MULTI_NUM } from "./bytecode.js";
import { BinaryOp } from "./ops.js";
import { obj_binary_op, obj_unary_op, obj_is_true } from "./operators.js";
import { TypeId } from "./objects/type.js";
import { raise_msg, exception_new } from "./objects/exception.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";
import { list_new, list_set, list_append, list_items } from "./objects/list.js";
import { dict_new, dict_set, dict_lookup, dict_delete } from "./objects/dict.js";
import { set_new, set_add } from "./objects/set.js";
import { slice_new } from "./objects/slice_obj.js";
import { RawCode, CompiledModule, word_get } from "./rawcode.js";
import { VmExit, Frame, ExcEntry, frame_local_addr, frame_exc_entry, frame_active_exception } from "./frame.js";
import { FunObj, fun_is, fun_is_generator, fun_new, fun_setup_frame, cell_get, cell_set } from "./objects/fun.js";
import { obj_call } from "./call.js";
import { obj_load_attr, obj_load_method, obj_load_super_method, obj_store_attr, obj_delete_attr } from "./attr.js";
import { obj_getiter } from "./iter.js";
import { obj_subscr_load, obj_subscr_store, obj_subscr_delete } from "./subscr.js";
import { exception_match } from "./objects/class.js";
import { Q } from "./qstr_static.js";
import { import_name, import_from, import_star } from "./import.js";
import { vm_raise_name_error, vm_make_raise_obj, vm_make_raise_from, vm_unwind } from "./vm_unwind.js";
import {
  vm_iternext, vm_unpack_sequence, vm_unpack_ex, vm_expand_call_args, vm_var_n_args, vm_var_n_kw, vm_star_bits,
  vm_with_enter, vm_with_cleanup, vm_yield_from, vm_getiter_delegate, bytecode_binary_op, bytecode_unary_op,
} from "./vm_ops.js";

/** Python frames live at once (all vm_execute calls together): RuntimeError past it. */
const FRAME_DEPTH_MAX: u32 = 1000;
/** Native re-entries of the VM (obj_call from C into Python) nested at once. */
const C_DEPTH_MAX: u32 = 48;


let frames_live: u32 = 0;
let c_depth: u32 = 0;
let last_exit: VmExit = VmExit.Return;

/** The innermost frame of the innermost vm_execute, and its root-stack slot. */
let cur_frame: ref = 0;
let cur_root: u32 = 0;

export function vm_reset(): void {
  frames_live = 0;
  c_depth = 0;
  cur_frame = 0;
  cur_root = 0;
  last_exit = VmExit.Return;
}

export function vm_last_exit(): VmExit {
  return last_exit;
}

export function vm_current_frame(): ref {
  return cur_frame;
}

export function raise_recursion_error(): never {
  raise_msg(TypeId.RuntimeError, "maximum recursion depth exceeded");
}

/** Make f the innermost frame (kept alive through the root-stack slot). */
export function vm_set_frame(f: ref): void {
  cur_frame = f;
  gc_root_set(cur_root, f);
}

/** Leave the innermost frame for its caller (a return or an exception passing through). */
export function vm_pop_frame(): ref {
  const prev: ref = Frame.prev.get(cur_frame);
  frames_live = (frames_live - 1) >>> 0;
  vm_set_frame(prev);
  return prev;
}

/**
 * Run frame `base` (set up by fun_setup_frame, or a generator's suspended frame) until it
 * returns or yields (vm_last_exit tells which); its result or yielded value. `inject`, when
 * not OBJ_NULL, is raised at the frame's resume point (generator.throw). Exceptions that
 * escape base propagate as raise.
 */
export function vm_execute(base: ref, inject: obj): obj {
  if (c_depth >= C_DEPTH_MAX || frames_live >= FRAME_DEPTH_MAX) raise_recursion_error();
  const saved_frame: ref = cur_frame;
  const saved_root: u32 = cur_root;
  const root: u32 = gc_root_push(base);
  gc_root_push(inject);
  c_depth = (c_depth + 1) >>> 0;
  frames_live = (frames_live + 1) >>> 0;
  cur_root = root;
  cur_frame = base;
  Frame.prev.set(base, 0);
  let pending: obj = inject;
  let result: obj = OBJ_NULL;
  let done: bool = false;
  while (!done) {
    try {
      result = vm_run_frames(base, pending);
      done = true;
    } catch (e) {
      const exc: obj = caught(e);
      gc_root_restore((root + 2) >>> 0);
      // Rooted while unwinding: the frames that held it are freed as they are left, and
      // recording the traceback allocates.
      gc_root_push(exc);
      pending = OBJ_NULL;
      cur_root = root;
      const handled: bool = vm_unwind(base, exc);
      gc_root_restore((root + 2) >>> 0);
      if (!handled) {
        // Escaped the base frame: it is gone too.
        frames_live = (frames_live - 1) >>> 0;
        c_depth = (c_depth - 1) >>> 0;
        cur_frame = saved_frame;
        cur_root = saved_root;
        gc_root_restore(root);
        raise(exc);
      }
    }
  }
  frames_live = (frames_live - 1) >>> 0;
  c_depth = (c_depth - 1) >>> 0;
  cur_frame = saved_frame;
  cur_root = saved_root;
  gc_root_restore(root);
  return result;
}

// ---- operand decoding at an instruction pointer (the loop keeps ip in a local) ----

let dec_end: u32 = 0;

function read_uint(ip: u32): u32 {
  let n: u32 = 0;
  let p: u32 = ip;
  let b: u32 = 0x80;
  while ((b & 0x80) !== 0) {
    b = load_u8(p);
    p = (p + 1) >>> 0;
    n = ((n << 7) | (b & 0x7f)) >>> 0;
  }
  dec_end = p;
  return n;
}

function read_sint(ip: u32): i32 {
  let p: u32 = ip;
  let n: i32 = (load_u8(p) & 0x40) !== 0 ? -1 : 0;
  let b: u32 = 0x80;
  while ((b & 0x80) !== 0) {
    b = load_u8(p);
    p = (p + 1) >>> 0;
    n = (n << 7) | (b & 0x7f);
  }
  dec_end = p;
  return n;
}

/** A signed jump's offset (1 or 2 bytes, excess 0x40 / 0x4000). */
function read_slabel(ip: u32): i32 {
  const b: u32 = load_u8(ip);
  if ((b & 0x80) === 0) {
    dec_end = (ip + 1) >>> 0;
    return (b - 0x40) | 0;
  }
  dec_end = (ip + 2) >>> 0;
  return (((b & 0x7f) | (load_u8(ip + 1) << 7)) - 0x4000) | 0;
}

function read_ulabel(ip: u32): u32 {
  const b: u32 = load_u8(ip);
  if ((b & 0x80) === 0) {
    dec_end = (ip + 1) >>> 0;
    return b;
  }
  dec_end = (ip + 2) >>> 0;
  return ((b & 0x7f) | (load_u8(ip + 1) << 7)) >>> 0;
}

function module_qstr(f: ref, i: u32): u32 {
  return word_get(CompiledModule.qstrs.get(FunObj.module.get(Frame.fun.get(f))), i);
}

function module_const(f: ref, i: u32): obj {
  return word_get(CompiledModule.objs.get(FunObj.module.get(Frame.fun.get(f))), i);
}

function child_rc(f: ref, i: u32): ref {
  return word_get(RawCode.children.get(FunObj.rc.get(Frame.fun.get(f))), i);
}

/** Ctrl-C: KeyboardInterrupt (no arguments, so it prints as just its name). */
function check_interrupt(): void {
  if (hal_interrupt_pending()) raise(exception_new(TypeId.KeyboardInterrupt, OBJ_NULL));
}

/**
 * At jumps (MicroPython's pending check): Ctrl-C, then the scheduler's turn
 * (micropython.schedule, pin IRQs). Not at calls, where MicroPython does not run them.
 */
function check_pending(): void {
  check_interrupt();
  sched_poll();
}

// ---- names ----

export function vm_load_global(f: ref, q: u32): obj {
  const key: obj = new_qstr_obj(q);
  const v: obj = dict_lookup(Frame.globals.get(f), key);
  if (v !== OBJ_NULL) return v;
  const b: obj = builtins_lookup(q);
  if (b !== OBJ_NULL) return b;
  vm_raise_name_error(q);
}

function names_dict(f: ref): obj {
  const l: obj = Frame.locals.get(f);
  return l !== OBJ_NULL ? l : Frame.globals.get(f);
}

function load_name(f: ref, q: u32): obj {
  const l: obj = Frame.locals.get(f);
  if (l !== OBJ_NULL) {
    const v: obj = dict_lookup(l, new_qstr_obj(q));
    if (v !== OBJ_NULL) return v;
  }
  return vm_load_global(f, q);
}

function delete_name(d: obj, q: u32): void {
  if (dict_lookup(d, new_qstr_obj(q)) === OBJ_NULL) vm_raise_name_error(q);
  dict_delete(d, new_qstr_obj(q));
}

/** __build_class__ from the builtins module (a program may replace it there). */
function load_build_class(): obj {
  const b: obj = builtins_lookup(Q.__build_class__);
  if (b === OBJ_NULL) vm_raise_name_error(Q.__build_class__);
  return b;
}

function raise_unbound_local(): never {
  raise_msg(TypeId.NameError, "local variable referenced before assignment");
}

// ---- the exception stack, returns and jumps through finally blocks ----

/** Where the stack pointer ends after unwind_return / unwind_jump. */
let unwind_sp: u32 = 0;

export function vm_set_last_exit(e: VmExit): void {
  last_exit = e;
}

function push_handler(f: ref, handler: u32, sp: u32, is_finally: bool): void {
  const n: u32 = Frame.exc_sp.get(f);
  if (n >= Frame.n_exc.get(f)) hal_fatal("vm: exception stack overflow");
  const e: u32 = frame_exc_entry(f, n);
  ExcEntry.handler.set(e, handler);
  ExcEntry.val_sp.set(e, sp);
  ExcEntry.is_finally.set(e, is_finally ? 1 : 0);
  ExcEntry.prev_exc.set(e, OBJ_NULL);
  Frame.exc_sp.set(f, (n + 1) >>> 0);
}

/**
 * CANCEL_ACTIVE_FINALLY: a return or jump leaves a finally block that is running; drop what
 * that block was to finish with (None or an exception, or a pending jump's two words),
 * keeping the top word.
 */
function cancel_active_finally(sp: u32): u32 {
  if (is_small_int(load_u32(sp - 4))) {
    store_u32(sp - 8, load_u32(sp));
    return (sp - 8) >>> 0;
  }
  store_u32(sp - 4, load_u32(sp));
  return (sp - 4) >>> 0;
}

/**
 * A return with the value at sp: run the finally blocks it passes (the first one found
 * resumes with (value, -1) on its stack: its address is returned, unwind_sp is the new sp),
 * or 0 when none is left and the frame may return.
 */
function unwind_return(f: ref, sp_in: u32, ip: u32): u32 {
  let sp: u32 = sp_in;
  let n: u32 = Frame.exc_sp.get(f);
  while (n > 0) {
    const e: u32 = frame_exc_entry(f, (n - 1) >>> 0);
    if (ExcEntry.is_finally.get(e) !== 0) {
      // Not yet running: its handler is at or after the next instruction.
      if (ExcEntry.handler.get(e) >= ip) {
        const finally_sp: u32 = (ExcEntry.val_sp.get(e) + 4) >>> 0;
        store_u32(finally_sp, load_u32(sp));
        store_u32(finally_sp + 4, new_small_int(-1));
        Frame.exc_sp.set(f, n);
        unwind_sp = (finally_sp + 4) >>> 0;
        return ExcEntry.handler.get(e);
      }
      sp = cancel_active_finally(sp);
    }
    n = (n - 1) >>> 0;
  }
  Frame.exc_sp.set(f, 0);
  unwind_sp = sp;
  return 0;
}

/**
 * Leave `count & 0x7f` handlers for the jump target on top of the stack (0x80: also pop a
 * for loop's iterator). A finally block on the way runs first, with the handlers still to
 * leave pushed. Returns the next ip; unwind_sp is the new sp.
 */
function unwind_jump(f: ref, sp_in: u32, count_in: u32, ip: u32): u32 {
  let sp: u32 = sp_in;
  let count: u32 = count_in;
  let n: u32 = Frame.exc_sp.get(f);
  while ((count & 0x7f) > 0) {
    count = (count - 1) >>> 0;
    const e: u32 = frame_exc_entry(f, (n - 1) >>> 0);
    if (ExcEntry.is_finally.get(e) !== 0) {
      if (ExcEntry.handler.get(e) >= ip) {
        sp = (sp + 4) >>> 0;
        store_u32(sp, new_small_int(count | 0));
        Frame.exc_sp.set(f, n);
        unwind_sp = sp;
        return ExcEntry.handler.get(e);
      }
      sp = cancel_active_finally(sp);
    }
    n = (n - 1) >>> 0;
  }
  Frame.exc_sp.set(f, n);
  const dest: u32 = load_u32(sp);
  sp = (sp - 4) >>> 0;
  if (count !== 0) sp = (sp - ITER_BUF_NSLOTS * 4) >>> 0;
  unwind_sp = sp;
  return dest;
}

/**
 * The innermost frame returns the value on top of its stack: to its caller in the chain
 * (the value replaces the called function on the caller's stack), or out of vm_execute
 * when it is base (cur_frame becomes 0).
 */
function do_return(base: ref): obj {
  const f: ref = cur_frame;
  const v: obj = load_u32(Frame.sp.get(f));
  if (f === base) {
    last_exit = VmExit.Return;
    cur_frame = 0;
    return v;
  }
  const caller: ref = vm_pop_frame();
  store_u32(Frame.sp.get(caller), v);
  return v;
}

/**
 * The delegate of a `yield from` yielded r: suspend at the YIELD_FROM (it runs again on
 * resume) with r pushed above the delegate, in the slot the next sent value replaces.
 */
function yield_from_suspend(f: ref, op_ip: u32, sp: u32, r: obj): obj {
  store_u32(sp + 4, r);
  Frame.ip.set(f, op_ip);
  Frame.sp.set(f, (sp + 4) >>> 0);
  last_exit = VmExit.Yield;
  cur_frame = 0;
  return r;
}

function vm_subscr_load(o: obj, index: obj): obj {
  return obj_subscr_load(o, index);
}

// ---- the loop ----

/**
 * The dispatch loop over the chain of frames above `base`, starting in the innermost
 * (cur_frame) at its saved ip and sp. Returns base's result (or yielded value).
 */
function vm_run_frames(base: ref, inject: obj): obj {
  let f: ref = cur_frame;
  let ip: u32 = Frame.ip.get(f);
  let sp: u32 = Frame.sp.get(f);
  if (inject !== OBJ_NULL) {
    // A generator resumed by throw(): at a delegating YIELD_FROM the delegate gets it first.
    if (load_u8(ip) === Op.YIELD_FROM) {
      Frame.op_ip.set(f, ip);
      // (delegate, sent value): the sent value is not used by a throw.
      sp = (sp - 4) >>> 0;
      const r: obj = vm_yield_from(f, sp, OBJ_NULL, inject);
      if (vm_last_exit() === VmExit.Yield) return yield_from_suspend(f, ip, sp, r);
      store_u32(sp, r);
      ip = (ip + 1) >>> 0;
    } else {
      raise(inject);
    }
  }
  while (true) {
    const op_ip: u32 = ip;
    Frame.op_ip.set(f, op_ip);
    const op: u32 = load_u8(ip);
    ip = (ip + 1) >>> 0;
    if (op >= Op.LOAD_CONST_SMALL_INT_MULTI) {
      if (op < Op.LOAD_FAST_MULTI) {
        sp = (sp + 4) >>> 0;
        store_u32(sp, new_small_int((op - Op.LOAD_CONST_SMALL_INT_MULTI - SMALL_INT_MULTI_EXCESS) | 0));
      } else if (op < Op.STORE_FAST_MULTI) {
        const v: obj = load_u32(frame_local_addr(f, (op - Op.LOAD_FAST_MULTI) >>> 0));
        if (v === OBJ_NULL) raise_unbound_local();
        sp = (sp + 4) >>> 0;
        store_u32(sp, v);
      } else if (op < Op.STORE_FAST_MULTI + FAST_MULTI_NUM) {
        store_u32(frame_local_addr(f, (op - Op.STORE_FAST_MULTI) >>> 0), load_u32(sp));
        sp = (sp - 4) >>> 0;
      } else if (op < Op.BINARY_OP_MULTI) {
        store_u32(sp, obj_unary_op(bytecode_unary_op((op - Op.UNARY_OP_MULTI) >>> 0), load_u32(sp)));
      } else {
        const rhs: obj = load_u32(sp);
        sp = (sp - 4) >>> 0;
        const bop: BinaryOp = bytecode_binary_op((op - Op.BINARY_OP_MULTI) >>> 0);
        if (bop === BinaryOp.ExceptionMatch) store_u32(sp, exception_match(load_u32(sp), rhs) ? OBJ_TRUE : OBJ_FALSE);
        else store_u32(sp, obj_binary_op(bop, load_u32(sp), rhs));
      }
      continue;
    }
    switch (op) {
      case Op.LOAD_CONST_FALSE: sp = (sp + 4) >>> 0; store_u32(sp, OBJ_FALSE); break;
      case Op.LOAD_CONST_NONE: sp = (sp + 4) >>> 0; store_u32(sp, OBJ_NONE); break;
      case Op.LOAD_CONST_TRUE: sp = (sp + 4) >>> 0; store_u32(sp, OBJ_TRUE); break;
      case Op.LOAD_NULL: sp = (sp + 4) >>> 0; store_u32(sp, OBJ_NULL); break;
      case Op.LOAD_CONST_SMALL_INT: {
        const v: i32 = read_sint(ip);
        ip = dec_end;
        sp = (sp + 4) >>> 0;
        store_u32(sp, new_small_int(v));
        break;
      }
      case Op.LOAD_CONST_STRING: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        sp = (sp + 4) >>> 0;
        store_u32(sp, new_qstr_obj(q));
        break;
      }
      case Op.LOAD_CONST_OBJ: {
        const o: obj = module_const(f, read_uint(ip));
        ip = dec_end;
        sp = (sp + 4) >>> 0;
        store_u32(sp, o);
        break;
      }
      case Op.LOAD_FAST_N: {
        const v: obj = load_u32(frame_local_addr(f, read_uint(ip)));
        ip = dec_end;
        if (v === OBJ_NULL) raise_unbound_local();
        sp = (sp + 4) >>> 0;
        store_u32(sp, v);
        break;
      }
      case Op.STORE_FAST_N: {
        store_u32(frame_local_addr(f, read_uint(ip)), load_u32(sp));
        ip = dec_end;
        sp = (sp - 4) >>> 0;
        break;
      }
      case Op.DELETE_FAST: {
        const at: u32 = frame_local_addr(f, read_uint(ip));
        ip = dec_end;
        if (load_u32(at) === OBJ_NULL) raise_unbound_local();
        store_u32(at, OBJ_NULL);
        break;
      }
      case Op.LOAD_DEREF: {
        const v: obj = cell_get(load_u32(frame_local_addr(f, read_uint(ip))));
        ip = dec_end;
        if (v === OBJ_NULL) raise_msg(TypeId.NameError, "free variable referenced before assignment in enclosing scope");
        sp = (sp + 4) >>> 0;
        store_u32(sp, v);
        break;
      }
      case Op.STORE_DEREF: {
        cell_set(load_u32(frame_local_addr(f, read_uint(ip))), load_u32(sp));
        ip = dec_end;
        sp = (sp - 4) >>> 0;
        break;
      }
      case Op.DELETE_DEREF: {
        const c: obj = load_u32(frame_local_addr(f, read_uint(ip)));
        ip = dec_end;
        if (cell_get(c) === OBJ_NULL) raise_unbound_local();
        cell_set(c, OBJ_NULL);
        break;
      }
      case Op.LOAD_NAME: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        sp = (sp + 4) >>> 0;
        store_u32(sp, load_name(f, q));
        break;
      }
      case Op.LOAD_GLOBAL: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        sp = (sp + 4) >>> 0;
        store_u32(sp, vm_load_global(f, q));
        break;
      }
      case Op.STORE_NAME: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        dict_set(names_dict(f), new_qstr_obj(q), load_u32(sp));
        sp = (sp - 4) >>> 0;
        break;
      }
      case Op.STORE_GLOBAL: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        dict_set(Frame.globals.get(f), new_qstr_obj(q), load_u32(sp));
        sp = (sp - 4) >>> 0;
        break;
      }
      case Op.DELETE_NAME: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        delete_name(names_dict(f), q);
        break;
      }
      case Op.DELETE_GLOBAL: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        delete_name(Frame.globals.get(f), q);
        break;
      }
      case Op.LOAD_ATTR: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        store_u32(sp, obj_load_attr(load_u32(sp), q));
        break;
      }
      case Op.LOAD_METHOD: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        // (obj) -> (fn, self or NULL)
        obj_load_method(load_u32(sp), q, sp);
        sp = (sp + 4) >>> 0;
        break;
      }
      case Op.LOAD_SUPER_METHOD: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        // (super, __class__, self) -> (method, self or NULL)
        sp = (sp - 4) >>> 0;
        obj_load_super_method(q, (sp - 4) >>> 0);
        break;
      }
      case Op.STORE_ATTR: {
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        // (value, obj); a NULL value is `del obj.attr`.
        const value: obj = load_u32(sp - 4);
        if (value === OBJ_NULL) obj_delete_attr(load_u32(sp), q);
        else obj_store_attr(load_u32(sp), q, value);
        sp = (sp - 8) >>> 0;
        break;
      }
      case Op.LOAD_SUBSCR: {
        const index: obj = load_u32(sp);
        sp = (sp - 4) >>> 0;
        store_u32(sp, vm_subscr_load(load_u32(sp), index));
        break;
      }
      case Op.STORE_SUBSCR: {
        // (value, obj, index); a NULL value is `del obj[index]`.
        const value: obj = load_u32(sp - 8);
        if (value === OBJ_NULL) obj_subscr_delete(load_u32(sp - 4), load_u32(sp));
        else obj_subscr_store(load_u32(sp - 4), load_u32(sp), value);
        sp = (sp - 12) >>> 0;
        break;
      }
      case Op.DUP_TOP: {
        store_u32(sp + 4, load_u32(sp));
        sp = (sp + 4) >>> 0;
        break;
      }
      case Op.DUP_TOP_TWO: {
        store_u32(sp + 4, load_u32(sp - 4));
        store_u32(sp + 8, load_u32(sp));
        sp = (sp + 8) >>> 0;
        break;
      }
      case Op.POP_TOP: sp = (sp - 4) >>> 0; break;
      case Op.ROT_TWO: {
        const top: obj = load_u32(sp);
        store_u32(sp, load_u32(sp - 4));
        store_u32(sp - 4, top);
        break;
      }
      case Op.ROT_THREE: {
        const top: obj = load_u32(sp);
        store_u32(sp, load_u32(sp - 4));
        store_u32(sp - 4, load_u32(sp - 8));
        store_u32(sp - 8, top);
        break;
      }
      case Op.JUMP: {
        const off: i32 = read_slabel(ip);
        ip = (dec_end + off) >>> 0;
        if (off < 0) check_pending();
        break;
      }
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_FALSE: {
        const off: i32 = read_slabel(ip);
        ip = dec_end;
        const v: obj = load_u32(sp);
        sp = (sp - 4) >>> 0;
        const t: bool = v === OBJ_TRUE ? true : v === OBJ_FALSE || v === OBJ_NONE ? false : obj_is_true(v);
        if (t === (op === Op.POP_JUMP_IF_TRUE)) {
          ip = (ip + off) >>> 0;
          if (off < 0) check_pending();
        }
        break;
      }
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.JUMP_IF_FALSE_OR_POP: {
        // Forward only: an unsigned offset (bytecode v6), unlike POP_JUMP_IF_*.
        const off: u32 = read_ulabel(ip);
        ip = dec_end;
        if (obj_is_true(load_u32(sp)) === (op === Op.JUMP_IF_TRUE_OR_POP)) ip = (ip + off) >>> 0;
        else sp = (sp - 4) >>> 0;
        break;
      }
      case Op.SETUP_WITH: {
        const off: u32 = read_ulabel(ip);
        ip = dec_end;
        // (ctx) -> (__exit__, ctx, as_value); the handler's stack ends at ctx.
        const entered: obj = vm_with_enter(sp);
        sp = (sp + 4) >>> 0;
        push_handler(f, (ip + off) >>> 0, sp, true);
        sp = (sp + 4) >>> 0;
        store_u32(sp, entered);
        break;
      }
      case Op.WITH_CLEANUP: {
        sp = vm_with_cleanup(sp);
        break;
      }
      case Op.SETUP_EXCEPT:
      case Op.SETUP_FINALLY: {
        const off: u32 = read_ulabel(ip);
        ip = dec_end;
        push_handler(f, (ip + off) >>> 0, sp, op === Op.SETUP_FINALLY);
        break;
      }
      case Op.POP_EXCEPT_JUMP: {
        const off: u32 = read_ulabel(ip);
        ip = (dec_end + off) >>> 0;
        Frame.exc_sp.set(f, (Frame.exc_sp.get(f) - 1) >>> 0);
        break;
      }
      case Op.END_FINALLY: {
        Frame.exc_sp.set(f, (Frame.exc_sp.get(f) - 1) >>> 0);
        const top: obj = load_u32(sp);
        if (top === OBJ_NONE) {
          sp = (sp - 4) >>> 0;
        } else if (is_small_int(top)) {
          // Finishing a finally run for a return (-1) or for an unwind jump (handlers left).
          sp = (sp - 4) >>> 0;
          const cause: i32 = small_int_value(top);
          if (cause < 0) {
            ip = unwind_return(f, sp, ip);
            sp = unwind_sp;
            if (ip === 0) {
              Frame.sp.set(f, sp);
              const res: obj = do_return(base);
              if (cur_frame === 0) return res;
              f = cur_frame;
              ip = Frame.ip.get(f);
              sp = Frame.sp.get(f);
            }
          } else {
            ip = unwind_jump(f, sp, cause >>> 0, ip);
            sp = unwind_sp;
          }
        } else {
          raise(top);
        }
        break;
      }
      case Op.UNWIND_JUMP: {
        const off: i32 = read_slabel(ip);
        const dest: u32 = (dec_end + off) >>> 0;
        const count: u32 = load_u8(dec_end);
        ip = (dec_end + 1) >>> 0;
        sp = (sp + 4) >>> 0;
        store_u32(sp, dest);
        ip = unwind_jump(f, sp, count, ip);
        sp = unwind_sp;
        check_pending();
        break;
      }
      case Op.GET_ITER:
        // `yield from x` and `await x` are GET_ITER, LOAD_CONST_NONE, YIELD_FROM.
        if (load_u8(ip) === Op.LOAD_CONST_NONE && load_u8(ip + 1) === Op.YIELD_FROM) store_u32(sp, vm_getiter_delegate(sp));
        else store_u32(sp, obj_getiter(load_u32(sp)));
        break;
      case Op.GET_ITER_STACK: {
        // ITER_BUF_NSLOTS slots: NULL then the iterator (the slots' buffer is never used).
        const it: obj = obj_getiter(load_u32(sp));
        store_u32(sp, OBJ_NULL);
        store_u32(sp + 4, it);
        sp = (sp + (ITER_BUF_NSLOTS - 1) * 4) >>> 0;
        break;
      }
      case Op.FOR_ITER: {
        const off: u32 = read_ulabel(ip);
        ip = dec_end;
        Frame.sp.set(f, sp);
        const v: obj = vm_iternext(load_u32(sp - (ITER_BUF_NSLOTS - 2) * 4));
        if (v === OBJ_STOP_ITERATION) {
          sp = (sp - ITER_BUF_NSLOTS * 4) >>> 0;
          ip = (ip + off) >>> 0;
        } else {
          sp = (sp + 4) >>> 0;
          store_u32(sp, v);
        }
        break;
      }
      case Op.BUILD_TUPLE: {
        const n: u32 = read_uint(ip);
        ip = dec_end;
        const t: obj = tuple_new(n);
        sp = (sp - n * 4) >>> 0;
        for (let i: u32 = 0; i < n; i++) tuple_set(t, i, load_u32(sp + 4 + i * 4));
        sp = (sp + 4) >>> 0;
        store_u32(sp, t);
        break;
      }
      case Op.BUILD_LIST: {
        const n: u32 = read_uint(ip);
        ip = dec_end;
        const l: obj = list_new(n);
        sp = (sp - n * 4) >>> 0;
        for (let i: u32 = 0; i < n; i++) list_set(l, i, load_u32(sp + 4 + i * 4));
        sp = (sp + 4) >>> 0;
        store_u32(sp, l);
        break;
      }
      case Op.BUILD_MAP: {
        read_uint(ip);
        ip = dec_end;
        const d: obj = dict_new();
        sp = (sp + 4) >>> 0;
        store_u32(sp, d);
        break;
      }
      case Op.STORE_MAP: {
        // (map, value, key)
        dict_set(load_u32(sp - 8), load_u32(sp), load_u32(sp - 4));
        sp = (sp - 8) >>> 0;
        break;
      }
      case Op.BUILD_SET: {
        const n: u32 = read_uint(ip);
        ip = dec_end;
        // The new set is rooted outside the value stack: a slot above its top may not exist
        // (the compiler sizes the stack for the items only).
        const s: obj = set_new(TypeId.set);
        const set_depth: u32 = gc_root_push(s);
        for (let i: u32 = 0; i < n; i++) set_add(s, load_u32(sp - (n - 1 - i) * 4));
        gc_root_restore(set_depth);
        sp = (sp - n * 4 + 4) >>> 0;
        store_u32(sp, s);
        break;
      }
      case Op.BUILD_SLICE: {
        const n: u32 = read_uint(ip);
        ip = dec_end;
        let step: obj = OBJ_NONE;
        if (n === 3) {
          step = load_u32(sp);
          sp = (sp - 4) >>> 0;
        }
        const sl: obj = slice_new(load_u32(sp - 4), load_u32(sp), step);
        sp = (sp - 4) >>> 0;
        store_u32(sp, sl);
        break;
      }
      case Op.STORE_COMP: {
        const n: u32 = read_uint(ip);
        ip = dec_end;
        const target: obj = load_u32(sp - (n >>> 2) * 4);
        const kind: u32 = n & 3;
        if (kind === 0) {
          list_append(target, load_u32(sp));
          sp = (sp - 4) >>> 0;
        } else if (kind === 1) {
          dict_set(target, load_u32(sp), load_u32(sp - 4));
          sp = (sp - 8) >>> 0;
        } else {
          set_add(target, load_u32(sp));
          sp = (sp - 4) >>> 0;
        }
        break;
      }
      case Op.UNPACK_SEQUENCE: {
        const n: u32 = read_uint(ip);
        ip = dec_end;
        vm_unpack_sequence(load_u32(sp), n, sp);
        sp = (sp + (n - 1) * 4) >>> 0;
        break;
      }
      case Op.UNPACK_EX: {
        const n: u32 = read_uint(ip);
        ip = dec_end;
        vm_unpack_ex(load_u32(sp), n, sp);
        sp = (sp + ((n & 0xff) + ((n >>> 8) & 0xff)) * 4) >>> 0;
        break;
      }
      case Op.MAKE_FUNCTION:
      case Op.MAKE_FUNCTION_DEFARGS: {
        const rc: ref = child_rc(f, read_uint(ip));
        ip = dec_end;
        const fun: obj = Frame.fun.get(f);
        if (op === Op.MAKE_FUNCTION) {
          sp = (sp + 4) >>> 0;
          store_u32(sp, fun_new(FunObj.module.get(fun), rc, Frame.globals.get(f), OBJ_NULL, OBJ_NULL, OBJ_NULL));
        } else {
          // (defaults tuple, kw-only defaults dict)
          sp = (sp - 4) >>> 0;
          store_u32(sp, fun_new(FunObj.module.get(fun), rc, Frame.globals.get(f), load_u32(sp), load_u32(sp + 4), OBJ_NULL));
        }
        break;
      }
      case Op.MAKE_CLOSURE:
      case Op.MAKE_CLOSURE_DEFARGS: {
        const rc: ref = child_rc(f, read_uint(ip));
        const n_closed: u32 = load_u8(dec_end);
        ip = (dec_end + 1) >>> 0;
        // ([defaults, kw-only defaults,] cell0 … cellN-1)
        const first: u32 = (sp + 4 - n_closed * 4) >>> 0;
        const cells: obj = tuple_new(n_closed);
        for (let i: u32 = 0; i < n_closed; i++) tuple_set(cells, i, load_u32(first + i * 4));
        const with_defaults: bool = op === Op.MAKE_CLOSURE_DEFARGS;
        const slot: u32 = with_defaults ? (first - 8) >>> 0 : first;
        const defs: obj = with_defaults ? load_u32(slot) : OBJ_NULL;
        const kwdefs: obj = with_defaults ? load_u32(slot + 4) : OBJ_NULL;
        const fun: obj = Frame.fun.get(f);
        store_u32(slot, fun_new(FunObj.module.get(fun), rc, Frame.globals.get(f), defs, kwdefs, cells));
        sp = slot;
        break;
      }
      case Op.CALL_FUNCTION:
      case Op.CALL_METHOD:
      case Op.CALL_FUNCTION_VAR_KW:
      case Op.CALL_METHOD_VAR_KW: {
        const n: u32 = read_uint(ip);
        ip = dec_end;
        check_interrupt();
        let n_args: u32 = n & 0xff;
        let n_kw: u32 = (n >>> 8) & 0xff;
        const words: u32 = (n_args + 2 * n_kw) >>> 0;
        const is_method: bool = op === Op.CALL_METHOD || op === Op.CALL_METHOD_VAR_KW;
        const var_kw: bool = op === Op.CALL_FUNCTION_VAR_KW || op === Op.CALL_METHOD_VAR_KW;
        // The function's slot, where the result goes: (fn, [self or NULL,] args…, [star bits]).
        sp = (sp - (words + (is_method ? 1 : 0) + (var_kw ? 1 : 0)) * 4) >>> 0;
        const fn: obj = load_u32(sp);
        let args: u32 = (sp + 4) >>> 0;
        if (is_method) {
          args = (sp + 8) >>> 0;
          if (load_u32(sp + 4) !== OBJ_NULL) {
            args = (sp + 4) >>> 0;
            n_args = (n_args + 1) >>> 0;
          }
        }
        if (var_kw) {
          // The expanded words live in a list kept in the star-bits slot (so on this frame's stack).
          const bits_at: u32 = (args + (n_args + 2 * n_kw) * 4) >>> 0;
          // The star bits number the positional arguments after self; args may start at self.
          const self_shift: u32 = is_method && args === ((sp + 4) >>> 0) ? 1 : 0;
          const expanded: obj = vm_expand_call_args(n_args, n_kw, args, (vm_star_bits(load_u32(bits_at)) << self_shift) >>> 0);
          store_u32(bits_at, expanded);
          args = list_items(expanded);
          n_args = vm_var_n_args();
          n_kw = vm_var_n_kw();
        }
        if (fun_is(fn) && !fun_is_generator(fn)) {
          // Python to Python: a new frame, no C recursion.
          if (frames_live >= FRAME_DEPTH_MAX) raise_recursion_error();
          Frame.ip.set(f, ip);
          Frame.sp.set(f, sp);
          const callee: ref = fun_setup_frame(fn, n_args, n_kw, args);
          Frame.prev.set(callee, f);
          frames_live = (frames_live + 1) >>> 0;
          vm_set_frame(callee);
          f = callee;
          ip = Frame.ip.get(f);
          sp = Frame.sp.get(f);
          break;
        }
        Frame.sp.set(f, sp);
        store_u32(sp, obj_call(fn, n_args, n_kw, args));
        break;
      }
      case Op.RETURN_VALUE: {
        ip = unwind_return(f, sp, ip);
        sp = unwind_sp;
        if (ip !== 0) break;
        Frame.sp.set(f, sp);
        const res: obj = do_return(base);
        if (cur_frame === 0) return res;
        f = cur_frame;
        ip = Frame.ip.get(f);
        sp = Frame.sp.get(f);
        break;
      }
      case Op.RAISE_LAST: {
        const e: obj = frame_active_exception(f);
        if (e === OBJ_NULL) raise_msg(TypeId.RuntimeError, "No active exception to reraise");
        raise(e);
        break;
      }
      case Op.RAISE_OBJ:
        raise(vm_make_raise_obj(load_u32(sp)));
        break;
      case Op.RAISE_FROM:
        // (exc, cause): CPython's __cause__ (MicroPython drops it).
        raise(vm_make_raise_from(vm_make_raise_obj(load_u32(sp - 4)), load_u32(sp)));
        break;
      case Op.YIELD_VALUE: {
        Frame.ip.set(f, ip);
        Frame.sp.set(f, sp);
        last_exit = VmExit.Yield;
        cur_frame = 0;
        return load_u32(sp);
      }
      case Op.YIELD_FROM: {
        // (delegate, value to send)
        const send: obj = load_u32(sp);
        sp = (sp - 4) >>> 0;
        Frame.sp.set(f, sp);
        const r: obj = vm_yield_from(f, sp, send, OBJ_NULL);
        if (vm_last_exit() === VmExit.Yield) return yield_from_suspend(f, op_ip, sp, r);
        store_u32(sp, r);
        break;
      }
      case Op.LOAD_BUILD_CLASS: {
        sp = (sp + 4) >>> 0;
        store_u32(sp, load_build_class());
        break;
      }
      case Op.IMPORT_NAME: {
        // (level, fromlist) -> (module)
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        const fromlist: obj = load_u32(sp);
        sp = (sp - 4) >>> 0;
        const level: obj = load_u32(sp);
        const n: u32 = is_small_int(level) && small_int_value(level) > 0 ? small_int_value(level) >>> 0 : 0;
        store_u32(sp, import_name(q, fromlist, n, Frame.globals.get(f)));
        break;
      }
      case Op.IMPORT_FROM: {
        // (module) -> (module, value)
        const q: u32 = module_qstr(f, read_uint(ip));
        ip = dec_end;
        const v: obj = import_from(load_u32(sp), q);
        sp = (sp + 4) >>> 0;
        store_u32(sp, v);
        break;
      }
      case Op.IMPORT_STAR:
        import_star(load_u32(sp), names_dict(f));
        sp = (sp - 4) >>> 0;
        break;
      default:
        raise_msg(TypeId.NotImplementedError, "opcode");
    }
  }
}
