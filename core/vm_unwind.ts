// What the VM does with an exception (the exception_handler part of MicroPython's
// mp_execute_bytecode): record where it passed in the traceback, find the innermost
// handler that is not already running, and either resume the frame there with the
// exception pushed, or leave the frame for its caller and look again. Also the exception
// objects `raise` makes, and NameError.

import { load_u8, store_u32, type u32, type bool, type ref } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { OBJ_NULL, OBJ_NONE, type obj } from "./obj.js";
import { Op, ITER_BUF_NSLOTS, bc_cursor_set, bc_read_uint, bc_read_prelude, bc_prelude, Prelude, bc_read_line_entry, bc_line_entry_bytes, bc_line_entry_lines, bc_cursor_pos } from "./bytecode.js";
import { type_word, TypeId } from "./objects/type.js";
import { raise_msg, exception_add_traceback, exception_clear_traceback, exception_set_cause, exception_context, exception_set_context } from "./objects/exception.js";
import { Root, root_get } from "./roots.js";
import { exception_native, obj_is_exception } from "./objects/instance.js";
import { is_type, type_is_exception, exception_match } from "./objects/class.js";
import { message_begin, message_raise } from "./objects/message.js";
import { print_str, print_bytes, type Printer } from "./print.js";
import { qstr_data, qstr_len } from "./qstr.js";
import { RawCode, CompiledModule, word_get } from "./rawcode.js";
import { Frame, ExcEntry, frame_exc_entry, frame_active_exception } from "./frame.js";
import { FunObj } from "./objects/fun.js";
import { obj_call } from "./call.js";
import { vm_current_frame, vm_pop_frame } from "./vm.js";
import { exception_get_value } from "./objects/gen.js";

export function vm_raise_name_error(q: u32): never {
  const m: Printer = message_begin();
  print_str(m, "name '");
  print_bytes(m, qstr_data(q), qstr_len(q));
  print_str(m, "' is not defined");
  message_raise(TypeId.NameError, m);
}

/** mp_make_raise_obj: `raise X` with X an exception instance, or a class to instantiate. */
export function vm_make_raise_obj(o: obj): obj {
  if (is_type(o)) {
    if (!type_is_exception(o)) raise_msg(TypeId.TypeError, "exceptions must derive from BaseException");
    const e: obj = obj_call(o, 0, 0, 0);
    if (!obj_is_exception(e)) raise_msg(TypeId.TypeError, "exceptions must derive from BaseException");
    return e;
  }
  if (!obj_is_exception(o)) raise_msg(TypeId.TypeError, "exceptions must derive from BaseException");
  return o;
}

/** `raise exc from cause`: cause an exception instance, a class to instantiate, or None. Returns exc. */
export function vm_make_raise_from(exc: obj, cause: obj): obj {
  let c: obj = cause;
  if (c !== OBJ_NONE) {
    if (!is_type(c) && !obj_is_exception(c)) raise_msg(TypeId.TypeError, "exception causes must derive from BaseException");
    const depth: u32 = gc_root_push(exc);
    c = vm_make_raise_obj(c);
    gc_root_restore(depth);
  }
  exception_set_cause(exception_native(exc), c);
  return exc;
}

/** The exception being handled by the innermost running handler of the chain from f outward. */
function handled_exception(f: ref): obj {
  let g: ref = f;
  while (g !== 0) {
    const e: obj = frame_active_exception(g);
    if (e !== OBJ_NULL) return e;
    g = Frame.prev.get(g);
  }
  return OBJ_NULL;
}

/**
 * Implicit chaining (CPython's __context__): exc, raised while another exception is being
 * handled, records it. A chain that would loop back to exc is cut there, as CPython does.
 */
function chain_context(f: ref, exc: obj): void {
  const native: obj = exception_native(exc);
  if (exception_context(native) !== OBJ_NULL) return;
  const handled: obj = handled_exception(f);
  if (handled === OBJ_NULL || handled === exc) return;
  let link: obj = handled;
  while (link !== OBJ_NULL) {
    const link_native: obj = exception_native(link);
    const next: obj = exception_context(link_native);
    if (next === exc) {
      exception_set_context(link_native, OBJ_NULL);
      break;
    }
    link = next;
  }
  exception_set_context(native, handled);
}

