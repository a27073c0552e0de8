// Test workers must keep answering vitest: a worker whose event loop is blocked for a
// minute (a long synchronous spawn, or a sleep on a lock) fails the whole run with
// "Timeout calling onTaskUpdate" even when every test passes. Child processes are run
// through scripts/run_child.ts, which waits without blocking; the few synchronous
// spawns left are short and named here with why.

import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../codegen/load/project.js";
import { runChild } from "../scripts/run_child.js";

/** Files that may block, each on something that lasts a second or so. */
const ALLOWED: Record<string, string> = {
  "tests/setup.test.ts": "setup.mjs after the installation: a check of dpkg's state",
  "tests/cli/py_literal.test.ts": "python3 -c on a few hundred bytes",
  "tests/boards/render.test.ts": "one small C file compiled and run",
  "tests/boards/shipped.test.ts": "one small C file compiled",
  "tests/ports/stm32_build.test.ts": "nm on one ELF",
  "tests/ports/hal_cases.ts": "one driver run with its output in a file",
  "tests/ports/harness.ts": "the C driver compiled once, and `script --version`",
};

const BLOCKING = /\b(spawnSync|execFileSync|execSync)\(|Atomics\.wait\(/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.includes("node_modules"))
    .map((f) => path.join(dir, f));
}

describe("the test workers' event loop", () => {
  it("keeps running while a child process runs", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    try {
      const r = await runChild(["sleep", "0.5"]);
      expect(r.status).toBe(0);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(5);
  });

  it("is not blocked by the tests or the build: no synchronous spawns outside the list", () => {
    const blocking = [...sources(path.join(REPO_ROOT, "tests")), ...sources(path.join(REPO_ROOT, "scripts", "build"))]
      .map((f) => path.relative(REPO_ROOT, f).split(path.sep).join("/"))
      .filter((rel) => rel !== "tests/event_loop.test.ts" && BLOCKING.test(fs.readFileSync(path.join(REPO_ROOT, rel), "utf8")));
    expect(blocking.filter((rel) => ALLOWED[rel] === undefined)).toEqual([]);
  });
});
