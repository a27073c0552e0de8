// The parser's expressions, and what the statement parser (core/parse.ts) shares with them:
// the token helpers, the value stack and node construction, target checks and errors.
//
// Nodes are built on a value stack (MicroPython's parser does the same): every node, list
// and constant is pushed as soon as it exists, so it is rooted while the next allocation
// runs; node() pops a node's slots and pushes the node. The stack is one heap buffer that
// grows, itself rooted by a slot of the collector's root stack. Recursion is counted
// (enter/leave): past PARSE_MAX_DEPTH nested constructs the parser raises MemoryError, as
// CPython 3.11 does when its parser stack overflows, instead of overflowing the C stack.

import { load_u32, store_u32, mem_copy, load_u8, type i32, type u32, type ref, type bool } from "./subset/index.js";
import { gc_alloc, gc_realloc, gc_root_push, gc_root_set } from "./gc.js";
import {
  lexer_next, lex_kind, lex_line, lex_col, lex_value, lex_value_len, lex_error, lex_is_error,
} from "./lexer.js";
import { Tok } from "./token.js";
import { qstr_from_bytes } from "./qstr.js";
import { Q } from "./qstr_static.js";
import { OBJ_NONE, OBJ_TRUE, OBJ_FALSE, OBJ_ELLIPSIS, new_small_int, small_int_fits, type obj } from "./obj.js";
import { mpz_from_str, mpz_fits_i32, mpz_to_i32 } from "./mpz.js";
import { str_from_bytes, StrObj } from "./objects/str.js";
import { TypeId, type_word } from "./objects/type.js";
import { raise_memory_error, raise_msg } from "./objects/exception.js";
import { syntax_msg_begin, syntax_msg_add, syntax_msg_add_u32, syntax_msg_raise, raise_syntax_error } from "./syntax_error.js";
import {
  Ast, AstNode, AstList, AstOp, AstUnary, AstBool, AstCmp, AstCtx, AstConst, AST_SLOTS,
  ast_kind, ast_op, ast_set_op, ast_slot, ast_list_len, ast_list_get,
} from "./ast.js";

/** Nesting of recursive constructs (brackets, unary operators, blocks…) before MemoryError. */
export const PARSE_MAX_DEPTH: u32 = 1000;
const STACK_INITIAL: u32 = 64;

// ---- state ----

let vs: ref = 0;
let vs_len: u32 = 0;
let vs_cap: u32 = 0;
let vs_root: u32 = 0;
let depth: u32 = 0;
/** Open brackets around the expression being parsed (the missing-comma hint needs them). */
let nest: u32 = 0;
/** parse_atom finds its atom already on the stack (see parse_with_expr). */
let preparsed: bool = false;
/** Where the last NEWLINE was: errors at the end of input are reported there, as CPython does. */
let nl_line: u32 = 1;
let nl_col: u32 = 1;

/** Set up for one parse: the value stack, rooted on the collector's root stack. */
export function parse_state_init(): void {
  vs_len = 0;
  vs_cap = 0;
  vs = 0;
  depth = 0;
  nest = 0;
  preparsed = false;
  nl_line = 1;
  nl_col = 1;
  vs_root = gc_root_push(0);
  vs = gc_alloc(STACK_INITIAL * 4);
  if (vs === 0) raise_memory_error();
  vs_cap = STACK_INITIAL;
  gc_root_set(vs_root, vs);
  check_token();
}

/** The bottom of the value stack (the Module node once parse_module is done). */
export function vs_get(i: u32): u32 {
  return load_u32((vs + i * 4) >>> 0);
}

export function vs_set(i: u32, v: u32): void {
  store_u32((vs + i * 4) >>> 0, v);
}

export function vs_size(): u32 {
  return vs_len;
}

// ---- the value stack ----

export function push(o: u32): void {
  if (vs_len >= vs_cap) {
    const cap: u32 = (vs_cap * 2) >>> 0;
    const grown: ref = gc_realloc(vs, (cap * 4) >>> 0);
    if (grown === 0) raise_memory_error();
    vs = grown;
    vs_cap = cap;
    gc_root_set(vs_root, vs);
  }
  store_u32((vs + vs_len * 4) >>> 0, o);
  vs_len = (vs_len + 1) >>> 0;
}

export function pop(): u32 {
  vs_len = (vs_len - 1) >>> 0;
  return load_u32((vs + vs_len * 4) >>> 0);
}

/** The item i below the top (0: the top). */
export function peek(i: u32): u32 {
  return load_u32((vs + (vs_len - 1 - i) * 4) >>> 0);
}

/** Replace the item i below the top. */
export function poke(i: u32, v: u32): void {
  store_u32((vs + (vs_len - 1 - i) * 4) >>> 0, v);
}

export function stack_len(): u32 {
  return vs_len;
}

/** Drop everything above height h but the top item, which moves down to h. */
export function collapse(h: u32): void {
  const top: u32 = peek(0);
  vs_len = h;
  push(top);
}

/** Push again the item at height h (copies keep it rooted: the original is still there). */
export function push_copy(h: u32): void {
  push(load_u32((vs + h * 4) >>> 0));
}

/** A node of `kind` at line:col whose slots are the top AST_SLOTS[kind] items; it replaces them. */
export function node(kind: Ast, op: u32, line: u32, col: u32): ref {
  const slots: u32 = AST_SLOTS[kind]!;
  const n: ref = gc_alloc((AstNode.SIZE + slots * 4) >>> 0);
  if (n === 0) raise_memory_error();
  AstNode.kind.set(n, kind);
  AstNode.op.set(n, op);
  AstNode.col.set(n, col > 0xffff ? 0xffff : col);
  AstNode.line.set(n, line);
  const first: u32 = (vs_len - slots) >>> 0;
  mem_copy((n + AstNode.SIZE) >>> 0, (vs + first * 4) >>> 0, slots * 4);
  vs_len = first;
  push(n);
  return n;
}

