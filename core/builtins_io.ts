// The methods of the io streams (core/objects/iostream.ts): read, readinto, readline,
// readlines, write, seek, tell, flush, close, getvalue, __enter__/__exit__ and
// iteration, for StringIO/BytesIO in memory and for files over the VFS; and open().
// Reading a file goes by chunks; a read that stops inside a chunk (a line, n
// characters) seeks back over the rest, so files must be seekable (regular files).

import { load_u8, load_u32, store_u8, mem_copy, type i32, type u32, type bool } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth } from "./gc.js";
import { OBJ_NONE, OBJ_NULL, OBJ_STOP_ITERATION, new_small_int, bool_obj, is_small_int, qstr_of, type obj } from "./obj.js";
import { qstr_data, qstr_len } from "./qstr.js";
import { TypeId } from "./objects/type.js";
import { raise_msg, raise_memory_error } from "./objects/exception.js";
import { IoObj, IoFlag, io_new, io_is } from "./objects/iostream.js";
import { str_data, str_len, str_from_bytes } from "./objects/str.js";
import { str_is, str_char_len } from "./objects/str_ops.js";
import {
  ByteArrayObj, buffer_get, raise_not_buffer, buffer_data, buffer_len, bytes_from_data, bytearray_set_len, bytearray_splice, bytearray_is,
} from "./objects/bytes.js";
import { memoryview_is, memoryview_data, memoryview_len, memoryview_readonly } from "./objects/memoryview.js";
import { list_new, list_append } from "./objects/list.js";
import { int_from_i32, int_is } from "./objects/int.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { vstr_data, vstr_len } from "./vstr.js";
import { print_str, print_bytes, type Printer } from "./print.js";
import { arg, arg_or, arg_int, kw_arg } from "./builtins_args.js";
import { Q } from "./qstr_static.js";
import { Errno, raise_os_error } from "./os_error.js";
import { vfs_open, vfs_close, vfs_read, vfs_write, vfs_seek, vfs_exists, OpenFlag } from "./vfs.js";
import { array_is } from "./objects/array.js";

/** Bytes read from a file per HAL call. */
const CHUNK: u32 = 256;
/** st_mode's file type bits, and a directory's (S_IFMT, S_IFDIR). */
const S_IFMT: u32 = 0xf000;
const S_IFDIR: u32 = 0x4000;

// ---- self ----

/** args[0] as an open stream: TypeError when it is not one, ValueError when closed. */
function io_self(args: u32): obj {
  const s: obj = arg(args, 0);
  if (!io_is(s)) raise_msg(TypeId.TypeError, "descriptor requires an 'io' stream object");
  if ((IoObj.flags.get(s) & IoFlag.Closed) !== 0) raise_msg(TypeId.ValueError, "I/O operation on closed file.");
  return s;
}

function is_memory(s: obj): bool {
  return (IoObj.flags.get(s) & IoFlag.Memory) !== 0;
}

function is_text(s: obj): bool {
  return (IoObj.flags.get(s) & IoFlag.Text) !== 0;
}

function need(s: obj, flag: IoFlag): void {
  if ((IoObj.flags.get(s) & flag) === 0) {
    // CPython's io.UnsupportedOperation is an OSError.
    raise_msg(TypeId.OSError, flag === IoFlag.Readable ? "not readable" : "not writable");
  }
}

// ---- scanning: where a read stops ----

/** Characters (text) or bytes taken so far by the read being scanned, and whether it is complete. */
let scan_count: i32 = 0;
let scan_done: bool = false;

/**
 * How many of the n bytes at data the read takes: at most `limit` characters (text) or
 * bytes (negative: no limit), up to and including a newline when `line`. A character's
 * continuation bytes go with it. Sets scan_done when the read needs nothing more.
 */
function scan(data: u32, n: u32, limit: i32, line: bool, text: bool): u32 {
  for (let i: u32 = 0; i < n; i++) {
    const b: u32 = load_u8(data + i);
    if (text && (b & 0xc0) === 0x80) continue; // the rest of the character already counted
    if (limit >= 0 && scan_count >= limit) {
      scan_done = true;
      return i;
    }
    scan_count = (scan_count + 1) | 0;
    if (line && b === 0x0a) {
      scan_done = true;
      return (i + 1) >>> 0;
    }
  }
  return n;
}

