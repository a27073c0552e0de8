// The bytecode compiler: source → AST (core/parse.ts) → folded AST (core/compile_fold.ts)
// → scopes (core/scope.ts) → MicroPython bytecode through core/emitbc.ts, following
// py/compile.c's emission order and idioms so that the bytes are mpy-cross's.
//
//   compile_source(src, len, file, mode): ref   // a CompiledModule (core/rawcode.ts)
//
// Functions are compiled in MicroPython's scope order: the module first, then every
// scope in the order it was met (breadth first), which is the order the module's qstr
// and constant tables fill in. A def, lambda, class or comprehension met in a scope
// emits MAKE_FUNCTION/MAKE_CLOSURE of the child's RawCode, allocated empty here and
// filled in when the queued compile of that scope runs. core/COMPILER.md records the decisions.
//
// Errors: SyntaxError at the offending node (line, column); MemoryError.

import { caught, raise, load_u8, load_u32, store_u32, load_f64, type i32, type u32, type bool, type ref } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_set, gc_root_restore } from "./gc.js";
import { vstr_new, vstr_len, vstr_data, vstr_reserve, Vstr } from "./vstr.js";
import {
  OBJ_NONE, OBJ_TRUE, OBJ_FALSE, OBJ_ELLIPSIS, is_small_int, small_int_value, type obj,
} from "./obj.js";
import { qstr_data, qstr_len, qstr_find, qstr_from_bytes, qstr_from_str } from "./qstr.js";
import { Q } from "./qstr_static.js";
import { TypeId } from "./objects/type.js";
import { raise_memory_error } from "./objects/exception.js";
import { str_data, str_len } from "./objects/str.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";
import { raise_syntax_error } from "./syntax_error.js";
import { parse } from "./parse.js";
import {
  Ast, AstConst, AstOp, AstUnary, AstBool, AstCmp, ast_kind, ast_op, ast_slot, ast_line, ast_col,
  ast_list_len, ast_list_get,
} from "./ast.js";
import {
  Scope, IdInfo, IdKind, IdFlag, ScopeKind, ScopeInfo, scope_analyze, scope_kind, scope_is_func_like,
  scope_find, scope_for_node, scope_id_count, scope_id_at,
} from "./scope.js";
import { Op, SCOPE_FLAG_GENERATOR, SCOPE_FLAG_DEFKWARGS } from "./bytecode.js";
import {
  Emit, emitbc_module_new, emitbc_module_set_code, emitbc_begin, emitbc_arg_name, emitbc_set_n_locals,
  emitbc_set_n_exc_stack, emitbc_add_cell, emitbc_new_label, emitbc_label_assign, emitbc_adjust_stack,
  emitbc_set_source_line, emitbc_op, emitbc_op_uint, emitbc_op_qstr, emitbc_load_const_small_int,
  emitbc_load_const_obj, emitbc_load_const_str, emitbc_load_fast, emitbc_store_fast, emitbc_unary_op,
  emitbc_binary_op, emitbc_jump, emitbc_unwind_jump, emitbc_with_cleanup, emitbc_yield, emitbc_make_function,
  emitbc_make_closure, emitbc_end,
} from "./emitbc.js";
import { RawCode, const_new_bytes, const_new_float, const_new_complex_text } from "./rawcode.js";
import { float_parse } from "./float_parse.js";
import { compile_fold } from "./compile_fold.js";
import { syntax_error_set_file } from "./compile_error.js";

/** What the source is: a module, one REPL input, or one expression. */
export const enum CompileMode { File, Single, Eval }

// MicroPython's MP_BINARY_OP_* numbers (py/runtime0.h) the compiler emits.
const BIN_LESS: u32 = 0;
const BIN_MORE: u32 = 1;
const BIN_IN: u32 = 6;
const BIN_IS: u32 = 7;
const BIN_EXCEPTION_MATCH: u32 = 8;
const BIN_INPLACE_ADD: u32 = 14;
/** INPLACE_x is x minus this. */
const INPLACE_DELTA: u32 = 13;
const UNARY_NOT: u32 = 3;

/** No break/continue target. */
const NO_LABEL: u32 = 0xffffffff;
/** MicroPython's small ints as mpy-cross sees them (MPY_SMALL_INT_BITS = 31). */
const SMALL_MIN: i32 = -0x40000000;
const SMALL_MAX: i32 = 0x3fffffff;
/** MICROPY_ALLOC_PARSE_INTERN_STRING_LEN: shorter strings are always qstrs. */
const INTERN_STRING_LEN: u32 = 10;

// ---- state ----

let mode: CompileMode = CompileMode.File;
let opt_level: u32 = 0;
let cm: ref = 0;
/** Pending scopes: words (scope, its empty RawCode, n_def_pos, extra flags), in a vstr. */
let queue: ref = 0;
let queue_head: u32 = 0;
let e: ref = 0;
let sc: ref = 0;
let break_label: u32 = NO_LABEL;
let continue_label: u32 = NO_LABEL;
let break_from_for: bool = false;
let cur_except_level: u32 = 0;
let break_continue_except_level: u32 = 0;
let max_except_level: u32 = 0;
// Names the compiler emits itself.
let q_star: u32 = 0;
let q_range: u32 = 0;
let q_repl_print: u32 = 0;
let q_micropython: u32 = 0;
let q_bytecode: u32 = 0;
let q_dot0: u32 = 0;

/** Set by the mpy-cross tool: -O<n> (assert dropped, __debug__ False from 1; no line numbers from 3). */
export function compile_set_opt_level(n: u32): void {
  opt_level = n;
}

function error_at(msg: string, n: ref): never {
  raise_syntax_error(TypeId.SyntaxError, msg, ast_line(n), ast_col(n));
}

function new_label(): u32 {
  return emitbc_new_label(e);
}

function label(l: u32): void {
  emitbc_label_assign(e, l);
}

/** The line of the code that follows; from -O3 on there is no line table, as in mpy-cross. */
function set_line(n: ref): void {
  if (opt_level < 3) emitbc_set_source_line(e, ast_line(n));
}

// ---- names ----

function scope_kind_here(): ScopeKind {
  return scope_kind(sc);
}

/** The emitting op for qstr q: which of name/global/fast/deref. */
const enum IdOp { Load, Store, Delete }

function name_op(which: IdOp, global: bool): u32 {
  if (which === IdOp.Load) return global ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
  if (which === IdOp.Store) return global ? Op.STORE_GLOBAL : Op.STORE_NAME;
  return global ? Op.DELETE_GLOBAL : Op.DELETE_NAME;
}

/** mp_emit_common_id_op: the op for a name, by its kind in the current scope. */
function id_op(which: IdOp, q: u32): void {
  const id: ref = scope_find(sc, q);
  let kind: u32 = IdKind.GlobalImplicit;
  if (id !== 0) kind = IdInfo.kind.get(id);
  if (kind === IdKind.GlobalImplicit && scope_is_func_like(sc)) kind = IdKind.GlobalExplicit;
  switch (kind) {
    case IdKind.Local: {
      const n: u32 = IdInfo.local_num.get(id);
      if (which === IdOp.Load) emitbc_load_fast(e, n);
      else if (which === IdOp.Store) emitbc_store_fast(e, n);
      else emitbc_op_uint(e, Op.DELETE_FAST, n);
      return;
    }
    case IdKind.Cell:
    case IdKind.Free: {
      const n: u32 = IdInfo.local_num.get(id);
      emitbc_op_uint(e, which === IdOp.Load ? Op.LOAD_DEREF : which === IdOp.Store ? Op.STORE_DEREF : Op.DELETE_DEREF, n);
      return;
    }
    case IdKind.GlobalExplicit:
      emitbc_op_qstr(e, name_op(which, true), q);
      return;
    default:
      emitbc_op_qstr(e, name_op(which, false), q);
      return;
  }
}

function load_id(q: u32): void {
  id_op(IdOp.Load, q);
}

function store_id(q: u32): void {
  id_op(IdOp.Store, q);
}

function delete_id(q: u32): void {
  id_op(IdOp.Delete, q);
}

// ---- constants ----

function is_const_false(n: ref): bool {
  if (ast_kind(n) !== Ast.Constant) return false;
  const k: u32 = ast_op(n);
  if (k === AstConst.False) return true;
  const v: obj = ast_slot(n, 0);
  return k === AstConst.Int && is_small_int(v) && small_int_value(v) === 0;
}

function is_const_true(n: ref): bool {
  if (ast_kind(n) !== Ast.Constant) return false;
  const k: u32 = ast_op(n);
  if (k === AstConst.True) return true;
  const v: obj = ast_slot(n, 0);
  return k === AstConst.Int && is_small_int(v) && small_int_value(v) !== 0;
}

function is_small_int_const(n: ref): bool {
  if (ast_kind(n) !== Ast.Constant || ast_op(n) !== AstConst.Int) return false;
  const v: obj = ast_slot(n, 0);
  if (!is_small_int(v)) return false;
  const x: i32 = small_int_value(v);
  return x >= SMALL_MIN && x <= SMALL_MAX;
}

/** mp_parse_node_is_const: what may go into a constant tuple. */
function is_const_elt(n: ref): bool {
  if (ast_kind(n) === Ast.Constant) return ast_op(n) !== AstConst.Ellipsis;
  return ast_kind(n) === Ast.Tuple && tuple_is_const(n);
}

function tuple_is_const(n: ref): bool {
  const elts: ref = ast_slot(n, 0);
  const len: u32 = ast_list_len(elts);
  if (len === 0) return false;
  for (let i: u32 = 0; i < len; i++) if (!is_const_elt(ast_list_get(elts, i))) return false;
  return true;
}

/** A float from a literal's text (a str object). */
function float_of_text(text: obj): obj {
  const scratch: ref = gc_alloc(1024);
  if (scratch === 0) raise_memory_error();
  const depth: u32 = gc_root_push(scratch);
  const result: ref = gc_alloc(8);
  if (result === 0) raise_memory_error();
  gc_root_push(result);
  if (!float_parse(str_data(text), str_len(text), scratch, 1016, result)) {
    gc_root_restore(depth);
    raise_memory_error();
  }
  const v: obj = const_new_float(load_f64(result));
  gc_root_restore(depth);
  return v;
}

