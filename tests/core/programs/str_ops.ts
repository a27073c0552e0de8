// str operations: one per input line, fields separated by tabs ("add\tab\tc", "slice\ts\t1\tNone\t-2"),
// each result printed with repr, or the name of the exception raised.
import { load_u8, type i32, type u32 } from "../../../core/subset/index.js";
import { read_stdin, run_lines } from "./lib/lines.js";
import { runtime_init } from "../../../core/runtime.js";
import { OBJ_NONE, OBJ_TRUE, OBJ_NULL, type obj } from "../../../core/obj.js";
import { int_from_text } from "../../../core/objects/int.js";
import { str_from_bytes, PrintKind } from "../../../core/objects/str.js";
import { str_binary_op, str_index, str_slice, str_char_len } from "../../../core/objects/str_ops.js";
import { obj_print } from "../../../core/objects/print.js";
import { BinaryOp } from "../../../core/ops.js";
import { gc_root_push, gc_root_restore } from "../../../core/gc.js";
import { print_str, print_u32, STDOUT } from "../../../core/print.js";

const INPUT: u32 = 8 << 20;
const INPUT_MAX: u32 = 4 << 20;
const MAX_FIELDS: u32 = 5;
const field_at = new Uint32Array(5);
const field_len = new Uint32Array(5);

const COMPARE: readonly BinaryOp[] = [BinaryOp.Less, BinaryOp.LessEqual, BinaryOp.Equal, BinaryOp.NotEqual, BinaryOp.More, BinaryOp.MoreEqual];

function split(at: u32, end: u32): u32 {
  let n: u32 = 0;
  let start: u32 = at;
  for (let p: u32 = at; p <= end && n < MAX_FIELDS; p = (p + 1) >>> 0) {
    if (p === end || load_u8(p) === 9) {
      field_at[n] = start;
      field_len[n] = (p - start) >>> 0;
      n = (n + 1) >>> 0;
      start = (p + 1) >>> 0;
    }
  }
  return n;
}

function field_is(i: u32, s: string): boolean {
  if (field_len[i]! !== s.length) return false;
  for (let k: u32 = 0; k < s.length; k++) if (load_u8(field_at[i]! + k) !== s.charCodeAt(k)) return false;
  return true;
}

function str_field(i: u32): obj {
  return str_from_bytes(field_at[i]!, field_len[i]!);
}

function int_field(i: u32): obj {
  if (field_is(i, "None")) return OBJ_NONE;
  return int_from_text(field_at[i]!, field_len[i]!, 10);
}

function show(o: obj): void {
  if (o === OBJ_NULL) print_str(STDOUT, "NotImplemented");
  else obj_print(STDOUT, o, PrintKind.Repr);
}

function run_line(at: u32, end: u32): void {
  split(at, end);
  const a: obj = str_field(1);
  const depth: u32 = gc_root_push(a);
  if (field_is(0, "add")) {
    const b: obj = str_field(2);
    gc_root_push(b);
    show(str_binary_op(BinaryOp.Add, a, b));
  } else if (field_is(0, "mul")) {
    show(str_binary_op(BinaryOp.Multiply, a, int_field(2)));
  } else if (field_is(0, "in")) {
    const b: obj = str_field(2);
    gc_root_push(b);
    show(str_binary_op(BinaryOp.Contains, b, a));
  } else if (field_is(0, "cmp")) {
    const b: obj = str_field(2);
    gc_root_push(b);
    for (let k: u32 = 0; k < COMPARE.length; k++) print_str(STDOUT, str_binary_op(COMPARE[k]!, a, b) === OBJ_TRUE ? "1" : "0");
  } else if (field_is(0, "len")) {
    print_u32(STDOUT, str_char_len(a));
  } else if (field_is(0, "index")) {
    show(str_index(a, int_field(2)));
  } else if (field_is(0, "slice")) {
    const start: obj = int_field(2);
    gc_root_push(start);
    const stop: obj = int_field(3);
    gc_root_push(stop);
    const step: obj = int_field(4);
    gc_root_push(step);
    show(str_slice(a, start, stop, step));
  }
  print_str(STDOUT, "\n");
  gc_root_restore(depth);
}

export function pyx_main(): i32 {
  const len: u32 = read_stdin(INPUT, INPUT_MAX);
  if (!runtime_init(1 << 20)) return 1;
  run_lines(INPUT, len, run_line, false);
  return 0;
}
