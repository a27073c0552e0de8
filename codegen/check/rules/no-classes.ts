import { SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

export const noClasses: Rule = {
  id: "no-classes",
  description: "classes, interfaces and `this`: data is a layout in the arena, behaviour is functions",
  check: (sf, index) => [
    ...index.ofKind(SyntaxKind.ClassDeclaration),
    ...index.ofKind(SyntaxKind.ClassExpression),
    ...index.ofKind(SyntaxKind.InterfaceDeclaration),
    ...index.ofKind(SyntaxKind.ThisKeyword),
  ].map((n) => problemAt(n, "no-classes",
    "classes, interfaces and 'this' are not in the subset: declare a layout for the data and module functions that take its address")),
};
