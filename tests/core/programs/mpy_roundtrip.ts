// Bytecode, .mpy and the disassembler through one program (tests/core/mpy.test.ts): each
// input line is a command, each prints lines the test checks.
//
//   uint <n> | sint <n> | lines <bytes> <lines> | sig <S> <E> <F> <A> <K> <D> | size <I> <C>
//       the encoding, in hex
//   minimal      the .mpy of a module that is `pass` (return None), source "t.py"
//   jumps        a function with short and long, forward and backward jumps: .mpy hex, disassembly
//   build        a module of several functions with constants of every kind: .mpy hex,
//                disassembly, then the same after reading the bytes back and writing them again
//   corrupt      every truncation and every single-byte change of the `build` module
//   read <hex>   load the bytes: status, or the disassembly
//   stress 0|1   collect at every allocation

import { load_u8, store_u8, caught, type i32, type u32, type bool, type ref } from "../../../core/subset/index.js";
import { runtime_init } from "../../../core/runtime.js";
import { gc_set_stress, gc_root_push, gc_root_depth, gc_root_restore, gc_collections } from "../../../core/gc.js";
import { vstr_new, vstr_len, vstr_data, vstr_reset } from "../../../core/vstr.js";
import { qstr_from_str } from "../../../core/qstr.js";
import { print_str, print_u32, STDOUT } from "../../../core/print.js";
import { new_qstr_obj, OBJ_ELLIPSIS, type obj } from "../../../core/obj.js";
import { str_from_literal } from "../../../core/objects/str.js";
import { tuple_new, tuple_set } from "../../../core/objects/tuple.js";
import { mpz_from_str } from "../../../core/mpz.js";
import { Op, bc_put_uint, bc_put_sint, bc_put_lines, bc_put_sig, bc_put_size, SCOPE_FLAG_VARARGS } from "../../../core/bytecode.js";
import {
  emitbc_module_new, emitbc_module_set_code, emitbc_begin, emitbc_arg_name, emitbc_set_n_locals, emitbc_add_cell,
  emitbc_new_label, emitbc_label_assign, emitbc_set_source_line, emitbc_op, emitbc_op_uint, emitbc_op_qstr,
  emitbc_load_const_small_int, emitbc_load_const_obj, emitbc_load_const_str, emitbc_load_fast, emitbc_store_fast,
  emitbc_binary_op, emitbc_unary_op, emitbc_jump, emitbc_unwind_jump, emitbc_make_function, emitbc_make_closure,
  emitbc_end, emitbc_set_n_exc_stack, emitbc_yield,
} from "../../../core/emitbc.js";
import { mpy_write, mpy_read, mpy_status, mpy_status_message, MpyStatus } from "../../../core/mpy.js";
import { showbc_print } from "../../../core/showbc.js";
import { CompiledModule, const_new_bytes, const_new_float, const_new_complex_text } from "../../../core/rawcode.js";

const LINE: u32 = 0x800000;
const LINE_MAX: u32 = 0x10000;
const HEX: string = "0123456789abcdef";
const tok_start = new Uint32Array(8);
const tok_len = new Uint32Array(8);
let tokens: u32 = 0;

function read_line(): i32 {
  let n: u32 = 0;
  while (true) {
    const c: i32 = hal_stdin_read();
    if (c < 0) return n === 0 ? -1 : n | 0;
    if (c === 10) return n | 0;
    if (n < LINE_MAX) {
      store_u8(LINE + n, c);
      n = (n + 1) >>> 0;
    }
  }
}

function split(len: u32): void {
  tokens = 0;
  let i: u32 = 0;
  while (i < len && tokens < 8) {
    while (i < len && load_u8(LINE + i) === 32) i = (i + 1) >>> 0;
    if (i === len) break;
    tok_start[tokens] = LINE + i;
    while (i < len && load_u8(LINE + i) !== 32) i = (i + 1) >>> 0;
    tok_len[tokens] = (LINE + i - tok_start[tokens]!) >>> 0;
    tokens = (tokens + 1) >>> 0;
  }
}

function word(k: u32, s: string): bool {
  if (k >= tokens || tok_len[k]! !== s.length) return false;
  for (let i: u32 = 0; i < s.length; i++) if (load_u8(tok_start[k]! + i) !== s.charCodeAt(i)) return false;
  return true;
}

