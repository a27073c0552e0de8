// The collector, run in Node and natively: same output, every check passes.

import { describe, it, expect } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

describe("gc heap", () => {
  it("reclaims garbage, keeps roots, fails cleanly when full, in Node and natively", async () => {
    const program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "gc_heap.ts"), REPO_ROOT);
    const { node, native } = await program.run();
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    expect(native.status).toBe(0);
    expect(node.status).toBe(0);
    expect(native.stdout).not.toContain("FAILED");
    expect(native.stdout.match(/: ok$/gm)?.length).toBe(12);
    expect(native.stdout).toContain("chain sum=124750");
    expect(native.stdout).toContain("stress collections=50");
  }, 120_000);
});
