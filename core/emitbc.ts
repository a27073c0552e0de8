// The bytecode emitter the compiler drives, after MicroPython's py/emitbc.c: one Emit per
// function, opened with its signature (emitbc_begin), fed one call per opcode, closed by
// emitbc_end into a RawCode (core/rawcode.ts). Qstr and constant operands go into the
// module's shared tables (in first-use order, constants deduplicated as MicroPython does);
// MAKE_FUNCTION/MAKE_CLOSURE operands index the function's own children.
//
// Calls are recorded, then laid out the way MicroPython's passes do it: a first walk with
// every jump in its 3-byte form, then walks that shrink each jump to 2 bytes when its
// offset fits (measured against the label offsets of the previous walk for forward jumps,
// of the current one for backward jumps), until the sizes stop changing. So the bytes,
// including the line table and the prelude sizes, are the ones mpy-cross writes for the
// same calls. Dead code after an unconditional jump, return or raise is dropped until
// the next label, as MicroPython's `suppress` does (its stack effects still count).
//
// Errors: MemoryError is raised when the heap is full; RuntimeError("bytecode overflow")
// when a jump does not fit 15 bits. Misuse (an operand kind that does not match the
// opcode, a stack that goes negative) is a compiler bug: hal_fatal.

import {
  layout, field_ref, field_u32, field_i32, load_u8, load_u32, store_u32, mem_copy,
  type i32, type u32, type bool, type ref,
} from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_nbytes, gc_realloc } from "./gc.js";
import { Vstr, vstr_new, vstr_len, vstr_data, vstr_reset, vstr_reserve, vstr_add_byte } from "./vstr.js";
import { raise_memory_error, raise_msg } from "./objects/exception.js";
import { TypeId } from "./objects/type.js";
import { type obj } from "./obj.js";
import {
  Op, Operand, bc_operand, bc_has_extra_byte, bc_stack_effect, bc_put_uint, bc_put_sint, bc_put_sig,
  bc_put_size, bc_put_lines, SMALL_INT_MULTI_EXCESS, SMALL_INT_MULTI_NUM, FAST_MULTI_NUM,
  UNARY_OP_NUM_BYTECODE, BINARY_OP_NUM_BYTECODE, UNARY_OP_NOT, ITER_BUF_NSLOTS, SCOPE_FLAG_GENERATOR,
} from "./bytecode.js";
import { RawCode, CompiledModule, RAW_CODE_BYTECODE, const_equal, word_get } from "./rawcode.js";

/** A function being emitted. The vstrs hold 32-bit records / qstr indices / children. */
export const Emit = layout("Emit", {
  module: field_ref,
  recs: field_ref,
  names: field_ref,
  cells: field_ref,
  children: field_ref,
  n_labels: field_u32,
  stack: field_i32,
  max_stack: field_i32,
  suppress: field_u32,
  scope_flags: field_u32,
  n_pos: field_u32,
  n_kwonly: field_u32,
  n_def_pos: field_u32,
  n_locals: field_u32,
  n_exc_stack: field_u32,
});

/** Record kinds beyond the opcode bytes. */
const REC_LABEL: u32 = 0x100;
const REC_LINE: u32 = 0x101;
const REC_SIZE: u32 = 12;

// ---- the module's tables ----

function new_vstr(): ref {
  const v: ref = vstr_new(64);
  if (v === 0) raise_memory_error();
  return v;
}

/** Append word w to the heap array at field `array` of m with count field `count`: grows by reallocation. */
function table_append(m: ref, which: u32, w: u32): u32 {
  const arr: ref = which === 0 ? CompiledModule.qstrs.get(m) : CompiledModule.objs.get(m);
  const n: u32 = which === 0 ? CompiledModule.n_qstr.get(m) : CompiledModule.n_obj.get(m);
  let a: ref = arr;
  if (((n + 1) * 4) >>> 0 > gc_nbytes(arr)) {
    const depth: u32 = gc_root_push(m);
    gc_root_push(w);
    a = gc_realloc(arr, ((n + 1) * 8) >>> 0);
    gc_root_restore(depth);
    if (a === 0) raise_memory_error();
  }
  store_u32(a + n * 4, w);
  if (which === 0) {
    CompiledModule.qstrs.set(m, a);
    CompiledModule.n_qstr.set(m, (n + 1) >>> 0);
  } else {
    CompiledModule.objs.set(m, a);
    CompiledModule.n_obj.set(m, (n + 1) >>> 0);
  }
  return n;
}

