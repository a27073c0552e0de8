// The special methods of user classes, as the operators, printing, equality and hashing
// reach them (MicroPython's py/objtype.c instance_binary_op & co.): a + b tries
// a.__add__(b), then b.__radd__(a); a += b tries __iadd__ first; comparisons reflect
// (a < b falls back to b > a); NotImplemented passes the turn. An instance of a class
// derived from a built-in type falls back to its native object.

import { type u32, type bool } from "./subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_depth, gc_root_addr } from "./gc.js";
import { OBJ_NULL, OBJ_STOP_ITERATION, OBJ_NOT_IMPLEMENTED, OBJ_TRUE, OBJ_FALSE, is_small_int, small_int_value, bool_obj, type obj } from "./obj.js";
import { obj_type, TypeId } from "./objects/type.js";
import { is_class, class_lookup, print_type_name_of } from "./objects/class.js";
import { is_instance, instance_native } from "./objects/instance.js";
import { BinaryOp, UnaryOp } from "./ops.js";
import { obj_call } from "./call.js";
import { raise_msg } from "./objects/exception.js";
import { int_is } from "./objects/int.js";
import { str_is } from "./objects/str_ops.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, type Printer } from "./print.js";
import { Q } from "./qstr_static.js";
import { obj_is_true, obj_binary_op } from "./operators.js";
import { obj_getiter, obj_iternext } from "./iter.js";
import { obj_equal } from "./objects/equality.js";

/** The method name for each BinaryOp (0: none), in BinaryOp's order. */
const BINARY_NAME: readonly u32[] = [
  Q.__lt__, Q.__gt__, Q.__eq__, Q.__le__, Q.__ge__, Q.__ne__, 0, 0, 0,
  Q.__ior__, Q.__ixor__, Q.__iand__, Q.__ilshift__, Q.__irshift__, Q.__iadd__, Q.__isub__, Q.__imul__,
  Q.__imatmul__, Q.__ifloordiv__, Q.__itruediv__, Q.__imod__, Q.__ipow__,
  Q.__or__, Q.__xor__, Q.__and__, Q.__lshift__, Q.__rshift__, Q.__add__, Q.__sub__, Q.__mul__,
  Q.__matmul__, Q.__floordiv__, Q.__truediv__, Q.__mod__, Q.__pow__,
  Q.__divmod__, Q.__contains__,
];

/** The reflected method name for each BinaryOp (0: none): comparisons mirror. */
const REFLECTED_NAME: readonly u32[] = [
  Q.__gt__, Q.__lt__, Q.__eq__, Q.__ge__, Q.__le__, Q.__ne__, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  Q.__ror__, Q.__rxor__, Q.__rand__, Q.__rlshift__, Q.__rrshift__, Q.__radd__, Q.__rsub__, Q.__rmul__,
  Q.__rmatmul__, Q.__rfloordiv__, Q.__rtruediv__, Q.__rmod__, Q.__rpow__,
  Q.__rdivmod__, 0,
];

/** A special method of o's class, OBJ_NULL when o is not an instance or has none. */
export function special_lookup(o: obj, q: u32): obj {
  const t: obj = obj_type(o);
  if (!is_class(t)) return OBJ_NULL;
  return class_lookup(t, q);
}

/** fn(self) or fn(self, arg) (arg OBJ_NULL: none). */
export function special_call(fn: obj, self: obj, arg: obj): obj {
  const depth: u32 = gc_root_push(fn);
  const base: u32 = gc_root_depth();
  gc_root_push(self);
  if (arg !== OBJ_NULL) gc_root_push(arg);
  const r: obj = obj_call(fn, arg === OBJ_NULL ? 1 : 2, 0, gc_root_addr(base));
  gc_root_restore(depth);
  return r;
}

/** Either operand's native object in place of an instance (OBJ_NULL when neither has one). */
function native_or_self(o: obj): obj {
  if (!is_instance(o)) return o;
  const n: obj = instance_native(o);
  return n === OBJ_NULL ? o : n;
}