/** The stream's kind of result (str or bytes) for the n bytes at data (rooted by the caller). */
function result_of(s: obj, data: u32, n: u32): obj {
  return is_text(s) ? str_from_bytes(data, n) : bytes_from_data(TypeId.bytes, data, n);
}

/** Read as scan() describes, from the stream's position: a str or bytes ('' at the end). */
function io_read_some(s: obj, limit: i32, line: bool): obj {
  need(s, IoFlag.Readable);
  scan_count = 0;
  scan_done = false;
  const text: bool = is_text(s);
  if (is_memory(s)) {
    const buf: obj = IoObj.buf.get(s);
    const len: u32 = ByteArrayObj.len.get(buf);
    const pos: u32 = IoObj.pos.get(s);
    if (pos >= len) return result_of(s, 0, 0);
    const take: u32 = scan((ByteArrayObj.data.get(buf) + pos) >>> 0, (len - pos) >>> 0, limit, line, text);
    IoObj.pos.set(s, (pos + take) >>> 0);
    return result_of(s, (ByteArrayObj.data.get(buf) + pos) >>> 0, take);
  }
  const depth: u32 = gc_root_depth();
  const out: Printer = message_begin();
  const chunk: u32 = gc_alloc(CHUNK);
  if (chunk === 0) raise_memory_error();
  gc_root_push(chunk);
  const h: i32 = IoObj.handle.get(s);
  for (;;) {
    let want: u32 = CHUNK;
    // Binary reads of n bytes ask for no more than that.
    if (!text && limit >= 0) {
      if (scan_count >= limit) break;
      const left: u32 = (limit - scan_count) >>> 0;
      if (left < want) want = left;
    }
    const got: u32 = vfs_read(h, chunk, want);
    if (got === 0) break;
    const take: u32 = scan(chunk, got, limit, line, text);
    print_bytes(out, chunk, take);
    if (take < got) vfs_seek(h, (take - got) | 0, 1);
    if (scan_done) break;
  }
  const r: obj = result_of(s, vstr_data(out), vstr_len(out));
  gc_root_restore(depth);
  return r;
}

// ---- reading ----

/** read([n]): n characters (text) or bytes, or everything to the end without n or for None/negative. */
export function io_m_read(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = io_self(args);
  const n: obj = arg_or(n_args, args, 1, OBJ_NONE);
  return io_read_some(s, n === OBJ_NONE ? -1 : arg_int(n), false);
}

/** readline([size]): one line with its newline ('' at the end), at most size long. */
export function io_m_readline(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = io_self(args);
  const n: obj = arg_or(n_args, args, 1, OBJ_NONE);
  return io_read_some(s, n === OBJ_NONE ? -1 : arg_int(n), true);
}

/** readlines(): the remaining lines, as a list. */
export function io_m_readlines(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = io_self(args);
  const lines: obj = list_new(0);
  const depth: u32 = gc_root_push(lines);
  for (;;) {
    const line: obj = io_read_some(s, -1, true);
    if (str_len(line) === 0) break;
    list_append(lines, line);
  }
  gc_root_restore(depth);
  return lines;
}

/** readinto(b): fill the writable buffer b (bytearray, array, memoryview) from a binary stream: the count. */
export function io_m_readinto(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = io_self(args);
  need(s, IoFlag.Readable);
  const b: obj = arg(args, 1);
  let dest: u32 = 0;
  let room: u32 = 0;
  if (bytearray_is(b) || array_is(b)) {
    // An array's layout starts as a bytearray's.
    dest = ByteArrayObj.data.get(b);
    room = ByteArrayObj.len.get(b);
  } else if (memoryview_is(b) && !memoryview_readonly(b)) {
    dest = memoryview_data(b);
    room = memoryview_len(b);
  } else {
    const m: Printer = message_begin();
    print_str(m, "readinto() argument must be read-write bytes-like object, not ");
    message_type_name(m, b);
    message_raise(TypeId.TypeError, m);
  }
  if (is_memory(s)) {
    const buf: obj = IoObj.buf.get(s);
    const len: u32 = ByteArrayObj.len.get(buf);
    const pos: u32 = IoObj.pos.get(s);
    const left: u32 = pos >= len ? 0 : (len - pos) >>> 0;
    const n: u32 = left < room ? left : room;
    mem_copy(dest, ByteArrayObj.data.get(buf) + pos, n);
    IoObj.pos.set(s, (pos + n) >>> 0);
    return int_from_i32(n | 0);
  }
  let done: u32 = 0;
  while (done < room) {
    const got: u32 = vfs_read(IoObj.handle.get(s), (dest + done) >>> 0, (room - done) >>> 0);
    if (got === 0) break;
    done = (done + got) >>> 0;
  }
  return int_from_i32(done | 0);
}

