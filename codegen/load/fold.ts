// Constant folding with JavaScript's own arithmetic, so a folded constant is exactly
// the value the Node build computes. Module initializers, enum values, array lengths
// and case labels must fold; C gets the folded literal.

import { Node, SyntaxKind, type Expression } from "ts-morph";
import type { ProgramModel } from "./model.js";
import { numericLiteralValue } from "../lower/literals.js";

export type ConstValue = number | bigint | boolean | string;

/** `enumMembers`: while folding an enum's own initializers, the members defined so far. */
export function foldConstant(e: Expression, model: ProgramModel, enumMembers?: Map<string, number>): ConstValue | undefined {
  const fold = (x: Expression): ConstValue | undefined => foldConstant(x, model, enumMembers);
  if (Node.isParenthesizedExpression(e)) return fold(e.getExpression());
  if (Node.isNumericLiteral(e)) return numericLiteralValue(e.getText());
  if (Node.isBigIntLiteral(e)) return BigInt(e.getText().replace(/n$/, "").replace(/_/g, ""));
  if (Node.isStringLiteral(e)) return e.getLiteralValue();
  if (e.getKind() === SyntaxKind.TrueKeyword) return true;
  if (e.getKind() === SyntaxKind.FalseKeyword) return false;
  if (Node.isIdentifier(e)) {
    if (e.getText() === "Infinity") return Infinity;
    if (e.getText() === "NaN") return NaN;
    const d = model.resolve(e);
    if (d?.kind === "const") return d.value;
    const decl = e.getSymbol()?.getDeclarations()[0];
    if (enumMembers !== undefined && decl !== undefined && Node.isEnumMember(decl)) return enumMembers.get(decl.getName());
    return undefined;
  }
  if (Node.isPropertyAccessExpression(e)) {
    const target = e.getExpression();
    const name = e.getName();
    if (Node.isIdentifier(target)) {
      const d = model.resolve(target);
      if (d?.kind === "enum") return d.members.get(name);
      const decl = target.getSymbol()?.getDeclarations()[0];
      if (enumMembers !== undefined && decl !== undefined && Node.isEnumDeclaration(decl)) return enumMembers.get(name);
      if (d?.kind === "layout") {
        if (name === "SIZE") return d.size;
        if (name === "ALIGN") return d.align;
      }
    }
    if (Node.isPropertyAccessExpression(target) && name === "offset" && Node.isIdentifier(target.getExpression())) {
      const d = model.resolve(target.getExpression() as never);
      if (d?.kind === "layout") return d.fields.find((f) => f.name === target.getName())?.offset;
    }
    return undefined;
  }
  if (Node.isPrefixUnaryExpression(e)) {
    const v = fold(e.getOperand());
    if (v === undefined) return undefined;
    switch (e.getOperatorToken()) {
      case SyntaxKind.MinusToken: return typeof v === "number" || typeof v === "bigint" ? -v : undefined;
      case SyntaxKind.TildeToken: return typeof v === "number" ? ~v : typeof v === "bigint" ? ~v : undefined;
      case SyntaxKind.ExclamationToken: return typeof v === "boolean" ? !v : undefined;
      default: return undefined;
    }
  }
  if (Node.isBinaryExpression(e)) {
    const a = fold(e.getLeft());
    const b = fold(e.getRight());
    if (a === undefined || b === undefined) return undefined;
    const op = e.getOperatorToken().getKind();
    if (typeof a === "number" && typeof b === "number") return foldNumber(op, a, b);
    if (typeof a === "bigint" && typeof b === "bigint") return foldBigint(op, a, b);
    if (typeof a === "boolean" && typeof b === "boolean") {
      if (op === SyntaxKind.AmpersandAmpersandToken) return a && b;
      if (op === SyntaxKind.BarBarToken) return a || b;
      if (op === SyntaxKind.EqualsEqualsEqualsToken) return a === b;
      if (op === SyntaxKind.ExclamationEqualsEqualsToken) return a !== b;
    }
    return undefined;
  }
  if (Node.isCallExpression(e)) {
    const callee = e.getExpression().getText();
    const args = e.getArguments().map((a) => fold(a as Expression));
    if (args.some((a) => typeof a !== "number")) return undefined;
    const n = args as number[];
    switch (callee) {
      case "Math.fround": return n.length === 1 ? Math.fround(n[0]!) : undefined;
      case "Math.imul": return n.length === 2 ? Math.imul(n[0]!, n[1]!) : undefined;
      default: return undefined;
    }
  }
  return undefined;
}

function foldNumber(op: SyntaxKind, a: number, b: number): ConstValue | undefined {
  switch (op) {
    case SyntaxKind.PlusToken: return a + b;
    case SyntaxKind.MinusToken: return a - b;
    case SyntaxKind.AsteriskToken: return a * b;
    case SyntaxKind.SlashToken: return a / b;
    case SyntaxKind.PercentToken: return a % b;
    case SyntaxKind.AmpersandToken: return a & b;
    case SyntaxKind.BarToken: return a | b;
    case SyntaxKind.CaretToken: return a ^ b;
    case SyntaxKind.LessThanLessThanToken: return a << b;
    case SyntaxKind.GreaterThanGreaterThanToken: return a >> b;
    case SyntaxKind.GreaterThanGreaterThanGreaterThanToken: return a >>> b;
    case SyntaxKind.LessThanToken: return a < b;
    case SyntaxKind.LessThanEqualsToken: return a <= b;
    case SyntaxKind.GreaterThanToken: return a > b;
    case SyntaxKind.GreaterThanEqualsToken: return a >= b;
    case SyntaxKind.EqualsEqualsEqualsToken: return a === b;
    case SyntaxKind.ExclamationEqualsEqualsToken: return a !== b;
    default: return undefined;
  }
}

function foldBigint(op: SyntaxKind, a: bigint, b: bigint): ConstValue | undefined {
  switch (op) {
    case SyntaxKind.PlusToken: return a + b;
    case SyntaxKind.MinusToken: return a - b;
    case SyntaxKind.AsteriskToken: return a * b;
    case SyntaxKind.AmpersandToken: return a & b;
    case SyntaxKind.BarToken: return a | b;
    case SyntaxKind.CaretToken: return a ^ b;
    case SyntaxKind.LessThanLessThanToken: return a << b;
    case SyntaxKind.GreaterThanGreaterThanToken: return a >> b;
    default: return undefined;
  }
}
