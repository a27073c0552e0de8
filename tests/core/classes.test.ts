// Classes, instances, special methods and the builtins, as Python programs: each program
// under tests/core/classes/ must print what python3 prints, in Node and natively.

import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { NODE_RUNNER } from "../harness/differential.js";
import { buildHostCore } from "../../scripts/commands/core.js";
import { firstDifference } from "../harness/differential.js";

const DIR = path.join(import.meta.dirname, "classes");
const PROGRAMS = fs.readdirSync(DIR).filter((f) => f.endsWith(".py")).sort();
const CORE_MAIN = path.join(REPO_ROOT, "core", "main.ts");

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { cwd: DIR, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
}

describe("classes and builtins", () => {
  it("has programs", () => {
    expect(PROGRAMS.length).toBeGreaterThan(1);
  });
  for (const file of PROGRAMS) {
    it(`${file}: Node prints what python3 prints`, () => {
      const expected = run("python3", [file]);
      const got = run(process.execPath, ["--import", "tsx", NODE_RUNNER, CORE_MAIN, file]);
      expect(firstDifference(got, expected)).toBeUndefined();
    }, 120_000);
  }
  it("natively prints what python3 prints", async () => {
    // PYXIS_HOST_OUT chooses where the host executable is built.
    const build = await buildHostCore();
    for (const file of PROGRAMS) {
      const expected = run("python3", [file]);
      const got = run(build.exe, [file]);
      expect(firstDifference(got, expected), file).toBeUndefined();
    }
  }, 600_000);
});
