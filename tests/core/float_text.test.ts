// Float text conversion (core/float_format.ts, core/float_parse.ts): thousands of seeded
// cases run through tests/core/programs/float_text.ts in Node and natively, and answered
// by CPython (tests/core/float_oracle.py). The three outputs must agree line for line.

import { describe, it, expect, beforeAll } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, type SubsetProgram } from "../harness/differential.js";
import { runCommand } from "../harness/run.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

// ---- seeded randomness (xorshift128+) ----

let s0 = 0x243f6a8885a308d3n;
let s1 = 0x13198a2e03707344n;
const M64 = (1n << 64n) - 1n;

function next64(): bigint {
  let x = s0;
  const y = s1;
  s0 = y;
  x = (x ^ (x << 23n)) & M64;
  s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
  return (s1 + y) & M64;
}

function below(n: number): number {
  return Number(next64() % BigInt(n));
}

function pick<T>(items: readonly T[]): T {
  return items[below(items.length)]!;
}

// ---- bits ----

const view = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b & M64);
  return view.getFloat64(0);
}

function hex64(b: bigint): string {
  return (b & M64).toString(16).padStart(16, "0");
}

function hex32(b: bigint): string {
  return (b & 0xffffffffn).toString(16).padStart(8, "0");
}

function bits32Of(x: number): bigint {
  view.setFloat32(0, x);
  return BigInt(view.getUint32(0));
}

// ---- exact decimals ----

/** The exact decimal text of m * 2^e. */
function exactDecimal(m: bigint, e: number): string {
  if (e >= 0) return (m << BigInt(e)).toString();
  const places = -e;
  const digits = (m * 5n ** BigInt(places)).toString().padStart(places + 1, "0");
  return `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
}

/** A decimal text n / 10^places, with the point written. */
function scaled(n: bigint, places: number): string {
  const digits = n.toString().padStart(places + 1, "0");
  return places === 0 ? digits : `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
}

/** The midpoint above a positive finite float of `mant` bits: exact, just below, just above, far below/above (beyond 800 digits). */
function midpoints(m: bigint, e: number): string[] {
  const twice = 2n * m + 1n;
  const exp = e - 1;
  const places = exp >= 0 ? 0 : -exp;
  const n = exp >= 0 ? twice << BigInt(exp) : twice * 5n ** BigInt(places);
  const far = 10n ** 900n;
  return [
    exactDecimal(twice, exp),
    scaled(n * 10n - 1n, places + 1),
    scaled(n * 10n + 1n, places + 1),
    scaled(n * far - 1n, places + 900),
    scaled(n * far + 1n, places + 900),
  ];
}

function decompose64(b: bigint): [bigint, number] {
  const biased = Number((b >> 52n) & 0x7ffn);
  const frac = b & ((1n << 52n) - 1n);
  return biased === 0 ? [frac, -1074] : [frac | (1n << 52n), biased - 1075];
}

function decompose32(b: bigint): [bigint, number] {
  const biased = Number((b >> 23n) & 0xffn);
  const frac = b & ((1n << 23n) - 1n);
  return biased === 0 ? [frac, -149] : [frac | (1n << 23n), biased - 150];
}

// ---- the cases ----

function randomFinite64(): bigint {
  for (;;) {
    const b = next64();
    if (((b >> 52n) & 0x7ffn) !== 0x7ffn) return b;
  }
}

function subnormal64(): bigint {
  return (next64() & ((1n << 52n) - 1n)) | (BigInt(below(2)) << 63n);
}

const CLASSICS = [
  0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998, 1e17, 1e-5, 1e-4, 0.001, 123456789012345.0,
  1234567890123456.0, 12345678901234567.0, 2e16 + 8, 2 ** 53, 2 ** 53 + 2, 2 ** 53 - 1, 2 ** 63, 2 ** 64, 5e-324, 1e-323,
  1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 4.35, 0.5, 1.5, 2.5, 100, 1e22, 1e23, 9.5,
  0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1e-7, 123.456, 3.141592653589793, 2.718281828459045, 6.02214076e23, 1.602176634e-19,
  299792458, 0.30000000000000004, 1e300, 1e-300, 7e-10, 8.41e21, 5e-310, 65504, 3.4028234663852886e38,
];