/** The object of a constant node, for LOAD_CONST_OBJ or a constant tuple. */
function const_object(n: ref): obj {
  if (ast_kind(n) === Ast.Tuple) return const_tuple(n);
  const v: obj = ast_slot(n, 0);
  switch (ast_op(n)) {
    case AstConst.None: return OBJ_NONE;
    case AstConst.True: return OBJ_TRUE;
    case AstConst.False: return OBJ_FALSE;
    case AstConst.Ellipsis: return OBJ_ELLIPSIS;
    case AstConst.Float: return float_of_text(v);
    case AstConst.Complex: return const_new_complex_text(str_data(v), str_len(v));
    case AstConst.Bytes: return v;
    default: return v;
  }
}

function const_tuple(n: ref): obj {
  const elts: ref = ast_slot(n, 0);
  const len: u32 = ast_list_len(elts);
  const t: obj = tuple_new(len);
  const depth: u32 = gc_root_push(t);
  for (let i: u32 = 0; i < len; i++) tuple_set(t, i, OBJ_NONE);
  for (let i: u32 = 0; i < len; i++) tuple_set(t, i, const_object(ast_list_get(elts, i)));
  gc_root_restore(depth);
  return t;
}

/** A str constant: a qstr when short or already interned (as MicroPython's parser decides). */
function compile_str(v: obj): void {
  const len: u32 = str_len(v);
  let q: u32 = 0;
  if (len <= INTERN_STRING_LEN) {
    q = qstr_from_bytes(str_data(v), len);
    if (q === 0) raise_memory_error();
  } else {
    q = qstr_find(str_data(v), len);
  }
  if (q !== 0) emitbc_load_const_str(e, q);
  else emitbc_load_const_obj(e, v);
}

function compile_constant(n: ref): void {
  const v: obj = ast_slot(n, 0);
  switch (ast_op(n)) {
    case AstConst.None: emitbc_op(e, Op.LOAD_CONST_NONE); return;
    case AstConst.True: emitbc_op(e, Op.LOAD_CONST_TRUE); return;
    case AstConst.False: emitbc_op(e, Op.LOAD_CONST_FALSE); return;
    case AstConst.Int:
      if (is_small_int_const(n)) emitbc_load_const_small_int(e, small_int_value(v));
      else emitbc_load_const_obj(e, v);
      return;
    case AstConst.Str: compile_str(v); return;
    case AstConst.Bytes: emitbc_load_const_obj(e, const_new_bytes(str_data(v), str_len(v))); return;
    default: emitbc_load_const_obj(e, const_object(n)); return;
  }
}

// ---- expressions ----

/** c_if_cond: jump to l when n's truth is jump_if, with MicroPython's and/or/not shortcuts. */
function if_cond(n: ref, jump_if: bool, l: u32): void {
  if (is_const_false(n)) {
    if (!jump_if) emitbc_jump(e, Op.JUMP, l);
    return;
  }
  if (is_const_true(n)) {
    if (jump_if) emitbc_jump(e, Op.JUMP, l);
    return;
  }
  const kind: u32 = ast_kind(n);
  if (kind === Ast.BoolOp) {
    const is_or: bool = ast_op(n) === AstBool.Or;
    const values: ref = ast_slot(n, 0);
    const count: u32 = ast_list_len(values);
    if (is_or !== jump_if) {
      // or-test jumping on false, and-test jumping on true: skip over the rest via label2.
      const l2: u32 = new_label();
      const last: u32 = (count - 1) >>> 0;
      for (let i: u32 = 0; i < last; i++) if_cond(ast_list_get(values, i), !jump_if, l2);
      if_cond(ast_list_get(values, last), jump_if, l);
      label(l2);
    } else {
      for (let i: u32 = 0; i < count; i++) if_cond(ast_list_get(values, i), jump_if, l);
    }
    return;
  }
  if (kind === Ast.UnaryOp && ast_op(n) === AstUnary.Not) {
    if_cond(ast_slot(n, 0), !jump_if, l);
    return;
  }
  compile_expr(n);
  emitbc_jump(e, jump_if ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, l);
}

/** MicroPython's binary operator number of an AstOp (the normal form). */
function bin_op_of(op: u32): u32 {
  switch (op) {
    case AstOp.BitOr: return 22;
    case AstOp.BitXor: return 23;
    case AstOp.BitAnd: return 24;
    case AstOp.LShift: return 25;
    case AstOp.RShift: return 26;
    case AstOp.Add: return 27;
    case AstOp.Sub: return 28;
    case AstOp.Mult: return 29;
    case AstOp.MatMult: return 30;
    case AstOp.FloorDiv: return 31;
    case AstOp.Div: return 32;
    case AstOp.Mod: return 33;
    default: return 34;
  }
}

function compile_compare_op(op: u32): void {
  switch (op) {
    case AstCmp.Lt: emitbc_binary_op(e, 0, false); return;
    case AstCmp.Gt: emitbc_binary_op(e, 1, false); return;
    case AstCmp.Eq: emitbc_binary_op(e, 2, false); return;
    case AstCmp.LtE: emitbc_binary_op(e, 3, false); return;
    case AstCmp.GtE: emitbc_binary_op(e, 4, false); return;
    case AstCmp.NotEq: emitbc_binary_op(e, 5, false); return;
    case AstCmp.In: emitbc_binary_op(e, BIN_IN, false); return;
    case AstCmp.NotIn: emitbc_binary_op(e, BIN_IN, true); return;
    case AstCmp.Is: emitbc_binary_op(e, BIN_IS, false); return;
    default: emitbc_binary_op(e, BIN_IS, true); return;
  }
}

/** compile_comparison: chains keep the middle operand with DUP_TOP ROT_THREE. */
function compile_compare(n: ref): void {
  compile_expr(ast_slot(n, 0));
  const ops: ref = ast_slot(n, 1);
  const rights: ref = ast_slot(n, 2);
  const count: u32 = ast_list_len(rights);
  const multi: bool = count > 1;
  let l_fail: u32 = 0;
  if (multi) l_fail = new_label();
  for (let i: u32 = 0; i < count; i++) {
    compile_expr(ast_list_get(rights, i));
    if (i + 1 < count) {
      emitbc_op(e, Op.DUP_TOP);
      emitbc_op(e, Op.ROT_THREE);
    }
    compile_compare_op(ast_list_get(ops, i));
    if (i + 1 < count) emitbc_jump(e, Op.JUMP_IF_FALSE_OR_POP, l_fail);
  }
  if (multi) {
    const l_end: u32 = new_label();
    emitbc_jump(e, Op.JUMP, l_end);
    label(l_fail);
    emitbc_adjust_stack(e, 1);
    emitbc_op(e, Op.ROT_TWO);
    emitbc_op(e, Op.POP_TOP);
    label(l_end);
  }
}

function compile_bool_op(n: ref): void {
  const op: u32 = ast_op(n) === AstBool.Or ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP;
  const values: ref = ast_slot(n, 0);
  const count: u32 = ast_list_len(values);
  const l_end: u32 = new_label();
  for (let i: u32 = 0; i < count; i++) {
    compile_expr(ast_list_get(values, i));
    if (i + 1 < count) emitbc_jump(e, op, l_end);
  }
  label(l_end);
}

function compile_unary(n: ref): void {
  compile_expr(ast_slot(n, 0));
  switch (ast_op(n)) {
    case AstUnary.UAdd: emitbc_unary_op(e, 0); return;
    case AstUnary.USub: emitbc_unary_op(e, 1); return;
    case AstUnary.Invert: emitbc_unary_op(e, 2); return;
    default: emitbc_unary_op(e, UNARY_NOT); return;
  }
}

function compile_if_exp(n: ref): void {
  const l_fail: u32 = new_label();
  const l_end: u32 = new_label();
  if_cond(ast_slot(n, 0), false, l_fail);
  compile_expr(ast_slot(n, 1));
  emitbc_jump(e, Op.JUMP, l_end);
  label(l_fail);
  emitbc_adjust_stack(e, -1);
  compile_expr(ast_slot(n, 2));
  label(l_end);
}

/** Elements of a display without starred items. */
function compile_elts(elts: ref): u32 {
  const len: u32 = ast_list_len(elts);
  for (let i: u32 = 0; i < len; i++) compile_expr(ast_list_get(elts, i));
  return len;
}

function has_starred(elts: ref): bool {
  const len: u32 = ast_list_len(elts);
  for (let i: u32 = 0; i < len; i++) if (ast_kind(ast_list_get(elts, i)) === Ast.Starred) return true;
  return false;
}

/** `obj.q(arg)` on the container at the top of the stack, which stays there. */
function grow_container(q: u32, arg: ref): void {
  emitbc_op(e, Op.DUP_TOP);
  emitbc_op_qstr(e, Op.LOAD_METHOD, q);
  compile_expr(arg);
  emitbc_op_uint(e, Op.CALL_METHOD, 1);
  emitbc_op(e, Op.POP_TOP);
}

/**
 * A list or set display with starred items (`[*a, 1]`), which MicroPython's compiler
 * rejects and bytecode has no opcode for: the items before the first star are built as
 * usual, the rest added by method calls (extend/append, update/add) on the container.
 */
function compile_starred_display(elts: ref, build_op: u32, add_one: u32, add_many: u32): void {
  const len: u32 = ast_list_len(elts);
  let k: u32 = 0;
  while (k < len && ast_kind(ast_list_get(elts, k)) !== Ast.Starred) {
    compile_expr(ast_list_get(elts, k));
    k = (k + 1) >>> 0;
  }
  emitbc_op_uint(e, build_op, k);
  for (let i: u32 = k; i < len; i++) {
    const x: ref = ast_list_get(elts, i);
    if (ast_kind(x) === Ast.Starred) grow_container(add_many, ast_slot(x, 0));
    else grow_container(add_one, x);
  }
}

