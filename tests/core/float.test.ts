// float and complex objects against python3: results (repr) and exception names, for
// seeded random doubles (any bit pattern: subnormals, ±0.0, inf, nan), integers near 2^53,
// big ints mixed in, and complex numbers built from them.

import { describe, it, expect } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, type SubsetProgram } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { runCommand } from "../harness/run.js";

const ORACLE = `
import sys, operator
def val(t):
    k, v = t.split(":", 1)
    if k == "i": return int(v)
    if k == "b": return v == "1"
    if k == "c":
        r, i = v.split(",")
        return complex(float(r), float(i))
    return float(v)
def ipow(a, b):
    a **= b
    return a
ops = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
       "floordiv": operator.floordiv, "mod": operator.mod, "divmod": divmod, "pow": operator.pow,
       "lt": operator.lt, "le": operator.le, "eq": operator.eq, "ne": operator.ne, "gt": operator.gt,
       "ge": operator.ge, "iadd": operator.iadd, "itruediv": operator.itruediv, "ipow": ipow,
       "neg": operator.neg, "pos": operator.pos, "abs": abs, "int": int, "bool": bool,
       "round": round, "roundi": round, "hash": hash, "hasheq": lambda a, b: hash(a) == hash(b),
       "repr": lambda a: a}
for line in sys.stdin.read().splitlines():
    name, _, rest = line.partition(" ")
    try:
        if name == "parse":
            print(repr(float(rest)))
        else:
            print(repr(ops[name](*map(val, rest.split()))))
    except Exception as e:
        print(type(e).__name__)
`;

function rng(seed0: number): (n: number) => number {
  let seed = seed0 >>> 0;
  return (n: number): number => {
    // xorshift32: plenty for test data, and the same on every run.
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    return seed % n;
  };
}

const view = new DataView(new ArrayBuffer(8));

/** A double as text that float() in both Python and Pyxis reads back exactly. */
function text(x: number): string {
  if (Object.is(x, -0)) return "-0.0";
  return String(x); // Infinity, NaN, 1e+21, 5e-324: all accepted by float()
}

const SPECIAL = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, 3, -7.5, 0.1, 1e16, 1e-5, 1e308, -1e308,
  5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2,
  2 ** 53 - 1, -(2 ** 53), 2 ** 63, 2 ** 64, 1e20, 123456789.125, 0.3, 2.5, -2.5, 1.5, 1e22, 1e23, 4.35, 2.675];

function makeGen(seed: number) {
  const rand = rng(seed);
  const bits = (): number => {
    view.setUint32(0, (rand(0x10000) << 16 | rand(0x10000)) >>> 0);
    view.setUint32(4, (rand(0x10000) << 16 | rand(0x10000)) >>> 0);
    return view.getFloat64(0);
  };
  const double = (): number => {
    const k = rand(12);
    if (k < 3) return SPECIAL[rand(SPECIAL.length)]!;
    if (k < 6) return bits();
    if (k < 7) return (rand(2) ? 1 : -1) * (2 ** 53 + rand(64) - 32);
    if (k < 9) return (rand(2000000) - 1000000) / 10 ** rand(8);
    if (k < 10) return rand(200) - 100;
    return (rand(2) ? 1 : -1) * (1 + rand(1 << 20) / (1 << 20)) * 2 ** (rand(200) - 100);
  };
  const bigint = (): string => {
    const k = rand(6);
    if (k === 0) return String(2n ** 53n + BigInt(rand(64)) - 32n);
    if (k === 1) return String(rand(2) ? 2n ** BigInt(rand(1100)) : -(2n ** BigInt(rand(1100))));
    if (k === 2) return String(rand(2000) - 1000);
    let s = String(1 + rand(9));
    for (let i = rand(60); i > 0; i--) s += String(rand(10));
    return rand(2) ? s : `-${s}`;
  };
  const number = (): string => {
    const k = rand(10);
    if (k < 6) return `f:${text(double())}`;
    if (k < 9) return `i:${bigint()}`;
    return `b:${rand(2)}`;
  };
  const complex = (): string => {
    const k = rand(10);
    if (k < 6) return `c:${text(double())},${text(double())}`;
    if (k < 8) return `c:${text((rand(200) - 100) / 8)},${text((rand(200) - 100) / 8)}`;
    return `c:${text(SPECIAL[rand(SPECIAL.length)]!)},${text(double())}`;
  };
  return { rand, double, bigint, number, complex };
}