/** Token k as a decimal i32 (a leading '-' allowed). */
function num(k: u32): i32 {
  let v: i32 = 0;
  let neg: bool = false;
  for (let i: u32 = 0; i < tok_len[k]!; i++) {
    const c: u32 = load_u8(tok_start[k]! + i);
    if (c === 45) neg = true;
    else v = (Math.imul(v, 10) + (c - 48)) | 0;
  }
  return neg ? (-v) | 0 : v;
}

function print_hex(addr: u32, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    const b: u32 = load_u8(addr + i);
    store_u8(LINE - 4, HEX.charCodeAt(b >>> 4));
    store_u8(LINE - 3, HEX.charCodeAt(b & 15));
    hal_stdout_write(LINE - 4, 2);
  }
}

function print_vstr_hex(v: ref): void {
  print_hex(vstr_data(v), vstr_len(v));
  print_str(STDOUT, "\n");
}

function new_buffer(): ref {
  const v: ref = vstr_new(64);
  gc_root_push(v);
  return v;
}

// ---- the modules ----

function q(s: string): u32 {
  return qstr_from_str(s);
}

function minimal_module(): ref {
  const m: ref = emitbc_module_new(q("t.py"));
  gc_root_push(m);
  const e: ref = emitbc_begin(m, q("<module>"), 0, 0, 0, 0);
  gc_root_push(e);
  emitbc_set_source_line(e, 1);
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_op(e, Op.RETURN_VALUE);
  emitbc_module_set_code(m, emitbc_end(e));
  return m;
}

/** def add(a, b): return a + b   (lines 2..3) */
function build_add(m: ref): ref {
  const e: ref = emitbc_begin(m, q("add"), 0, 2, 0, 0);
  const depth: u32 = gc_root_push(e);
  emitbc_arg_name(e, q("a"));
  emitbc_arg_name(e, q("b"));
  emitbc_set_n_locals(e, 2);
  emitbc_set_source_line(e, 3);
  emitbc_load_fast(e, 0);
  emitbc_load_fast(e, 1);
  emitbc_binary_op(e, 27, false);
  emitbc_op(e, Op.RETURN_VALUE);
  const rc: ref = emitbc_end(e);
  gc_root_restore(depth);
  return rc;
}

/** A loop whose body is long enough for 3-byte jumps both ways, with big line steps. */
function build_loop(m: ref, inner: ref): ref {
  const e: ref = emitbc_begin(m, q("loop"), SCOPE_FLAG_VARARGS, 1, 0, 0);
  const depth: u32 = gc_root_push(e);
  emitbc_arg_name(e, q("n"));
  emitbc_set_n_locals(e, 20);
  emitbc_add_cell(e, 17);
  emitbc_set_n_exc_stack(e, 1);
  const top: u32 = emitbc_new_label(e);
  const done: u32 = emitbc_new_label(e);
  const skip: u32 = emitbc_new_label(e);
  emitbc_set_source_line(e, 10);
  emitbc_label_assign(e, top);
  emitbc_load_fast(e, 0);
  emitbc_jump(e, Op.POP_JUMP_IF_FALSE, done);
  emitbc_set_source_line(e, 4000);
  for (let i: i32 = 0; i < 40; i++) {
    emitbc_load_const_small_int(e, (1000 + i) | 0);
    emitbc_store_fast(e, 19);
  }
  emitbc_load_fast(e, 19);
  emitbc_jump(e, Op.POP_JUMP_IF_TRUE, skip);
  emitbc_unwind_jump(e, done, 1, false);
  emitbc_label_assign(e, skip);
  emitbc_set_source_line(e, 4001);
  emitbc_load_fast(e, 0);
  emitbc_load_const_small_int(e, 1);
  emitbc_binary_op(e, 28, false);
  emitbc_store_fast(e, 0);
  emitbc_set_source_line(e, 4030);
  emitbc_jump(e, Op.JUMP, top);
  // Dead code: dropped, as MicroPython's emitter drops it.
  emitbc_op(e, Op.LOAD_CONST_TRUE);
  emitbc_op(e, Op.POP_TOP);
  emitbc_label_assign(e, done);
  emitbc_set_source_line(e, 70000);
  emitbc_op_uint(e, Op.LOAD_DEREF, 17);
  emitbc_make_closure(e, inner, 1, false);
  emitbc_op(e, Op.RETURN_VALUE);
  const rc: ref = emitbc_end(e);
  gc_root_restore(depth);
  return rc;
}

