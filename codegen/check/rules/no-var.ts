import { SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

export const noVar: Rule = {
  id: "no-var",
  description: "`var` (function-scoped in JavaScript, block-scoped in C)",
  check: (sf, index) => index.ofKind(SyntaxKind.VariableDeclarationList)
    .filter((v) => v.getDeclarationKind() === "var")
    .map((v) => problemAt(v, "no-var", "'var' is not in the subset: use let or const")),
};