/** Float operations: at least one operand is a float (or both ints, for / and negative **). */
function floatOperations(): string[] {
  const { rand, double, bigint, number } = makeGen(0x5eed);
  const out: string[] = [];
  const binary = ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "lt", "le", "eq", "ne", "gt", "ge", "iadd", "itruediv"];
  for (let i = 0; i < 2400; i++) {
    const a = rand(3) === 0 ? number() : `f:${text(double())}`;
    const b = a.startsWith("f:") ? number() : `f:${text(double())}`;
    out.push(`${binary[rand(binary.length)]} ${rand(2) ? `${a} ${b}` : `${b} ${a}`}`);
  }
  // Exact comparisons with ints near a float's value.
  for (let i = 0; i < 200; i++) {
    const x = 2 ** (rand(120)) * (rand(2) ? 1 : -1);
    const n = BigInt(x) + BigInt(rand(5) - 2);
    out.push(`${["lt", "le", "eq", "ne", "gt", "ge"][rand(6)]} f:${text(x)} i:${n}`);
    out.push(`eq i:${n} f:${text(x + (rand(2) ? 0.5 : 0))}`);
  }
  // int / int, correctly rounded.
  for (let i = 0; i < 300; i++) out.push(`truediv i:${bigint()} i:${rand(10) === 0 ? 0 : bigint()}`);
  // Powers with integral exponents: float ** int, float ** integral float, int ** negative int.
  for (let i = 0; i < 400; i++) {
    const k = rand(4);
    const base = k === 0 ? double() : k === 1 ? (rand(2000) - 1000) / 64 : k === 2 ? 1 + (rand(2000) - 1000) / 4096 : SPECIAL[rand(SPECIAL.length)]!;
    const n = rand(5) === 0 ? rand(600) - 300 : rand(60) - 30;
    out.push(`${rand(4) === 0 ? "ipow" : "pow"} f:${text(base)} ${rand(3) === 0 ? `f:${n}.0` : `i:${n}`}`);
  }
  for (let i = 0; i < 60; i++) out.push(`pow i:${rand(40) - 20} i:${-1 - rand(40)}`);
  // Beyond the exact range (|m|^|n| over 32768 bits): the double-double power.
  for (let i = 0; i < 150; i++) {
    const base = 1 + (rand(2) ? 1 : -1) * (1 + rand(1 << 30)) / 2 ** (30 + rand(25));
    const n = (rand(2) ? 1 : -1) * (1000 + rand(2 ** (10 + rand(20))));
    out.push(`pow f:${text(base)} i:${n}`);
  }
  for (let i = 0; i < 300; i++) out.push(`${["neg", "pos", "abs", "int", "bool", "roundi"][rand(6)]} f:${text(double())}`);
  for (let i = 0; i < 250; i++) out.push(`round f:${text(double())} i:${rand(40) - 20}`);
  for (let i = 0; i < 50; i++) out.push(`round f:${text(double())} i:${rand(700) - 350}`);
  for (let i = 0; i < 300; i++) out.push(`repr f:${text(double())}`);
  // round on short decimals, where halfway cases and carries happen.
  for (let i = 0; i < 300; i++) {
    const x = (rand(2) ? 1 : -1) * rand(10 ** (1 + rand(8))) / 10 ** rand(6);
    out.push(`round f:${text(x)} i:${rand(9) - 4}`);
  }
  // hash: CPython's agrees with Pyxis's only for integral values in the small-int range;
  // hash(float) == hash(int) for equal values is checked for all sizes.
  for (let i = 0; i < 100; i++) out.push(`hash f:${rand(2 ** 30) - 2 ** 29}.0`);
  for (let i = 0; i < 100; i++) {
    const n = BigInt(Math.trunc(double() % 1e300 || 1));
    out.push(`hasheq f:${text(Number(n))} i:${BigInt(Number(n))}`);
  }
  for (const t of ["1.5", " -2.5e3 ", "1_000.25", "inf", "-Infinity", "nan", "1e400", "1e-400", "0x10", "1__0", "", ".", "1e", "+.5", "5.", "NaN "]) {
    out.push(`parse ${t}`);
  }
  out.push("truediv f:1.0 f:0.0", "floordiv f:1.0 f:-0.0", "mod f:1.0 f:0.0", "divmod f:1.0 f:0.0", "truediv i:1 i:0",
    "pow f:0.0 i:-1", "pow i:0 i:-1", "pow f:10.0 i:400", "pow f:-0.0 i:3", "pow f:-0.0 f:-3.0", "pow f:-inf i:3",
    "pow f:-inf i:-3", "pow f:nan i:0", "pow f:1.0 f:nan", "pow f:-1.0 f:inf", "pow f:0.5 f:-inf", "int f:inf",
    "int f:-1e300", "add f:1.0 i:" + "9".repeat(400), "truediv i:" + "9".repeat(400) + " i:3", "truediv i:1 i:" + "9".repeat(400),
    "truediv i:-" + "7".repeat(350) + " i:" + "3".repeat(40), "round f:1.7976931348623157e308 i:-308", "round f:5e-324 i:323",
    "round f:0.5 i:0", "round f:-0.5 i:0", "round f:-4.0 i:-1", "round f:15.0 i:-1", "round f:25.0 i:-1", "roundi f:-2.5");
  return out;
}

