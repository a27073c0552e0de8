// Expressions: type each one (integers by value interval) and lower it to the C IR,
// deciding every cast and helper call. A construct the subset cannot lower exactly
// is reported here with what to write instead; it never reaches C.

import { Node, SyntaxKind, type Expression, type Identifier, type CallExpression } from "ts-morph";
import { problemAt, type Problem } from "../problems.js";
import type { ProgramModel, LayoutInfo, LayoutField } from "../load/model.js";
import { foldConstant } from "../load/fold.js";
import { INT_RANGES, EXACT_LIMIT, fits, cTypeOf, C_INT, describe, type IntName, type FloatName, type IntRange, type ValueType } from "../types/scalar.js";
import {
  ERROR, BOOL, F64, F32, intOf, named, bounded, exact, typeOfValue, promoted,
  type ExprType, type IntType,
} from "../types/expr.js";
import { lit, name, call, cast, binary, type CExpr } from "./ir.js";
import { cInt, cFloat, cString, isAscii, numericLiteralValue } from "./literals.js";

export interface Lowered {
  ir: CExpr;
  t: ExprType;
}

export interface LocalInfo {
  name: string;
  type: ValueType;
  /** A const integer local keeps its initializer's interval: it can never change. */
  range?: IntRange;
}

const I32 = INT_RANGES.i32;
const U32 = INT_RANGES.u32;
const MATH_OK = "Math.imul, Math.clz32, Math.abs, Math.min, Math.max, Math.floor, Math.ceil, Math.trunc, Math.sqrt, Math.fround";

const LOADS: Record<string, ExprType> = {
  load_u8: named("u8"), load_i8: named("i8"), load_u16: named("u16"), load_i16: named("i16"),
  load_u32: named("u32"), load_i32: named("i32"), load_f32: F32, load_f64: F64,
};
const STORES: Record<string, { kind: "int"; name: IntName } | { kind: "float"; name: FloatName }> = {
  store_u8: { kind: "int", name: "u8" }, store_u16: { kind: "int", name: "u16" }, store_u32: { kind: "int", name: "u32" },
  store_f32: { kind: "float", name: "f32" }, store_f64: { kind: "float", name: "f64" },
};

function range(lo: bigint, hi: bigint): IntRange {
  return { lo, hi };
}

function minB(...v: bigint[]): bigint {
  return v.reduce((a, b) => (b < a ? b : a));
}
function maxB(...v: bigint[]): bigint {
  return v.reduce((a, b) => (b > a ? b : a));
}

/** The interval JavaScript's ToInt32 leaves of a number range. */
function toInt32Range(t: ExprType): IntRange {
  if (t.kind === "int" && fits(t.range, "i32")) return t.range;
  return I32;
}

/** 2^bits - 1 covering hi (for | and ^ of non-negative operands). */
function allOnes(hi: bigint): bigint {
  let m = 0n;
  while (m < hi) m = m * 2n + 1n;
  return m;
}

export class ExprLowerer {
  /** Catch-clause variables in scope → the jump buffer holding the raised value. */
  readonly catchBuffers = new Map<Node, string>();
  /** Lowers f with the narrowings `cond` (being `truth`) proves; set by the function lowerer. */
  narrow: (cond: Expression, truth: boolean, f: () => Lowered) => Lowered = (_c, _t, f) => f();

  constructor(
    readonly model: ProgramModel,
    readonly problems: Problem[],
    readonly locals: Map<Node, LocalInfo>,
  ) {}

  report(node: Node, rule: string, message: string): Lowered {
    this.problems.push(problemAt(node, rule, message));
    return { ir: lit("0"), t: ERROR };
  }

  lower(e: Expression): Lowered {
    switch (e.getKind()) {
      case SyntaxKind.NumericLiteral: return this.numeric(e.asKindOrThrow(SyntaxKind.NumericLiteral));
      case SyntaxKind.BigIntLiteral: {
        const v = BigInt(e.getText().replace(/n$/, "").replace(/_/g, ""));
        return { ir: lit(cInt(v, true)), t: intOf(range(v, v), true) };
      }
      case SyntaxKind.TrueKeyword: return { ir: lit("true"), t: BOOL };
      case SyntaxKind.FalseKeyword: return { ir: lit("false"), t: BOOL };
      case SyntaxKind.StringLiteral: {
        const s = e.asKindOrThrow(SyntaxKind.StringLiteral).getLiteralValue();
        if (!isAscii(s)) return this.report(e, "string-ascii", "string literals are ASCII (C sees bytes, JavaScript UTF-16 units): write non-ASCII text as bytes");
        return { ir: call("PYX_STR", [lit(cString(s))]), t: { kind: "string" } };
      }
      case SyntaxKind.ParenthesizedExpression: return this.lower(e.asKindOrThrow(SyntaxKind.ParenthesizedExpression).getExpression());
      case SyntaxKind.Identifier: return this.identifier(e as Identifier);
      case SyntaxKind.PropertyAccessExpression: return this.property(e.asKindOrThrow(SyntaxKind.PropertyAccessExpression));
      case SyntaxKind.ElementAccessExpression: return this.element(e.asKindOrThrow(SyntaxKind.ElementAccessExpression));
      case SyntaxKind.PrefixUnaryExpression: return this.prefix(e.asKindOrThrow(SyntaxKind.PrefixUnaryExpression));
      case SyntaxKind.BinaryExpression: return this.binaryExpr(e.asKindOrThrow(SyntaxKind.BinaryExpression));
      case SyntaxKind.ConditionalExpression: return this.conditional(e.asKindOrThrow(SyntaxKind.ConditionalExpression));
      case SyntaxKind.CallExpression: return this.callExpr(e as CallExpression);
      case SyntaxKind.PostfixUnaryExpression:
        return this.report(e, "increment", "++ and -- are statements in the subset, not values: increment on a line of its own");
      case SyntaxKind.NonNullExpression:
        return this.lower(e.asKindOrThrow(SyntaxKind.NonNullExpression).getExpression());
      default:
        return this.report(e, "expression", `'${e.getKindName()}' is not in the subset`);
    }
  }

  // ---- leaves ----

  private numeric(e: Node): Lowered {
    const text = e.getText();
    const v = numericLiteralValue(text);
    const isFloat = !/^0[xXoObB]/.test(text) && /[.eE]/.test(text);
    if (isFloat || !Number.isInteger(v)) return { ir: lit(cFloat(v)), t: F64 };
    if (v > 4294967295) return this.report(e, "int-literal", `${text} is beyond 32 bits: write it as a float (${text}.0) or a bigint (${text}n)`);
    const b = BigInt(v);
    // Masks and bit patterns stay in hex, as written.
    const spelled = /^0[xX]/.test(text) ? `0x${v.toString(16)}${v > 0x7fffffff ? "u" : ""}` : cInt(b, false);
    return { ir: lit(spelled), t: intOf(range(b, b), false) };
  }

