import { SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

export const noAny: Rule = {
  id: "no-any",
  description: "`any` (and `unknown` outside a catch clause): every value has a sized type",
  check: (sf, index) => [
    ...index.ofKind(SyntaxKind.AnyKeyword).map((n) =>
      problemAt(n, "no-any", "'any' is not in the subset: give the value a sized type such as i32")),
    ...index.ofKind(SyntaxKind.UnknownKeyword).map((n) =>
      problemAt(n, "no-any", "'unknown' is not in the subset: give the value a sized type such as i32")),
  ],
};