function complexOperations(): string[] {
  const { rand, number, complex } = makeGen(0xc0ffee);
  const out: string[] = [];
  const binary = ["add", "sub", "mul", "truediv", "eq", "ne", "iadd", "itruediv"];
  for (let i = 0; i < 900; i++) {
    const a = complex();
    const b = rand(3) === 0 ? number() : complex();
    out.push(`${binary[rand(binary.length)]} ${rand(2) ? `${a} ${b}` : `${b} ${a}`}`);
  }
  for (let i = 0; i < 250; i++) {
    const n = rand(8) === 0 ? rand(201) - 100 : rand(21) - 10;
    const kind = rand(3);
    const exponent = kind === 0 ? `i:${n}` : kind === 1 ? `f:${n}.0` : `c:${n}.0,0`;
    out.push(`${rand(4) === 0 ? "ipow" : "pow"} ${complex()} ${exponent}`);
  }
  for (let i = 0; i < 250; i++) out.push(`${["neg", "pos", "abs", "bool", "repr"][rand(5)]} ${complex()}`);
  // abs (hypot) on parts of similar size, including the extremes of the range.
  for (let i = 0; i < 300; i++) {
    const scale = 2 ** (rand(2) ? rand(60) - 30 : rand(2090) - 1070);
    out.push(`abs c:${text((rand(2 ** 30) + 1) * scale)},${text((rand(2) ? 1 : -1) * (rand(2 ** 30) + 1) * scale * (1 + rand(5)))}`);
  }
  for (let i = 0; i < 60; i++) out.push(`hasheq c:${rand(2000) - 1000},0 ${rand(2) ? "i" : "f"}:${rand(2000) - 1000}`);
  for (let i = 0; i < 60; i++) out.push(`${["lt", "floordiv", "mod"][rand(3)]} ${complex()} ${number()}`);
  out.push("truediv c:1,1 c:0,0", "truediv i:1 c:0,0", "pow c:0,0 i:-1", "pow c:0,0 c:0.5,0", "pow c:0,0 c:-0.5,0",
    "pow c:1e200,1e200 i:2", "pow c:inf,0 i:2", "pow c:2,0 i:0", "abs c:1e308,1e308", "abs c:inf,nan", "abs c:nan,1",
    "eq c:100000000000000000000,0 i:100000000000000000000", "eq c:100000000000000000000,0 i:100000000000000000001",
    "add c:1,1 i:" + "9".repeat(400), "repr c:0,-0.0", "repr c:-0.0,0", "repr c:nan,nan", "repr c:1e16,-1e-5");
  return out;
}

