// For line-driven test programs: read standard input into the arena, then run a function
// on each line, printing any exception the line raises as its type name (and message).
import { load_u8, store_u8, caught, type i32, type u32, type bool } from "../../../../core/subset/index.js";
import { type obj } from "../../../../core/obj.js";
import { gc_root_push, gc_root_restore } from "../../../../core/gc.js";
import { exception_type_id } from "../../../../core/objects/exception.js";
import { TYPE_NAME } from "../../../../core/objects/type.js";
import { obj_print } from "../../../../core/objects/print.js";
import { PrintKind } from "../../../../core/objects/str.js";
import { qstr_data, qstr_len } from "../../../../core/qstr.js";
import { print_str, print_bytes, STDOUT } from "../../../../core/print.js";

/** Runs one line: [at, end) excludes the newline. */
export type LineFn = (at: u32, end: u32) => void;

/** Standard input, copied to the arena at addr (at most max bytes); returns its length. */
export function read_stdin(addr: u32, max: u32): u32 {
  let len: u32 = 0;
  for (let c: i32 = hal_stdin_read(); c >= 0 && len < max; c = hal_stdin_read()) {
    store_u8(addr + len, c);
    len = (len + 1) >>> 0;
  }
  return len;
}

/** fn on every line of [addr, addr + len); an exception prints "Name" or "Name: message". */
export function run_lines(addr: u32, len: u32, fn: LineFn, with_message: bool): void {
  let start: u32 = 0;
  for (let i: u32 = 0; i < len; i++) {
    if (load_u8(addr + i) !== 10) continue;
    const root: u32 = gc_root_push(0);
    try {
      fn((addr + start) >>> 0, (addr + i) >>> 0);
    } catch (e) {
      const exc: obj = caught(e);
      gc_root_push(exc);
      const name: u32 = TYPE_NAME[exception_type_id(exc)]!;
      print_bytes(STDOUT, qstr_data(name), qstr_len(name));
      if (with_message) {
        print_str(STDOUT, ": ");
        obj_print(STDOUT, exc, PrintKind.Str);
      }
      print_str(STDOUT, "\n");
    }
    gc_root_restore(root);
    start = (i + 1) >>> 0;
  }
}
