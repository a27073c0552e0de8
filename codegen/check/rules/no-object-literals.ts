import { Node, SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

/** The fields argument of layout("Name", { ... }) is the one object literal the subset reads. */
function isLayoutFields(n: Node): boolean {
  const call = n.getParent();
  return call !== undefined && Node.isCallExpression(call) && call.getExpression().getText() === "layout" && call.getArguments()[1] === n;
}

export const noObjectLiterals: Rule = {
  id: "no-object-literals",
  description: "object literals (except the fields of a layout declaration): objects live in the arena",
  check: (sf, index) => index.ofKind(SyntaxKind.ObjectLiteralExpression)
    .filter((n) => !isLayoutFields(n))
    .map((n) => problemAt(n, "no-object-literals",
      "object literals are not in the subset: declare a layout (core/subset/layout.ts) and keep the object in the arena")),
};
