// The streams of the io module: StringIO and BytesIO (in memory), and the files open()
// returns, TextIOWrapper (text) and FileIO (binary), over the VFS (core/vfs.ts). One
// object layout serves them all: flags say which kind it is and what it may do; a
// memory stream keeps its bytes in a bytearray (buf) with a position, a file its VFS
// handle. StringIO holds UTF-8 and counts positions in bytes, as MicroPython's does.
// Their methods are core/builtins_io.ts, owned by the hidden base type IOBase.

import { layout, field_ref, field_u32, field_i32, type i32, type u32, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, type obj } from "../obj.js";
import { obj_type, type_word, is_builtin_type, builtin_type_id, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { bytes_new_uninit } from "./bytes.js";
import { PrintKind } from "./str.js";
import { print_str, print_i32, type Printer } from "../print.js";

export const enum IoFlag {
  Readable = 1,
  Writable = 2,
  Closed = 4,
  /** Reads give str and writes take str (StringIO, TextIOWrapper); bytes otherwise. */
  Text = 8,
  /** In memory (StringIO, BytesIO): buf and pos; a file otherwise: handle. */
  Memory = 16,
}

export const IoObj = layout("IoObj", { type: field_ref, flags: field_u32, handle: field_i32, buf: field_ref, pos: field_u32 });

/** A new stream of type id with the given flags; a memory one gets an empty buffer. */
export function io_new(id: TypeId, flags: u32, handle: i32): obj {
  let buf: obj = OBJ_NULL;
  if ((flags & IoFlag.Memory) !== 0) buf = bytes_new_uninit(TypeId.bytearray, 0);
  const depth: u32 = gc_root_push(buf);
  const s: obj = gc_alloc(IoObj.SIZE);
  gc_root_restore(depth);
  if (s === 0) raise_memory_error();
  IoObj.type.set(s, type_word(id));
  IoObj.flags.set(s, flags);
  IoObj.handle.set(s, handle);
  IoObj.buf.set(s, buf);
  IoObj.pos.set(s, 0);
  return s;
}

/** Is o one of the io streams (StringIO, BytesIO, TextIOWrapper from open(), FileIO)? */
export function io_is(o: obj): bool {
  const t: obj = obj_type(o);
  if (!is_builtin_type(t)) return false;
  const id: u32 = builtin_type_id(t);
  return id === TypeId.StringIO || id === TypeId.BytesIO || id === TypeId.TextFile || id === TypeId.FileIO;
}

export function io_flags(s: obj): u32 {
  return IoObj.flags.get(s);
}

/** <io.StringIO>, <io.BytesIO>; a file as MicroPython's unix port prints it: <io.TextIOWrapper 3>. */
export function io_print(p: Printer, s: obj, kind: PrintKind): void {
  const id: u32 = builtin_type_id(obj_type(s));
  print_str(p, id === TypeId.StringIO ? "<io.StringIO" : id === TypeId.BytesIO ? "<io.BytesIO" :
    id === TypeId.FileIO ? "<io.FileIO " : "<io.TextIOWrapper ");
  if ((IoObj.flags.get(s) & IoFlag.Memory) === 0) print_i32(p, IoObj.handle.get(s) & 0xffffff);
  print_str(p, ">");
}
