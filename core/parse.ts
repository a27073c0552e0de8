// The parser: Python 3.11 source to the AST of core/ast.ts, by recursive descent over the
// lexer (core/lexer.ts), one token of lookahead. Statements are here; expressions, the
// value stack and the target checks are in core/parse_expr.ts. See core/PARSER.md for the
// errors (CPython 3.11's messages and positions, and where they are simplified) and for
// what is left to the compiler.
//
//   const module: ref = parse(src, len);   // raises SyntaxError, IndentationError, MemoryError
//
// The source must stay alive during the call; the tree it returns is a heap object that the
// caller roots.

import { mem_copy, store_u8, raise, caught, type u32, type ref, type bool } from "./subset/index.js";
import { gc_root_depth, gc_root_restore, gc_alloc } from "./gc.js";
import { lexer_init, lexer_free, lex_line, lex_col } from "./lexer.js";
import { Tok } from "./token.js";
import { qstr_from_bytes, qstr_from_str, qstr_data, qstr_len } from "./qstr.js";
import { Q } from "./qstr_static.js";
import { TypeId } from "./objects/type.js";
import { raise_memory_error } from "./objects/exception.js";
import { raise_syntax_error, syntax_msg_begin, syntax_msg_add, syntax_msg_raise } from "./syntax_error.js";
import { Ast, AstNode, AstCtx, AstOp, ast_kind, ast_set_slot, ast_slot } from "./ast.js";
import {
  parse_state_init, vs_get, vs_set, push, pop, peek, node, make_list, collapse, stack_len, enter, leave,
  tk, advance, accept, expect, expect_name, at_name, syntax_error, error_here,
  parse_star_expressions, parse_named, parse_expression, parse_binary, parse_yield, parse_call_arguments,
  parse_parameters, parse_target_list, parse_expression_after_atom, set_target, expr_name,
  raise_block_expected, starts_expression,
} from "./parse_expr.js";

/** Parse len bytes of source at src into a Module node. */
export function parse(src: u32, len: u32): ref {
  const depth: u32 = gc_root_depth();
  lexer_init(src, len);
  try {
    parse_state_init();
    parse_module();
  } catch (e) {
    const exc: u32 = caught(e);
    lexer_free();
    gc_root_restore(depth);
    raise(exc);
  }
  const module: ref = vs_get(0);
  lexer_free();
  gc_root_restore(depth);
  return module;
}

function parse_module(): void {
  const base: u32 = stack_len();
  let n: u32 = 0;
  while (tk() !== Tok.End) {
    n = (n + parse_statement()) >>> 0;
  }
  make_list(n);
  node(Ast.Module, 0, 1, 1);
  collapse(base);
}

/** One statement (a line of simple statements counts as several): pushes them, returns how many. */
function parse_statement(): u32 {
  switch (tk()) {
    case Tok.Newline:
      // Blank lines at the start of the source give one NEWLINE (see core/LEXER.md).
      advance();
      return 0;
    case Tok.Indent:
      raise_syntax_error(TypeId.IndentationError, "unexpected indent", lex_line(), (lex_col() - 1) >>> 0);
    case Tok.KwIf:
      parse_if(lex_line(), lex_col(), "'if' statement");
      return 1;
    case Tok.KwWhile:
      parse_while();
      return 1;
    case Tok.KwFor:
      parse_for(lex_line(), lex_col(), false);
      return 1;
    case Tok.KwTry:
      parse_try();
      return 1;
    case Tok.KwWith:
      parse_with(lex_line(), lex_col(), false);
      return 1;
    case Tok.KwDef:
      push(0);
      parse_def(lex_line(), lex_col(), false);
      return 1;
    case Tok.KwClass:
      push(0);
      parse_class();
      return 1;
    case Tok.OpAt:
      parse_decorated();
      return 1;
    case Tok.KwAsync: {
      const line: u32 = lex_line();
      const col: u32 = lex_col();
      advance();
      if (tk() === Tok.KwDef) {
        push(0);
        parse_def(line, col, true);
      } else if (tk() === Tok.KwFor) {
        parse_for(line, col, true);
      } else if (tk() === Tok.KwWith) {
        parse_with(line, col, true);
      } else {
        syntax_error();
      }
      return 1;
    }
    default:
      return parse_simple_statements();
  }
}