  private identifier(id: Identifier): Lowered {
    const text = id.getText();
    if (text === "Infinity") return { ir: lit("INFINITY"), t: F64 };
    if (text === "NaN") return { ir: lit("NAN"), t: F64 };
    if (text === "undefined") return this.report(id, "undefined", "'undefined' is not a value in the subset: use 0 or a sentinel constant");
    const local = this.model.localDeclaration(id);
    if (local !== undefined) {
      const info = this.locals.get(local);
      if (info !== undefined) {
        const t = typeOfValue(info.type);
        if (info.range !== undefined && t.kind === "int") return { ir: name(info.name), t: { ...t, range: info.range } };
        return { ir: name(info.name), t };
      }
    }
    const d = this.model.resolve(id);
    switch (d?.kind) {
      case "const": {
        if (typeof d.value === "number" && d.type.kind === "int") {
          const b = BigInt(d.value);
          return { ir: name(d.name), t: intOf(range(b, b), false, promoted(d.type.name)) };
        }
        if (typeof d.value === "bigint") return { ir: name(d.name), t: intOf(range(d.value, d.value), true, d.type.kind === "int" ? d.type.name : "i64") };
        return { ir: name(d.name), t: typeOfValue(d.type) };
      }
      case "state": return { ir: name(d.name), t: typeOfValue(d.type) };
      case "function": case "hal":
        return { ir: name(d.name), t: { kind: "fn", type: { kind: "fn", alias: "", params: d.params.map((p) => p.type), result: d.result } } };
      case "array":
        return this.report(id, "array-value", `module array '${d.name}' can only be indexed (${d.name}[i]) or measured (${d.name}.length)`);
      case "enum": case "layout": case "alias":
        return this.report(id, "expression", `'${text}' is not a value`);
      case "intrinsic":
        return this.report(id, "intrinsic", `'${text}' from core/subset can only be called`);
      default:
        return this.report(id, "unknown-name", `'${text}' is not a name the subset knows (globals and library objects are not in the subset)`);
    }
  }

  private property(e: import("ts-morph").PropertyAccessExpression): Lowered {
    const folded = foldConstant(e, this.model);
    const target = e.getExpression();
    const prop = e.getName();
    if (Node.isIdentifier(target)) {
      const d = this.model.resolve(target);
      if (d?.kind === "enum") {
        const v = d.members.get(prop);
        if (v === undefined) return this.report(e, "enum", `${d.name} has no member ${prop}`);
        const b = BigInt(v);
        return { ir: name(`${d.name}_${prop}`), t: { ...intOf(range(b, b), false, "i32"), enumName: d.name } };
      }
      if (d?.kind === "layout" && typeof folded === "number") {
        const b = BigInt(folded);
        return { ir: lit(String(folded)), t: intOf(range(b, b), false) };
      }
      if (d?.kind === "array" && prop === "length") {
        const b = BigInt(d.length);
        return { ir: lit(String(d.length)), t: intOf(range(b, b), false) };
      }
    }
    if (typeof folded === "number" && Number.isInteger(folded)) {
      const b = BigInt(folded);
      return { ir: lit(String(folded)), t: intOf(range(b, b), false) };
    }
    if (Node.isIdentifier(target) && target.getText() === "Math" && this.model.resolve(target) === undefined && (prop === "PI" || prop === "E")) {
      return { ir: lit(cFloat(prop === "PI" ? Math.PI : Math.E)), t: F64 };
    }
    if (prop === "length") {
      const s = this.lower(target);
      if (s.t.kind === "string") return { ir: { k: "binary", op: ".", left: s.ir, right: name("len") }, t: named("u32") };
    }
    return this.report(e, "property", `property access '${e.getText()}' is not in the subset (enum members, layout fields through get/set, string.length and array.length are)`);
  }

  private element(e: import("ts-morph").ElementAccessExpression): Lowered {
    const base = e.getExpression();
    const d = Node.isIdentifier(base) ? this.model.resolve(base) : undefined;
    if (d?.kind !== "array") return this.report(e, "element-access", "only module arrays can be indexed: name[i]");
    const index = this.intValue(e.getArgumentExpressionOrThrow(), "an array index");
    if (index === undefined) return { ir: lit("0"), t: ERROR };
    return { ir: { k: "index", base: name(d.name), index }, t: typeOfValue(d.element) };
  }

  // ---- operators ----

  private prefix(e: import("ts-morph").PrefixUnaryExpression): Lowered {
    const op = e.getOperatorToken();
    if (op === SyntaxKind.PlusPlusToken || op === SyntaxKind.MinusMinusToken) {
      return this.report(e, "increment", "++ and -- are statements in the subset, not values: increment on a line of its own");
    }
    if (op === SyntaxKind.PlusToken) return this.report(e, "unary-plus", "unary + converts to number in JavaScript: it has no place in the subset");
    const operandNode = e.getOperand();
    if (op === SyntaxKind.MinusToken && (Node.isNumericLiteral(operandNode) || Node.isBigIntLiteral(operandNode))) {
      // A negative literal is one constant, written as such in C.
      const v = this.lower(operandNode);
      if (v.t.kind === "float") return { ir: lit(cFloat(-numericLiteralValue(operandNode.getText()))), t: F64 };
      if (v.t.kind === "int") {
        const n = -v.t.range.lo;
        return { ir: lit(cInt(n, v.t.big)), t: { ...intOf(range(n, n), v.t.big), negZero: n === 0n && !v.t.big } };
      }
      return v;
    }
    const a = this.lower(operandNode);
    if (a.t.kind === "error") return a;
    if (op === SyntaxKind.ExclamationToken) {
      if (a.t.kind !== "bool") return this.report(e, "condition", "! takes a bool: compare explicitly (x === 0)");
      return { ir: { k: "unary", op: "!", operand: a.ir }, t: BOOL };
    }
    if (op === SyntaxKind.MinusToken) {
      if (a.t.kind === "float") return { ir: { k: "unary", op: "-", operand: a.ir }, t: F64.kind === "float" && a.t.name === "f32" ? F32 : F64 };
      if (a.t.kind !== "int") return this.report(e, "operand", "unary - takes a number");
      if (a.t.nan) return this.report(e, "nan", "this value may be NaN in JavaScript: normalize it with | 0 first");
      if (!exact(a.t)) return this.report(e, "exact", "this value may be beyond 2^53 where JavaScript rounds");
      const r = range(-a.t.range.hi, -a.t.range.lo);
      const t: IntType = { ...intOf(r, a.t.big), negZero: !a.t.big && a.t.range.lo <= 0n && a.t.range.hi >= 0n };
      if (!bounded(t)) t.c = a.t.big ? "u64" : "u32";
      return { ir: { k: "unary", op: "-", operand: this.castInt(a, t.c) }, t };
    }
    // ~
    if (a.t.kind === "int" && a.t.big) {
      if (!bounded(a.t)) return this.report(e, "exact", "~ of a bigint beyond 64 bits: normalize with BigInt.asIntN(64, x) first");
      return { ir: { k: "unary", op: "~", operand: a.ir }, t: intOf(range(-a.t.range.hi - 1n, -a.t.range.lo - 1n), true, a.t.c) };
    }
    const operand = this.toInt32(a, e);
    if (operand === undefined) return { ir: lit("0"), t: ERROR };
    const r = toInt32Range(a.t);
    return { ir: { k: "unary", op: "~", operand }, t: intOf(range(-r.hi - 1n, -r.lo - 1n), false, "i32") };
  }

  /** An operand of a bitwise operator, as JavaScript's ToInt32 sees it, in int32_t. */
  private toInt32(a: Lowered, at: Node): CExpr | undefined {
    if (a.t.kind === "float") return call("pyx_f64_to_i32", [a.ir]);
    if (a.t.kind !== "int" || a.t.big) {
      this.report(at, "operand", "bitwise operators take numbers (bigints only with bigints)");
      return undefined;
    }
    if (!exact(a.t)) {
      this.report(at, "exact", "this value may be beyond 2^53 where JavaScript rounds: normalize earlier");
      return undefined;
    }
    return this.castInt(a, "i32");
  }