function compile_list(n: ref): void {
  const elts: ref = ast_slot(n, 0);
  if (has_starred(elts)) compile_starred_display(elts, Op.BUILD_LIST, Q.append, Q.extend);
  else emitbc_op_uint(e, Op.BUILD_LIST, compile_elts(elts));
}

function compile_set(n: ref): void {
  const elts: ref = ast_slot(n, 0);
  if (has_starred(elts)) compile_starred_display(elts, Op.BUILD_SET, Q.add, Q.update);
  else emitbc_op_uint(e, Op.BUILD_SET, compile_elts(elts));
}

function compile_tuple(n: ref): void {
  if (tuple_is_const(n)) {
    emitbc_load_const_obj(e, const_tuple(n));
    return;
  }
  const elts: ref = ast_slot(n, 0);
  if (has_starred(elts)) {
    // tuple([...]), reaching the tuple type through an empty tuple's __class__ (the
    // name `tuple` may be rebound).
    emitbc_op_uint(e, Op.BUILD_TUPLE, 0);
    emitbc_op_qstr(e, Op.LOAD_ATTR, Q.__class__);
    compile_starred_display(elts, Op.BUILD_LIST, Q.append, Q.extend);
    emitbc_op_uint(e, Op.CALL_FUNCTION, 1);
    return;
  }
  emitbc_op_uint(e, Op.BUILD_TUPLE, compile_elts(elts));
}

/** A dict display; `**m` items (no key) are merged by calling update, as for starred displays. */
function compile_dict(n: ref): void {
  const keys: ref = ast_slot(n, 0);
  const values: ref = ast_slot(n, 1);
  const len: u32 = ast_list_len(values);
  emitbc_op_uint(e, Op.BUILD_MAP, len);
  for (let i: u32 = 0; i < len; i++) {
    const k: ref = ast_list_get(keys, i);
    if (k === 0) {
      grow_container(Q.update, ast_list_get(values, i));
      continue;
    }
    compile_expr(ast_list_get(values, i));
    compile_expr(k);
    emitbc_op(e, Op.STORE_MAP);
  }
}

function compile_slice(n: ref): void {
  const lower: ref = ast_slot(n, 0);
  const upper: ref = ast_slot(n, 1);
  const step: ref = ast_slot(n, 2);
  if (lower !== 0) compile_expr(lower);
  else emitbc_op(e, Op.LOAD_CONST_NONE);
  if (upper !== 0) compile_expr(upper);
  else emitbc_op(e, Op.LOAD_CONST_NONE);
  if (step !== 0) {
    compile_expr(step);
    emitbc_op_uint(e, Op.BUILD_SLICE, 3);
  } else {
    emitbc_op_uint(e, Op.BUILD_SLICE, 2);
  }
}

/** compile_trailer_paren_helper: the arguments of a call, then the call. */
function compile_call_args(args: ref, keywords: ref, is_method: bool, n_extra: u32): void {
  let n_pos: u32 = n_extra;
  let n_kw: u32 = 0;
  let star_flags: u32 = 0;
  let star_args: u32 = 0;
  const n_args: u32 = ast_list_len(args);
  const n_keywords: u32 = ast_list_len(keywords);
  let first_dbl: ref = 0;
  for (let i: u32 = 0; i < n_keywords; i++) {
    const k: ref = ast_list_get(keywords, i);
    const name: u32 = ast_slot(k, 0);
    if (name === 0 && first_dbl === 0) first_dbl = k;
    if (name !== 0) {
      for (let j: u32 = 0; j < i; j++) {
        if (ast_slot(ast_list_get(keywords, j), 0) === name) error_at("keyword argument repeated", k);
      }
    }
  }
  for (let i: u32 = 0; i < n_args; i++) {
    const a: ref = ast_list_get(args, i);
    if (ast_kind(a) === Ast.Starred) {
      if (first_dbl !== 0 && before(first_dbl, a)) error_at("* arg after **", a);
      if (i >= 30) error_at("too many args", a);
      star_flags = (star_flags | 1) >>> 0;
      star_args = (star_args | (1 << (i & 31))) >>> 0;
      compile_expr(ast_slot(a, 0));
    } else {
      compile_expr(a);
    }
    n_pos = (n_pos + 1) >>> 0;
  }
  for (let i: u32 = 0; i < n_keywords; i++) {
    const k: ref = ast_list_get(keywords, i);
    const name: u32 = ast_slot(k, 0);
    if (name === 0) {
      star_flags = (star_flags | 2) >>> 0;
      emitbc_op(e, Op.LOAD_NULL);
    } else {
      emitbc_load_const_str(e, name);
    }
    compile_expr(ast_slot(k, 1));
    n_kw = (n_kw + 1) >>> 0;
  }
  if (star_flags !== 0) emitbc_load_const_small_int(e, star_args | 0);
  const arg: u32 = (n_pos | (n_kw << 8)) >>> 0;
  if (is_method) emitbc_op_uint(e, star_flags !== 0 ? Op.CALL_METHOD_VAR_KW : Op.CALL_METHOD, arg);
  else emitbc_op_uint(e, star_flags !== 0 ? Op.CALL_FUNCTION_VAR_KW : Op.CALL_FUNCTION, arg);
}

/** Does node a start before node b in the source? */
function before(a: ref, b: ref): bool {
  return ast_line(a) < ast_line(b) || (ast_line(a) === ast_line(b) && ast_col(a) < ast_col(b));
}

/** `super()` with no arguments, in a def: MicroPython passes __class__ and the first parameter. */
function is_bare_super(n: ref): bool {
  if (ast_kind(n) !== Ast.Call || scope_kind_here() !== ScopeKind.Function) return false;
  const fn: ref = ast_slot(n, 0);
  return ast_kind(fn) === Ast.Name && ast_slot(fn, 0) === Q.super &&
    ast_list_len(ast_slot(n, 1)) === 0 && ast_list_len(ast_slot(n, 2)) === 0;
}

/** Loads super, __class__ and self for a bare super() (the first of three stack entries). */
function compile_super_prefix(n: ref): void {
  load_id(Q.super);
  load_id(Q.__class__);
  const count: u32 = scope_id_count(sc);
  for (let i: u32 = 0; i < count; i++) {
    const id: ref = scope_id_at(sc, i);
    if ((IdInfo.flags.get(id) & IdFlag.Param) !== 0) {
      load_id(IdInfo.q.get(id));
      return;
    }
  }
  error_at("super() can't find self", n);
}

function compile_call(n: ref): void {
  const fn: ref = ast_slot(n, 0);
  if (is_bare_super(n)) {
    compile_super_prefix(n);
    emitbc_op_uint(e, Op.CALL_FUNCTION, 2);
    return;
  }
  if (ast_kind(fn) === Ast.Attribute) {
    const obj_node: ref = ast_slot(fn, 0);
    if (is_bare_super(obj_node)) {
      compile_super_prefix(obj_node);
      emitbc_op_qstr(e, Op.LOAD_SUPER_METHOD, ast_slot(fn, 1));
    } else {
      compile_expr(obj_node);
      emitbc_op_qstr(e, Op.LOAD_METHOD, ast_slot(fn, 1));
    }
    compile_call_args(ast_slot(n, 1), ast_slot(n, 2), true, 0);
    return;
  }
  compile_expr(fn);
  compile_call_args(ast_slot(n, 1), ast_slot(n, 2), false, 0);
}

/** compile_yield_from: GET_ITER, None, YIELD_FROM. */
function yield_from(): void {
  emitbc_op(e, Op.GET_ITER);
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_yield(e, true);
}

function compile_expr(n: ref): void {
  const kind: u32 = ast_kind(n);
  if (kind !== Ast.Name && kind !== Ast.Constant) set_line(n);
  switch (kind) {
    case Ast.Constant: compile_constant(n); return;
    case Ast.Name: load_id(ast_slot(n, 0)); return;
    case Ast.BinOp:
      compile_expr(ast_slot(n, 0));
      compile_expr(ast_slot(n, 1));
      emitbc_binary_op(e, bin_op_of(ast_op(n)), false);
      return;
    case Ast.UnaryOp: compile_unary(n); return;
    case Ast.BoolOp: compile_bool_op(n); return;
    case Ast.Compare: compile_compare(n); return;
    case Ast.IfExp: compile_if_exp(n); return;
    case Ast.NamedExpr:
      compile_expr(ast_slot(n, 1));
      emitbc_op(e, Op.DUP_TOP);
      store_id(ast_slot(ast_slot(n, 0), 0));
      return;
    case Ast.Attribute:
      compile_expr(ast_slot(n, 0));
      emitbc_op_qstr(e, Op.LOAD_ATTR, ast_slot(n, 1));
      return;
    case Ast.Subscript:
      compile_expr(ast_slot(n, 0));
      compile_expr(ast_slot(n, 1));
      emitbc_op(e, Op.LOAD_SUBSCR);
      return;
    case Ast.Slice: compile_slice(n); return;
    case Ast.Call: compile_call(n); return;
    case Ast.Tuple: compile_tuple(n); return;
    case Ast.List: compile_list(n); return;
    case Ast.Set: compile_set(n); return;
    case Ast.Dict: compile_dict(n); return;
    case Ast.Starred: error_at("*x must be assignment target", n);
    case Ast.Lambda: compile_function_object(n, ast_slot(n, 0)); return;
    case Ast.ListComp:
    case Ast.SetComp:
    case Ast.DictComp:
    case Ast.GeneratorExp:
      compile_comprehension(n);
      return;
    case Ast.Yield:
      if (ast_slot(n, 0) !== 0) compile_expr(ast_slot(n, 0));
      else emitbc_op(e, Op.LOAD_CONST_NONE);
      emitbc_yield(e, false);
      return;
    case Ast.YieldFrom:
      compile_expr(ast_slot(n, 0));
      yield_from();
      return;
    case Ast.Await:
      compile_expr(ast_slot(n, 0));
      yield_from();
      return;
    default:
      error_at("invalid syntax", n);
  }
}

