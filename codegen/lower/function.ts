// Functions and statements → C IR. Control flow maps one to one; the two places
// that need care are try/catch (setjmp: locals assigned inside the try body become
// volatile, and every jump out of a try body pops its jump buffer first) and
// increments (i++ is accepted only where it provably cannot overflow).

import { Node, SyntaxKind, type Statement, type Expression, type Block, type FunctionDeclaration } from "ts-morph";
import type { Problem } from "../problems.js";
import type { ProgramModel, FunctionInfo } from "../load/model.js";
import { foldConstant } from "../load/fold.js";
import { resolveTypeNode } from "../types/annotation.js";
import { cTypeOf, INT_RANGES, intRangeOf, fits, type ValueType, type IntRange } from "../types/scalar.js";
import { bounded, type IntType } from "../types/expr.js";
import { ExprLowerer, type LocalInfo, type Lowered } from "./expr.js";
import { narrowingsOf, type Narrowing, type NarrowContext } from "./narrow.js";
import { lit, name, call, binary, type CExpr, type CStmt } from "./ir.js";

export interface CFunction {
  name: string;
  isStatic: boolean;
  result: ValueType;
  params: { name: string; ctype: string; isVolatile: boolean }[];
  body: CStmt[];
}

interface Breakable {
  isLoop: boolean;
  tryDepth: number;
}

const C_RESERVED = new Set([
  "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
  "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
  "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
  "_Bool", "_Complex", "_Imaginary", "bool", "true", "false", "NULL", "main",
  // Typedefs and macros of the headers every generated file includes.
  "int8_t", "uint8_t", "int16_t", "uint16_t", "int32_t", "uint32_t", "int64_t", "uint64_t", "size_t", "ptrdiff_t",
  "intptr_t", "uintptr_t", "NAN", "INFINITY", "HUGE_VAL", "EOF", "errno", "offsetof", "jmp_buf", "setjmp", "longjmp",
  "INT8_MIN", "INT16_MIN", "INT32_MIN", "INT64_MIN", "INT8_MAX", "INT16_MAX", "INT32_MAX", "INT64_MAX",
  "UINT8_MAX", "UINT16_MAX", "UINT32_MAX", "UINT64_MAX", "INT64_C", "UINT64_C", "this",
  // libm functions the generator calls for Math.*: a local of the same name would hide them.
  "floor", "ceil", "trunc", "sqrt", "fabs", "fmod",
]);

/** The only pyx_ names the core defines: the entry points ports call (the host's, a board's). */
const CORE_ENTRY_POINTS: ReadonlySet<string> = new Set(["pyx_main", "pyx_board_main"]);

export function isReservedInC(id: string): boolean {
  return C_RESERVED.has(id) || (id.startsWith("pyx_") && !CORE_ENTRY_POINTS.has(id)) || id.startsWith("__");
}

export class FunctionLowerer {
  private readonly locals = new Map<Node, LocalInfo>();
  private readonly expr: ExprLowerer;
  private tryDepth = 0;
  private readonly breakables: Breakable[] = [];
  private volatiles = new Set<Node>();
  /** Loop counters whose ++/-- the enclosing for-condition proves safe. */
  private readonly guardedUpdates = new Set<Node>();
  private temps = 0;
  /** Locals and parameters assigned somewhere after their declaration: never narrowed. */
  private assignedAnywhere = new Set<Node>();

  constructor(private readonly model: ProgramModel, private readonly problems: Problem[]) {
    this.expr = new ExprLowerer(model, problems, this.locals);
    this.expr.narrow = (cond, truth, f) => this.withNarrowing(this.narrowings(cond, truth), f);
  }

  private readonly narrowContext: NarrowContext = {
    narrowable: (id) => {
      const decl = Node.isIdentifier(id) ? this.model.localDeclaration(id) : undefined;
      const info = decl === undefined ? undefined : this.locals.get(decl);
      if (decl === undefined || info === undefined || this.assignedAnywhere.has(decl)) return undefined;
      return intRangeOf(info.type) === undefined ? undefined : decl;
    },
    rangeOf: (e) => this.quietType(e)?.range,
    current: (decl) => {
      const info = this.locals.get(decl);
      return info === undefined ? undefined : info.range ?? intRangeOf(info.type);
    },
  };

  private narrowings(cond: Expression, truth: boolean): Narrowing {
    return narrowingsOf(cond, truth, this.narrowContext);
  }