  /** a's C expression in C type c: a cast where the C types differ (a modular conversion). */
  castInt(a: Lowered, c: IntName): CExpr {
    if (a.t.kind !== "int") return a.ir;
    if (a.ir.k === "lit") {
      // Literals are written in the target's own spelling.
      if (a.t.range.lo === a.t.range.hi) {
        const v = a.t.range.lo;
        const big = c === "i64" || c === "u64";
        if (fits(a.t.range, c)) return !big && a.ir.text.startsWith("0x") ? a.ir : lit(cInt(v, big));
      }
    }
    if (a.t.c === c) return a.ir;
    // A value that fits the target is converted implicitly and exactly by C; say so anyway
    // where signedness changes, so the reader sees it.
    return cast(C_INT[c], a.ir);
  }

  private binaryExpr(e: import("ts-morph").BinaryExpression): Lowered {
    const opKind = e.getOperatorToken().getKind();
    const opText = e.getOperatorToken().getText();
    if (opKind === SyntaxKind.EqualsToken || opText.endsWith("=") && !["==", "===", "!=", "!==", "<=", ">="].includes(opText)) {
      return this.report(e, "assignment-expression", "assignment is a statement in the subset, not a value: assign on a line of its own");
    }
    switch (opKind) {
      case SyntaxKind.EqualsEqualsToken: case SyntaxKind.ExclamationEqualsToken:
        return this.report(e.getOperatorToken(), "loose-equality", `'${opText}' converts types in JavaScript: use '${opText}='`);
      case SyntaxKind.AmpersandAmpersandToken: case SyntaxKind.BarBarToken: {
        const a = this.lower(e.getLeft());
        const b = this.lower(e.getRight());
        if (a.t.kind === "error" || b.t.kind === "error") return { ir: lit("0"), t: ERROR };
        if (a.t.kind !== "bool" || b.t.kind !== "bool") return this.report(e, "condition", `${opText} takes bools (JavaScript would return an operand): compare explicitly`);
        return { ir: binary(opText, a.ir, b.ir), t: BOOL };
      }
      case SyntaxKind.QuestionQuestionToken: case SyntaxKind.InKeyword: case SyntaxKind.InstanceOfKeyword: case SyntaxKind.CommaToken:
        return this.report(e.getOperatorToken(), "operator", `'${opText}' is not in the subset`);
    }
    // (a / b) | 0 and (a / b) >>> 0: integer division without a trap.
    if ((opKind === SyntaxKind.BarToken || opKind === SyntaxKind.GreaterThanGreaterThanGreaterThanToken) && isZero(e.getRight())) {
      const inner = unparen(e.getLeft());
      if (Node.isBinaryExpression(inner) && inner.getOperatorToken().getKind() === SyntaxKind.SlashToken) {
        const div = this.intDivision(inner, opKind === SyntaxKind.BarToken ? "i32" : "u32");
        if (div !== undefined) return div;
      }
    }
    const a = this.lower(e.getLeft());
    const b = this.lower(e.getRight());
    return this.applyBinary(e, opText, a, b);
  }

  /** Shared by binary expressions and compound assignment (x op= y). */
  applyBinary(at: Node, op: string, a: Lowered, b: Lowered): Lowered {
    if (a.t.kind === "error" || b.t.kind === "error") return { ir: lit("0"), t: ERROR };
    switch (op) {
      case "+": case "-": case "*": return this.arith(at, op, a, b);
      case "/": return this.divide(at, a, b);
      case "%": return this.remainder(at, a, b);
      case "&": case "|": case "^": return this.bitwise(at, op, a, b);
      case "<<": case ">>": case ">>>": return this.shift(at, op, a, b);
      case "<": case "<=": case ">": case ">=": case "===": case "!==": return this.compare(at, op, a, b);
      case "**": return this.report(at, "operator", "** is not bit-identical between Node and C: multiply, or implement the power in the core");
      default: return this.report(at, "operator", `'${op}' is not in the subset`);
    }
  }

  private arith(at: Node, op: string, a: Lowered, b: Lowered): Lowered {
    if (a.t.kind === "string" || b.t.kind === "string") return this.report(at, "string-concat", "string concatenation is not in the subset: build strings in the arena");
    if (a.t.kind === "float" || b.t.kind === "float") {
      const x = this.toDouble(a, at);
      const y = this.toDouble(b, at);
      if (x === undefined || y === undefined) return { ir: lit("0"), t: ERROR };
      // f32 operands compute in double, as JavaScript does; Math.fround rounds back.
      const left = a.t.kind === "float" && a.t.name === "f32" && !(b.t.kind === "float" && b.t.name === "f64") ? cast("double", x) : x;
      return { ir: binary(op, left, y), t: F64 };
    }
    if (a.t.kind !== "int" || b.t.kind !== "int") return this.report(at, "operand", `'${op}' takes numbers`);
    if (a.t.big !== b.t.big) return this.report(at, "operand", `'${op}' mixes bigint and number: convert with BigInt(x) or Number(x)`);
    const big = a.t.big;
    for (const o of [a, b]) {
      if ((o.t as IntType).nan) return this.report(at, "nan", "an operand may be NaN in JavaScript (a % b with b possibly 0): normalize it with | 0 first");
      if (!exact(o.t as IntType)) return this.report(at, "exact", "an operand may be beyond 2^53 where JavaScript rounds: normalize it with | 0 or >>> 0 first");
    }
    const ra = a.t.range;
    const rb = b.t.range;
    let r: IntRange;
    let negZero = false;
    if (op === "+") {
      r = range(ra.lo + rb.lo, ra.hi + rb.hi);
      negZero = a.t.negZero && b.t.negZero;
    } else if (op === "-") {
      r = range(ra.lo - rb.hi, ra.hi - rb.lo);
      negZero = a.t.negZero && rb.lo <= 0n && rb.hi >= 0n;
    } else {
      const p = [ra.lo * rb.lo, ra.lo * rb.hi, ra.hi * rb.lo, ra.hi * rb.hi];
      r = range(minB(...p), maxB(...p));
      const aZero = ra.lo <= 0n && ra.hi >= 0n;
      const bZero = rb.lo <= 0n && rb.hi >= 0n;
      negZero = (aZero && rb.lo < 0n) || (bZero && ra.lo < 0n) || a.t.negZero || b.t.negZero;
      if (!big && (r.lo <= -EXACT_LIMIT || r.hi >= EXACT_LIMIT)) {
        return this.report(at, "int-multiply", "this product can exceed 2^53, where JavaScript rounds: use Math.imul(a, b) (or narrow the operands)");
      }
    }
    if (!big && (r.lo <= -EXACT_LIMIT || r.hi >= EXACT_LIMIT)) {
      return this.report(at, "exact", "this result can exceed 2^53, where JavaScript rounds: normalize the operands first");
    }
    const t: IntType = { ...intOf(r, big), negZero: !big && negZero };
    if (!bounded(t)) {
      // May wrap in C: compute modulo 2^N in the unsigned type (no signed overflow, not even
      // in constant folding), as JavaScript's later | 0, >>> 0 or masked store reduces it.
      t.c = big ? "u64" : "u32";
    }
    return { ir: binary(op, this.castInt(a, t.c), this.castInt(b, t.c)), t };
  }

  /** A number operand of float arithmetic, as a C double (or float) expression. */
  private toDouble(a: Lowered, at: Node): CExpr | undefined {
    if (a.t.kind === "float") return a.ir;
    if (a.t.kind === "int" && !a.t.big) {
      if (!bounded(a.t)) { this.report(at, "exact", "this integer may have wrapped in C: normalize it with | 0 or >>> 0 before using it as a float"); return undefined; }
      if (a.t.nan) { this.report(at, "nan", "this value may be NaN in JavaScript: normalize it with | 0 first"); return undefined; }
      if (a.t.negZero) { this.report(at, "negative-zero", "this integer may be -0 in JavaScript (0 in C), which differs once it is a float: normalize it with | 0 first"); return undefined; }
      return cast("double", a.ir);
    }
    this.report(at, "operand", a.t.kind === "int" ? "a bigint is not a float: convert with Number(x)" : "expected a number");
    return undefined;
  }

