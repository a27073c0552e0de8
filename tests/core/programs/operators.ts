// Operators over mixed types: one per line, "<op> <a> <b>" or "<op> <a>" where a value is
// i:<int>, f:<float>, s:<text> (no spaces), n (None), t / F (True / False), e (the empty tuple),
// L (the list [1, 'a']) or D (the dict {'k': 2}).
// Prints repr of the result, or the exception: "TypeName: message".
import { load_u8, type i32, type u32 } from "../../../core/subset/index.js";
import { read_stdin, run_lines } from "./lib/lines.js";
import { runtime_init } from "../../../core/runtime.js";
import { OBJ_NONE, OBJ_TRUE, OBJ_FALSE, new_small_int, type obj } from "../../../core/obj.js";
import { list_new, list_append } from "../../../core/objects/list.js";
import { dict_new, dict_set } from "../../../core/objects/dict.js";
import { int_from_text } from "../../../core/objects/int.js";
import { float_from_text } from "../../../core/objects/float.js";
import { str_from_bytes, str_from_literal, PrintKind } from "../../../core/objects/str.js";
import { tuple_new } from "../../../core/objects/tuple.js";
import { obj_print } from "../../../core/objects/print.js";
import { obj_binary_op, obj_unary_op, obj_is_true, operator_slot_counts } from "../../../core/operators.js";
import { BinaryOp, UnaryOp } from "../../../core/ops.js";
import { TypeId } from "../../../core/objects/type.js";
import { gc_root_push, gc_root_restore } from "../../../core/gc.js";
import { print_str, STDOUT } from "../../../core/print.js";

const INPUT: u32 = 8 << 20;
const INPUT_MAX: u32 = 1 << 20;

const BINARY_NAMES: readonly string[] = ["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">", ">=", "&", "|", "^", "<<", ">>", "in", "is"];
const BINARY_OPS: readonly BinaryOp[] = [
  BinaryOp.Add, BinaryOp.Subtract, BinaryOp.Multiply, BinaryOp.TrueDivide, BinaryOp.FloorDivide, BinaryOp.Modulo,
  BinaryOp.Power, BinaryOp.Less, BinaryOp.LessEqual, BinaryOp.Equal, BinaryOp.NotEqual, BinaryOp.More, BinaryOp.MoreEqual,
  BinaryOp.And, BinaryOp.Or, BinaryOp.Xor, BinaryOp.Lshift, BinaryOp.Rshift, BinaryOp.In, BinaryOp.Is,
];
const UNARY_NAMES: readonly string[] = ["neg", "pos", "inv", "not", "len", "truth", "hash"];
const UNARY_OPS: readonly UnaryOp[] = [UnaryOp.Negative, UnaryOp.Positive, UnaryOp.Invert, UnaryOp.Not, UnaryOp.Len, UnaryOp.Bool, UnaryOp.Hash];

function word_len(at: u32, end: u32): u32 {
  let n: u32 = 0;
  while (((at + n) >>> 0) < end && load_u8(at + n) !== 32) n = (n + 1) >>> 0;
  return n;
}

function word_is(at: u32, len: u32, s: string): boolean {
  if (len !== s.length) return false;
  for (let i: u32 = 0; i < len; i++) if (load_u8(at + i) !== s.charCodeAt(i)) return false;
  return true;
}

function value(at: u32, len: u32): obj {
  const kind: u32 = load_u8(at);
  if (len === 1) {
    if (kind === 110) return OBJ_NONE;
    if (kind === 116) return OBJ_TRUE;
    if (kind === 70) return OBJ_FALSE;
    if (kind === 76) return small_list();
    if (kind === 68) return small_dict();
    return tuple_new(0);
  }
  const rest: u32 = (at + 2) >>> 0;
  const n: u32 = (len - 2) >>> 0;
  if (kind === 105) return int_from_text(rest, n, 10);
  if (kind === 102) return float_from_text(rest, n);
  return str_from_bytes(rest, n);
}

/** L: the list [1, 'a']. */
function small_list(): obj {
  const l: obj = list_new(0);
  const depth: u32 = gc_root_push(l);
  list_append(l, new_small_int(1));
  list_append(l, str_from_literal("a"));
  gc_root_restore(depth);
  return l;
}

/** D: the dict {'k': 2}. */
function small_dict(): obj {
  const d: obj = dict_new();
  const depth: u32 = gc_root_push(d);
  const k: obj = str_from_literal("k");
  gc_root_push(k);
  dict_set(d, k, new_small_int(2));
  gc_root_restore(depth);
  return d;
}

function run_line(at: u32, end: u32): void {
  const op_len: u32 = word_len(at, end);
  const a_at: u32 = (at + op_len + 1) >>> 0;
  const a_len: u32 = word_len(a_at, end);
  const a: obj = value(a_at, a_len);
  const depth: u32 = gc_root_push(a);
  for (let i: u32 = 0; i < UNARY_NAMES.length; i++) {
    if (word_is(at, op_len, UNARY_NAMES[i]!)) {
      let r: obj = UNARY_OPS[i]! === UnaryOp.Bool ? (obj_is_true(a) ? OBJ_TRUE : OBJ_FALSE) : obj_unary_op(UNARY_OPS[i]!, a);
      // hash values differ between implementations: print whether hash(x) == hash(x).
      if (UNARY_OPS[i]! === UnaryOp.Hash) r = obj_unary_op(UnaryOp.Hash, a) === r ? OBJ_TRUE : OBJ_FALSE;
      obj_print(STDOUT, r, PrintKind.Repr);
    }
  }
  for (let i: u32 = 0; i < BINARY_NAMES.length; i++) {
    if (word_is(at, op_len, BINARY_NAMES[i]!)) {
      const b_at: u32 = (a_at + a_len + 1) >>> 0;
      const b: obj = value(b_at, word_len(b_at, end));
      gc_root_push(b);
      obj_print(STDOUT, obj_binary_op(BINARY_OPS[i]!, a, b), PrintKind.Repr);
    }
  }
  print_str(STDOUT, "\n");
  gc_root_restore(depth);
}

export function pyx_main(): i32 {
  const len: u32 = read_stdin(INPUT, INPUT_MAX);
  if (!runtime_init(1 << 20)) return 1;
  if (operator_slot_counts() !== TypeId.Count) {
    print_str(STDOUT, "operator tables: wrong size\n");
    return 1;
  }
  run_lines(INPUT, len, run_line, true);
  return 0;
}