/** A new module whose qstr table starts with the source file's name (as MicroPython's). Raises MemoryError. */
export function emitbc_module_new(source_file: u32): ref {
  const m: ref = gc_alloc(CompiledModule.SIZE);
  if (m === 0) raise_memory_error();
  const depth: u32 = gc_root_push(m);
  const q: ref = gc_alloc(64);
  if (q === 0) raise_memory_error();
  CompiledModule.qstrs.set(m, q);
  const o: ref = gc_alloc(64);
  if (o === 0) raise_memory_error();
  CompiledModule.objs.set(m, o);
  emitbc_use_qstr(m, source_file);
  gc_root_restore(depth);
  return m;
}

/** mp_emit_common_use_qstr: the index of qstr q in the module's table, added on first use. */
export function emitbc_use_qstr(m: ref, q: u32): u32 {
  const n: u32 = CompiledModule.n_qstr.get(m);
  const arr: ref = CompiledModule.qstrs.get(m);
  for (let i: u32 = 0; i < n; i++) if (word_get(arr, i) === q) return i;
  return table_append(m, 0, q);
}

/** mp_emit_common_use_const_obj: the index of an equal constant, or o added. */
export function emitbc_use_obj(m: ref, o: obj): u32 {
  const n: u32 = CompiledModule.n_obj.get(m);
  for (let i: u32 = 0; i < n; i++) if (const_equal(word_get(CompiledModule.objs.get(m), i), o)) return i;
  return table_append(m, 1, o);
}

export function emitbc_module_set_code(m: ref, rc: ref): void {
  CompiledModule.rc.set(m, rc);
}

// ---- a function ----

/**
 * Open a function: its name, the scope flags (MP_SCOPE_FLAG_*), and its argument counts.
 * The caller keeps the Emit rooted until emitbc_end. Raises MemoryError.
 */
export function emitbc_begin(m: ref, simple_name: u32, scope_flags: u32, n_pos: u32, n_kwonly: u32, n_def_pos: u32): ref {
  const depth: u32 = gc_root_push(m);
  const e: ref = gc_alloc(Emit.SIZE);
  if (e === 0) raise_memory_error();
  gc_root_push(e);
  Emit.module.set(e, m);
  Emit.recs.set(e, new_vstr());
  Emit.names.set(e, new_vstr());
  Emit.cells.set(e, new_vstr());
  Emit.children.set(e, new_vstr());
  Emit.scope_flags.set(e, scope_flags);
  Emit.n_pos.set(e, n_pos);
  Emit.n_kwonly.set(e, n_kwonly);
  Emit.n_def_pos.set(e, n_def_pos);
  add_word(Emit.names.get(e), emitbc_use_qstr(m, simple_name));
  gc_root_restore(depth);
  return e;
}

function add_word(v: ref, w: u32): void {
  if (!vstr_reserve(v, 4)) raise_memory_error();
  const len: u32 = vstr_len(v);
  store_u32(vstr_data(v) + len, w);
  // vstr_reserve made the room: the length moves by hand past the word just stored.
  bump_len(v, 4);
}

function bump_len(v: ref, n: u32): void {
  Vstr.len.set(v, (vstr_len(v) + n) >>> 0);
}

/** The name of positional or keyword-only argument number i, in order. */
export function emitbc_arg_name(e: ref, q: u32): void {
  add_word(Emit.names.get(e), emitbc_use_qstr(Emit.module.get(e), q));
}

/** Locals (arguments included): n_state is this plus the deepest stack. */
export function emitbc_set_n_locals(e: ref, n: u32): void {
  Emit.n_locals.set(e, n);
}

/** The deepest nesting of exception handlers (the compiler's exc_stack_size). */
export function emitbc_set_n_exc_stack(e: ref, n: u32): void {
  Emit.n_exc_stack.set(e, n);
}

