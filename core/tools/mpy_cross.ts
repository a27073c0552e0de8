// The compiler as a tool: `pyxis mpy-cross` (scripts/commands/mpy_cross.ts) runs this
// program with the source on standard input and gets the .mpy bytes on standard output.
//
//   mpy_cross <source name> <optimisation level>
//
// The source name is what the .mpy records as the file (tracebacks show it). A compile
// error is reported on standard error as mpy-cross reports it (the traceback header, the
// file and line, the exception) and the status is 1.

import { caught, load_u8, type i32, type u32, type ref } from "../subset/index.js";
import { runtime_init } from "../runtime.js";
import { gc_root_push } from "../gc.js";
import { vstr_new, vstr_len, vstr_data, vstr_add_byte } from "../vstr.js";
import { qstr_from_bytes } from "../qstr.js";
import { print_str, print_u32, STDERR } from "../print.js";
import { type obj } from "../obj.js";
import { exception_print_line, exception_type_id } from "../objects/exception.js";
import { TypeId } from "../objects/type.js";
import { syntax_error_line, syntax_error_msg } from "../syntax_error.js";
import { str_data, str_len } from "../objects/str.js";
import { mpy_write } from "../mpy.js";
import { compile_source, compile_set_opt_level, CompileMode } from "../compile.js";

const HEAP_BYTES: u32 = 16 * 1024 * 1024;

/** Argument i copied into a fresh vstr. */
function arg(i: i32): ref {
  const len: u32 = hal_arg_len(i);
  const v: ref = vstr_new(len + 1);
  if (v === 0) return 0;
  gc_root_push(v);
  for (let k: u32 = 0; k < len; k++) vstr_add_byte(v, 0);
  hal_arg_copy(i, vstr_data(v));
  return v;
}

function report(exc: obj, name: ref): void {
  print_str(STDERR, "Traceback (most recent call last):\n  File \"");
  hal_stderr_write(vstr_data(name), vstr_len(name));
  print_str(STDERR, "\"");
  const id: u32 = exception_type_id(exc);
  if (id === TypeId.SyntaxError || id === TypeId.IndentationError) {
    print_str(STDERR, ", line ");
    print_u32(STDERR, syntax_error_line(exc));
    print_str(STDERR, id === TypeId.SyntaxError ? "\nSyntaxError: " : "\nIndentationError: ");
    const msg: obj = syntax_error_msg(exc);
    hal_stderr_write(str_data(msg), str_len(msg));
    print_str(STDERR, "\n");
    return;
  }
  print_str(STDERR, "\n");
  exception_print_line(STDERR, exc);
  print_str(STDERR, "\n");
}

export function pyx_main(): i32 {
  if (hal_argc() !== 3) {
    print_str(STDERR, "usage: mpy_cross <source name> <optimisation level>\n");
    return 2;
  }
  if (!runtime_init(HEAP_BYTES)) {
    print_str(STDERR, "mpy-cross: the heap does not fit in the arena\n");
    return 1;
  }
  const name: ref = arg(1);
  const level: ref = arg(2);
  const src: ref = vstr_new(4096);
  if (name === 0 || level === 0 || src === 0) {
    print_str(STDERR, "mpy-cross: out of memory\n");
    return 1;
  }
  gc_root_push(src);
  while (true) {
    const c: i32 = hal_stdin_read();
    if (c < 0) break;
    if (!vstr_add_byte(src, c & 0xff)) {
      print_str(STDERR, "mpy-cross: the source does not fit in the heap\n");
      return 1;
    }
  }
  let opt: u32 = 0;
  for (let i: u32 = 0; i < vstr_len(level); i++) opt = (opt * 10 + (load_digit(vstr_data(level) + i))) >>> 0;
  compile_set_opt_level(opt);
  try {
    const file: u32 = qstr_from_bytes(vstr_data(name), vstr_len(name));
    const cm: ref = compile_source(vstr_data(src), vstr_len(src), file, CompileMode.File);
    gc_root_push(cm);
    const out: ref = vstr_new(1024);
    if (out === 0) {
      print_str(STDERR, "mpy-cross: out of memory\n");
      return 1;
    }
    gc_root_push(out);
    if (!mpy_write(cm, out)) {
      print_str(STDERR, "mpy-cross: out of memory\n");
      return 1;
    }
    hal_stdout_write(vstr_data(out), vstr_len(out));
    hal_stdout_flush();
    return 0;
  } catch (e) {
    report(caught(e), name);
    return 1;
  }
}

function load_digit(addr: u32): u32 {
  const c: u32 = load_u8(addr);
  return c >= 48 && c <= 57 ? (c - 48) >>> 0 : 0;
}
