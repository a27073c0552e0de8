// Equality and hashing of objects, as dict and set need them: Python's ==, and a hash
// that agrees with it (equal objects hash equal: 1 == True, a str equals its qstr).
// Types without their own equality compare by identity. Raises TypeError for unhashables.

import { load_u8, type i32, type u32, type bool } from "../subset/index.js";
import {
  is_small_int, small_int_value, is_qstr, qstr_of, OBJ_TRUE, OBJ_FALSE, OBJ_NULL, type obj,
} from "../obj.js";
import { obj_type, is_builtin_type, builtin_type_id, TypeId } from "./type.js";
import { str_data, str_len, StrObj } from "./str.js";
import { tuple_len, tuple_get } from "./tuple.js";
import { mpz_cmp, mpz_hash } from "../mpz.js";
import { qstr_hash } from "../qstr.js";
import { message_begin, message_type_name, message_raise } from "./message.js";
import { print_str, type Printer } from "../print.js";
import { float_equal, float_hash } from "./float.js";
import { complex_equal, complex_hash } from "./complex.js";
import { list_equal } from "./list.js";
import { dict_equal } from "./dict.js";
import { set_equal, set_hash } from "./set.js";
import { is_instance } from "./instance.js";
import { instance_equal, instance_unary_op, instance_native_of } from "../special.js";
import { UnaryOp } from "../ops.js";
import { buffer_equal } from "./bytes.js";
import { array_equal } from "./array.js";

function type_id_of(o: obj): u32 {
  const t: obj = obj_type(o);
  return is_builtin_type(t) ? builtin_type_id(t) : TypeId.object;
}

/** bool and int compare as numbers: True == 1. */
function as_small_number(o: obj): i32 {
  if (o === OBJ_TRUE) return 1;
  if (o === OBJ_FALSE) return 0;
  return small_int_value(o);
}

function is_small_number(o: obj): bool {
  return is_small_int(o) || o === OBJ_TRUE || o === OBJ_FALSE;
}

function bytes_equal(a: u32, b: u32, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) if (load_u8(a + i) !== load_u8(b + i)) return false;
  return true;
}

/** Python's a == b for the built-in types (identity for the others). */
export function obj_equal(a: obj, b: obj): bool {
  if (a === b) return true;
  if (is_instance(a) || is_instance(b)) {
    // __eq__ of either side, else the native objects of built-in bases, else identity.
    const r: obj = instance_equal(a, b);
    if (r !== OBJ_NULL) return r === OBJ_TRUE;
    const na: obj = instance_native_of(a);
    const nb: obj = instance_native_of(b);
    return (na !== a || nb !== b) && obj_equal(na, nb);
  }
  if (is_small_number(a) && is_small_number(b)) return as_small_number(a) === as_small_number(b);
  const ta: u32 = type_id_of(a);
  const tb: u32 = type_id_of(b);
  // Numbers of different types compare by value: complex and float know how.
  if (ta === TypeId.complex || tb === TypeId.complex) return complex_equal(a, b);
  if (ta === TypeId.float || tb === TypeId.float) return float_equal(a, b);
  if (ta === TypeId.int && tb === TypeId.int) {
    // A big int never equals a small one (results are kept small when they fit).
    return !is_small_int(a) && !is_small_int(b) && mpz_cmp(a, b) === 0;
  }
  if (ta === TypeId.str && tb === TypeId.str) {
    const n: u32 = str_len(a);
    if (n !== str_len(b)) return false;
    if (!is_qstr(a) && !is_qstr(b) && StrObj.hash.get(a) !== StrObj.hash.get(b)) return false;
    return bytes_equal(str_data(a), str_data(b), n);
  }
  if (ta === TypeId.list && tb === TypeId.list) return list_equal(a, b);
  if (ta === TypeId.bytes || ta === TypeId.bytearray || ta === TypeId.memoryview) return buffer_equal(a, b);
  if (ta === TypeId.array || tb === TypeId.array) return ta === tb && array_equal(a, b);
  if (ta === TypeId.dict && tb === TypeId.dict) return dict_equal(a, b);
  if ((ta === TypeId.set || ta === TypeId.frozenset) && (tb === TypeId.set || tb === TypeId.frozenset)) return set_equal(a, b);
  if (ta === TypeId.tuple && tb === TypeId.tuple) {
    const n: u32 = tuple_len(a);
    if (n !== tuple_len(b)) return false;
    for (let i: u32 = 0; i < n; i++) if (!obj_equal(tuple_get(a, i), tuple_get(b, i))) return false;
    return true;
  }
  return false;
}

/** hash(o), consistent with obj_equal; a small-int-sized value. */
export function obj_hash(o: obj): i32 {
  if (is_small_number(o)) return as_small_number(o);
  if (is_qstr(o)) return qstr_hash(qstr_of(o));
  const t: u32 = type_id_of(o);
  switch (t) {
    case TypeId.int: return mpz_hash(o);
    case TypeId.float: return float_hash(o);
    case TypeId.complex: return complex_hash(o);
    case TypeId.frozenset: return set_hash(o);
    case TypeId.str: case TypeId.bytes: return StrObj.hash.get(o) & 0xffff;
    case TypeId.tuple: {
      // Combine the items' hashes (order matters), kept in 30 bits.
      let h: i32 = 0x345678;
      const n: u32 = tuple_len(o);
      for (let i: u32 = 0; i < n; i++) h = (Math.imul(h, 1000003) ^ obj_hash(tuple_get(o, i))) & 0x3fffffff;
      return h;
    }
    case TypeId.list: case TypeId.dict: case TypeId.set: case TypeId.bytearray: case TypeId.memoryview: case TypeId.array: {
      const m: Printer = message_begin();
      print_str(m, "unhashable type: '");
      message_type_name(m, o);
      print_str(m, "'");
      message_raise(TypeId.TypeError, m);
    }
    default: {
      if (is_instance(o)) {
        // __hash__, or the native object's hash, or identity.
        const h: obj = instance_unary_op(UnaryOp.Hash, o);
        if (h !== OBJ_NULL) return is_small_int(h) ? small_int_value(h) : mpz_hash(h);
        const n: obj = instance_native_of(o);
        if (n !== o) return obj_hash(n);
      }
      // Identity hash: the address, as MicroPython does.
      return (o >>> 4) & 0x3fffffff;
    }
  }
}