/** A list of the top n items (0, the empty list, for none); it replaces them. */
export function make_list(n: u32): ref {
  if (n === 0) {
    push(0);
    return 0;
  }
  const l: ref = gc_alloc((AstList.SIZE + n * 4) >>> 0);
  if (l === 0) raise_memory_error();
  AstList.len.set(l, n);
  const first: u32 = (vs_len - n) >>> 0;
  mem_copy((l + AstList.SIZE) >>> 0, (vs + first * 4) >>> 0, n * 4);
  vs_len = first;
  push(l);
  return l;
}

/** Two lists from n interleaved pairs (a0 b0 a1 b1 …): the a list, then the b list. */
export function make_pair_lists(n: u32): void {
  const base: u32 = (vs_len - n * 2) >>> 0;
  for (let i: u32 = 0; i < n; i++) push_copy((base + i * 2) >>> 0);
  make_list(n);
  for (let i: u32 = 0; i < n; i++) push_copy((base + i * 2 + 1) >>> 0);
  make_list(n);
  const b: u32 = pop();
  const a: u32 = pop();
  vs_len = base;
  push(a);
  push(b);
}

// ---- depth ----

export function enter(): void {
  depth = (depth + 1) >>> 0;
  if (depth > PARSE_MAX_DEPTH) raise_memory_error();
}

export function leave(): void {
  depth = (depth - 1) >>> 0;
}

// ---- tokens ----

export function tk(): Tok {
  return lex_kind();
}

/** Raise the lexer's error token as the exception CPython raises for it. */
function check_token(): void {
  const k: Tok = lex_kind();
  if (!lex_is_error(k)) return;
  switch (k) {
    case Tok.ErrorMemory:
      raise_memory_error();
    case Tok.ErrorUnicodeName:
      raise_msg(TypeId.NotImplementedError, lex_error());
    case Tok.ErrorDedentMismatch:
    case Tok.ErrorIndentDepth:
      raise_syntax_error(TypeId.IndentationError, lex_error(), lex_line(), lex_col());
    default:
      raise_syntax_error(TypeId.SyntaxError, lex_error(), lex_line(), lex_col());
  }
}

export function advance(): void {
  if (lex_kind() === Tok.Newline) {
    nl_line = lex_line();
    nl_col = lex_col();
  }
  lexer_next();
  check_token();
}

export function accept(k: Tok): bool {
  if (lex_kind() !== k) return false;
  advance();
  return true;
}

/** Line of the current token, or of the last NEWLINE at the end of input (CPython's rule). */
export function err_line(): u32 {
  return lex_kind() === Tok.End ? nl_line : lex_line();
}

export function err_col(): u32 {
  return lex_kind() === Tok.End ? nl_col : lex_col();
}

/** "invalid syntax" at the current token. */
export function syntax_error(): never {
  raise_syntax_error(TypeId.SyntaxError, "invalid syntax", err_line(), err_col());
}

export function error_here(msg: string): never {
  raise_syntax_error(TypeId.SyntaxError, msg, err_line(), err_col());
}

export function error_at(msg: string, n: ref): never {
  raise_syntax_error(TypeId.SyntaxError, msg, AstNode.line.get(n), AstNode.col.get(n));
}

export function expect(k: Tok): void {
  if (lex_kind() !== k) syntax_error();
  advance();
}

/** The current Name token, interned. */
export function name_qstr(): u32 {
  const q: u32 = qstr_from_bytes(lex_value(), lex_value_len());
  if (q === Q.NULL) raise_memory_error();
  return q;
}

/** A Name token (or __debug__, which the lexer turns into True) as a qstr; else invalid syntax. */
export function expect_name(): u32 {
  if (!at_name()) syntax_error();
  const q: u32 = name_qstr();
  advance();
  return q;
}

/** The current token is a name: Name, or __debug__ (lexed as a keyword whose text is kept). */
export function at_name(): bool {
  const k: Tok = lex_kind();
  return k === Tok.Name || ((k === Tok.KwTrue || k === Tok.KwFalse) && lex_value_len() === 9);
}

// ---- expressions ----

/** star_expressions: a, *b, c as a Tuple when there is a comma. */
export function parse_star_expressions(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_star_expression();
  if (tk() !== Tok.DelComma) return;
  let n: u32 = 1;
  while (accept(Tok.DelComma)) {
    if (!starts_expression()) break;
    parse_star_expression();
    n = (n + 1) >>> 0;
  }
  make_list(n);
  node(Ast.Tuple, AstCtx.Load, line, col);
}

function parse_star_expression(): void {
  if (tk() === Tok.OpStar) {
    const line: u32 = lex_line();
    const col: u32 = lex_col();
    advance();
    parse_binary(0);
    node(Ast.Starred, AstCtx.Load, line, col);
  } else {
    parse_expression();
  }
}

/** star_named_expression: an element of a display. */
function parse_star_named(): void {
  if (tk() === Tok.OpStar) parse_star_expression();
  else parse_named();
}

/** named_expression: NAME := expression, or an expression. */
export function parse_named(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_expression();
  if (tk() !== Tok.OpAssign) return;
  const target: ref = peek(0);
  if (ast_kind(target) !== Ast.Name) {
    syntax_msg_begin();
    syntax_msg_add("cannot use assignment expressions with ");
    syntax_msg_add(expr_name(target));
    syntax_msg_raise(TypeId.SyntaxError, line, col);
  }
  ast_set_op(target, AstCtx.Store);
  advance();
  parse_expression();
  node(Ast.NamedExpr, 0, line, col);
}