function formatDoubles(): bigint[] {
  const out: bigint[] = [];
  for (const x of CLASSICS) out.push(bitsOf(x), bitsOf(-x));
  for (let i = 0; i < 150; i++) out.push(randomFinite64());
  for (let i = 0; i < 30; i++) out.push(subnormal64());
  // Values in everyday ranges: small integers and short decimals.
  for (let i = 0; i < 120; i++) out.push(bitsOf((below(2000000) - 1000000) / 10 ** below(8)));
  // Exact ties at some precision: (2n + 1) / 2^j.
  for (let i = 0; i < 120; i++) out.push(bitsOf((2 * below(100000) + 1) / 2 ** (1 + below(12))));
  for (const special of [0, -0, Infinity, -Infinity, NaN]) out.push(bitsOf(special));
  return out;
}

const TYPES = ["e", "E", "f", "F", "g", "G", "%", "n", "-"];
const PRECISIONS = [-1, -1, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 10, 12, 15, 16, 17, 18, 20, 25, 30, 40, 60];
const FLAGS = ["-", "-", "-", "#", "z", "#z"];

function formatLines(): string[] {
  const lines: string[] = [];
  const doubles = formatDoubles();
  for (const b of doubles) {
    for (let k = 0; k < 6; k++) {
      lines.push(`fmt ${hex64(b)} ${pick(TYPES)} ${pick(PRECISIONS)} ${pick(FLAGS)}`);
    }
  }
  // Ties at exactly the precision: (2n + 1) / 2^j has j decimals, the last a 5.
  for (let i = 0; i < 300; i++) {
    const j = 1 + below(20);
    const x = (2 * below(1000000) + 1) / 2 ** j;
    lines.push(`fmt ${hex64(bitsOf(x))} ${pick(["f", "F"])} ${j - 1} ${pick(FLAGS)}`);
    const sig = (x.toPrecision(17).replace(/e.*$/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "")).length;
    lines.push(`fmt ${hex64(bitsOf(x))} ${pick(["e", "g"])} ${Math.max(sig - 2, 0)} -`);
  }
  for (const x of [0.5, 1.5, 2.5, 3.5, 0.125, 0.375, -0.5, -2.5, 1e-400, 5e-324]) {
    lines.push(`fmt ${hex64(bitsOf(x))} f 0 -`, `fmt ${hex64(bitsOf(x))} f 2 -`, `fmt ${hex64(bitsOf(x))} e 0 -`, `fmt ${hex64(bitsOf(x))} g 1 #`);
  }
  // Every digit of extreme values.
  for (const x of [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1 / 3]) {
    lines.push(`fmt ${hex64(bitsOf(x))} f 1100 -`, `fmt ${hex64(bitsOf(x))} e 800 -`, `fmt ${hex64(bitsOf(x))} g 800 #`, `fmt ${hex64(bitsOf(x))} f 0 -`);
  }
  // '%' formatting: the same digits through the other door.
  for (let i = 0; i < 200; i++) {
    const b = pick(doubles);
    lines.push(`pct ${hex64(b)} ${pick(["e", "E", "f", "F", "g", "G"])} ${pick(PRECISIONS)} ${pick(["-", "#"])}`);
  }
  // The output buffer's contract: an exact fit succeeds, one byte less is refused, nothing is written past it.
  for (let i = 0; i < 300; i++) lines.push(`cap ${hex64(pick(doubles))} ${pick(TYPES)} ${pick(PRECISIONS)} ${pick(FLAGS)}`);
  for (const t of ["f", "g", "e"]) lines.push(`cap ${hex64(bitsOf(-0.0001))} ${t} 2 z`, `cap ${hex64(bitsOf(1.0000001))} ${t} 6 -`, `cap ${hex64(bitsOf(-0.0))} ${t} 0 z`);
  // Sign, fill, alignment and width.
  for (let i = 0; i < 200; i++) {
    const b = pick(doubles);
    const align = pick(["<", ">", "^", "=", "x"]);
    const fill = align === "x" ? "20" : pick(["20", "2a", "30", "5f"]);
    lines.push(`pad ${hex64(b)} ${pick(TYPES)} ${pick([-1, 0, 2, 6])} ${pick(FLAGS)} ${pick(["+", "-", "s", "x"])} ${align} ${below(30)} ${fill}`);
  }
  return lines;
}