  private divide(at: Node, a: Lowered, b: Lowered): Lowered {
    if ((a.t.kind === "int" && a.t.big) || (b.t.kind === "int" && b.t.big)) {
      return this.report(at, "bigint-division", "bigint division is not in the subset (it throws on 0 in JavaScript)");
    }
    const x = this.toDouble(a, at);
    const y = this.toDouble(b, at);
    if (x === undefined || y === undefined) return { ir: lit("0"), t: ERROR };
    const left = a.t.kind === "float" && a.t.name === "f32" && !(b.t.kind === "float" && b.t.name === "f64") ? cast("double", x) : x;
    return { ir: binary("/", left, y), t: F64 };
  }

  /** (a / b) | 0 → pyx_div_i32, (a / b) >>> 0 → pyx_div_u32, when both are 32-bit integers. */
  private intDivision(div: import("ts-morph").BinaryExpression, to: "i32" | "u32"): Lowered | undefined {
    const a = this.lower(div.getLeft());
    const b = this.lower(div.getRight());
    if (a.t.kind !== "int" || b.t.kind !== "int" || a.t.big || b.t.big) return undefined;
    if (!bounded(a.t) || !bounded(b.t) || a.t.nan || b.t.nan) return undefined;
    if (to === "i32" && fits(a.t.range, "i32") && fits(b.t.range, "i32")) {
      return { ir: call("pyx_div_i32", [this.castInt(a, "i32"), this.castInt(b, "i32")]), t: named("i32") };
    }
    if (to === "u32" && fits(a.t.range, "u32") && fits(b.t.range, "u32")) {
      return { ir: call("pyx_div_u32", [this.castInt(a, "u32"), this.castInt(b, "u32")]), t: named("u32") };
    }
    return undefined;
  }

  private remainder(at: Node, a: Lowered, b: Lowered): Lowered {
    if (a.t.kind === "float" || b.t.kind === "float") {
      const x = this.toDouble(a, at);
      const y = this.toDouble(b, at);
      if (x === undefined || y === undefined) return { ir: lit("0"), t: ERROR };
      return { ir: call("fmod", [x, y]), t: F64 };
    }
    if (a.t.kind !== "int" || b.t.kind !== "int") return this.report(at, "operand", "% takes numbers");
    if (a.t.big || b.t.big) return this.report(at, "bigint-division", "bigint remainder is not in the subset (it throws on 0 in JavaScript)");
    for (const o of [a, b]) {
      const t = o.t as IntType;
      if (t.nan) return this.report(at, "nan", "an operand may be NaN in JavaScript: normalize it with | 0 first");
      if (!bounded(t)) return this.report(at, "exact", "an operand may have wrapped in C: normalize it with | 0 or >>> 0 first");
    }
    const ra = a.t.range;
    const rb = b.t.range;
    const unsigned = ra.lo >= 0n && rb.lo >= 0n;
    const c: IntName = unsigned && (!fits(ra, "i32") || !fits(rb, "i32")) ? "u32" : "i32";
    if (!fits(ra, c) || !fits(rb, c)) return this.report(at, "operand", "% mixes a u32 beyond 2^31 with a signed value: convert one side first");
    const m = maxB(rb.lo < 0n ? -rb.lo : rb.lo, rb.hi < 0n ? -rb.hi : rb.hi);
    const bound = m === 0n ? 0n : m - 1n;
    const r = range(ra.lo < 0n ? maxB(ra.lo, -bound) : 0n, ra.hi > 0n ? minB(ra.hi, bound) : 0n);
    const zeroDivisor = rb.lo <= 0n && rb.hi >= 0n;
    const minusOne = rb.lo <= -1n && rb.hi >= -1n;
    const t: IntType = { ...intOf(r, false, c), negZero: ra.lo < 0n, nan: zeroDivisor };
    const args = [this.castInt(a, c), this.castInt(b, c)];
    const ir = zeroDivisor || (minusOne && c === "i32") ? call(c === "u32" ? "pyx_rem_u32" : "pyx_rem_i32", args) : binary("%", args[0]!, args[1]!);
    return { ir, t };
  }

  private bitwise(at: Node, op: string, a: Lowered, b: Lowered): Lowered {
    if (a.t.kind === "int" && b.t.kind === "int" && a.t.big && b.t.big) return this.bigBitwise(at, op, a, b);
    if (a.t.kind === "bool" || b.t.kind === "bool") return this.report(at, "operand", `'${op}' on bools: use ${op === "&" ? "&&" : "||"} (or !== for ^)`);
    // x | 0: JavaScript's ToInt32, the subset's way to say "wrap to i32".
    if (op === "|" && b.ir.k === "lit" && b.t.kind === "int" && b.t.range.lo === 0n && b.t.range.hi === 0n) {
      if (a.t.kind === "float") return { ir: call("pyx_f64_to_i32", [a.ir]), t: named("i32") };
      if (a.t.kind === "int" && !a.t.big) {
        if (!exact(a.t)) return this.report(at, "exact", "this value may be beyond 2^53 where JavaScript rounds: normalize earlier");
        if (fits(a.t.range, "i32") && !a.t.nan && !a.t.negZero) return { ir: a.ir, t: { ...a.t, c: a.t.c } };
        return { ir: this.castInt(a, "i32"), t: intOf(toInt32Range(a.t), false, "i32") };
      }
    }
    const x = this.toInt32(a, at);
    const y = this.toInt32(b, at);
    if (x === undefined || y === undefined) return { ir: lit("0"), t: ERROR };
    const ra = toInt32Range(a.t);
    const rb = toInt32Range(b.t);
    let r: IntRange = I32;
    if (op === "&") {
      if (ra.lo >= 0n && rb.lo >= 0n) r = range(0n, minB(ra.hi, rb.hi));
      else if (ra.lo >= 0n) r = range(0n, ra.hi);
      else if (rb.lo >= 0n) r = range(0n, rb.hi);
    } else if (ra.lo >= 0n && rb.lo >= 0n) {
      r = range(0n, allOnes(maxB(ra.hi, rb.hi)));
    }
    return { ir: binary(op, x, y), t: intOf(r, false, "i32") };
  }

  private bigBitwise(at: Node, op: string, a: Lowered, b: Lowered): Lowered {
    const ta = a.t as IntType;
    const tb = b.t as IntType;
    // Masking a wide bigint keeps exactly the low bits C kept.
    const maskOf = (t: IntType): boolean => op === "&" && t.range.lo >= 0n && fits(t.range, "u64");
    if ((!bounded(ta) && !maskOf(tb)) || (!bounded(tb) && !maskOf(ta))) {
      return this.report(at, "exact", "a bigint beyond 64 bits: normalize with BigInt.asIntN(64, x) or BigInt.asUintN(64, x) first");
    }
    let r: IntRange;
    if (op === "&" && (ta.range.lo >= 0n || tb.range.lo >= 0n)) {
      const his = [ta, tb].filter((t) => t.range.lo >= 0n).map((t) => t.range.hi);
      r = range(0n, minB(...his));
    } else if (ta.range.lo >= 0n && tb.range.lo >= 0n) {
      r = range(0n, allOnes(maxB(ta.range.hi, tb.range.hi)));
    } else if (fits(ta.range, "i64") && fits(tb.range, "i64")) {
      r = INT_RANGES.i64;
    } else {
      return this.report(at, "operand", `'${op}' mixes i64 and u64 values: convert one with BigInt.asIntN/asUintN`);
    }
    const t = intOf(r, true);
    return { ir: binary(op, this.castInt(a, t.c), this.castInt(b, t.c)), t };
  }