  /** Run f with the narrowed ranges in force, then put the previous ones back. */
  private withNarrowing<T>(n: Narrowing, f: () => T): T {
    const saved = this.applyNarrowing(n);
    try {
      return f();
    } finally {
      this.undoNarrowing(saved);
    }
  }

  private applyNarrowing(n: Narrowing): [LocalInfo, IntRange | undefined][] {
    const saved: [LocalInfo, IntRange | undefined][] = [];
    for (const [decl, r] of n) {
      const info = this.locals.get(decl);
      if (info === undefined) continue;
      saved.push([info, info.range]);
      info.range = r;
    }
    return saved;
  }

  private undoNarrowing(saved: [LocalInfo, IntRange | undefined][]): void {
    for (let i = saved.length - 1; i >= 0; i--) saved[i]![0].range = saved[i]![1];
  }

  lowerFunction(info: FunctionInfo): CFunction {
    const fn = info.node;
    this.volatiles = assignedInsideTry(fn, this.model);
    this.assignedAnywhere = new Set(identifiersAssigned(fn, this.model));
    const params = info.params.map((p) => {
      this.checkName(p.node, p.name);
      this.locals.set(p.node, { name: p.name, type: p.type });
      return { name: p.name, ctype: cTypeOf(p.type), isVolatile: this.volatiles.has(p.node) };
    });
    const body = this.block(fn.getBodyOrThrow() as Block);
    // Parameters the body never reads (table-shaped functions have them) are marked used.
    const referenced = referencedDeclarations(fn);
    const unused = info.params.filter((p) => !referenced.has(p.node));
    const prologue: CStmt[] = unused.map((p) => ({ k: "raw", text: `(void)${p.name};` }));
    const last = body[body.length - 1];
    if ((info.result.kind !== "void") && last?.k !== "return") body.push({ k: "raw", text: "__builtin_unreachable();" });
    return { name: info.name, isStatic: !info.exported, result: info.result, params, body: [...prologue, ...body] };
  }

  private checkName(node: Node, id: string): void {
    if (isReservedInC(id)) this.expr.report(node, "c-name", `'${id}' is reserved in C (or by Pyxis's runtime): rename it`);
  }

  private block(b: Block | Statement): CStmt[] {
    if (!Node.isBlock(b)) return this.statement(b);
    // After a guard that always leaves (if (x < 0) return …;), the rest of the block knows
    // the condition was false.
    const out: CStmt[] = [];
    const saved: [LocalInfo, IntRange | undefined][] = [];
    try {
      for (const s of b.getStatements()) {
        out.push(...this.statement(s));
        if (Node.isIfStatement(s) && s.getElseStatement() === undefined && endsControl(s.getThenStatement())) {
          saved.push(...this.applyNarrowing(this.narrowings(s.getExpression(), false)));
        }
      }
    } finally {
      this.undoNarrowing(saved);
    }
    return out;
  }

