// The compiler's first walk over the AST: what MicroPython's parser (py/parse.c) does to
// the tree before its compiler sees it, done here in place, in source order.
//
// - Integer constant folding (MICROPY_COMP_CONST_FOLDING): a unary + - ~ of an int
//   constant, and a binary | ^ & << >> + - * // % ** of two int constants, become one
//   int constant (small or big). Not folded, as in MicroPython: true division and @, a
//   negative exponent or shift, a division by zero (left for run time to raise), and
//   anything whose operands are not ints (bools, floats, strings).
// - `NAME = const(value)` (MICROPY_COMP_CONST): value must be a constant (after folding);
//   later loads of NAME anywhere in the module are that constant. A NAME starting with
//   an underscore is private: the assignment itself disappears (it becomes `pass`);
//   otherwise it stays, as `NAME = value`.
// - `__debug__` is the constant True, or False from optimisation level 1 up.
//
// A folded node is rewritten into a Constant node in place (every node kind that folds has
// at least one slot for the value). Raises SyntaxError("not a constant") at the const()
// call, MemoryError.

import { caught, raise, load_u8, load_u32, store_u32, type i32, type u32, type ref, type bool } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_set, gc_root_restore, gc_root_depth, gc_nbytes, gc_realloc } from "./gc.js";
import { OBJ_NULL, OBJ_TRUE, OBJ_FALSE, is_small_int, small_int_value, new_small_int, type obj } from "./obj.js";
import { qstr_data, qstr_from_str } from "./qstr.js";
import { TypeId } from "./objects/type.js";
import { raise_memory_error, exception_type_id } from "./objects/exception.js";
import { int_binary_op, int_unary_op, int_is } from "./objects/int.js";
import { BinaryOp, UnaryOp } from "./ops.js";
import { raise_syntax_error } from "./syntax_error.js";
import {
  Ast, AstConst, AstCtx, AstOp, AstUnary, AST_FIELDS, AstNode, ast_kind, ast_op, ast_set_op, ast_slot, ast_set_slot,
  ast_line, ast_col, ast_list_len, ast_list_get,
} from "./ast.js";

let opt_level: u32 = 0;
let q_const: u32 = 0;
let q_debug: u32 = 0;
/** The const() names: a heap array of (qstr, value, AstConst kind) triples. */
let consts: ref = 0;
let n_consts: u32 = 0;
/** The root-stack slot that keeps the table alive. */
let consts_root: u32 = 0;

/** MicroPython folds every int operator but true division and @. */
function foldable(op: u32): bool {
  return op !== AstOp.Div && op !== AstOp.MatMult;
}

/** The MicroPython binary operator of a foldable AstOp. */
function fold_op(op: u32): BinaryOp {
  switch (op) {
    case AstOp.BitOr: return BinaryOp.Or;
    case AstOp.BitXor: return BinaryOp.Xor;
    case AstOp.BitAnd: return BinaryOp.And;
    case AstOp.LShift: return BinaryOp.Lshift;
    case AstOp.RShift: return BinaryOp.Rshift;
    case AstOp.Add: return BinaryOp.Add;
    case AstOp.Sub: return BinaryOp.Subtract;
    case AstOp.Mult: return BinaryOp.Multiply;
    case AstOp.FloorDiv: return BinaryOp.FloorDivide;
    case AstOp.Mod: return BinaryOp.Modulo;
    default: return BinaryOp.Power;
  }
}

/** The int value of an int Constant node, or OBJ_NULL. */
function int_const(n: ref): obj {
  if (n === 0 || ast_kind(n) !== Ast.Constant || ast_op(n) !== AstConst.Int) return OBJ_NULL;
  return ast_slot(n, 0);
}

function is_negative(v: obj): bool {
  if (is_small_int(v)) return small_int_value(v) < 0;
  // A big int: compare with zero through the int type itself.
  return int_binary_op(BinaryOp.Less, v, new_small_int(0)) === OBJ_TRUE;
}

function is_zero(v: obj): bool {
  return is_small_int(v) && small_int_value(v) === 0;
}

function make_int_const(n: ref, v: obj): void {
  AstNode.kind.set(n, Ast.Constant);
  ast_set_op(n, AstConst.Int);
  ast_set_slot(n, 0, v);
}

function make_bool_const(n: ref, b: bool): void {
  AstNode.kind.set(n, Ast.Constant);
  ast_set_op(n, b ? AstConst.True : AstConst.False);
  ast_set_slot(n, 0, b ? OBJ_TRUE : OBJ_FALSE);
}

function fold_binop(n: ref): void {
  const a: obj = int_const(ast_slot(n, 0));
  const b: obj = int_const(ast_slot(n, 1));
  if (a === OBJ_NULL || b === OBJ_NULL) return;
  if (!foldable(ast_op(n))) return;
  const op: BinaryOp = fold_op(ast_op(n));
  if ((op === BinaryOp.Power || op === BinaryOp.Lshift || op === BinaryOp.Rshift) && is_negative(b)) return;
  if ((op === BinaryOp.FloorDivide || op === BinaryOp.Modulo) && is_zero(b)) return;
  // A huge power or shift is left to run time (MicroPython would build it; the .mpy would be enormous).
  if (op === BinaryOp.Power || op === BinaryOp.Lshift) {
    if (!is_small_int(b) || small_int_value(b) > 4096) return;
  }
  let r: obj = OBJ_NULL;
  const depth: u32 = gc_root_depth();
  try {
    r = int_binary_op(op, a, b);
  } catch (e) {
    // An operation that raises is left for run time, except running out of memory.
    const exc: obj = caught(e);
    gc_root_restore(depth);
    if (exception_type_id(exc) === TypeId.MemoryError) raise(exc);
    return;
  }
  if (r === OBJ_NULL || !int_is(r)) return;
  make_int_const(n, r);
}

