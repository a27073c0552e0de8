// The abstract syntax tree that core/parse.ts builds: Python 3.11's `ast` module, in the heap.
//
// Representation (one generic layout for every node class):
//
//   AstNode  { kind: u8 (an Ast), op: u8, col: u16, line: u32 }  followed by slot words
//
// - kind mirrors CPython's node class (Ast.BinOp…); AST_FIELDS below lists, per kind, the
//   fields in CPython's `_fields` order, which is the order ast.dump prints them in, and
//   which of them live in a slot: slot i is the word at node + AstNode.SIZE + 4 * i.
// - op holds the one small enumerated field a node may have: the operator of BinOp,
//   AugAssign (AstOp), UnaryOp (AstUnary), BoolOp (AstBool); the ctx of Name, Attribute,
//   Subscript, Starred, List, Tuple (AstCtx); AnnAssign.simple and comprehension.is_async
//   (0 or 1); Constant's kind of value (AstConst).
// - line and col are the lexer's (1-based, col in characters, saturating at 0xffff): where
//   the node's first token starts. End positions are not kept.
// - Slots hold: a child node (0 for an optional child that is absent); a list (AstList,
//   0 for the empty list); a name, as a qstr number; a Constant's value; ImportFrom's level
//   as a plain number; Compare's operators as an AstList of AstCmp numbers.
// - Constant values are Python objects: None/True/False/Ellipsis immediates, small ints or
//   mpz big ints, str objects, and for bytes a str-layout object whose type is bytes. A
//   float or imaginary literal keeps its literal text (as a str object, the lexer's text:
//   no underscores, exponent 'e', imaginary with its 'j') until a later module converts it.
// - type_comment fields are never set (always None in CPython without type_comments=True)
//   and have no slot; Module.type_ignores is always []; Constant.kind is never 'u' (the
//   lexer does not report a u prefix).
//
// Every node and list is a heap object; a node is reachable from its parent only, and the
// tree from the Module. The collector finds children through the slots (it is conservative).

import { layout, field_u8, field_u16, field_u32, load_u32, store_u32, type u32, type ref } from "./subset/index.js";

/** CPython's ast node classes, in the order of the brief (statements, expressions, the rest). */
export const enum Ast {
  Module,
  FunctionDef,
  AsyncFunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  AsyncFor,
  While,
  If,
  With,
  AsyncWith,
  Raise,
  Try,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  Expr,
  Pass,
  Break,
  Continue,
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Await,
  Yield,
  YieldFrom,
  Compare,
  Call,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice,
  arguments,
  arg,
  keyword,
  alias,
  withitem,
  ExceptHandler,
  comprehension,
  Count,
}

