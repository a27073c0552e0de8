// Start-up RAM: the builtins module and the built-in modules' functions live in const
// tables; what start-up takes is measured against a budget (core/modules/README.md).
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { nodeCommand } from "../harness/differential.js";

const MAIN = path.join(REPO_ROOT, "core", "main.ts");

function run(args: string[]): { stdout: string; status: number | null } {
  const cmd = nodeCommand(MAIN, args);
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: "utf8", timeout: 60_000 });
  return { stdout: r.stdout, status: r.status };
}

describe("start-up RAM", () => {
  // Most of what start-up takes is the static qstrs' table, index and text, copied into
  // the heap (521 names; core/modules/README.md, "Not yet"): the budget grows with them.
  it("start-up takes at most 14 KiB of the heap", () => {
    const r = run(["-X", "heapsize=32768", "-c", "import gc; gc.collect(); print(gc.mem_alloc())"]);
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeLessThanOrEqual(14 * 1024);
  }, 60_000);

  it("importing builtins, sys, gc and micropython costs no more than 1.5 KiB", () => {
    const code = "import gc; gc.collect(); a = gc.mem_alloc()\n" +
      "import builtins, sys, micropython\ngc.collect(); print(gc.mem_alloc() - a)";
    const r = run(["-X", "heapsize=32768", "-c", code]);
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeLessThanOrEqual(1536);
  }, 60_000);
});
