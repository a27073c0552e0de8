// Survivors among garbage must not split the heap into small holes only: a program that
// keeps 6000 strings while making garbage, then grows dict and set tables of tens of KiB,
// ran out of memory in a 2 MiB heap nine tenths free (core/gc.ts: the collection at half
// the heap, and large objects placed from the top). PYXIS_PY_EXE reuses a built host executable.

import { describe, it, expect, beforeAll } from "vitest";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildHostCore } from "../../scripts/commands/core.js";
import { nodeCommand } from "../harness/differential.js";
import { runCommand } from "../harness/run.js";

const PROGRAM = path.join(import.meta.dirname, "programs", "heap_survivors.py");
const MAIN = path.join(REPO_ROOT, "core", "main.ts");

let exe = "";

beforeAll(async () => {
  exe = process.env["PYXIS_PY_EXE"] ?? (await buildHostCore()).exe;
}, 600_000);

describe("heap fragmentation", () => {
  it("leaves room for large tables after many small survivors, at several heap sizes", async () => {
    const want = (await runCommand(["python3", PROGRAM], { encoding: "utf8" })).stdout;
    for (const heap of ["2M", "4M", "8M"]) {
      const r = await runCommand([exe, "-X", `heapsize=${heap}`, PROGRAM], { encoding: "utf8" });
      expect(r.stderr, heap).toBe("");
      expect(r.stdout, heap).toBe(want);
    }
    const node = await runCommand(nodeCommand(MAIN, ["-X", "heapsize=2M", PROGRAM]), { encoding: "utf8" });
    expect(node.stdout).toBe(want);
  }, 180_000);
});