function reprLines(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < 1500; i++) lines.push(`repr ${hex64(next64())}`);
  for (let i = 0; i < 200; i++) lines.push(`repr ${hex64(subnormal64())}`);
  for (let e = -325; e <= 308; e++) {
    const b = bitsOf(Number(`1e${e}`));
    lines.push(`repr ${hex64(b)}`);
    if (e % 3 === 0) lines.push(`repr ${hex64(b + 1n)}`, `repr ${hex64(b - 1n)}`);
  }
  for (let e = -1074; e <= 1023; e += 3) lines.push(`repr ${hex64(bitsOf(2 ** e))}`);
  for (let k = -20; k <= 20; k++) {
    lines.push(`repr ${hex64(bitsOf(2 ** 53 + k * 2))}`, `repr ${hex64(bitsOf(2 ** 54 + k * 4))}`, `repr ${hex64(bitsOf(1e16 + k * 2))}`);
  }
  for (const x of CLASSICS) lines.push(`repr ${hex64(bitsOf(x))}`, `repr ${hex64(bitsOf(-x))}`);
  // Shortest-digit ties: 2^49 + 0.25 reads back from both ...312.2 and ...312.3 (equally
  // near); dtoa, and so repr, takes the even digit. Such values sit just above 2^40..2^53.
  for (let i = 0; i < 300; i++) {
    const j = 1 + below(7);
    lines.push(`repr ${hex64(bitsOf(2 ** (40 + below(14)) + below(1000) + (2 * below(2 ** (j - 1)) + 1) / 2 ** j))}`);
  }
  lines.push(`repr ${hex64(bitsOf(562949953421312.25))}`, `repr ${hex64(bitsOf(562949953421312.75))}`, `repr ${hex64(bitsOf(2 ** 47 + 0.375))}`);
  for (let i = 0; i < 200; i++) lines.push(`repr ${hex64(bitsOf(below(100000000) / 10 ** below(12)))}`);
  for (const special of [0, -0, Infinity, -Infinity, NaN]) lines.push(`repr ${hex64(bitsOf(special))}`);
  lines.push("repr fff8000000000001", "repr 7ff0000000000001");
  return lines;
}

function randomDigits(n: number): string {
  let s = String(1 + below(9));
  for (let i = 1; i < n; i++) s += String(below(10));
  return s;
}

function randomDecimal(maxDigits: number, expLo: number, expHi: number): string {
  const digits = randomDigits(1 + below(maxDigits));
  const point = below(digits.length + 1);
  const mantissa = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/\.$/, pick(["", "."]));
  const e = expLo + below(expHi - expLo + 1);
  return `${pick(["", "", "-", "+"])}${mantissa}${pick(["e", "E"])}${e}`;
}