/** simple_stmt (';' simple_stmt)* [';'] NEWLINE */
function parse_simple_statements(): u32 {
  let n: u32 = 0;
  while (true) {
    parse_small_statement();
    n = (n + 1) >>> 0;
    if (!accept(Tok.DelSemicolon)) break;
    if (tk() === Tok.Newline) break;
  }
  if (tk() !== Tok.Newline) syntax_error();
  advance();
  return n;
}

function parse_small_statement(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  switch (tk()) {
    case Tok.KwPass:
      advance();
      node(Ast.Pass, 0, line, col);
      return;
    case Tok.KwBreak:
      advance();
      node(Ast.Break, 0, line, col);
      return;
    case Tok.KwContinue:
      advance();
      node(Ast.Continue, 0, line, col);
      return;
    case Tok.KwReturn:
      advance();
      if (starts_expression()) parse_star_expressions();
      else push(0);
      node(Ast.Return, 0, line, col);
      return;
    case Tok.KwRaise:
      advance();
      if (starts_expression()) {
        parse_expression();
        if (accept(Tok.KwFrom)) parse_expression();
        else push(0);
      } else {
        push(0);
        push(0);
      }
      node(Ast.Raise, 0, line, col);
      return;
    case Tok.KwGlobal:
    case Tok.KwNonlocal: {
      const kind: Ast = tk() === Tok.KwGlobal ? Ast.Global : Ast.Nonlocal;
      advance();
      let n: u32 = 0;
      do {
        push(expect_name());
        n = (n + 1) >>> 0;
      } while (accept(Tok.DelComma));
      make_list(n);
      node(kind, 0, line, col);
      return;
    }
    case Tok.KwDel:
      advance();
      make_list(parse_del_targets());
      node(Ast.Delete, 0, line, col);
      return;
    case Tok.KwAssert:
      advance();
      parse_expression();
      if (accept(Tok.DelComma)) parse_expression();
      else push(0);
      node(Ast.Assert, 0, line, col);
      return;
    case Tok.KwImport:
      parse_import();
      return;
    case Tok.KwFrom:
      parse_from_import();
      return;
    default:
      parse_expression_statement();
  }
}

/** del_targets: `del a, (b, c)` has two targets, the second a Tuple. Pushes them, returns how many. */
function parse_del_targets(): u32 {
  let n: u32 = 0;
  do {
    if (tk() === Tok.Newline || tk() === Tok.DelSemicolon) break;
    parse_binary(0);
    set_target(peek(0), AstCtx.Del, false);
    n = (n + 1) >>> 0;
  } while (accept(Tok.DelComma));
  if (n === 0) syntax_error();
  return n;
}

