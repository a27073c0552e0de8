// int objects: one operation per input line ("add 5 7", "neg -3", …), the result printed as
// Python prints it, or the name of the exception raised.
import { load_u8, type i32, type u32 } from "../../../core/subset/index.js";
import { read_stdin, run_lines } from "./lib/lines.js";
import { runtime_init } from "../../../core/runtime.js";
import { OBJ_NULL, type obj } from "../../../core/obj.js";
import { int_binary_op, int_unary_op, int_from_text } from "../../../core/objects/int.js";
import { obj_print } from "../../../core/objects/print.js";
import { PrintKind } from "../../../core/objects/str.js";
import { BinaryOp, UnaryOp } from "../../../core/ops.js";
import { gc_root_push, gc_root_restore } from "../../../core/gc.js";
import { print_str, STDOUT } from "../../../core/print.js";

/** The input is read here; the heap comes after it. */
const INPUT: u32 = 8 << 20;
const INPUT_MAX: u32 = 1 << 20;

const BINARY_NAMES: readonly string[] = ["add", "sub", "mul", "floordiv", "mod", "pow", "and", "or", "xor", "lshift", "rshift", "lt", "le", "eq", "ne", "gt", "ge", "iadd", "imul", "truediv"];
const BINARY_OPS: readonly BinaryOp[] = [
  BinaryOp.Add, BinaryOp.Subtract, BinaryOp.Multiply, BinaryOp.FloorDivide, BinaryOp.Modulo, BinaryOp.Power,
  BinaryOp.And, BinaryOp.Or, BinaryOp.Xor, BinaryOp.Lshift, BinaryOp.Rshift, BinaryOp.Less, BinaryOp.LessEqual,
  BinaryOp.Equal, BinaryOp.NotEqual, BinaryOp.More, BinaryOp.MoreEqual, BinaryOp.InplaceAdd, BinaryOp.InplaceMultiply,
  BinaryOp.TrueDivide,
];
const UNARY_NAMES: readonly string[] = ["neg", "invert", "abs", "pos"];
const UNARY_OPS: readonly UnaryOp[] = [UnaryOp.Negative, UnaryOp.Invert, UnaryOp.Abs, UnaryOp.Positive];

function word_is(at: u32, len: u32, s: string): boolean {
  if (len !== s.length) return false;
  for (let i: u32 = 0; i < len; i++) if (load_u8(at + i) !== s.charCodeAt(i)) return false;
  return true;
}

/** The length of the word starting at `at` (up to a space or the end of the line). */
function word_len(at: u32, end: u32): u32 {
  let n: u32 = 0;
  while (((at + n) >>> 0) < end && load_u8(at + n) !== 32) n = (n + 1) >>> 0;
  return n;
}

function run_line(at: u32, end: u32): void {
  const op_len: u32 = word_len(at, end);
  const a_at: u32 = (at + op_len + 1) >>> 0;
  const a_len: u32 = word_len(a_at, end);
  const a: obj = int_from_text(a_at, a_len, 10);
  const depth: u32 = gc_root_push(a);
  let result: obj = OBJ_NULL;
  for (let i: u32 = 0; i < UNARY_NAMES.length; i++) {
    if (word_is(at, op_len, UNARY_NAMES[i]!)) result = int_unary_op(UNARY_OPS[i]!, a);
  }
  for (let i: u32 = 0; i < BINARY_NAMES.length; i++) {
    if (word_is(at, op_len, BINARY_NAMES[i]!)) {
      const b_at: u32 = (a_at + a_len + 1) >>> 0;
      const b: obj = int_from_text(b_at, word_len(b_at, end), 10);
      gc_root_push(b);
      result = int_binary_op(BINARY_OPS[i]!, a, b);
    }
  }
  gc_root_push(result);
  if (result === OBJ_NULL) print_str(STDOUT, "NotImplemented");
  else obj_print(STDOUT, result, PrintKind.Repr);
  print_str(STDOUT, "\n");
  gc_root_restore(depth);
}

export function pyx_main(): i32 {
  const len: u32 = read_stdin(INPUT, INPUT_MAX);
  if (!runtime_init(1 << 20)) return 1;
  run_lines(INPUT, len, run_line, false);
  return 0;
}