/** A local that becomes a cell (closed over), in id order. */
export function emitbc_add_cell(e: ref, local_num: u32): void {
  if (local_num > 255) hal_fatal("emitbc: cell local above 255");
  if (!vstr_add_byte(Emit.cells.get(e), local_num & 0xff)) raise_memory_error();
}

export function emitbc_new_label(e: ref): u32 {
  const l: u32 = Emit.n_labels.get(e);
  Emit.n_labels.set(e, (l + 1) >>> 0);
  return l;
}

export function emitbc_adjust_stack(e: ref, delta: i32): void {
  const s: i32 = (Emit.stack.get(e) + delta) | 0;
  if (s < 0) hal_fatal("emitbc: stack underflow");
  Emit.stack.set(e, s);
  if (s > Emit.max_stack.get(e)) Emit.max_stack.set(e, s);
}

function record(e: ref, kind: u32, a: u32, b: u32): void {
  const v: ref = Emit.recs.get(e);
  if (!vstr_reserve(v, REC_SIZE)) raise_memory_error();
  const at: u32 = (vstr_data(v) + vstr_len(v)) >>> 0;
  store_u32(at, kind);
  store_u32(at + 4, a);
  store_u32(at + 8, b);
  bump_len(v, REC_SIZE);
}

/** Opcodes after which code is unreachable until the next label. */
function ends_flow(op: u32): bool {
  return op === Op.JUMP || op === Op.UNWIND_JUMP || op === Op.POP_EXCEPT_JUMP || op === Op.RETURN_VALUE ||
    op === Op.RAISE_LAST || op === Op.RAISE_OBJ || op === Op.RAISE_FROM;
}

/** The one way an opcode goes in: check the operand kind, count the stack, record unless dead. */
function emit_op(e: ref, op: u32, kind: Operand, a: u32, b: u32, delta: i32): void {
  if (bc_operand(op) !== kind) hal_fatal("emitbc: operand does not match the opcode");
  emitbc_adjust_stack(e, delta);
  if (Emit.suppress.get(e) !== 0) return;
  record(e, op, a, b);
  if (ends_flow(op)) Emit.suppress.set(e, 1);
}

export function emitbc_label_assign(e: ref, label: u32): void {
  if (label >= Emit.n_labels.get(e)) hal_fatal("emitbc: unknown label");
  Emit.suppress.set(e, 0);
  record(e, REC_LABEL, label, 0);
}

/** The source line of the code that follows (only increases are recorded, as MicroPython). */
export function emitbc_set_source_line(e: ref, line: u32): void {
  record(e, REC_LINE, line, 0);
}

/** An opcode without operand (LOAD_CONST_NONE, POP_TOP, RETURN_VALUE, GET_ITER_STACK…). */
export function emitbc_op(e: ref, op: u32): void {
  emit_op(e, op, Operand.None, 0, 0, bc_stack_effect(op, 0, 0));
}

/** An opcode with a count or local number (BUILD_TUPLE, CALL_FUNCTION, LOAD_DEREF…). */
export function emitbc_op_uint(e: ref, op: u32, n: u32): void {
  emit_op(e, op, Operand.Uint, n, 0, bc_stack_effect(op, n, 0));
}

/** An opcode naming a qstr (LOAD_NAME, LOAD_ATTR, IMPORT_NAME…). */
export function emitbc_op_qstr(e: ref, op: u32, q: u32): void {
  const idx: u32 = emitbc_use_qstr(Emit.module.get(e), q);
  emit_op(e, op, Operand.Qstr, idx, 0, bc_stack_effect(op, 0, 0));
}

/** mp_emit_bc_load_const_small_int: one byte for -16..47, else the signed var int form. */
export function emitbc_load_const_small_int(e: ref, v: i32): void {
  if (v >= -SMALL_INT_MULTI_EXCESS && v < SMALL_INT_MULTI_NUM - SMALL_INT_MULTI_EXCESS) {
    emitbc_op(e, (Op.LOAD_CONST_SMALL_INT_MULTI + SMALL_INT_MULTI_EXCESS + v) >>> 0);
  } else {
    emit_op(e, Op.LOAD_CONST_SMALL_INT, Operand.Sint, v >>> 0, 0, 1);
  }
}

