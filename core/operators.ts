// The operators as the VM applies them to any two objects (MicroPython's mp_binary_op,
// mp_unary_op): identity and membership first, then the left operand's type, then the
// right operand's for the arithmetic it knows, and TypeError with CPython's message.

import type { u32, bool } from "./subset/index.js";
import { is_small_int, small_int_value, new_small_int, bool_obj, OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, type obj } from "./obj.js";
import { BinaryOp, UnaryOp } from "./ops.js";
import { obj_type, type_word, is_builtin_type, builtin_type_id, TypeId } from "./objects/type.js";
import { int_binary_op, int_unary_op, int_is, int_from_i32 } from "./objects/int.js";
import { float_binary_op, float_unary_op } from "./objects/float.js";
import { complex_binary_op, complex_unary_op } from "./objects/complex.js";
import { bytes_binary_op, bytes_unary_op, memoryview_binary_op } from "./objects/bytes.js";
import { memoryview_unary_op } from "./objects/memoryview.js";
import { dict_view_binary_op, dict_view_unary_op } from "./objects/dict_view.js";
import { str_binary_op, str_char_len } from "./objects/str_ops.js";
import { tuple_len, tuple_get, tuple_concat, tuple_repeat } from "./objects/tuple.js";
import { obj_equal, obj_hash } from "./objects/equality.js";
import { list_binary_op, list_unary_op, list_can_iterate } from "./objects/list.js";
import { list_from_iterable } from "./builtins_core.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { dict_binary_op, dict_unary_op } from "./objects/dict.js";
import { set_binary_op, set_unary_op } from "./objects/set.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { raise_msg } from "./objects/exception.js";
import { print_str, type Printer } from "./print.js";
import { mpz_is_zero } from "./mpz.js";
import { is_instance } from "./objects/instance.js";
import { range_binary_op, range_unary_op } from "./objects/range.js";
import { instance_binary_op, instance_unary_op, instance_native_of, instance_contains } from "./special.js";
import { array_binary_op, array_unary_op } from "./objects/array.js";

export type BinaryOpFn = (op: BinaryOp, a: obj, b: obj) => obj;
export type UnaryOpFn = (op: UnaryOp, a: obj) => obj;

function no_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  return OBJ_NULL;
}

function no_unary_op(op: UnaryOp, a: obj): obj {
  return OBJ_NULL;
}

/** bool behaves as the int it equals (True + 1 == 2), but & | ^ of two bools is a bool. */
function bool_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  const b_is_bool: bool = b === OBJ_TRUE || b === OBJ_FALSE;
  if (b_is_bool) {
    const x: bool = a === OBJ_TRUE;
    const y: bool = b === OBJ_TRUE;
    switch (op) {
      case BinaryOp.And: case BinaryOp.InplaceAnd: return bool_obj(x && y);
      case BinaryOp.Or: case BinaryOp.InplaceOr: return bool_obj(x || y);
      case BinaryOp.Xor: case BinaryOp.InplaceXor: return bool_obj(x !== y);
      default: break;
    }
  }
  return int_binary_op(op, bool_as_int(a), b_is_bool ? bool_as_int(b) : b);
}

function bool_unary_op(op: UnaryOp, a: obj): obj {
  if (op === UnaryOp.Bool) return a;
  return int_unary_op(op, bool_as_int(a));
}

function bool_as_int(o: obj): obj {
  return new_small_int(o === OBJ_TRUE ? 1 : 0);
}