// ---- assignment targets ----

const enum Assign { Store, AugLoad, AugStore }

/** c_assign: store the value on the stack into target n. */
function assign(n: ref, how: Assign): void {
  switch (ast_kind(n)) {
    case Ast.Name:
      if (how === Assign.AugLoad) load_id(ast_slot(n, 0));
      else store_id(ast_slot(n, 0));
      return;
    case Ast.Attribute:
      if (how !== Assign.AugStore) compile_expr(ast_slot(n, 0));
      if (how === Assign.AugLoad) {
        emitbc_op(e, Op.DUP_TOP);
        emitbc_op_qstr(e, Op.LOAD_ATTR, ast_slot(n, 1));
      } else {
        if (how === Assign.AugStore) emitbc_op(e, Op.ROT_TWO);
        emitbc_op_qstr(e, Op.STORE_ATTR, ast_slot(n, 1));
      }
      return;
    case Ast.Subscript:
      if (how === Assign.AugStore) {
        emitbc_op(e, Op.ROT_THREE);
        emitbc_op(e, Op.STORE_SUBSCR);
        return;
      }
      compile_expr(ast_slot(n, 0));
      compile_expr(ast_slot(n, 1));
      if (how === Assign.AugLoad) {
        emitbc_op(e, Op.DUP_TOP_TWO);
        emitbc_op(e, Op.LOAD_SUBSCR);
      } else {
        emitbc_op(e, Op.STORE_SUBSCR);
      }
      return;
    case Ast.Tuple:
    case Ast.List:
      if (how !== Assign.Store) error_at("can't assign to expression", n);
      assign_tuple(ast_slot(n, 0));
      return;
    case Ast.Starred:
      error_at("*x must be assignment target", n);
    default:
      error_at("can't assign to expression", n);
  }
}

function assign_tuple(elts: ref): void {
  const len: u32 = ast_list_len(elts);
  let star: u32 = NO_LABEL;
  for (let i: u32 = 0; i < len; i++) {
    const t: ref = ast_list_get(elts, i);
    if (ast_kind(t) === Ast.Starred) {
      if (star !== NO_LABEL) error_at("multiple *x in assignment", t);
      emitbc_op_uint(e, Op.UNPACK_EX, (i | ((len - i - 1) << 8)) >>> 0);
      star = i;
    }
  }
  if (star === NO_LABEL) emitbc_op_uint(e, Op.UNPACK_SEQUENCE, len);
  for (let i: u32 = 0; i < len; i++) {
    const t: ref = ast_list_get(elts, i);
    assign(i === star ? ast_slot(t, 0) : t, Assign.Store);
  }
}

function compile_delete(n: ref): void {
  switch (ast_kind(n)) {
    case Ast.Name: delete_id(ast_slot(n, 0)); return;
    case Ast.Attribute:
      compile_expr(ast_slot(n, 0));
      emitbc_op(e, Op.LOAD_NULL);
      emitbc_op(e, Op.ROT_TWO);
      emitbc_op_qstr(e, Op.STORE_ATTR, ast_slot(n, 1));
      return;
    case Ast.Subscript:
      compile_expr(ast_slot(n, 0));
      compile_expr(ast_slot(n, 1));
      emitbc_op(e, Op.LOAD_NULL);
      emitbc_op(e, Op.ROT_THREE);
      emitbc_op(e, Op.STORE_SUBSCR);
      return;
    case Ast.Tuple:
    case Ast.List: {
      const elts: ref = ast_slot(n, 0);
      const len: u32 = ast_list_len(elts);
      if (len === 0) error_at("can't delete expression", n);
      for (let i: u32 = 0; i < len; i++) compile_delete(ast_list_get(elts, i));
      return;
    }
    default:
      error_at("can't delete expression", n);
  }
}

// ---- functions, classes, comprehensions ----

function queue_push(child: ref, child_rc: ref, n_def: u32, flags: u32): void {
  if (!vstr_reserve(queue, 16)) raise_memory_error();
  const at: u32 = (vstr_data(queue) + vstr_len(queue)) >>> 0;
  store_u32(at, child);
  store_u32(at + 4, child_rc);
  store_u32(at + 8, n_def);
  store_u32(at + 12, flags);
  Vstr.len.set(queue, (vstr_len(queue) + 16) >>> 0);
}

/**
 * close_over_variables_etc: load the cells the child closes over (in the order of this
 * scope's ids), queue the child and emit MAKE_FUNCTION/MAKE_CLOSURE.
 */
function close_over_and_make(child: ref, n_def: u32, n_kw_def: u32): void {
  let n_free: u32 = 0;
  if (scope_kind_here() !== ScopeKind.Module) {
    if ((Scope.info.get(sc) & ScopeInfo.ClassCell) !== 0 && child_frees(child, Q.__class__)) {
      emitbc_load_fast(e, Scope.class_cell.get(sc));
      n_free = (n_free + 1) >>> 0;
    }
    const count: u32 = scope_id_count(sc);
    for (let i: u32 = 0; i < count; i++) {
      const id: ref = scope_id_at(sc, i);
      const k: u32 = IdInfo.kind.get(id);
      const passes: bool = k === IdKind.Cell || k === IdKind.Free || (IdInfo.flags.get(id) & IdFlag.FreeClass) !== 0;
      if (passes && child_frees(child, IdInfo.q.get(id))) {
        emitbc_load_fast(e, IdInfo.local_num.get(id));
        n_free = (n_free + 1) >>> 0;
      }
    }
  }
  const child_rc: ref = gc_alloc(RawCode.SIZE);
  if (child_rc === 0) raise_memory_error();
  const depth: u32 = gc_root_push(child_rc);
  queue_push(child, child_rc, n_def, n_kw_def > 0 ? SCOPE_FLAG_DEFKWARGS : 0);
  const defargs: bool = n_def > 0 || n_kw_def > 0;
  if (n_free === 0) emitbc_make_function(e, child_rc, defargs);
  else emitbc_make_closure(e, child_rc, n_free, defargs);
  gc_root_restore(depth);
}

/** Does the child scope take q as a free variable? */
function child_frees(child: ref, q: u32): bool {
  const id: ref = scope_find(child, q);
  return id !== 0 && IdInfo.kind.get(id) === IdKind.Free;
}

/** compile_funcdef_lambdef: the defaults, then the function object. */
function compile_function_object(node: ref, args: ref): void {
  const child: ref = scope_for_node(sc, node);
  if (child === 0) hal_fatal("compile: no scope for a function");
  const defaults: ref = ast_slot(args, 6);
  const n_def: u32 = ast_list_len(defaults);
  for (let i: u32 = 0; i < n_def; i++) compile_expr(ast_list_get(defaults, i));
  const kwonly: ref = ast_slot(args, 3);
  const kw_defaults: ref = ast_slot(args, 4);
  let n_kw_def: u32 = 0;
  for (let i: u32 = 0; i < ast_list_len(kwonly); i++) {
    const d: ref = ast_list_get(kw_defaults, i);
    if (d === 0) continue;
    n_kw_def = (n_kw_def + 1) >>> 0;
    if (n_kw_def === 1) {
      if (n_def > 0) emitbc_op_uint(e, Op.BUILD_TUPLE, n_def);
      else emitbc_op(e, Op.LOAD_NULL);
      emitbc_op_uint(e, Op.BUILD_MAP, 0);
    }
    compile_expr(d);
    emitbc_load_const_str(e, ast_slot(ast_list_get(kwonly, i), 0));
    emitbc_op(e, Op.STORE_MAP);
  }
  if (n_def > 0 && n_kw_def === 0) {
    emitbc_op_uint(e, Op.BUILD_TUPLE, n_def);
    emitbc_op(e, Op.LOAD_NULL);
  }
  close_over_and_make(child, n_def, n_kw_def);
}

/** A decorator: MicroPython's dotted name (LOAD_ATTR chain) with an optional call. */
function compile_decorator(d: ref): bool {
  let dotted: ref = d;
  if (ast_kind(d) === Ast.Call) dotted = ast_slot(d, 0);
  // @micropython.bytecode is the default emitter: nothing to do. Other emitters are native code.
  if (ast_kind(dotted) === Ast.Attribute && ast_kind(ast_slot(dotted, 0)) === Ast.Name &&
    ast_slot(ast_slot(dotted, 0), 0) === q_micropython) {
    if (ast_slot(dotted, 1) === q_bytecode && dotted === d) return false;
    error_at("invalid micropython decorator", d);
  }
  if (dotted !== d) {
    compile_dotted(dotted);
    compile_call_args(ast_slot(d, 1), ast_slot(d, 2), false, 0);
  } else {
    compile_dotted(d);
  }
  return true;
}

function compile_dotted(n: ref): void {
  if (ast_kind(n) === Ast.Attribute) {
    set_line(n);
    compile_dotted(ast_slot(n, 0));
    emitbc_op_qstr(e, Op.LOAD_ATTR, ast_slot(n, 1));
  } else {
    compile_expr(n);
  }
}

function compile_decorators(list: ref): u32 {
  let count: u32 = 0;
  for (let i: u32 = 0; i < ast_list_len(list); i++) if (compile_decorator(ast_list_get(list, i))) count = (count + 1) >>> 0;
  return count;
}

function compile_funcdef(n: ref): void {
  const n_dec: u32 = compile_decorators(ast_slot(n, 3));
  compile_function_object(n, ast_slot(n, 1));
  for (let i: u32 = 0; i < n_dec; i++) emitbc_op_uint(e, Op.CALL_FUNCTION, 1);
  store_id(ast_slot(n, 0));
}

