// Compiled code as heap data, shaped like MicroPython's mp_raw_code_t and
// mp_compiled_module_t: a module has one qstr table and one constant-object table that all
// its functions index (bytecode operands are indices, as in .mpy v6), and a tree of raw
// codes, each holding its function data (prelude + bytecode) and its children.
//
// Constants are ordinary object words where Pyxis has the type (None, bools, Ellipsis,
// small ints, str, big ints, tuples, complex). bytes and float get minimal heap objects
// here until their types land in core/objects/: bytes uses the StrObj shape. Complex
// constants are complex objects, written to .mpy as their repr, e.g. "(1+2j)", as
// MicroPython serializes them.

import {
  layout, field_ref, field_u32, field_f64, load_u32, mem_compare, mem_copy,
  type i32, type u32, type f64, type bool, type ref,
} from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "./gc.js";
import {
  OBJ_NULL, OBJ_NONE, OBJ_FALSE, OBJ_TRUE, OBJ_ELLIPSIS, is_small_int, small_int_value, is_qstr, type obj,
} from "./obj.js";
import { obj_type, is_builtin_type, builtin_type_id, type_word, TypeId } from "./objects/type.js";
import { StrObj, str_data, str_len, str_print_repr, str_new_uninit, str_seal, PrintKind } from "./objects/str.js";
import { complex_from_text, complex_from_f64, complex_same_constant, complex_print } from "./objects/complex.js";
import { tuple_len, tuple_get } from "./objects/tuple.js";
import { raise_memory_error } from "./objects/exception.js";
import { print_str, print_i32, print_bytes, type Printer } from "./print.js";
import { mpz_cmp, mpz_str_size, mpz_to_str } from "./mpz.js";
import { float_format_repr, float_format_bound, FLOAT_FORMAT_SCRATCH_BYTES } from "./float_format.js";

/** MP_CODE_BYTECODE: the only kind Pyxis loads (native code kinds follow it in MicroPython). */
export const RAW_CODE_BYTECODE: u32 = 2;

/** One function: its function data (prelude, source info, closure info, opcodes) and children. */
export const RawCode = layout("RawCode", {
  kind: field_u32,
  code: field_ref,
  code_len: field_u32,
  children: field_ref,
  n_children: field_u32,
});

/** A compiled module: the qstr table (Pyxis qstr numbers, u32 each; entry 0 is the source
 *  file), the constant objects (object words), and the module's top-level raw code. */
export const CompiledModule = layout("CompiledModule", {
  qstrs: field_ref,
  n_qstr: field_u32,
  objs: field_ref,
  n_obj: field_u32,
  rc: field_ref,
});

/** A float constant (the float type will own this shape). */
export const BoxedFloat = layout("BoxedFloat", { type: field_ref, pad: field_u32, value: field_f64 });

/** What a constant is, for the .mpy writer, the disassembler and deduplication. */
export const enum ConstKind {
  None,
  False,
  True,
  Ellipsis,
  SmallInt,
  Str,
  Bytes,
  BigInt,
  Float,
  Complex,
  Tuple,
  Other,
}

function kind_of_type(id: u32): ConstKind {
  switch (id) {
    case TypeId.str: return ConstKind.Str;
    case TypeId.bytes: return ConstKind.Bytes;
    case TypeId.int: return ConstKind.BigInt;
    case TypeId.float: return ConstKind.Float;
    case TypeId.complex: return ConstKind.Complex;
    case TypeId.tuple: return ConstKind.Tuple;
    default: return ConstKind.Other;
  }
}

export function const_kind(o: obj): ConstKind {
  if (o === OBJ_NONE) return ConstKind.None;
  if (o === OBJ_FALSE) return ConstKind.False;
  if (o === OBJ_TRUE) return ConstKind.True;
  if (o === OBJ_ELLIPSIS) return ConstKind.Ellipsis;
  if (is_small_int(o)) return ConstKind.SmallInt;
  if (is_qstr(o)) return ConstKind.Str;
  if ((o & 7) !== 0 || o === 0) return ConstKind.Other;
  const t: obj = obj_type(o);
  return is_builtin_type(t) ? kind_of_type(builtin_type_id(t)) : ConstKind.Other;
}

/** A heap object of the StrObj shape holding a copy of [addr, addr + len). Raises MemoryError. */
function new_text_object(id: TypeId, addr: u32, len: u32): obj {
  const s: obj = str_new_uninit(id, len);
  mem_copy(StrObj.data.get(s), addr, len);
  return str_seal(s);
}

/** A bytes constant. Raises MemoryError; addr must be rooted by the caller if in the heap. */
export function const_new_bytes(addr: u32, len: u32): obj {
  return new_text_object(TypeId.bytes, addr, len);
}