  private statement(s: Statement): CStmt[] {
    switch (s.getKind()) {
      case SyntaxKind.VariableStatement: return this.variables(s.asKindOrThrow(SyntaxKind.VariableStatement).getDeclarationList());
      case SyntaxKind.ExpressionStatement: return this.expressionStatement(s.asKindOrThrow(SyntaxKind.ExpressionStatement).getExpression());
      case SyntaxKind.IfStatement: {
        const i = s.asKindOrThrow(SyntaxKind.IfStatement);
        const cond = i.getExpression();
        const test = this.condition(cond);
        const otherwise = i.getElseStatement();
        const then = this.withNarrowing(this.narrowings(cond, true), () => this.block(i.getThenStatement()));
        const other = otherwise === undefined ? undefined : this.withNarrowing(this.narrowings(cond, false), () => this.block(otherwise));
        return [{ k: "if", test, then, else: other }];
      }
      case SyntaxKind.WhileStatement: {
        const w = s.asKindOrThrow(SyntaxKind.WhileStatement);
        const test = this.condition(w.getExpression());
        const body = this.withNarrowing(this.narrowings(w.getExpression(), true), () => this.loopBody(w.getStatement()));
        return [{ k: "while", test, body }];
      }
      case SyntaxKind.DoStatement: {
        const d = s.asKindOrThrow(SyntaxKind.DoStatement);
        const body = this.loopBody(d.getStatement());
        return [{ k: "dowhile", body, test: this.condition(d.getExpression()) }];
      }
      case SyntaxKind.ForStatement: return this.forStatement(s.asKindOrThrow(SyntaxKind.ForStatement));
      case SyntaxKind.SwitchStatement: return this.switchStatement(s.asKindOrThrow(SyntaxKind.SwitchStatement));
      case SyntaxKind.BreakStatement: case SyntaxKind.ContinueStatement: {
        const isBreak = s.getKind() === SyntaxKind.BreakStatement;
        if ((s as import("ts-morph").BreakStatement).getLabel() !== undefined) {
          this.expr.report(s, "label", "labelled jumps are not in the subset: use a flag, or return from a helper function");
          return [];
        }
        const target = isBreak ? this.breakables[this.breakables.length - 1] : [...this.breakables].reverse().find((b) => b.isLoop);
        const pops = target === undefined ? 0 : this.tryDepth - target.tryDepth;
        return [...this.pops(pops), { k: isBreak ? "break" : "continue" }];
      }
      case SyntaxKind.ReturnStatement: return this.returnStatement(s.asKindOrThrow(SyntaxKind.ReturnStatement));
      case SyntaxKind.Block: return [{ k: "block", body: this.block(s as Block) }];
      case SyntaxKind.TryStatement: return this.tryStatement(s.asKindOrThrow(SyntaxKind.TryStatement));
      case SyntaxKind.EmptyStatement: return [];
      case SyntaxKind.ThrowStatement:
        this.expr.report(s, "throw", "throw is not in the subset: raise(value) is the one non-local exit (core/subset/nlr.ts)");
        return [];
      case SyntaxKind.LabeledStatement:
        this.expr.report(s, "label", "labelled statements are not in the subset: use a flag, or return from a helper function");
        return [];
      case SyntaxKind.ForOfStatement: case SyntaxKind.ForInStatement:
        this.expr.report(s, "for-of", "for…of and for…in are not in the subset: loop with an index, for (let i = 0; i < n; i++)");
        return [];
      case SyntaxKind.FunctionDeclaration:
        this.expr.report(s, "closure", "nested functions are not in the subset (C has no closures): move the function to module level and pass what it needs as parameters");
        return [];
      default:
        this.expr.report(s, "statement", `'${s.getKindName()}' is not in the subset`);
        return [];
    }
  }

  private pops(n: number): CStmt[] {
    return Array.from({ length: n }, () => ({ k: "expr", expr: call("pyx_nlr_pop", []) }) as CStmt);
  }

  private condition(e: Expression): CExpr {
    const c = this.expr.lower(e);
    if (c.t.kind !== "bool" && c.t.kind !== "error") this.expr.report(e, "condition", "a condition is a bool: compare explicitly (x !== 0)");
    return c.ir;
  }

  private loopBody(s: Statement): CStmt[] {
    this.breakables.push({ isLoop: true, tryDepth: this.tryDepth });
    const body = this.block(s);
    this.breakables.pop();
    return body;
  }

  private variables(list: import("ts-morph").VariableDeclarationList): CStmt[] {
    const kind = list.getDeclarationKind();
    if (kind === "var") {
      this.expr.report(list, "var", "'var' is not in the subset: use let or const");
      return [];
    }
    const out: CStmt[] = [];
    for (const d of list.getDeclarations()) {
      const nameNode = d.getNameNode();
      if (!Node.isIdentifier(nameNode)) {
        this.expr.report(d, "destructuring", "destructuring is not in the subset: declare one variable at a time");
        continue;
      }
      const id = d.getName();
      this.checkName(d, id);
      const init = d.getInitializer();
      const tn = d.getTypeNode();
      let type: ValueType | string | undefined;
      let value: Lowered | undefined = init === undefined ? undefined : this.expr.lower(init);
      if (tn !== undefined) {
        type = resolveTypeNode(tn, this.model);
      } else if (value !== undefined) {
        type = inferType(value);
      } else {
        type = `'${id}' needs a type annotation or an initializer`;
      }
      if (typeof type === "string") {
        this.expr.report(tn ?? d, "annotation", type);
        continue;
      }
      const info: LocalInfo = { name: id, type };
      const declared = intRangeOf(type);
      if (kind === "const" && value !== undefined && value.t.kind === "int" && declared !== undefined &&
          value.t.range.lo >= declared.lo && value.t.range.hi <= declared.hi && !value.t.nan && !value.t.negZero) {
        info.range = value.t.range;
      }
      this.locals.set(d, info);
      let initIr: CExpr | undefined;
      if (value !== undefined) initIr = this.expr.convert(type, value, init!, `'${id}'`);
      else initIr = zeroOf(type);
      value = undefined;
      out.push({
        k: "decl", ctype: cTypeOf(type), name: id, init: initIr,
        isConst: kind === "const" && !this.volatiles.has(d), isVolatile: this.volatiles.has(d),
      });
    }
    return out;
  }

