// The builtins that reach namespaces: globals(), locals(), dir(), eval() and exec().

import { caught, type u32 } from "./subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_depth } from "./gc.js";
import { OBJ_NULL, OBJ_NONE, new_qstr_obj, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { raise_msg } from "./objects/exception.js";
import { dict_is, dict_keys_list } from "./objects/dict.js";
import { list_new, list_append } from "./objects/list.js";
import { str_data, str_len } from "./objects/str.js";
import { str_is } from "./objects/str_ops.js";
import { obj_load_attr_maybe } from "./attr.js";
import { qstr_count } from "./qstr.js";
import { exec_source_in, exec_current_globals, exec_current_locals } from "./exec.js";
import { CompileMode } from "./compile.js";
import { arg, arg_or } from "./builtins_args.js";
import { Q } from "./qstr_static.js";

export function builtin_globals(n_args: u32, n_kw: u32, args: u32): obj {
  const g: obj = exec_current_globals();
  return g === OBJ_NULL ? OBJ_NONE : g;
}

export function builtin_locals(n_args: u32, n_kw: u32, args: u32): obj {
  const l: obj = exec_current_locals();
  return l === OBJ_NULL ? OBJ_NONE : l;
}

/** o.q without raising: OBJ_NULL for a missing attribute or one whose lookup raises. */
function attr_or_null(o: obj, q: u32): obj {
  const depth: u32 = gc_root_depth();
  try {
    return obj_load_attr_maybe(o, q);
  } catch (e) {
    caught(e);
    gc_root_restore(depth);
    return OBJ_NULL;
  }
}

/**
 * dir(): the names of the current namespace. dir(o): as MicroPython, every interned name
 * that o has as an attribute, in interning order.
 */
export function builtin_dir(n_args: u32, n_kw: u32, args: u32): obj {
  if (n_args === 0) {
    const l: obj = exec_current_locals();
    return l === OBJ_NULL ? list_new(0) : dict_keys_list(l);
  }
  const o: obj = arg(args, 0);
  const depth: u32 = gc_root_push(o);
  const out: obj = list_new(0);
  gc_root_push(out);
  const n: u32 = qstr_count();
  for (let q: u32 = 1; q < n; q++) {
    if (attr_or_null(o, q) !== OBJ_NULL) list_append(out, new_qstr_obj(q));
  }
  gc_root_restore(depth);
  return out;
}

/** eval/exec(source, globals=None, locals=None): globals default to the caller's. */
function run_source(n_args: u32, args: u32, mode: CompileMode, what: string): obj {
  const src: obj = arg(args, 0);
  if (!str_is(src)) raise_msg(TypeId.TypeError, what);
  let globals: obj = arg_or(n_args, args, 1, OBJ_NONE);
  let locals: obj = arg_or(n_args, args, 2, OBJ_NONE);
  if (globals === OBJ_NONE) {
    globals = exec_current_globals();
    if (locals === OBJ_NONE) locals = exec_current_locals();
  } else if (!dict_is(globals)) {
    raise_msg(TypeId.TypeError, "globals must be a dict");
  }
  if (locals === OBJ_NONE) locals = globals;
  if (!dict_is(locals)) raise_msg(TypeId.TypeError, "locals must be a dict");
  const depth: u32 = gc_root_push(src);
  const r: obj = exec_source_in(str_data(src), str_len(src), Q.lt_string_gt, mode, globals, locals);
  gc_root_restore(depth);
  return r;
}

export function builtin_eval(n_args: u32, n_kw: u32, args: u32): obj {
  return run_source(n_args, args, CompileMode.Eval, "eval() arg 1 must be a string, bytes or code object");
}

export function builtin_exec(n_args: u32, n_kw: u32, args: u32): obj {
  run_source(n_args, args, CompileMode.File, "exec() arg 1 must be a string, bytes or code object");
  return OBJ_NONE;
}
