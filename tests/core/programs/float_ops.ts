// float and complex objects: one operation per input line, the result printed as Python
// prints it, or the name of the exception raised (tests/core/float.test.ts writes the lines
// and asks python3 for the same). Operands are tokens:
//
//   i:<decimal int>   f:<float text>   b:0 / b:1 (bool)   c:<float text>,<float text> (complex)
//
// Lines: <binary op> <a> <b>  (add sub mul truediv floordiv mod divmod pow lt le eq ne gt ge
//        iadd itruediv ipow), <unary op> <a> (neg pos abs int bool), round <a> <ndigits>,
//        roundi <a> (round to int), hash <a>, hasheq <a> <b> (is hash(a) == hash(b)?),
//        parse <text> (float(text), ValueError when invalid), repr <a>.
import { load_u8, store_u8, caught, type i32, type u32, type f64, type bool } from "../../../core/subset/index.js";
import { runtime_init } from "../../../core/runtime.js";
import { OBJ_NULL, OBJ_TRUE, OBJ_FALSE, small_int_value, type obj } from "../../../core/obj.js";
import { int_from_text, int_from_i32 } from "../../../core/objects/int.js";
import {
  float_binary_op, float_unary_op, float_from_text, float_print, float_is, float_value, float_hash, float_round,
  float_round_to_int, float_from_f64,
} from "../../../core/objects/float.js";
import { complex_is, complex_from_f64, complex_print, complex_unary_op, complex_hash } from "../../../core/objects/complex.js";
import { obj_print } from "../../../core/objects/print.js";
import { obj_hash } from "../../../core/objects/equality.js";
import { PrintKind } from "../../../core/objects/str.js";
import { exception_type_id } from "../../../core/objects/exception.js";
import { TYPE_NAME, obj_type, type_word, TypeId } from "../../../core/objects/type.js";
import { BinaryOp, UnaryOp } from "../../../core/ops.js";
import { tuple_get } from "../../../core/objects/tuple.js";
import { gc_root_push, gc_root_restore, gc_set_stress } from "../../../core/gc.js";
import { qstr_data, qstr_len } from "../../../core/qstr.js";
import { print_str, print_bytes, STDOUT } from "../../../core/print.js";

/** The input is read here; the heap comes after it. */
const INPUT: u32 = 8 << 20;
const INPUT_MAX: u32 = 4 << 20;

const BINARY_NAMES: readonly string[] = [
  "add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow", "lt", "le", "eq", "ne", "gt", "ge",
  "iadd", "itruediv", "ipow",
];
const BINARY_OPS: readonly BinaryOp[] = [
  BinaryOp.Add, BinaryOp.Subtract, BinaryOp.Multiply, BinaryOp.TrueDivide, BinaryOp.FloorDivide, BinaryOp.Modulo,
  BinaryOp.Divmod, BinaryOp.Power, BinaryOp.Less, BinaryOp.LessEqual, BinaryOp.Equal, BinaryOp.NotEqual,
  BinaryOp.More, BinaryOp.MoreEqual, BinaryOp.InplaceAdd, BinaryOp.InplaceTrueDivide, BinaryOp.InplacePower,
];
const UNARY_NAMES: readonly string[] = ["neg", "pos", "abs", "int", "bool"];
const UNARY_OPS: readonly UnaryOp[] = [UnaryOp.Negative, UnaryOp.Positive, UnaryOp.Abs, UnaryOp.Int, UnaryOp.Bool];