function compile_classdef(n: ref): void {
  const n_dec: u32 = compile_decorators(ast_slot(n, 4));
  const child: ref = scope_for_node(sc, n);
  if (child === 0) hal_fatal("compile: no scope for a class");
  emitbc_op(e, Op.LOAD_BUILD_CLASS);
  close_over_and_make(child, 0, 0);
  emitbc_load_const_str(e, ast_slot(n, 0));
  compile_call_args(ast_slot(n, 1), ast_slot(n, 2), false, 2);
  for (let i: u32 = 0; i < n_dec; i++) emitbc_op_uint(e, Op.CALL_FUNCTION, 1);
  store_id(ast_slot(n, 0));
}

/** compile_comprehension: the child, called with the first iterable (an iterator for genexprs). */
function compile_comprehension(n: ref): void {
  const child: ref = scope_for_node(sc, n);
  if (child === 0) hal_fatal("compile: no scope for a comprehension");
  close_over_and_make(child, 0, 0);
  const gens: ref = ast_slot(n, ast_kind(n) === Ast.DictComp ? 2 : 1);
  compile_expr(ast_slot(ast_list_get(gens, 0), 1));
  if (ast_kind(n) === Ast.GeneratorExp) emitbc_op(e, Op.GET_ITER);
  emitbc_op_uint(e, Op.CALL_FUNCTION, 1);
}

// ---- statements ----

function compile_body(list: ref): void {
  const n: u32 = ast_list_len(list);
  for (let i: u32 = 0; i < n; i++) compile_stmt(ast_list_get(list, i));
}

function increase_except_level(l: u32, op: u32): void {
  emitbc_jump(e, op, l);
  cur_except_level = (cur_except_level + 1) >>> 0;
  if (cur_except_level > max_except_level) max_except_level = cur_except_level;
}

function decrease_except_level(): void {
  cur_except_level = (cur_except_level - 1) >>> 0;
  emitbc_op(e, Op.END_FINALLY);
}

function compile_expr_stmt(n: ref): void {
  const v: ref = ast_slot(n, 0);
  if (mode === CompileMode.Single && scope_kind_here() === ScopeKind.Module) {
    load_id(q_repl_print);
    compile_expr(v);
    emitbc_op_uint(e, Op.CALL_FUNCTION, 1);
    emitbc_op(e, Op.POP_TOP);
    return;
  }
  // A lone constant is dropped (docstrings included: MICROPY_ENABLE_DOC_STRING is off).
  if (ast_kind(v) === Ast.Constant || (ast_kind(v) === Ast.Tuple && tuple_is_const(v))) return;
  compile_expr(v);
  emitbc_op(e, Op.POP_TOP);
}

function compile_assign(n: ref): void {
  const targets: ref = ast_slot(n, 0);
  const value: ref = ast_slot(n, 1);
  const count: u32 = ast_list_len(targets);
  if (count === 1 && tuple_swap(ast_list_get(targets, 0), value)) return;
  compile_expr(value);
  for (let i: u32 = 0; i < count; i++) {
    if (i + 1 < count) emitbc_op(e, Op.DUP_TOP);
    assign(ast_list_get(targets, i), Assign.Store);
  }
}

/** MICROPY_COMP_DOUBLE/TRIPLE_TUPLE_ASSIGN: `a, b = x, y` without building a tuple. */
function tuple_swap(target: ref, value: ref): bool {
  if (ast_kind(target) !== Ast.Tuple || ast_kind(value) !== Ast.Tuple || tuple_is_const(value)) return false;
  const lhs: ref = ast_slot(target, 0);
  const rhs: ref = ast_slot(value, 0);
  const len: u32 = ast_list_len(lhs);
  if (len !== ast_list_len(rhs) || (len !== 2 && len !== 3)) return false;
  for (let i: u32 = 0; i < len; i++) {
    if (ast_kind(ast_list_get(lhs, i)) === Ast.Starred || ast_kind(ast_list_get(rhs, i)) === Ast.Starred) return false;
  }
  compile_expr(ast_list_get(rhs, 0));
  compile_expr(ast_list_get(rhs, 1));
  if (len === 3) {
    compile_expr(ast_list_get(rhs, 2));
    emitbc_op(e, Op.ROT_THREE);
  }
  emitbc_op(e, Op.ROT_TWO);
  for (let i: u32 = 0; i < len; i++) assign(ast_list_get(lhs, i), Assign.Store);
  return true;
}

function compile_aug_assign(n: ref): void {
  const target: ref = ast_slot(n, 0);
  assign(target, Assign.AugLoad);
  compile_expr(ast_slot(n, 1));
  emitbc_binary_op(e, (bin_op_of(ast_op(n)) - INPLACE_DELTA) >>> 0, false);
  assign(target, Assign.AugStore);
}

function compile_return(n: ref): void {
  const v: ref = ast_slot(n, 0);
  if (v === 0) {
    emitbc_op(e, Op.LOAD_CONST_NONE);
  } else if (ast_kind(v) === Ast.IfExp) {
    // MICROPY_COMP_RETURN_IF_EXPR: each branch returns on its own.
    set_line(v);
    const l_fail: u32 = new_label();
    if_cond(ast_slot(v, 0), false, l_fail);
    compile_expr(ast_slot(v, 1));
    emitbc_op(e, Op.RETURN_VALUE);
    label(l_fail);
    compile_expr(ast_slot(v, 2));
  } else {
    compile_expr(v);
  }
  emitbc_op(e, Op.RETURN_VALUE);
}

function compile_raise(n: ref): void {
  const exc: ref = ast_slot(n, 0);
  const cause: ref = ast_slot(n, 1);
  if (exc === 0) {
    emitbc_op(e, Op.RAISE_LAST);
  } else if (cause !== 0) {
    compile_expr(exc);
    compile_expr(cause);
    emitbc_op(e, Op.RAISE_FROM);
  } else {
    compile_expr(exc);
    emitbc_op(e, Op.RAISE_OBJ);
  }
}

function compile_assert(n: ref): void {
  if (opt_level !== 0) return;
  const l_end: u32 = new_label();
  if_cond(ast_slot(n, 0), true, l_end);
  emitbc_op_qstr(e, Op.LOAD_GLOBAL, Q.AssertionError);
  const msg: ref = ast_slot(n, 1);
  if (msg !== 0) {
    compile_expr(msg);
    emitbc_op_uint(e, Op.CALL_FUNCTION, 1);
  }
  emitbc_op(e, Op.RAISE_OBJ);
  label(l_end);
}

/** An `elif`: an else branch that is one If starting in the same column as its parent's `if`. */
function elif_of(n: ref): ref {
  const orelse: ref = ast_slot(n, 2);
  if (ast_list_len(orelse) !== 1) return 0;
  const inner: ref = ast_list_get(orelse, 0);
  return ast_kind(inner) === Ast.If && ast_col(inner) === ast_col(n) && ast_line(inner) > ast_line(n) ? inner : 0;
}

/** compile_if_stmt: the if, then each elif (always jumping to the end after its body), then the else. */
function compile_if(n: ref): void {
  const test: ref = ast_slot(n, 0);
  const l_end: u32 = new_label();
  if (!is_const_false(test)) {
    const l_fail: u32 = new_label();
    if_cond(test, false, l_fail);
    compile_body(ast_slot(n, 1));
    if (is_const_true(test)) {
      label(l_end);
      return;
    }
    if (ast_list_len(ast_slot(n, 2)) !== 0) emitbc_jump(e, Op.JUMP, l_end);
    label(l_fail);
  }
  let cur: ref = n;
  let elif: ref = elif_of(cur);
  while (elif !== 0) {
    const elif_test: ref = ast_slot(elif, 0);
    if (!is_const_false(elif_test)) {
      const l_fail: u32 = new_label();
      if_cond(elif_test, false, l_fail);
      compile_body(ast_slot(elif, 1));
      if (is_const_true(elif_test)) {
        label(l_end);
        return;
      }
      emitbc_jump(e, Op.JUMP, l_end);
      label(l_fail);
    }
    cur = elif;
    elif = elif_of(cur);
  }
  compile_body(ast_slot(cur, 2));
  label(l_end);
}

function compile_while(n: ref): void {
  const old_break: u32 = break_label;
  const old_continue: u32 = continue_label;
  const old_from_for: bool = break_from_for;
  const old_level: u32 = break_continue_except_level;
  const l_break: u32 = new_label();
  const l_continue: u32 = new_label();
  break_label = l_break;
  continue_label = l_continue;
  break_from_for = false;
  break_continue_except_level = cur_except_level;
  const test: ref = ast_slot(n, 0);
  if (!is_const_false(test)) {
    const l_top: u32 = new_label();
    if (!is_const_true(test)) emitbc_jump(e, Op.JUMP, l_continue);
    label(l_top);
    compile_body(ast_slot(n, 1));
    label(l_continue);
    if_cond(test, true, l_top);
  }
  break_label = old_break;
  continue_label = old_continue;
  break_from_for = old_from_for;
  break_continue_except_level = old_level;
  compile_body(ast_slot(n, 2));
  label(l_break);
}

/** The arguments of `for NAME in range(...)` when MicroPython turns it into a counted loop. */
function range_args(n: ref): ref {
  if (ast_kind(n) !== Ast.For || ast_kind(ast_slot(n, 0)) !== Ast.Name) return 0;
  const it: ref = ast_slot(n, 1);
  if (ast_kind(it) !== Ast.Call) return 0;
  const fn: ref = ast_slot(it, 0);
  if (ast_kind(fn) !== Ast.Name || ast_slot(fn, 0) !== q_range || ast_list_len(ast_slot(it, 2)) !== 0) return 0;
  const args: ref = ast_slot(it, 1);
  const count: u32 = ast_list_len(args);
  if (count < 1 || count > 3) return 0;
  for (let i: u32 = 0; i < count; i++) if (ast_kind(ast_list_get(args, i)) === Ast.Starred) return 0;
  if (count === 3) {
    const step: ref = ast_list_get(args, 2);
    if (!is_small_int_const(step) || small_int_value(ast_slot(step, 0)) === 0) return 0;
  }
  return args;
}