/** Expression statements, assignments, augmented and annotated assignments. */
function parse_expression_statement(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  const starts_paren: bool = tk() === Tok.DelParenOpen;
  if (tk() === Tok.KwYield) parse_yield();
  else parse_star_expressions();
  const k: Tok = tk();
  if (k === Tok.DelColon) {
    parse_annotated(line, col, starts_paren);
    return;
  }
  const op: u32 = augmented_op(k);
  if (op !== NOT_AUGMENTED) {
    const target: ref = peek(0);
    const tkind: u32 = ast_kind(target);
    if (tkind !== Ast.Name && tkind !== Ast.Attribute && tkind !== Ast.Subscript) {
      syntax_msg_begin();
      syntax_msg_add("'");
      syntax_msg_add(expr_name(target));
      syntax_msg_add("' is an illegal expression for augmented assignment");
      syntax_msg_raise(TypeId.SyntaxError, line, col);
    }
    set_target(target, AstCtx.Store, false);
    advance();
    if (tk() === Tok.KwYield) parse_yield();
    else parse_star_expressions();
    node(Ast.AugAssign, op, line, col);
    return;
  }
  if (k !== Tok.DelEqual) {
    node(Ast.Expr, 0, line, col);
    return;
  }
  let n: u32 = 0;
  while (accept(Tok.DelEqual)) {
    const target: ref = peek(0);
    const tkind: u32 = ast_kind(target);
    if (tkind === Ast.Yield || tkind === Ast.YieldFrom) {
      error_at_node("assignment to yield expression not possible", target);
    }
    n = (n + 1) >>> 0;
    const vl: u32 = lex_line();
    const vc: u32 = lex_col();
    if (tk() === Tok.KwYield) parse_yield();
    else parse_star_expressions();
    // CPython's hint applies to the first target when its value is the last one.
    set_target(target, AstCtx.Store, n === 1 && tk() !== Tok.DelEqual && ast_kind(peek(0)) !== Ast.Yield);
    if (vl === 0 && vc === 0) syntax_error();
  }
  // Stack: t1 t2 … tn value.
  const value: u32 = pop();
  make_list(n);
  push(value);
  node(Ast.Assign, 0, line, col);
}

function error_at_node(msg: string, n: ref): never {
  raise_syntax_error(TypeId.SyntaxError, msg, AstNode.line.get(n), AstNode.col.get(n));
}

function parse_annotated(line: u32, col: u32, starts_paren: bool): void {
  const target: ref = peek(0);
  const tkind: u32 = ast_kind(target);
  if (tkind === Ast.Tuple || tkind === Ast.List) {
    syntax_msg_begin();
    syntax_msg_add("only single target (not ");
    syntax_msg_add(tkind === Ast.Tuple ? "tuple" : "list");
    syntax_msg_add(") can be annotated");
    syntax_msg_raise(TypeId.SyntaxError, line, col);
  }
  if (tkind !== Ast.Name && tkind !== Ast.Attribute && tkind !== Ast.Subscript) {
    raise_syntax_error(TypeId.SyntaxError, "illegal target for annotation", line, col);
  }
  set_target(target, AstCtx.Store, false);
  advance();
  parse_expression();
  if (accept(Tok.DelEqual)) {
    if (tk() === Tok.KwYield) parse_yield();
    else parse_star_expressions();
  } else {
    push(0);
  }
  node(Ast.AnnAssign, tkind === Ast.Name && !starts_paren ? 1 : 0, line, col);
}

const NOT_AUGMENTED: u32 = 255;

/** The AstOp of an augmented assignment token, or NOT_AUGMENTED. */
function augmented_op(k: Tok): u32 {
  switch (k) {
    case Tok.DelPipeEqual: return AstOp.BitOr;
    case Tok.DelCaretEqual: return AstOp.BitXor;
    case Tok.DelAmpersandEqual: return AstOp.BitAnd;
    case Tok.DelDblLessEqual: return AstOp.LShift;
    case Tok.DelDblMoreEqual: return AstOp.RShift;
    case Tok.DelPlusEqual: return AstOp.Add;
    case Tok.DelMinusEqual: return AstOp.Sub;
    case Tok.DelStarEqual: return AstOp.Mult;
    case Tok.DelAtEqual: return AstOp.MatMult;
    case Tok.DelDblSlashEqual: return AstOp.FloorDiv;
    case Tok.DelSlashEqual: return AstOp.Div;
    case Tok.DelPercentEqual: return AstOp.Mod;
    case Tok.DelDblStarEqual: return AstOp.Pow;
    default: return NOT_AUGMENTED;
  }
}

// ---- imports ----