/** Can the current token start an expression? */
export function starts_expression(): bool {
  switch (tk()) {
    case Tok.Name: case Tok.Integer: case Tok.Float: case Tok.String: case Tok.Bytes: case Tok.Ellipsis:
    case Tok.KwFalse: case Tok.KwNone: case Tok.KwTrue: case Tok.KwLambda: case Tok.KwNot: case Tok.KwAwait:
    case Tok.OpTilde: case Tok.OpPlus: case Tok.OpMinus: case Tok.OpStar:
    case Tok.DelParenOpen: case Tok.DelBracketOpen: case Tok.DelBraceOpen:
      return true;
    default:
      return false;
  }
}

/** After an element inside brackets, another expression without a comma: CPython's hint. */
function check_comma(line: u32, col: u32, elem: ref): void {
  if (nest === 0) return;
  switch (tk()) {
    case Tok.Name: case Tok.Integer: case Tok.Float: case Tok.String: case Tok.Bytes: case Tok.Ellipsis:
    case Tok.KwFalse: case Tok.KwNone: case Tok.KwTrue: case Tok.KwLambda: case Tok.KwAwait:
    case Tok.OpTilde: case Tok.DelBraceOpen:
      break;
    default:
      return;
  }
  // CPython's rule excludes NAME STRING (a legacy print "x" gets plain invalid syntax).
  if (ast_kind(elem) === Ast.Name && (tk() === Tok.String || tk() === Tok.Bytes)) return;
  const k: u32 = ast_kind(elem);
  if (k === Ast.Lambda || k === Ast.IfExp || k === Ast.Starred || k === Ast.NamedExpr) return;
  raise_syntax_error(TypeId.SyntaxError, "invalid syntax. Perhaps you forgot a comma?", line, col);
}

/** expression: a conditional expression, a lambda, or a disjunction. */
export function parse_expression(): void {
  enter();
  if (!preparsed && tk() === Tok.KwLambda) {
    parse_lambda();
    leave();
    return;
  }
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_or();
  if (tk() === Tok.KwIf) {
    advance();
    parse_or();
    if (tk() !== Tok.KwElse) raise_syntax_error(TypeId.SyntaxError, "expected 'else' after 'if' expression", line, col);
    advance();
    parse_expression();
    // The slots are test, body, orelse: the body was parsed first.
    const orelse: u32 = pop();
    const test: u32 = pop();
    const body: u32 = pop();
    push(test);
    push(body);
    push(orelse);
    node(Ast.IfExp, 0, line, col);
  }
  leave();
}

function parse_lambda(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  parse_parameters(Tok.DelColon, false);
  expect(Tok.DelColon);
  parse_expression();
  node(Ast.Lambda, 0, line, col);
}

function parse_or(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_and();
  if (tk() !== Tok.KwOr) return;
  let n: u32 = 1;
  while (accept(Tok.KwOr)) {
    parse_and();
    n = (n + 1) >>> 0;
  }
  make_list(n);
  node(Ast.BoolOp, AstBool.Or, line, col);
}

function parse_and(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_not();
  if (tk() !== Tok.KwAnd) return;
  let n: u32 = 1;
  while (accept(Tok.KwAnd)) {
    parse_not();
    n = (n + 1) >>> 0;
  }
  make_list(n);
  node(Ast.BoolOp, AstBool.And, line, col);
}

function parse_not(): void {
  if (!preparsed && tk() === Tok.KwNot) {
    const line: u32 = lex_line();
    const col: u32 = lex_col();
    enter();
    advance();
    parse_not();
    leave();
    node(Ast.UnaryOp, AstUnary.Not, line, col);
    return;
  }
  parse_comparison();
}

/** The comparison operator at the current token (consumed), or -1. */
function comparison_op(): i32 {
  switch (tk()) {
    case Tok.OpLess: advance(); return AstCmp.Lt;
    case Tok.OpMore: advance(); return AstCmp.Gt;
    case Tok.OpDblEqual: advance(); return AstCmp.Eq;
    case Tok.OpLessEqual: advance(); return AstCmp.LtE;
    case Tok.OpMoreEqual: advance(); return AstCmp.GtE;
    case Tok.OpNotEqual: advance(); return AstCmp.NotEq;
    case Tok.KwIn: advance(); return AstCmp.In;
    case Tok.KwIs:
      advance();
      return accept(Tok.KwNot) ? AstCmp.IsNot : AstCmp.Is;
    case Tok.KwNot:
      advance();
      expect(Tok.KwIn);
      return AstCmp.NotIn;
    default:
      return -1;
  }
}

function parse_comparison(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_binary(0);
  let n: u32 = 0;
  const base: u32 = vs_len;
  while (true) {
    const op: i32 = comparison_op();
    if (op < 0) break;
    push(new_small_int(op));
    parse_binary(0);
    n = (n + 1) >>> 0;
  }
  if (n === 0) return;
  // On the stack: left, op0, c0, op1, c1…; the ops become a list of AstCmp numbers.
  make_pair_lists(n);
  const comparators: u32 = pop();
  const ops: ref = pop();
  for (let i: u32 = 0; i < n; i++) {
    store_u32((ops + AstList.SIZE + i * 4) >>> 0, (ast_list_get(ops, i) >>> 1) >>> 0);
  }
  push(ops);
  push(comparators);
  if (vs_len !== ((base + 2) >>> 0)) hal_fatal("parse: comparison stack");
  node(Ast.Compare, 0, line, col);
}

