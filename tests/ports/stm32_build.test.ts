// NUCLEO_F411RE and PYBV11 build (and fit) with `pyxis build`'s driver; their images' vector
// tables say what the chip needs to start: the initial stack pointer at the top of the
// region the stack lives in (CCM on the F405, SRAM on the F411), the reset handler in flash
// with the Thumb bit, and the console's interrupt served at its NVIC position.

import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildFirmware } from "../../scripts/build/firmware.js";

function symbols(elf: string): Map<string, number> {
  const out = execFileSync("arm-none-eabi-nm", [elf], { encoding: "utf8" });
  const map = new Map<string, number>();
  for (const line of out.split("\n")) {
    const [addr, , name] = line.trim().split(/\s+/);
    if (addr !== undefined && name !== undefined) map.set(name, parseInt(addr, 16));
  }
  return map;
}

describe.each([
  { board: "NUCLEO_F411RE", stackTop: 0x20020000, consoleIrq: 38, flash: 512 * 1024 },
  { board: "PYBV11", stackTop: 0x10010000, consoleIrq: 52, flash: 1024 * 1024 },
])("$board", ({ board, stackTop, consoleIrq, flash }) => {
  it("builds, fits, and has a vector table that starts the chip", async () => {
    const out = path.join(REPO_ROOT, "build", "test-stm32", board);
    const fw = await buildFirmware({ board, outDir: out, log: () => {} });
    expect(fw.use.flashUsed).toBeLessThanOrEqual(flash);
    expect(fw.use.ramUsed).toBeLessThanOrEqual(128 * 1024);
    for (const f of ["firmware.elf", "firmware.bin", "firmware.hex", "firmware.dfu"]) expect(fs.existsSync(path.join(out, f))).toBe(true);
    const bin = fs.readFileSync(path.join(out, "firmware.bin"));
    const sym = symbols(fw.elf);
    expect(bin.readUInt32LE(0)).toBe(stackTop);
    expect(bin.readUInt32LE(4)).toBe(sym.get("Reset_Handler")! | 1);
    expect(bin.readUInt32LE(4) & 0xff000000).toBe(0x08000000);
    expect(bin.readUInt32LE(4 * (16 + consoleIrq))).toBe(sym.get("console_irq_handler")! | 1);
    expect(bin.readUInt32LE(4 * 15)).toBe(sym.get("SysTick_Handler")! | 1);
    expect(bin.readUInt32LE(4 * (16 + 40))).toBe(sym.get("exti_irq_handler")! | 1); // EXTI15_10
  }, 900_000);
});
