// The compiler's scope pass: CPython's symtable, as MicroPython's scope.c/compile.c number it.
//
//   const top: ref = scope_analyze(module_node);   // raises SyntaxError, MemoryError
//
// The result is a tree of heap objects, one per scope, reachable from the module scope
// (the caller roots it; it does not reference the AST's lists, only its nodes).
//
//   Scope  { kind (ScopeKind), flags (ScopeFlag: MicroPython's MP_SCOPE_FLAG_* bits of the
//            bytecode prelude), info (ScopeInfo), num_pos_args, num_kwonly_args,
//            num_def_pos_args, num_locals, num_free, class_cell, name (qstr), line, col,
//            node (the AST node: Module, FunctionDef, Lambda, ClassDef, ListComp…),
//            parent, ids + id_len (IdInfo entries), children + child_len (Scope refs) }
//   IdInfo { q (qstr), line, def (Def: CPython's symtable flags), col, kind (IdKind),
//            flags (IdFlag: MicroPython's ID_FLAG_*), local_num }
//
// Children are in CPython's symtable order (the order `symtable.get_children()` lists
// them); ids in the order of their first occurrence in MicroPython's compile order
// (evaluation order: a value before its targets, a for's iterable before its target),
// which is what the slot numbers follow. scope_find(scope, q) finds an id; the compiler
// reads its kind and local_num.
//
// Kinds, as CPython decides them (symtable.c analyze_name), in MicroPython's vocabulary:
// a name bound in a function-like scope (assignment, augmented or annotated assignment,
// for/with/except targets, import, def/class, del, parameter, walrus) is Local, or Cell
// when an inner function-like scope uses it; a name declared `global` is GlobalExplicit;
// a name declared `nonlocal`, or used but not bound here while an enclosing function-like
// scope binds it (class bodies are skipped: they bind nothing for inner scopes), is Free;
// any other name used in a function is global: MicroPython's compile_scope_compute_things
// turns those into GlobalExplicit (LOAD_GLOBAL) — Def.Global tells a declared one apart.
// In module and class scopes a bound name is GlobalImplicitAssigned (STORE_NAME), other
// names GlobalImplicit. Scopes between a free name and its binder get it as Free too.
// A method that uses `__class__` or calls `super` makes its class keep a __class__ cell
// (ScopeInfo.ClassCell; the class's id table has no entry for it).
//
// Slot numbers (MicroPython's compile.c scope_compute_things, checked against its source):
//  1. ids are in order of first occurrence, parameters first in source order
//     (positional-only, positional, *args, keyword-only, **kwargs; a comprehension's one
//     parameter is its iterator, named ".0" as in CPython);
//  2. with *args, the *args parameter swaps places with the last plain parameter
//     (so `def f(a, *b, c, d, **e)` has slots a d c b e);
//  3. parameters (even when they are cells) and Local ids get 0, 1, … in id order;
//  4. then every Cell that is not a parameter, in id order; a class's __class__ cell after;
//  5. Free ids are numbered 0, 1, … in the order of the parent scope's ids (its cells and
//     frees), and every other numbered id is shifted up by num_free. MicroPython also adds
//     num_free to the prelude's positional-argument count: num_pos_args here is the
//     declared count; the compiler adds num_free.
// num_locals counts all of them.
//
// Errors: CPython 3.11's messages and positions (line, col_offset + 1 of the statement or
// expression CPython names), raised in CPython's phases: the symtable's build errors as
// they are met; then its analysis errors (nonlocal/global resolution); then the first
// compiler error in source order ('return' outside function, 'yield'/'await' outside
// function, 'break'/'continue' outside a loop, async for/with outside async function,
// asynchronous comprehension outside an async function).
//
// Deliberate differences: private names are not mangled (MicroPython does not mangle);
// variable, argument and return annotations are visited as CPython's symtable visits
// them (MicroPython ignores them), so a name used only in an annotation counts as used.
// A class body that binds a name a method also closes over keeps both (IdFlag.FreeClass),
// as CPython does (MicroPython instead resolves such a method's name as a global).

