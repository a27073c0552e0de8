// SyntaxError and IndentationError with a position, as the parser raises them. The
// exception's args are CPython's: (msg, (filename, lineno, offset, text)), with filename
// and text None for now (the compiler will fill in the file name). The message is built
// in a fixed buffer first, so that messages with a line number ("... on line 3") need no
// formatting machinery and nothing is allocated until the exception itself.

import { gc_alloc, gc_root_push, gc_root_restore } from "./gc.js";
import { OBJ_NONE, new_small_int, type obj } from "./obj.js";
import { store_u8, type u32, type ref, type bool } from "./subset/index.js";
import { TypeId } from "./objects/type.js";
import { exception_new, exception_args, raise_memory_error } from "./objects/exception.js";
import { str_from_bytes } from "./objects/str.js";
import { tuple_new, tuple_set, tuple_get } from "./objects/tuple.js";
import { raise } from "./subset/index.js";

/** Longest message kept (longer ones are cut: CPython's are all far shorter). */
const MSG_MAX: u32 = 200;
const msg_buf = new Uint8Array(MSG_MAX);
let msg_len: u32 = 0;

/** Start a message. */
export function syntax_msg_begin(): void {
  msg_len = 0;
}

function add_byte(b: u32): void {
  if (msg_len < MSG_MAX) {
    msg_buf[msg_len] = b;
    msg_len = (msg_len + 1) >>> 0;
  }
}

export function syntax_msg_add(s: string): void {
  for (let i: u32 = 0; i < s.length; i++) add_byte(s.charCodeAt(i));
}

export function syntax_msg_add_u32(v: u32): void {
  let div: u32 = 1000000000;
  let started: bool = false;
  for (let i: u32 = 0; i < 10; i++) {
    const d: u32 = ((v / div) >>> 0) % 10;
    if (d !== 0 || started || div === 1) {
      add_byte((48 + d) >>> 0);
      started = true;
    }
    div = (div / 10) >>> 0;
  }
}

/** Raise the message built so far as a SyntaxError (or IndentationError) at line:col. */
export function syntax_msg_raise(id: TypeId, line: u32, col: u32): never {
  const tmp: ref = gc_alloc(msg_len);
  if (tmp === 0) raise_memory_error();
  const depth: u32 = gc_root_push(tmp);
  for (let i: u32 = 0; i < msg_len; i++) store_u8((tmp + i) >>> 0, msg_buf[i]!);
  const msg: obj = str_from_bytes(tmp, msg_len);
  gc_root_push(msg);
  const details: obj = tuple_new(4);
  tuple_set(details, 0, OBJ_NONE);
  tuple_set(details, 1, new_small_int(line & 0x3fffffff));
  tuple_set(details, 2, new_small_int(col & 0x3fffffff));
  tuple_set(details, 3, OBJ_NONE);
  gc_root_push(details);
  const args: obj = tuple_new(2);
  tuple_set(args, 0, msg);
  tuple_set(args, 1, details);
  gc_root_push(args);
  const e: obj = exception_new(id, args);
  gc_root_restore(depth);
  raise(e);
}

/** Raise SyntaxError (or IndentationError) msg at line:col. */
export function raise_syntax_error(id: TypeId, msg: string, line: u32, col: u32): never {
  syntax_msg_begin();
  syntax_msg_add(msg);
  syntax_msg_raise(id, line, col);
}

/** The message of an exception syntax_msg_raise made. */
export function syntax_error_msg(e: obj): obj {
  return tuple_get(exception_args(e), 0);
}

/** Its line (lineno). */
export function syntax_error_line(e: obj): u32 {
  return (tuple_get(tuple_get(exception_args(e), 1), 1) >>> 1) >>> 0;
}

/** Its column (offset, 1-based). */
export function syntax_error_col(e: obj): u32 {
  return (tuple_get(tuple_get(exception_args(e), 1), 2) >>> 1) >>> 0;
}