/**
 * a op b when a or b is an instance of a user class: the result, or OBJ_NULL when neither
 * side's methods apply (the caller then retries with native objects, raises its
 * TypeError, or compares by identity).
 */
export function instance_binary_op(op: BinaryOp, a: obj, b: obj): obj {
  return binary_special(op, a, b);
}

/** instance_binary_op with the operator as a number (in-place ops map onto normal ones). */
function binary_special(op: u32, a: obj, b: obj): obj {
  const depth: u32 = gc_root_push(a);
  gc_root_push(b);
  let r: obj = OBJ_NULL;
  const name: u32 = BINARY_NAME[op]!;
  if (name !== 0) {
    const fn: obj = special_lookup(a, name);
    if (fn !== OBJ_NULL) r = special_call(fn, a, b);
    if (r === OBJ_NOT_IMPLEMENTED) r = OBJ_NULL;
  }
  // a += b without __iadd__ is a = a + b.
  if (r === OBJ_NULL && op >= BinaryOp.InplaceOr && op <= BinaryOp.InplacePower) {
    r = binary_special((op + (BinaryOp.Or - BinaryOp.InplaceOr)) >>> 0, a, b);
    gc_root_restore(depth);
    return r;
  }
  if (r === OBJ_NULL) {
    const rname: u32 = REFLECTED_NAME[op]!;
    // Reflected methods are the right operand's, and only when the types differ.
    if (rname !== 0 && obj_type(a) !== obj_type(b)) {
      const fn: obj = special_lookup(b, rname);
      if (fn !== OBJ_NULL) r = special_call(fn, b, a);
      if (r === OBJ_NOT_IMPLEMENTED) r = OBJ_NULL;
    } else if (rname !== 0 && op <= BinaryOp.NotEqual && op !== BinaryOp.Equal && op !== BinaryOp.NotEqual) {
      // Same type: a < b falls back to b > a.
      const fn: obj = special_lookup(b, rname);
      if (fn !== OBJ_NULL) r = special_call(fn, b, a);
      if (r === OBJ_NOT_IMPLEMENTED) r = OBJ_NULL;
    }
  }
  // != is not ==, when only __eq__ is defined.
  if (r === OBJ_NULL && op === BinaryOp.NotEqual) {
    const fn: obj = special_lookup(a, Q.__eq__);
    if (fn !== OBJ_NULL) {
      const eq: obj = special_call(fn, a, b);
      if (eq !== OBJ_NOT_IMPLEMENTED) r = bool_obj(!special_truth(eq));
    }
  }
  gc_root_restore(depth);
  return r;
}

/** An instance's native object (a built-in base's value), or o itself. */
export function instance_native_of(o: obj): obj {
  return native_or_self(o);
}

/** The truth of a special method's result (True, False or anything with a truth). */
function special_truth(r: obj): bool {
  if (r === OBJ_TRUE) return true;
  if (r === OBJ_FALSE) return false;
  if (is_small_int(r)) return small_int_value(r) !== 0;
  return true;
}

function raise_len_not_int(r: obj): never {
  const m: Printer = message_begin();
  print_str(m, "'");
  message_type_name(m, r);
  print_str(m, "' object cannot be interpreted as an integer");
  message_raise(TypeId.TypeError, m);
}

/** The unary special method names, in UnaryOp's order (0: none). */
const UNARY_NAME: readonly u32[] = [
  Q.__pos__, Q.__neg__, Q.__invert__, 0, Q.__bool__, Q.__len__, Q.__hash__, Q.__abs__, Q.__int__, 0,
];

