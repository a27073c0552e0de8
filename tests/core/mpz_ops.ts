// Operation lines for tests/core/programs/mpz_calc.ts: random with a fixed seed, weighted
// toward the edges where big-integer code goes wrong (digit and word boundaries, signs,
// carries through runs of 0xffff digits, Knuth division's correction steps, float ties).

/** xorshift128+ with a fixed seed: the same lines on every run. */
export class Rng {
  private s0: bigint;
  private s1: bigint;

  constructor(seed: number) {
    this.s0 = BigInt(seed) * 0x9e3779b97f4a7c15n + 1n;
    this.s1 = BigInt(seed) ^ 0x2545f4914f6cdd1dn;
    for (let i = 0; i < 8; i++) this.next64();
  }

  next64(): bigint {
    let x = this.s0;
    const y = this.s1;
    this.s0 = y;
    x = BigInt.asUintN(64, x ^ (x << 23n));
    this.s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return BigInt.asUintN(64, this.s1 + y);
  }

  /** 0 <= n < limit. */
  int(limit: number): number {
    return Number(this.next64() % BigInt(limit));
  }

  chance(p: number): boolean {
    return this.int(1_000_000) < p * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** A uniformly random value of exactly `bits` bits (0 for 0 bits). */
  bits(bits: number): bigint {
    if (bits === 0) return 0n;
    let v = 0n;
    for (let have = 0; have < bits; have += 64) v = (v << 64n) | this.next64();
    v &= (1n << BigInt(bits)) - 1n;
    return v | (1n << BigInt(bits - 1));
  }
}

const POWERS = [0n, 1n, 2n, 15n, 16n, 17n, 31n, 32n, 33n, 52n, 53n, 54n, 63n, 64n, 65n, 127n, 128n, 1000n];
const EDGES: bigint[] = [];
for (const k of POWERS) {
  const p = 1n << k;
  for (const v of [p - 1n, p, p + 1n]) EDGES.push(v, -v);
}
for (const v of [10n ** 20n, 10n ** 100n, 10n ** 300n, 3n ** 200n]) EDGES.push(v, -v, v - 1n, 1n - v);

/** Digit patterns that stress carries, borrows and quotient estimates. */
const DIGIT_PATTERNS = [0n, 1n, 0x7fffn, 0x8000n, 0xfffen, 0xffffn];

export class Numbers {
  constructor(readonly rng: Rng, readonly maxBits: number) {}

  sign(v: bigint): bigint {
    return this.rng.chance(0.5) ? -v : v;
  }

  /** 16-bit digits drawn from the patterns (and some random ones), top digit non-zero. */
  pattern(digits: number): bigint {
    let v = 0n;
    for (let i = 0; i < digits; i++) {
      const d = this.rng.chance(0.8) ? this.rng.pick(DIGIT_PATTERNS) : BigInt(this.rng.int(65536));
      v = (v << 16n) | (i === 0 && d === 0n ? 0x8000n : d);
    }
    return v;
  }

  any(): bigint {
    const r = this.rng;
    const max = this.maxBits;
    switch (r.int(6)) {
      case 0: return r.pick(EDGES.filter((e) => e.toString(2).length <= max + 2));
      case 1: return this.sign(r.bits(r.int(65)));
      case 2: return this.sign(r.bits(r.int(Math.min(max, 700) + 1)));
      case 3: return this.sign(this.pattern(1 + r.int(Math.max(1, Math.floor(max / 16)))));
      case 4: return this.sign(r.bits(Math.floor(max * 0.4) + r.int(Math.ceil(max * 0.6))));
      default: return this.sign(r.bits(r.int(33)));
    }
  }