  private shift(at: Node, op: string, a: Lowered, b: Lowered): Lowered {
    if (a.t.kind === "int" && a.t.big) {
      if (b.t.kind !== "int" || !b.t.big) return this.report(at, "operand", "a bigint shifts by a bigint count");
      if (b.t.range.lo < 0n || b.t.range.hi > 63n) return this.report(at, "shift-count", "mask the bigint shift count to 0..63: x << (n & 63n)");
      const n = b.t.range;
      if (op === ">>>") return this.report(at, "operator", ">>> does not apply to bigints");
      if (op === ">>") {
        if (!bounded(a.t)) return this.report(at, "exact", "normalize the bigint with BigInt.asIntN(64, x) before >>");
        const r = a.t.range;
        const lo = r.lo < 0n ? r.lo >> n.lo : r.lo >> n.hi;
        const hi = r.hi < 0n ? r.hi >> n.hi : r.hi >> n.lo;
        return { ir: binary(">>", a.ir, cast("uint32_t", b.ir)), t: intOf(range(lo, hi), true, a.t.c) };
      }
      if (!exact(a.t)) return { ir: lit("0"), t: ERROR };
      const r = a.t.range;
      const p = [r.lo << n.lo, r.lo << n.hi, r.hi << n.lo, r.hi << n.hi];
      const t = intOf(range(minB(...p), maxB(...p)), true);
      if (!bounded(t)) t.c = "u64";
      return { ir: cast(C_INT[t.c], binary("<<", cast("uint64_t", a.ir), cast("uint32_t", b.ir))), t };
    }
    if (b.t.kind !== "int" || b.t.big || !bounded(b.t) || b.t.range.lo < 0n || b.t.range.hi > 31n) {
      return this.report(at, "shift-count", `mask the shift count: x ${op} (n & 31) (C does not mask it, JavaScript does)`);
    }
    const n = b.t.range;
    const count = this.castInt(b, "i32");
    if (op === ">>>") {
      let r: IntRange = U32;
      if (a.t.kind === "int" && !a.t.big && (fits(a.t.range, "u32"))) r = a.t.range;
      const x = a.t.kind === "float" ? call("pyx_f64_to_u32", [a.ir]) : this.toUint32(a, at);
      if (x === undefined) return { ir: lit("0"), t: ERROR };
      if (n.lo === 0n && n.hi === 0n) return { ir: x, t: intOf(r, false, "u32") };
      return { ir: binary(">>", x, count), t: intOf(range(r.lo >> n.hi, r.hi >> n.lo), false, "u32") };
    }
    const x = this.toInt32(a, at);
    if (x === undefined) return { ir: lit("0"), t: ERROR };
    const r = toInt32Range(a.t);
    if (op === ">>") {
      const lo = r.lo < 0n ? r.lo >> n.lo : r.lo >> n.hi;
      const hi = r.hi < 0n ? r.hi >> n.hi : r.hi >> n.lo;
      return { ir: binary(">>", x, count), t: intOf(range(lo, hi), false, "i32") };
    }
    // <<: shift the bits as unsigned (a signed left shift of a negative value is undefined in C).
    if (r.lo >= 0n && (r.hi << n.hi) <= I32.hi) {
      return { ir: binary("<<", x, count), t: intOf(range(r.lo << n.lo, r.hi << n.hi), false, "i32") };
    }
    return { ir: cast("int32_t", binary("<<", cast("uint32_t", x), count)), t: named("i32") };
  }

  private toUint32(a: Lowered, at: Node): CExpr | undefined {
    if (a.t.kind !== "int" || a.t.big) { this.report(at, "operand", "bitwise operators take numbers"); return undefined; }
    if (!exact(a.t)) { this.report(at, "exact", "this value may be beyond 2^53 where JavaScript rounds: normalize earlier"); return undefined; }
    return this.castInt(a, "u32");
  }

  private compare(at: Node, op: string, a: Lowered, b: Lowered): Lowered {
    const cop = op === "===" ? "==" : op === "!==" ? "!=" : op;
    if (a.t.kind === "bool" && b.t.kind === "bool" && (cop === "==" || cop === "!=")) return { ir: binary(cop, a.ir, b.ir), t: BOOL };
    if (a.t.kind === "float" || b.t.kind === "float") {
      const x = this.toDoubleForCompare(a, at);
      const y = this.toDoubleForCompare(b, at);
      if (x === undefined || y === undefined) return { ir: lit("0"), t: ERROR };
      return { ir: binary(cop, x, y), t: BOOL };
    }
    if (a.t.kind !== "int" || b.t.kind !== "int") {
      return this.report(at, "compare", `'${op}' compares numbers, or bools for equality (strings and functions are not compared)`);
    }
    if (a.t.big !== b.t.big) return this.report(at, "operand", "comparing a bigint with a number: convert one side");
    for (const o of [a, b]) {
      const t = o.t as IntType;
      if (t.nan) return this.report(at, "nan", "an operand may be NaN in JavaScript: normalize it with | 0 first");
      if (!bounded(t)) return this.report(at, "exact", "an operand may have wrapped in C: normalize it with | 0 or >>> 0 before comparing");
    }
    const c = this.commonCompareType(a.t, b.t);
    if (c === undefined) return this.report(at, "compare", "comparing an i64 that may be negative with a u64 beyond 2^63: convert one side with BigInt.asIntN/asUintN first");
    return { ir: binary(cop, this.castInt(a, c), this.castInt(b, c)), t: BOOL };
  }

  /** The C type both sides of an integer comparison convert to without changing value. */
  private commonCompareType(a: IntType, b: IntType): IntName | undefined {
    const union = range(minB(a.range.lo, b.range.lo), maxB(a.range.hi, b.range.hi));
    if (a.big) return fits(union, "i64") ? "i64" : fits(union, "u64") ? "u64" : undefined;
    if (fits(union, "i32")) return a.c === "u32" && b.c === "u32" ? "u32" : "i32";
    if (fits(union, "u32")) return "u32";
    return "i64";
  }

  private toDoubleForCompare(a: Lowered, at: Node): CExpr | undefined {
    if (a.t.kind === "int" && !a.t.big && a.t.negZero) return cast("double", a.ir); // -0 === 0 holds for comparisons
    return this.toDouble(a, at);
  }