/** Iterating a stream gives its lines. OBJ_STOP_ITERATION at the end. */
export function io_iternext(s: obj): obj {
  if ((IoObj.flags.get(s) & IoFlag.Closed) !== 0) raise_msg(TypeId.ValueError, "I/O operation on closed file.");
  const line: obj = io_read_some(s, -1, true);
  return str_len(line) === 0 ? OBJ_STOP_ITERATION : line;
}

// ---- writing ----

/** write(data): a str to a text stream, a bytes-like object to a binary one: the characters or bytes written. */
export function io_m_write(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = io_self(args);
  need(s, IoFlag.Writable);
  const data: obj = arg(args, 1);
  let src: u32 = 0;
  let n: u32 = 0;
  let written: u32 = 0;
  if (is_text(s)) {
    if (!str_is(data)) {
      const m: Printer = message_begin();
      print_str(m, "write() argument must be str, not ");
      message_type_name(m, data);
      message_raise(TypeId.TypeError, m);
    }
    src = str_data(data);
    n = str_len(data);
    written = str_char_len(data);
  } else {
    if (!buffer_get(data)) raise_not_buffer(data);
    src = buffer_data();
    n = buffer_len();
    written = n;
  }
  if (is_memory(s)) {
    const buf: obj = IoObj.buf.get(s);
    const len: u32 = ByteArrayObj.len.get(buf);
    const pos: u32 = IoObj.pos.get(s);
    // Writing past the end fills the gap with zero bytes, as a file does.
    if (pos > len) {
      bytearray_set_len(buf, pos);
      const data_at: u32 = ByteArrayObj.data.get(buf);
      for (let k: u32 = len; k < pos; k++) store_u8(data_at + k, 0);
    }
    const cur: u32 = ByteArrayObj.len.get(buf);
    const after: u32 = (cur - pos) >>> 0;
    const over: u32 = after < n ? after : n;
    bytearray_splice(buf, pos, over, src, n);
    IoObj.pos.set(s, (pos + n) >>> 0);
    return int_from_i32(written | 0);
  }
  let done: u32 = 0;
  while (done < n) done = (done + vfs_write(IoObj.handle.get(s), (src + done) >>> 0, (n - done) >>> 0)) >>> 0;
  return int_from_i32(written | 0);
}

/** flush(): writes go straight to the file system, so there is nothing to flush. */
export function io_m_flush(n_args: u32, n_kw: u32, args: u32): obj {
  io_self(args);
  return OBJ_NONE;
}

// ---- position ----

/** seek(offset[, whence]): whence 0 from the start, 1 from the position, 2 from the end; the new position. */
export function io_m_seek(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = io_self(args);
  const offset: i32 = arg_int(arg(args, 1));
  const whence: i32 = arg_int(arg_or(n_args, args, 2, new_small_int(0)));
  if (whence < 0 || whence > 2) raise_msg(TypeId.ValueError, "invalid whence");
  if (!is_memory(s)) return int_from_i32(vfs_seek(IoObj.handle.get(s), offset, whence) | 0);
  if (whence === 0 && offset < 0) raise_msg(TypeId.ValueError, "negative seek position");
  const len: u32 = ByteArrayObj.len.get(IoObj.buf.get(s));
  const base: i32 = whence === 0 ? 0 : whence === 1 ? IoObj.pos.get(s) | 0 : len | 0;
  let target: i32 = (base + offset) | 0;
  if (target < 0) target = 0; // before the start: the start, as MicroPython
  IoObj.pos.set(s, target >>> 0);
  return int_from_i32(target);
}

