// Ordering comparisons (<, <=, >, >=) of built-in values, as list.sort, list < list and
// tuple < tuple need them: ints (bool counts as int, small or big), str (by code point,
// which is UTF-8 byte order), and tuples and lists lexicographically. Other types (float,
// user classes with __lt__…) go through the generic operator.

import { load_u8, type i32, type u32, type bool } from "../subset/index.js";
import { is_small_int, OBJ_TRUE, OBJ_FALSE, new_small_int, type obj } from "../obj.js";
import { obj_type, is_builtin_type, builtin_type_id, TypeId } from "./type.js";
import { obj_equal } from "./equality.js";
import { int_binary_op } from "./int.js";
import { str_data, str_len } from "./str.js";
import { tuple_len, tuple_get } from "./tuple.js";
import { BinaryOp } from "../ops.js";
import { print_str } from "../print.js";
import { message_begin, message_type_name, message_raise } from "./message.js";
import { list_len, list_get } from "./list.js";
import { obj_binary_op, obj_is_true } from "../operators.js";

function type_id_of(o: obj): u32 {
  const t: obj = obj_type(o);
  return is_builtin_type(t) ? builtin_type_id(t) : TypeId.object;
}

/** bool as the int it equals (True is 1); every other object unchanged. */
function as_int(o: obj): obj {
  if (o === OBJ_TRUE) return new_small_int(1);
  if (o === OBJ_FALSE) return new_small_int(0);
  return o;
}

function is_int_like(id: u32): bool {
  return id === TypeId.int || id === TypeId.bool;
}

/** Does the comparison op hold for the three-way result c (<0, 0, >0)? */
function holds(op: BinaryOp, c: i32): bool {
  switch (op) {
    case BinaryOp.Less: return c < 0;
    case BinaryOp.LessEqual: return c <= 0;
    case BinaryOp.More: return c > 0;
    default: return c >= 0;
  }
}

function str_compare(a: obj, b: obj): i32 {
  const na: u32 = str_len(a);
  const nb: u32 = str_len(b);
  const da: u32 = str_data(a);
  const db: u32 = str_data(b);
  const n: u32 = na < nb ? na : nb;
  for (let i: u32 = 0; i < n; i++) {
    const x: i32 = load_u8(da + i);
    const y: i32 = load_u8(db + i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}

function op_symbol(op: BinaryOp): string {
  switch (op) {
    case BinaryOp.Less: return "<";
    case BinaryOp.LessEqual: return "<=";
    case BinaryOp.More: return ">";
    default: return ">=";
  }
}

/** TypeError: '<' not supported between instances of 'int' and 'str'. */
export function compare_raise_unorderable(op: BinaryOp, a: obj, b: obj): never {
  const p: u32 = message_begin();
  print_str(p, "'");
  print_str(p, op_symbol(op));
  print_str(p, "' not supported between instances of '");
  message_type_name(p, a);
  print_str(p, "' and '");
  message_type_name(p, b);
  print_str(p, "'");
  message_raise(TypeId.TypeError, p);
}

/** An item of a tuple or a list (the caller knows which: is_list). */
function seq_item(o: obj, is_list: bool, i: u32): obj {
  return is_list ? list_get(o, i) : tuple_get(o, i);
}

function seq_length(o: obj, is_list: bool): u32 {
  return is_list ? list_len(o) : tuple_len(o);
}

/**
 * Lexicographic order, as CPython's list and tuple richcompare: the first items that are
 * not equal decide with the same op; when one sequence is a prefix of the other, the
 * lengths decide. Lengths are read again at every step: == on items may one day run code.
 */
function sequence_compare(op: BinaryOp, a: obj, b: obj, is_list: bool): bool {
  let i: u32 = 0;
  while (i < seq_length(a, is_list) && i < seq_length(b, is_list)) {
    const x: obj = seq_item(a, is_list, i);
    const y: obj = seq_item(b, is_list, i);
    if (!obj_equal(x, y)) return compare_objects(op, x, y);
    i = (i + 1) >>> 0;
  }
  const na: u32 = seq_length(a, is_list);
  const nb: u32 = seq_length(b, is_list);
  return holds(op, na < nb ? -1 : na > nb ? 1 : 0);
}

/**
 * a op b for op one of Less, LessEqual, More, MoreEqual. Raises TypeError for values
 * that are not ordered against each other (CPython's message).
 */
export function compare_objects(op: BinaryOp, a: obj, b: obj): bool {
  if (is_small_int(a) && is_small_int(b)) {
    const c: i32 = (a | 0) < (b | 0) ? -1 : a === b ? 0 : 1;
    return holds(op, c);
  }
  const ta: u32 = type_id_of(a);
  const tb: u32 = type_id_of(b);
  if (is_int_like(ta) && is_int_like(tb)) return int_binary_op(op, as_int(a), as_int(b)) === OBJ_TRUE;
  if (ta === TypeId.str && tb === TypeId.str) return holds(op, str_compare(a, b));
  if (ta === TypeId.tuple && tb === TypeId.tuple) return sequence_compare(op, a, b, false);
  if (ta === TypeId.list && tb === TypeId.list) return sequence_compare(op, a, b, true);
  // Everything else (floats, user classes' __lt__…) through the generic operator, which
  // raises the same TypeError for unorderable values.
  return obj_is_true(obj_binary_op(op, a, b));
}

/** a < b: what sort uses. */
export function compare_less(a: obj, b: obj): bool {
  return compare_objects(BinaryOp.Less, a, b);
}
