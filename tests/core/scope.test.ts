// The scope pass (core/scope.ts), through tests/core/programs/scope_dump.ts, on every .py
// under tests/core/scope/:
//   (a) Node and native output are byte-identical;
//   (b) the output is CPython's symtable for the same source in the same canonical format
//       (scope/symtable_oracle.py), or the SyntaxError message and line:col compile() raises;
//   (c) the scopes survive a collection at every allocation;
//   (d) local slot numbers follow MicroPython's scope_compute_things (hand-checked cases).

import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, type SubsetProgram, type DifferentialResult } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { runCommand } from "../harness/run.js";

const DIR = path.join(import.meta.dirname, "scope");
const ORACLE = path.join(DIR, "symtable_oracle.py");
const inputs = fs.readdirSync(DIR).filter((f) => f.endsWith(".py") && f !== "symtable_oracle.py").map((f) => path.join(DIR, f.slice(0, -3))).sort();

function record(base: string): string {
  const text = fs.readFileSync(`${base}.py`, "latin1");
  return `${text.length}\n${text}`;
}

function split(stdout: string): string[] {
  return stdout.split(/^=== \d+\n/m).slice(1).map((s) => s.replace(/\n$/, ""));
}

async function oracle(bases: string[]): Promise<Map<string, string>> {
  const r = await runCommand(["python3", ORACLE, ...bases.map((b) => `${b}.py`)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`symtable_oracle.py: ${r.stderr}`);
  const json = JSON.parse(r.stdout) as Record<string, string>;
  return new Map(bases.map((b) => [b, Buffer.from(json[`${b}.py`]!, "utf8").toString("latin1")]));
}

/** Slot numbers by MicroPython's rules (core/scope.ts header), worked out by hand. */
const SLOTS: { src: string; want: string[] }[] = [
  {
    // *args swaps with the last plain parameter: a d c b e.
    src: "def f(a, *b, c, d, **e):\n    x = 1\n",
    want: ["function f 1 args=1/2/0 locals=6 free=0", "  a local param #0", "  b local param #3", "  c local param #2", "  d local param #1", "  e local param #4", "  x local #5"],
  },
  {
    // Cells that are not parameters come after the locals; a parameter cell keeps its place.
    src: "def f(p):\n    c = 1\n    l = 2\n    def g():\n        return c + p\n",
    want: ["function f 1 args=1/0/0 locals=4 free=0", "  c cell #3", "  g local #2", "  l local #1", "  p cell param #0"],
  },
  {
    // Frees first, in the parent's id order (b before a), then the rest shifted.
    src: "def f():\n    b = 1\n    a = 2\n    def g(x):\n        y = x\n        return a + b\n",
    want: ["function g 4 args=1/0/0 locals=4 free=2", "  a free #1", "  b free #0", "  x local param #2", "  y local #3"],
  },
];

describe("scope pass", () => {
  let program: SubsetProgram;
  let batch: DifferentialResult;
  const node = new Map<string, string>();
  const native = new Map<string, string>();
  let cpython: Map<string, string>;

  beforeAll(async () => {
    program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "scope_dump.ts"), REPO_ROOT);
    batch = await program.run(["batch"], { input: inputs.map(record).join(""), timeoutMs: 300_000 });
    const [fromNode, fromNative] = [split(batch.node.stdout), split(batch.native.stdout)];
    inputs.forEach((b, i) => {
      node.set(b, fromNode[i] ?? "");
      native.set(b, fromNative[i] ?? "");
    });
    cpython = await oracle(inputs);
  }, 600_000);

  it("has at least 60 inputs, with errors among them", async () => {
    expect(inputs.length).toBeGreaterThanOrEqual(60);
    expect(inputs.filter((b) => path.basename(b).startsWith("err_")).length).toBeGreaterThanOrEqual(20);
  });

  it("runs every input in Node and natively", async () => {
    expect(batch.node.stderr).toBe("");
    expect(batch.native.stderr).toBe("");
    expect(batch.native.status).toBe(0);
    expect(split(batch.native.stdout).length).toBe(inputs.length);
  });

  for (const base of inputs) {
    const name = path.basename(base);
    it(`${name}: Node and native agree`, async () => {
      expect(firstDifference(node.get(base)!, native.get(base)!)).toBeUndefined();
    });
    it(`${name}: CPython's symtable or error`, async () => {
      expect(firstDifference(cpython.get(base)!, native.get(base)!)).toBeUndefined();
    });
  }

  it("keeps the scopes rooted: the same output when every allocation collects", async () => {
    const valid = inputs.filter((b) => !path.basename(b).startsWith("err_"));
    const input = valid.map(record).join("");
    const plain = await program.run(["batch", "slots", "heap=262144"], { input, timeoutMs: 300_000 });
    const stressed = await program.run(["batch", "slots", "stress", "heap=262144"], { input, timeoutMs: 600_000 });
    expect(stressed.native.status).toBe(0);
    expect(firstDifference(plain.native.stdout, stressed.native.stdout)).toBeUndefined();
    expect(firstDifference(stressed.node.stdout, stressed.native.stdout)).toBeUndefined();
  }, 900_000);

  for (const [i, c] of SLOTS.entries()) {
    it(`numbers local slots as MicroPython does (${i})`, async () => {
      const r = await program.run(["slots"], { input: c.src });
      expect(firstDifference(r.node.stdout, r.native.stdout)).toBeUndefined();
      const lines = r.native.stdout.split("\n");
      const at = lines.indexOf(c.want[0]!);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(lines.slice(at, at + c.want.length)).toEqual(c.want);
    });
  }
});
