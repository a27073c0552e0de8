import { SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";
import { isModuleLevelInitializer } from "../module-scope.js";

export const noNew: Rule = {
  id: "no-new",
  description: "`new`, except module-level typed arrays",
  check: (sf, index) => index.ofKind(SyntaxKind.NewExpression)
    // throw new Error(…) is reported once, as a throw.
    .filter((n) => !isModuleLevelInitializer(n) && n.getParent()?.getKind() !== SyntaxKind.ThrowStatement)
    .map((n) => problemAt(n, "no-new", "'new' only makes module-level typed arrays (const buf = new Uint8Array(64)): allocate objects in the arena")),
};