/** A dotted name a.b.c, interned as one qstr. */
function parse_dotted_name(): u32 {
  const first: u32 = expect_name();
  if (tk() !== Tok.DelPeriod) return first;
  const base: u32 = stack_len();
  push(first);
  let total: u32 = qstr_len(first);
  while (accept(Tok.DelPeriod)) {
    const q: u32 = expect_name();
    push(q);
    total = (total + 1 + qstr_len(q)) >>> 0;
  }
  const buf: ref = gc_alloc(total);
  if (buf === 0) raise_memory_error();
  let at: u32 = 0;
  for (let i: u32 = base; i < stack_len(); i++) {
    const q: u32 = vs_get(i);
    if (i !== base) {
      store_u8((buf + at) >>> 0, 46);
      at = (at + 1) >>> 0;
    }
    mem_copy((buf + at) >>> 0, qstr_data(q), qstr_len(q));
    at = (at + qstr_len(q)) >>> 0;
  }
  push(buf);
  const joined: u32 = qstr_from_bytes(buf, total);
  if (joined === Q.NULL) raise_memory_error();
  while (stack_len() > base) pop();
  return joined;
}

function parse_import(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  let n: u32 = 0;
  do {
    const al: u32 = lex_line();
    const ac: u32 = lex_col();
    push(parse_dotted_name());
    if (accept(Tok.KwAs)) push(expect_name());
    else push(0);
    node(Ast.alias, 0, al, ac);
    n = (n + 1) >>> 0;
  } while (accept(Tok.DelComma));
  make_list(n);
  node(Ast.Import, 0, line, col);
}

function parse_from_import(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  let level: u32 = 0;
  while (true) {
    if (accept(Tok.DelPeriod)) level = (level + 1) >>> 0;
    else if (accept(Tok.Ellipsis)) level = (level + 3) >>> 0;
    else break;
  }
  if (at_name()) push(parse_dotted_name());
  else if (level === 0) syntax_error();
  else push(0);
  expect(Tok.KwImport);
  let n: u32 = 0;
  if (tk() === Tok.OpStar) {
    const al: u32 = lex_line();
    const ac: u32 = lex_col();
    advance();
    push(star_qstr());
    push(0);
    node(Ast.alias, 0, al, ac);
    n = 1;
  } else {
    const paren: bool = accept(Tok.DelParenOpen);
    while (true) {
      const al: u32 = lex_line();
      const ac: u32 = lex_col();
      push(expect_name());
      if (accept(Tok.KwAs)) push(expect_name());
      else push(0);
        node(Ast.alias, 0, al, ac);
      n = (n + 1) >>> 0;
      if (!accept(Tok.DelComma)) break;
      if (paren && tk() === Tok.DelParenClose) break;
      if (!paren && tk() === Tok.Newline) error_here("trailing comma not allowed without surrounding parentheses");
    }
    if (paren) expect(Tok.DelParenClose);
  }
  make_list(n);
  push(level);
  node(Ast.ImportFrom, 0, line, col);
}

function star_qstr(): u32 {
  const q: u32 = qstr_from_str("*");
  if (q === Q.NULL) raise_memory_error();
  return q;
}

// ---- blocks ----

/**
 * ':' then a block: an indented suite or simple statements on the same line. Pushes the
 * body list. `what` and `on_line` name the statement in "expected an indented block".
 */
function parse_block(what: string, on_line: u32): void {
  expect_colon();
  enter();
  if (tk() !== Tok.Newline) {
    make_list(parse_simple_statements());
    leave();
    return;
  }
  advance();
  if (tk() !== Tok.Indent) raise_block_expected(what, on_line);
  advance();
  let n: u32 = 0;
  while (tk() !== Tok.Dedent && tk() !== Tok.End) n = (n + parse_statement()) >>> 0;
  accept(Tok.Dedent);
  make_list(n);
  leave();
}

/** ':', or CPython's "expected ':'" when the line ends instead. */
function expect_colon(): void {
  if (accept(Tok.DelColon)) return;
  if (tk() === Tok.Newline) error_here("expected ':'");
  syntax_error();
}

function parse_if(line: u32, col: u32, what: string): void {
  advance();
  parse_condition();
  parse_block(what, line);
  if (tk() === Tok.KwElif) {
    const el: u32 = lex_line();
    const ec: u32 = lex_col();
    parse_if(el, ec, "'elif' statement");
    make_list(1);
  } else {
    parse_else();
  }
  node(Ast.If, 0, line, col);
}

