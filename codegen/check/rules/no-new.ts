import { Node, SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

/** `const buf = new Uint8Array(N)` at module level is a typed array; no other `new` is. */
function isModuleTypedArray(n: Node): boolean {
  const decl = n.getParent();
  return decl !== undefined && Node.isVariableDeclaration(decl) && decl.getInitializer() === n &&
    decl.getVariableStatement()?.getParent() === n.getSourceFile();
}

export const noNew: Rule = {
  id: "no-new",
  description: "`new`, except module-level typed arrays",
  check: (sf, index) => index.ofKind(SyntaxKind.NewExpression)
    // throw new Error(…) is reported once, as a throw.
    .filter((n) => !isModuleTypedArray(n) && n.getParent()?.getKind() !== SyntaxKind.ThrowStatement)
    .map((n) => problemAt(n, "no-new", "'new' only makes module-level typed arrays (const buf = new Uint8Array(64)): allocate objects in the arena")),
};