/** tell(): the position, in bytes. */
export function io_m_tell(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = io_self(args);
  if (is_memory(s)) return int_from_i32(IoObj.pos.get(s) | 0);
  return int_from_i32(vfs_seek(IoObj.handle.get(s), 0, 1) | 0);
}

// ---- the rest ----

/** close(): closes a file; a memory stream drops its contents. Closing twice does nothing. */
export function io_m_close(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = arg(args, 0);
  if (!io_is(s)) raise_msg(TypeId.TypeError, "descriptor requires an 'io' stream object");
  const flags: u32 = IoObj.flags.get(s);
  if ((flags & IoFlag.Closed) !== 0) return OBJ_NONE;
  IoObj.flags.set(s, flags | IoFlag.Closed);
  if ((flags & IoFlag.Memory) !== 0) IoObj.buf.set(s, OBJ_NULL);
  else vfs_close(IoObj.handle.get(s));
  return OBJ_NONE;
}

/** getvalue(): a memory stream's whole contents. */
export function io_m_getvalue(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = io_self(args);
  if (!is_memory(s)) raise_msg(TypeId.AttributeError, "'TextIOWrapper' object has no attribute 'getvalue'");
  const buf: obj = IoObj.buf.get(s);
  return result_of(s, ByteArrayObj.data.get(buf), ByteArrayObj.len.get(buf));
}

/** __enter__(): the stream itself. */
export function io_m_enter(n_args: u32, n_kw: u32, args: u32): obj {
  return io_self(args);
}

/** __exit__(*exc): close. */
export function io_m_exit(n_args: u32, n_kw: u32, args: u32): obj {
  return io_m_close(1, 0, args);
}

/** The closed attribute. */
export function io_closed(s: obj): obj {
  return bool_obj((IoObj.flags.get(s) & IoFlag.Closed) !== 0);
}

// ---- construction ----

/** StringIO([initial]) and BytesIO([initial]): a memory stream holding initial, at position 0.
 *  An int initial value is a size hint (MicroPython's), giving an empty stream. */
export function io_make(id: TypeId, n_args: u32, n_kw: u32, args: u32): obj {
  if (n_kw !== 0) raise_msg(TypeId.TypeError, "function doesn't take keyword arguments");
  if (n_args > 1) raise_msg(TypeId.TypeError, "function expected at most 1 arguments");
  const text: bool = id === TypeId.StringIO;
  const s: obj = io_new(id, IoFlag.Readable | IoFlag.Writable | IoFlag.Memory | (text ? IoFlag.Text : 0), -1);
  if (n_args === 0) return s;
  const initial: obj = arg(args, 0);
  if (initial === OBJ_NONE || (!str_is(initial) && is_int_like(initial))) return s;
  let src: u32 = 0;
  let n: u32 = 0;
  if (text) {
    if (!str_is(initial)) {
      const m: Printer = message_begin();
      print_str(m, "initial_value must be str or None, not ");
      message_type_name(m, initial);
      message_raise(TypeId.TypeError, m);
    }
    src = str_data(initial);
    n = str_len(initial);
  } else {
    if (!buffer_get(initial)) raise_not_buffer(initial);
    src = buffer_data();
    n = buffer_len();
  }
  const depth: u32 = gc_root_push(s);
  bytearray_splice(IoObj.buf.get(s), 0, 0, src, n);
  gc_root_restore(depth);
  return s;
}

function is_int_like(o: obj): bool {
  return is_small_int(o) || int_is(o);
}

// ---- open() ----

/** The OpenFlag bits and IoFlag bits that mode string m asks for; ValueError for a bad mode. */
let mode_open: u32 = 0;
let mode_io: u32 = 0;

