// The methods of sys.stdin, sys.stdout and sys.stderr (core/objects/stream.ts):
// write(s) and flush() on the output streams, read([n]) and readline() on stdin, over
// the HAL's console. print(..., file=sys.stderr) reaches stderr through write.

import { utf8_seq_len } from "./chars.js";
import { type i32, type u32 } from "./subset/index.js";
import { gc_root_depth, gc_root_restore } from "./gc.js";
import { OBJ_NONE, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { raise_msg } from "./objects/exception.js";
import { stream_is, stream_fd, StreamFd } from "./objects/stream.js";
import { str_data, str_len, str_from_bytes } from "./objects/str.js";
import { str_is, str_char_len } from "./objects/str_ops.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { int_from_i32 } from "./objects/int.js";
import { vstr_data, vstr_len } from "./vstr.js";
import { print_str, print_byte, type Printer } from "./print.js";
import { arg, arg_or, arg_int } from "./builtins_args.js";

/** self as a stream open for fd's direction, else the error CPython gives. */
function stream_self(args: u32, reading: boolean): obj {
  const s: obj = arg(args, 0);
  if (!stream_is(s)) raise_msg(TypeId.TypeError, "descriptor requires a 'TextIOWrapper' object");
  const is_input: boolean = stream_fd(s) === StreamFd.Stdin;
  if (is_input !== reading) raise_msg(TypeId.OSError, reading ? "not readable" : "not writable");
  return s;
}

/** stream.write(s): the text to the console; the number of characters written. */
export function stream_m_write(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = stream_self(args, false);
  const text: obj = arg(args, 1);
  if (!str_is(text)) {
    const m: Printer = message_begin();
    print_str(m, "write() argument must be str, not ");
    message_type_name(m, text);
    message_raise(TypeId.TypeError, m);
  }
  const data: u32 = str_data(text);
  const len: u32 = str_len(text);
  if (stream_fd(s) === StreamFd.Stderr) hal_stderr_write(data, len);
  else hal_stdout_write(data, len);
  return int_from_i32(str_char_len(text) | 0);
}

/** stream.flush(): the HAL writes through, so there is nothing to flush. */
export function stream_m_flush(n_args: u32, n_kw: u32, args: u32): obj {
  stream_self(args, false);
  return OBJ_NONE;
}

/**
 * Reads characters from stdin into a str: at most `limit` of them (negative: no limit),
 * stopping after a newline when `line`, or at end of input.
 */
function stdin_read_text(limit: i32, line: boolean): obj {
  const depth: u32 = gc_root_depth();
  const p: Printer = message_begin();
  let count: i32 = 0;
  while (limit < 0 || count < limit) {
    const c: i32 = hal_stdin_read();
    if (c < 0) break;
    print_byte(p, c & 0xff);
    // A whole character: its continuation bytes come with it.
    for (let k: u32 = (utf8_seq_len(c & 0xff) - 1) >>> 0; k > 0; k--) {
      const d: i32 = hal_stdin_read();
      if (d < 0) break;
      print_byte(p, d & 0xff);
    }
    count = (count + 1) | 0;
    if (line && c === 0x0a) break;
  }
  const s: obj = str_from_bytes(vstr_data(p), vstr_len(p));
  gc_root_restore(depth);
  return s;
}

/** stdin.read([n]): n characters, or all up to end of input when n is missing, None or negative. */
export function stream_m_read(n_args: u32, n_kw: u32, args: u32): obj {
  stream_self(args, true);
  const n: obj = arg_or(n_args, args, 1, OBJ_NONE);
  return stdin_read_text(n === OBJ_NONE ? -1 : arg_int(n), false);
}

/** stdin.readline(): one line with its newline ('' at end of input). */
export function stream_m_readline(n_args: u32, n_kw: u32, args: u32): obj {
  stream_self(args, true);
  return stdin_read_text(-1, true);
}
