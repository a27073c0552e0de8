import { SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

export const noClosures: Rule = {
  id: "no-closures",
  description: "arrow functions, function expressions and nested functions: C has no closures",
  check: (sf, index) => [
    ...index.ofKind(SyntaxKind.ArrowFunction),
    ...index.ofKind(SyntaxKind.FunctionExpression),
    ...index.ofKind(SyntaxKind.FunctionDeclaration).filter((f) => f.getParent() !== sf),
  ].map((n) => problemAt(n, "no-closures",
    "closures are not in the subset (C has no closures): declare a module-level function and pass what it needs as parameters")),
};