  private conditional(e: import("ts-morph").ConditionalExpression): Lowered {
    const test = this.lower(e.getCondition());
    const a = this.narrow(e.getCondition(), true, () => this.lower(e.getWhenTrue()));
    const b = this.narrow(e.getCondition(), false, () => this.lower(e.getWhenFalse()));
    if (test.t.kind === "error" || a.t.kind === "error" || b.t.kind === "error") return { ir: lit("0"), t: ERROR };
    if (test.t.kind !== "bool") return this.report(e.getCondition(), "condition", "a condition is a bool: compare explicitly (x !== 0)");
    const ir = (x: CExpr, y: CExpr): CExpr => ({ k: "cond", test: test.ir, then: x, else: y });
    if (a.t.kind === "int" && b.t.kind === "int" && a.t.big === b.t.big) {
      for (const o of [a, b]) if (!exact(o.t as IntType)) return this.report(e, "exact", "a branch may be beyond 2^53 where JavaScript rounds");
      const r = range(minB(a.t.range.lo, b.t.range.lo), maxB(a.t.range.hi, b.t.range.hi));
      const t: IntType = { ...intOf(r, a.t.big), negZero: a.t.negZero || b.t.negZero, nan: a.t.nan || b.t.nan };
      if (a.t.enumName !== undefined && a.t.enumName === b.t.enumName) t.enumName = a.t.enumName;
      // A wrapped branch makes the whole value wrapped: computed modulo 2^N, like any wide value.
      if (!bounded(t)) t.c = a.t.big ? "u64" : "u32";
      return { ir: ir(this.castInt(a, t.c), this.castInt(b, t.c)), t };
    }
    if (a.t.kind === "float" || b.t.kind === "float") {
      const x = this.toDouble(a, e);
      const y = this.toDouble(b, e);
      if (x === undefined || y === undefined) return { ir: lit("0"), t: ERROR };
      const both32 = a.t.kind === "float" && b.t.kind === "float" && a.t.name === "f32" && b.t.name === "f32";
      return { ir: ir(x, y), t: both32 ? F32 : F64 };
    }
    if (a.t.kind === b.t.kind && (a.t.kind === "bool" || a.t.kind === "string")) return { ir: ir(a.ir, b.ir), t: a.t };
    if (a.t.kind === "fn" && b.t.kind === "fn" && sameSignature(a.t.type, b.t.type)) {
      return { ir: ir(a.ir, b.ir), t: a.t.type.alias !== "" ? a.t : b.t };
    }
    return this.report(e, "operand", "the branches of ?: have different types");
  }

  // ---- values flowing into typed places ----

  /** An integer operand used as an address, count or index: any exact integer (may wrap, modulo 2^32). */
  intValue(e: Expression, what: string, allowWide = false): CExpr | undefined {
    const a = this.lower(e);
    if (a.t.kind === "error") return undefined;
    if (a.t.kind !== "int" || a.t.big) {
      this.report(e, "operand", `${what} is an integer`);
      return undefined;
    }
    if (a.t.nan) { this.report(e, "nan", `${what} may be NaN in JavaScript: normalize it with | 0`); return undefined; }
    if (!exact(a.t)) { this.report(e, "exact", `${what} may be beyond 2^53 where JavaScript rounds`); return undefined; }
    if (!allowWide && !bounded(a.t)) { this.report(e, "int-overflow", `${what} may leave its range: normalize with | 0 or >>> 0`); return undefined; }
    return a.ir;
  }

  /** The value `a` stored into a place of type `to` (variable, parameter, result, field). */
  convert(to: ValueType, a: Lowered, at: Node, what: string): CExpr | undefined {
    const t = a.t;
    if (t.kind === "error") return undefined;
    const fail = (msg: string): undefined => {
      this.report(at, "assign", `${what}: ${msg}`);
      return undefined;
    };
    switch (to.kind) {
      case "int": case "enum": {
        if (to.kind === "enum" && t.kind === "int" && t.enumName !== to.name) {
          return fail(`a ${to.name} holds one of its members (${to.name}.X), or a value already of type ${to.name}`);
        }
        const r = to.kind === "int" ? INT_RANGES[to.name] : to.range;
        const big = to.kind === "int" && (to.name === "i64" || to.name === "u64");
        if (t.kind === "float") return fail(`a float is not an integer: convert with x | 0 (ToInt32) or x >>> 0 (ToUint32)`);
        if (t.kind !== "int") return fail(`expected ${describe(to)}, got ${t.kind}`);
        if (t.big !== big) return fail(big ? "expected a bigint: convert with BigInt(x)" : "expected a number: convert with Number(x)");
        if (t.nan) return fail("the value may be NaN in JavaScript (a % b with b possibly 0): normalize with | 0");
        if (t.negZero) return fail("the value may be -0 in JavaScript (0 in C): normalize with | 0");
        if (t.range.lo < r.lo || t.range.hi > r.hi) {
          const name = describe(to);
          const hint = big ? `BigInt.as${name === "u64" ? "Uint" : "Int"}N(64, x)` : name === "u32" ? "(x) >>> 0" : name === "i32" ? "(x) | 0" : name === "u8" ? "(x) & 0xff" : name === "u16" ? "(x) & 0xffff" : name === "i8" ? "((x) << 24) >> 24" : name === "i16" ? "((x) << 16) >> 16" : "a value in range";
          return fail(`the value (range ${t.range.lo}..${t.range.hi}) can leave ${name}: normalize with ${hint}`);
        }
        return a.ir;
      }
      case "float": {
        if (t.kind === "float") {
          if (to.name === "f32" && t.name === "f64") return fail("an f64 is not an f32: round with Math.fround(x)");
          return a.ir;
        }
        if (t.kind === "int" && !t.big) {
          if (to.name === "f32" && !(t.range.lo >= -(2n ** 24n) && t.range.hi <= 2n ** 24n)) return fail("an integer beyond 2^24 is not exact in f32: round with Math.fround(x)");
          return this.toDouble(a, at);
        }
        return fail(`expected ${to.name}`);
      }
      case "bool":
        if (t.kind !== "bool") return fail("expected a bool: compare explicitly (x !== 0)");
        return a.ir;
      case "string":
        if (t.kind !== "string") return fail("expected a string");
        return a.ir;
      case "fn": {
        if (t.kind !== "fn") return fail(`expected a function of type ${to.alias}`);
        if (!sameSignature(to, t.type)) return fail(`the function's signature does not match ${to.alias}`);
        return a.ir;
      }
      default:
        return fail(`cannot store a value of type ${to.kind}`);
    }
  }

  /** A value stored to typed memory (store_*, typed-array element, layout field). */
  storeValue(to: { kind: "int"; name: IntName } | { kind: "float"; name: FloatName }, e: Expression): CExpr | undefined {
    const a = this.lower(e);
    if (a.t.kind === "error") return undefined;
    if (to.kind === "int") {
      // Typed stores keep the low bits, like C's conversion to a narrower unsigned type: a
      // wrapped value (exact in JavaScript) stores the same bits.
      if (a.t.kind !== "int" || a.t.big) { this.report(e, "store", "an integer store takes an integer (convert floats with x | 0)"); return undefined; }
      if (!exact(a.t)) { this.report(e, "exact", "the value may be beyond 2^53 where JavaScript rounds"); return undefined; }
      // Say the truncation in C too (and keep GCC's -Woverflow quiet about constants).
      return fits(a.t.range, to.name) ? a.ir : cast(C_INT[to.name], a.ir);
    }
    const v = a.t.kind === "float" ? a.ir : this.toDouble(a, e);
    if (v === undefined) return undefined;
    return to.name === "f32" && !(a.t.kind === "float" && a.t.name === "f32") ? cast("float", v) : v;
  }

  // ---- calls ----

