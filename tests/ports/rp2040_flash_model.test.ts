// The emulated Pico's flash chip (scripts/emulate/rp2040_flash.ts), driven through the
// SSI and IO_QSPI registers of an rp2040js chip the way ports/rp2040/flash.c drives them:
// chip select by IO_QSPI's override, 8-bit frames through SSI DR0, answers from the
// receive FIFO. Fast: no firmware, no compiler.

import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RP2040 } from "rp2040js";
import { SpiNorFlash, installFlash } from "../../scripts/emulate/rp2040_flash.js";

const SSI = 0x18000000;
const SSI_CTRLR0 = SSI + 0x00;
const SSI_SSIENR = SSI + 0x08;
const SSI_SR = SSI + 0x28;
const SSI_DR0 = SSI + 0x60;
const SS_CTRL = 0x40018000 + 0x0c;
const OUTOVER_LOW = 2 << 8;
const OUTOVER_HIGH = 3 << 8;
const OUTOVER_NORMAL = 0;
const SIZE = 2 * 1024 * 1024;
const XIP = 0x10000000;

/** A chip with `flash` installed and the SSI in command mode (8-bit frames, TMOD 0). */
function chipWith(flash: SpiNorFlash): RP2040 {
  const chip = new RP2040();
  installFlash(chip, flash);
  chip.writeUint32(SSI_SSIENR, 0);
  chip.writeUint32(SSI_CTRLR0, 7 << 16);
  chip.writeUint32(SSI_SSIENR, 1);
  return chip;
}

/** One command with chip select held low: every byte's answer. */
function command(chip: RP2040, bytes: number[]): number[] {
  chip.writeUint32(SS_CTRL, OUTOVER_LOW);
  const answers: number[] = [];
  for (const b of bytes) {
    chip.writeUint32(SSI_DR0, b);
    expect(chip.readUint32(SSI_SR) & (1 << 3)).not.toBe(0); // RFNE: the answer is there
    answers.push(chip.readUint32(SSI_DR0));
  }
  chip.writeUint32(SS_CTRL, OUTOVER_HIGH);
  return answers;
}

const addr = (a: number): number[] => [(a >> 16) & 0xff, (a >> 8) & 0xff, a & 0xff];

function xipBytes(chip: RP2040, at: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => chip.readUint8(XIP + at + i));
}

describe("the emulated flash chip", () => {
  it("programs and erases only after write enable, and XIP reads see it", () => {
    const flash = new SpiNorFlash(SIZE, new Uint8Array(16).fill(0x11));
    const chip = chipWith(flash);
    const at = 0x100000;
    // Without write enable (06h) nothing happens.
    command(chip, [0x02, ...addr(at), 0x12, 0x34]);
    expect(xipBytes(chip, at, 2)).toEqual([0xff, 0xff]);
    // Status: WEL after 06h, cleared by the program it enables.
    command(chip, [0x06]);
    expect(command(chip, [0x05, 0])[1]).toBe(0x02);
    command(chip, [0x02, ...addr(at), 0x12, 0x34, 0xf0]);
    expect(command(chip, [0x05, 0])[1]).toBe(0x00);
    expect(xipBytes(chip, at, 4)).toEqual([0x12, 0x34, 0xf0, 0xff]);
    // Programming only clears bits.
    command(chip, [0x06]);
    command(chip, [0x02, ...addr(at + 2), 0x0f]);
    expect(xipBytes(chip, at + 2, 1)).toEqual([0x00]);
    // Read (03h) and fast read (0Bh, one dummy byte) answer the contents.
    expect(command(chip, [0x03, ...addr(at), 0, 0, 0]).slice(4)).toEqual([0x12, 0x34, 0x00]);
    expect(command(chip, [0x0b, ...addr(at), 0, 0, 0]).slice(5)).toEqual([0x12, 0x34]);
    // Sector erase (20h) clears the 4 KiB sector holding the address, and only it.
    command(chip, [0x06]);
    command(chip, [0x02, ...addr(at + 4096), 0x55]);
    command(chip, [0x06]);
    command(chip, [0x20, ...addr(at + 100)]);
    expect(xipBytes(chip, at, 3)).toEqual([0xff, 0xff, 0xff]);
    expect(xipBytes(chip, at + 4096, 1)).toEqual([0x55]);
    // The firmware at the start of flash is untouched.
    expect(xipBytes(chip, 0, 2)).toEqual([0x11, 0x11]);
  });

  it("wraps a page program within its 256-byte page", () => {
    const flash = new SpiNorFlash(SIZE, new Uint8Array(0));
    const chip = chipWith(flash);
    command(chip, [0x06]);
    command(chip, [0x02, ...addr(0x2000 + 254), 1, 2, 3, 4]);
    expect(xipBytes(chip, 0x2000 + 254, 2)).toEqual([1, 2]);
    expect(xipBytes(chip, 0x2000, 2)).toEqual([3, 4]);
    expect(xipBytes(chip, 0x2000 + 256, 1)).toEqual([0xff]);
  });

  it("erases 64 KiB blocks (D8h) and answers its JEDEC id", () => {
    const flash = new SpiNorFlash(SIZE, new Uint8Array(0));
    const chip = chipWith(flash);
    command(chip, [0x06]);
    command(chip, [0x02, ...addr(0x30000 + 0x8000), 0]);
    command(chip, [0x06]);
    command(chip, [0xd8, ...addr(0x30000)]);
    expect(xipBytes(chip, 0x38000, 1)).toEqual([0xff]);
    expect(command(chip, [0x9f, 0, 0, 0]).slice(1)).toEqual([0xef, 0x40, 21]);
  });

  it("ignores frames while chip select is not driven low", () => {
    const flash = new SpiNorFlash(SIZE, new Uint8Array(0));
    const chip = chipWith(flash);
    chip.writeUint32(SS_CTRL, OUTOVER_NORMAL);
    for (const b of [0x06, 0x20, 0, 0, 0]) chip.writeUint32(SSI_DR0, b);
    expect(flash.executed.size).toBe(0);
  });

  it("keeps its contents across a power-on, and in an image file across runs", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-flash-"));
    const file = path.join(dir, "flash.img");
    try {
      const firmware = new Uint8Array([1, 2, 3, 4]);
      const flash = new SpiNorFlash(SIZE, firmware, file);
      let chip = chipWith(flash);
      command(chip, [0x06]);
      command(chip, [0x02, ...addr(0x150000), 0xab, 0xcd]);
      // A watchdog reset: a new RP2040 object, the same chip.
      chip = chipWith(flash);
      expect(xipBytes(chip, 0x150000, 2)).toEqual([0xab, 0xcd]);
      flash.close();
      expect(fs.statSync(file).size).toBe(SIZE);
      // A new emulator run with new firmware: the file system region is still there.
      const again = new SpiNorFlash(SIZE, new Uint8Array([9, 9]), file);
      const chip2 = chipWith(again);
      expect(xipBytes(chip2, 0, 4)).toEqual([9, 9, 3, 4]);
      expect(xipBytes(chip2, 0x150000, 2)).toEqual([0xab, 0xcd]);
      again.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
