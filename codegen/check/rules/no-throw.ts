import { SyntaxKind } from "ts-morph";
import { problemAt } from "../../problems.js";
import type { Rule } from "../rule.js";

export const noThrow: Rule = {
  id: "throw",
  description: "`throw` and `finally`: raise(value) and try/catch with caught(e) are the one non-local exit",
  check: (sf, index) => [
    ...index.ofKind(SyntaxKind.ThrowStatement).map((t) =>
      problemAt(t, "throw", "throw is not in the subset: raise(value) is the one non-local exit (core/subset/nlr.ts)")),
    ...index.ofKind(SyntaxKind.TryStatement).filter((t) => t.getFinallyBlock() !== undefined).map((t) =>
      problemAt(t.getFinallyBlock()!, "finally", "finally is not in the subset: catch, clean up, and raise(value) again")),
  ],
};