/** LOAD_CONST_OBJ of a constant (str, bytes, big int, float, complex, tuple, Ellipsis). */
export function emitbc_load_const_obj(e: ref, o: obj): void {
  const idx: u32 = emitbc_use_obj(Emit.module.get(e), o);
  emit_op(e, Op.LOAD_CONST_OBJ, Operand.Obj, idx, 0, 1);
}

/** LOAD_CONST_STRING of an interned name. */
export function emitbc_load_const_str(e: ref, q: u32): void {
  emitbc_op_qstr(e, Op.LOAD_CONST_STRING, q);
}

export function emitbc_load_fast(e: ref, local_num: u32): void {
  if (local_num < FAST_MULTI_NUM) emitbc_op(e, (Op.LOAD_FAST_MULTI + local_num) >>> 0);
  else emitbc_op_uint(e, Op.LOAD_FAST_N, local_num);
}

export function emitbc_store_fast(e: ref, local_num: u32): void {
  if (local_num < FAST_MULTI_NUM) emitbc_op(e, (Op.STORE_FAST_MULTI + local_num) >>> 0);
  else emitbc_op_uint(e, Op.STORE_FAST_N, local_num);
}

/** A unary operator of the bytecode (0 +, 1 -, 2 ~, 3 not). */
export function emitbc_unary_op(e: ref, op: u32): void {
  if (op >= UNARY_OP_NUM_BYTECODE) hal_fatal("emitbc: not a bytecode unary operator");
  emitbc_op(e, (Op.UNARY_OP_MULTI + op) >>> 0);
}

/** A binary operator of the bytecode (MP_BINARY_OP_*); invert for `not in` / `is not`. */
export function emitbc_binary_op(e: ref, op: u32, invert: bool): void {
  if (op >= BINARY_OP_NUM_BYTECODE) hal_fatal("emitbc: not a bytecode binary operator");
  emitbc_op(e, (Op.BINARY_OP_MULTI + op) >>> 0);
  if (invert) emitbc_op(e, (Op.UNARY_OP_MULTI + UNARY_OP_NOT) >>> 0);
}

/** A jump to a label: JUMP, POP_JUMP_IF_*, JUMP_IF_*_OR_POP, SETUP_*, POP_EXCEPT_JUMP, FOR_ITER. */
export function emitbc_jump(e: ref, op: u32, label: u32): void {
  const kind: Operand = bc_operand(op);
  if ((kind !== Operand.SignedLabel && kind !== Operand.UnsignedLabel) || op === Op.UNWIND_JUMP) {
    hal_fatal("emitbc: not a jump opcode");
  }
  emit_op(e, op, kind, label, 0, bc_stack_effect(op, 0, 0));
}

/** mp_emit_bc_unwind_jump: break/continue out of `depth` handlers (and out of a for loop). */
export function emitbc_unwind_jump(e: ref, label: u32, except_depth: u32, from_for: bool): void {
  if (except_depth === 0) {
    if (from_for) {
      // Pop the iterator and its buffer: raw bytes, the stack count stays.
      for (let i: i32 = 0; i < ITER_BUF_NSLOTS; i++) emit_op(e, Op.POP_TOP, Operand.None, 0, 0, 0);
    }
    emit_op(e, Op.JUMP, Operand.SignedLabel, label, 0, 0);
  } else {
    emit_op(e, Op.UNWIND_JUMP, Operand.SignedLabel, label, ((from_for ? 0x80 : 0) | except_depth) & 0xff, 0);
  }
}

/** mp_emit_bc_with_cleanup: None, the label, WITH_CLEANUP and the stack bookkeeping. */
export function emitbc_with_cleanup(e: ref, label: u32): void {
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_label_assign(e, label);
  emitbc_op(e, Op.WITH_CLEANUP);
  emitbc_adjust_stack(e, -4);
}