function tuple_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (op === BinaryOp.Multiply || op === BinaryOp.InplaceMultiply) {
    if (is_small_int(b)) return tuple_repeat(a, small_int_value(b));
    if (b === OBJ_TRUE || b === OBJ_FALSE) return tuple_repeat(a, b === OBJ_TRUE ? 1 : 0);
    if (int_is(b)) raise_msg(TypeId.OverflowError, "cannot fit 'int' into an index-sized integer");
    return OBJ_NULL;
  }
  if (op === BinaryOp.Contains) {
    const n: u32 = tuple_len(a);
    for (let i: u32 = 0; i < n; i++) if (obj_equal(tuple_get(a, i), b)) return OBJ_TRUE;
    return OBJ_FALSE;
  }
  if (type_index(b) !== TypeId.tuple) return OBJ_NULL;
  switch (op) {
    case BinaryOp.Add: case BinaryOp.InplaceAdd: return tuple_concat(a, b);
    case BinaryOp.Equal: return bool_obj(obj_equal(a, b));
    case BinaryOp.NotEqual: return bool_obj(!obj_equal(a, b));
    case BinaryOp.Less: case BinaryOp.LessEqual: case BinaryOp.More: case BinaryOp.MoreEqual:
      return tuple_compare(op, a, b);
    default: return OBJ_NULL;
  }
}

/** Lexicographic order: the first items that differ decide, else the shorter tuple is less. */
function tuple_compare(op: BinaryOp, a: obj, b: obj): obj {
  const la: u32 = tuple_len(a);
  const lb: u32 = tuple_len(b);
  const n: u32 = la < lb ? la : lb;
  for (let i: u32 = 0; i < n; i++) {
    const x: obj = tuple_get(a, i);
    const y: obj = tuple_get(b, i);
    if (!obj_equal(x, y)) return obj_binary_op(op, x, y);
  }
  switch (op) {
    case BinaryOp.Less: return bool_obj(la < lb);
    case BinaryOp.LessEqual: return bool_obj(la <= lb);
    case BinaryOp.More: return bool_obj(la > lb);
    default: return bool_obj(la >= lb);
  }
}

function is_number(o: obj): bool {
  const t: u32 = type_index(o);
  return t === TypeId.int || t === TypeId.bool || t === TypeId.float || t === TypeId.complex;
}

function is_sequence(o: obj): bool {
  const t: u32 = type_index(o);
  return t === TypeId.str || t === TypeId.tuple || t === TypeId.list || t === TypeId.bytes || t === TypeId.bytearray;
}

function tuple_unary_op(op: UnaryOp, a: obj): obj {
  if (op === UnaryOp.Len) return int_from_i32(tuple_len(a) | 0);
  if (op === UnaryOp.Bool) return bool_obj(tuple_len(a) !== 0);
  return OBJ_NULL;
}

function str_unary_op(op: UnaryOp, a: obj): obj {
  if (op === UnaryOp.Len) return int_from_i32(str_char_len(a) | 0);
  if (op === UnaryOp.Bool) return bool_obj(str_char_len(a) !== 0);
  if (op === UnaryOp.Hash) return int_from_i32(obj_hash(a));
  return OBJ_NULL;
}

/** Indexed by TypeId: each built-in type's binary operator slot. */
const BINARY: readonly BinaryOpFn[] = [
  no_binary_op, no_binary_op, no_binary_op, bool_binary_op, int_binary_op, float_binary_op, complex_binary_op,
  str_binary_op, bytes_binary_op, bytes_binary_op, tuple_binary_op, list_binary_op, dict_binary_op, set_binary_op,
  set_binary_op, range_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op,
  no_binary_op, no_binary_op, no_binary_op,
  no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op,
  no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op,
  no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op,
  no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op,
  no_binary_op, no_binary_op, no_binary_op, no_binary_op, // property, staticmethod, classmethod, super
  no_binary_op, // iterator
  memoryview_binary_op,
  dict_view_binary_op,
  no_binary_op, // TextIOWrapper
  no_binary_op, no_binary_op, no_binary_op, no_binary_op, no_binary_op, // IOBase, StringIO, BytesIO, FileIO, TextFile
  no_binary_op, // poll
  no_binary_op, // sha256
  no_binary_op, // sha1
  no_binary_op, // md5
  array_binary_op, // array
];