/** Lines whose python3 result Pyxis does not reproduce by design (see core/objects/float.ts). */
function isExcluded(line: string, want: string): boolean {
  // Non-integral powers need the C library's pow: NotImplementedError here.
  return false && line.length > 0 && want.length > 0;
}

let program: SubsetProgram | undefined;

async function check(lines: string[], args: string[] = []): Promise<void> {
  program ??= await buildSubsetProgram(path.join(import.meta.dirname, "programs", "float_ops.ts"), REPO_ROOT);
  const input = lines.join("\n") + "\n";
  const { node, native } = await program.run(args, { input });
  const expected = (await runCommand(["python3", "-c", ORACLE], { input, encoding: "utf8" })).stdout;
  expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
  expect(native.status).toBe(0);
  const got = native.stdout.split("\n");
  const want = expected.split("\n");
  const wrong = want
    .map((w, i) => (w === got[i] || isExcluded(lines[i] ?? "", w) ? undefined : `${lines[i]}: python3 ${w}, pyxis ${got[i]}`))
    .filter((x) => x !== undefined);
  expect(wrong.slice(0, 20)).toEqual([]);
  expect(got.length).toBe(want.length);
}

describe("float objects", () => {
  it("compute as python3 does, in Node and natively", async () => {
    const lines = floatOperations();
    expect(lines.length).toBeGreaterThanOrEqual(3000);
    await check(lines);
  }, 300_000);
});

describe("float and complex objects under GC stress", () => {
  it("keep every object they hold rooted (a collection at every allocation)", async () => {
    const sample = (lines: string[]): string[] => lines.filter((_, i) => i % 8 === 0);
    await check([...sample(floatOperations()), ...sample(complexOperations())], ["gcstress"]);
  }, 300_000);
});

describe("powers with non-integral exponents", () => {
  it("come from core/libm: as python3 computes them, and the same in Node and natively", async () => {
    // Values glibc and core/libm both round correctly; the polar complex powers below can
    // differ from glibc's sin/cos in the last bit, so only Node against native is checked there.
    await check(["pow f:2.0 f:0.5", "pow i:2 f:0.5", "pow c:1,1 f:0.5", "pow f:2.0 c:0,1", "pow f:10.0 f:0.25",
      "pow f:0.5 f:2.5", "pow i:7 f:-0.5", "pow f:1e300 f:1.5", "pow f:0.0 f:-0.5", "pow f:-1.0 f:0.5"]);
    program ??= await buildSubsetProgram(path.join(import.meta.dirname, "programs", "float_ops.ts"), REPO_ROOT);
    const lines = ["pow f:-8.0 f:0.3333", "pow c:1,1 i:101", "pow c:-2.5,3 c:0.5,-1.25"];
    const { node, native } = await program.run([], { input: lines.join("\n") + "\n" });
    expect(node.stdout).toBe(native.stdout);
    expect(native.stdout.split("\n").filter((l) => l.startsWith("(")).length).toBe(lines.length);
  }, 300_000);
});

describe("complex objects", () => {
  it("compute as python3 does, in Node and natively", async () => {
    const lines = complexOperations();
    expect(lines.length).toBeGreaterThanOrEqual(1000);
    await check(lines);
  }, 300_000);
});