/** YIELD_VALUE or YIELD_FROM; the function becomes a generator. */
export function emitbc_yield(e: ref, from: bool): void {
  emitbc_op(e, from ? Op.YIELD_FROM : Op.YIELD_VALUE);
  Emit.scope_flags.set(e, (Emit.scope_flags.get(e) | SCOPE_FLAG_GENERATOR) >>> 0);
}

/** The index of a new child (kept even in dead code, as MicroPython's child table does). */
function add_child(e: ref, child: ref): u32 {
  const v: ref = Emit.children.get(e);
  const n: u32 = vstr_len(v) >>> 2;
  add_word(v, child);
  return n;
}

/** MAKE_FUNCTION (defargs: MAKE_FUNCTION_DEFARGS) of a finished child RawCode. */
export function emitbc_make_function(e: ref, child: ref, defargs: bool): void {
  const idx: u32 = add_child(e, child);
  emit_op(e, defargs ? Op.MAKE_FUNCTION_DEFARGS : Op.MAKE_FUNCTION, Operand.Child, idx, 0, defargs ? -1 : 1);
}

/** MAKE_CLOSURE(_DEFARGS) of a child closing over n_closed cells on the stack. */
export function emitbc_make_closure(e: ref, child: ref, n_closed: u32, defargs: bool): void {
  if (n_closed > 255) hal_fatal("emitbc: more than 255 closed-over cells");
  const idx: u32 = add_child(e, child);
  const op: u32 = defargs ? Op.MAKE_CLOSURE_DEFARGS : Op.MAKE_CLOSURE;
  emit_op(e, op, Operand.Child, idx, n_closed, bc_stack_effect(op, 0, n_closed));
}

// ---- layout ----

let walk_n_info: u32 = 0;
let walk_overflow: bool = false;

function put(ok: bool): void {
  if (!ok) raise_memory_error();
}

function put_byte(v: ref, b: u32): void {
  put(vstr_add_byte(v, b & 0xff));
}

/** A jump's offset: 3 bytes in the first walk, then 2 when it fits (emit_write_bytecode_byte_label). */
function put_jump(bc: ref, op: u32, is_signed: bool, target: u32, first: bool): void {
  const here: u32 = vstr_len(bc);
  put_byte(bc, op);
  let off: i32 = first ? 0 : ((target - here - 2) | 0);
  const fits: bool = !first && (is_signed ? off >= -64 && off <= 63 : off >= 0 && off <= 127);
  if (fits) {
    put_byte(bc, (is_signed ? off + 0x40 : off) >>> 0);
    return;
  }
  if (!first) off = (off - 1) | 0;
  const v: i32 = is_signed ? (off + 0x4000) | 0 : off;
  if (v < 0 || v > 0x7fff) walk_overflow = true;
  put_byte(bc, (0x80 | (v & 0x7f)) >>> 0);
  put_byte(bc, (v >> 7) & 0xff);
}

function put_op(bc: ref, op: u32, a: u32, b: u32, labels: ref, first: bool): void {
  const kind: Operand = bc_operand(op);
  if (kind === Operand.SignedLabel || kind === Operand.UnsignedLabel) {
    put_jump(bc, op, kind === Operand.SignedLabel, load_u32(labels + a * 4), first);
  } else {
    put_byte(bc, op);
    if (kind === Operand.Sint) put(bc_put_sint(bc, a | 0));
    else if (kind !== Operand.None) put(bc_put_uint(bc, a));
  }
  if (bc_has_extra_byte(op)) put_byte(bc, b);
}