const PARSE_FIXED = [
  "0", "-0", "+0.0", "0e0", "00000.00000e-5", "1", "-1", ".5", "5.", "1.5e3", "1E+3", "1e-3", "  1.5  ", "\t-2.5\n", "\x0b3\x0c", "\r4\r",
  "inf", "-inf", "+inf", "INF", "Infinity", "-iNfInItY", "nan", "-nan", "+NaN", "NAN",
  "1_000", "1_000.000_1", "1e1_0", "0_0.0_0", "1_0e-0_1",
  "", " ", ".", "e5", "1e", "1e+", "1e-", "--1", "+-1", "1.2.3", "0x10", "in f", "infinity!", "infinit", "nan1", "nan(1)",
  "1_", "_1", "1__0", "1_.5", "1._5", "1e_5", "1_e5", "inf_", "- 1", "1 e5", "1e5 5", "1\x00",
  "1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1.797693134862315807937e308",
  "1.797693134862315807936e308", "1.8e308", "1e309", "-1e309", "1e99999999999999", "1e-99999999999999", "0e99999999999999",
  "2.2250738585072014e-308", "2.2250738585072011e-308", "2.225073858507201e-308", "4.9406564584124654e-324", "5e-324",
  "2.4703282292062327e-324", "2.4703282292062328e-324", "2.4703282292062327208828e-324", "3e-324", "7.4e-324", "1e-324", "1e-400",
  "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000000000000001", "9007199254740995",
  "0.1", "0.2", "0.3", "0.30000000000000004", "123456789012345678901234567890", "1e23", "8.41e21", "1e22", "1e-22",
  `0.${"0".repeat(400)}1e400`, `1${"0".repeat(400)}e-400`, `${"9".repeat(1000)}`, `0.${"9".repeat(1000)}`, `${"1".repeat(5000)}e-4990`,
  `${"0".repeat(3000)}1.5`, `1.${"0".repeat(3000)}1`, `.${"0".repeat(320)}5`, `.${"0".repeat(330)}1`,
];

function parseLines(): string[] {
  const lines: string[] = [];
  for (const t of PARSE_FIXED) lines.push(`parse ${t}`);
  // Shortest reprs read back (CPython's own repr, via JavaScript's identical shortest form).
  for (let i = 0; i < 400; i++) {
    const x = fromBits(randomFinite64());
    lines.push(`parse ${String(x)}`);
  }
  for (let i = 0; i < 400; i++) lines.push(`parse ${randomDecimal(20, -340, 320)}`);
  for (let i = 0; i < 200; i++) lines.push(`parse ${randomDecimal(15, -25, 25)}`);
  for (let i = 0; i < 60; i++) lines.push(`parse ${randomDecimal(1200, -1500, 400)}`);
  // Midpoints between neighbouring doubles: exact ties, just off, and off beyond digit 800.
  const seeds: bigint[] = [bitsOf(1e23), bitsOf(2 ** 53), bitsOf(5e-324), bitsOf(2.2250738585072014e-308), bitsOf(1.7976931348623157e308) - 1n];
  for (let i = 0; i < 60; i++) seeds.push(randomFinite64() & ~(1n << 63n));
  for (let i = 0; i < 20; i++) seeds.push(subnormal64() & ~(1n << 63n));
  for (const b of seeds) {
    const [m, e] = decompose64(b);
    if (m === 0n) continue;
    for (const t of midpoints(m, e)) lines.push(`parse ${t}`);
  }
  // Underscores placed at random between digits.
  for (let i = 0; i < 100; i++) {
    const digits = randomDigits(2 + below(15));
    const cut = 1 + below(digits.length - 1);
    lines.push(`parse ${digits.slice(0, cut)}_${digits.slice(cut)}${pick(["", "e1_2", ".5_5", "e-3"])}`);
  }
  return lines;
}

