// The STM32 images (scripts/build/stm32_images.ts) read back by independent parsers written
// here from the format specifications: Intel HEX (checksums, extended linear addresses, the
// start address) and DfuSe (UM0391: prefix, target prefix, image elements, DFU suffix with
// its CRC, computed here with node:zlib's CRC-32).

import { describe, expect, it } from "vitest";
import { crc32 } from "node:zlib";
import { dfuseFile, intelHex, dfuCrc, STM32_DFU_VID, STM32_DFU_PID } from "../../scripts/build/stm32_images.js";

interface HexImage {
  bytes: Map<number, number>;
  start: number | undefined;
  ended: boolean;
}

function parseIntelHex(text: string): HexImage {
  const bytes = new Map<number, number>();
  let upper = 0;
  let start: number | undefined;
  let ended = false;
  for (const line of text.split("\n").filter((l) => l !== "")) {
    expect(ended).toBe(false); // nothing after the end-of-file record
    expect(line).toMatch(/^:([0-9A-F]{2})+$/);
    const rec = Buffer.from(line.slice(1), "hex");
    const len = rec[0]!;
    expect(rec.length).toBe(len + 5);
    expect(rec.reduce((a, b) => a + b, 0) & 0xff).toBe(0); // checksum
    const offset = rec.readUInt16BE(1);
    const type = rec[3]!;
    const data = rec.subarray(4, 4 + len);
    if (type === 0x00) data.forEach((b, i) => bytes.set(upper + offset + i, b));
    else if (type === 0x04) upper = data.readUInt16BE(0) * 0x10000;
    else if (type === 0x05) start = data.readUInt32BE(0);
    else if (type === 0x01) ended = true;
    else throw new Error(`unexpected record type ${type}`);
  }
  return { bytes, start, ended };
}

interface DfuImage {
  elements: { address: number; data: Buffer }[];
  vid: number;
  pid: number;
  alt: number;
  name: string;
}

function parseDfuse(file: Buffer): DfuImage {
  expect(file.subarray(0, 5).toString("latin1")).toBe("DfuSe");
  expect(file[5]).toBe(1);
  expect(file.readUInt32LE(6)).toBe(file.length - 16); // DFUImageSize: the file without its suffix
  const targets = file[10]!;
  expect(targets).toBe(1);
  let at = 11;
  expect(file.subarray(at, at + 6).toString("latin1")).toBe("Target");
  const alt = file[at + 6]!;
  const named = file.readUInt32LE(at + 7);
  const nameEnd = file.indexOf(0, at + 11);
  const name = named ? file.subarray(at + 11, nameEnd).toString("latin1") : "";
  const targetSize = file.readUInt32LE(at + 266);
  const count = file.readUInt32LE(at + 270);
  at += 274;
  const elementsStart = at;
  const elements: { address: number; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const address = file.readUInt32LE(at);
    const size = file.readUInt32LE(at + 4);
    elements.push({ address, data: file.subarray(at + 8, at + 8 + size) });
    at += 8 + size;
  }
  expect(at - elementsStart).toBe(targetSize);
  // Suffix: bcdDevice, idProduct, idVendor, bcdDFU, "UFD", bLength, dwCRC.
  const suffix = file.subarray(at);
  expect(suffix.length).toBe(16);
  expect(suffix.readUInt16LE(6)).toBe(0x011a);
  expect(suffix.subarray(8, 11).toString("latin1")).toBe("UFD");
  expect(suffix[11]).toBe(16);
  // The DFU CRC is the CRC-32 of everything before it, without the final inversion.
  expect(suffix.readUInt32LE(12)).toBe((~crc32(file.subarray(0, file.length - 4))) >>> 0);
  return { elements, vid: suffix.readUInt16LE(4), pid: suffix.readUInt16LE(2), alt, name };
}

function sample(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7 + (i >> 8)) & 0xff);
}

describe("Intel HEX", () => {
  it("holds every byte at its address, across a 64 KiB boundary, with the entry point", () => {
    const image = sample(70000);
    const parsed = parseIntelHex(intelHex(image, 0x08000000, 0x080001a9));
    expect(parsed.ended).toBe(true);
    expect(parsed.start).toBe(0x080001a9);
    expect(parsed.bytes.size).toBe(image.length);
    for (const probe of [0, 15, 16, 65535, 65536, 69999]) expect(parsed.bytes.get(0x08000000 + probe)).toBe(image[probe]);
  });

  it("splits a record that would cross a 64 KiB boundary", () => {
    const parsed = parseIntelHex(intelHex(sample(40), 0x0800fff8));
    expect(parsed.bytes.get(0x0800fff8)).toBe(0);
    expect(parsed.bytes.get(0x08010000)).toBe(sample(40)[8]);
    expect(parsed.bytes.size).toBe(40);
  });
});

describe("DfuSe", () => {
  it("is one target of one element at the flash origin, with ST's DFU identity and a valid CRC", () => {
    const image = sample(5000);
    const dfu = parseDfuse(Buffer.from(dfuseFile([{ address: 0x08000000, data: image }], { targetName: "ST..." })));
    expect(dfu.vid).toBe(STM32_DFU_VID);
    expect(dfu.pid).toBe(STM32_DFU_PID);
    expect(dfu.alt).toBe(0);
    expect(dfu.name).toBe("ST...");
    expect(dfu.elements).toHaveLength(1);
    expect(dfu.elements[0]!.address).toBe(0x08000000);
    expect(Buffer.compare(dfu.elements[0]!.data, Buffer.from(image))).toBe(0);
  });

  it("computes the DFU CRC as the inverted CRC-32", () => {
    const data = Buffer.from("123456789");
    expect(dfuCrc(data)).toBe((~crc32(data)) >>> 0);
    expect(dfuCrc(data)).toBe((~0xcbf43926) >>> 0);
  });
});