function word_is(at: u32, len: u32, s: string): bool {
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

function parse_float(at: u32, len: u32): obj {
  const f: obj = float_from_text(at, len);
  if (f === OBJ_NULL) print_str(STDOUT, "bad float token\n");
  return f;
}

/** An operand token (see the top). */
function operand(at: u32, len: u32): obj {
  const kind: u32 = load_u8(at);
  const v: u32 = (at + 2) >>> 0;
  const n: u32 = len >= 2 ? (len - 2) >>> 0 : 0;
  if (kind === 105) return int_from_text(v, n, 10);
  if (kind === 98) return load_u8(v) === 49 ? OBJ_TRUE : OBJ_FALSE;
  if (kind === 99) {
    let comma: u32 = 0;
    while (comma < n && load_u8(v + comma) !== 44) comma = (comma + 1) >>> 0;
    // Each part is read at once: the next allocation may collect its float object.
    const re: f64 = float_value(parse_float(v, comma));
    const im: f64 = float_value(parse_float((v + comma + 1) >>> 0, (n - comma - 1) >>> 0));
    return complex_from_f64(re, im);
  }
  return parse_float(v, n);
}

function print_value(o: obj): void {
  if (float_is(o)) float_print(STDOUT, o, PrintKind.Repr);
  else if (complex_is(o)) complex_print(STDOUT, o, PrintKind.Repr);
  else if (obj_type(o) === type_word(TypeId.tuple)) {
    // divmod's (q, r): tuple_print would go through obj_print, which has no float slot yet.
    print_str(STDOUT, "(");
    print_value(load_item(o, 0));
    print_str(STDOUT, ", ");
    print_value(load_item(o, 1));
    print_str(STDOUT, ")");
  } else obj_print(STDOUT, o, PrintKind.Repr);
}

function load_item(t: obj, i: u32): obj {
  return tuple_get(t, i);
}

function hash_of(o: obj): i32 {
  if (float_is(o)) return float_hash(o);
  if (complex_is(o)) return complex_hash(o);
  return obj_hash(o);
}

function run_line(at: u32, end: u32): void {
  const op_len: u32 = word_len(at, end);
  const a_at: u32 = (at + op_len + 1) >>> 0;
  const a_len: u32 = word_len(a_at, end);
  if (word_is(at, op_len, "parse")) {
    const f: obj = float_from_text(a_at, (end - a_at) >>> 0);
    if (f === OBJ_NULL) print_str(STDOUT, "ValueError");
    else print_value(f);
    print_str(STDOUT, "\n");
    return;
  }
  const a: obj = operand(a_at, a_len);
  const depth: u32 = gc_root_push(a);
  const b_at: u32 = (a_at + a_len + 1) >>> 0;
  const b_len: u32 = b_at < end ? word_len(b_at, end) : 0;
  let result: obj = OBJ_NULL;
  for (let i: u32 = 0; i < UNARY_NAMES.length; i++) {
    if (word_is(at, op_len, UNARY_NAMES[i]!)) {
      result = complex_is(a) ? complex_unary_op(UNARY_OPS[i]!, a) : float_unary_op(UNARY_OPS[i]!, a);
    }
  }
  for (let i: u32 = 0; i < BINARY_NAMES.length; i++) {
    if (word_is(at, op_len, BINARY_NAMES[i]!)) {
      const b: obj = operand(b_at, b_len);
      gc_root_push(b);
      result = float_binary_op(BINARY_OPS[i]!, a, b);
      if (result === OBJ_NULL) print_str(STDOUT, "TypeError\n");
    }
  }
  if (word_is(at, op_len, "repr")) result = a;
  if (word_is(at, op_len, "roundi")) result = float_round_to_int(float_value(a));
  if (word_is(at, op_len, "round")) {
    const nd: obj = operand(b_at, b_len);
    result = float_from_f64(float_round(float_value(a), small_int_value(nd)));
  }
  if (word_is(at, op_len, "hash")) {
    print_i32_line(hash_of(a));
    gc_root_restore(depth);
    return;
  }
  if (word_is(at, op_len, "hasheq")) {
    const b: obj = operand(b_at, b_len);
    gc_root_push(b);
    print_str(STDOUT, hash_of(a) === hash_of(b) ? "True\n" : "False\n");
    gc_root_restore(depth);
    return;
  }
  if (result !== OBJ_NULL) {
    gc_root_push(result);
    print_value(result);
    print_str(STDOUT, "\n");
  } else if (!is_binary(at, op_len)) {
    print_str(STDOUT, "TypeError\n");
  }
  gc_root_restore(depth);
}

function is_binary(at: u32, op_len: u32): bool {
  for (let i: u32 = 0; i < BINARY_NAMES.length; i++) if (word_is(at, op_len, BINARY_NAMES[i]!)) return true;
  return false;
}

function print_i32_line(v: i32): void {
  obj_print(STDOUT, int_from_i32(v), PrintKind.Repr);
  print_str(STDOUT, "\n");
}

export function pyx_main(): i32 {
  let len: u32 = 0;
  for (let c: i32 = hal_stdin_read(); c >= 0 && len < INPUT_MAX; c = hal_stdin_read()) {
    store_u8(INPUT + len, c);
    len = (len + 1) >>> 0;
  }
  if (!runtime_init(1 << 20)) return 1;
  // Any argument: collect at every allocation, to find objects left unrooted.
  if (hal_argc() > 1) gc_set_stress(true);
  let start: u32 = 0;
  for (let i: u32 = 0; i < len; i++) {
    if (load_u8(INPUT + i) !== 10) continue;
    const root: u32 = gc_root_push(0);
    try {
      run_line((INPUT + start) >>> 0, (INPUT + i) >>> 0);
    } catch (e) {
      const name: u32 = TYPE_NAME[exception_type_id(caught(e))]!;
      print_bytes(STDOUT, qstr_data(name), qstr_len(name));
      print_str(STDOUT, "\n");
    }
    gc_root_restore(root);
    start = (i + 1) >>> 0;
  }
  return 0;
}