/** Binary operator precedence levels: | ^ & shifts arithmetic terms. */
const LEVELS: u32 = 6;

/** The AstOp of the current token at precedence level, or -1. */
function binary_op(level: u32): i32 {
  const k: Tok = tk();
  switch (level) {
    case 0: return k === Tok.OpPipe ? AstOp.BitOr : -1;
    case 1: return k === Tok.OpCaret ? AstOp.BitXor : -1;
    case 2: return k === Tok.OpAmpersand ? AstOp.BitAnd : -1;
    case 3: return k === Tok.OpDblLess ? AstOp.LShift : k === Tok.OpDblMore ? AstOp.RShift : -1;
    case 4: return k === Tok.OpPlus ? AstOp.Add : k === Tok.OpMinus ? AstOp.Sub : -1;
    default:
      switch (k) {
        case Tok.OpStar: return AstOp.Mult;
        case Tok.OpSlash: return AstOp.Div;
        case Tok.OpDblSlash: return AstOp.FloorDiv;
        case Tok.OpPercent: return AstOp.Mod;
        case Tok.OpAt: return AstOp.MatMult;
        default: return -1;
      }
  }
}

/** bitwise_or and the levels below it, left-associative. */
export function parse_binary(level: u32): void {
  if (level >= LEVELS) {
    parse_unary();
    return;
  }
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_binary((level + 1) >>> 0);
  while (true) {
    const op: i32 = binary_op(level);
    if (op < 0) return;
    advance();
    parse_binary((level + 1) >>> 0);
    node(Ast.BinOp, op >>> 0, line, col);
  }
}

function parse_unary(): void {
  let op: i32 = -1;
  if (!preparsed) {
    const k: Tok = tk();
    if (k === Tok.OpMinus) op = AstUnary.USub;
    else if (k === Tok.OpPlus) op = AstUnary.UAdd;
    else if (k === Tok.OpTilde) op = AstUnary.Invert;
  }
  if (op < 0) {
    parse_power();
    return;
  }
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  enter();
  advance();
  parse_unary();
  leave();
  node(Ast.UnaryOp, op >>> 0, line, col);
}

function parse_power(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  if (!preparsed && tk() === Tok.KwAwait) {
    advance();
    parse_primary();
    node(Ast.Await, 0, line, col);
  } else {
    parse_primary();
  }
  if (tk() === Tok.OpDblStar) {
    advance();
    enter();
    parse_unary();
    leave();
    node(Ast.BinOp, AstOp.Pow, line, col);
  }
}

/** An atom and its trailers: .name, (arguments), [subscript]. */
export function parse_primary(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_atom();
  while (true) {
    const k: Tok = tk();
    if (k === Tok.DelPeriod) {
      advance();
      push(expect_name());
      node(Ast.Attribute, AstCtx.Load, line, col);
    } else if (k === Tok.DelParenOpen) {
      advance();
      parse_call_arguments(Tok.DelParenClose);
      expect(Tok.DelParenClose);
      node(Ast.Call, 0, line, col);
    } else if (k === Tok.DelBracketOpen) {
      advance();
      nest = (nest + 1) >>> 0;
      parse_slices();
      nest = (nest - 1) >>> 0;
      expect(Tok.DelBracketClose);
      node(Ast.Subscript, AstCtx.Load, line, col);
    } else {
      return;
    }
  }
}

/** The slices of a subscript: one slice or expression, or a Tuple of them. */
function parse_slices(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  let n: u32 = 0;
  let tuple: bool = false;
  while (true) {
    const el: u32 = lex_line();
    const ec: u32 = lex_col();
    parse_slice();
    n = (n + 1) >>> 0;
    if (ast_kind(peek(0)) === Ast.Starred) tuple = true;
    check_comma(el, ec, peek(0));
    if (!accept(Tok.DelComma)) break;
    tuple = true;
    if (tk() === Tok.DelBracketClose) break;
  }
  if (!tuple) return;
  make_list(n);
  node(Ast.Tuple, AstCtx.Load, line, col);
}

function parse_slice(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  if (tk() === Tok.OpStar) {
    parse_star_expression();
    return;
  }
  if (tk() !== Tok.DelColon) {
    parse_named();
    if (tk() !== Tok.DelColon) return;
  } else {
    push(0);
  }
  advance();
  if (slice_part_follows()) parse_expression();
  else push(0);
  if (accept(Tok.DelColon) && slice_part_follows()) parse_expression();
  else push(0);
  node(Ast.Slice, 0, line, col);
}

function slice_part_follows(): bool {
  const k: Tok = tk();
  return k !== Tok.DelColon && k !== Tok.DelComma && k !== Tok.DelBracketClose;
}

/**
 * Call arguments up to `close`: pushes the args list and the keywords list (also used for
 * class bases). A lone generator expression argument needs no parentheses of its own.
 */
