// The first objects, in Node and natively: printing as CPython prints, exceptions raised
// and caught, MemoryError raised without allocating and the runtime still usable after.

import { describe, it, expect } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

describe("objects", () => {
  it("print, raise and MemoryError behave as in CPython, in Node and natively", async () => {
    const program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "objects.ts"), REPO_ROOT);
    const { node, native } = await program.run();
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    expect(native.status).toBe(0);
    // Each line: repr | str, as python3 prints them for the same values.
    const lines = native.stdout.split("\n");
    for (const line of [
      "None | None", "True | True", "Ellipsis | Ellipsis", "-1073741824 | -1073741824",
      "'__init__' | __init__", `'it\\'s "quoted"\\n\\ttab\\\\' | it's "quoted"`, `"it's" | it's`,
      "(1, 'two', None) | (1, 'two', None)", "(7,) | (7,)", "() | ()",
      "<class 'int'> | <class 'int'>", "<class 'ZeroDivisionError'> | <class 'ZeroDivisionError'>",
      "hierarchy ok",
      `ValueError("invalid literal for int() with base 10: 'x'") | invalid literal for int() with base 10: 'x'`,
      "ValueError: invalid literal for int() with base 10: 'x'",
      "caught ValueError", "MemoryError() | ", "MemoryError", "caught MemoryError", "'alive after MemoryError' | alive after MemoryError",
      "one print slot per type",
    ]) expect(lines).toContain(line);
  }, 120_000);
});