/** The condition of if, elif and while: a named expression; `x = 1` gets CPython's hint. */
function parse_condition(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  parse_named();
  if (tk() === Tok.DelEqual) {
    const e: ref = peek(0);
    if (ast_kind(e) === Ast.Name) {
      raise_syntax_error(TypeId.SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line, col);
    }
    set_target(e, AstCtx.Store, true);
    syntax_error();
  }
}

/** [else: block], pushing the orelse list. */
function parse_else(): void {
  if (tk() === Tok.KwElse) {
    const line: u32 = lex_line();
    advance();
    parse_block("'else' statement", line);
  } else {
    make_list(0);
  }
}

function parse_while(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  parse_condition();
  parse_block("'while' statement", line);
  parse_else();
  node(Ast.While, 0, line, col);
}

function parse_for(line: u32, col: u32, is_async: bool): void {
  const kw_line: u32 = lex_line();
  advance();
  parse_target_list();
  set_target(peek(0), AstCtx.Store, false);
  expect(Tok.KwIn);
  parse_star_expressions();
  parse_block("'for' statement", kw_line);
  parse_else();
  node(is_async ? Ast.AsyncFor : Ast.For, 0, line, col);
}

function parse_try(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  parse_block("'try' statement", line);
  let n: u32 = 0;
  while (tk() === Tok.KwExcept) {
    const hl: u32 = lex_line();
    const hc: u32 = lex_col();
    advance();
    if (tk() === Tok.DelColon) {
      push(0);
      push(0);
    } else {
      const el: u32 = lex_line();
      const ec: u32 = lex_col();
      parse_expression();
      if (tk() === Tok.DelComma) {
        raise_syntax_error(TypeId.SyntaxError, "multiple exception types must be parenthesized", el, ec);
      }
      if (accept(Tok.KwAs)) push(expect_name());
      else push(0);
    }
    parse_block("'except' statement", hl);
    node(Ast.ExceptHandler, 0, hl, hc);
    n = (n + 1) >>> 0;
  }
  make_list(n);
  if (n > 0) parse_else();
  else make_list(0);
  if (tk() === Tok.KwFinally) {
    const fl: u32 = lex_line();
    advance();
    parse_block("'finally' statement", fl);
  } else {
    if (n === 0) error_here("expected 'except' or 'finally' block");
    make_list(0);
  }
  node(Ast.Try, 0, line, col);
}

function parse_with(line: u32, col: u32, is_async: bool): void {
  const kw_line: u32 = lex_line();
  advance();
  let n: u32 = 0;
  if (tk() === Tok.DelParenOpen) {
    n = parse_with_parenthesized();
  }
  if (n === 0) {
    n = 1;
    parse_with_item(false);
    while (accept(Tok.DelComma)) {
      parse_with_item(false);
      n = (n + 1) >>> 0;
    }
  }
  make_list(n);
  parse_block("'with' statement", kw_line);
  node(is_async ? Ast.AsyncWith : Ast.With, 0, line, col);
}

/** with_item: expression [as star_target]. preparsed: the expression's atom is on the stack. */
function parse_with_item(preparsed: bool): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  if (preparsed) parse_expression_after_atom();
  else parse_expression();
  if (accept(Tok.KwAs)) {
    parse_binary(0);
    set_target(peek(0), AstCtx.Store, false);
  } else {
    push(0);
  }
  node(Ast.withitem, 0, line, col);
}

/**
 * with ( … ): parenthesized with_items followed by ':' (pushed; returns how many), or else
 * an expression that starts with a parenthesized group, as in `with (a, b) as c:`: the
 * group becomes the first item's atom, and the items after it are parsed too.
 */