export function parse_call_arguments(close: Tok): void {
  nest = (nest + 1) >>> 0;
  const base: u32 = vs_len;
  // Positional arguments are pushed as they come; keywords are kept in order after them
  // by pushing (1, keyword) / (0, arg) tags would cost memory: instead two passes below.
  let count: u32 = 0;
  let seen_keyword: bool = false;
  let seen_double_star: bool = false;
  let genexp_at: u32 = 0;
  let genexp_line: u32 = 0;
  let genexp_col: u32 = 0;
  while (tk() !== close) {
    const line: u32 = lex_line();
    const col: u32 = lex_col();
    if (tk() === Tok.OpStar) {
      if (seen_double_star) error_here("iterable argument unpacking follows keyword argument unpacking");
      advance();
      parse_expression();
      node(Ast.Starred, AstCtx.Load, line, col);
    } else if (tk() === Tok.OpDblStar) {
      advance();
      push(0);
      parse_expression();
      node(Ast.keyword, 0, line, col);
      seen_double_star = true;
    } else {
      parse_named();
      const e: ref = peek(0);
      if (tk() === Tok.DelEqual) {
        if (ast_kind(e) !== Ast.Name) {
          if (ast_kind(e) === Ast.Constant && ast_op(e) <= AstConst.False) {
            syntax_msg_begin();
            syntax_msg_add("cannot assign to ");
            syntax_msg_add(expr_name(e));
            syntax_msg_raise(TypeId.SyntaxError, line, col);
          }
          raise_syntax_error(TypeId.SyntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", line, col);
        }
        advance();
        poke(0, ast_slot(e, 0));
        parse_expression();
        node(Ast.keyword, 0, line, col);
        seen_keyword = true;
      } else if (tk() === Tok.KwFor || tk() === Tok.KwAsync) {
        parse_comprehension_tail(Ast.GeneratorExp, line, col);
        genexp_at = (count + 1) >>> 0;
        genexp_line = line;
        genexp_col = col;
      } else {
        if (seen_double_star) error_here("positional argument follows keyword argument unpacking");
        if (seen_keyword) error_here("positional argument follows keyword argument");
        check_comma(line, col, e);
      }
    }
    count = (count + 1) >>> 0;
    if (!accept(Tok.DelComma)) break;
  }
  nest = (nest - 1) >>> 0;
  if (genexp_at !== 0 && count > 1) {
    raise_syntax_error(TypeId.SyntaxError, "Generator expression must be parenthesized", genexp_line, genexp_col);
  }
  // Split into args (everything but keyword nodes, in order) and keywords.
  let nargs: u32 = 0;
  for (let i: u32 = 0; i < count; i++) {
    const a: ref = load_u32((vs + (base + i) * 4) >>> 0);
    if (ast_kind(a) !== Ast.keyword) {
      push(a);
      nargs = (nargs + 1) >>> 0;
    }
  }
  make_list(nargs);
  let nkw: u32 = 0;
  for (let i: u32 = 0; i < count; i++) {
    const a: ref = load_u32((vs + (base + i) * 4) >>> 0);
    if (ast_kind(a) === Ast.keyword) {
      push(a);
      nkw = (nkw + 1) >>> 0;
    }
  }
  make_list(nkw);
  const kws: u32 = pop();
  const args: u32 = pop();
  vs_len = base;
  push(args);
  push(kws);
}

/** After an element, `for`: the comprehension of `kind` whose element(s) are on the stack. */
function parse_comprehension_tail(kind: Ast, line: u32, col: u32): void {
  let n: u32 = 0;
  while (tk() === Tok.KwFor || tk() === Tok.KwAsync) {
    const cl: u32 = lex_line();
    const cc: u32 = lex_col();
    const is_async: bool = accept(Tok.KwAsync);
    expect(Tok.KwFor);
    parse_target_list();
    set_target(peek(0), AstCtx.Store, false);
    expect(Tok.KwIn);
    parse_or();
    let ifs: u32 = 0;
    while (accept(Tok.KwIf)) {
      parse_or();
      ifs = (ifs + 1) >>> 0;
    }
    make_list(ifs);
    node(Ast.comprehension, is_async ? 1 : 0, cl, cc);
    n = (n + 1) >>> 0;
  }
  make_list(n);
  node(kind, 0, line, col);
}

/** Targets of for and comprehensions: bitwise_or-level items, a Tuple if there is a comma. */
export function parse_target_list(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_target_item();
  if (tk() !== Tok.DelComma) return;
  let n: u32 = 1;
  while (accept(Tok.DelComma)) {
    if (tk() === Tok.KwIn || tk() === Tok.OpAssign || !starts_expression()) break;
    parse_target_item();
    n = (n + 1) >>> 0;
  }
  make_list(n);
  node(Ast.Tuple, AstCtx.Load, line, col);
}

function parse_target_item(): void {
  if (tk() === Tok.OpStar) {
    const line: u32 = lex_line();
    const col: u32 = lex_col();
    advance();
    parse_binary(0);
    node(Ast.Starred, AstCtx.Load, line, col);
  } else {
    parse_binary(0);
  }
}

/** A number token as a constant value: int (small or big), or float/complex literal text. */
function push_number(): u32 {
  const text: u32 = lex_value();
  const len: u32 = lex_value_len();
  if (tk() === Tok.Float) {
    const last: u32 = load_u8((text + len - 1) >>> 0) | 0x20;
    push(str_from_bytes(text, len));
    return last === 106 ? AstConst.Complex : AstConst.Float;
  }
  // Fast path: short decimals.
  if (len <= 9 && load_u8(text) !== 48) {
    let v: i32 = 0;
    for (let i: u32 = 0; i < len; i++) v = (Math.imul(v, 10) + load_u8((text + i) >>> 0) - 48) | 0;
    push(new_small_int(v));
    return AstConst.Int;
  }
  const z: ref = mpz_from_str(text, len, 0);
  if (z === 0) raise_memory_error();
  if (mpz_fits_i32(z) && small_int_fits(mpz_to_i32(z))) push(new_small_int(mpz_to_i32(z)));
  else push(z);
  return AstConst.Int;
}

function parse_atom(): void {
  if (preparsed) {
    preparsed = false;
    return;
  }
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  const k: Tok = tk();
  switch (k) {
    case Tok.Name:
      push(name_qstr());
      advance();
      node(Ast.Name, AstCtx.Load, line, col);
      return;
    case Tok.Integer:
    case Tok.Float: {
      const kind: u32 = push_number();
      advance();
      node(Ast.Constant, kind, line, col);
      return;
    }
    case Tok.String:
    case Tok.Bytes: {
      const s: obj = str_from_bytes(lex_value(), lex_value_len());
      if (k === Tok.Bytes) StrObj.type.set(s, type_word(TypeId.bytes));
      push(s);
      advance();
      node(Ast.Constant, k === Tok.Bytes ? AstConst.Bytes : AstConst.Str, line, col);
      return;
    }
    case Tok.KwTrue:
    case Tok.KwFalse:
      if (at_name()) {
        push(name_qstr());
        advance();
        node(Ast.Name, AstCtx.Load, line, col);
        return;
      }
      push(k === Tok.KwTrue ? OBJ_TRUE : OBJ_FALSE);
      advance();
      node(Ast.Constant, k === Tok.KwTrue ? AstConst.True : AstConst.False, line, col);
      return;
    case Tok.KwNone:
      push(OBJ_NONE);
      advance();
      node(Ast.Constant, AstConst.None, line, col);
      return;
    case Tok.Ellipsis:
      push(OBJ_ELLIPSIS);
      advance();
      node(Ast.Constant, AstConst.Ellipsis, line, col);
      return;
    case Tok.DelParenOpen:
      parse_paren();
      return;
    case Tok.DelBracketOpen:
      parse_list_display();
      return;
    case Tok.DelBraceOpen:
      parse_brace_display();
      return;
    default:
      syntax_error();
  }
}

/** ( ): a group, a tuple, a generator expression, or a parenthesized yield. */
function parse_paren(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  enter();
  nest = (nest + 1) >>> 0;
  if (tk() === Tok.DelParenClose) {
    advance();
    make_list(0);
    node(Ast.Tuple, AstCtx.Load, line, col);
  } else if (tk() === Tok.KwYield) {
    parse_yield();
    expect(Tok.DelParenClose);
  } else {
    const el: u32 = lex_line();
    const ec: u32 = lex_col();
    parse_star_named();
    if (tk() === Tok.KwFor || tk() === Tok.KwAsync) {
      parse_comprehension_tail(Ast.GeneratorExp, line, col);
    } else if (tk() === Tok.DelComma) {
      let n: u32 = 1;
      while (accept(Tok.DelComma)) {
        if (tk() === Tok.DelParenClose) break;
        const il: u32 = lex_line();
        const ic: u32 = lex_col();
        parse_star_named();
        check_comma(il, ic, peek(0));
        n = (n + 1) >>> 0;
      }
      make_list(n);
      node(Ast.Tuple, AstCtx.Load, line, col);
    } else {
      check_comma(el, ec, peek(0));
      if (ast_kind(peek(0)) === Ast.Starred && tk() === Tok.DelParenClose) {
        raise_syntax_error(TypeId.SyntaxError, "cannot use starred expression here", el, ec);
      }
    }
    expect(Tok.DelParenClose);
  }
  nest = (nest - 1) >>> 0;
  leave();
}

/** [ ]: a list display or a list comprehension. */
function parse_list_display(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  enter();
  nest = (nest + 1) >>> 0;
  let n: u32 = 0;
  let comp: bool = false;
  while (tk() !== Tok.DelBracketClose) {
    const el: u32 = lex_line();
    const ec: u32 = lex_col();
    parse_star_named();
    n = (n + 1) >>> 0;
    if (n === 1 && (tk() === Tok.KwFor || tk() === Tok.KwAsync)) {
      parse_comprehension_tail(Ast.ListComp, line, col);
      comp = true;
      break;
    }
    check_comma(el, ec, peek(0));
    if (!accept(Tok.DelComma)) break;
  }
  expect(Tok.DelBracketClose);
  if (!comp) {
    make_list(n);
    node(Ast.List, AstCtx.Load, line, col);
  }
  nest = (nest - 1) >>> 0;
  leave();
}

/** { }: a dict or set display or comprehension. */
function parse_brace_display(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  enter();
  nest = (nest + 1) >>> 0;
  if (accept(Tok.DelBraceClose)) {
    push(0);
    push(0);
    node(Ast.Dict, 0, line, col);
  } else if (tk() === Tok.OpDblStar || !parse_set_first()) {
    parse_dict_items(line, col);
  } else {
    let n: u32 = 1;
    if (tk() === Tok.KwFor || tk() === Tok.KwAsync) {
      parse_comprehension_tail(Ast.SetComp, line, col);
    } else {
      while (accept(Tok.DelComma)) {
        if (tk() === Tok.DelBraceClose) break;
        const el: u32 = lex_line();
        const ec: u32 = lex_col();
        parse_star_named();
        check_comma(el, ec, peek(0));
        n = (n + 1) >>> 0;
      }
      make_list(n);
      node(Ast.Set, 0, line, col);
    }
    expect(Tok.DelBraceClose);
  }
  nest = (nest - 1) >>> 0;
  leave();
}

/** The first item of a brace display: true for a set element, false for a dict key (on the stack). */
function parse_set_first(): bool {
  const el: u32 = lex_line();
  const ec: u32 = lex_col();
  if (tk() === Tok.OpStar) {
    parse_star_expression();
    return true;
  }
  parse_named();
  if (tk() === Tok.DelColon) return false;
  if (tk() !== Tok.KwFor && tk() !== Tok.KwAsync) check_comma(el, ec, peek(0));
  return true;
}

/** A dict display or comprehension; the first key (unless it starts with **) is on the stack. */
function parse_dict_items(line: u32, col: u32): void {
  let n: u32 = 0;
  let first: bool = tk() !== Tok.OpDblStar;
  while (true) {
    if (first) {
      first = false;
      expect(Tok.DelColon);
      const vl: u32 = lex_line();
      const vc: u32 = lex_col();
      parse_expression();
      if (n === 0 && (tk() === Tok.KwFor || tk() === Tok.KwAsync)) {
        parse_comprehension_tail(Ast.DictComp, line, col);
        expect(Tok.DelBraceClose);
        return;
      }
      check_comma(vl, vc, peek(0));
    } else if (accept(Tok.OpDblStar)) {
      push(0);
      parse_binary(0);
    } else {
      parse_expression();
      expect(Tok.DelColon);
      const vl: u32 = lex_line();
      const vc: u32 = lex_col();
      parse_expression();
      check_comma(vl, vc, peek(0));
    }
    n = (n + 1) >>> 0;
    if (!accept(Tok.DelComma) || tk() === Tok.DelBraceClose) break;
  }
  expect(Tok.DelBraceClose);
  make_pair_lists(n);
  node(Ast.Dict, 0, line, col);
}

/** yield_expr: yield from e, or yield [star_expressions]. */
export function parse_yield(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  if (accept(Tok.KwFrom)) {
    parse_expression();
    node(Ast.YieldFrom, 0, line, col);
    return;
  }
  if (starts_expression()) parse_star_expressions();
  else push(0);
  node(Ast.Yield, 0, line, col);
}

/** An expression whose atom (a parenthesized group) is already on the stack. */
export function parse_expression_after_atom(): void {
  preparsed = true;
  parse_expression();
}

// ---- parameters (def and lambda) ----

/**
 * Parameters up to `close` (')' for def, ':' for lambda); pushes an arguments node.
 * Each parameter is pushed as (arg, default or 0) until the lists are built at the end.
 */
export function parse_parameters(close: Tok, annotations: bool): void {
  const base: u32 = vs_len;
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  let n_pos: u32 = 0;
  let n_posonly: u32 = 0;
  let n_kw: u32 = 0;
  let have_vararg: bool = false;
  let star_seen: bool = false;
  let have_kwarg: bool = false;
  let seen_default: bool = false;
  let star_line: u32 = 0;
  let star_col: u32 = 0;
  while (tk() !== close) {
    if (have_kwarg) error_here("arguments cannot follow var-keyword argument");
    if (tk() === Tok.OpSlash) {
      if (star_seen || n_posonly !== 0 || n_pos === 0) syntax_error();
      advance();
      n_posonly = n_pos;
    } else if (tk() === Tok.OpStar) {
      if (star_seen) syntax_error();
      star_line = lex_line();
      star_col = lex_col();
      advance();
      star_seen = true;
      if (at_name()) {
        parse_param(annotations, true);
        have_vararg = true;
      } else if (tk() === close) {
        if (annotations) raise_syntax_error(TypeId.SyntaxError, "named arguments must follow bare *", star_line, star_col);
        error_here("named arguments must follow bare *");
      } else if (tk() !== Tok.DelComma) {
        syntax_error();
      } else if (!annotations) {
        // lambda: CPython reports the bare * at the token after it.
        advance();
        if (tk() === close || tk() === Tok.OpDblStar) error_here("named arguments must follow bare *");
        push(0);
        continue;
      } else {
        advance();
        if (tk() === close || tk() === Tok.OpDblStar) {
          raise_syntax_error(TypeId.SyntaxError, "named arguments must follow bare *", star_line, star_col);
        }
        push(0);
        continue;
      }
      if (!have_vararg) push(0);
    } else if (tk() === Tok.OpDblStar) {
      advance();
      if (!star_seen) push(0);
      star_seen = true;
      parse_param(annotations, true);
      have_kwarg = true;
    } else {
      const pl: u32 = lex_line();
      const pc: u32 = lex_col();
      parse_param(annotations, false);
      if (accept(Tok.DelEqual)) {
        parse_expression();
        seen_default = true;
      } else {
        if (seen_default && !star_seen) raise_syntax_error(TypeId.SyntaxError, "non-default argument follows default argument", pl, pc);
        push(0);
      }
      if (star_seen) n_kw = (n_kw + 1) >>> 0;
      else n_pos = (n_pos + 1) >>> 0;
    }
    if (!accept(Tok.DelComma)) break;
  }
  if (star_seen && !have_vararg && n_kw === 0 && !have_kwarg) {
    if (annotations) raise_syntax_error(TypeId.SyntaxError, "named arguments must follow bare *", star_line, star_col);
    error_here("named arguments must follow bare *");
  }
  if (!star_seen) push(0);
  if (!have_kwarg) push(0);
  // Stack from base: (arg, default) * n_pos, vararg, (arg, default) * n_kw, kwarg.
  const kw_base: u32 = (base + n_pos * 2 + 1) >>> 0;
  for (let i: u32 = 0; i < n_posonly; i++) push_copy((base + i * 2) >>> 0);
  make_list(n_posonly);
  for (let i: u32 = n_posonly; i < n_pos; i++) push_copy((base + i * 2) >>> 0);
  make_list((n_pos - n_posonly) >>> 0);
  push_copy((base + n_pos * 2) >>> 0);
  for (let i: u32 = 0; i < n_kw; i++) push_copy((kw_base + i * 2) >>> 0);
  make_list(n_kw);
  for (let i: u32 = 0; i < n_kw; i++) push_copy((kw_base + i * 2 + 1) >>> 0);
  make_list(n_kw);
  push_copy((kw_base + n_kw * 2) >>> 0);
  let n_defaults: u32 = 0;
  for (let i: u32 = 0; i < n_pos; i++) {
    if (load_u32((vs + (base + i * 2 + 1) * 4) >>> 0) !== 0) {
      push_copy((base + i * 2 + 1) >>> 0);
      n_defaults = (n_defaults + 1) >>> 0;
    }
  }
  make_list(n_defaults);
  node(Ast.arguments, 0, line, col);
  collapse(base);
}

/** One parameter name with its annotation, as an arg node. */
function parse_param(annotations: bool, star: bool): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  push(expect_name());
  if (annotations && accept(Tok.DelColon)) {
    if (star && tk() === Tok.OpStar) parse_star_expression();
    else parse_expression();
  } else {
    push(0);
  }
  node(Ast.arg, 0, line, col);
}

