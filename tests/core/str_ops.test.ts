// str operations over UTF-8 (indices count code points) against python3.

import { describe, it, expect } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { runCommand } from "../harness/run.js";

const ORACLE = `
import sys
def num(t):
    return None if t == "None" else int(t)
for line in sys.stdin.buffer.read().decode("utf-8").split("\\n")[:-1]:
    op, *f = line.split("\\t")
    try:
        if op == "add": print(repr(f[0] + f[1]))
        elif op == "mul": print(repr(f[0] * num(f[1])))
        elif op == "in": print(repr(f[0] in f[1]))
        elif op == "cmp":
            a, b = f
            print("".join("1" if x else "0" for x in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
        elif op == "len": print(len(f[0]))
        elif op == "index": print(repr(f[0][num(f[1])]))
        elif op == "slice": print(repr(f[0][slice(num(f[1]), num(f[2]), num(f[3]))]))
    except Exception as e:
        print(type(e).__name__)
`;

function operations(): string[] {
  let seed = 4242;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const alphabet = ["a", "b", "c", "z", " ", "'", "\"", "\\", "é", "中", "😀", "A", "0"];
  const str = (): string => {
    let s = "";
    for (let i = rand(9); i > 0; i--) s += alphabet[rand(alphabet.length)];
    return s;
  };
  const idx = (): string => (rand(6) === 0 ? "None" : rand(12) === 0 ? "99999999999999999999" : String(rand(21) - 10));
  const out: string[] = [];
  for (let i = 0; i < 400; i++) out.push(`add\t${str()}\t${str()}`);
  for (let i = 0; i < 200; i++) out.push(`mul\t${str()}\t${rand(7) - 2}`);
  for (let i = 0; i < 400; i++) {
    const s = str();
    out.push(`in\t${rand(2) === 0 ? s.slice(rand(3), rand(5)) : str()}\t${s}`);
  }
  for (let i = 0; i < 400; i++) out.push(`cmp\t${str()}\t${rand(4) === 0 ? "abc" : str()}`);
  for (let i = 0; i < 200; i++) out.push(`len\t${str()}`);
  for (let i = 0; i < 500; i++) out.push(`index\t${str()}\t${String(rand(21) - 10)}`);
  for (let i = 0; i < 900; i++) out.push(`slice\t${str()}\t${idx()}\t${idx()}\t${rand(5) === 0 ? "None" : String([1, 2, 3, -1, -2, -3, 0][rand(7)])}`);
  return out;
}

describe("str operations", () => {
  it("match python3 over UTF-8 text, in Node and natively", async () => {
    const program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "str_ops.ts"), REPO_ROOT);
    const input = operations().join("\n") + "\n";
    const { node, native } = await program.run([], { input: Buffer.from(input, "utf8").toString("latin1") });
    const expected = (await runCommand(["python3", "-c", ORACLE], { input: Buffer.from(input, "utf8") })).stdout;
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    expect(native.status).toBe(0);
    const lines = input.split("\n");
    const got = native.stdout.split("\n");
    const want = expected.split("\n");
    const wrong = want.map((w, i) => (w === got[i] ? undefined : `${JSON.stringify(lines[i])}: python3 ${w}, pyxis ${got[i]}`)).filter((x) => x !== undefined);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(got.length).toBe(want.length);
  }, 180_000);
});