  private expressionStatement(e: Expression): CStmt[] {
    if (Node.isBinaryExpression(e)) {
      const op = e.getOperatorToken().getText();
      if (op === "=" || (op.endsWith("=") && !["==", "===", "!=", "!==", "<=", ">="].includes(op))) {
        return this.assignment(e, e.getLeft(), op === "=" ? undefined : op.slice(0, -1), e.getRight());
      }
    }
    if (Node.isPostfixUnaryExpression(e) || (Node.isPrefixUnaryExpression(e) && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(e.getOperatorToken()))) {
      return this.increment(e as import("ts-morph").PostfixUnaryExpression);
    }
    if (Node.isCallExpression(e)) {
      const c = this.expr.lower(e);
      if (c.t.kind === "error") return [];
      // caught(e); alone reads nothing: C would warn that the statement has no effect.
      return c.ir.k === "call" || c.ir.k === "binary" ? [{ k: "expr", expr: c.ir }] : [{ k: "expr", expr: { k: "cast", to: "void", expr: c.ir } }];
    }
    this.expr.report(e, "expression-statement", "this statement has no effect: a statement is a call, an assignment or an increment");
    return [];
  }

  private assignment(at: Node, left: Expression, op: string | undefined, right: Expression): CStmt[] {
    if (Node.isElementAccessExpression(left)) {
      const base = left.getExpression();
      const d = Node.isIdentifier(base) ? this.model.resolve(base) : undefined;
      if (d?.kind !== "array" || d.values !== undefined) {
        this.expr.report(left, "assign", "only typed module arrays (new Int32Array(N) …) have assignable elements");
        return [];
      }
      const place = this.expr.lower(left);
      if (d.element.kind !== "int" && d.element.kind !== "float") {
        this.expr.report(left, "assign", "only typed module arrays have assignable elements");
        return [];
      }
      if (op === undefined) {
        const v = this.expr.storeValue(d.element, right);
        return v === undefined ? [] : [{ k: "expr", expr: binary("=", place.ir, v) }];
      }
      const r = this.expr.applyBinary(at, op, place, this.expr.lower(right));
      if (r.t.kind === "error") return [];
      // Typed-array stores wrap integers and round floats, in JavaScript as in C.
      if (r.t.kind === "int" && !r.t.big) return [{ k: "expr", expr: binary("=", place.ir, r.ir) }];
      if (r.t.kind === "float" && d.element.kind === "float") {
        return [{ k: "expr", expr: binary("=", place.ir, d.element.name === "f32" ? { k: "cast", to: "float", expr: r.ir } : r.ir) }];
      }
      const v = this.expr.convert(d.element, r, at, "the element");
      return v === undefined ? [] : [{ k: "expr", expr: binary("=", place.ir, v) }];
    }
    if (!Node.isIdentifier(left)) {
      this.expr.report(left, "assign", Node.isPropertyAccessExpression(left)
        ? "object properties are not in the subset: layout fields are written with Layout.field.set(p, v)"
        : "only variables and typed-array elements can be assigned");
      return [];
    }
    const target = this.placeOf(left);
    if (target === undefined) return [];
    const rhs = op === undefined ? this.expr.lower(right) : this.expr.applyBinary(at, op, this.expr.lower(left), this.expr.lower(right));
    const what = op === undefined ? `'${left.getText()}'` : `'${left.getText()} ${op}= …' (write it as ${left.getText()} = (${left.getText()} ${op} …) with a normalization)`;
    const v = this.expr.convert(target.type, rhs, right, what);
    if (v === undefined) return [];
    return [{ k: "expr", expr: binary("=", name(target.name), v) }];
  }