  private callExpr(e: CallExpression): Lowered {
    const callee = e.getExpression();
    const args = e.getArguments() as Expression[];
    if (Node.isPropertyAccessExpression(callee)) {
      const obj = callee.getExpression();
      const method = callee.getName();
      if (Node.isIdentifier(obj) && obj.getText() === "Math" && this.model.resolve(obj) === undefined) return this.math(e, method, args);
      if (Node.isIdentifier(obj) && obj.getText() === "BigInt" && (method === "asIntN" || method === "asUintN")) return this.bigIntN(e, method, args);
      if (Node.isPropertyAccessExpression(obj) && Node.isIdentifier(obj.getExpression())) {
        const d = this.model.resolve(obj.getExpression() as Identifier);
        if (d?.kind === "layout") return this.fieldAccess(e, d, obj.getName(), method, args);
      }
      if (method === "charCodeAt") {
        const s = this.lower(obj);
        if (s.t.kind === "string" && args.length === 1) {
          const i = this.intValue(args[0]!, "a string index");
          if (i === undefined) return { ir: lit("0"), t: ERROR };
          return { ir: cast("uint8_t", { k: "index", base: { k: "binary", op: ".", left: s.ir, right: name("ptr") }, index: i }), t: intOf(range(0n, 127n), false, "i32") };
        }
      }
      return this.report(e, "library-call", `'${callee.getText()}(…)' is not in the subset (library calls are limited to ${MATH_OK}, BigInt, Number and the subset's intrinsics)`);
    }
    if (!Node.isIdentifier(callee)) {
      const f = this.lower(callee);
      if (f.t.kind === "error") return f;
      if (f.t.kind === "fn") return this.callWith(e, f.ir, f.t.type.params, f.t.type.result, args);
      return this.report(e, "call", "only named functions (or function-typed values) can be called");
    }
    const text = callee.getText();
    if ((text === "BigInt" || text === "Number") && this.model.resolve(callee) === undefined && this.model.localDeclaration(callee) === undefined) {
      return text === "BigInt" ? this.toBigInt(e, args) : this.toNumber(e, args);
    }
    const local = this.model.localDeclaration(callee);
    if (local !== undefined) {
      const info = this.locals.get(local);
      if (info?.type.kind === "fn") return this.callWith(e, name(info.name), info.type.params, info.type.result, args);
      return this.report(e, "call", `'${text}' is not a function`);
    }
    const d = this.model.resolve(callee);
    switch (d?.kind) {
      case "function": case "hal":
        return this.callWith(e, name(d.name), d.params.map((p) => p.type), d.result, args);
      case "intrinsic": return this.intrinsic(e, d.name, args);
      case "state": case "const":
        if (d.type.kind === "fn") return this.callWith(e, name(d.name), d.type.params, d.type.result, args);
        break;
    }
    return this.report(e, "unknown-call", `'${text}' is not a function the subset knows (declare HAL entries in core/hal.d.ts)`);
  }

  private callWith(e: CallExpression, callee: CExpr, params: ValueType[], result: ValueType, args: Expression[]): Lowered {
    if (args.length !== params.length) return this.report(e, "call-arity", `expected ${params.length} argument(s), got ${args.length}`);
    const out: CExpr[] = [];
    let ok = true;
    args.forEach((arg, i) => {
      const v = this.convert(params[i]!, this.lower(arg), arg, `argument ${i + 1}`);
      if (v === undefined) ok = false;
      else out.push(v);
    });
    if (!ok) return { ir: lit("0"), t: ERROR };
    return { ir: { k: "call", callee, args: out }, t: typeOfValue(result) };
  }

  private intrinsic(e: CallExpression, fn: string, args: Expression[]): Lowered {
    const arity = (n: number): boolean => {
      if (args.length === n) return true;
      this.report(e, "call-arity", `${fn} takes ${n} argument(s)`);
      return false;
    };
    const load = LOADS[fn];
    if (load !== undefined) {
      if (!arity(1)) return { ir: lit("0"), t: ERROR };
      const addr = this.intValue(args[0]!, "an address", true);
      if (addr === undefined) return { ir: lit("0"), t: ERROR };
      return { ir: call(`pyx_${fn}`, [addr]), t: load };
    }
    const store = STORES[fn];
    if (store !== undefined) {
      if (!arity(2)) return { ir: lit("0"), t: ERROR };
      const addr = this.intValue(args[0]!, "an address", true);
      const v = this.storeValue(store, args[1]!);
      if (addr === undefined || v === undefined) return { ir: lit("0"), t: ERROR };
      return { ir: call(`pyx_${fn}`, [addr, v]), t: { kind: "void" } };
    }
    switch (fn) {
      case "mem_copy": case "mem_fill": case "mem_compare": {
        if (!arity(3)) return { ir: lit("0"), t: ERROR };
        const vs = args.map((a) => this.intValue(a, "an address or length", true));
        if (vs.some((v) => v === undefined)) return { ir: lit("0"), t: ERROR };
        return { ir: call(`pyx_${fn}`, vs as CExpr[]), t: fn === "mem_compare" ? named("i32") : { kind: "void" } };
      }
      case "mem_size":
        if (!arity(0)) return { ir: lit("0"), t: ERROR };
        return { ir: name("pyx_mem_size"), t: named("u32") };
      case "raise": {
        if (!arity(1)) return { ir: lit("0"), t: ERROR };
        const v = this.convert({ kind: "int", name: "u32" }, this.lower(args[0]!), args[0]!, "the raised value");
        if (v === undefined) return { ir: lit("0"), t: ERROR };
        return { ir: call("pyx_raise", [v]), t: { kind: "never" } };
      }
      case "caught": {
        const arg = args[0];
        const decl = args.length === 1 && Node.isIdentifier(arg) ? arg.getSymbol()?.getDeclarations()[0] : undefined;
        const buf = decl === undefined ? undefined : this.catchBuffers.get(decl);
        if (buf === undefined) return this.report(e, "try-catch", "caught(e) takes the variable of the catch clause it is in");
        return { ir: name(`${buf}.value`), t: named("u32") };
      }
      case "mem_init": case "mem_bytes":
        return this.report(e, "node-only", `${fn} exists only in the Node build (the port owns the arena in C)`);
      default:
        return this.report(e, "intrinsic", `${fn} is used only in module-level layout declarations`);
    }
  }

  private fieldAccess(e: CallExpression, L: LayoutInfo, fieldName: string, method: string, args: Expression[]): Lowered {
    const f = L.fields.find((x) => x.name === fieldName);
    if (f === undefined) return this.report(e, "layout", `layout ${L.name} has no field '${fieldName}'`);
    const isArray = f.length !== undefined;
    const wantArgs = (method === "get" ? 1 : method === "set" ? 2 : 1) + (isArray && method !== "addr" ? 1 : 0);
    if (!["get", "set", "addr"].includes(method)) return this.report(e, "layout", `a layout field has get, set and addr`);
    if (args.length !== wantArgs) return this.report(e, "call-arity", `${L.name}.${fieldName}.${method} takes ${wantArgs} argument(s)`);
    const p = this.intValue(args[0]!, "an address", true);
    if (p === undefined) return { ir: lit("0"), t: ERROR };
    if (method === "addr") {
      return { ir: binary("+", p, lit(`offsetof(${L.name}, ${f.name})`)), t: intOf(range(0n, U32.hi + BigInt(f.offset)), false, "u32") };
    }
    let place: CExpr = { k: "arrow", base: call("PYX_AT", [name(L.name), p]), field: f.name };
    if (isArray) {
      const i = this.intValue(args[1]!, "an index");
      if (i === undefined) return { ir: lit("0"), t: ERROR };
      place = { k: "index", base: place, index: i };
    }
    if (method === "get") return { ir: place, t: fieldType(f) };
    const v = this.storeValue(f.type, args[isArray ? 2 : 1]!);
    if (v === undefined) return { ir: lit("0"), t: ERROR };
    const stored = f.type.kind === "float" ? call(`pyx_canon_${f.type.name}`, [v]) : v;
    return { ir: binary("=", place, stored), t: { kind: "void" } };
  }