/** A generator closure: yield from the cell. */
function build_inner(m: ref): ref {
  const e: ref = emitbc_begin(m, q("inner"), 0, 0, 0, 0);
  const depth: u32 = gc_root_push(e);
  emitbc_set_n_locals(e, 1);
  emitbc_op_uint(e, Op.LOAD_DEREF, 0);
  emitbc_yield(e, false);
  emitbc_op(e, Op.POP_TOP);
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_op(e, Op.RETURN_VALUE);
  const rc: ref = emitbc_end(e);
  gc_root_restore(depth);
  return rc;
}

function load_obj(e: ref, o: obj): void {
  const depth: u32 = gc_root_push(o);
  emitbc_load_const_obj(e, o);
  emitbc_op(e, Op.POP_TOP);
  gc_root_restore(depth);
}

function decimal(text: string): obj {
  for (let i: u32 = 0; i < text.length; i++) store_u8(LINE - 256 + i, text.charCodeAt(i));
  return mpz_from_str(LINE - 256, text.length, 10);
}

function text_obj_bytes(text: string, complex: bool): obj {
  for (let i: u32 = 0; i < text.length; i++) store_u8(LINE - 256 + i, text.charCodeAt(i));
  return complex ? const_new_complex_text(LINE - 256, text.length) : const_new_bytes(LINE - 256, text.length);
}

/** Small ints at the edges of the one-byte form and of the var int lengths. */
const SMALL: readonly i32[] = [-16, 47, -17, 48, 63, 64, -64, -65, 0x3fff, 0x4000, 0x3fffffff, -0x40000000];

/** b'by\x00tes\xff' */
function bytes_with_nul_and_ff(): obj {
  const at: u32 = LINE - 512;
  store_u8(at, 98);
  store_u8(at + 1, 121);
  store_u8(at + 2, 0);
  store_u8(at + 3, 116);
  store_u8(at + 4, 101);
  store_u8(at + 5, 115);
  store_u8(at + 6, 0xff);
  return const_new_bytes(at, 7);
}

function build_module(): ref {
  const m: ref = emitbc_module_new(q("prog.py"));
  gc_root_push(m);
  const e: ref = emitbc_begin(m, q("<module>"), 0, 0, 0, 0);
  gc_root_push(e);
  emitbc_set_source_line(e, 1);
  emitbc_make_function(e, build_add(m), false);
  emitbc_op_qstr(e, Op.STORE_NAME, q("add"));
  emitbc_set_source_line(e, 2);
  for (let i: u32 = 0; i < SMALL.length; i++) {
    emitbc_load_const_small_int(e, SMALL[i]!);
    emitbc_op(e, Op.POP_TOP);
  }
  load_obj(e, str_from_literal("a str, with 'quotes'\n"));
  load_obj(e, str_from_literal("a str, with 'quotes'\n"));
  load_obj(e, bytes_with_nul_and_ff());
  load_obj(e, decimal("1267650600228229401496703205376"));
  load_obj(e, decimal("-1073741825"));
  load_obj(e, const_new_float(1.5));
  load_obj(e, const_new_float(1e100));
  load_obj(e, const_new_float(-0.0));
  load_obj(e, const_new_float(0.0));
  load_obj(e, const_new_float(0.1));
  load_obj(e, text_obj_bytes("(1+2j)", true));
  load_obj(e, OBJ_ELLIPSIS);
  const t: obj = tuple_new(3);
  const depth: u32 = gc_root_push(t);
  tuple_set(t, 0, new_qstr_obj(q("x")));
  tuple_set(t, 1, str_from_literal("tuple item"));
  tuple_set(t, 2, OBJ_ELLIPSIS);
  load_obj(e, t);
  gc_root_restore(depth);
  emitbc_load_const_str(e, q("print"));
  emitbc_op(e, Op.POP_TOP);
  emitbc_set_source_line(e, 300);
  emitbc_op_qstr(e, Op.LOAD_NAME, q("print"));
  emitbc_op_qstr(e, Op.LOAD_NAME, q("add"));
  emitbc_load_const_small_int(e, 2);
  emitbc_load_const_small_int(e, 3);
  emitbc_op_uint(e, Op.CALL_FUNCTION, 2);
  emitbc_op_uint(e, Op.CALL_FUNCTION, 1);
  emitbc_op(e, Op.POP_TOP);
  emitbc_unary_op(e, 1);
  const inner: ref = build_inner(m);
  const d2: u32 = gc_root_push(inner);
  emitbc_make_function(e, build_loop(m, inner), false);
  gc_root_restore(d2);
  emitbc_op_qstr(e, Op.STORE_NAME, q("loop"));
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_op(e, Op.RETURN_VALUE);
  emitbc_module_set_code(m, emitbc_end(e));
  return m;
}

