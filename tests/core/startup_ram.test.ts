// Start-up RAM: the builtins module and the built-in modules' functions live in const
// tables; what start-up takes is measured against a budget (core/modules/README.md).
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { nodeCommand } from "../harness/differential.js";
import { runCommand, type RunResult } from "../harness/run.js";

const MAIN = path.join(REPO_ROOT, "core", "main.ts");

function run(args: string[]): Promise<RunResult> {
  return runCommand(nodeCommand(MAIN, args), { encoding: "utf8", timeoutMs: 60_000 });
}

describe("start-up RAM", () => {
  // Most of what start-up takes is the static qstrs' table, index and text, copied into
  // the heap (521 names; core/modules/README.md, "Not yet"): the budget grows with them.
  it("start-up takes at most 14 KiB of the heap", async () => {
    const r = await run(["-X", "heapsize=32768", "-c", "import gc; gc.collect(); print(gc.mem_alloc())"]);
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeLessThanOrEqual(14 * 1024);
  }, 60_000);

  it("importing builtins, sys, gc and micropython costs no more than 1.5 KiB", async () => {
    const code = "import gc; gc.collect(); a = gc.mem_alloc()\n" +
      "import builtins, sys, micropython\ngc.collect(); print(gc.mem_alloc() - a)";
    const r = await run(["-X", "heapsize=32768", "-c", code]);
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeLessThanOrEqual(1536);
  }, 60_000);
});
