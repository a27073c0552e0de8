// The RP2040 images: UF2 blocks, boot2's CRC32, the generated linker script. Fast: no
// compiler or emulator (the emulator tests boot real firmware).

import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  parseUf2, uf2FromBinary, Uf2Error, RP2040_FAMILY_ID, UF2_BLOCK_SIZE, UF2_MAGIC_START0, UF2_MAGIC_START1, UF2_MAGIC_END,
} from "../../scripts/build/uf2.js";
import { bootromCrc32, sealBoot2, linkerScript, recipe, BOOT2_SIZE } from "../../ports/rp2040/build.js";
import { crc32Mpeg2, createRp2040Board } from "../../scripts/emulate/rp2040.js";
import { loadBoard } from "../../scripts/boards/board.js";

describe("UF2", () => {
  it("puts 256 bytes per 512-byte block, at consecutive flash addresses, with the RP2040 family", () => {
    const image = new Uint8Array(600).map((_, i) => i & 0xff);
    const uf2 = uf2FromBinary(image, 0x10000000, RP2040_FAMILY_ID);
    expect(uf2.length).toBe(3 * UF2_BLOCK_SIZE);
    const v = new DataView(uf2.buffer);
    for (let b = 0; b < 3; b++) {
      const o = b * UF2_BLOCK_SIZE;
      expect(v.getUint32(o, true)).toBe(UF2_MAGIC_START0);
      expect(v.getUint32(o + 4, true)).toBe(UF2_MAGIC_START1);
      expect(v.getUint32(o + 8, true)).toBe(0x2000);
      expect(v.getUint32(o + 12, true)).toBe(0x10000000 + 256 * b);
      expect(v.getUint32(o + 16, true)).toBe(256);
      expect(v.getUint32(o + 20, true)).toBe(b);
      expect(v.getUint32(o + 24, true)).toBe(3);
      expect(v.getUint32(o + 28, true)).toBe(0xe48bff56);
      expect(v.getUint32(o + 508, true)).toBe(UF2_MAGIC_END);
    }
    // The last block's payload is the image's tail, padded with zeros.
    expect(Array.from(uf2.subarray(2 * 512 + 32, 2 * 512 + 32 + 88))).toEqual(Array.from(image.subarray(512)));
    expect(uf2[2 * 512 + 32 + 88]).toBe(0);
  });

  it("reads back what it wrote", () => {
    const image = new Uint8Array(1000).map((_, i) => (i * 7) & 0xff);
    const parsed = parseUf2(uf2FromBinary(image, 0x10000000, RP2040_FAMILY_ID));
    expect(parsed.familyId).toBe(RP2040_FAMILY_ID);
    const joined = new Uint8Array(parsed.chunks.length * 256);
    for (const c of parsed.chunks) joined.set(c.data, c.address - 0x10000000);
    expect(Array.from(joined.subarray(0, 1000))).toEqual(Array.from(image));
  });

  it("rejects a file that is not UF2, naming the block", () => {
    expect(() => parseUf2(new Uint8Array(100))).toThrow(Uf2Error);
    const uf2 = uf2FromBinary(new Uint8Array(512), 0x10000000, RP2040_FAMILY_ID);
    uf2[512 + 508] ^= 1;
    expect(() => parseUf2(uf2, "x.uf2")).toThrow(/x\.uf2: block 1: bad magic/);
  });
});

describe("boot2", () => {
  it("uses the bootrom's CRC-32 (MPEG-2 variant: 0x04c11db7, no reflection, no final xor)", () => {
    // The catalogued check value of CRC-32/MPEG-2 for "123456789".
    expect(bootromCrc32(new TextEncoder().encode("123456789"))).toBe(0x0376e6e7);
    expect(crc32Mpeg2(new TextEncoder().encode("123456789"))).toBe(0x0376e6e7);
  });

  it("is padded to 252 bytes and sealed with its CRC in the last 4", () => {
    const sealed = sealBoot2(Uint8Array.of(1, 2, 3));
    expect(sealed.length).toBe(BOOT2_SIZE);
    const crc = new DataView(sealed.buffer).getUint32(252, true);
    expect(crc).toBe(bootromCrc32(sealed.subarray(0, 252)));
    expect(() => sealBoot2(new Uint8Array(253))).toThrow(/must fit in 252/);
  });

  it("is refused by the emulator when its CRC is wrong, as by the bootrom", () => {
    const image = new Uint8Array(1024);
    image.set(sealBoot2(Uint8Array.of(0x00, 0xbe)));
    image[10] ^= 0xff;
    expect(() => createRp2040Board(image, { console: "uart", quiet: true })).toThrow(/CRC32/);
  });

  it("assembles from boot2.S to at most 252 bytes", () => {
    const board = loadBoard("RPI_PICO");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-boot2-"));
    try {
      const [file] = recipe.generate(board, dir);
      const text = fs.readFileSync(file!, "utf8");
      const bytes = [...text.matchAll(/0x([0-9a-f]{2}),/g)].map((m) => parseInt(m[1]!, 16));
      expect(bytes.length).toBe(256);
      const sealed = Uint8Array.from(bytes);
      expect(new DataView(sealed.buffer).getUint32(252, true)).toBe(bootromCrc32(sealed.subarray(0, 252)));
      // The linker script sits next to it.
      expect(fs.readFileSync(path.join(dir, "link.ld"), "utf8")).toContain("KEEP(*(.boot2))");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("linker script", () => {
  it("takes flash and RAM from board.json, the stack at the bottom of RAM", () => {
    const board = loadBoard("RPI_PICO");
    const ld = linkerScript(board);
    const m = board.config.memory;
    expect(ld).toContain(`FLASH (rx)  : ORIGIN = 0x10000000, LENGTH = ${m.firmwareSize ?? m.flash.size}`);
    expect(ld).toContain(`RAM   (rwx) : ORIGIN = 0x20000000, LENGTH = ${m.ram.size}`);
    expect(ld).toContain(`. = . + ${m.stackSize};`);
    expect(ld.indexOf(".stack (NOLOAD)")).toBeLessThan(ld.indexOf(".data :"));
    expect(ld).toContain("ASSERT(SIZEOF(.boot2) == 256");
  });

  it("refuses a flash that is not at the XIP base", () => {
    const board = loadBoard("RPI_PICO");
    const moved = { ...board, config: { ...board.config, memory: { ...board.config.memory, flash: { ...board.config.memory.flash, origin: 0x08000000 } } } };
    expect(() => linkerScript(moved)).toThrow(/memory\.flash\.origin must be 0x10000000/);
  });
});