function parse_mode(m: obj): void {
  if (!str_is(m)) {
    const p: Printer = message_begin();
    print_str(p, "open() argument 'mode' must be str, not ");
    message_type_name(p, m);
    message_raise(TypeId.TypeError, p);
  }
  const data: u32 = str_data(m);
  const len: u32 = str_len(m);
  let kind: u32 = 0; // 'r', 'w', 'a' or 'x'
  let plus: bool = false;
  let binary: bool = false;
  let text: bool = false;
  let bad: bool = false;
  for (let i: u32 = 0; i < len; i++) {
    const c: u32 = load_u8(data + i);
    if (c === 0x72 || c === 0x77 || c === 0x61 || c === 0x78) { // r w a x
      if (kind !== 0) bad = true;
      kind = c;
    } else if (c === 0x2b) { // +
      if (plus) bad = true;
      plus = true;
    } else if (c === 0x62) { // b
      if (binary) bad = true;
      binary = true;
    } else if (c === 0x74) { // t
      if (text) bad = true;
      text = true;
    } else {
      bad = true;
    }
  }
  if (binary && text) raise_msg(TypeId.ValueError, "can't have text and binary mode at once");
  if (bad || kind === 0) {
    const p: Printer = message_begin();
    if (bad) {
      print_str(p, "invalid mode: '");
      print_bytes(p, data, len);
      print_str(p, "'");
    } else {
      print_str(p, "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    message_raise(TypeId.ValueError, p);
  }
  mode_io = binary ? 0 : IoFlag.Text;
  if (kind === 0x72) {
    mode_open = OpenFlag.Read;
    mode_io = (mode_io | IoFlag.Readable) >>> 0;
  } else {
    mode_open = OpenFlag.Write | OpenFlag.Create;
    if (kind === 0x77) mode_open = (mode_open | OpenFlag.Truncate) >>> 0;
    if (kind === 0x61) mode_open = (mode_open | OpenFlag.Append) >>> 0;
    if (kind === 0x78) mode_open = (mode_open | OpenFlag.Exclusive) >>> 0;
    mode_io = (mode_io | IoFlag.Writable) >>> 0;
  }
  if (plus) {
    mode_open = (mode_open | OpenFlag.Read | OpenFlag.Write) >>> 0;
    mode_io = (mode_io | IoFlag.Readable | IoFlag.Writable) >>> 0;
  }
}

/** TypeError for a keyword open() does not take. encoding, errors and newline are accepted and
 *  have no effect: text is UTF-8 and newlines are '\n', as in MicroPython. */
function open_kw_check(n_args: u32, n_kw: u32, args: u32): void {
  for (let i: u32 = 0; i < n_kw; i++) {
    const q: u32 = qstr_of(load_u32(args + (n_args + i * 2) * 4));
    if (q === Q.mode || q === Q.buffering || q === Q.encoding || q === Q.errors || q === Q.newline) continue;
    const m: Printer = message_begin();
    print_str(m, "'");
    print_bytes(m, qstr_data(q), qstr_len(q));
    print_str(m, "' is an invalid keyword argument for open()");
    message_raise(TypeId.TypeError, m);
  }
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None): a file over the VFS. */
export function builtin_open(n_args: u32, n_kw: u32, args: u32): obj {
  open_kw_check(n_args, n_kw, args);
  const path: obj = arg(args, 0);
  let mode: obj = arg_or(n_args, args, 1, OBJ_NULL);
  if (mode === OBJ_NULL) mode = kw_arg(n_args, n_kw, args, Q.mode);
  if (mode === OBJ_NULL) {
    mode_open = OpenFlag.Read;
    mode_io = IoFlag.Text | IoFlag.Readable;
  } else {
    parse_mode(mode);
  }
  // Opening a directory is EISDIR, for reading too (the posix open(2) would allow that).
  const st: u32 = gc_alloc(40);
  if (st === 0) raise_memory_error();
  const depth: u32 = gc_root_push(st);
  const is_dir: bool = vfs_exists(path, st) && (load_u32(st) & S_IFMT) === S_IFDIR;
  gc_root_restore(depth);
  if (is_dir) raise_os_error(Errno.EISDIR);
  const h: i32 = vfs_open(path, mode_open);
  return io_new((mode_io & IoFlag.Text) !== 0 ? TypeId.TextFile : TypeId.FileIO, mode_io, h);
}
