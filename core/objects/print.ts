// print(obj) and repr(obj): one print slot per built-in type, chosen by table.

import type { u32, bool } from "../subset/index.js";
import { OBJ_TRUE, OBJ_NONE, type obj } from "../obj.js";
import { obj_type, is_builtin_type, builtin_type_id, TYPE_NAME } from "./type.js";
import { print_str, print_bytes, print_byte, print_u32, type Printer } from "../print.js";
import { str_print, PrintKind } from "./str.js";
import { tuple_print, tuple_get, tuple_len } from "./tuple.js";
import { exception_print } from "./exception.js";
import { module_print } from "./module.js";
import { int_print } from "./int.js";
import { float_print } from "./float.js";
import { complex_print } from "./complex.js";
import { bytes_print } from "./bytes.js";
import { memoryview_print } from "./memoryview.js";
import { dict_view_print } from "./dict_view.js";
import { stream_print } from "./stream.js";
import { io_print } from "./iostream.js";
import { list_print } from "./list.js";
import { dict_print } from "./dict.js";
import { set_print } from "./set.js";
import { qstr_data, qstr_len } from "../qstr.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, new_qstr_obj } from "../obj.js";
import { class_dict, print_type_name_of, type_is_exception } from "./class.js";
import { instance_native } from "./instance.js";
import { instance_str } from "../special.js";
import { dict_lookup } from "./dict.js";
import { str_is } from "./str_ops.js";
import { exception_args } from "./exception.js";
import { Q } from "../qstr_static.js";
import { range_print } from "./range.js";
import { slice_print } from "./slice_obj.js";
import { array_print } from "./array.js";

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
  else print_class_qualified_name(p, o);
  print_str(p, "'>");
}

/** module.Name for a user class (its __module__ as the class body set it). */
function print_class_qualified_name(p: Printer, cls: obj): void {
  const module: obj = dict_lookup(class_dict(cls), new_qstr_obj(Q.__module__));
  if (module !== OBJ_NULL && str_is(module)) {
    str_print(p, module, PrintKind.Str);
    print_str(p, ".");
  }
  print_type_name_of(p, cls);
}

/** An address as 0x… in lower-case hex, as CPython's default repr shows it. */
function print_address(p: Printer, a: u32): void {
  print_str(p, "0x");
  let started: bool = false;
  for (let k: u32 = 0; k < 8; k++) {
    const digit: u32 = (a >>> ((28 - k * 4) & 31)) & 15;
    if (digit !== 0 || started || k === 7) {
      started = true;
      print_byte(p, (digit < 10 ? 48 + digit : 87 + digit) & 0xff);
    }
  }
}

/** An instance of a user class: __str__/__repr__, its built-in base's print, or <C object at …>. */
function instance_print(p: Printer, o: obj, kind: PrintKind): void {
  const depth: u32 = gc_root_push(o);
  const s: obj = instance_str(o, kind === PrintKind.Repr);
  gc_root_restore(depth);
  if (s !== OBJ_NULL) {
    str_print(p, s, PrintKind.Str);
    return;
  }
  const native: obj = instance_native(o);
  if (native !== OBJ_NULL && type_is_exception(obj_type(o)) && kind === PrintKind.Repr) {
    // MyError('x'): the class's name with the args.
    print_type_name_of(p, obj_type(o));
    const args: obj = exception_args(native);
    if (args === OBJ_NULL || tuple_len(args) !== 1) {
      if (args === OBJ_NULL) print_str(p, "()");
      else tuple_print(p, args, PrintKind.Repr);
    } else {
      print_str(p, "(");
      obj_print(p, tuple_get(args, 0), PrintKind.Repr);
      print_str(p, ")");
    }
    return;
  }
  if (native !== OBJ_NULL) {
    obj_print(p, native, kind);
    return;
  }
  print_str(p, "<");
  print_class_qualified_name(p, obj_type(o));
  print_str(p, " object at ");
  print_address(p, o);
  print_str(p, ">");
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
  str_print, bytes_print, bytes_print, tuple_print, list_print, dict_print, set_print,
  set_print, range_print, slice_print, object_print, object_print, object_print, object_print,
  module_print, ellipsis_print, not_implemented_print,
  // Exceptions.
  exception_print, exception_print, exception_print, exception_print, exception_print, exception_print,
  exception_print, exception_print, exception_print, exception_print, exception_print, exception_print,
  exception_print, exception_print, exception_print, exception_print, exception_print, exception_print,
  exception_print, exception_print, exception_print, exception_print, exception_print, exception_print,
  exception_print, exception_print, exception_print,
  object_print, object_print, object_print, object_print, // property, staticmethod, classmethod, super
  object_print, // iterator
  memoryview_print,
  dict_view_print,
  stream_print,
  object_print, io_print, io_print, io_print, io_print, // IOBase, StringIO, BytesIO, FileIO, TextFile
  object_print, // poll
  object_print, // sha256
  object_print, // sha1
  object_print, // md5
  array_print, // array
];

export function obj_print(p: Printer, o: obj, kind: PrintKind): void {
  const t: obj = obj_type(o);
  if (is_builtin_type(t)) {
    PRINT[builtin_type_id(t)]!(p, o, kind);
  } else {
    instance_print(p, o, kind);
  }
}

/** The number of print slots (a test checks there is one per TypeId). */
export function print_slot_count(): u32 {
  return PRINT.length;
}
