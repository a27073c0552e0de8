// int objects (small ints and big ints together) against python3: results and exceptions.

import { describe, it, expect } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { runCommand } from "../harness/run.js";

const ORACLE = `
import sys
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
       "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b, "pow": lambda a, b: a ** b,
       "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
       "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b, "lt": lambda a, b: a < b,
       "le": lambda a, b: a <= b, "eq": lambda a, b: a == b, "ne": lambda a, b: a != b,
       "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b, "iadd": lambda a, b: a + b,
       "imul": lambda a, b: a * b, "truediv": lambda a, b: a / b, "neg": lambda a: -a, "invert": lambda a: ~a, "abs": lambda a: abs(a),
       "pos": lambda a: +a}
for line in sys.stdin.read().splitlines():
    name, *args = line.split()
    try:
        print(repr(ops[name](*map(int, args))))
    except Exception as e:
        print(type(e).__name__)
`;

/** Seeded operations over small-int edges, values around 2^30 / 2^31 / 2^32, and big ints. */
function operations(): string[] {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const edges = ["0", "1", "-1", "2", "-2", "7", "-7", "1073741823", "-1073741824", "1073741824", "-1073741825",
    "2147483647", "-2147483648", "4294967296", "-4294967297", "99999999999999999999", "-123456789012345678901234567890",
    "32768", "-32768", "65535", "46341", "-46341"];
  const value = (): string => {
    const k = rand(10);
    if (k < 6) return edges[rand(edges.length)]!;
    if (k < 8) return String(rand(2000) - 1000);
    let s = String(1 + rand(9));
    for (let i = rand(40); i > 0; i--) s += String(rand(10));
    return rand(2) === 0 ? s : `-${s}`;
  };
  const binary = ["add", "sub", "mul", "floordiv", "mod", "and", "or", "xor", "lt", "le", "eq", "ne", "gt", "ge", "iadd", "imul"];
  const out: string[] = [];
  for (let i = 0; i < 1500; i++) out.push(`${binary[rand(binary.length)]} ${value()} ${value()}`);
  for (let i = 0; i < 200; i++) out.push(`${["lshift", "rshift"][rand(2)]} ${value()} ${rand(100) - 5}`);
  for (let i = 0; i < 100; i++) out.push(`pow ${value()} ${rand(40)}`);
  for (let i = 0; i < 60; i++) out.push(`pow ${value()} ${-rand(5)}`);
  for (let i = 0; i < 300; i++) out.push(`truediv ${value()} ${value()}`);
  for (let i = 0; i < 200; i++) out.push(`${["neg", "invert", "abs", "pos"][rand(4)]} ${value()}`);
  out.push("floordiv 5 0", "mod -5 0", "floordiv 99999999999999999999 0", "lshift 1 -1", "rshift 1 -1", "mul 1073741823 1073741823", "mul -1073741824 -1",
    "truediv 1 0", "truediv 1 3", "truediv 99999999999999999999 7", "pow 0 -1", "pow 2 -1", "pow -2 -3");
  return out;
}

describe("int objects", () => {
  it("compute as python3 does, in Node and natively", async () => {
    const program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "int_ops.ts"), REPO_ROOT);
    const input = operations().join("\n") + "\n";
    const { node, native } = await program.run([], { input });
    const expected = (await runCommand(["python3", "-c", ORACLE], { input, encoding: "utf8" })).stdout;
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    expect(native.status).toBe(0);
    const lines = input.split("\n");
    const got = native.stdout.split("\n");
    const want = expected.split("\n");
    const wrong = want.map((w, i) => (w === got[i] ? undefined : `${lines[i]}: python3 ${w}, pyxis ${got[i]}`)).filter((x) => x !== undefined);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(got.length).toBe(want.length);
  }, 180_000);
});