function parse_with_parenthesized(): u32 {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  const base: u32 = stack_len();
  let n: u32 = 0;
  let any_as: bool = false;
  let trailing: bool = false;
  while (tk() !== Tok.DelParenClose) {
    const il: u32 = lex_line();
    const ic: u32 = lex_col();
    parse_named();
    if (accept(Tok.KwAs)) {
      parse_binary(0);
      set_target(peek(0), AstCtx.Store, false);
      any_as = true;
    } else {
      push(0);
    }
    node(Ast.withitem, 0, il, ic);
    n = (n + 1) >>> 0;
    trailing = false;
    if (!accept(Tok.DelComma)) break;
    trailing = true;
  }
  expect(Tok.DelParenClose);
  if (tk() === Tok.DelColon && n > 0) return n;
  if (any_as) syntax_error();
  // The group is an expression: its items' context expressions, one or a Tuple.
  for (let i: u32 = 0; i < n; i++) vs_set((base + i) >>> 0, ast_slot(vs_get((base + i) >>> 0), 0));
  if (n !== 1 || trailing) {
    make_list(n);
    node(Ast.Tuple, AstCtx.Load, line, col);
  }
  parse_with_item(true);
  let count: u32 = 1;
  while (accept(Tok.DelComma)) {
    parse_with_item(false);
    count = (count + 1) >>> 0;
  }
  return count;
}

// ---- definitions ----

/** Decorators, then the def or class they decorate. */
function parse_decorated(): void {
  let n: u32 = 0;
  while (tk() === Tok.OpAt) {
    advance();
    parse_named();
    if (tk() !== Tok.Newline) syntax_error();
    advance();
    n = (n + 1) >>> 0;
  }
  make_list(n);
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  if (tk() === Tok.KwDef) {
    parse_def(line, col, false);
  } else if (tk() === Tok.KwClass) {
    parse_class();
  } else if (tk() === Tok.KwAsync) {
    advance();
    if (tk() !== Tok.KwDef) syntax_error();
    parse_def(line, col, true);
  } else {
    syntax_error();
  }
}

/** def: the decorator list (or 0) is on the stack. */
function parse_def(line: u32, col: u32, is_async: bool): void {
  const kw_line: u32 = lex_line();
  advance();
  push(expect_name());
  expect(Tok.DelParenOpen);
  parse_parameters(Tok.DelParenClose, true);
  expect(Tok.DelParenClose);
  let returns: bool = false;
  if (accept(Tok.DelMinusMore)) {
    parse_expression();
    returns = true;
  }
  if (returns) {
    // The block comes before returns in the slots: parse it, then swap.
    parse_block("function definition", kw_line);
    const body: u32 = pop();
    const ret: u32 = pop();
    push(body);
    push(ret);
  } else {
    parse_block("function definition", kw_line);
    push(0);
  }
  // Stack: decorators name args body returns; slots: name args body decorators returns.
  const n: ref = node(is_async ? Ast.AsyncFunctionDef : Ast.FunctionDef, 0, line, col);
  const decorators: u32 = ast_slot(n, 0);
  ast_set_slot(n, 0, ast_slot(n, 1));
  ast_set_slot(n, 1, ast_slot(n, 2));
  ast_set_slot(n, 2, ast_slot(n, 3));
  ast_set_slot(n, 3, decorators);
}

/** class: the decorator list (or 0) is on the stack. */
function parse_class(): void {
  const line: u32 = lex_line();
  const col: u32 = lex_col();
  advance();
  push(expect_name());
  if (accept(Tok.DelParenOpen)) {
    parse_call_arguments(Tok.DelParenClose);
    expect(Tok.DelParenClose);
  } else {
    push(0);
    push(0);
  }
  parse_block("class definition", line);
  // Stack: decorators name bases keywords body; slots: name bases keywords body decorators.
  const n: ref = node(Ast.ClassDef, 0, line, col);
  const decorators: u32 = ast_slot(n, 0);
  ast_set_slot(n, 0, ast_slot(n, 1));
  ast_set_slot(n, 1, ast_slot(n, 2));
  ast_set_slot(n, 2, ast_slot(n, 3));
  ast_set_slot(n, 3, ast_slot(n, 4));
  ast_set_slot(n, 4, decorators);
}