  private placeOf(id: import("ts-morph").Identifier): LocalInfo | undefined {
    const local = this.model.localDeclaration(id);
    if (local !== undefined) {
      const info = this.locals.get(local);
      if (info !== undefined) return info;
    }
    const d = this.model.resolve(id);
    if (d?.kind === "state") return { name: d.name, type: d.type };
    this.expr.report(id, "assign", `'${id.getText()}' cannot be assigned`);
    return undefined;
  }

  private increment(e: import("ts-morph").PostfixUnaryExpression | import("ts-morph").PrefixUnaryExpression): CStmt[] {
    const operand = e.getOperand();
    const op = e.getOperatorToken() === SyntaxKind.PlusPlusToken ? "++" : "--";
    if (Node.isElementAccessExpression(operand)) {
      // A typed-array element wraps on store, in JavaScript as in C.
      const base = operand.getExpression();
      const d = Node.isIdentifier(base) ? this.model.resolve(base) : undefined;
      if (d?.kind !== "array" || d.values !== undefined) {
        this.expr.report(operand, "assign", "only typed module arrays have assignable elements");
        return [];
      }
      const place = this.expr.lower(operand);
      return [{ k: "expr", expr: binary(op === "++" ? "+=" : "-=", place.ir, lit("1")) }];
    }
    if (!Node.isIdentifier(operand)) {
      this.expr.report(operand, "assign", "only variables and typed-array elements can be incremented");
      return [];
    }
    const target = this.placeOf(operand);
    if (target === undefined) return [];
    const decl = this.model.localDeclaration(operand);
    if (target.type.kind === "int" || target.type.kind === "enum") {
      if (decl === undefined || !this.guardedUpdates.has(decl)) {
        const fix = target.type.kind === "int" && target.type.name === "u32" ? ">>> 0" : "| 0";
        this.expr.report(e, "increment", `${operand.getText()}${op} can overflow ${target.type.kind === "int" ? target.type.name : "its enum"}: write ${operand.getText()} = (${operand.getText()} ${op[0]} 1) ${fix}, or count in a for loop whose condition bounds it (i < n)`);
        return [];
      }
    } else if (target.type.kind !== "float") {
      this.expr.report(e, "increment", `${op} applies to numbers`);
      return [];
    }
    return [{ k: "raw", text: `${target.name}${op};` }];
  }

  private forStatement(f: import("ts-morph").ForStatement): CStmt[] {
    const init: CStmt[] = [];
    const initializer = f.getInitializer();
    if (initializer !== undefined) {
      if (Node.isVariableDeclarationList(initializer)) init.push(...this.variables(initializer));
      else init.push(...this.expressionStatement(initializer));
    }
    const condition = f.getCondition();
    const test = condition === undefined ? undefined : this.condition(condition);
    const incrementor = f.getIncrementor();
    const guarded = incrementor !== undefined && condition !== undefined ? this.guardedCounter(incrementor, condition, f.getStatement()) : undefined;
    if (guarded !== undefined) this.guardedUpdates.add(guarded.decl);
    // In the body the condition holds and the counter does not change: it has the narrowed range.
    const counter = guarded === undefined ? undefined : this.locals.get(guarded.decl);
    const saved = counter?.range;
    if (counter !== undefined && guarded !== undefined) counter.range = guarded.inBody;
    const body = this.loopBody(f.getStatement());
    if (counter !== undefined) counter.range = saved;
    const update: CExpr[] = [];
    if (incrementor !== undefined) {
      for (const s of this.expressionStatement(incrementor)) {
        if (s.k === "expr") update.push(s.expr);
        else if (s.k === "raw") update.push(lit(s.text.replace(/;$/, "")));
      }
    }
    if (guarded !== undefined) this.guardedUpdates.delete(guarded.decl);
    return [{ k: "for", init, test, update, body }];
  }

