// A problem the generator found in the TypeScript it was given. Every stage reports
// in this one shape, so the CLI and the tests print file:line:col uniformly.

import type { Node } from "ts-morph";
import * as path from "node:path";

export interface Problem {
  file: string;
  line: number;
  column: number;
  /** The rule that found it, e.g. "no-any". */
  rule: string;
  message: string;
}

export function problemAt(node: Node, rule: string, message: string): Problem {
  const sf = node.getSourceFile();
  const { line, column } = sf.getLineAndColumnAtPos(node.getStart());
  return { file: sf.getFilePath(), line, column, rule, message };
}

export function formatProblem(p: Problem, root = process.cwd()): string {
  return `${path.relative(root, p.file)}:${p.line}:${p.column}: error [${p.rule}]: ${p.message}`;
}

/** Thrown by a stage that cannot go on; carries everything found so far. */
export class GeneratorError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => formatProblem(p)).join("\n"));
  }
}
