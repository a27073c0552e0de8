// An interrupt pending while input is read ends the read with -2, in both ports.

import { describe, it, expect } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference } from "../harness/differential.js";

describe("hal_stdin_read and interrupts", () => {
  it("returns -2 for a pending interrupt, then the bytes, then end of input", async () => {
    const program = await buildSubsetProgram(path.join(import.meta.dirname, "fixtures", "read_interrupt.ts"));
    const { node, native } = await program.run([], { input: "\x03x" });
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    expect(native.stdout).toBe("interrupt\nx\nend\n");
    expect(native.status).toBe(0);
  }, 60_000);
});