function f32Lines(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < 500; i++) lines.push(`repr32 ${hex32(next64())}`);
  for (let i = 0; i < 60; i++) lines.push(`repr32 ${hex32(next64() & 0x807fffffn)}`);
  for (let e = -45; e <= 38; e++) lines.push(`repr32 ${hex32(bits32Of(Number(`1e${e}`)))}`);
  for (let k = -10; k <= 10; k++) lines.push(`repr32 ${hex32(bits32Of(2 ** 24 + k * 2))}`, `repr32 ${hex32(bits32Of(1e7 + k))}`);
  for (const x of [0.1, 0.2, 0.3, 1 / 3, 123456, 1234567, 16777216, 3.4028234663852886e38, 1.401298464324817e-45, 1.1754943508222875e-38]) {
    lines.push(`repr32 ${hex32(bits32Of(x))}`, `repr32 ${hex32(bits32Of(-x))}`);
  }
  for (const special of [0, -0, Infinity, -Infinity, NaN]) lines.push(`repr32 ${hex32(bits32Of(special))}`, `cap32 ${hex32(bits32Of(special))}`);
  for (let i = 0; i < 100; i++) lines.push(`cap32 ${hex32(next64())}`);
  for (const t of ["0.1", "1e39", "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38", "1e-46", "7e-46", "7.1e-46",
    "1.4e-45", "1.17549435e-38", "16777217", "16777219", "nan", "-inf", "1_5.5", "x", "0.1e-40", "8388608.5", "8388609.5"]) {
    lines.push(`parse32 ${t}`);
  }
  for (let i = 0; i < 300; i++) lines.push(`parse32 ${randomDecimal(12, -50, 40)}`);
  for (let i = 0; i < 60; i++) {
    const b = i < 15 ? next64() & 0x007fffffn : next64() & 0x7effffffn;
    const [m, e] = decompose32(b);
    if (m === 0n) continue;
    for (const t of midpoints(m, e)) lines.push(`parse32 ${t}`);
  }
  return lines;
}

// ---- running ----

async function oracle(input: string): Promise<string> {
  const r = await runCommand(["python3", path.join(import.meta.dirname, "float_oracle.py")], { input });
  if (r.status !== 0) throw new Error(`float_oracle.py failed: ${r.stderr}`);
  return r.stdout;
}

function compare(label: string, inputs: string[], got: string, want: string): void {
  const g = got.split("\n");
  const w = want.split("\n");
  const bad: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    if (g[i] !== w[i]) bad.push(`${inputs[i]!.slice(0, 120)}\n    ${label}: ${JSON.stringify(g[i]?.slice(0, 200))}\n    python: ${JSON.stringify(w[i]?.slice(0, 200))}`);
  }
  expect(bad.slice(0, 10).join("\n"), `${bad.length} of ${inputs.length} lines differ`).toBe("");
  expect(g.length).toBe(w.length);
}

describe("float text", () => {
  let program: SubsetProgram;
  beforeAll(async () => {
    program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "float_text.ts"), REPO_ROOT);
  });

  const suites: [string, () => string[]][] = [
    ["repr", reprLines],
    ["format and %", formatLines],
    ["parse", parseLines],
    ["f32 repr and parse", f32Lines],
  ];
  for (const [name, make] of suites) {
    it(`${name}: Node, native and CPython agree`, async () => {
      const inputs = make();
      expect(inputs.length).toBeGreaterThan(1000);
      const input = inputs.join("\n") + "\n";
      const want = await oracle(input);
      const { node, native } = await program.run([], { input, timeoutMs: 300_000 });
      expect(native.status).toBe(0);
      expect(node.status).toBe(0);
      expect(node.stdout === native.stdout, "Node and native outputs differ").toBe(true);
      compare("pyxis", inputs, native.stdout, want);
    }, 600_000);
  }

  it("repr is fast natively", async () => {
    // Kind 0: finite doubles from random bits (exponents spread over the whole range);
    // kind 1: short decimals such as 12.5 or 0.0371, what programs mostly print.
    const r = await runCommand([program.exe], { input: "bench 200000 0\nbench 200000 1\n" });
    expect(r.status).toBe(0);
    const rates = r.stdout.trim().split("\n").map((line) => {
      const [, count, us] = line.split(" ").map(Number);
      return (count! / Math.max(us!, 1)) * 1e6;
    });
    console.log(`float_format_repr natively: ${Math.round(rates[0]!)} calls/s (random finite doubles), ${Math.round(rates[1]!)} calls/s (short decimals)`);
    expect(rates[0]).toBeGreaterThan(20_000);
    expect(rates[1]).toBeGreaterThan(100_000);
  }, 120_000);
});