function fold_unary(n: ref): void {
  const a: obj = int_const(ast_slot(n, 0));
  if (a === OBJ_NULL) return;
  let op: UnaryOp = UnaryOp.Positive;
  switch (ast_op(n)) {
    case AstUnary.UAdd: op = UnaryOp.Positive; break;
    case AstUnary.USub: op = UnaryOp.Negative; break;
    case AstUnary.Invert: op = UnaryOp.Invert; break;
    default: return;
  }
  const r: obj = int_unary_op(op, a);
  if (r !== OBJ_NULL) make_int_const(n, r);
}

/** Is node n a constant MicroPython's mp_parse_node_is_const accepts (after folding)? */
function is_const_node(n: ref): bool {
  if (ast_kind(n) !== Ast.Constant) return false;
  return ast_op(n) !== AstConst.Ellipsis;
}

/** The index of q in the const() table, or -1. */
function const_find(q: u32): i32 {
  for (let i: u32 = 0; i < n_consts; i++) if (load_u32(consts + i * 12) === q) return i | 0;
  return -1;
}

function const_add(q: u32, v: obj, kind: u32): void {
  const need: u32 = ((n_consts + 1) * 12) >>> 0;
  if (consts === 0 || need > gc_nbytes(consts)) {
    const depth: u32 = gc_root_push(v);
    const grown: ref = consts === 0 ? gc_alloc(96) : gc_realloc(consts, (need * 2) >>> 0);
    gc_root_restore(depth);
    if (grown === 0) raise_memory_error();
    consts = grown;
    gc_root_set(consts_root, consts);
  }
  const at: u32 = (consts + n_consts * 12) >>> 0;
  store_u32(at, q);
  store_u32(at + 4, v);
  store_u32(at + 8, kind);
  n_consts = (n_consts + 1) >>> 0;
}

/** `NAME = const(value)`: record it, and rewrite the statement. */
function const_assign(n: ref): void {
  const targets: ref = ast_slot(n, 0);
  const value: ref = ast_slot(n, 1);
  if (ast_list_len(targets) !== 1 || ast_kind(value) !== Ast.Call) return;
  const target: ref = ast_list_get(targets, 0);
  const fn: ref = ast_slot(value, 0);
  if (ast_kind(target) !== Ast.Name || ast_kind(fn) !== Ast.Name || ast_slot(fn, 0) !== q_const) return;
  const args: ref = ast_slot(value, 1);
  if (ast_list_len(args) !== 1 || ast_list_len(ast_slot(value, 2)) !== 0) return;
  const arg: ref = ast_list_get(args, 0);
  if (!is_const_node(arg)) raise_syntax_error(TypeId.SyntaxError, "not a constant", ast_line(value), ast_col(value));
  const q: u32 = ast_slot(target, 0);
  const_add(q, ast_slot(arg, 0), ast_op(arg));
  if (load_u8(qstr_data(q)) === 95) {
    // Private: no code at all.
    AstNode.kind.set(n, Ast.Pass);
  } else {
    ast_set_slot(n, 1, arg);
  }
}

function visit_list(l: ref): void {
  const n: u32 = ast_list_len(l);
  for (let i: u32 = 0; i < n; i++) visit(ast_list_get(l, i));
}

/** Post-order, children in field order (source order for every kind that folds). */
function visit(n: ref): void {
  if (n === 0) return;
  const kind: u32 = ast_kind(n);
  const fields: string = AST_FIELDS[kind]!;
  let slot: u32 = 0;
  for (let i: u32 = 0; i < fields.length; i++) {
    if (fields.charCodeAt(i) !== 58) continue;
    const t: u32 = fields.charCodeAt(i + 1);
    // N n L I i S V C D have a slot; o u b x f E K do not.
    if (t === 78 || t === 110) {
      visit(ast_slot(n, slot));
      slot = (slot + 1) >>> 0;
    } else if (t === 76) {
      visit_list(ast_slot(n, slot));
      slot = (slot + 1) >>> 0;
    } else if (t === 73 || t === 105 || t === 83 || t === 86 || t === 67 || t === 68) {
      slot = (slot + 1) >>> 0;
    }
  }
  switch (kind) {
    case Ast.BinOp: fold_binop(n); break;
    case Ast.UnaryOp: fold_unary(n); break;
    case Ast.Assign: const_assign(n); break;
    case Ast.Name:
      if (ast_op(n) === AstCtx.Load) {
        const q: u32 = ast_slot(n, 0);
        if (q === q_debug) {
          make_bool_const(n, opt_level === 0);
        } else if (n_consts > 0) {
          const i: i32 = const_find(q);
          if (i >= 0) rewrite_to_const(n, i >>> 0);
        }
      }
      break;
    default: break;
  }
}

/** A Name that names a const(): a copy of the Constant it was given. */
function rewrite_to_const(n: ref, i: u32): void {
  const at: u32 = (consts + i * 12) >>> 0;
  AstNode.kind.set(n, Ast.Constant);
  ast_set_op(n, load_u32(at + 8));
  ast_set_slot(n, 0, load_u32(at + 4));
}

/** Fold the tree of a Module node in place. */
export function compile_fold(module: ref, optimise: u32): void {
  opt_level = optimise;
  q_const = qstr_from_str("const");
  q_debug = qstr_from_str("__debug__");
  if (q_const === 0 || q_debug === 0) raise_memory_error();
  consts = 0;
  n_consts = 0;
  const depth: u32 = gc_root_push(0);
  consts_root = depth;
  try {
    visit(module);
  } catch (e) {
    const exc: obj = caught(e);
    consts = 0;
    gc_root_restore(depth);
    raise(exc);
  }
  consts = 0;
  gc_root_restore(depth);
}