/** op a for an instance a: the result, or OBJ_NULL when its class has no method for it. */
export function instance_unary_op(op: UnaryOp, a: obj): obj {
  const name: u32 = UNARY_NAME[op]!;
  if (name === 0) return OBJ_NULL;
  let fn: obj = special_lookup(a, name);
  if (op === UnaryOp.Bool && fn === OBJ_NULL) {
    // No __bool__: truth is len() != 0, when there is a __len__.
    fn = special_lookup(a, Q.__len__);
    if (fn === OBJ_NULL) return OBJ_NULL;
    const n: obj = check_len(special_call(fn, a, OBJ_NULL));
    return bool_obj(small_int_value(n) !== 0);
  }
  if (op === UnaryOp.Hash && fn === OBJ_NULL) {
    // A class that defines __eq__ without __hash__ is unhashable.
    if (special_lookup(a, Q.__eq__) !== OBJ_NULL) {
      const m: Printer = message_begin();
      print_str(m, "unhashable type: '");
      print_type_name_of(m, obj_type(a));
      print_str(m, "'");
      message_raise(TypeId.TypeError, m);
    }
    return OBJ_NULL;
  }
  if (fn === OBJ_NULL) return OBJ_NULL;
  const r: obj = special_call(fn, a, OBJ_NULL);
  if (op === UnaryOp.Bool) {
    if (r !== OBJ_TRUE && r !== OBJ_FALSE) {
      const m: Printer = message_begin();
      print_str(m, "__bool__ should return bool, returned ");
      message_type_name(m, r);
      message_raise(TypeId.TypeError, m);
    }
    return r;
  }
  if (op === UnaryOp.Len) return check_len(r);
  if (op === UnaryOp.Hash) {
    if (r === OBJ_TRUE || r === OBJ_FALSE) return r === OBJ_TRUE ? 3 : 1; // the words of 1 and 0
    if (!is_small_int(r) && !int_is(r)) raise_msg(TypeId.TypeError, "__hash__ method should return an integer");
  }
  return r;
}

/** A __len__ result: a non-negative small int. */
function check_len(r: obj): obj {
  if (r === OBJ_TRUE) return 3;
  if (r === OBJ_FALSE) return 1;
  if (!is_small_int(r)) {
    if (int_is(r)) raise_msg(TypeId.OverflowError, "cannot fit 'int' into an index-sized integer");
    raise_len_not_int(r);
  }
  if (small_int_value(r) < 0) raise_msg(TypeId.ValueError, "__len__() should return >= 0");
  return r;
}

/** str(o) or repr(o) by __str__/__repr__: the str result, or OBJ_NULL when neither is defined. */
export function instance_str(o: obj, want_repr: bool): obj {
  let fn: obj = OBJ_NULL;
  if (!want_repr) fn = special_lookup(o, Q.__str__);
  if (fn === OBJ_NULL) fn = special_lookup(o, Q.__repr__);
  if (fn === OBJ_NULL) return OBJ_NULL;
  const r: obj = special_call(fn, o, OBJ_NULL);
  if (!str_is(r)) {
    const m: Printer = message_begin();
    print_str(m, want_repr || special_lookup(o, Q.__str__) === OBJ_NULL ? "__repr__" : "__str__");
    print_str(m, " returned non-string (type ");
    message_type_name(m, r);
    print_str(m, ")");
    message_raise(TypeId.TypeError, m);
  }
  return r;
}

/** a == b when either is an instance with __eq__: true/false, or OBJ_NULL to use identity. */
export function instance_equal(a: obj, b: obj): obj {
  const r: obj = instance_binary_op(BinaryOp.Equal, a, b);
  if (r === OBJ_NULL) return OBJ_NULL;
  return bool_obj(special_truth(r));
}

/** item in o for an instance o: __contains__, else the native object, else iteration. */
export function instance_contains(o: obj, item: obj): obj {
  const fn: obj = special_lookup(o, Q.__contains__);
  if (fn !== OBJ_NULL) return bool_obj(obj_is_true(special_call(fn, o, item)));
  const n: obj = instance_native(o);
  if (n !== OBJ_NULL) return obj_binary_op(BinaryOp.In, item, n);
  const depth: u32 = gc_root_push(o);
  gc_root_push(item);
  const it: obj = obj_getiter(o);
  gc_root_push(it);
  let found: bool = false;
  while (!found) {
    const v: obj = obj_iternext(it);
    if (v === OBJ_STOP_ITERATION) break;
    found = obj_equal(v, item);
  }
  gc_root_restore(depth);
  return bool_obj(found);
}
