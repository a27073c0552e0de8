// Arbitrary-precision integers (core/mpz.ts) through tests/core/programs/mpz_calc.ts: the
// same operation lines run in Node and natively must print the same bytes, and those must
// be what python3 computes (tests/core/mpz_oracle.py). Part of it runs with a collection
// at every allocation, which finds objects that are in use but not rooted.

import { describe, it, expect, beforeAll } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, type SubsetProgram } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { mainOps, stressOps } from "./mpz_ops.js";
import { runCommand } from "../harness/run.js";

const ORACLE = path.join(import.meta.dirname, "mpz_oracle.py");

async function python(input: string): Promise<string> {
  const r = await runCommand(["python3", ORACLE], { input });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

/** The first line where the program and CPython differ, with the operation that made it. */
function firstMismatch(ops: string[], got: string, want: string): string | undefined {
  const g = got.split("\n");
  const w = want.split("\n");
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) return `line ${i + 1}: ${ops[i]?.slice(0, 300)}\n  pyxis:   ${g[i]?.slice(0, 300)}\n  python3: ${w[i]?.slice(0, 300)}`;
  }
  return undefined;
}

describe("mpz", () => {
  let program: SubsetProgram;

  beforeAll(async () => {
    program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "mpz_calc.ts"), REPO_ROOT);
  }, 300_000);

  it("computes what python3 does, identically in Node and natively", async () => {
    const ops = mainOps(1);
    expect(ops.length).toBeGreaterThanOrEqual(2000);
    const input = ops.join("\n") + "\n";
    const { node, native } = await program.run([], { input, timeoutMs: 120_000 });
    expect(native.status).toBe(0);
    expect(node.status).toBe(0);
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    expect(firstMismatch(ops, native.stdout, await python(input))).toBeUndefined();
    // Every kind of failure is reached.
    for (const error of ["ZeroDivisionError", "OverflowError", "ValueError"]) expect(native.stdout).toContain(error);
  }, 180_000);

  it("keeps every object it uses rooted: a collection at every allocation changes nothing", async () => {
    const ops = stressOps(2);
    const input = ["heap 262144", "stress 1", ...ops, "stress 0", "collections"].join("\n") + "\n";
    const { node, native } = await program.run([], { input, timeoutMs: 120_000 });
    expect(native.status).toBe(0);
    expect(node.status).toBe(0);
    // Same bytes, down to the number of collections.
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    const lines = native.stdout.split("\n");
    const collections = Number(lines[lines.length - 2]);
    expect(collections).toBeGreaterThan(ops.length * 3);
    const results = lines.slice(0, -2).join("\n") + "\n";
    expect(firstMismatch(ops, results, await python(input))).toBeUndefined();
  }, 180_000);

  it("reports MemoryError at the same point in both builds and goes on working", async () => {
    const big = "9".repeat(20000);
    const input = [
      "heap 16384", // an 11776-byte pool
      "pow 3 60000", // 95098 bits: fails part way through the squarings
      "collections",
      "pow 7 1000000000", // refused at once: certainly larger than the heap
      "shl 1 4000000000",
      `add ${big} 1`,
      "add 1 2",
      "mul -340282366920938463463374607431768211457 18446744073709551617",
      "pow 3 1000",
    ].join("\n") + "\n";
    const { node, native } = await program.run([], { input });
    expect(native.status).toBe(0);
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    const lines = native.stdout.split("\n");
    expect(lines[0]).toBe("MemoryError");
    expect(Number(lines[1])).toBeGreaterThan(0); // it computed until the heap was full
    expect(lines.slice(2, 5)).toEqual(["MemoryError", "MemoryError", "MemoryError"]);
    expect(lines[5]).toBe("3");
    expect(lines[6]).toBe(String(-340282366920938463463374607431768211457n * 18446744073709551617n));
    expect(lines[7]).toBe(String(3n ** 1000n));
  }, 120_000);
});