/** CPython's `operator`, in its order (BinOp.op, AugAssign.op). */
export const enum AstOp { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
/** CPython's `unaryop`. */
export const enum AstUnary { Invert, Not, UAdd, USub }
/** CPython's `boolop`. */
export const enum AstBool { And, Or }
/** CPython's `cmpop`. */
export const enum AstCmp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
/** CPython's `expr_context`. */
export const enum AstCtx { Load, Store, Del }
/** What a Constant's value slot holds. */
export const enum AstConst { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes }

export const AstNode = layout("AstNode", { kind: field_u8, op: field_u8, col: field_u16, line: field_u32 });
/** A list of nodes (or of AstCmp numbers, or of qstr numbers): len, then the items. */
export const AstList = layout("AstList", { len: field_u32 });

export const AST_NAMES: readonly string[] = [
  "Module", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
  "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Raise", "Try", "Assert", "Import",
  "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue", "BoolOp", "NamedExpr", "BinOp",
  "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await",
  "Yield", "YieldFrom", "Compare", "Call", "Constant", "Attribute", "Subscript", "Starred", "Name", "List",
  "Tuple", "Slice", "arguments", "arg", "keyword", "alias", "withitem", "ExceptHandler", "comprehension",
];

/**
 * The fields of each kind, in CPython's `_fields` order, as "name:T" separated by spaces.
 * T with a slot (in this order): N node, n optional node (omitted by ast.dump when absent),
 * L list of nodes, I name, i optional name, S list of names, V Constant value, C list of
 * AstCmp, D a number. Without a slot: o AstOp, u AstUnary, b AstBool, x AstCtx (all in op),
 * f a 0/1 flag in op, E the always-empty list, K Constant.kind (never printed).
 */
export const AST_FIELDS: readonly string[] = [
  "body:L type_ignores:E",
  "name:I args:N body:L decorator_list:L returns:n",
  "name:I args:N body:L decorator_list:L returns:n",
  "name:I bases:L keywords:L body:L decorator_list:L",
  "value:n",
  "targets:L",
  "targets:L value:N",
  "target:N op:o value:N",
  "target:N annotation:N value:n simple:f",
  "target:N iter:N body:L orelse:L",
  "target:N iter:N body:L orelse:L",
  "test:N body:L orelse:L",
  "test:N body:L orelse:L",
  "items:L body:L",
  "items:L body:L",
  "exc:n cause:n",
  "body:L handlers:L orelse:L finalbody:L",
  "test:N msg:n",
  "names:L",
  "module:i names:L level:D",
  "names:S",
  "names:S",
  "value:N",
  "",
  "",
  "",
  "op:b values:L",
  "target:N value:N",
  "left:N op:o right:N",
  "op:u operand:N",
  "args:N body:N",
  "test:N body:N orelse:N",
  "keys:L values:L",
  "elts:L",
  "elt:N generators:L",
  "elt:N generators:L",
  "key:N value:N generators:L",
  "elt:N generators:L",
  "value:N",
  "value:n",
  "value:N",
  "left:N ops:C comparators:L",
  "func:N args:L keywords:L",
  "value:V kind:K",
  "value:N attr:I ctx:x",
  "value:N slice:N ctx:x",
  "value:N ctx:x",
  "id:I ctx:x",
  "elts:L ctx:x",
  "elts:L ctx:x",
  "lower:n upper:n step:n",
  "posonlyargs:L args:L vararg:n kwonlyargs:L kw_defaults:L kwarg:n defaults:L",
  "arg:I annotation:n",
  "arg:i value:N",
  "name:I asname:i",
  "context_expr:N optional_vars:n",
  "type:n name:i body:L",
  "target:N iter:N ifs:L is_async:f",
];

/** Slots per kind: the fields of AST_FIELDS typed N n L I i S V C D (checked by the tests). */
export const AST_SLOTS: readonly u32[] = [
  1, 5, 5, 5, 1, 1, 2, 2, 3, 4, 4, 3, 3, 2, 2, 2, 4, 2, 1, 3, 1, 1, 1, 0, 0, 0,
  1, 2, 2, 1, 2, 3, 2, 1, 2, 2, 3, 2, 1, 1, 1, 3, 3, 1, 2, 2, 1, 1, 1, 1, 3,
  7, 2, 2, 2, 2, 3, 3,
];

export const AST_OP_NAMES: readonly string[] = [
  "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv",
];
export const AST_UNARY_NAMES: readonly string[] = ["Invert", "Not", "UAdd", "USub"];
export const AST_BOOL_NAMES: readonly string[] = ["And", "Or"];
export const AST_CMP_NAMES: readonly string[] = ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"];
export const AST_CTX_NAMES: readonly string[] = ["Load", "Store", "Del"];

/** The node's kind (a member of Ast). */
export function ast_kind(n: ref): u32 {
  return AstNode.kind.get(n);
}

export function ast_op(n: ref): u32 {
  return AstNode.op.get(n);
}

export function ast_set_op(n: ref, v: u32): void {
  AstNode.op.set(n, v);
}

export function ast_line(n: ref): u32 {
  return AstNode.line.get(n);
}

export function ast_col(n: ref): u32 {
  return AstNode.col.get(n);
}

export function ast_slot(n: ref, i: u32): u32 {
  return load_u32((n + AstNode.SIZE + i * 4) >>> 0);
}

export function ast_set_slot(n: ref, i: u32, v: u32): void {
  store_u32((n + AstNode.SIZE + i * 4) >>> 0, v);
}

/** Items in a list (0 is the empty list). */
export function ast_list_len(l: ref): u32 {
  return l === 0 ? 0 : AstList.len.get(l);
}

export function ast_list_get(l: ref, i: u32): u32 {
  return load_u32((l + AstList.SIZE + i * 4) >>> 0);
}