import { load_u8, load_u32, store_u32, store_u8, raise, caught, type u32, type ref, type bool } from "./subset/index.js";
import { layout, field_u8, field_u16, field_u32, field_ref } from "./subset/index.js";
import { gc_alloc, gc_realloc, gc_nbytes, gc_root_push, gc_root_restore } from "./gc.js";
import { qstr_data, qstr_len, qstr_from_bytes, qstr_from_str } from "./qstr.js";
import { Q } from "./qstr_static.js";
import { OBJ_NONE, new_small_int, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { exception_new, raise_memory_error } from "./objects/exception.js";
import { str_from_bytes } from "./objects/str.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";
import { Ast, AstCtx, ast_kind, ast_op, ast_slot, ast_line, ast_col, ast_list_len, ast_list_get } from "./ast.js";

/** MicroPython's scope_kind_t, in its order. */
export const enum ScopeKind { Module, Class, Lambda, ListComp, DictComp, SetComp, GenExpr, Function }
/** MicroPython's id_info_kind_t. */
export const enum IdKind { Undecided, GlobalImplicit, GlobalImplicitAssigned, GlobalExplicit, Local, Cell, Free }
/** MicroPython's ID_FLAG_* (and FreeClass: a class-level name also passed through as a free variable). */
export const enum IdFlag { Param = 1, StarParam = 2, DblStarParam = 4, FreeClass = 8 }
/** CPython's symtable DEF_* flags, with its values. */
export const enum Def { Global = 1, Local = 2, Param = 4, Nonlocal = 8, Use = 16, Import = 128, Annot = 256, CompIter = 512 }
/** MicroPython's MP_SCOPE_FLAG_* (the prelude signature bits). */
export const enum ScopeFlag { Generator = 1, VarKeywords = 2, VarArgs = 4, DefKwargs = 8 }
/** What else the compiler needs to know of a scope. */
export const enum ScopeInfo { Async = 1, ClassCell = 2, Coroutine = 4 }

export const Scope = layout("Scope", {
  kind: field_u8,
  flags: field_u8,
  info: field_u8,
  num_pos_args: field_u16,
  num_kwonly_args: field_u16,
  num_def_pos_args: field_u16,
  num_locals: field_u16,
  num_free: field_u16,
  class_cell: field_u16,
  name: field_u32,
  line: field_u32,
  col: field_u32,
  node: field_ref,
  parent: field_ref,
  ids: field_ref,
  id_len: field_u32,
  children: field_ref,
  child_len: field_u32,
});

export const IdInfo = layout("IdInfo", {
  q: field_u32,
  line: field_u32,
  def: field_u16,
  col: field_u16,
  kind: field_u8,
  flags: field_u8,
  local_num: field_u16,
});

// ---- state of one pass ----

let cur: ref = 0;
let top_scope: ref = 0;
let loop_depth: u32 = 0;
/** CPython's ste_comp_iter_expr and ste_comp_iter_target, for the current scope. */
let iter_expr: u32 = 0;
let iter_target: bool = false;
/** The first compiler-phase error met, raised after the analysis. */
let pending: bool = false;
let pending_msg: string = "";
let pending_line: u32 = 0;
let pending_col: u32 = 0;
let q_dot0: u32 = 0;

// ---- access ----

export function scope_kind(s: ref): ScopeKind {
  switch (Scope.kind.get(s)) {
    case 0: return ScopeKind.Module;
    case 1: return ScopeKind.Class;
    case 2: return ScopeKind.Lambda;
    case 3: return ScopeKind.ListComp;
    case 4: return ScopeKind.DictComp;
    case 5: return ScopeKind.SetComp;
    case 6: return ScopeKind.GenExpr;
    default: return ScopeKind.Function;
  }
}

/** MicroPython's SCOPE_IS_FUNC_LIKE: lambdas, comprehensions and functions. */
export function scope_is_func_like(s: ref): bool {
  return Scope.kind.get(s) >= ScopeKind.Lambda;
}

export function scope_is_comp(s: ref): bool {
  const k: u32 = Scope.kind.get(s);
  return k >= ScopeKind.ListComp && k <= ScopeKind.GenExpr;
}

export function scope_id_count(s: ref): u32 {
  return Scope.id_len.get(s);
}

export function scope_id_at(s: ref, i: u32): ref {
  return (Scope.ids.get(s) + i * IdInfo.SIZE) >>> 0;
}

export function scope_child_count(s: ref): u32 {
  return Scope.child_len.get(s);
}

export function scope_child(s: ref, i: u32): ref {
  return load_u32((Scope.children.get(s) + i * 4) >>> 0);
}

/** The child scope made for an AST node (def, class, lambda, comprehension), or 0. */
export function scope_for_node(s: ref, node: ref): ref {
  for (let i: u32 = 0; i < Scope.child_len.get(s); i++) {
    if (Scope.node.get(scope_child(s, i)) === node) return scope_child(s, i);
  }
  return 0;
}

/** The id of qstr q in scope s, or 0. */
export function scope_find(s: ref, q: u32): ref {
  const n: u32 = Scope.id_len.get(s);
  const base: u32 = Scope.ids.get(s);
  for (let i: u32 = 0; i < n; i++) {
    const e: u32 = (base + i * IdInfo.SIZE) >>> 0;
    if (IdInfo.q.get(e) === q) return e;
  }
  return 0;
}

// ---- building ----

function alloc_or_fail(n: u32): ref {
  const p: ref = gc_alloc(n);
  if (p === 0) raise_memory_error();
  return p;
}

function add_id(s: ref, q: u32, line: u32, col: u32): ref {
  const n: u32 = Scope.id_len.get(s);
  let buf: u32 = Scope.ids.get(s);
  if (buf === 0) {
    buf = alloc_or_fail(IdInfo.SIZE * 8);
    Scope.ids.set(s, buf);
  } else if (((n + 1) * IdInfo.SIZE) >>> 0 > gc_nbytes(buf)) {
    const grown: u32 = gc_realloc(buf, (n * 2 * IdInfo.SIZE) >>> 0);
    if (grown === 0) raise_memory_error();
    buf = grown;
    Scope.ids.set(s, buf);
  }
  const e: u32 = (buf + n * IdInfo.SIZE) >>> 0;
  IdInfo.q.set(e, q);
  IdInfo.line.set(e, line);
  IdInfo.col.set(e, col > 0xffff ? 0xffff : col);
  IdInfo.kind.set(e, IdKind.Undecided);
  Scope.id_len.set(s, (n + 1) >>> 0);
  return e;
}

function find_or_add(s: ref, q: u32, line: u32, col: u32): ref {
  const e: ref = scope_find(s, q);
  return e !== 0 ? e : add_id(s, q, line, col);
}

/** A new scope, linked as the last child of the current one (none for the module). */
function new_scope(kind: ScopeKind, node: ref, name: u32, line: u32, col: u32): ref {
  const parent: ref = cur;
  if (parent !== 0) {
    const n: u32 = Scope.child_len.get(parent);
    let buf: u32 = Scope.children.get(parent);
    if (buf === 0) {
      buf = alloc_or_fail(16);
      Scope.children.set(parent, buf);
    } else if (((n + 1) * 4) >>> 0 > gc_nbytes(buf)) {
      const grown: u32 = gc_realloc(buf, (n * 8) >>> 0);
      if (grown === 0) raise_memory_error();
      buf = grown;
      Scope.children.set(parent, buf);
    }
  }
  const s: ref = alloc_or_fail(Scope.SIZE);
  Scope.kind.set(s, kind);
  Scope.name.set(s, name);
  Scope.line.set(s, line);
  Scope.col.set(s, col);
  Scope.node.set(s, node);
  Scope.parent.set(s, parent);
  if (parent !== 0) {
    const n: u32 = Scope.child_len.get(parent);
    store_u32((Scope.children.get(parent) + n * 4) >>> 0, s);
    Scope.child_len.set(parent, (n + 1) >>> 0);
  }
  return s;
}

/** Raise SyntaxError pre + name + post at line:col (the message built in the heap). */
function raise_named(pre: string, q: u32, post: string, line: u32, col: u32): never {
  const qn: u32 = q === 0 ? 0 : qstr_len(q);
  const n: u32 = (pre.length + qn + post.length) >>> 0;
  const tmp: ref = alloc_or_fail(n);
  const depth: u32 = gc_root_push(tmp);
  let at: u32 = tmp;
  for (let i: u32 = 0; i < pre.length; i++) { store_u8(at, pre.charCodeAt(i)); at = (at + 1) >>> 0; }
  for (let i: u32 = 0; i < qn; i++) { store_u8(at, load_u8_of(q, i)); at = (at + 1) >>> 0; }
  for (let i: u32 = 0; i < post.length; i++) { store_u8(at, post.charCodeAt(i)); at = (at + 1) >>> 0; }
  const msg: obj = str_from_bytes(tmp, n);
  gc_root_push(msg);
  const details: obj = tuple_new(4);
  tuple_set(details, 0, OBJ_NONE);
  tuple_set(details, 1, new_small_int(line & 0x3fffffff));
  tuple_set(details, 2, new_small_int(col & 0x3fffffff));
  tuple_set(details, 3, OBJ_NONE);
  gc_root_push(details);
  const args: obj = tuple_new(2);
  tuple_set(args, 0, msg);
  tuple_set(args, 1, details);
  gc_root_push(args);
  const e: obj = exception_new(TypeId.SyntaxError, args);
  gc_root_restore(depth);
  raise(e);
}

function load_u8_of(q: u32, i: u32): u32 {
  return load_u8((qstr_data(q) + i) >>> 0);
}

function raise_at(msg: string, line: u32, col: u32): never {
  raise_named(msg, 0, "", line, col);
}

function defer(msg: string, n: ref): void {
  if (pending) return;
  pending = true;
  pending_msg = msg;
  pending_line = ast_line(n);
  pending_col = ast_col(n);
}

/** CPython's symtable_add_def in scope s. */
function add_def_in(s: ref, q: u32, flag: u32, line: u32, col: u32): ref {
  const e: ref = find_or_add(s, q, line, col);
  let d: u32 = IdInfo.def.get(e);
  if ((flag & Def.Param) !== 0 && (d & Def.Param) !== 0) raise_named("duplicate argument '", q, "' in function definition", line, col);
  d = (d | flag) & 0xffff;
  if (s === cur && iter_target) {
    if ((d & (Def.Global | Def.Nonlocal)) !== 0) raise_named("comprehension inner loop cannot rebind assignment expression target '", q, "'", line, col);
    d = (d | Def.CompIter) & 0xffff;
  }
  IdInfo.def.set(e, d);
  // CPython records every global declaration in the module's table too.
  if ((flag & Def.Global) !== 0 && s !== top_scope) {
    const g: ref = find_or_add(top_scope, q, line, col);
    IdInfo.def.set(g, (IdInfo.def.get(g) | Def.Global) & 0xffff);
  }
  return e;
}

function add_def(q: u32, flag: u32, n: ref): ref {
  return add_def_in(cur, q, flag, ast_line(n), ast_col(n));
}

function visit_list(l: ref, stmts: bool): void {
  for (let i: u32 = 0; i < ast_list_len(l); i++) {
    const item: u32 = ast_list_get(l, i);
    if (item === 0) continue;
    if (stmts) visit_stmt(item);
    else visit_expr(item);
  }
}

function visit_opt(n: ref): void {
  if (n !== 0) visit_expr(n);
}

/** The name an import binds: the alias, or the first component of a dotted name. */
function import_name(alias: ref, from: bool): u32 {
  const asname: u32 = ast_slot(alias, 1);
  if (asname !== 0) return asname;
  const q: u32 = ast_slot(alias, 0);
  if (from) return q;
  const len: u32 = qstr_len(q);
  for (let i: u32 = 0; i < len; i++) {
    if (load_u8_of(q, i) === 46) {
      const p: u32 = qstr_from_bytes(qstr_data(q), i);
      if (p === 0) raise_memory_error();
      return p;
    }
  }
  return q;
}

function visit_global_decl(n: ref, nonlocal: bool): void {
  const names: ref = ast_slot(n, 0);
  for (let i: u32 = 0; i < ast_list_len(names); i++) {
    const q: u32 = ast_list_get(names, i);
    const e: ref = scope_find(cur, q);
    const d: u32 = e === 0 ? 0 : IdInfo.def.get(e);
    const line: u32 = ast_line(n);
    const col: u32 = ast_col(n);
    if ((d & (Def.Param | Def.Local | Def.Use | Def.Annot)) !== 0) {
      if ((d & Def.Param) !== 0) raise_named("name '", q, nonlocal ? "' is parameter and nonlocal" : "' is parameter and global", line, col);
      if ((d & Def.Use) !== 0) raise_named("name '", q, nonlocal ? "' is used prior to nonlocal declaration" : "' is used prior to global declaration", line, col);
      if ((d & Def.Annot) !== 0) raise_named("annotated name '", q, nonlocal ? "' can't be nonlocal" : "' can't be global", line, col);
      raise_named("name '", q, nonlocal ? "' is assigned to before nonlocal declaration" : "' is assigned to before global declaration", line, col);
    }
    const id: ref = add_def(q, nonlocal ? Def.Nonlocal : Def.Global, n);
    // The first directive's position, for the analysis errors (CPython's error_at_directive).
    if ((d & (Def.Global | Def.Nonlocal)) === 0) {
      IdInfo.line.set(id, line);
      IdInfo.col.set(id, col > 0xffff ? 0xffff : col);
    }
  }
}

function visit_stmts_in_loop(l: ref): void {
  loop_depth = (loop_depth + 1) >>> 0;
  visit_list(l, true);
  loop_depth = (loop_depth - 1) >>> 0;
}

function visit_stmt(n: ref): void {
  switch (ast_kind(n)) {
    case Ast.FunctionDef:
    case Ast.AsyncFunctionDef:
      visit_function(n);
      return;
    case Ast.ClassDef:
      visit_class(n);
      return;
    case Ast.Return:
      if (!scope_is_func_like(cur)) defer("'return' outside function", n);
      visit_opt(ast_slot(n, 0));
      return;
    case Ast.Delete:
      visit_list(ast_slot(n, 0), false);
      return;
    case Ast.Assign:
      visit_expr(ast_slot(n, 1));
      visit_list(ast_slot(n, 0), false);
      return;
    case Ast.AugAssign:
      visit_expr(ast_slot(n, 0));
      visit_expr(ast_slot(n, 1));
      return;
    case Ast.AnnAssign:
      visit_ann_assign(n);
      return;
    case Ast.For:
    case Ast.AsyncFor:
      if (ast_kind(n) === Ast.AsyncFor) check_async("'async for' outside async function", n);
      visit_expr(ast_slot(n, 1));
      visit_expr(ast_slot(n, 0));
      visit_stmts_in_loop(ast_slot(n, 2));
      visit_list(ast_slot(n, 3), true);
      return;
    case Ast.While:
      visit_expr(ast_slot(n, 0));
      visit_stmts_in_loop(ast_slot(n, 1));
      visit_list(ast_slot(n, 2), true);
      return;
    case Ast.If:
      visit_expr(ast_slot(n, 0));
      visit_list(ast_slot(n, 1), true);
      visit_list(ast_slot(n, 2), true);
      return;
    case Ast.With:
    case Ast.AsyncWith: {
      if (ast_kind(n) === Ast.AsyncWith) check_async("'async with' outside async function", n);
      const items: ref = ast_slot(n, 0);
      for (let i: u32 = 0; i < ast_list_len(items); i++) {
        const item: ref = ast_list_get(items, i);
        visit_expr(ast_slot(item, 0));
        visit_opt(ast_slot(item, 1));
      }
      visit_list(ast_slot(n, 1), true);
      return;
    }
    case Ast.Raise:
      visit_opt(ast_slot(n, 0));
      visit_opt(ast_slot(n, 1));
      return;
    case Ast.Try: {
      visit_list(ast_slot(n, 0), true);
      const handlers: ref = ast_slot(n, 1);
      for (let i: u32 = 0; i < ast_list_len(handlers); i++) {
        const h: ref = ast_list_get(handlers, i);
        visit_opt(ast_slot(h, 0));
        if (ast_slot(h, 1) !== 0) add_def(ast_slot(h, 1), Def.Local, h);
        visit_list(ast_slot(h, 2), true);
      }
      visit_list(ast_slot(n, 2), true);
      visit_list(ast_slot(n, 3), true);
      return;
    }
    case Ast.Assert:
      visit_expr(ast_slot(n, 0));
      visit_opt(ast_slot(n, 1));
      return;
    case Ast.Import:
    case Ast.ImportFrom: {
      const from: bool = ast_kind(n) === Ast.ImportFrom;
      const names: ref = ast_slot(n, from ? 1 : 0);
      for (let i: u32 = 0; i < ast_list_len(names); i++) {
        const alias: ref = ast_list_get(names, i);
        if (qstr_len(ast_slot(alias, 0)) === 1 && load_u8_of(ast_slot(alias, 0), 0) === 42) {
          if (Scope.kind.get(cur) !== ScopeKind.Module) raise_at("import * only allowed at module level", ast_line(alias), ast_col(alias));
          continue;
        }
        add_def(import_name(alias, from), Def.Import, alias);
      }
      return;
    }
    case Ast.Global:
      visit_global_decl(n, false);
      return;
    case Ast.Nonlocal:
      visit_global_decl(n, true);
      return;
    case Ast.Expr:
      visit_expr(ast_slot(n, 0));
      return;
    case Ast.Break:
      if (loop_depth === 0) defer("'break' outside loop", n);
      return;
    case Ast.Continue:
      if (loop_depth === 0) defer("'continue' not properly in loop", n);
      return;
    default:
      return;
  }
}

function check_async(msg: string, n: ref): void {
  if ((Scope.info.get(cur) & ScopeInfo.Async) === 0) defer(msg, n);
  else Scope.flags.set(cur, Scope.flags.get(cur) | ScopeFlag.Generator);
}

function visit_ann_assign(n: ref): void {
  const target: ref = ast_slot(n, 0);
  const value: ref = ast_slot(n, 2);
  const simple: bool = ast_op(n) !== 0;
  if (value !== 0) visit_expr(value);
  if (ast_kind(target) === Ast.Name) {
    const q: u32 = ast_slot(target, 0);
    const e: ref = scope_find(cur, q);
    const d: u32 = e === 0 ? 0 : IdInfo.def.get(e);
    if ((d & (Def.Global | Def.Nonlocal)) !== 0 && Scope.kind.get(cur) !== ScopeKind.Module && simple) {
      raise_named("annotated name '", q, (d & Def.Global) !== 0 ? "' can't be global" : "' can't be nonlocal", ast_line(n), ast_col(n));
    }
    if (simple) add_def(q, Def.Annot | Def.Local, target);
    else if (value !== 0) add_def(q, Def.Local, target);
  } else {
    visit_expr(target);
  }
  visit_expr(ast_slot(n, 1));
}

/** Parameters' defaults and annotations (in the enclosing scope, as CPython visits them). */
function visit_arg_defaults(args: ref, annotations: bool): void {
  visit_list(ast_slot(args, 6), false);
  visit_list(ast_slot(args, 4), false);
  if (!annotations) return;
  for (let k: u32 = 0; k < 6; k++) {
    if (k === 4) continue;
    if (k === 2 || k === 5) {
      const a: ref = ast_slot(args, k);
      if (a !== 0) visit_opt(ast_slot(a, 1));
      continue;
    }
    const l: ref = ast_slot(args, k);
    for (let i: u32 = 0; i < ast_list_len(l); i++) visit_opt(ast_slot(ast_list_get(l, i), 1));
  }
}

/** CPython's duplicate-argument check, in its order (positional-only, positional, keyword-only, *, **). */
function check_duplicates(args: ref): void {
  let seen: u32 = 0;
  for (let pass: u32 = 0; pass < 5; pass++) {
    const k: u32 = pass === 0 ? 0 : pass === 1 ? 1 : pass === 2 ? 3 : pass === 3 ? 2 : 5;
    if (k === 2 || k === 5) {
      const a: ref = ast_slot(args, k);
      if (a !== 0) check_one(args, a, seen);
      if (a !== 0) seen = (seen + 1) >>> 0;
      continue;
    }
    const l: ref = ast_slot(args, k);
    for (let i: u32 = 0; i < ast_list_len(l); i++) {
      check_one(args, ast_list_get(l, i), seen);
      seen = (seen + 1) >>> 0;
    }
  }
}

/** Raise if arg a's name is among the first `before` parameters in CPython's order. */
function check_one(args: ref, a: ref, before: u32): void {
  const q: u32 = ast_slot(a, 0);
  let seen: u32 = 0;
  for (let pass: u32 = 0; pass < 5 && seen < before; pass++) {
    const k: u32 = pass === 0 ? 0 : pass === 1 ? 1 : pass === 2 ? 3 : pass === 3 ? 2 : 5;
    if (k === 2 || k === 5) {
      const b: ref = ast_slot(args, k);
      if (b !== 0) {
        if (ast_slot(b, 0) === q) raise_named("duplicate argument '", q, "' in function definition", ast_line(a), ast_col(a));
        seen = (seen + 1) >>> 0;
      }
      continue;
    }
    const l: ref = ast_slot(args, k);
    for (let i: u32 = 0; i < ast_list_len(l) && seen < before; i++) {
      if (ast_slot(ast_list_get(l, i), 0) === q) raise_named("duplicate argument '", q, "' in function definition", ast_line(a), ast_col(a));
      seen = (seen + 1) >>> 0;
    }
  }
}

function add_param(q: u32, flags: u32, a: ref): void {
  const e: ref = add_def(q, Def.Param, a);
  IdInfo.flags.set(e, IdFlag.Param | flags);
}

/** The parameters, in source order, and the counts and flags they give. */
function add_params(args: ref): void {
  check_duplicates(args);
  const posonly: ref = ast_slot(args, 0);
  const pos: ref = ast_slot(args, 1);
  const kwonly: ref = ast_slot(args, 3);
  for (let i: u32 = 0; i < ast_list_len(posonly); i++) add_param(ast_slot(ast_list_get(posonly, i), 0), 0, ast_list_get(posonly, i));
  for (let i: u32 = 0; i < ast_list_len(pos); i++) add_param(ast_slot(ast_list_get(pos, i), 0), 0, ast_list_get(pos, i));
  const vararg: ref = ast_slot(args, 2);
  if (vararg !== 0) {
    add_param(ast_slot(vararg, 0), IdFlag.StarParam, vararg);
    Scope.flags.set(cur, Scope.flags.get(cur) | ScopeFlag.VarArgs);
  }
  for (let i: u32 = 0; i < ast_list_len(kwonly); i++) add_param(ast_slot(ast_list_get(kwonly, i), 0), 0, ast_list_get(kwonly, i));
  const kwarg: ref = ast_slot(args, 5);
  if (kwarg !== 0) {
    add_param(ast_slot(kwarg, 0), IdFlag.DblStarParam, kwarg);
    Scope.flags.set(cur, Scope.flags.get(cur) | ScopeFlag.VarKeywords);
  }
  Scope.num_pos_args.set(cur, (ast_list_len(posonly) + ast_list_len(pos)) & 0xffff);
  Scope.num_kwonly_args.set(cur, ast_list_len(kwonly) & 0xffff);
  Scope.num_def_pos_args.set(cur, ast_list_len(ast_slot(args, 6)) & 0xffff);
  const kwd: ref = ast_slot(args, 4);
  for (let i: u32 = 0; i < ast_list_len(kwd); i++) {
    if (ast_list_get(kwd, i) !== 0) Scope.flags.set(cur, Scope.flags.get(cur) | ScopeFlag.DefKwargs);
  }
}

/** Enter a new scope; returns the state to give back to leave(). */
function enter(kind: ScopeKind, node: ref, name: u32): ref {
  const saved: ref = cur;
  cur = new_scope(kind, node, name, ast_line(node), ast_col(node));
  return saved;
}

function visit_function(n: ref): void {
  const args: ref = ast_slot(n, 1);
  visit_arg_defaults(args, true);
  visit_opt(ast_slot(n, 4));
  visit_list(ast_slot(n, 3), false);
  add_def(ast_slot(n, 0), Def.Local, n);
  const saved: ref = enter(ScopeKind.Function, n, ast_slot(n, 0));
  const saved_loop: u32 = loop_depth;
  const saved_iter: u32 = iter_expr;
  loop_depth = 0;
  iter_expr = 0;
  if (ast_kind(n) === Ast.AsyncFunctionDef) Scope.info.set(cur, ScopeInfo.Async);
  if (ast_kind(n) === Ast.AsyncFunctionDef) Scope.flags.set(cur, ScopeFlag.Generator);
  add_params(args);
  visit_list(ast_slot(n, 2), true);
  cur = saved;
  loop_depth = saved_loop;
  iter_expr = saved_iter;
}

function visit_class(n: ref): void {
  visit_list(ast_slot(n, 1), false);
  const kws: ref = ast_slot(n, 2);
  for (let i: u32 = 0; i < ast_list_len(kws); i++) visit_expr(ast_slot(ast_list_get(kws, i), 1));
  visit_list(ast_slot(n, 4), false);
  add_def(ast_slot(n, 0), Def.Local, n);
  const saved: ref = enter(ScopeKind.Class, n, ast_slot(n, 0));
  const saved_loop: u32 = loop_depth;
  const saved_iter: u32 = iter_expr;
  loop_depth = 0;
  iter_expr = 0;
  visit_list(ast_slot(n, 3), true);
  cur = saved;
  loop_depth = saved_loop;
  iter_expr = saved_iter;
}

function visit_lambda(n: ref): void {
  const args: ref = ast_slot(n, 0);
  visit_arg_defaults(args, false);
  const saved: ref = enter(ScopeKind.Lambda, n, Q.lt_lambda_gt);
  const saved_iter: u32 = iter_expr;
  iter_expr = 0;
  add_params(args);
  visit_expr(ast_slot(n, 1));
  cur = saved;
  iter_expr = saved_iter;
}

function visit_comprehension(n: ref, kind: ScopeKind, name: u32, gens_slot: u32): void {
  const gens: ref = ast_slot(n, gens_slot);
  const first: ref = ast_list_get(gens, 0);
  iter_expr = (iter_expr + 1) >>> 0;
  visit_expr(ast_slot(first, 1));
  iter_expr = (iter_expr - 1) >>> 0;
  const saved: ref = enter(kind, n, name);
  const saved_iter: u32 = iter_expr;
  iter_expr = 0;
  if (kind === ScopeKind.GenExpr) Scope.flags.set(cur, ScopeFlag.Generator);
  add_param(q_dot0, 0, n);
  Scope.num_pos_args.set(cur, 1);
  for (let i: u32 = 0; i < ast_list_len(gens); i++) {
    const g: ref = ast_list_get(gens, i);
    if (i > 0) {
      iter_expr = (iter_expr + 1) >>> 0;
      visit_expr(ast_slot(g, 1));
      iter_expr = (iter_expr - 1) >>> 0;
    }
    iter_target = true;
    visit_expr(ast_slot(g, 0));
    iter_target = false;
    visit_list(ast_slot(g, 2), false);
    if (ast_op(g) !== 0) Scope.info.set(cur, Scope.info.get(cur) | ScopeInfo.Coroutine);
  }
  visit_expr(ast_slot(n, 0));
  if (kind === ScopeKind.DictComp) visit_expr(ast_slot(n, 1));
  const coroutine: bool = (Scope.info.get(cur) & ScopeInfo.Coroutine) !== 0;
  cur = saved;
  iter_expr = saved_iter;
  if (coroutine && kind !== ScopeKind.GenExpr && (Scope.info.get(cur) & ScopeInfo.Async) === 0 && !scope_is_comp(cur)) {
    defer("asynchronous comprehension outside of an asynchronous function", n);
  }
}

/** PEP 572: a walrus in a comprehension binds in the nearest enclosing function or module. */
function visit_named_expr(n: ref): void {
  const target: ref = ast_slot(n, 0);
  const q: u32 = ast_slot(target, 0);
  if (iter_expr > 0) raise_at("assignment expression cannot be used in a comprehension iterable expression", ast_line(n), ast_col(n));
  if (scope_is_comp(cur)) {
    let s: ref = cur;
    while (s !== 0) {
      if (scope_is_comp(s)) {
        const e: ref = scope_find(s, q);
        if (e !== 0 && (IdInfo.def.get(e) & Def.CompIter) !== 0) {
          raise_named("assignment expression cannot rebind comprehension iteration variable '", q, "'", ast_line(target), ast_col(target));
        }
        s = Scope.parent.get(s);
        continue;
      }
      const k: u32 = Scope.kind.get(s);
      if (k === ScopeKind.Class) raise_at("assignment expression within a comprehension cannot be used in a class body", ast_line(target), ast_col(target));
      if (k === ScopeKind.Module) {
        add_def(q, Def.Global, target);
        add_def_in(s, q, Def.Global, ast_line(target), ast_col(target));
      } else {
        const e: ref = scope_find(s, q);
        add_def(q, e !== 0 && (IdInfo.def.get(e) & Def.Global) !== 0 ? Def.Global : Def.Nonlocal, target);
        add_def_in(s, q, Def.Local, ast_line(target), ast_col(target));
      }
      break;
    }
  }
  visit_expr(ast_slot(n, 1));
  visit_expr(target);
}

function visit_expr(n: ref): void {
  switch (ast_kind(n)) {
    case Ast.Name: {
      const q: u32 = ast_slot(n, 0);
      if (ast_op(n) === AstCtx.Load) {
        add_def(q, Def.Use, n);
        if (q === Q.super && Scope.kind.get(cur) >= ScopeKind.Lambda) add_def(Q.__class__, Def.Use, n);
      } else {
        add_def(q, Def.Local, n);
      }
      return;
    }
    case Ast.NamedExpr:
      visit_named_expr(n);
      return;
    case Ast.Lambda:
      visit_lambda(n);
      return;
    case Ast.ListComp:
      visit_comprehension(n, ScopeKind.ListComp, Q.lt_listcomp_gt, 1);
      return;
    case Ast.SetComp:
      visit_comprehension(n, ScopeKind.SetComp, Q.lt_setcomp_gt, 1);
      return;
    case Ast.GeneratorExp:
      visit_comprehension(n, ScopeKind.GenExpr, Q.lt_genexpr_gt, 1);
      return;
    case Ast.DictComp:
      visit_comprehension(n, ScopeKind.DictComp, Q.lt_dictcomp_gt, 2);
      return;
    case Ast.Yield:
    case Ast.YieldFrom:
      visit_yield(n);
      return;
    case Ast.Await:
      visit_await(n);
      return;
    case Ast.Constant:
      return;
    case Ast.Dict:
      visit_pairs(n);
      return;
    case Ast.Call: {
      visit_expr(ast_slot(n, 0));
      visit_list(ast_slot(n, 1), false);
      const kws: ref = ast_slot(n, 2);
      for (let i: u32 = 0; i < ast_list_len(kws); i++) visit_expr(ast_slot(ast_list_get(kws, i), 1));
      return;
    }
    case Ast.Attribute:
    case Ast.Starred:
    case Ast.UnaryOp:
      visit_expr(ast_slot(n, 0));
      return;
    case Ast.Compare:
      visit_expr(ast_slot(n, 0));
      visit_list(ast_slot(n, 2), false);
      return;
    default:
      visit_children(n);
      return;
  }
}

/** Dict displays: keys (None for **) and values, in evaluation order. */
function visit_pairs(n: ref): void {
  const keys: ref = ast_slot(n, 0);
  const values: ref = ast_slot(n, 1);
  for (let i: u32 = 0; i < ast_list_len(values); i++) {
    const k: u32 = ast_list_get(keys, i);
    if (k !== 0) visit_expr(k);
    visit_expr(ast_list_get(values, i));
  }
}

/** The remaining expressions: every node or list slot, in field order (BoolOp, BinOp, IfExp, Set, Subscript, List, Tuple, Slice). */
function visit_children(n: ref): void {
  switch (ast_kind(n)) {
    case Ast.BoolOp: case Ast.Set: case Ast.List: case Ast.Tuple:
      visit_list(ast_slot(n, 0), false);
      return;
    case Ast.BinOp: case Ast.Subscript:
      visit_expr(ast_slot(n, 0));
      visit_expr(ast_slot(n, 1));
      return;
    case Ast.IfExp:
      visit_expr(ast_slot(n, 0));
      visit_expr(ast_slot(n, 1));
      visit_expr(ast_slot(n, 2));
      return;
    case Ast.Slice:
      visit_opt(ast_slot(n, 0));
      visit_opt(ast_slot(n, 1));
      visit_opt(ast_slot(n, 2));
      return;
    default:
      return;
  }
}

const COMP_YIELD: readonly string[] = [
  "'yield' inside list comprehension", "'yield' inside dict comprehension",
  "'yield' inside set comprehension", "'yield' inside generator expression",
];

function visit_yield(n: ref): void {
  const k: u32 = Scope.kind.get(cur);
  if (scope_is_comp(cur)) raise_at(COMP_YIELD[(k - ScopeKind.ListComp) & 3]!, ast_line(n), ast_col(n));
  if (k === ScopeKind.Module || k === ScopeKind.Class) defer("'yield' outside function", n);
  else Scope.flags.set(cur, Scope.flags.get(cur) | ScopeFlag.Generator);
  visit_opt(ast_slot(n, 0));
}

function visit_await(n: ref): void {
  const k: u32 = Scope.kind.get(cur);
  if (k === ScopeKind.Module || k === ScopeKind.Class) defer("'await' outside function", n);
  else if (scope_is_comp(cur)) Scope.info.set(cur, Scope.info.get(cur) | ScopeInfo.Coroutine);
  else if ((Scope.info.get(cur) & ScopeInfo.Async) === 0) defer("'await' outside async function", n);
  visit_expr(ast_slot(n, 0));
}

// ---- analysis ----

/** The function-like scope whose binding a use of q in s refers to, or 0 for a global. */
function find_binder(s: ref, q: u32): ref {
  let p: ref = Scope.parent.get(s);
  while (p !== 0) {
    const k: u32 = Scope.kind.get(p);
    if (k === ScopeKind.Module) return 0;
    if (k === ScopeKind.Class) {
      if (q === Q.__class__) return p;
      p = Scope.parent.get(p);
      continue;
    }
    const e: ref = scope_find(p, q);
    if (e !== 0) {
      const d: u32 = IdInfo.def.get(e);
      if ((d & Def.Global) !== 0) return 0;
      if ((d & (Def.Local | Def.Param | Def.Import | Def.Nonlocal)) !== 0) return p;
    }
    p = Scope.parent.get(p);
  }
  return 0;
}

/** q is free in s and bound in binder: free in every scope between, a cell in binder. */
function close_over(s: ref, binder: ref, q: u32, e: ref): void {
  let p: ref = Scope.parent.get(s);
  while (p !== binder) {
    const f: ref = scope_find(p, q);
    if (f === 0) {
      IdInfo.kind.set(add_id(p, q, IdInfo.line.get(e), IdInfo.col.get(e)), IdKind.Free);
    } else if (Scope.kind.get(p) === ScopeKind.Class && IdInfo.kind.get(f) !== IdKind.Free) {
      IdInfo.flags.set(f, IdInfo.flags.get(f) | IdFlag.FreeClass);
    }
    p = Scope.parent.get(p);
  }
  if (Scope.kind.get(binder) === ScopeKind.Class) {
    Scope.info.set(binder, Scope.info.get(binder) | ScopeInfo.ClassCell);
    return;
  }
  const b: ref = scope_find(binder, q);
  if (IdInfo.kind.get(b) === IdKind.Local) IdInfo.kind.set(b, IdKind.Cell);
}

function analyze(s: ref): void {
  const func: bool = scope_is_func_like(s);
  for (let i: u32 = 0; i < Scope.id_len.get(s); i++) {
    const e: ref = scope_id_at(s, i);
    if (IdInfo.kind.get(e) !== IdKind.Undecided) continue;
    const q: u32 = IdInfo.q.get(e);
    const d: u32 = IdInfo.def.get(e);
    if ((d & Def.Global) !== 0) {
      if ((d & Def.Nonlocal) !== 0) raise_named("name '", q, "' is nonlocal and global", IdInfo.line.get(e), IdInfo.col.get(e));
      IdInfo.kind.set(e, IdKind.GlobalExplicit);
    } else if ((d & Def.Nonlocal) !== 0) {
      if (Scope.kind.get(s) === ScopeKind.Module) raise_at("nonlocal declaration not allowed at module level", IdInfo.line.get(e), IdInfo.col.get(e));
      const binder: ref = find_binder(s, q);
      if (binder === 0 || Scope.kind.get(binder) === ScopeKind.Class) raise_named("no binding for nonlocal '", q, "' found", IdInfo.line.get(e), IdInfo.col.get(e));
      IdInfo.kind.set(e, IdKind.Free);
      close_over(s, binder, q, e);
    } else if ((d & (Def.Local | Def.Param | Def.Import)) !== 0) {
      IdInfo.kind.set(e, func ? IdKind.Local : IdKind.GlobalImplicitAssigned);
    } else {
      const binder: ref = find_binder(s, q);
      if (binder === 0) {
        IdInfo.kind.set(e, IdKind.GlobalImplicit);
      } else {
        IdInfo.kind.set(e, IdKind.Free);
        close_over(s, binder, q, e);
      }
    }
  }
  for (let i: u32 = 0; i < Scope.child_len.get(s); i++) analyze(scope_child(s, i));
}

// ---- slot numbers (MicroPython's scope_compute_things) ----

function swap_ids(a: ref, b: ref): void {
  for (let k: u32 = 0; k < IdInfo.SIZE; k = (k + 4) >>> 0) {
    const t: u32 = load_u32((a + k) >>> 0);
    store_u32((a + k) >>> 0, load_u32((b + k) >>> 0));
    store_u32((b + k) >>> 0, t);
  }
}

function is_free_here(s: ref, e: ref): bool {
  return IdInfo.kind.get(e) === IdKind.Free || (Scope.kind.get(s) === ScopeKind.Class && (IdInfo.flags.get(e) & IdFlag.FreeClass) !== 0);
}

function number_free(s: ref, parent: ref, q: u32, next: u32): u32 {
  let n: u32 = next;
  for (let j: u32 = 0; j < Scope.id_len.get(s); j++) {
    const e: ref = scope_id_at(s, j);
    if (IdInfo.q.get(e) === q && is_free_here(s, e) && IdInfo.local_num.get(e) === 0xffff) {
      IdInfo.local_num.set(e, n);
      n = (n + 1) & 0xffff;
    }
  }
  return n;
}

function compute_slots(s: ref): void {
  const n: u32 = Scope.id_len.get(s);
  if ((Scope.flags.get(s) & ScopeFlag.VarArgs) !== 0) {
    let plain: ref = 0;
    for (let i: u32 = n; i > 0; i--) {
      const e: ref = scope_id_at(s, (i - 1) >>> 0);
      if ((IdInfo.flags.get(e) & IdFlag.StarParam) !== 0) {
        if (plain !== 0) swap_ids(e, plain);
        break;
      }
      if (plain === 0 && IdInfo.flags.get(e) === IdFlag.Param) plain = e;
    }
  }
  const func: bool = scope_is_func_like(s);
  let locals: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const e: ref = scope_id_at(s, i);
    IdInfo.local_num.set(e, 0xffff);
    if (func && IdInfo.kind.get(e) === IdKind.GlobalImplicit) IdInfo.kind.set(e, IdKind.GlobalExplicit);
    if (IdInfo.kind.get(e) === IdKind.Local || (IdInfo.flags.get(e) & IdFlag.Param) !== 0) {
      IdInfo.local_num.set(e, locals);
      locals = (locals + 1) & 0xffff;
    }
  }
  for (let i: u32 = 0; i < n; i++) {
    const e: ref = scope_id_at(s, i);
    if (IdInfo.kind.get(e) === IdKind.Cell && (IdInfo.flags.get(e) & IdFlag.Param) === 0) {
      IdInfo.local_num.set(e, locals);
      locals = (locals + 1) & 0xffff;
    }
  }
  if ((Scope.info.get(s) & ScopeInfo.ClassCell) !== 0) {
    Scope.class_cell.set(s, locals);
    locals = (locals + 1) & 0xffff;
  }
  const parent: ref = Scope.parent.get(s);
  let free: u32 = 0;
  if (parent !== 0) {
    if ((Scope.info.get(parent) & ScopeInfo.ClassCell) !== 0) free = number_free(s, parent, Q.__class__, free);
    for (let i: u32 = 0; i < Scope.id_len.get(parent); i++) {
      const p: ref = scope_id_at(parent, i);
      if (IdInfo.kind.get(p) === IdKind.Cell || is_free_here(parent, p)) free = number_free(s, parent, IdInfo.q.get(p), free);
    }
  }
  if (free > 0) {
    for (let i: u32 = 0; i < n; i++) {
      const e: ref = scope_id_at(s, i);
      if (!is_free_here(s, e) && IdInfo.local_num.get(e) !== 0xffff) IdInfo.local_num.set(e, (IdInfo.local_num.get(e) + free) & 0xffff);
    }
    if ((Scope.info.get(s) & ScopeInfo.ClassCell) !== 0) Scope.class_cell.set(s, (Scope.class_cell.get(s) + free) & 0xffff);
  }
  Scope.num_free.set(s, free);
  Scope.num_locals.set(s, (locals + free) & 0xffff);
  for (let i: u32 = 0; i < Scope.child_len.get(s); i++) compute_slots(scope_child(s, i));
}

/** Build, analyze and number the scopes of a Module node; the module scope. */
export function scope_analyze(module: ref): ref {
  q_dot0 = qstr_from_str(".0");
  if (q_dot0 === 0) raise_memory_error();
  cur = 0;
  loop_depth = 0;
  iter_expr = 0;
  iter_target = false;
  pending = false;
  const top: ref = new_scope(ScopeKind.Module, module, Q.lt_module_gt, 1, 1);
  const depth: u32 = gc_root_push(top);
  cur = top;
  top_scope = top;
  try {
    visit_list(ast_slot(module, 0), true);
    cur = 0;
    analyze(top);
    if (pending) raise_at(pending_msg, pending_line, pending_col);
  } catch (e) {
    const exc: u32 = caught(e);
    cur = 0;
    gc_root_restore(depth);
    raise(exc);
  }
  compute_slots(top);
  gc_root_restore(depth);
  return top;
}
