// Every construct outside the subset is a generator error at the construct's own
// file:line:col, from the rule that owns it, saying what to write instead; and no C is
// written. One fixture per construct in tests/codegen/rejects/, whose first line is
//
//   // expect: <rule> [<file>:]<line>:<col> <fragment of the message>
//
// (<file>, relative to rejects/, only when the problem is reported in another module).
// Fixtures are valid TypeScript apart from the one violation, so the generator gets past
// TypeScript's own diagnostics to its subset checks; the `typescript` fixtures are the
// exception that shows TypeScript's errors come first.

import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { generate, formatProblem } from "../../codegen/index.js";

const dir = path.join(import.meta.dirname, "rejects");
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();

interface Expectation {
  rule: string;
  file: string;
  line: number;
  column: number;
  fragment: string;
}

function expectationOf(fixture: string): Expectation {
  const first = fs.readFileSync(path.join(dir, fixture), "utf8").split("\n")[0]!;
  const m = /^\/\/ expect: (\S+) (?:(\S+\.ts):)?(\d+):(\d+) (.+)$/.exec(first);
  if (m === null) throw new Error(`${fixture}: the first line must be '// expect: <rule> [<file>:]<line>:<col> <message fragment>'`);
  return { rule: m[1]!, file: path.join(dir, m[2] ?? fixture), line: Number(m[3]), column: Number(m[4]), fragment: m[5]! };
}

describe("constructs outside the subset", () => {
  it("have one fixture each", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  for (const fixture of fixtures) {
    it(`${fixture.replace(/\.ts$/, "")} is rejected where it is written, and no C is produced`, () => {
      const want = expectationOf(fixture);
      const result = generate({ entries: [path.join(dir, fixture)], root: dir });
      const reported = result.problems.map((p) => `${formatProblem(p, dir)}`).join("\n");
      if (want.rule !== "typescript") {
        expect(result.problems.filter((p) => p.rule === "typescript").map((p) => formatProblem(p, dir)), "the fixture must be valid TypeScript").toEqual([]);
      }
      const found = result.problems.find((p) =>
        p.rule === want.rule && p.file === want.file && p.line === want.line && p.column === want.column && p.message.includes(want.fragment));
      const wanted = `${path.relative(dir, want.file)}:${want.line}:${want.column}: error [${want.rule}]: …${want.fragment}…`;
      expect(found, `expected\n  ${wanted}\namong the problems reported:\n${reported || "  (none)"}`).toBeDefined();
      expect([...result.files.keys()]).toEqual([]);
      expect(result.sources).toEqual([]);
    });
  }
});
