import { Node, SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

/** `const T: readonly u8[] = [...]` at module level is a constant table; no other array literal is. */
function isModuleTable(n: Node): boolean {
  const decl = n.getParent();
  return decl !== undefined && Node.isVariableDeclaration(decl) && decl.getInitializer() === n &&
    decl.getVariableStatement()?.getParent() === n.getSourceFile();
}

export const arrayLiterals: Rule = {
  id: "array-literals",
  description: "array literals other than module-level constant tables",
  check: (sf, index) => [
    ...index.ofKind(SyntaxKind.ArrayLiteralExpression)
      .filter((n) => !isModuleTable(n))
      .map((n) => problemAt(n, "array-literals", "array literals are only module-level constant tables (const T: readonly u8[] = [...]): keep other arrays in the arena")),
  ],
};