  private math(e: CallExpression, fn: string, args: Expression[]): Lowered {
    const vals = args.map((a) => this.lower(a));
    if (vals.some((v) => v.t.kind === "error")) return { ir: lit("0"), t: ERROR };
    const one = (): Lowered | undefined => {
      if (vals.length === 1) return vals[0];
      this.report(e, "call-arity", `Math.${fn} takes 1 argument here`);
      return undefined;
    };
    switch (fn) {
      case "imul": {
        if (vals.length !== 2) return this.report(e, "call-arity", "Math.imul takes 2 arguments");
        const [x, y] = [this.toInt32(vals[0]!, e), this.toInt32(vals[1]!, e)];
        if (x === undefined || y === undefined) return { ir: lit("0"), t: ERROR };
        return { ir: call("pyx_imul", [x, y]), t: named("i32") };
      }
      case "clz32": {
        const a = one();
        if (a === undefined) return { ir: lit("0"), t: ERROR };
        const x = a.t.kind === "float" ? call("pyx_f64_to_u32", [a.ir]) : this.toUint32(a, e);
        if (x === undefined) return { ir: lit("0"), t: ERROR };
        return { ir: call("pyx_clz32", [x]), t: intOf(range(0n, 32n), false, "i32") };
      }
      case "abs": {
        const a = one();
        if (a === undefined) return { ir: lit("0"), t: ERROR };
        if (a.t.kind === "float") return { ir: call("fabs", [a.ir]), t: F64 };
        if (a.t.kind !== "int" || a.t.big || !bounded(a.t) || a.t.nan) return this.report(e, "operand", "Math.abs takes a normalized number");
        if (!fits(a.t.range, "i32")) return this.report(e, "operand", "Math.abs of a u32: it is already non-negative");
        const r = a.t.range;
        const hi = maxB(r.hi < 0n ? -r.hi : r.hi, r.lo < 0n ? -r.lo : r.lo);
        const lo = r.lo >= 0n ? r.lo : r.hi <= 0n ? -r.hi : 0n;
        return { ir: call("pyx_abs_i32", [this.castInt(a, "i32")]), t: { ...intOf(range(lo, hi), false, "u32"), negZero: a.t.negZero } };
      }
      case "min": case "max": {
        if (vals.length !== 2) return this.report(e, "call-arity", `Math.${fn} takes exactly 2 arguments in the subset`);
        const [a, b] = vals as [Lowered, Lowered];
        if (a.t.kind === "int" && b.t.kind === "int" && !a.t.big && !b.t.big) {
          for (const o of [a, b]) {
            const t = o.t as IntType;
            if (!bounded(t) || t.nan) return this.report(e, "exact", `Math.${fn} takes normalized integers`);
          }
          const ra = a.t.range;
          const rb = b.t.range;
          const r = fn === "min" ? range(minB(ra.lo, rb.lo), minB(ra.hi, rb.hi)) : range(maxB(ra.lo, rb.lo), maxB(ra.hi, rb.hi));
          const c: IntName = fits(range(minB(ra.lo, rb.lo), maxB(ra.hi, rb.hi)), "i32") ? "i32" : "u32";
          if (!fits(ra, c) || !fits(rb, c)) return this.report(e, "operand", `Math.${fn} mixes negative values with u32 values beyond 2^31`);
          return { ir: call(`pyx_${fn}_${c}`, [this.castInt(a, c), this.castInt(b, c)]), t: { ...intOf(r, false, c), negZero: a.t.negZero || b.t.negZero } };
        }
        const x = this.toDouble(a, e);
        const y = this.toDouble(b, e);
        if (x === undefined || y === undefined) return { ir: lit("0"), t: ERROR };
        return { ir: call(fn === "min" ? "pyx_fmin" : "pyx_fmax", [x, y]), t: F64 };
      }
      case "floor": case "ceil": case "trunc": case "sqrt": {
        const a = one();
        if (a === undefined) return { ir: lit("0"), t: ERROR };
        const x = this.toDouble(a, e);
        if (x === undefined) return { ir: lit("0"), t: ERROR };
        return { ir: call(fn, [x]), t: F64 };
      }
      case "fround": {
        const a = one();
        if (a === undefined) return { ir: lit("0"), t: ERROR };
        const x = this.toDouble(a, e);
        if (x === undefined) return { ir: lit("0"), t: ERROR };
        return { ir: cast("float", x), t: F32 };
      }
      default:
        return this.report(e, "library-call", `Math.${fn} is not in the subset (${fn === "round" || fn === "pow" || fn === "sin" || fn === "exp" || fn === "log" ? "its result is not bit-identical between Node and C: implement it in the core" : `use ${MATH_OK}`})`);
    }
  }

  private toBigInt(e: CallExpression, args: Expression[]): Lowered {
    if (args.length !== 1) return this.report(e, "call-arity", "BigInt takes 1 argument");
    const a = this.lower(args[0]!);
    if (a.t.kind === "error") return a;
    if (a.t.kind !== "int" || a.t.big || !bounded(a.t) || a.t.nan) return this.report(e, "operand", "BigInt(x) takes a normalized integer (BigInt of a float throws when it is not whole)");
    const t = intOf(a.t.range, true);
    return { ir: cast(C_INT[t.c], a.ir), t };
  }

  private toNumber(e: CallExpression, args: Expression[]): Lowered {
    if (args.length !== 1) return this.report(e, "call-arity", "Number takes 1 argument");
    const a = this.lower(args[0]!);
    if (a.t.kind === "error") return a;
    if (a.t.kind !== "int" || !a.t.big) return this.report(e, "operand", "Number(x) converts a bigint; a number needs no conversion");
    if (!bounded(a.t)) return this.report(e, "exact", "normalize the bigint with BigInt.asIntN(64, x) first");
    const r = a.t.range;
    if (fits(r, "i32") || fits(r, "u32")) {
      const t = intOf(r, false);
      return { ir: cast(C_INT[t.c], a.ir), t };
    }
    return { ir: cast("double", a.ir), t: F64 };
  }

  private bigIntN(e: CallExpression, method: string, args: Expression[]): Lowered {
    const bits = args[0] === undefined ? undefined : foldConstant(args[0], this.model);
    if (args.length !== 2 || (bits !== 8 && bits !== 16 && bits !== 32 && bits !== 64)) {
      return this.report(e, "call-arity", `BigInt.${method}(N, x) takes a constant N of 8, 16, 32 or 64`);
    }
    const a = this.lower(args[1]!);
    if (a.t.kind === "error") return a;
    if (a.t.kind !== "int" || !a.t.big) return this.report(e, "operand", `BigInt.${method} takes a bigint`);
    const signed = method === "asIntN";
    const n = `${signed ? "i" : "u"}${bits}` as IntName;
    const r = INT_RANGES[n];
    const inner = cast(C_INT[n], a.ir);
    const t = intOf(r, true);
    return { ir: bits === 64 ? inner : cast(C_INT[t.c], inner), t };
  }
}

function fieldType(f: LayoutField): ExprType {
  return f.type.kind === "int" ? named(f.type.name) : { kind: "float", name: f.type.name };
}

function sameSignature(a: Extract<ValueType, { kind: "fn" }>, b: Extract<ValueType, { kind: "fn" }>): boolean {
  if (a.params.length !== b.params.length) return false;
  if (cTypeOf(a.result) !== cTypeOf(b.result)) return false;
  return a.params.every((p, i) => cTypeOf(p) === cTypeOf(b.params[i]!));
}

function unparen(e: Expression): Expression {
  return Node.isParenthesizedExpression(e) ? unparen(e.getExpression()) : e;
}

function isZero(e: Expression): boolean {
  return Node.isNumericLiteral(e) && e.getText() === "0";
}