/** The source line of bytecode offset `offset` in f's function (mp_bytecode_get_source_line). */
export function frame_line(f: ref): u32 {
  const rc: ref = FunObj.rc.get(Frame.fun.get(f));
  const code: u32 = RawCode.code.get(rc);
  const len: u32 = RawCode.code_len.get(rc);
  bc_read_prelude(code, len);
  const n_pos: u32 = bc_prelude(Prelude.NPosArgs);
  const n_kwonly: u32 = bc_prelude(Prelude.NKwonlyArgs);
  const info_start: u32 = (code + bc_prelude(Prelude.InfoStart)) >>> 0;
  const info_end: u32 = (info_start + bc_prelude(Prelude.NInfo)) >>> 0;
  const offset: u32 = (Frame.op_ip.get(f) - Frame.code_start.get(f)) >>> 0;
  bc_cursor_set(info_start, info_end);
  const n_names: u32 = (1 + n_pos + n_kwonly) >>> 0;
  for (let i: u32 = 0; i < n_names; i++) bc_read_uint();
  let line: u32 = 1;
  let bc: u32 = offset;
  while (bc_cursor_pos() < info_end) {
    bc_read_line_entry();
    const b: u32 = bc_line_entry_bytes();
    if (bc < b) break;
    bc = (bc - b) >>> 0;
    line = (line + bc_line_entry_lines()) >>> 0;
  }
  return line;
}

/** The name of f's function (a qstr): its source info's first entry. */
export function frame_block_name(f: ref): u32 {
  const fun: obj = Frame.fun.get(f);
  const rc: ref = FunObj.rc.get(fun);
  const code: u32 = RawCode.code.get(rc);
  bc_read_prelude(code, RawCode.code_len.get(rc));
  bc_cursor_set((code + bc_prelude(Prelude.InfoStart)) >>> 0, (code + RawCode.code_len.get(rc)) >>> 0);
  return word_get(CompiledModule.qstrs.get(FunObj.module.get(fun)), bc_read_uint());
}

/** The source file of f's module (entry 0 of its qstr table). */
export function frame_file(f: ref): u32 {
  return word_get(CompiledModule.qstrs.get(FunObj.module.get(Frame.fun.get(f))), 0);
}

/** Add f's current position to exc's traceback. */
export function vm_trace_here(f: ref, exc: obj): void {
  exception_add_traceback(exception_native(exc), frame_file(f), frame_line(f), frame_block_name(f));
}

/**
 * Handle exc raised while the chain above `base` ran: true when a handler took it (the
 * innermost frame is then ready to resume at the handler, with exc pushed), false when it
 * escaped base (whose traceback entries are then all recorded).
 */
export function vm_unwind(base: ref, exc: obj): bool {
  let f: ref = vm_current_frame();
  const op: u32 = load_u8(Frame.op_ip.get(f));
  // StopIteration raised by the iterator of a for loop ends the loop.
  if (op === Op.FOR_ITER && exception_match(exc, type_word(TypeId.StopIteration))) {
    const b0: u32 = load_u8(Frame.op_ip.get(f) + 1);
    const after: u32 = (b0 & 0x80) === 0
      ? (Frame.op_ip.get(f) + 2 + b0) >>> 0
      : (Frame.op_ip.get(f) + 3 + ((b0 & 0x7f) | (load_u8(Frame.op_ip.get(f) + 2) << 7))) >>> 0;
    Frame.ip.set(f, after);
    Frame.sp.set(f, (Frame.sp.get(f) - ITER_BUF_NSLOTS * 4) >>> 0);
    return true;
  }
  // StopIteration from a delegate ends a `yield from` with its value.
  if (op === Op.YIELD_FROM && exception_match(exc, type_word(TypeId.StopIteration))) {
    store_u32(Frame.sp.get(f), exception_get_value(exc));
    Frame.ip.set(f, (Frame.op_ip.get(f) + 1) >>> 0);
    return true;
  }
  chain_context(f, exc);
  // The preallocated MemoryError is raised afresh each time: its old entries do not apply.
  if (exc === root_get(Root.MemoryError) && op !== Op.RAISE_LAST && op !== Op.END_FINALLY) exception_clear_traceback(exc);
  let first: bool = true;
  while (true) {
    // A bare raise and the end of a finally re-raise without a new entry for this line.
    const cur_op: u32 = load_u8(Frame.op_ip.get(f));
    if (!first || (cur_op !== Op.END_FINALLY && cur_op !== Op.RAISE_LAST)) vm_trace_here(f, exc);
    first = false;
    // Handlers already running (their handler is at or before this instruction) are done.
    let n: u32 = Frame.exc_sp.get(f);
    while (n > 0 && ExcEntry.handler.get(frame_exc_entry(f, (n - 1) >>> 0)) <= Frame.op_ip.get(f)) n = (n - 1) >>> 0;
    Frame.exc_sp.set(f, n);
    if (n > 0) {
      const entry: u32 = frame_exc_entry(f, (n - 1) >>> 0);
      ExcEntry.prev_exc.set(entry, exc);
      const sp: u32 = (ExcEntry.val_sp.get(entry) + 4) >>> 0;
      store_u32(sp, exc);
      Frame.sp.set(f, sp);
      Frame.ip.set(f, ExcEntry.handler.get(entry));
      return true;
    }
    if (f === base) return false;
    f = vm_pop_frame();
  }
}
