// sys.stdin, sys.stdout and sys.stderr: text streams over the HAL's console, as
// MicroPython's io.TextIOWrapper objects on the unix port. An object holds only the
// file descriptor it stands for (0, 1 or 2); its methods are in core/builtins_stream.ts.

import { layout, field_ref, field_u32, type u32, type bool } from "../subset/index.js";
import { gc_alloc } from "../gc.js";
import { type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { PrintKind } from "./str.js";
import { print_str, print_u32, type Printer } from "../print.js";

export const enum StreamFd {
  Stdin = 0,
  Stdout = 1,
  Stderr = 2,
}

export const StreamObj = layout("StreamObj", { type: field_ref, fd: field_u32 });

export function stream_new(fd: StreamFd): obj {
  const s: obj = gc_alloc(StreamObj.SIZE);
  if (s === 0) raise_memory_error();
  StreamObj.type.set(s, type_word(TypeId.TextIOWrapper));
  StreamObj.fd.set(s, fd);
  return s;
}

export function stream_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.TextIOWrapper);
}

export function stream_fd(s: obj): u32 {
  return StreamObj.fd.get(s);
}

/** <io.TextIOWrapper 1>, as MicroPython prints its standard streams. */
export function stream_print(p: Printer, s: obj, kind: PrintKind): void {
  print_str(p, "<io.TextIOWrapper ");
  print_u32(p, StreamObj.fd.get(s));
  print_str(p, ">");
}