  /**
   * When `for (…; i < E; i++)` (or i > E with i--, <=/>= with room to spare) bounds the
   * counter so that the step cannot overflow, and the body never assigns i: i's declaration,
   * and the range i has inside the body (the condition holds there, and a counter declared
   * in the loop header starts from its initializer). Undefined otherwise.
   */
  private guardedCounter(update: Expression, condition: Expression, body: Statement): { decl: Node; inBody: IntRange } | undefined {
    let operand: Expression | undefined;
    let step = 0;
    if ((Node.isPostfixUnaryExpression(update) || Node.isPrefixUnaryExpression(update))) {
      const tok = update.getOperatorToken();
      if (tok === SyntaxKind.PlusPlusToken) step = 1;
      else if (tok === SyntaxKind.MinusMinusToken) step = -1;
      operand = update.getOperand();
    }
    if (operand === undefined || !Node.isIdentifier(operand)) return undefined;
    const decl = this.model.localDeclaration(operand);
    const info = decl === undefined ? undefined : this.locals.get(decl);
    const r = info === undefined ? undefined : intRangeOf(info.type);
    if (decl === undefined || r === undefined || assigns(body, decl, this.model)) return undefined;
    const conjuncts: Expression[] = [];
    const split = (e: Expression): void => {
      if (Node.isParenthesizedExpression(e)) return split(e.getExpression());
      if (Node.isBinaryExpression(e) && e.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken) {
        split(e.getLeft());
        split(e.getRight());
      } else conjuncts.push(e);
    };
    split(condition);
    // Where the counter starts, when the loop header declares it.
    const forStmt = body.getParent();
    let start: IntRange | undefined;
    if (forStmt !== undefined && Node.isForStatement(forStmt)) {
      const init = forStmt.getInitializer();
      if (init !== undefined && Node.isVariableDeclarationList(init) && init.getDeclarations().includes(decl as never)) {
        const v = (decl as import("ts-morph").VariableDeclaration).getInitializer();
        const t = v === undefined ? undefined : this.quietType(v);
        if (t !== undefined) start = t.range;
      }
    }
    for (const c of conjuncts) {
      if (!Node.isBinaryExpression(c)) continue;
      let op = c.getOperatorToken().getText();
      let bound = c.getRight();
      if (Node.isIdentifier(c.getRight()) && this.model.localDeclaration(c.getRight() as import("ts-morph").Identifier) === decl) {
        bound = c.getLeft();
        op = ({ "<": ">", ">": "<", "<=": ">=", ">=": "<=" } as Record<string, string>)[op] ?? op;
      } else if (!(Node.isIdentifier(c.getLeft()) && this.model.localDeclaration(c.getLeft() as import("ts-morph").Identifier) === decl)) {
        continue;
      }
      const b = this.quietType(bound);
      if (b === undefined) continue;
      if (step > 0 && ((op === "<" && b.range.hi <= r.hi) || (op === "<=" && b.range.hi < r.hi))) {
        const hi = op === "<" ? b.range.hi - 1n : b.range.hi;
        const lo = start !== undefined && start.lo > r.lo ? start.lo : r.lo;
        return { decl, inBody: { lo, hi: hi < lo ? lo : hi } };
      }
      if (step < 0 && ((op === ">" && b.range.lo >= r.lo) || (op === ">=" && b.range.lo > r.lo))) {
        const lo = op === ">" ? b.range.lo + 1n : b.range.lo;
        const hi = start !== undefined && start.hi < r.hi ? start.hi : r.hi;
        return { decl, inBody: { lo, hi: hi < lo ? lo : hi } };
      }
    }
    return undefined;
  }

  /** The integer type of an expression, without reporting (the condition reports its own problems). */
  private quietType(e: Expression): IntType | undefined {
    const saved = this.problems.length;
    const t = this.expr.lower(e).t;
    this.problems.length = saved;
    // A NaN-able value compares false both ways: it bounds nothing.
    return t.kind === "int" && bounded(t) && !t.nan ? t : undefined;
  }