/**
 * A complex constant from its text (a literal such as "2j", or the repr an .mpy file holds,
 * such as "(1+2j)"). Raises MemoryError; malformed text gives 0j (the lexer and the .mpy
 * reader only pass complex literals).
 */
export function const_new_complex_text(addr: u32, len: u32): obj {
  const z: obj = complex_from_text(addr, len);
  return z !== OBJ_NULL ? z : complex_from_f64(0.0, 0.0);
}

/** A float constant. Raises MemoryError. */
export function const_new_float(x: f64): obj {
  const f: ref = gc_alloc(BoxedFloat.SIZE);
  if (f === 0) raise_memory_error();
  BoxedFloat.type.set(f, type_word(TypeId.float));
  BoxedFloat.value.set(f, x);
  return f;
}

export function const_float_value(o: obj): f64 {
  return BoxedFloat.value.get(o);
}

function text_equal(a: obj, b: obj): bool {
  const n: u32 = str_len(a);
  return n === str_len(b) && mem_compare(str_data(a), str_data(b), n) === 0;
}

/**
 * MicroPython's strictly_equal (py/emitcommon.c), which deduplicates the constant table:
 * same type and equal (so 0.0 and -0.0 share an entry, a NaN never does), tuples item by
 * item with the same rule. Complex constants compare by their text.
 */
export function const_equal(a: obj, b: obj): bool {
  if (a === b) return true;
  const ka: ConstKind = const_kind(a);
  if (ka !== const_kind(b)) return false;
  switch (ka) {
    case ConstKind.Str:
    case ConstKind.Bytes:
      return text_equal(a, b);
    case ConstKind.Complex:
      return complex_same_constant(a, b);
    case ConstKind.BigInt:
      return mpz_cmp(a, b) === 0;
    case ConstKind.Float:
      return const_float_value(a) === const_float_value(b);
    case ConstKind.Tuple: {
      const n: u32 = tuple_len(a);
      if (n !== tuple_len(b)) return false;
      for (let i: u32 = 0; i < n; i++) if (!const_equal(tuple_get(a, i), tuple_get(b, i))) return false;
      return true;
    }
    default:
      return false;
  }
}

function big_int_print(p: Printer, o: obj): void {
  const depth: u32 = gc_root_push(o);
  const buf: ref = gc_alloc(mpz_str_size(o, 10));
  if (buf === 0) raise_memory_error();
  gc_root_push(buf);
  const n: u32 = mpz_to_str(o, 10, buf);
  print_bytes(p, buf, n);
  gc_root_restore(depth);
}

function float_print(p: Printer, x: f64): void {
  const out_cap: u32 = float_format_bound(-1);
  const buf: ref = gc_alloc((FLOAT_FORMAT_SCRATCH_BYTES + out_cap) >>> 0);
  if (buf === 0) raise_memory_error();
  const depth: u32 = gc_root_push(buf);
  const out: u32 = (buf + FLOAT_FORMAT_SCRATCH_BYTES) >>> 0;
  const n: i32 = float_format_repr(x, out, out_cap, buf, FLOAT_FORMAT_SCRATCH_BYTES);
  print_bytes(p, out, n < 0 ? 0 : n >>> 0);
  gc_root_restore(depth);
}

/**
 * repr() of a constant, as MicroPython prints it (and, for ints, floats and complex
 * numbers, as it serializes them in .mpy files). Raises MemoryError.
 */
export function const_print_repr(p: Printer, o: obj): void {
  switch (const_kind(o)) {
    case ConstKind.None: print_str(p, "None"); break;
    case ConstKind.False: print_str(p, "False"); break;
    case ConstKind.True: print_str(p, "True"); break;
    case ConstKind.Ellipsis: print_str(p, "Ellipsis"); break;
    case ConstKind.SmallInt: print_i32(p, small_int_value(o)); break;
    case ConstKind.Str: str_print_repr(p, str_data(o), str_len(o), false); break;
    case ConstKind.Bytes: str_print_repr(p, str_data(o), str_len(o), true); break;
    case ConstKind.BigInt: big_int_print(p, o); break;
    case ConstKind.Float: float_print(p, const_float_value(o)); break;
    case ConstKind.Complex: complex_print(p, o, PrintKind.Repr); break;
    case ConstKind.Tuple: {
      const n: u32 = tuple_len(o);
      print_str(p, "(");
      for (let i: u32 = 0; i < n; i++) {
        if (i > 0) print_str(p, ", ");
        const_print_repr(p, tuple_get(o, i));
      }
      print_str(p, n === 1 ? ",)" : ")");
      break;
    }
    default: print_str(p, "<object>");
  }
}

/** Word i of a heap array of words. */
export function word_get(array: ref, i: u32): u32 {
  return load_u32(array + i * 4);
}
