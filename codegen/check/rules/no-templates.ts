import { SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

export const noTemplates: Rule = {
  id: "no-templates",
  description: "template literals and regular expressions",
  check: (sf, index) => [
    ...index.ofKind(SyntaxKind.TemplateExpression),
    ...index.ofKind(SyntaxKind.NoSubstitutionTemplateLiteral),
    ...index.ofKind(SyntaxKind.RegularExpressionLiteral),
  ].map((n) => problemAt(n, "no-templates",
    n.getKind() === SyntaxKind.RegularExpressionLiteral
      ? "regular expressions are not in the subset: scan the bytes with a loop"
      : "template literals are not in the subset: use a plain \"string\" literal and write the parts one after another")),
};