  private switchStatement(s: import("ts-morph").SwitchStatement): CStmt[] {
    const subject = this.expr.lower(s.getExpression());
    if (subject.t.kind !== "int" && subject.t.kind !== "error") {
      this.expr.report(s.getExpression(), "switch", "switch takes an integer or an enum");
    } else if (subject.t.kind === "int" && subject.t.big) {
      this.expr.report(s.getExpression(), "switch", "switch takes a number, not a bigint: compare with if/else");
    } else if (subject.t.kind === "int" && (!bounded(subject.t) || subject.t.nan)) {
      this.expr.report(s.getExpression(), "switch", "normalize the switch value with | 0 or >>> 0");
    }
    this.breakables.push({ isLoop: false, tryDepth: this.tryDepth });
    const clauses = s.getCaseBlock().getClauses();
    const cases = clauses.map((clause, i) => {
      const labels: string[] = [];
      if (Node.isCaseClause(clause)) {
        const e = clause.getExpression();
        const v = foldConstant(e, this.model);
        if (typeof v !== "number" || !Number.isInteger(v)) {
          this.expr.report(e, "switch", "a case label is a constant integer or enum member");
        } else if (subject.t.kind === "int" && !subject.t.big && !fits({ lo: BigInt(v), hi: BigInt(v) }, subject.t.c)) {
          this.expr.report(e, "switch", `case ${v} can never match a ${subject.t.c} value (C would convert it and match another value)`);
        } else {
          labels.push(Node.isPropertyAccessExpression(e) && this.expr.lower(e).ir.k === "name" ? (this.expr.lower(e).ir as { name: string }).name : v === -2147483648 ? "(-2147483647 - 1)" : v > 2147483647 ? `${v}u` : String(v));
        }
      } else {
        labels.push("default");
      }
      const stmts = clause.getStatements();
      const body = stmts.flatMap((st) => this.statement(st));
      const lastStmt = stmts[stmts.length - 1];
      const ends = lastStmt !== undefined && endsControl(lastStmt);
      return { labels, body, fallsThrough: stmts.length > 0 && !ends && i < clauses.length - 1 };
    });
    this.breakables.pop();
    return [{ k: "switch", test: subject.ir, cases }];
  }

  private returnStatement(r: import("ts-morph").ReturnStatement): CStmt[] {
    const fn = r.getFirstAncestorByKindOrThrow(SyntaxKind.FunctionDeclaration);
    const info = this.model.infoOfDeclaration(fn);
    if (info?.kind !== "function") return [];
    const e = r.getExpression();
    if (e === undefined) return [...this.pops(this.tryDepth), { k: "return" }];
    const v = this.expr.convert(info.result, this.expr.lower(e), e, "the result");
    if (v === undefined) return [];
    if (this.tryDepth === 0) return [{ k: "return", value: v }];
    // Evaluate first (it may raise), then leave the try bodies.
    const tmp = `pyx_ret_${this.temps++}`;
    return [{
      k: "block",
      body: [
        { k: "decl", ctype: cTypeOf(info.result), name: tmp, init: v, isConst: true, isVolatile: false },
        ...this.pops(this.tryDepth),
        { k: "return", value: name(tmp) },
      ],
    }];
  }

  private tryStatement(t: import("ts-morph").TryStatement): CStmt[] {
    if (t.getFinallyBlock() !== undefined) {
      this.expr.report(t.getFinallyBlock()!, "finally", "finally is not in the subset: catch, clean up, and raise(value) again");
      return [];
    }
    const clause = t.getCatchClause();
    if (clause === undefined) return [];
    const binding = clause.getVariableDeclaration();
    const buf = `pyx_nlr_${this.temps++}`;
    this.tryDepth++;
    const body = this.block(t.getTryBlock());
    const tryStatements = t.getTryBlock().getStatements();
    const lastTry = tryStatements[tryStatements.length - 1];
    if (lastTry === undefined || !endsControl(lastTry)) body.push({ k: "expr", expr: call("pyx_nlr_pop", []) });
    this.tryDepth--;
    if (binding === undefined || !usesCaught(clause.getBlock(), binding)) {
      this.expr.report(clause, "try-catch", "a catch block reads the raised value with caught(e) (JavaScript errors that are not raise() must not be swallowed)");
      return [];
    }
    this.expr.catchBuffers.set(binding, buf);
    const handler = this.block(clause.getBlock());
    this.expr.catchBuffers.delete(binding);
    return [{ k: "try", buf, body, handler }];
  }
}

function usesCaught(block: Block, binding: Node): boolean {
  return block.getDescendantsOfKind(SyntaxKind.CallExpression).some((c) =>
    c.getExpression().getText() === "caught" && c.getArguments().length === 1 &&
    c.getArguments()[0]!.getSymbol()?.getDeclarations()[0] === binding);
}