/** Indexed by TypeId: each built-in type's unary operator slot. */
const UNARY: readonly UnaryOpFn[] = [
  no_unary_op, no_unary_op, no_unary_op, bool_unary_op, int_unary_op, float_unary_op, complex_unary_op,
  str_unary_op, bytes_unary_op, bytes_unary_op, tuple_unary_op, list_unary_op, dict_unary_op, set_unary_op,
  set_unary_op, range_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op,
  no_unary_op, no_unary_op, no_unary_op,
  no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op,
  no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op,
  no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op,
  no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op,
  no_unary_op, no_unary_op, no_unary_op, no_unary_op, // property, staticmethod, classmethod, super
  no_unary_op, // iterator
  memoryview_unary_op,
  dict_view_unary_op,
  no_unary_op, // TextIOWrapper
  no_unary_op, no_unary_op, no_unary_op, no_unary_op, no_unary_op, // IOBase, StringIO, BytesIO, FileIO, TextFile
  no_unary_op, // poll
  no_unary_op, // sha256
  no_unary_op, // sha1
  no_unary_op, // md5
  array_unary_op, // array
];

/** The number of slots in each table (a test checks there is one per TypeId). */
export function operator_slot_counts(): u32 {
  return BINARY.length === UNARY.length ? BINARY.length : 0;
}

function type_index(o: obj): u32 {
  const t: obj = obj_type(o);
  return is_builtin_type(t) ? builtin_type_id(t) : TypeId.object;
}

/** CPython's spelling of each operator in "unsupported operand type(s) for <op>". */
const OP_TEXT: readonly string[] = [
  "<", ">", "==", "<=", ">=", "!=", "in", "is", "exception match",
  "|=", "^=", "&=", "<<=", ">>=", "+=", "-=", "*=", "@=", "//=", "/=", "%=", "**=",
  "|", "^", "&", "<<", ">>", "+", "-", "*", "@", "//", "/", "%", "** or pow()",
  "divmod()", "in",
];

/** a op b for any objects (op as the bytecode gives it). */
export function obj_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  if (op === BinaryOp.Is) return bool_obj(a === b);
  if (op === BinaryOp.In && is_instance(b)) return instance_contains(b, a);
  if (op !== BinaryOp.In && (is_instance(a) || is_instance(b))) {
    // User classes' special methods first, then the native objects of built-in bases.
    const ri: obj = instance_binary_op(op, a, b);
    if (ri !== OBJ_NULL) return ri;
    const na: obj = instance_native_of(a);
    const nb: obj = instance_native_of(b);
    if (na !== a || nb !== b) return obj_binary_op(op, na, nb);
  }
  if (op === BinaryOp.In) {
    // x in c asks c.
    const r: obj = BINARY[type_index(b)]!(BinaryOp.Contains, b, a);
    if (r !== OBJ_NULL) return r;
    const m: Printer = message_begin();
    print_str(m, "argument of type '");
    message_type_name(m, b);
    print_str(m, "' is not iterable");
    message_raise(TypeId.TypeError, m);
  }
  // list += iterable extends the list with any iterable (a str, a range, a generator…).
  if (op === BinaryOp.InplaceAdd && obj_type(a) === type_word(TypeId.list) && !list_can_iterate(b)) {
    const depth: u32 = gc_root_push(a);
    const items: obj = list_from_iterable(b);
    gc_root_push(items);
    list_binary_op(op, a, items);
    gc_root_restore(depth);
    return a;
  }
  // Small ints: the common case, straight to int.
  const r: obj = BINARY[type_index(a)]!(op, a, b);
  if (r !== OBJ_NULL) return r;
  // The right operand's type may know: comparisons mirrored (1 < x is x > 1), numbers for
  // + and * (1 + 2.0), and int * sequence (2 * "ab"). Never a sequence's + or * with a
  // non-int: concatenation is not commutative.
  const swapped: BinaryOp = reflect(op);
  const numeric_b: bool = is_number(b);
  const commutes: bool = (op === BinaryOp.Add || op === BinaryOp.Multiply) && numeric_b;
  const repeats: bool = op === BinaryOp.Multiply && (int_is(a) || a === OBJ_TRUE || a === OBJ_FALSE);
  if (swapped !== op || commutes || repeats) {
    const rr: obj = BINARY[type_index(b)]!(swapped, b, a);
    if (rr !== OBJ_NULL) return rr;
  }
  if (op === BinaryOp.Equal) return bool_obj(obj_equal(a, b));
  if (op === BinaryOp.NotEqual) return bool_obj(!obj_equal(a, b));
  const m: Printer = message_begin();
  // Sequences word their errors as CPython does.
  if ((op === BinaryOp.Add || op === BinaryOp.InplaceAdd) && is_sequence(a)) {
    print_str(m, "can only concatenate ");
    message_type_name(m, a);
    print_str(m, " (not \"");
    message_type_name(m, b);
    print_str(m, "\") to ");
    message_type_name(m, a);
    message_raise(TypeId.TypeError, m);
  }
  if ((op === BinaryOp.Multiply || op === BinaryOp.InplaceMultiply) && (is_sequence(a) || is_sequence(b))) {
    print_str(m, "can't multiply sequence by non-int of type '");
    message_type_name(m, is_sequence(a) ? b : a);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  if (op <= BinaryOp.MoreEqual) {
    print_str(m, "'");
    print_str(m, OP_TEXT[op]!);
    print_str(m, "' not supported between instances of '");
  } else {
    print_str(m, "unsupported operand type(s) for ");
    print_str(m, OP_TEXT[op]!);
    print_str(m, ": '");
  }
  message_type_name(m, a);
  print_str(m, "' and '");
  message_type_name(m, b);
  print_str(m, "'");
  message_raise(TypeId.TypeError, m);
}