/** compile_for_stmt_optimised_range. */
function compile_for_range(n: ref, args: ref): void {
  const count: u32 = ast_list_len(args);
  const start: ref = count === 1 ? 0 : ast_list_get(args, 0);
  const end: ref = count === 1 ? ast_list_get(args, 0) : ast_list_get(args, 1);
  const step: i32 = count === 3 ? small_int_value(ast_slot(ast_list_get(args, 2), 0)) : 1;
  const old_break: u32 = break_label;
  const old_continue: u32 = continue_label;
  const old_from_for: bool = break_from_for;
  const old_level: u32 = break_continue_except_level;
  const l_break: u32 = new_label();
  const l_continue: u32 = new_label();
  break_label = l_break;
  continue_label = l_continue;
  break_from_for = false;
  break_continue_except_level = cur_except_level;
  const l_top: u32 = new_label();
  const l_entry: u32 = new_label();
  const end_on_stack: bool = !is_small_int_const(end);
  if (end_on_stack) compile_expr(end);
  if (start === 0) emitbc_load_const_small_int(e, 0);
  else compile_expr(start);
  emitbc_jump(e, Op.JUMP, l_entry);
  label(l_top);
  emitbc_op(e, Op.DUP_TOP);
  assign(ast_slot(n, 0), Assign.Store);
  compile_body(ast_slot(n, 2));
  label(l_continue);
  emitbc_load_const_small_int(e, step);
  emitbc_binary_op(e, BIN_INPLACE_ADD, false);
  label(l_entry);
  if (end_on_stack) {
    emitbc_op(e, Op.DUP_TOP_TWO);
    emitbc_op(e, Op.ROT_TWO);
  } else {
    emitbc_op(e, Op.DUP_TOP);
    compile_expr(end);
  }
  emitbc_binary_op(e, step >= 0 ? BIN_LESS : BIN_MORE, false);
  emitbc_jump(e, Op.POP_JUMP_IF_TRUE, l_top);
  break_label = old_break;
  continue_label = old_continue;
  break_from_for = old_from_for;
  break_continue_except_level = old_level;
  const orelse: ref = ast_slot(n, 3);
  let l_end: u32 = 0;
  if (ast_list_len(orelse) !== 0) {
    emitbc_op(e, Op.POP_TOP);
    if (end_on_stack) emitbc_op(e, Op.POP_TOP);
    compile_body(orelse);
    l_end = new_label();
    emitbc_jump(e, Op.JUMP, l_end);
    emitbc_adjust_stack(e, end_on_stack ? 2 : 1);
  }
  label(l_break);
  emitbc_op(e, Op.POP_TOP);
  if (end_on_stack) emitbc_op(e, Op.POP_TOP);
  if (ast_list_len(orelse) !== 0) label(l_end);
}

function compile_for(n: ref): void {
  const args: ref = range_args(n);
  if (args !== 0) {
    compile_for_range(n, args);
    return;
  }
  const old_break: u32 = break_label;
  const old_continue: u32 = continue_label;
  const old_from_for: bool = break_from_for;
  const old_level: u32 = break_continue_except_level;
  const l_break: u32 = new_label();
  const l_continue: u32 = new_label();
  break_label = l_break;
  continue_label = l_continue;
  break_from_for = true;
  break_continue_except_level = cur_except_level;
  const l_pop: u32 = new_label();
  compile_expr(ast_slot(n, 1));
  emitbc_op(e, Op.GET_ITER_STACK);
  label(l_continue);
  emitbc_jump(e, Op.FOR_ITER, l_pop);
  assign(ast_slot(n, 0), Assign.Store);
  compile_body(ast_slot(n, 2));
  emitbc_jump(e, Op.JUMP, l_continue);
  label(l_pop);
  emitbc_adjust_stack(e, -4);
  break_label = old_break;
  continue_label = old_continue;
  break_from_for = old_from_for;
  break_continue_except_level = old_level;
  compile_body(ast_slot(n, 3));
  label(l_break);
}

function compile_break_continue(n: ref, is_break: bool): void {
  const l: u32 = is_break ? break_label : continue_label;
  if (l === NO_LABEL) error_at(is_break ? "'break' outside loop" : "'continue' not properly in loop", n);
  emitbc_unwind_jump(e, l, (cur_except_level - break_continue_except_level) >>> 0, is_break && break_from_for);
}

/** compile_try_except. */
function compile_try_except(n: ref): void {
  const handlers: ref = ast_slot(n, 1);
  const count: u32 = ast_list_len(handlers);
  const l1: u32 = new_label();
  const l_success: u32 = new_label();
  increase_except_level(l1, Op.SETUP_EXCEPT);
  compile_body(ast_slot(n, 0));
  emitbc_jump(e, Op.POP_EXCEPT_JUMP, l_success);
  label(l1);
  emitbc_adjust_stack(e, 4);
  const l2: u32 = new_label();
  for (let i: u32 = 0; i < count; i++) {
    const h: ref = ast_list_get(handlers, i);
    const type: ref = ast_slot(h, 0);
    const name: u32 = ast_slot(h, 1);
    const l_end_finally: u32 = new_label();
    if (type === 0) {
      if (i + 1 !== count) error_at("default 'except' must be last", h);
    } else {
      emitbc_op(e, Op.DUP_TOP);
      compile_expr(type);
      emitbc_binary_op(e, BIN_EXCEPTION_MATCH, false);
      emitbc_jump(e, Op.POP_JUMP_IF_FALSE, l_end_finally);
    }
    if (name === 0) emitbc_op(e, Op.POP_TOP);
    else store_id(name);
    let l3: u32 = 0;
    if (name !== 0) {
      l3 = new_label();
      increase_except_level(l3, Op.SETUP_FINALLY);
    }
    compile_body(ast_slot(h, 2));
    if (name !== 0) {
      // finally: name = None; del name
      emitbc_op(e, Op.LOAD_CONST_NONE);
      label(l3);
      emitbc_adjust_stack(e, 1);
      emitbc_op(e, Op.LOAD_CONST_NONE);
      store_id(name);
      delete_id(name);
      emitbc_adjust_stack(e, -1);
      decrease_except_level();
    }
    emitbc_jump(e, Op.POP_EXCEPT_JUMP, l2);
    label(l_end_finally);
    emitbc_adjust_stack(e, 1);
  }
  decrease_except_level();
  emitbc_adjust_stack(e, -3);
  label(l_success);
  compile_body(ast_slot(n, 2));
  label(l2);
}

function compile_try(n: ref): void {
  const finalbody: ref = ast_slot(n, 3);
  if (ast_list_len(finalbody) === 0) {
    compile_try_except(n);
    return;
  }
  const l_finally: u32 = new_label();
  increase_except_level(l_finally, Op.SETUP_FINALLY);
  if (ast_list_len(ast_slot(n, 1)) === 0) {
    emitbc_adjust_stack(e, 3);
    compile_body(ast_slot(n, 0));
    emitbc_adjust_stack(e, -3);
  } else {
    compile_try_except(n);
  }
  emitbc_op(e, Op.LOAD_CONST_NONE);
  label(l_finally);
  emitbc_adjust_stack(e, 1);
  compile_body(finalbody);
  emitbc_adjust_stack(e, -1);
  decrease_except_level();
}

function compile_with_items(items: ref, i: u32, body: ref): void {
  if (i === ast_list_len(items)) {
    compile_body(body);
    return;
  }
  const item: ref = ast_list_get(items, i);
  const l_end: u32 = new_label();
  compile_expr(ast_slot(item, 0));
  increase_except_level(l_end, Op.SETUP_WITH);
  const target: ref = ast_slot(item, 1);
  if (target !== 0) assign(target, Assign.Store);
  else emitbc_op(e, Op.POP_TOP);
  compile_with_items(items, (i + 1) >>> 0, body);
  emitbc_with_cleanup(e, l_end);
  decrease_except_level();
}

/** compile_await_object_method: obj.method() awaited. */
function await_method(q: u32): void {
  emitbc_op_qstr(e, Op.LOAD_METHOD, q);
  emitbc_op_uint(e, Op.CALL_METHOD, 0);
  yield_from();
}

function compile_async_for(n: ref): void {
  const l_while_else: u32 = new_label();
  const l_try_exception: u32 = new_label();
  const l_try_else: u32 = new_label();
  const l_try_finally: u32 = new_label();
  compile_expr(ast_slot(n, 1));
  emitbc_op_qstr(e, Op.LOAD_METHOD, Q.__aiter__);
  emitbc_op_uint(e, Op.CALL_METHOD, 0);
  const old_break: u32 = break_label;
  const old_continue: u32 = continue_label;
  const old_from_for: bool = break_from_for;
  const old_level: u32 = break_continue_except_level;
  const l_break: u32 = new_label();
  const l_continue: u32 = new_label();
  break_label = l_break;
  continue_label = l_continue;
  break_from_for = false;
  break_continue_except_level = cur_except_level;
  label(l_continue);
  increase_except_level(l_try_exception, Op.SETUP_EXCEPT);
  emitbc_op(e, Op.DUP_TOP);
  await_method(Q.__anext__);
  assign(ast_slot(n, 0), Assign.Store);
  emitbc_jump(e, Op.POP_EXCEPT_JUMP, l_try_else);
  label(l_try_exception);
  emitbc_adjust_stack(e, 4);
  emitbc_op(e, Op.DUP_TOP);
  emitbc_op_qstr(e, Op.LOAD_GLOBAL, Q.StopAsyncIteration);
  emitbc_binary_op(e, BIN_EXCEPTION_MATCH, false);
  emitbc_jump(e, Op.POP_JUMP_IF_FALSE, l_try_finally);
  emitbc_op(e, Op.POP_TOP);
  emitbc_jump(e, Op.POP_EXCEPT_JUMP, l_while_else);
  label(l_try_finally);
  emitbc_adjust_stack(e, 1);
  decrease_except_level();
  emitbc_adjust_stack(e, -3);
  label(l_try_else);
  compile_body(ast_slot(n, 2));
  emitbc_jump(e, Op.JUMP, l_continue);
  break_label = old_break;
  continue_label = old_continue;
  break_from_for = old_from_for;
  break_continue_except_level = old_level;
  label(l_while_else);
  compile_body(ast_slot(n, 3));
  label(l_break);
  emitbc_op(e, Op.POP_TOP);
}