function build_jumps(): ref {
  const m: ref = emitbc_module_new(q("j.py"));
  gc_root_push(m);
  const e: ref = emitbc_begin(m, q("<module>"), 0, 0, 0, 0);
  gc_root_push(e);
  const here: u32 = emitbc_new_label(e);
  const next: u32 = emitbc_new_label(e);
  const far: u32 = emitbc_new_label(e);
  const end: u32 = emitbc_new_label(e);
  emitbc_jump(e, Op.JUMP, next);
  emitbc_label_assign(e, next);
  emitbc_label_assign(e, here);
  emitbc_op(e, Op.LOAD_CONST_TRUE);
  emitbc_jump(e, Op.POP_JUMP_IF_FALSE, here);
  emitbc_op(e, Op.LOAD_CONST_TRUE);
  emitbc_jump(e, Op.POP_JUMP_IF_TRUE, far);
  for (let i: u32 = 0; i < 64; i++) emitbc_op(e, Op.DUP_TOP_TWO);
  for (let i: u32 = 0; i < 64; i++) emitbc_op(e, Op.POP_TOP);
  for (let i: u32 = 0; i < 64; i++) emitbc_op(e, Op.POP_TOP);
  emitbc_label_assign(e, far);
  emitbc_jump(e, Op.JUMP, here);
  emitbc_label_assign(e, end);
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_op(e, Op.RETURN_VALUE);
  emitbc_module_set_code(m, emitbc_end(e));
  return m;
}

// ---- commands ----

function show(m: ref): void {
  showbc_print(STDOUT, m, CompiledModule.rc.get(m));
}

/** Write m, print the hex; read it back, write again and compare; print both disassemblies' agreement. */
function roundtrip(m: ref): void {
  const a: ref = new_buffer();
  if (!mpy_write(m, a)) {
    print_str(STDOUT, "write failed\n");
    return;
  }
  print_str(STDOUT, "mpy ");
  print_vstr_hex(a);
  const first: ref = new_buffer();
  showbc_print(first, m, CompiledModule.rc.get(m));
  show(m);
  const back: ref = mpy_read(vstr_data(a), vstr_len(a));
  if (back === 0) {
    print_str(STDOUT, "read failed: ");
    print_str(STDOUT, mpy_status_message(mpy_status()));
    print_str(STDOUT, "\n");
    return;
  }
  gc_root_push(back);
  const b: ref = new_buffer();
  mpy_write(back, b);
  const same_bytes: bool = vstr_len(a) === vstr_len(b) && mem_equal(vstr_data(a), vstr_data(b), vstr_len(a));
  print_str(STDOUT, same_bytes ? "bytes same\n" : "bytes DIFFER\n");
  const second: ref = new_buffer();
  showbc_print(second, back, CompiledModule.rc.get(back));
  const same_text: bool = vstr_len(first) === vstr_len(second) && mem_equal(vstr_data(first), vstr_data(second), vstr_len(first));
  print_str(STDOUT, same_text ? "disassembly same\n" : "disassembly DIFFER\n");
  const same_tables: bool = CompiledModule.n_qstr.get(m) === CompiledModule.n_qstr.get(back) &&
    CompiledModule.n_obj.get(m) === CompiledModule.n_obj.get(back);
  print_str(STDOUT, same_tables ? "tables same\n" : "tables DIFFER\n");
}

function mem_equal(a: u32, b: u32, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) if (load_u8(a + i) !== load_u8(b + i)) return false;
  return true;
}