// ---- targets ----

/** What CPython calls an expression in its "cannot assign to …" messages. */
export function expr_name(e: ref): string {
  switch (ast_kind(e)) {
    case Ast.Attribute: return "attribute";
    case Ast.Subscript: return "subscript";
    case Ast.Starred: return "starred";
    case Ast.Name: return "name";
    case Ast.List: return "list";
    case Ast.Tuple: return "tuple";
    case Ast.Lambda: return "lambda";
    case Ast.Call: return "function call";
    case Ast.BoolOp: case Ast.BinOp: case Ast.UnaryOp: return "expression";
    case Ast.GeneratorExp: return "generator expression";
    case Ast.Yield: case Ast.YieldFrom: return "yield expression";
    case Ast.Await: return "await expression";
    case Ast.ListComp: return "list comprehension";
    case Ast.SetComp: return "set comprehension";
    case Ast.DictComp: return "dict comprehension";
    case Ast.Dict: return "dict literal";
    case Ast.Set: return "set display";
    case Ast.Compare: return "comparison";
    case Ast.IfExp: return "conditional expression";
    case Ast.NamedExpr: return "named expression";
    case Ast.Constant:
      switch (ast_op(e)) {
        case AstConst.None: return "None";
        case AstConst.True: return "True";
        case AstConst.False: return "False";
        case AstConst.Ellipsis: return "ellipsis";
        default: return "literal";
      }
    default: return "expression";
  }
}

