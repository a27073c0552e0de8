// The compiler through one program (tests/core/compile.test.ts). Standard input is a series
// of cases, each starting with a header line, its source lines following up to the next
// header (or the end):
//
//   @@ show file|single|eval     the disassembly of every function (core/showbc.ts)
//   @@ check file|single|eval    just "ok" when it compiles (the corpus)
//   @@ mpy                       the .mpy bytes in hex, then "roundtrip ok" when reading them
//                                back and writing them again gives the same bytes
//   @@ stress 0|1                collect at every allocation from now on
//
// A SyntaxError prints "SyntaxError: <msg> @<line>:<col>"; any other exception its last
// traceback line.

import { load_u8, store_u8, caught, type i32, type u32, type bool, type ref } from "../../../core/subset/index.js";
import { runtime_init } from "../../../core/runtime.js";
import { gc_set_stress, gc_root_push, gc_root_depth, gc_root_restore } from "../../../core/gc.js";
import { vstr_new, vstr_len, vstr_data } from "../../../core/vstr.js";
import { qstr_from_str } from "../../../core/qstr.js";
import { print_str, print_u32, STDOUT } from "../../../core/print.js";
import { type obj } from "../../../core/obj.js";
import { exception_print_line, exception_type_id } from "../../../core/objects/exception.js";
import { TypeId } from "../../../core/objects/type.js";
import { str_data, str_len } from "../../../core/objects/str.js";
import { syntax_error_msg, syntax_error_line, syntax_error_col } from "../../../core/syntax_error.js";
import { showbc_print } from "../../../core/showbc.js";
import { mpy_write, mpy_read } from "../../../core/mpy.js";
import { CompiledModule } from "../../../core/rawcode.js";
import { compile_source, CompileMode } from "../../../core/compile.js";

/** Where the whole input is kept (arena memory above the heap). */
const INPUT: u32 = 0x800000;
const INPUT_MAX: u32 = 0x400000;
const HEX: string = "0123456789abcdef";
let input_len: u32 = 0;

function read_all(): void {
  input_len = 0;
  while (input_len < INPUT_MAX) {
    const c: i32 = hal_stdin_read();
    if (c < 0) break;
    store_u8(INPUT + input_len, c);
    input_len = (input_len + 1) >>> 0;
  }
}

function starts_with(at: u32, end: u32, s: string): bool {
  if (((end - at) >>> 0) < s.length) return false;
  for (let i: u32 = 0; i < s.length; i++) if (load_u8(at + i) !== s.charCodeAt(i)) return false;
  return true;
}

function line_end(at: u32): u32 {
  let p: u32 = at;
  while (p < ((INPUT + input_len) >>> 0) && load_u8(p) !== 10) p = (p + 1) >>> 0;
  return p;
}

function print_hex(addr: u32, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    const b: u32 = load_u8(addr + i);
    store_u8(INPUT - 4, HEX.charCodeAt(b >>> 4));
    store_u8(INPUT - 3, HEX.charCodeAt(b & 15));
    hal_stdout_write(INPUT - 4, 2);
  }
}

function report(exc: obj): void {
  if (exception_type_id(exc) === TypeId.SyntaxError || exception_type_id(exc) === TypeId.IndentationError) {
    print_str(STDOUT, exception_type_id(exc) === TypeId.SyntaxError ? "SyntaxError: " : "IndentationError: ");
    const m: obj = syntax_error_msg(exc);
    hal_stdout_write(str_data(m), str_len(m));
    print_str(STDOUT, " @");
    print_u32(STDOUT, syntax_error_line(exc));
    print_str(STDOUT, ":");
    print_u32(STDOUT, syntax_error_col(exc));
    print_str(STDOUT, "\n");
  } else {
    exception_print_line(STDOUT, exc);
    print_str(STDOUT, "\n");
  }
}

function mode_of(at: u32, end: u32): CompileMode {
  if (starts_with(at, end, "single")) return CompileMode.Single;
  if (starts_with(at, end, "eval")) return CompileMode.Eval;
  return CompileMode.File;
}

function run_mpy(cm: ref): void {
  const a: ref = vstr_new(256);
  gc_root_push(a);
  if (!mpy_write(cm, a)) {
    print_str(STDOUT, "mpy_write failed\n");
    return;
  }
  print_hex(vstr_data(a), vstr_len(a));
  print_str(STDOUT, "\n");
  const back: ref = mpy_read(vstr_data(a), vstr_len(a));
  if (back === 0) {
    print_str(STDOUT, "mpy_read failed\n");
    return;
  }
  gc_root_push(back);
  const b: ref = vstr_new(256);
  gc_root_push(b);
  if (!mpy_write(back, b)) {
    print_str(STDOUT, "mpy_write failed\n");
    return;
  }
  let same: bool = vstr_len(a) === vstr_len(b);
  for (let i: u32 = 0; same && i < vstr_len(a); i++) same = load_u8(vstr_data(a) + i) === load_u8(vstr_data(b) + i);
  print_str(STDOUT, same ? "roundtrip ok\n" : "roundtrip differs\n");
}

/** One case: header at [h, h_end), source at [src, src_end). */
function run_case(h: u32, h_end: u32, src: u32, src_end: u32): void {
  const cmd: u32 = (h + 3) >>> 0;
  if (starts_with(cmd, h_end, "stress")) {
    gc_set_stress(load_u8(cmd + 7) === 49);
    return;
  }
  const show: bool = starts_with(cmd, h_end, "show");
  const mpy: bool = starts_with(cmd, h_end, "mpy");
  const how: CompileMode = mpy ? CompileMode.File : mode_of((cmd + (show ? 5 : 6)) >>> 0, h_end);
  const depth: u32 = gc_root_depth();
  try {
    const cm: ref = compile_source(src, (src_end - src) >>> 0, qstr_from_str("t.py"), how);
    gc_root_push(cm);
    if (show) showbc_print(STDOUT, cm, CompiledModule.rc.get(cm));
    else if (mpy) run_mpy(cm);
    else print_str(STDOUT, "ok\n");
  } catch (e) {
    report(caught(e));
  }
  gc_root_restore(depth);
}

export function pyx_main(): i32 {
  if (!runtime_init(4 * 1024 * 1024)) return 1;
  read_all();
  const end: u32 = (INPUT + input_len) >>> 0;
  let p: u32 = INPUT;
  while (p < end) {
    if (!starts_with(p, end, "@@ ")) {
      p = (line_end(p) + 1) >>> 0;
      continue;
    }
    const h_end: u32 = line_end(p);
    const src: u32 = h_end < end ? (h_end + 1) >>> 0 : end;
    let q: u32 = src;
    while (q < end && !starts_with(q, end, "@@ ")) q = (line_end(q) + 1) >>> 0;
    const src_end: u32 = q > end ? end : q;
    print_str(STDOUT, "== ");
    hal_stdout_write((p + 3) >>> 0, (h_end - p - 3) >>> 0);
    print_str(STDOUT, "\n");
    run_case(p, h_end, src, src_end);
    p = q;
  }
  return 0;
}
