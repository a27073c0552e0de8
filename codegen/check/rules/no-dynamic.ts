import { SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

const KINDS: [SyntaxKind, string][] = [
  [SyntaxKind.TypeOfExpression, "typeof is not in the subset: types are known when generating C"],
  [SyntaxKind.DeleteExpression, "delete is not in the subset: there are no dynamic properties"],
  [SyntaxKind.VoidExpression, "the void operator is not in the subset"],
  [SyntaxKind.SpreadElement, "spread is not in the subset: pass arguments one by one"],
  [SyntaxKind.AwaitExpression, "await is not in the subset"],
  [SyntaxKind.YieldExpression, "yield is not in the subset"],
  [SyntaxKind.AsExpression, "type assertions ('as') are not in the subset: convert explicitly (| 0, >>> 0, Math.fround)"],
  [SyntaxKind.TypeAssertionExpression, "type assertions are not in the subset: convert explicitly (| 0, >>> 0, Math.fround)"],
  [SyntaxKind.SatisfiesExpression, "'satisfies' is not in the subset"],
  [SyntaxKind.QuestionDotToken, "optional chaining is not in the subset: test explicitly"],
  [SyntaxKind.ObjectBindingPattern, "destructuring is not in the subset: declare one variable at a time"],
  [SyntaxKind.ArrayBindingPattern, "destructuring is not in the subset: declare one variable at a time"],
];

export const noDynamic: Rule = {
  id: "no-dynamic",
  description: "typeof, delete, void, spread, await, yield, `as` assertions, optional chaining, destructuring, the comma operator, `this` parameters",
  check: (sf, index) => [
    ...KINDS.flatMap(([kind, message]) => index.ofKind(kind).map((n) => problemAt(n, "no-dynamic", message))),
    ...index.ofKind(SyntaxKind.BinaryExpression)
      .filter((b) => b.getOperatorToken().getKind() === SyntaxKind.CommaToken)
      .map((b) => problemAt(b.getOperatorToken(), "no-dynamic", "the comma operator is not in the subset: write one statement per step")),
    ...index.ofKind(SyntaxKind.Parameter)
      .filter((p) => p.getName() === "this")
      .map((p) => problemAt(p, "no-dynamic", "'this' parameters are not in the subset: pass the object as an ordinary parameter")),
  ],
};
