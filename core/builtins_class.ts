// __build_class__(body, name, *bases): what a class statement calls. The body function runs
// with a fresh dict as its locals (STORE_NAME fills it), then the class is made from that
// namespace; a body that uses __class__ (super(), methods naming __class__) returns the cell
// to fill with the new class, as MicroPython's compiler arranges.

import { type u32, type ref } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { OBJ_NONE, is_qstr, qstr_of, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { dict_new } from "./objects/dict.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";
import { fun_is, fun_setup_frame, cell_set } from "./objects/fun.js";
import { Frame } from "./frame.js";
import { vm_execute } from "./vm.js";
import { class_new } from "./objects/class.js";
import { str_is } from "./objects/str_ops.js";
import { str_data, str_len } from "./objects/str.js";
import { qstr_from_bytes } from "./qstr.js";
import { raise_msg } from "./objects/exception.js";
import { arg } from "./builtins_args.js";

export function builtin_build_class(n_args: u32, n_kw: u32, args: u32): obj {
  const body: obj = arg(args, 0);
  const name: obj = arg(args, 1);
  if (!fun_is(body)) raise_msg(TypeId.TypeError, "__build_class__: func must be a function");
  if (!str_is(name)) raise_msg(TypeId.TypeError, "__build_class__: name is not a string");
  if (n_kw !== 0) raise_msg(TypeId.TypeError, "metaclass and class keywords are not supported");
  const nb: u32 = (n_args - 2) >>> 0;
  const bases: obj = tuple_new(nb);
  const depth: u32 = gc_root_push(bases);
  for (let i: u32 = 0; i < nb; i++) tuple_set(bases, i, arg(args, (i + 2) >>> 0));
  const ns: obj = dict_new();
  gc_root_push(ns);
  const frame: ref = fun_setup_frame(body, 0, 0, 0);
  Frame.locals.set(frame, ns);
  const cell: obj = vm_execute(frame, 0);
  gc_root_push(cell);
  const q: u32 = is_qstr(name) ? qstr_of(name) : qstr_from_bytes(str_data(name), str_len(name));
  const cls: obj = class_new(q, bases, ns);
  if (cell !== OBJ_NONE) cell_set(cell, cls);
  gc_root_restore(depth);
  return cls;
}
