// print(obj) and repr(obj): one print slot per built-in type, chosen by table.

import type { u32 } from "../subset/index.js";
import { OBJ_TRUE, OBJ_NONE, type obj } from "../obj.js";
import { obj_type, is_builtin_type, builtin_type_id, TYPE_NAME } from "./type.js";
import { print_str, print_bytes, print_u32, type Printer } from "../print.js";
import { str_print, PrintKind } from "./str.js";
import { tuple_print } from "./tuple.js";
import { exception_print } from "./exception.js";
import { int_print } from "./int.js";
import { float_print } from "./float.js";
import { complex_print } from "./complex.js";
import { list_print } from "./list.js";
import { dict_print } from "./dict.js";
import { set_print } from "./set.js";
import { qstr_data, qstr_len } from "../qstr.js";

export type PrintFn = (p: Printer, o: obj, kind: PrintKind) => void;

function print_type_name(p: Printer, id: u32): void {
  const name: u32 = TYPE_NAME[id]!;
  print_bytes(p, qstr_data(name), qstr_len(name));
}

function none_print(p: Printer, o: obj, kind: PrintKind): void {
  print_str(p, o === OBJ_NONE ? "None" : "?");
}

function bool_print(p: Printer, o: obj, kind: PrintKind): void {
  print_str(p, o === OBJ_TRUE ? "True" : "False");
}

function type_print(p: Printer, o: obj, kind: PrintKind): void {
  print_str(p, "<class '");
  if (is_builtin_type(o)) print_type_name(p, builtin_type_id(o));
  print_str(p, "'>");
}

function ellipsis_print(p: Printer, o: obj, kind: PrintKind): void {
  print_str(p, "Ellipsis");
}

function not_implemented_print(p: Printer, o: obj, kind: PrintKind): void {
  print_str(p, "NotImplemented");
}

/** <name object at 0x…>, for types without a print of their own. */
function object_print(p: Printer, o: obj, kind: PrintKind): void {
  const t: obj = obj_type(o);
  print_str(p, "<");
  if (is_builtin_type(t)) print_type_name(p, builtin_type_id(t));
  print_str(p, " object at ");
  print_u32(p, o);
  print_str(p, ">");
}

/** Indexed by TypeId: the print slot of every built-in type. */
const PRINT: readonly PrintFn[] = [
  object_print, type_print, none_print, bool_print, int_print, float_print, complex_print,
  str_print, object_print, object_print, tuple_print, list_print, dict_print, set_print,
  set_print, object_print, object_print, object_print, object_print, object_print, object_print,
  object_print, ellipsis_print, not_implemented_print,
  // Exceptions.
  exception_print, exception_print, exception_print, exception_print, exception_print, exception_print,
  exception_print, exception_print, exception_print, exception_print, exception_print, exception_print,
  exception_print, exception_print, exception_print, exception_print, exception_print, exception_print,
  exception_print, exception_print, exception_print, exception_print, exception_print, exception_print,
  exception_print, exception_print, exception_print,
];

export function obj_print(p: Printer, o: obj, kind: PrintKind): void {
  const t: obj = obj_type(o);
  if (is_builtin_type(t)) {
    PRINT[builtin_type_id(t)]!(p, o, kind);
  } else {
    object_print(p, o, kind);
  }
}

/** The number of print slots (a test checks there is one per TypeId). */
export function print_slot_count(): u32 {
  return PRINT.length;
}