function compile_async_with_items(items: ref, i: u32, body: ref): void {
  if (i === ast_list_len(items)) {
    compile_body(body);
    return;
  }
  const item: ref = ast_list_get(items, i);
  const l_finally: u32 = new_label();
  const l_aexit_no_exc: u32 = new_label();
  const l_ret_unwind_jump: u32 = new_label();
  const l_end: u32 = new_label();
  compile_expr(ast_slot(item, 0));
  emitbc_op(e, Op.DUP_TOP);
  await_method(Q.__aenter__);
  const target: ref = ast_slot(item, 1);
  if (target !== 0) assign(target, Assign.Store);
  else emitbc_op(e, Op.POP_TOP);
  increase_except_level(l_finally, Op.SETUP_FINALLY);
  emitbc_adjust_stack(e, 3);
  compile_async_with_items(items, (i + 1) >>> 0, body);
  emitbc_adjust_stack(e, -3);
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_op(e, Op.ROT_TWO);
  emitbc_jump(e, Op.JUMP, l_aexit_no_exc);
  label(l_finally);
  emitbc_op(e, Op.DUP_TOP);
  emitbc_op_qstr(e, Op.LOAD_GLOBAL, Q.BaseException);
  emitbc_binary_op(e, BIN_EXCEPTION_MATCH, false);
  emitbc_jump(e, Op.POP_JUMP_IF_FALSE, l_ret_unwind_jump);
  emitbc_op(e, Op.DUP_TOP);
  emitbc_op(e, Op.ROT_THREE);
  emitbc_op(e, Op.ROT_TWO);
  emitbc_op_qstr(e, Op.LOAD_METHOD, Q.__aexit__);
  emitbc_op(e, Op.ROT_THREE);
  emitbc_op(e, Op.ROT_THREE);
  emitbc_op(e, Op.DUP_TOP);
  emitbc_op_qstr(e, Op.LOAD_ATTR, Q.__class__);
  emitbc_op(e, Op.ROT_TWO);
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_op_uint(e, Op.CALL_METHOD, 3);
  yield_from();
  emitbc_jump(e, Op.POP_JUMP_IF_FALSE, l_end);
  emitbc_op(e, Op.POP_TOP);
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_jump(e, Op.JUMP, l_end);
  emitbc_adjust_stack(e, 2);
  label(l_ret_unwind_jump);
  emitbc_op(e, Op.ROT_THREE);
  emitbc_op(e, Op.ROT_THREE);
  label(l_aexit_no_exc);
  emitbc_op_qstr(e, Op.LOAD_METHOD, Q.__aexit__);
  emitbc_op(e, Op.LOAD_CONST_NONE);
  emitbc_op(e, Op.DUP_TOP);
  emitbc_op(e, Op.DUP_TOP);
  emitbc_op_uint(e, Op.CALL_METHOD, 3);
  yield_from();
  emitbc_op(e, Op.POP_TOP);
  emitbc_adjust_stack(e, -1);
  label(l_end);
  decrease_except_level();
}

/** The components of a dotted module name after the first: LOAD_ATTR each (import a.b.c as d). */
function load_attr_components(q: u32): void {
  const data: u32 = qstr_data(q);
  const len: u32 = qstr_len(q);
  let start: u32 = NO_LABEL;
  for (let i: u32 = 0; i < len; i++) {
    if (load_u8(data + i) !== 46) continue;
    if (start !== NO_LABEL) load_attr_part(data, start, i);
    start = (i + 1) >>> 0;
  }
  if (start !== NO_LABEL) load_attr_part(data, start, len);
}

function load_attr_part(data: u32, start: u32, end: u32): void {
  const part: u32 = qstr_from_bytes((data + start) >>> 0, (end - start) >>> 0);
  if (part === 0) raise_memory_error();
  emitbc_op_qstr(e, Op.LOAD_ATTR, part);
}

/** The name `import a.b.c` binds: a. */
function first_component(q: u32): u32 {
  const data: u32 = qstr_data(q);
  const len: u32 = qstr_len(q);
  for (let i: u32 = 0; i < len; i++) {
    if (load_u8(data + i) === 46) {
      const part: u32 = qstr_from_bytes(data, i);
      if (part === 0) raise_memory_error();
      return part;
    }
  }
  return q;
}

function compile_import(n: ref): void {
  const names: ref = ast_slot(n, 0);
  for (let i: u32 = 0; i < ast_list_len(names); i++) {
    const alias: ref = ast_list_get(names, i);
    const q: u32 = ast_slot(alias, 0);
    const as_name: u32 = ast_slot(alias, 1);
    emitbc_load_const_small_int(e, 0);
    emitbc_op(e, Op.LOAD_CONST_NONE);
    emitbc_op_qstr(e, Op.IMPORT_NAME, q);
    if (as_name !== 0) {
      load_attr_components(q);
      store_id(as_name);
    } else {
      store_id(first_component(q));
    }
  }
}

function compile_import_from(n: ref): void {
  const module: u32 = ast_slot(n, 0);
  const names: ref = ast_slot(n, 1);
  const level: u32 = ast_slot(n, 2);
  const count: u32 = ast_list_len(names);
  const source: u32 = module === 0 ? Q.empty : module;
  if (count === 1 && ast_slot(ast_list_get(names, 0), 0) === q_star) {
    if (scope_kind_here() !== ScopeKind.Module) error_at("import * only allowed at module level", n);
    emitbc_load_const_small_int(e, level | 0);
    emitbc_load_const_str(e, q_star);
    emitbc_op_uint(e, Op.BUILD_TUPLE, 1);
    emitbc_op_qstr(e, Op.IMPORT_NAME, source);
    emitbc_op(e, Op.IMPORT_STAR);
    return;
  }
  emitbc_load_const_small_int(e, level | 0);
  for (let i: u32 = 0; i < count; i++) emitbc_load_const_str(e, ast_slot(ast_list_get(names, i), 0));
  emitbc_op_uint(e, Op.BUILD_TUPLE, count);
  emitbc_op_qstr(e, Op.IMPORT_NAME, source);
  for (let i: u32 = 0; i < count; i++) {
    const alias: ref = ast_list_get(names, i);
    const q: u32 = ast_slot(alias, 0);
    emitbc_op_qstr(e, Op.IMPORT_FROM, q);
    store_id(ast_slot(alias, 1) !== 0 ? ast_slot(alias, 1) : q);
  }
  emitbc_op(e, Op.POP_TOP);
}

function compile_stmt(n: ref): void {
  set_line(n);
  switch (ast_kind(n)) {
    case Ast.Expr: compile_expr_stmt(n); return;
    case Ast.Assign: compile_assign(n); return;
    case Ast.AugAssign: compile_aug_assign(n); return;
    case Ast.AnnAssign:
      if (ast_slot(n, 2) !== 0) {
        compile_expr(ast_slot(n, 2));
        assign(ast_slot(n, 0), Assign.Store);
      }
      return;
    case Ast.FunctionDef:
    case Ast.AsyncFunctionDef:
      compile_funcdef(n);
      return;
    case Ast.ClassDef: compile_classdef(n); return;
    case Ast.Return: compile_return(n); return;
    case Ast.Delete: {
      const targets: ref = ast_slot(n, 0);
      for (let i: u32 = 0; i < ast_list_len(targets); i++) compile_delete(ast_list_get(targets, i));
      return;
    }
    case Ast.If: compile_if(n); return;
    case Ast.While: compile_while(n); return;
    case Ast.For: compile_for(n); return;
    case Ast.AsyncFor: compile_async_for(n); return;
    case Ast.With: compile_with_items(ast_slot(n, 0), 0, ast_slot(n, 1)); return;
    case Ast.AsyncWith: compile_async_with_items(ast_slot(n, 0), 0, ast_slot(n, 1)); return;
    case Ast.Raise: compile_raise(n); return;
    case Ast.Try: compile_try(n); return;
    case Ast.Assert: compile_assert(n); return;
    case Ast.Import: compile_import(n); return;
    case Ast.ImportFrom: compile_import_from(n); return;
    case Ast.Global:
    case Ast.Nonlocal:
    case Ast.Pass:
      return;
    case Ast.Break: compile_break_continue(n, true); return;
    case Ast.Continue: compile_break_continue(n, false); return;
    default: error_at("invalid syntax", n);
  }
}

// ---- scopes ----

/** The positional-only parameters (before `/`) of a def or lambda scope: an AST list, or 0. */
function posonly_params(s: ref): ref {
  const kind: u32 = Scope.kind.get(s);
  if (kind === ScopeKind.Function) return ast_slot(ast_slot(Scope.node.get(s), 1), 0);
  if (kind === ScopeKind.Lambda) return ast_slot(ast_slot(Scope.node.get(s), 0), 0);
  return 0;
}

function is_posonly(posonly: ref, q: u32): bool {
  if (posonly === 0) return false;
  const n: u32 = ast_list_len(posonly);
  for (let i: u32 = 0; i < n; i++) if (ast_slot(ast_list_get(posonly, i), 0) === q) return true;
  return false;
}

/**
 * The prelude's argument names: parameter i's name, "*" for the closed-over slots. A
 * positional-only parameter is "*" too, a name no keyword argument matches (MicroPython's
 * prelude has no count of them).
 */
function emit_arg_names(s: ref, n_args: u32): void {
  const posonly: ref = posonly_params(s);
  const count: u32 = scope_id_count(s);
  for (let i: u32 = 0; i < n_args; i++) {
    let q: u32 = q_star;
    for (let j: u32 = 0; j < count; j++) {
      const id: ref = scope_id_at(s, j);
      if ((IdInfo.flags.get(id) & IdFlag.Param) !== 0 && IdInfo.kind.get(id) !== IdKind.Free && IdInfo.local_num.get(id) === i) {
        q = IdInfo.q.get(id);
        break;
      }
    }
    // A comprehension's iterator parameter is MicroPython's empty name.
    if (q === q_dot0) q = Q.empty;
    if (is_posonly(posonly, q)) q = q_star;
    emitbc_arg_name(e, q);
  }
}