/** The operator with its operands swapped, for the comparisons; the op itself otherwise. */
function reflect(op: BinaryOp): BinaryOp {
  switch (op) {
    case BinaryOp.Less: return BinaryOp.More;
    case BinaryOp.More: return BinaryOp.Less;
    case BinaryOp.LessEqual: return BinaryOp.MoreEqual;
    case BinaryOp.MoreEqual: return BinaryOp.LessEqual;
    default: return op;
  }
}

export function obj_unary_op(op: UnaryOp, a: obj): obj {
  if (op === UnaryOp.Not) return bool_obj(!obj_is_true(a));
  if (is_instance(a)) {
    const ri: obj = instance_unary_op(op, a);
    if (ri !== OBJ_NULL) return ri;
    const na: obj = instance_native_of(a);
    if (na !== a) return obj_unary_op(op, na);
  }
  const r: obj = UNARY[type_index(a)]!(op, a);
  if (r !== OBJ_NULL) return r;
  if (op === UnaryOp.Bool) return OBJ_TRUE;
  if (op === UnaryOp.Hash) return int_from_i32(obj_hash(a));
  const m: Printer = message_begin();
  if (op === UnaryOp.Len) {
    print_str(m, "object of type '");
    message_type_name(m, a);
    print_str(m, "' has no len()");
  } else {
    print_str(m, op === UnaryOp.Abs ? "bad operand type for abs(): '" : "bad operand type for unary ");
    if (op !== UnaryOp.Abs) print_str(m, op === UnaryOp.Negative ? "-: '" : op === UnaryOp.Positive ? "+: '" : "~: '");
    message_type_name(m, a);
    print_str(m, "'");
  }
  message_raise(TypeId.TypeError, m);
}

/** Python truth: None, False, 0, 0.0, empty containers are false. */
export function obj_is_true(o: obj): bool {
  if (o === OBJ_TRUE) return true;
  if (o === OBJ_FALSE || o === OBJ_NONE) return false;
  if (is_small_int(o)) return small_int_value(o) !== 0;
  if (int_is(o)) return !mpz_is_zero(o);
  return obj_unary_op(UnaryOp.Bool, o) === OBJ_TRUE;
}
