// Start-up RAM: the builtins module and the built-in modules' functions live in const
// tables, so a 16 KiB heap starts with most of it free (core/modules/README.md).
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
  it("a 16 KiB heap starts with more than a third of it free", () => {
    const r = run(["-X", "heapsize=16384", "-c", "import gc; gc.collect(); print(gc.mem_free())"]);
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeGreaterThan(16384 / 3);
  }, 60_000);

  it("importing builtins, sys, gc and micropython costs no more than 1.5 KiB", () => {
    const code = "import gc; gc.collect(); a = gc.mem_alloc()\n" +
      "import builtins, sys, micropython\ngc.collect(); print(gc.mem_alloc() - a)";
    const r = run(["-X", "heapsize=16384", "-c", code]);
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeLessThanOrEqual(1536);
  }, 60_000);
});