/** One pass over the records: the code info into ci, the opcodes into bc. */
function walk(e: ref, pass: u32, labels: ref, ci: ref, bc: ref, n_info_prev: u32, n_state: u32): void {
  vstr_reset(ci);
  vstr_reset(bc);
  walk_overflow = false;
  const cells: ref = Emit.cells.get(e);
  put(bc_put_sig(ci, n_state, Emit.n_exc_stack.get(e), Emit.scope_flags.get(e), Emit.n_pos.get(e),
    Emit.n_kwonly.get(e), Emit.n_def_pos.get(e)));
  if (pass >= 1) put(bc_put_size(ci, n_info_prev, vstr_len(cells)));
  const info_start: u32 = vstr_len(ci);
  const names: ref = Emit.names.get(e);
  const n_names: u32 = vstr_len(names) >>> 2;
  for (let i: u32 = 0; i < n_names; i++) put(bc_put_uint(ci, word_get(vstr_data(names), i)));
  let last_line: u32 = 1;
  let last_offset: u32 = 0;
  const recs: ref = Emit.recs.get(e);
  const n_recs: u32 = (vstr_len(recs) / REC_SIZE) >>> 0;
  for (let r: u32 = 0; r < n_recs; r++) {
    const at: u32 = (vstr_data(recs) + r * REC_SIZE) >>> 0;
    const kind: u32 = load_u32(at);
    const a: u32 = load_u32(at + 4);
    if (kind === REC_LABEL) {
      store_u32(labels + a * 4, vstr_len(bc));
    } else if (kind === REC_LINE) {
      if (a > last_line) {
        put(bc_put_lines(ci, (vstr_len(bc) - last_offset) >>> 0, (a - last_line) >>> 0));
        last_offset = vstr_len(bc);
        last_line = a;
      }
    } else {
      put_op(bc, kind, a, load_u32(at + 8), labels, pass === 0);
    }
  }
  walk_n_info = (vstr_len(ci) - info_start) >>> 0;
  const n_cells: u32 = vstr_len(cells);
  for (let i: u32 = 0; i < n_cells; i++) put_byte(ci, load_u8(vstr_data(cells) + i));
}

/** Close the function: lay out its bytecode and return its RawCode. Raises MemoryError, RuntimeError. */
export function emitbc_end(e: ref): ref {
  if (Emit.stack.get(e) !== 0) hal_fatal("emitbc: stack not empty at the end of a function");
  const depth: u32 = gc_root_push(e);
  const n_labels: u32 = Emit.n_labels.get(e);
  const labels: ref = gc_alloc((n_labels * 4 + 4) >>> 0);
  if (labels === 0) raise_memory_error();
  gc_root_push(labels);
  const ci: ref = new_vstr();
  gc_root_push(ci);
  const bc: ref = new_vstr();
  gc_root_push(bc);
  let n_state: u32 = (Emit.n_locals.get(e) + (Emit.max_stack.get(e) >>> 0)) >>> 0;
  if (n_state === 0) n_state = 1;
  walk(e, 0, labels, ci, bc, 0, n_state);
  let prev_ci: u32 = vstr_len(ci);
  let prev_bc: u32 = vstr_len(bc);
  let prev_info: u32 = walk_n_info;
  for (let pass: u32 = 1; pass < 1000; pass++) {
    walk(e, pass, labels, ci, bc, prev_info, n_state);
    const same: bool = vstr_len(ci) === prev_ci && vstr_len(bc) === prev_bc && walk_n_info === prev_info;
    if (pass >= 2 && same) break;
    prev_ci = vstr_len(ci);
    prev_bc = vstr_len(bc);
    prev_info = walk_n_info;
  }
  if (walk_overflow) raise_msg(TypeId.RuntimeError, "bytecode overflow");
  const len: u32 = (vstr_len(ci) + vstr_len(bc)) >>> 0;
  const code: ref = gc_alloc(len);
  if (code === 0) raise_memory_error();
  gc_root_push(code);
  mem_copy(code, vstr_data(ci), vstr_len(ci));
  mem_copy(code + vstr_len(ci), vstr_data(bc), vstr_len(bc));
  const kids: ref = Emit.children.get(e);
  const n_children: u32 = vstr_len(kids) >>> 2;
  let children: ref = 0;
  if (n_children > 0) {
    children = gc_alloc(n_children * 4);
    if (children === 0) raise_memory_error();
    mem_copy(children, vstr_data(kids), n_children * 4);
    gc_root_push(children);
  }
  const rc: ref = gc_alloc(RawCode.SIZE);
  if (rc === 0) raise_memory_error();
  RawCode.kind.set(rc, RAW_CODE_BYTECODE);
  RawCode.code.set(rc, code);
  RawCode.code_len.set(rc, len);
  RawCode.children.set(rc, children);
  RawCode.n_children.set(rc, n_children);
  gc_root_restore(depth);
  return rc;
}