function inferType(v: Lowered): ValueType | string {
  const t = v.t;
  switch (t.kind) {
    case "int":
      if (t.big) return INT_RANGES.i64.lo <= t.range.lo && t.range.hi <= INT_RANGES.i64.hi ? { kind: "int", name: "i64" } : { kind: "int", name: "u64" };
      if (t.range.lo >= INT_RANGES.i32.lo && t.range.hi <= INT_RANGES.i32.hi) return { kind: "int", name: "i32" };
      if (t.range.lo >= 0n && t.range.hi <= INT_RANGES.u32.hi) return { kind: "int", name: "u32" };
      return "annotate this variable's type: its value can leave both i32 and u32 (normalize with | 0 or >>> 0)";
    case "float": return { kind: "float", name: t.name };
    case "bool": return { kind: "bool" };
    case "string": return { kind: "string" };
    case "fn": return t.type.alias === "" ? "a function stored in a variable needs a function type alias annotation" : t.type;
    case "error": return "annotate this variable's type";
    default: return `a variable cannot hold ${t.kind}`;
  }
}

function zeroOf(t: ValueType): CExpr | undefined {
  switch (t.kind) {
    case "int": case "enum": return lit("0");
    case "float": return lit(t.name === "f32" ? "0.0f" : "0.0");
    case "bool": return lit("false");
    case "string": return lit("PYX_STR(\"\")");
    case "fn": return lit("NULL");
    default: return undefined;
  }
}

function endsControl(s: Statement): boolean {
  if (Node.isReturnStatement(s) || Node.isBreakStatement(s) || Node.isContinueStatement(s) || Node.isThrowStatement(s)) return true;
  if (Node.isBlock(s)) {
    const st = s.getStatements();
    return st.length > 0 && endsControl(st[st.length - 1]!);
  }
  if (Node.isExpressionStatement(s)) {
    const e = s.getExpression();
    return Node.isCallExpression(e) && e.getExpression().getText() === "raise";
  }
  return false;
}

function identifiersAssigned(root: Node, model: ProgramModel): Node[] {
  const out: Node[] = [];
  root.forEachDescendant((n) => {
    let target: Node | undefined;
    if (Node.isBinaryExpression(n)) {
      const op = n.getOperatorToken().getText();
      if (op === "=" || (op.endsWith("=") && !["==", "===", "!=", "!==", "<=", ">="].includes(op))) target = n.getLeft();
    } else if (Node.isPostfixUnaryExpression(n) || (Node.isPrefixUnaryExpression(n) && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(n.getOperatorToken()))) {
      target = n.getOperand();
    }
    if (target !== undefined && Node.isIdentifier(target)) {
      const d = model.localDeclaration(target);
      if (d !== undefined) out.push(d);
    }
  });
  return out;
}

function assigns(body: Node, decl: Node, model: ProgramModel): boolean {
  return identifiersAssigned(body, model).includes(decl);
}

/**
 * Locals that must be volatile because of setjmp: every parameter or variable whose scope
 * encloses a try statement and that is reassigned anywhere in the function. C11 7.13.2.1
 * leaves such a local indeterminate after longjmp when it changed since setjmp; a loop
 * counter changes on the next iteration, so "changed inside the try body" is not enough
 * (and GCC's -Wclobbered agrees).
 */
function assignedInsideTry(fn: FunctionDeclaration, model: ProgramModel): Set<Node> {
  const out = new Set<Node>();
  const tries = fn.getDescendantsOfKind(SyntaxKind.TryStatement);
  if (tries.length === 0) return out;
  const assigned = new Set(identifiersAssigned(fn, model));
  for (const d of assigned) {
    const isParam = Node.isParameterDeclaration(d);
    const scope = isParam ? fn : scopeOf(d);
    const liveAcross = (t: Node): boolean =>
      t.getPos() >= scope.getPos() && t.getEnd() <= scope.getEnd() && (isParam || t.getPos() >= d.getEnd());
    if (tries.some(liveAcross)) out.add(d);
  }
  return out;
}

/** The block (or for statement) a let/const declaration is visible in. */
function scopeOf(d: Node): Node {
  let n: Node | undefined = d.getParent();
  while (n !== undefined && !Node.isBlock(n) && !Node.isForStatement(n) && !Node.isSourceFile(n)) n = n.getParent();
  return n ?? d;
}

/** The declarations the identifiers of a function body refer to (one walk). */
function referencedDeclarations(fn: FunctionDeclaration): Set<Node> {
  const out = new Set<Node>();
  const body = fn.getBody();
  if (body === undefined) return out;
  for (const id of body.getDescendantsOfKind(SyntaxKind.Identifier)) {
    const d = id.getSymbol()?.getDeclarations()[0];
    if (d !== undefined) out.add(d);
  }
  return out;
}
