// Classes, instances, special methods and the builtins, as Python programs: each program
// under tests/core/classes/ must print what python3 prints, in Node and natively.

import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { NODE_RUNNER } from "../harness/differential.js";
import { buildHostCore } from "../../scripts/commands/core.js";
import { firstDifference } from "../harness/differential.js";
import { runCommand } from "../harness/run.js";

const DIR = path.join(import.meta.dirname, "classes");
const PROGRAMS = fs.readdirSync(DIR).filter((f) => f.endsWith(".py")).sort();
const CORE_MAIN = path.join(REPO_ROOT, "core", "main.ts");

async function run(cmd: string, args: string[]): Promise<string> {
  const r = await runCommand([cmd, ...args], { cwd: DIR, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

describe("classes and builtins", () => {
  it("has programs", () => {
    expect(PROGRAMS.length).toBeGreaterThan(1);
  });
  for (const file of PROGRAMS) {
    it(`${file}: Node prints what python3 prints`, async () => {
      const expected = await run("python3", [file]);
      const got = await run(process.execPath, ["--import", "tsx", NODE_RUNNER, CORE_MAIN, file]);
      expect(firstDifference(got, expected)).toBeUndefined();
    }, 120_000);
  }
  it("natively prints what python3 prints", async () => {
    // PYXIS_HOST_OUT chooses where the host executable is built.
    const build = await buildHostCore();
    for (const file of PROGRAMS) {
      const expected = await run("python3", [file]);
      const got = await run(build.exe, [file]);
      expect(firstDifference(got, expected), file).toBeUndefined();
    }
  }, 600_000);
});