/** Every truncation must fail; every one-byte change must load or fail, never crash. */
function corrupt(): void {
  const m: ref = build_module();
  gc_root_push(m);
  const a: ref = new_buffer();
  mpy_write(m, a);
  const n: u32 = vstr_len(a);
  let failed: u32 = 0;
  let incompatible: u32 = 0;
  for (let len: u32 = 0; len < n; len++) {
    const depth: u32 = gc_root_depth();
    if (mpy_read(vstr_data(a), len) === 0) failed = (failed + 1) >>> 0;
    if (mpy_status() === MpyStatus.Incompatible) incompatible = (incompatible + 1) >>> 0;
    gc_root_restore(depth);
  }
  print_str(STDOUT, "truncations ");
  print_u32(STDOUT, n);
  print_str(STDOUT, " failed ");
  print_u32(STDOUT, failed);
  print_str(STDOUT, " incompatible ");
  print_u32(STDOUT, incompatible);
  print_str(STDOUT, "\n");
  let loaded: u32 = 0;
  let rejected: u32 = 0;
  const scratch: ref = new_buffer();
  for (let i: u32 = 0; i < n; i++) {
    for (let k: u32 = 0; k < 3; k++) {
      const data: u32 = vstr_data(a);
      const old: u32 = load_u8(data + i);
      store_u8(data + i, k === 0 ? old ^ 0xff : k === 1 ? old ^ 0x01 : old ^ 0x80);
      const depth: u32 = gc_root_depth();
      const back: ref = mpy_read(data, n);
      if (back === 0) {
        rejected = (rejected + 1) >>> 0;
      } else {
        // A changed file that loads must also disassemble and save.
        gc_root_push(back);
        vstr_reset(scratch);
        showbc_print(scratch, back, CompiledModule.rc.get(back));
        vstr_reset(scratch);
        mpy_write(back, scratch);
        loaded = (loaded + 1) >>> 0;
      }
      gc_root_restore(depth);
      store_u8(vstr_data(a) + i, old);
    }
  }
  print_str(STDOUT, "changes loaded ");
  print_u32(STDOUT, loaded);
  print_str(STDOUT, " rejected ");
  print_u32(STDOUT, rejected);
  print_str(STDOUT, "\n");
}

function hex_value(c: u32): u32 {
  return c <= 57 ? (c - 48) & 15 : (c - 87) & 15;
}

function read_hex(k: u32): void {
  const n: u32 = tok_len[k]! >>> 1;
  const buf: ref = new_buffer();
  for (let i: u32 = 0; i < n; i++) {
    const at: u32 = (tok_start[k]! + i * 2) >>> 0;
    store_u8(LINE - 1024 + i, (hex_value(load_u8(at)) << 4) | hex_value(load_u8(at + 1)));
  }
  const m: ref = mpy_read(LINE - 1024, n);
  if (m === 0) {
    print_str(STDOUT, "error: ");
    print_str(STDOUT, mpy_status_message(mpy_status()));
    print_str(STDOUT, "\n");
    return;
  }
  gc_root_push(m);
  show(m);
  vstr_reset(buf);
  mpy_write(m, buf);
  print_str(STDOUT, "mpy ");
  print_vstr_hex(buf);
}

function encoding(): void {
  const v: ref = new_buffer();
  if (word(0, "uint")) bc_put_uint(v, num(1) >>> 0);
  else if (word(0, "sint")) bc_put_sint(v, num(1));
  else if (word(0, "lines")) bc_put_lines(v, num(1) >>> 0, num(2) >>> 0);
  else if (word(0, "size")) bc_put_size(v, num(1) >>> 0, num(2) >>> 0);
  else bc_put_sig(v, num(1) >>> 0, num(2) >>> 0, num(3) >>> 0, num(4) >>> 0, num(5) >>> 0, num(6) >>> 0);
  print_vstr_hex(v);
}

function run_line(): void {
  if (word(0, "uint") || word(0, "sint") || word(0, "lines") || word(0, "size") || word(0, "sig")) encoding();
  else if (word(0, "minimal")) roundtrip(minimal_module());
  else if (word(0, "jumps")) roundtrip(build_jumps());
  else if (word(0, "build")) roundtrip(build_module());
  else if (word(0, "corrupt")) corrupt();
  else if (word(0, "read")) read_hex(1);
  else if (word(0, "stress")) gc_set_stress(num(1) !== 0);
  else if (word(0, "collections")) {
    print_u32(STDOUT, gc_collections());
    print_str(STDOUT, "\n");
  } else print_str(STDOUT, "unknown command\n");
}

export function pyx_main(): i32 {
  if (!runtime_init(1024 * 1024)) return 1;
  while (true) {
    const len: i32 = read_line();
    if (len < 0) break;
    split(len >>> 0);
    if (tokens === 0) continue;
    const depth: u32 = gc_root_depth();
    try {
      run_line();
    } catch (e) {
      caught(e);
      print_str(STDOUT, "exception\n");
    }
    gc_root_restore(depth);
  }
  return 0;
}
