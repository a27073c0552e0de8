// ports/rp2040/flash.c, the RP2040 block device, on its own: a small firmware
// (tests/ports/fixtures/rp2040_flash) links it without the core, writes and reads blocks
// through hal_bdev_* and halts; rp2040js runs it with the emulator's flash chip model
// (scripts/emulate/rp2040_flash.ts), so the SSI commands flash.c sends are what erase and
// program the emulated flash. Needs arm-none-eabi-gcc; a few seconds.

import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ConsoleLogger, LogLevel, RP2040 } from "rp2040js";
import { FIRMWARE_CFLAGS } from "../../scripts/build/firmware.js";
import { SpiNorFlash, installFlash } from "../../scripts/emulate/rp2040_flash.js";
import { runCommand } from "../harness/run.js";

const REPO = path.resolve(import.meta.dirname, "..", "..");
const FIXTURE_DIR = path.join(REPO, "tests", "ports", "fixtures", "rp2040_flash");
const OUT_DIR = path.join(REPO, "build", "test-rp2040-flash");
const FLASH_BASE = 0x10000000;
const FLASH_SIZE = 2 * 1024 * 1024;
/** The fixture's board_config.h: the file system starts at 1 MiB. */
const FS_OFFSET = 1024 * 1024;
const BLOCK = 512;

async function tool(cmd: string[]): Promise<string> {
  const r = await runCommand(cmd, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed:\n${r.stderr}`);
  return r.stdout;
}

let bin: Uint8Array;

beforeAll(async () => {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const elf = path.join(OUT_DIR, "flash_test.elf");
  const out = path.join(OUT_DIR, "flash_test.bin");
  await tool([
    "arm-none-eabi-gcc", ...FIRMWARE_CFLAGS, "-mcpu=cortex-m0plus", "-mthumb", "--specs=picolibc.specs", "-nostartfiles",
    `-I${FIXTURE_DIR}`, `-I${path.join(REPO, "ports", "rp2040")}`, `-I${path.join(REPO, "ports", "common")}`,
    "-T", path.join(FIXTURE_DIR, "link.ld"), "-Wl,--gc-sections", "-o", elf,
    path.join(FIXTURE_DIR, "main.c"), path.join(REPO, "ports", "rp2040", "flash.c"),
  ]);
  await tool(["arm-none-eabi-objcopy", "-O", "binary", elf, out]);
  bin = new Uint8Array(fs.readFileSync(out));
}, 120_000);

/** Run the firmware on a chip with `flash` until it halts: r0 then. */
function runToHalt(flash: SpiNorFlash): number {
  const chip = new RP2040();
  chip.logger = new ConsoleLogger(LogLevel.Error);
  installFlash(chip, flash);
  chip.core.VTOR = FLASH_BASE;
  chip.core.reset();
  let halted: number | undefined;
  chip.onBreak = () => {
    halted = chip.core.registers[0]! >>> 0;
  };
  for (let i = 0; i < 20_000_000 && halted === undefined; i++) chip.core.executeInstruction();
  if (halted === undefined) throw new Error("the flash test firmware did not halt");
  return halted;
}

const pattern = (block: number, i: number, seed: number): number => (block * 31 + i * 7 + seed) & 0xff;

describe("the RP2040 flash block device (flash.c) in rp2040js", () => {
  it("writes and reads 512-byte blocks over 4 KiB sectors, erasing only when bits must rise", () => {
    const flash = new SpiNorFlash(FLASH_SIZE, bin);
    // 0: every check of the firmware passed (main.c numbers them).
    expect(runToHalt(flash)).toBe(0);
    const block = (n: number): number[] => Array.from(flash.contents.subarray(FS_OFFSET + n * BLOCK, FS_OFFSET + (n + 1) * BLOCK));
    for (let b = 6; b < 14; b++) {
      const seed = b === 9 ? 2 : 1;
      expect(block(b)).toEqual(Array.from({ length: BLOCK }, (_, i) => pattern(b, i, seed)));
    }
    expect(block(5).every((x) => x === 0xff)).toBe(true);
    expect(block(14).every((x) => x === 0xff)).toBe(true);
    expect(block(2047)).toEqual(Array.from({ length: BLOCK }, (_, i) => pattern(2047, i, 3)));
    // One sector erase (20h): block 9's rewrite. Writing into erased flash only programs.
    expect(flash.executed.get(0x20)).toBe(1);
    // Page programs (02h): 4 + 12 pages for blocks 6..13, the 12 non-blank pages of the
    // erased sector again, 2 for block 2047.
    expect(flash.executed.get(0x02)).toBe(30);
    // Each erase and program preceded by a write enable.
    expect(flash.executed.get(0x06)).toBe(31);
    // The firmware itself is untouched.
    expect(Array.from(flash.contents.subarray(0, bin.length))).toEqual(Array.from(bin));
  });

  it("finds the blocks again after a reset (a new chip, the same flash)", () => {
    const flash = new SpiNorFlash(FLASH_SIZE, bin);
    expect(runToHalt(flash)).toBe(0);
    const chip = new RP2040();
    installFlash(chip, flash);
    // XIP reads on the new chip see what the first one programmed.
    expect(chip.readUint8(FLASH_BASE + FS_OFFSET + 9 * BLOCK + 1)).toBe(pattern(9, 1, 2));
  });
});