function emit_cells(s: ref): void {
  if ((Scope.info.get(s) & ScopeInfo.ClassCell) !== 0) emitbc_add_cell(e, Scope.class_cell.get(s));
  const count: u32 = scope_id_count(s);
  for (let i: u32 = 0; i < count; i++) {
    const id: ref = scope_id_at(s, i);
    if (IdInfo.kind.get(id) === IdKind.Cell) emitbc_add_cell(e, IdInfo.local_num.get(id));
  }
}

/** compile_scope_comp_iter: one `for` of a comprehension, its ifs, then the next or the element. */
function comp_iter(node: ref, gens: ref, i: u32, depth: u32): void {
  const gen: ref = ast_list_get(gens, i);
  const l_top: u32 = new_label();
  const l_end: u32 = new_label();
  label(l_top);
  emitbc_jump(e, Op.FOR_ITER, l_end);
  assign(ast_slot(gen, 0), Assign.Store);
  const ifs: ref = ast_slot(gen, 2);
  for (let k: u32 = 0; k < ast_list_len(ifs); k++) if_cond(ast_list_get(ifs, k), false, l_top);
  const next_i: u32 = (i + 1) >>> 0;
  if (next_i < ast_list_len(gens)) {
    const next: ref = ast_list_get(gens, next_i);
    compile_expr(ast_slot(next, 1));
    emitbc_op(e, Op.GET_ITER_STACK);
    comp_iter(node, gens, next_i, (depth + 1) >>> 0);
  } else {
    const kind: u32 = ast_kind(node);
    const index: u32 = (4 * depth + 5) >>> 0;
    if (kind === Ast.GeneratorExp) {
      compile_expr(ast_slot(node, 0));
      emitbc_yield(e, false);
      emitbc_op(e, Op.POP_TOP);
    } else if (kind === Ast.DictComp) {
      compile_expr(ast_slot(node, 1));
      compile_expr(ast_slot(node, 0));
      emitbc_op_uint(e, Op.STORE_COMP, (((index + 1) << 2) | 1) >>> 0);
    } else {
      compile_expr(ast_slot(node, 0));
      emitbc_op_uint(e, Op.STORE_COMP, ((index << 2) | (kind === Ast.ListComp ? 0 : 2)) >>> 0);
    }
  }
  emitbc_jump(e, Op.JUMP, l_top);
  label(l_end);
  emitbc_adjust_stack(e, -4);
}

function compile_scope_code(s: ref): void {
  const node: ref = Scope.node.get(s);
  switch (scope_kind(s)) {
    case ScopeKind.Module:
      if (mode === CompileMode.Eval) {
        const body: ref = ast_slot(node, 0);
        compile_expr(ast_slot(ast_list_get(body, 0), 0));
        emitbc_op(e, Op.RETURN_VALUE);
        return;
      }
      compile_body(ast_slot(node, 0));
      emitbc_op(e, Op.LOAD_CONST_NONE);
      emitbc_op(e, Op.RETURN_VALUE);
      return;
    case ScopeKind.Function:
      compile_body(ast_slot(node, 2));
      emitbc_op(e, Op.LOAD_CONST_NONE);
      emitbc_op(e, Op.RETURN_VALUE);
      return;
    case ScopeKind.Lambda:
      set_line(node);
      compile_expr(ast_slot(node, 1));
      if ((Emit.scope_flags.get(e) & SCOPE_FLAG_GENERATOR) !== 0) {
        emitbc_op(e, Op.POP_TOP);
        emitbc_op(e, Op.LOAD_CONST_NONE);
      }
      emitbc_op(e, Op.RETURN_VALUE);
      return;
    case ScopeKind.Class: {
      load_id(Q.__name__);
      store_id(Q.__module__);
      emitbc_load_const_str(e, ast_slot(node, 0));
      store_id(Q.__qualname__);
      compile_body(ast_slot(node, 3));
      if ((Scope.info.get(s) & ScopeInfo.ClassCell) !== 0) emitbc_load_fast(e, Scope.class_cell.get(s));
      else emitbc_op(e, Op.LOAD_CONST_NONE);
      emitbc_op(e, Op.RETURN_VALUE);
      return;
    }
    default: {
      const kind: u32 = ast_kind(node);
      const gens: ref = ast_slot(node, kind === Ast.DictComp ? 2 : 1);
      for (let i: u32 = 0; i < ast_list_len(gens); i++) {
        if (ast_op(ast_list_get(gens, i)) !== 0) error_at("asynchronous comprehension outside of an asynchronous function", node);
      }
      set_line(node);
      if (kind === Ast.ListComp) emitbc_op_uint(e, Op.BUILD_LIST, 0);
      else if (kind === Ast.DictComp) emitbc_op_uint(e, Op.BUILD_MAP, 0);
      else if (kind === Ast.SetComp) emitbc_op_uint(e, Op.BUILD_SET, 0);
      if (kind === Ast.GeneratorExp) {
        emitbc_op(e, Op.LOAD_NULL);
        load_id(q_dot0);
        emitbc_op(e, Op.LOAD_NULL);
        emitbc_op(e, Op.LOAD_NULL);
      } else {
        load_id(q_dot0);
        emitbc_op(e, Op.GET_ITER_STACK);
      }
      comp_iter(node, gens, 0, 0);
      if (kind === Ast.GeneratorExp) emitbc_op(e, Op.LOAD_CONST_NONE);
      emitbc_op(e, Op.RETURN_VALUE);
      return;
    }
  }
}

/** Compile one scope into a RawCode; its children are queued. */
function compile_scope(s: ref, n_def: u32, extra_flags: u32): ref {
  sc = s;
  break_label = NO_LABEL;
  continue_label = NO_LABEL;
  break_from_for = false;
  cur_except_level = 0;
  break_continue_except_level = 0;
  max_except_level = 0;
  let flags: u32 = (Scope.flags.get(s) | extra_flags) >>> 0;
  if ((Scope.info.get(s) & ScopeInfo.Async) !== 0) flags = (flags | SCOPE_FLAG_GENERATOR) >>> 0;
  const n_pos: u32 = (Scope.num_pos_args.get(s) + Scope.num_free.get(s)) >>> 0;
  const n_kwonly: u32 = Scope.num_kwonly_args.get(s);
  e = emitbc_begin(cm, Scope.name.get(s), flags, n_pos, n_kwonly, n_def);
  const depth: u32 = gc_root_push(e);
  emit_arg_names(s, (n_pos + n_kwonly) >>> 0);
  emitbc_set_n_locals(e, Scope.num_locals.get(s));
  emit_cells(s);
  compile_scope_code(s);
  emitbc_set_n_exc_stack(e, max_except_level);
  const rc: ref = emitbc_end(e);
  gc_root_restore(depth);
  e = 0;
  return rc;
}

function init_names(): void {
  q_star = qstr_from_str("*");
  q_range = qstr_from_str("range");
  q_repl_print = qstr_from_str("__repl_print__");
  q_micropython = qstr_from_str("micropython");
  q_bytecode = qstr_from_str("bytecode");
  q_dot0 = qstr_from_str(".0");
  if (q_star === 0 || q_range === 0 || q_repl_print === 0 || q_micropython === 0 ||
    q_bytecode === 0 || q_dot0 === 0) raise_memory_error();
}

/** Eval mode takes exactly one expression. */
function check_eval(module: ref): void {
  const body: ref = ast_slot(module, 0);
  if (ast_list_len(body) !== 1 || ast_kind(ast_list_get(body, 0)) !== Ast.Expr) {
    const at: ref = ast_list_len(body) > 0 ? ast_list_get(body, ast_list_len(body) > 1 ? 1 : 0) : 0;
    if (at === 0) raise_syntax_error(TypeId.SyntaxError, "invalid syntax", 1, 1);
    error_at("invalid syntax", at);
  }
}

/** Compile src[0..len) from file `file` (a qstr) into a CompiledModule. Raises SyntaxError, MemoryError. */
export function compile_source(src: u32, len: u32, file: u32, how: CompileMode): ref {
  mode = how;
  init_names();
  const depth: u32 = gc_root_push(0);
  try {
    const module: ref = parse(src, len);
    gc_root_set(depth, module);
    if (how === CompileMode.Eval) check_eval(module);
    compile_fold(module, opt_level);
    const top: ref = scope_analyze(module);
    gc_root_push(top);
    cm = emitbc_module_new(file);
    gc_root_push(cm);
    queue = vstr_new(64);
    if (queue === 0) raise_memory_error();
    gc_root_push(queue);
    queue_head = 0;
    emitbc_module_set_code(cm, compile_scope(top, 0, 0));
    while (queue_head < vstr_len(queue)) {
      const at: u32 = (vstr_data(queue) + queue_head) >>> 0;
      queue_head = (queue_head + 16) >>> 0;
      const child_rc: ref = load_u32(at + 4);
      const rc: ref = compile_scope(load_u32(at), load_u32(at + 8), load_u32(at + 12));
      RawCode.kind.set(child_rc, RawCode.kind.get(rc));
      RawCode.code.set(child_rc, RawCode.code.get(rc));
      RawCode.code_len.set(child_rc, RawCode.code_len.get(rc));
      RawCode.children.set(child_rc, RawCode.children.get(rc));
      RawCode.n_children.set(child_rc, RawCode.n_children.get(rc));
    }
  } catch (err) {
    const exc: obj = caught(err);
    reset_state();
    gc_root_restore(depth);
    syntax_error_set_file(exc, file);
    raise(exc);
  }
  const result: ref = cm;
  reset_state();
  gc_root_restore(depth);
  return result;
}

function reset_state(): void {
  cm = 0;
  queue = 0;
  e = 0;
  sc = 0;
}
