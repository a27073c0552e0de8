import { SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";
import { isModuleLevelInitializer } from "../module-scope.js";

export const arrayLiterals: Rule = {
  id: "array-literals",
  description: "array literals other than module-level constant tables",
  check: (sf, index) => [
    ...index.ofKind(SyntaxKind.ArrayLiteralExpression)
      .filter((n) => !isModuleLevelInitializer(n))
      .map((n) => problemAt(n, "array-literals", "array literals are only module-level constant tables (const T: readonly u8[] = [...]): keep other arrays in the arena")),
  ],
};