  /** A divisor for a: often near a's size, sometimes tiny, sometimes 0. */
  divisor(a: bigint): bigint {
    const r = this.rng;
    const abits = a < 0n ? (-a).toString(2).length : a.toString(2).length;
    switch (r.int(7)) {
      case 0: return r.chance(0.3) ? 0n : this.sign(BigInt(1 + r.int(65535)));
      case 1: return this.sign(this.pattern(1 + r.int(Math.max(1, Math.ceil(abits / 16)))));
      case 2: return this.sign(r.bits(Math.max(1, abits - r.int(40))));
      case 3: return this.sign(r.bits(Math.max(1, r.int(abits + 20))));
      default: return this.any() || 1n;
    }
  }
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

function hex(bytes: number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Text as an "h" and its bytes in hex: never empty, never split by the spaces in it. */
function textHex(s: string): string {
  return "h" + hex([...s].map((c) => c.charCodeAt(0)));
}

const SPACES = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f"];
const PREFIX: Record<number, string> = { 16: "x", 8: "o", 2: "b" };
const BAD_TEXTS = [
  "", " ", "+", "-", "_", "0x", "0b", "0o", "1_", "_1", "1__0", "- 1", "+-1", "0 1", "1 1", "0x_", "0_x1", "12a",
  "010", "0_0", "00", "0_1", "000", "-0", "+0_0", "0b1", "0B1", "0x1F", "0X_f", "0o17", "0O_7", "1e5", "1.0",
  "\x00", "9" + "_9".repeat(40), "z", "Z", "0z",
];

export class Ops {
  readonly lines: string[] = [];

  constructor(readonly rng: Rng, readonly n: Numbers, readonly powExp: number) {}

  add(op: string, ...args: (bigint | number | string)[]): void {
    this.lines.push([op, ...args.map(String)].join(" "));
  }

  arithmetic(count: number): void {
    const { rng, n } = this;
    for (let i = 0; i < count; i++) {
      const a = n.any();
      const b = rng.chance(0.2) ? a + BigInt(rng.int(3)) - 1n : n.any();
      this.add(rng.pick(["add", "sub", "mul", "cmp"]), a, rng.chance(0.1) ? -a : b);
    }
  }

  division(count: number): void {
    const { rng, n } = this;
    for (let i = 0; i < count; i++) {
      let a = n.any();
      const b = n.divisor(a);
      // Sometimes a = b * q + r exactly at a boundary of the remainder.
      if (b !== 0n && rng.chance(0.25)) a = b * n.sign(n.pattern(1 + rng.int(6))) + rng.pick([0n, 1n, -1n, b - 1n, 1n - b]);
      this.add(rng.pick(["divmod", "divmod", "floordiv", "mod"]), a, b);
    }
  }

  bitwise(count: number): void {
    const { rng, n } = this;
    for (let i = 0; i < count; i++) {
      const a = n.any();
      const b = rng.chance(0.15) ? -a + BigInt(rng.int(3)) - 1n : n.any();
      if (rng.chance(0.15)) this.add("invert", a);
      else this.add(rng.pick(["and", "or", "xor"]), a, b);
    }
  }

  shifts(count: number): void {
    const { rng, n } = this;
    for (let i = 0; i < count; i++) {
      const a = n.any();
      const bits = bitLength(a);
      const k = rng.pick([0, 1, 15, 16, 17, 31, 32, 33, 64, rng.int(200), rng.int(bits + 40), bits, bits - 1, bits + 1]);
      this.add(rng.pick(["shl", "shr", "shr"]), a, rng.chance(0.02) ? -1 - rng.int(5) : Math.max(0, k));
    }
  }

  powers(count: number): void {
    const { rng, n } = this;
    for (let i = 0; i < count; i++) {
      const base = rng.chance(0.3) ? rng.pick([0n, 1n, -1n, 2n, -2n, 3n, 10n, 65535n, 65536n, -65536n]) : n.sign(rng.bits(rng.int(40)));
      const small = BigInt(rng.int(this.powExp));
      const e = rng.chance(0.05) ? -1n - BigInt(rng.int(3)) : base >= -1n && base <= 1n && rng.chance(0.5) ? 10n ** 20n + BigInt(rng.int(2)) : small;
      this.add("pow", base, e);
    }
  }

  modularPowers(count: number): void {
    const { rng, n } = this;
    for (let i = 0; i < count; i++) {
      const m = rng.chance(0.05) ? 0n : rng.chance(0.1) ? rng.pick([1n, -1n, 2n, -2n]) : n.sign(n.rng.bits(1 + rng.int(Math.min(n.maxBits, 600))));
      const e = rng.chance(0.2) ? -BigInt(1 + rng.int(1000)) : rng.bits(rng.int(Math.min(n.maxBits, 160)));
      this.add("pow", n.any(), e, m);
    }
  }

  text(count: number): void {
    const { rng, n } = this;
    for (let i = 0; i < count; i++) {
      if (rng.chance(0.5)) {
        this.add("str", n.any(), 2 + rng.int(35));
        continue;
      }
      if (rng.chance(0.15)) {
        this.add("int", textHex(rng.pick(BAD_TEXTS)), rng.pick([0, 0, 10, 16, 8, 2, 36, 1, 37]));
        continue;
      }
      const base = rng.pick([0, 10, 16, 8, 2, 36, 3, 7, 31, 10, 0]);
      const shown = base === 0 ? rng.pick([10, 16, 8, 2]) : base;
      const v = n.any();
      let digits = (v < 0n ? -v : v).toString(shown);
      digits = [...digits].map((c) => (rng.chance(0.3) ? c.toUpperCase() : c)).join("");
      if (rng.chance(0.3)) digits = [...digits].map((c, j) => (j > 0 && rng.chance(0.2) ? "_" + c : c)).join("");
      if (rng.chance(0.05)) digits = digits.replace(/(.)/, "$1__");
      if (rng.chance(0.1) && base !== 0) digits = "0".repeat(1 + rng.int(3)) + digits;
      let prefix = "";
      if ((base === 0 && shown !== 10) || (PREFIX[base] !== undefined && rng.chance(0.4))) {
        const letter = PREFIX[shown]!;
        prefix = "0" + (rng.chance(0.5) ? letter.toUpperCase() : letter) + (rng.chance(0.2) ? "_" : "");
      }
      const sign = v < 0n ? "-" : rng.chance(0.2) ? "+" : "";
      const pad = (): string => (rng.chance(0.3) ? Array.from({ length: 1 + rng.int(3) }, () => rng.pick(SPACES)).join("") : "");
      this.add("int", textHex(pad() + sign + prefix + digits + pad()), base);
    }
  }

  floats(count: number): void {
    const { rng, n } = this;
    const limit = (1n << 1024n) - (1n << 970n);
    const special = [limit, limit - 1n, -limit, limit + 1n, 1n << 1023n, (1n << 1024n) - 1n, 1n << 1024n];
    for (let i = 0; i < count; i++) {
      const k = BigInt(rng.int(1000));
      const m = (1n << 53n) + BigInt(rng.int(64));
      const choice = rng.int(5);
      const v = choice === 0 ? rng.pick(special) : choice === 1 ? n.sign(m * (1n << k) + rng.pick([0n, 1n, -1n, 1n << k >> 1n])) : n.any();
      this.add("float", v);
    }
    const fixed = ["0000000000000000", "8000000000000000", "3fe0000000000000", "bfe0000000000000", "7ff0000000000000",
      "fff0000000000000", "7ff8000000000000", "43e0000000000000", "c3e0000000000000", "7fefffffffffffff", "0000000000000001"];
    for (let i = 0; i < count; i++) {
      const bits = i < fixed.length ? fixed[i]! : rng.next64().toString(16).padStart(16, "0");
      this.add("fromfloat", bits);
    }
  }

  bytes(count: number): void {
    const { rng, n } = this;
    for (let i = 0; i < count; i++) {
      const a = rng.chance(0.2) ? n.sign(1n << BigInt(8 * rng.int(10) + 7)) + BigInt(rng.int(3)) - 1n : n.any();
      const size = Math.max(0, Math.ceil(bitLength(a) / 8) + rng.int(3) - 1);
      this.add("bytes", a, size, rng.pick(["little", "big"]), rng.pick(["signed", "unsigned"]));
    }
    for (let i = 0; i < count / 2; i++) {
      const len = rng.int(40);
      const bytes = Array.from({ length: len }, () => (rng.chance(0.5) ? rng.pick([0, 0xff, 0x80, 0x7f]) : rng.int(256)));
      this.add("frombytes", "h" + hex(bytes), rng.pick(["little", "big"]), rng.pick(["signed", "unsigned"]));
    }
  }

  inspection(count: number): void {
    const { rng, n } = this;
    for (let i = 0; i < count; i++) {
      const op = rng.pick(["bitlen", "hash", "hash", "i32", "i32", "neg", "abs", "fromi32", "fromu32"]);
      if (op === "fromi32") this.add(op, BigInt(rng.int(2 ** 32) - 2 ** 31));
      else if (op === "fromu32") this.add(op, rng.pick([0, 1, 65535, 65536, 2 ** 31, 2 ** 32 - 1, rng.int(2 ** 32)]));
      else this.add(op, n.any());
    }
  }
}

/** The main list: every operation, numbers up to maxBits (300+ decimal digits at 1000+ bits). */
export function mainOps(seed: number): string[] {
  const rng = new Rng(seed);
  const ops = new Ops(rng, new Numbers(rng, 2600), 400);
  ops.arithmetic(600);
  ops.division(500);
  ops.bitwise(350);
  ops.shifts(220);
  ops.powers(90);
  ops.modularPowers(60);
  ops.text(450);
  ops.floats(150);
  ops.bytes(160);
  ops.inspection(200);
  return ops.lines;
}

/** A smaller list for GC stress mode, where every allocation collects. */
export function stressOps(seed: number): string[] {
  const rng = new Rng(seed);
  const ops = new Ops(rng, new Numbers(rng, 300), 60);
  ops.arithmetic(60);
  ops.division(60);
  ops.bitwise(40);
  ops.shifts(30);
  ops.powers(20);
  ops.modularPowers(12);
  ops.text(40);
  ops.floats(15);
  ops.bytes(20);
  ops.inspection(20);
  return ops.lines;
}
