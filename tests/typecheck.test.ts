// The whole repository type-checks under the strict tsconfig (no unused names either):
// the generator relies on TypeScript's own checks before it lowers anything.

import { describe, it, expect } from "vitest";
import * as path from "node:path";
import { REPO_ROOT } from "../codegen/load/project.js";
import { runCommand } from "./harness/run.js";

describe("typescript", () => {
  it("tsc --noEmit -p . reports nothing", async () => {
    const tsc = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const r = await runCommand([process.execPath, tsc, "--noEmit", "-p", REPO_ROOT], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 180_000);
});