/** The first node under e (itself included) that cannot be a target, or 0. */
function invalid_target(e: ref, ctx: AstCtx): ref {
  switch (ast_kind(e)) {
    case Ast.Name: case Ast.Attribute: case Ast.Subscript:
      return 0;
    case Ast.Starred:
      return ctx === AstCtx.Del ? e : invalid_target(ast_slot(e, 0), ctx);
    case Ast.Tuple: case Ast.List: {
      const elts: ref = ast_slot(e, 0);
      for (let i: u32 = 0; i < ast_list_len(elts); i++) {
        const bad: ref = invalid_target(ast_list_get(elts, i), ctx);
        if (bad !== 0) return bad;
      }
      return 0;
    }
    default:
      return e;
  }
}

/**
 * Make e a target of ctx (Store or Del), or raise CPython's message: "cannot assign to X"
 * ("cannot delete X"), with "here. Maybe you meant '==' instead of '='?" when `hint` (the
 * first target of an assignment statement, an expression of bitwise_or level).
 */
export function set_target(e: ref, ctx: AstCtx, hint: bool): void {
  const bad: ref = invalid_target(e, ctx);
  if (bad !== 0) {
    syntax_msg_begin();
    syntax_msg_add(ctx === AstCtx.Del ? "cannot delete " : "cannot assign to ");
    syntax_msg_add(expr_name(bad));
    if (hint && bad === e && hinted_kind(e)) syntax_msg_add(" here. Maybe you meant '==' instead of '='?");
    syntax_msg_raise(TypeId.SyntaxError, AstNode.line.get(bad), AstNode.col.get(bad));
  }
  mark_target(e, ctx);
}

