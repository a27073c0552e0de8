// Keeps `npm run bench` from rotting without running it: the parsers on small inputs, the
// heap bisection, one speed program under callgrind against python3, and the size report
// of an RPI_PICO firmware when one is already built. Under a minute once the host
// executable exists (PYXIS_PY_EXE reuses one).

import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildHostCore } from "../../scripts/commands/core.js";
import { parseCallgrindTotal, valgrindAvailable } from "../../bench/callgrind.js";
import { geometricMean, type BenchOptions } from "../../bench/common.js";
import { smallestHeap } from "../../bench/memory.js";
import { renderMarkdown, targets, type BenchResults } from "../../bench/report.js";
import { measureSize, moduleOfObject, parseLinkerMap } from "../../bench/size.js";
import { measureSpeed, speedPrograms, QUICK_PROGRAMS } from "../../bench/speed.js";

const MAP = `Discarded input sections

 .text.unused   0x00000000       0x40 /b/obj/build__gen-board__gen__vm.o

Linker script and memory map

.text           0x10000100     0x1000
 .text.vm_run   0x10000100      0x200 /b/obj/build__gen-board__gen__vm.o
 .text.a_rather_long_function_name
                0x10000300       0x30 /b/obj/build__gen-board__gen__vm.o
 .text.memcpy   0x10000330       0x10 /usr/lib/gcc/arm-none-eabi/libc.a(memcpy.o)
 .rodata.tab    0x10000340       0x20 /b/obj/ports__rp2040__usb_cdc.o
.data           0x20000000        0x8 load address 0x10001100
 .data.x        0x20000000        0x8 /b/obj/build__gen-board__gen__gc.o
.bss            0x20000008      0x104
 .bss.heap      0x20000008      0x100 /b/obj/build__gen-board__gen__gc.o
 COMMON         0x20000108        0x4 /b/obj/board__board_pins.o
.stack          0x20040000     0x2000
 .stack         0x20040000     0x2000 /b/obj/ports__rp2040__startup.o
.debug_info     0x00000000      0x999
 .debug_info    0x00000000      0x999 /b/obj/build__gen-board__gen__vm.o
`;

function quietOptions(dir: string): BenchOptions {
  return { quick: true, outDir: dir, log: () => {} };
}

describe("bench: parsing and arithmetic", () => {
  it("reads callgrind's total", () => {
    expect(parseCallgrindTotal("events: Ir\nsummary: 123456\ntotals: 123456\n")).toBe(123456);
    expect(parseCallgrindTotal("events: Ir\n")).toBeUndefined();
  });

  it("sums the kept input sections of a linker map per module", () => {
    expect(moduleOfObject("/b/obj/build__gen-board__gen__objects_list.o")).toBe("objects_list");
    expect(moduleOfObject("/b/obj/ports__stm32__clock.o")).toBe("port");
    const shares = parseLinkerMap(MAP);
    const by = Object.fromEntries(shares.map((s) => [s.module, s]));
    // Discarded sections, the stack and debug information do not count.
    expect(by["vm"]).toEqual({ module: "vm", flash: 0x230, ram: 0 });
    expect(by["C library"]).toEqual({ module: "C library", flash: 0x10, ram: 0 });
    expect(by["port"]).toEqual({ module: "port", flash: 0x20, ram: 0 });
    // Initialised data takes flash (its load image) and RAM.
    expect(by["gc"]).toEqual({ module: "gc", flash: 0x8, ram: 0x108 });
    expect(by["board"]).toEqual({ module: "board", flash: 0, ram: 4 });
    expect(shares[0]!.module).toBe("vm");
  });

  it("bisects the smallest heap on 1 KiB steps", async () => {
    expect(await smallestHeap(1024, 1 << 20, async (h) => h >= 37_000)).toBe(37 * 1024);
    expect(await smallestHeap(1024, 1 << 20, async () => true)).toBe(1024);
    expect(await smallestHeap(1024, 1 << 20, async () => false)).toBeNull();
  });

  it("takes the geometric mean", () => {
    expect(geometricMean([1, 4])).toBeCloseTo(2, 12);
    expect(geometricMean([2, 2, 2])).toBeCloseTo(2, 12);
  });

  it("has the suite the issue asks for", () => {
    expect(speedPrograms(false).length).toBeGreaterThanOrEqual(12);
    expect(speedPrograms(true)).toEqual([...QUICK_PROGRAMS].sort());
  });
});

describe("bench: measurements", () => {
  let exe = "";
  let scratch = "";
  beforeAll(async () => {
    exe = process.env["PYXIS_PY_EXE"] ?? (await buildHostCore()).exe;
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-bench-"));
  });

  it("counts one program's instructions for Pyxis and python3, and they agree", async (ctx) => {
    if (!(await valgrindAvailable())) ctx.skip();
    const r = await measureSpeed(quietOptions(scratch), exe, ["nqueens"]);
    const p = r.programs[0]!;
    expect(p.python3Output).toBe("nqueens [2, 10, 4, 40, 92] 148");
    expect(p.agrees, p.pyxisOutput).toBe(true);
    expect(p.pyxisInstructions!).toBeGreaterThan(1_000_000);
    expect(p.python3Instructions).toBeGreaterThan(1_000_000);
    expect(r.startup.pyxisInstructions).toBeGreaterThan(10_000);
    expect(r.geometricMeanRatio).toBeCloseTo(p.ratio!, 12);
    const results: BenchResults = {
      date: "d", quick: true, machine: { cpus: 1, node: "v" }, core: { modules: 1, typescriptLines: 1, hostBuildCLines: 1 },
      build: null, speed: r, size: null, memory: null, boot: null,
    };
    expect(renderMarkdown(results)).toContain("| nqueens |");
    expect(targets(results).map((t) => t.what)).toContain("VM speed: instructions vs python3, geometric mean");
  }, 240_000);

  it("reports the size of an RPI_PICO firmware already built", (ctx) => {
    const dir = path.join(REPO_ROOT, "build", "RPI_PICO");
    if (!fs.existsSync(path.join(dir, "sizes.json")) || !fs.existsSync(path.join(dir, "firmware.map"))) ctx.skip();
    const r = measureSize(quietOptions(scratch), { RPI_PICO: dir });
    expect(r.picoFlash).toBeGreaterThan(10_000);
    const summed = r.picoModules.reduce((sum, m) => sum + m.flash, 0);
    // The map's kept sections account for the firmware's flash within a few percent.
    expect(Math.abs(summed - r.picoFlash!) / r.picoFlash!).toBeLessThan(0.05);
    expect(r.picoModules.some((m) => m.module === "vm")).toBe(true);
  });
});
