// The compiler for frozen modules: every module of a build compiled in one run, so that
// scripts/build/frozen.ts starts one process, not one per module.
//
//   freeze <name> <file> [<name> <file> ...]
//
// Each source is read from its file; the name is what its .mpy records as the file
// (tracebacks show it). Standard output gets, per module in order, its .mpy's length as
// 4 bytes (little-endian) then the .mpy bytes. A compile error is reported on standard
// error ("<name>: <exception line>") and the status is 1.

import { caught, store_u8, type i32, type u32, type ref } from "../subset/index.js";
import { runtime_init } from "../runtime.js";
import { gc_alloc, gc_root_push, gc_root_depth, gc_root_restore } from "../gc.js";
import { vstr_new, vstr_len, vstr_data, vstr_add_byte } from "../vstr.js";
import { qstr_from_bytes } from "../qstr.js";
import { print_str, STDERR } from "../print.js";
import { exception_print_line } from "../objects/exception.js";
import { mpy_write } from "../mpy.js";
import { compile_source, CompileMode } from "../compile.js";

const HEAP_BYTES: u32 = 16 * 1024 * 1024;

/** Argument i copied into a fresh rooted vstr; 0 when out of memory. */
function arg(i: i32): ref {
  const len: u32 = hal_arg_len(i);
  const v: ref = vstr_new(len + 1);
  if (v === 0) return 0;
  gc_root_push(v);
  for (let k: u32 = 0; k < len; k++) vstr_add_byte(v, 0);
  hal_arg_copy(i, vstr_data(v));
  return v;
}

/** Compile the module named by arguments i (name) and i + 1 (file) and write it out; false on failure. */
function freeze_one(i: i32): boolean {
  const depth: u32 = gc_root_depth();
  const name: ref = arg(i);
  const file: ref = arg((i + 1) | 0);
  if (name === 0 || file === 0) {
    print_str(STDERR, "freeze: out of memory\n");
    return false;
  }
  const size: i32 = hal_file_size(vstr_data(file), vstr_len(file));
  const src: ref = size < 0 ? 0 : gc_alloc((size >>> 0) + 1);
  if (size < 0 || src === 0) {
    hal_stderr_write(vstr_data(file), vstr_len(file));
    print_str(STDERR, size < 0 ? ": can't read the file\n" : ": does not fit in the heap\n");
    return false;
  }
  gc_root_push(src);
  if (hal_file_read(vstr_data(file), vstr_len(file), 0, src, size >>> 0) !== size) {
    hal_stderr_write(vstr_data(file), vstr_len(file));
    print_str(STDERR, ": can't read the file\n");
    return false;
  }
  try {
    const q: u32 = qstr_from_bytes(vstr_data(name), vstr_len(name));
    const cm: ref = compile_source(src, size >>> 0, q, CompileMode.File);
    gc_root_push(cm);
    const out: ref = vstr_new(1024);
    if (out === 0) {
      print_str(STDERR, "freeze: out of memory\n");
      return false;
    }
    gc_root_push(out);
    if (!mpy_write(cm, out)) {
      print_str(STDERR, "freeze: out of memory\n");
      return false;
    }
    const header: ref = gc_alloc(4);
    if (header === 0) {
      print_str(STDERR, "freeze: out of memory\n");
      return false;
    }
    const n: u32 = vstr_len(out);
    for (let k: u32 = 0; k < 4; k++) store_u8(header + k, (n >>> (k * 8)) & 0xff);
    hal_stdout_write(header, 4);
    hal_stdout_write(vstr_data(out), n);
  } catch (e) {
    const exc: u32 = caught(e);
    hal_stderr_write(vstr_data(name), vstr_len(name));
    print_str(STDERR, ": ");
    exception_print_line(STDERR, exc);
    print_str(STDERR, "\n");
    return false;
  }
  gc_root_restore(depth);
  return true;
}

export function pyx_main(): i32 {
  const argc: i32 = hal_argc();
  if (argc < 3 || (argc & 1) === 0) {
    print_str(STDERR, "usage: freeze <name> <file> [<name> <file> ...]\n");
    return 2;
  }
  if (!runtime_init(HEAP_BYTES)) {
    print_str(STDERR, "freeze: the heap does not fit in the arena\n");
    return 1;
  }
  for (let i: i32 = 1; i < argc; i = (i + 2) | 0) {
    if (!freeze_one(i)) return 1;
  }
  hal_stdout_flush();
  return 0;
}
