// Functions defined in Python (MicroPython's mp_obj_fun_bc_t, with its closure variant
// folded in), the cells of closed-over variables, and argument binding: how a call's
// positional and keyword arguments, defaults, *args and **kwargs fill a new frame's locals
// (mp_setup_code_state of py/bc.c), with CPython 3.11's TypeError messages.
//
// A closure's cells are passed as its first positional arguments, as in MicroPython: the
// compiler numbers free variables before the parameters and counts them in n_pos_args.

import { layout, field_ref, load_u8, load_u32, type u32, type bool, type ref } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, OBJ_NONE, is_qstr, qstr_of, new_qstr_obj, type obj } from "../obj.js";
import { type_word, obj_type, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { tuple_new, tuple_set, tuple_len, tuple_get } from "./tuple.js";
import { dict_new, dict_set, dict_lookup } from "./dict.js";
import { str_data, str_len } from "./str.js";
import { message_begin, message_raise } from "./message.js";
import { print_str, print_u32, print_bytes, type Printer } from "../print.js";
import { qstr_data, qstr_len, qstr_from_bytes } from "../qstr.js";
import { RawCode, CompiledModule, word_get } from "../rawcode.js";
import { bc_read_prelude, bc_prelude, Prelude, bc_cursor_set, bc_read_uint, SCOPE_FLAG_GENERATOR, SCOPE_FLAG_VARARGS, SCOPE_FLAG_VARKEYWORDS } from "../bytecode.js";
import { Frame, frame_new, frame_local, frame_set_local, frame_state } from "../frame.js";
import { vm_execute } from "../vm.js";
import { gen_new } from "./gen.js";

export const FunObj = layout("FunObj", {
  type: field_ref,
  /** The CompiledModule whose qstr and constant tables the bytecode indexes. */
  module: field_ref,
  rc: field_ref,
  globals: field_ref,
  /** Tuple of the last positional parameters' defaults, or 0. */
  defargs: field_ref,
  /** Dict of keyword-only parameters' defaults, or 0. */
  kwdefs: field_ref,
  /** Tuple of the cells a closure closes over, or 0. */
  closed: field_ref,
});

/**
 * A cell: one closed-over variable shared by a function and its closures. Never a Python
 * value (only locals and closures hold cells), so it borrows the `object` type word.
 */
export const CellObj = layout("CellObj", { type: field_ref, value: field_ref });

export function cell_new(v: obj): obj {
  const depth: u32 = gc_root_push(v);
  const c: ref = gc_alloc(CellObj.SIZE);
  gc_root_restore(depth);
  if (c === 0) raise_memory_error();
  CellObj.type.set(c, type_word(TypeId.object));
  CellObj.value.set(c, v);
  return c;
}

export function cell_get(c: obj): obj {
  return CellObj.value.get(c);
}

export function cell_set(c: obj, v: obj): void {
  CellObj.value.set(c, v);
}

export function fun_is(o: obj): bool {
  return obj_type(o) === type_word(TypeId.function);
}

/** A function of raw code rc. defargs/kwdefs may be OBJ_NULL or None; closed a tuple or 0. Raises MemoryError. */
export function fun_new(module: ref, rc: ref, globals: obj, defargs: obj, kwdefs: obj, closed: obj): obj {
  const depth: u32 = gc_root_push(module);
  gc_root_push(rc);
  gc_root_push(globals);
  gc_root_push(defargs);
  gc_root_push(kwdefs);
  gc_root_push(closed);
  const f: ref = gc_alloc(FunObj.SIZE);
  gc_root_restore(depth);
  if (f === 0) raise_memory_error();
  FunObj.type.set(f, type_word(TypeId.function));
  FunObj.module.set(f, module);
  FunObj.rc.set(f, rc);
  FunObj.globals.set(f, globals);
  FunObj.defargs.set(f, defargs === OBJ_NONE ? OBJ_NULL : defargs);
  FunObj.kwdefs.set(f, kwdefs === OBJ_NONE ? OBJ_NULL : kwdefs);
  FunObj.closed.set(f, closed);
  return f;
}

/** Decode f's prelude (the fields are then read with bc_prelude). */
export function fun_read_prelude(f: obj): void {
  const rc: ref = FunObj.rc.get(f);
  bc_read_prelude(RawCode.code.get(rc), RawCode.code_len.get(rc));
}

export function fun_is_generator(f: obj): bool {
  fun_read_prelude(f);
  return (bc_prelude(Prelude.ScopeFlags) & SCOPE_FLAG_GENERATOR) !== 0;
}

/** The module qstr-table index at position i of f's source info (0: its name, then its parameters). */
function info_qstr(f: obj, i: u32): u32 {
  const rc: ref = FunObj.rc.get(f);
  const code: u32 = RawCode.code.get(rc);
  bc_read_prelude(code, RawCode.code_len.get(rc));
  bc_cursor_set((code + bc_prelude(Prelude.InfoStart)) >>> 0, (code + RawCode.code_len.get(rc)) >>> 0);
  let idx: u32 = 0;
  const count: u32 = (i + 1) >>> 0;
  for (let k: u32 = 0; k < count; k++) idx = bc_read_uint();
  return word_get(CompiledModule.qstrs.get(FunObj.module.get(f)), idx);
}

/** The function's name (a qstr). */
export function fun_name(f: obj): u32 {
  return info_qstr(f, 0);
}

/** The qstr of parameter i (positional ones first, then keyword-only). */
function param_name(f: obj, i: u32): u32 {
  return info_qstr(f, (i + 1) >>> 0);
}

function print_qstr(p: Printer, q: u32): void {
  print_bytes(p, qstr_data(q), qstr_len(q));
}

function message_fun(f: obj): Printer {
  const m: Printer = message_begin();
  print_qstr(m, fun_name(f));
  print_str(m, "() ");
  return m;
}

function plural(p: Printer, n: u32, word: string): void {
  print_u32(p, n);
  print_str(p, " ");
  print_str(p, word);
  if (n !== 1) print_str(p, "s");
}

function raise_too_many(f: obj, n_pos: u32, n_def: u32, given: u32, kwonly_given: u32): never {
  const m: Printer = message_fun(f);
  print_str(m, "takes ");
  if (n_def > 0) {
    print_str(m, "from ");
    print_u32(m, (n_pos - n_def) >>> 0);
    print_str(m, " to ");
    print_u32(m, n_pos);
    print_str(m, " positional arguments");
  } else {
    plural(m, n_pos, "positional argument");
  }
  print_str(m, " but ");
  print_u32(m, given);
  if (kwonly_given > 0) {
    // CPython names the keyword-only arguments that came with too many positional ones.
    print_str(m, " positional argument");
    if (given !== 1) print_str(m, "s");
    print_str(m, " (and ");
    plural(m, kwonly_given, "keyword-only argument");
    print_str(m, ")");
  }
  print_str(m, given === 1 && kwonly_given === 0 ? " was given" : " were given");
  message_raise(TypeId.TypeError, m);
}

/** CPython's "missing 2 required positional arguments: 'a' and 'b'" for the unbound parameters in [from, to). */
function raise_missing(fr: ref, f: obj, from: u32, to: u32, kind: string): never {
  let n: u32 = 0;
  for (let i: u32 = from; i < to; i++) if (frame_local(fr, i) === OBJ_NULL) n = (n + 1) >>> 0;
  const m: Printer = message_fun(f);
  print_str(m, "missing ");
  print_u32(m, n);
  print_str(m, " required ");
  print_str(m, kind);
  print_str(m, n === 1 ? " argument: " : " arguments: ");
  let k: u32 = 0;
  for (let i: u32 = from; i < to; i++) {
    if (frame_local(fr, i) !== OBJ_NULL) continue;
    if (k > 0) print_str(m, n === 2 ? " and " : k === ((n - 1) >>> 0) ? ", and " : ", ");
    print_str(m, "'");
    print_qstr(m, param_name(f, i));
    print_str(m, "'");
    k = (k + 1) >>> 0;
  }
  message_raise(TypeId.TypeError, m);
}

function raise_keyword(f: obj, q: u32, text: string): never {
  const m: Printer = message_fun(f);
  print_str(m, text);
  print_str(m, " '");
  print_qstr(m, q);
  print_str(m, "'");
  message_raise(TypeId.TypeError, m);
}

/** How many of the n_kw (name, value) pairs at kw name a keyword-only parameter (for the error message). */
function count_kwonly_given(f: obj, n_pos: u32, n_params: u32, n_kw: u32, kw: u32): u32 {
  let n: u32 = 0;
  for (let k: u32 = 0; k < n_kw; k++) {
    const q: u32 = keyword_qstr(load_u32(kw + k * 8));
    for (let i: u32 = n_pos; i < n_params; i++) {
      if (param_name(f, i) === q) {
        n = (n + 1) >>> 0;
        break;
      }
    }
  }
  return n;
}

/** The qstr of a keyword name: a qstr object, or a str from a **kwargs dict. */
function keyword_qstr(name: obj): u32 {
  if (is_qstr(name)) return qstr_of(name);
  return qstr_from_bytes(str_data(name), str_len(name));
}

/**
 * A new frame for calling f with n_args positional words then n_kw (name, value) pairs at
 * args: every parameter bound, cells made, ready to run at the first opcode. Raises
 * TypeError for a call that does not fit the signature, MemoryError.
 */
export function fun_setup_frame(f: obj, n_args: u32, n_kw: u32, args: u32): ref {
  const depth: u32 = gc_root_push(f);
  fun_read_prelude(f);
  const n_state: u32 = bc_prelude(Prelude.NState);
  const n_exc: u32 = bc_prelude(Prelude.NExcStack);
  const fr: ref = frame_new(n_state, n_exc);
  gc_root_push(fr);
  fun_read_prelude(f);
  const flags: u32 = bc_prelude(Prelude.ScopeFlags);
  const n_pos: u32 = bc_prelude(Prelude.NPosArgs);
  const n_kwonly: u32 = bc_prelude(Prelude.NKwonlyArgs);
  const n_params: u32 = (n_pos + n_kwonly) >>> 0;
  const info: u32 = bc_prelude(Prelude.InfoStart);
  const n_info: u32 = bc_prelude(Prelude.NInfo);
  const n_cell: u32 = bc_prelude(Prelude.NCell);
  const rc: ref = FunObj.rc.get(f);
  const code: u32 = RawCode.code.get(rc);
  Frame.fun.set(fr, f);
  Frame.globals.set(fr, FunObj.globals.get(f));
  Frame.code_start.set(fr, (code + bc_prelude(Prelude.CodeStart)) >>> 0);
  Frame.ip.set(fr, Frame.code_start.get(fr));
  Frame.op_ip.set(fr, Frame.code_start.get(fr));

  // Closed-over cells come first, as positional arguments.
  const closed: obj = FunObj.closed.get(f);
  const n_closed: u32 = closed === OBJ_NULL ? 0 : tuple_len(closed);
  for (let i: u32 = 0; i < n_closed && i < n_pos; i++) frame_set_local(fr, i, tuple_get(closed, i));
  const n_user_pos: u32 = (n_pos - (n_closed < n_pos ? n_closed : n_pos)) >>> 0;
  const defargs: obj = FunObj.defargs.get(f);
  const n_def: u32 = defargs === OBJ_NULL ? 0 : tuple_len(defargs);
  const varargs: bool = (flags & SCOPE_FLAG_VARARGS) !== 0;
  if (n_args > n_user_pos && !varargs) raise_too_many(f, n_user_pos, n_def, n_args, count_kwonly_given(f, n_pos, n_params, n_kw, (args + n_args * 4) >>> 0));
  const n_copy: u32 = n_args < n_user_pos ? n_args : n_user_pos;
  for (let i: u32 = 0; i < n_copy; i++) frame_set_local(fr, (n_closed + i) >>> 0, load_u32(args + i * 4));
  let next_local: u32 = (n_pos + n_kwonly) >>> 0;
  if (varargs) {
    const extra: u32 = n_args > n_user_pos ? (n_args - n_user_pos) >>> 0 : 0;
    const t: obj = tuple_new(extra);
    for (let i: u32 = 0; i < extra; i++) tuple_set(t, i, load_u32(args + (n_user_pos + i) * 4));
    frame_set_local(fr, next_local, t);
    next_local = (next_local + 1) >>> 0;
  }
  let kwdict: obj = OBJ_NULL;
  if ((flags & SCOPE_FLAG_VARKEYWORDS) !== 0) {
    kwdict = dict_new();
    frame_set_local(fr, next_local, kwdict);
  }

  // Keywords: a parameter by name, else **kwargs, else an error.
  for (let k: u32 = 0; k < n_kw; k++) {
    const name: obj = load_u32(args + (n_args + 2 * k) * 4);
    const value: obj = load_u32(args + (n_args + 2 * k + 1) * 4);
    const q: u32 = keyword_qstr(name);
    let found: bool = false;
    for (let i: u32 = n_closed; i < n_params; i++) {
      if (param_name(f, i) !== q) continue;
      if (frame_local(fr, i) !== OBJ_NULL) raise_keyword(f, q, "got multiple values for argument");
      frame_set_local(fr, i, value);
      found = true;
      break;
    }
    if (found) continue;
    if (kwdict === OBJ_NULL) raise_keyword(f, q, "got an unexpected keyword argument");
    dict_set(kwdict, new_qstr_obj(q), value);
  }

  // Defaults fill the last positional parameters, then the keyword-only ones.
  for (let i: u32 = 0; i < n_def && i < n_user_pos; i++) {
    const local: u32 = (n_pos - n_def + i) >>> 0;
    if (frame_local(fr, local) === OBJ_NULL) frame_set_local(fr, local, tuple_get(defargs, i));
  }
  for (let i: u32 = n_closed; i < n_pos; i++) {
    if (frame_local(fr, i) === OBJ_NULL) raise_missing(fr, f, n_closed, n_pos, "positional");
  }
  // Keyword-only defaults first, so that the error lists only the parameters without one.
  const kwdefs: obj = FunObj.kwdefs.get(f);
  let missing: bool = false;
  for (let i: u32 = n_pos; i < n_params; i++) {
    if (frame_local(fr, i) !== OBJ_NULL) continue;
    const d: obj = kwdefs === OBJ_NULL ? OBJ_NULL : dict_lookup(kwdefs, new_qstr_obj(param_name(f, i)));
    if (d === OBJ_NULL) missing = true;
    else frame_set_local(fr, i, d);
  }
  if (missing) raise_missing(fr, f, n_pos, n_params, "keyword-only");

  // The closure section lists the locals that live in cells (parameters included).
  for (let i: u32 = 0; i < n_cell; i++) {
    const local: u32 = load_u8(code + info + n_info + i);
    frame_set_local(fr, local, cell_new(frame_local(fr, local)));
  }
  Frame.sp.set(fr, (frame_state(fr) - 4) >>> 0);
  gc_root_restore(depth);
  return fr;
}

/** Call f: a generator function gives a generator; any other runs to its return (native re-entry). */
export function fun_call(f: obj, n_args: u32, n_kw: u32, args: u32): obj {
  const fr: ref = fun_setup_frame(f, n_args, n_kw, args);
  fun_read_prelude(f);
  if ((bc_prelude(Prelude.ScopeFlags) & SCOPE_FLAG_GENERATOR) !== 0) return gen_new(fr);
  return vm_execute(fr, OBJ_NULL);
}
