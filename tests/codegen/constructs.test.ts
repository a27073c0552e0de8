// One program per construct family: generated to C, compiled with the host HAL, run, and
// compared byte for byte (stdout and exit status) with the same TypeScript run in Node.
// A few known values are also asserted, so a fault shared by both paths still fails.

import { describe, it, expect, beforeAll } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, type SubsetProgram } from "../harness/differential.js";

const dir = path.join(import.meta.dirname, "programs");

interface Case {
  program: string;
  args?: string[];
  status: number;
  /** Lines the output must contain (values checked by hand against JavaScript semantics). */
  expect: string[];
}

const CASES: Case[] = [
  { program: "int_edges", status: 0, expect: ["max+1=-2147483648", "min-1=2147483647", "u32 mul=1", "min/-1=-2147483648", "x%0=0", "u8(-1)=255", "i8(200)=-56", "f2i 3e10=-64771072", "f2u -1.5=4294967295", "nan=7ff8000000000000", "-0=8000000000000000"] },
  { program: "narrow_ints", status: 0, expect: ["digit('7')=7", "digit('x')=99", "clamp(-5)=0", "clamp(2147483647)=2147483647", "upper('q')=81", "upper('Q')=81", "u8 wrap=4", "i8 wrap=-128", "sext16(0x8001)=-32767", "u32>i32=1", "u16*u16=4294836225", "u16*u16>0=1", "abs(min)=2147483648", "clz32(0)=32"] },
  { program: "floats", status: 0, expect: ["hypot=4014000000000000", "f32 0.1=3fb99999a0000000", "min(-0,0)=8000000000000000", "nan<1=0", "f2i 2^31=-2147483648", "f2u 2^32+5=5", "1e308*10=7ff0000000000000"] },
  { program: "bigints", status: 0, expect: ["max+1=8000000000000000", "u32*u32=fffffffe00000001", "shr=fffffffffffffffd", "lt=1"] },
  { program: "control", status: 3, expect: ["sum_below(10)=45", "classify=-988", "collatz(27)=111", "primes<1000=168", "do-while=12", "do-once=101", "short-circuit calls=2", "t,u=1", "for(;;)=7"] },
  { program: "switches", status: 0, expect: ["add=5", "sub=-1", "neg=-2147483648", "score=1100", "score=11", "score=10", "score=100", "score(100)=-1", "odd=25"] },
  { program: "memory", status: 0, expect: ["u8=1", "i8 top=-128", "u16=33023", "i16=-32513", "u32 -2=4294967294", "nan hi=2146959360", "nan32=2143289344", "fill=2880154539", "compare ==0", "pick=7"] },
  { program: "layouts", status: 0, expect: ["Header.SIZE=4", "Point.SIZE=32", "Point.next.offset=24", "mark=-56", "Point.x.offset=8", "Packet.SIZE=28", "Packet.crc.offset=16", "steps=4", "delta=-42"] },
  { program: "tables", status: 0, expect: ["squares=140", "zero", "hello \"tables\"", "table call=42", "chosen=42", "bytes=52044", "counter=42"] },
  { program: "exceptions", status: 0, expect: ["safe_div ok=3", "safe_div /0=-5", "first_failure=3", "count=42", "loop_with_break=5", "deep raised=77", "depth=51", "inner=11", "outer=22", "after=9", "temps=42"] },
  { program: "strings", status: 0, expect: ["length=46", "questions=3", "written via the arena", "line two\r"] },
  { program: "hal_args", args: ["alpha", "b\u00e9ta"], status: 43, expect: ["argc=3", "alpha", "slept=1", "first byte=98", "exiting"] },
];

describe("constructs: the same program in Node and as generated C", () => {
  const built = new Map<string, SubsetProgram>();
  beforeAll(async () => {
    for (const c of CASES) built.set(c.program, await buildSubsetProgram(path.join(dir, `${c.program}.ts`), dir));
  }, 180_000);

  for (const c of CASES) {
    it(c.program, async () => {
      const { node, native } = await built.get(c.program)!.run(c.args ?? []);
      expect(node.stderr).toBe("");
      expect(native.stderr).toBe("");
      expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
      expect(native.status).toBe(node.status);
      expect(native.status).toBe(c.status);
      const lines = native.stdout.split("\n");
      for (const line of c.expect) expect(lines).toContain(line);
    }, 60_000);
  }
});
