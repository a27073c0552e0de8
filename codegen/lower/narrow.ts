// Narrowing by conditions: inside `if (x >= 48) { … }` a value x that never changes is known
// to be at least 48, so `x - 48` needs no normalization there; after a guard that leaves
// (`if (x < 0) return …;`) the rest of the block knows x >= 0. Only parameters and
// locals that are never assigned after their declaration are narrowed: their value is the
// one the condition tested, wherever the narrowed region reaches.

import { Node, SyntaxKind, type Expression } from "ts-morph";
import type { IntRange } from "../types/scalar.js";

/** Each narrowed declaration and the range the condition proves for it. */
export type Narrowing = Map<Node, IntRange>;

export interface NarrowContext {
  /** The declaration an identifier names, if it is a narrowable local or parameter. */
  narrowable(id: Node): Node | undefined;
  /** The exact range of an integer expression, without reporting problems; undefined if none. */
  rangeOf(e: Expression): IntRange | undefined;
  /** The range a declaration has now (its type, or an earlier narrowing). */
  current(decl: Node): IntRange | undefined;
}

const FLIP: Record<string, string> = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "===": "!==", "!==": "===" };
const MIRROR: Record<string, string> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "===": "===", "!==": "!==" };

function intersect(a: IntRange, b: IntRange): IntRange | undefined {
  const lo = a.lo > b.lo ? a.lo : b.lo;
  const hi = a.hi < b.hi ? a.hi : b.hi;
  return lo <= hi ? { lo, hi } : undefined;
}

function unwrap(e: Expression): Expression {
  return Node.isParenthesizedExpression(e) ? unwrap(e.getExpression()) : e;
}

/** What `x op bound` (for `truth`, or its negation) proves about x. */
function compareNarrowing(op: string, x: IntRange, bound: IntRange): IntRange | undefined {
  switch (op) {
    case "<": return intersect(x, { lo: x.lo, hi: bound.hi - 1n });
    case "<=": return intersect(x, { lo: x.lo, hi: bound.hi });
    case ">": return intersect(x, { lo: bound.lo + 1n, hi: x.hi });
    case ">=": return intersect(x, { lo: bound.lo, hi: x.hi });
    case "===": return intersect(x, bound);
    default: return undefined; // !== proves nothing about an interval (but a point).
  }
}

function merge(into: Narrowing, from: Narrowing): void {
  for (const [decl, r] of from) {
    const prev = into.get(decl);
    const both = prev === undefined ? r : intersect(prev, r);
    if (both !== undefined) into.set(decl, both);
  }
}

/** The narrowings `cond` proves when it is `truth`. */
export function narrowingsOf(cond: Expression, truth: boolean, ctx: NarrowContext): Narrowing {
  const e = unwrap(cond);
  const out: Narrowing = new Map();
  if (Node.isPrefixUnaryExpression(e) && e.getOperatorToken() === SyntaxKind.ExclamationToken) {
    return narrowingsOf(e.getOperand(), !truth, ctx);
  }
  if (!Node.isBinaryExpression(e)) return out;
  const op = e.getOperatorToken().getText();
  // a && b is true: both are; a || b is false: both are false.
  if ((op === "&&" && truth) || (op === "||" && !truth)) {
    merge(out, narrowingsOf(e.getLeft(), truth, ctx));
    merge(out, narrowingsOf(e.getRight(), truth, ctx));
    return out;
  }
  if (!(op in FLIP)) return out;
  const effective = truth ? op : FLIP[op]!;
  for (const [side, other, o] of [[e.getLeft(), e.getRight(), effective], [e.getRight(), e.getLeft(), MIRROR[effective]!]] as const) {
    const s = unwrap(side);
    const decl = Node.isIdentifier(s) ? ctx.narrowable(s) : undefined;
    if (decl === undefined) continue;
    const x = ctx.current(decl);
    const bound = ctx.rangeOf(other);
    if (x === undefined || bound === undefined) continue;
    const r = compareNarrowing(o, x, bound);
    if (r !== undefined) out.set(decl, r);
  }
  return out;
}