/** The kinds CPython's invalid_named_expression rule gives the "Maybe you meant '=='" hint. */
function hinted_kind(e: ref): bool {
  switch (ast_kind(e)) {
    case Ast.Compare: case Ast.BoolOp: case Ast.IfExp: case Ast.Lambda: case Ast.NamedExpr:
    case Ast.Tuple: case Ast.List: case Ast.GeneratorExp: case Ast.Yield: case Ast.YieldFrom: case Ast.Starred:
      return false;
    case Ast.UnaryOp:
      return ast_op(e) !== AstUnary.Not;
    case Ast.Constant:
      return ast_op(e) !== AstConst.True && ast_op(e) !== AstConst.False && ast_op(e) !== AstConst.None;
    default:
      return true;
  }
}

function mark_target(e: ref, ctx: AstCtx): void {
  const k: u32 = ast_kind(e);
  ast_set_op(e, ctx);
  if (k === Ast.Starred) {
    mark_target(ast_slot(e, 0), ctx);
  } else if (k === Ast.Tuple || k === Ast.List) {
    const elts: ref = ast_slot(e, 0);
    for (let i: u32 = 0; i < ast_list_len(elts); i++) mark_target(ast_list_get(elts, i), ctx);
  }
}

/** The "line N" of a message: appended by callers through syntax_msg_add_u32. */
export function raise_block_expected(what: string, on_line: u32): never {
  syntax_msg_begin();
  syntax_msg_add("expected an indented block after ");
  syntax_msg_add(what);
  syntax_msg_add(" on line ");
  syntax_msg_add_u32(on_line);
  syntax_msg_raise(TypeId.IndentationError, err_line(), err_col());
}
