// The RP2040 USB CDC driver (ports/rp2040/usb_*.c) in rp2040js: enumeration by rp2040js's
// CDC host, bytes both ways, descriptors, control requests, the 1200-baud touch.

import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixture, EmulatedUsbBoard, type FixtureFirmware } from "./rp2040_usb_host.js";

const OUT_DIR = path.resolve(import.meta.dirname, "..", "..", "build", "test-rp2040-usb");

let firmware: FixtureFirmware;

beforeAll(async () => {
  firmware = await buildFixture(OUT_DIR);
});

/** A board that has booted and been enumerated and opened (DTR set) by the host. */
async function connectedBoard(): Promise<EmulatedUsbBoard> {
  const board = new EmulatedUsbBoard(firmware);
  expect(await board.runUntil(() => board.connected, 100)).toBe(true);
  return board;
}

const GET_DESCRIPTOR = (type: number, index: number, length: number) => ({
  requestType: 0x80, request: 6, value: (type << 8) | index, index: type === 3 && index !== 0 ? 0x0409 : 0, length,
});

function utf16(bytes: number[]): string {
  expect(bytes[1]).toBe(3);
  expect(bytes[0]).toBe(bytes.length);
  return Buffer.from(bytes.slice(2)).toString("utf16le");
}

describe("RP2040 USB CDC", () => {
  it("is enumerated by the host: the configuration descriptor describes one CDC-ACM function", async () => {
    const board = await connectedBoard();
    const config = board.enumerated.descriptors;
    // Longer than one 64-byte packet: the EP0 data stage continued.
    expect(config.length).toBe(75);
    expect(config.slice(0, 9)).toEqual([9, 2, 75, 0, 2, 1, 0, 0x80, 250]);
    // Walk the descriptors: IAD, comm interface with its functional descriptors, data interface.
    const kinds: string[] = [];
    for (let i = 0; i < config.length; i += config[i]) {
      const d = config.slice(i, i + config[i]);
      if (d[1] === 0x0b) kinds.push(`IAD ${d[2]}+${d[3]} class ${d[4]}/${d[5]}`);
      if (d[1] === 0x04) kinds.push(`interface ${d[2]} class ${d[5]}/${d[6]} endpoints ${d[4]}`);
      if (d[1] === 0x24) kinds.push(`cdc ${d[2]}`);
      if (d[1] === 0x05) kinds.push(`endpoint ${d[2].toString(16)} type ${d[3]} size ${d[4] | (d[5] << 8)}`);
    }
    expect(kinds).toEqual([
      "IAD 0+2 class 2/2",
      "interface 0 class 2/2 endpoints 1",
      "cdc 0", "cdc 1", "cdc 2", "cdc 6",
      "endpoint 81 type 3 size 8",
      "interface 1 class 10/0 endpoints 2",
      "endpoint 2 type 2 size 64",
      "endpoint 82 type 2 size 64",
    ]);
    expect(board.enumerated.inEndpoint).toBe(2);
    expect(board.enumerated.outEndpoint).toBe(2);
  });

  it("keeps output written before the host attached and sends it once DTR is set", async () => {
    const board = await connectedBoard();
    expect(await board.runUntil(() => board.serialText() === "ECHO READY\r\n", 20)).toBe(true);
  });

  it("delivers received bytes to the console and sends the answers back", async () => {
    const board = await connectedBoard();
    await board.runUntil(() => board.serial.length === 12, 20);
    board.serial.length = 0;
    board.send("hello, pico!");
    expect(await board.runUntil(() => board.serial.length >= 12, 50)).toBe(true);
    expect(board.serialText()).toBe("HELLO, PICO!");
  });

  it("streams output longer than the transmit ring, in order, without loss", async () => {
    const board = await connectedBoard();
    await board.runUntil(() => board.serial.length === 12, 20);
    board.serial.length = 0;
    board.send("#");
    expect(await board.runUntil(() => board.serial.length >= 3000, 200)).toBe(true);
    let expected = "";
    for (let i = 0; i < 3000; i++) expected += String(i % 10);
    expect(board.serialText()).toBe(expected);
  });

  it("alternates DATA0/DATA1 per endpoint and sets AVAILABLE only after the rest of the word", async () => {
    const board = await connectedBoard();
    await board.runUntil(() => board.serial.length === 12, 20);
    board.bufferControlWrites.length = 0;
    board.send("#");
    expect(await board.runUntil(() => board.serial.length >= 12 + 3000, 200)).toBe(true);
    const AVAILABLE = 1 << 10;
    const DATA1 = 1 << 13;
    const writes = board.bufferControlWrites;
    const pids = new Map<number, number[]>();
    let bulkInBytes = 0;
    writes.forEach((w, i) => {
      if ((w.value & AVAILABLE) === 0) return;
      // The datasheet's rule: the same word without AVAILABLE was written just before.
      expect(writes[i - 1]).toEqual({ offset: w.offset, value: w.value & ~AVAILABLE });
      const list = pids.get(w.offset) ?? [];
      list.push((w.value & DATA1) !== 0 ? 1 : 0);
      pids.set(w.offset, list);
      if (w.offset === 0x80 + 8 * 2) bulkInBytes += w.value & 0x3ff;
    });
    const bulkIn = pids.get(0x80 + 8 * 2)!; // EP2 IN buffer control
    expect(bulkInBytes).toBe(3000);
    expect(bulkIn.length).toBeGreaterThan(3000 / 64);
    bulkIn.forEach((pid, i) => expect(pid).toBe((bulkIn[0] + i) % 2));
    const bulkOut = pids.get(0x84 + 8 * 2)!; // EP2 OUT buffer control
    bulkOut.forEach((pid, i) => expect(pid).toBe((bulkOut[0] + i) % 2));
  });

  it("sends a configuration descriptor longer than one packet to a host asking for more", async () => {
    const board = await connectedBoard();
    const start = board.bufferControlWrites.length;
    const config = await board.controlTransfer(GET_DESCRIPTOR(2, 0, 255));
    expect(config).toEqual(board.enumerated.descriptors);
    // Two packets, 64 + 11 bytes, DATA1 then DATA0; the short one ends the data stage.
    const ep0In = board.bufferControlWrites.slice(start).filter((w) => w.offset === 0x80 && (w.value & (1 << 10)) !== 0);
    expect(ep0In.map((w) => [w.value & 0x3ff, (w.value >> 13) & 1])).toEqual([[64, 1], [11, 0]]);
  });

  it("ends a data stage of whole packets shorter than wLength with a zero-length packet", async () => {
    const board = await connectedBoard();
    const start = board.bufferControlWrites.length;
    const product = (await board.controlTransfer(GET_DESCRIPTOR(3, 2, 255)))!;
    expect(product.length).toBe(64);
    const ep0In = board.bufferControlWrites.slice(start).filter((w) => w.offset === 0x80 && (w.value & (1 << 10)) !== 0);
    expect(ep0In.map((w) => [w.value & 0x3ff, (w.value >> 13) & 1])).toEqual([[64, 1], [0, 0]]);
    // Asked for exactly 64 bytes, the host gets no zero-length packet.
    const exact = board.bufferControlWrites.length;
    expect(await board.controlTransfer(GET_DESCRIPTOR(3, 2, 64))).toEqual(product);
    const exactIn = board.bufferControlWrites.slice(exact).filter((w) => w.offset === 0x80 && (w.value & (1 << 10)) !== 0);
    expect(exactIn.map((w) => w.value & 0x3ff)).toEqual([64]);
  });

  it("answers GET_DESCRIPTOR for the device with the board's VID/PID", async () => {
    const board = await connectedBoard();
    const device = await board.controlTransfer(GET_DESCRIPTOR(1, 0, 18));
    expect(device).toEqual([18, 1, 0x00, 0x02, 0xef, 0x02, 0x01, 64, 0x8a, 0x2e, 0x05, 0x00, 0x10, 0x00, 1, 2, 3, 1]);
    // A host asking for fewer bytes gets only those.
    expect(await board.controlTransfer(GET_DESCRIPTOR(1, 0, 8))).toEqual(device!.slice(0, 8));
  });

  it("answers string descriptors: languages, manufacturer, product, serial from the unique id", async () => {
    const board = await connectedBoard();
    expect(await board.controlTransfer(GET_DESCRIPTOR(3, 0, 255))).toEqual([4, 3, 0x09, 0x04]);
    expect(utf16((await board.controlTransfer(GET_DESCRIPTOR(3, 1, 255)))!)).toBe("Pyxis");
    expect(utf16((await board.controlTransfer(GET_DESCRIPTOR(3, 2, 255)))!)).toBe("USB CDC test fixture for Pyxis.");
    expect(utf16((await board.controlTransfer(GET_DESCRIPTOR(3, 3, 255)))!)).toBe("E6613852832F4D2C");
  });

  it("stalls what it does not support (device qualifier, unknown strings)", async () => {
    const board = await connectedBoard();
    expect(board.stallArm()).toBe(0);
    expect(await board.controlTransfer(GET_DESCRIPTOR(6, 0, 10))).toBeNull();
    expect(board.stallArm()).toBe(3);
    // The next SETUP is answered normally.
    expect(await board.controlTransfer(GET_DESCRIPTOR(3, 0, 255))).toEqual([4, 3, 0x09, 0x04]);
    expect(await board.controlTransfer(GET_DESCRIPTOR(3, 9, 255))).toBeNull();
    // A GET_DESCRIPTOR that says host-to-device is malformed.
    expect(await board.controlTransfer({ requestType: 0x00, request: 6, value: 0x0100, index: 0, length: 0 })).toBeNull();
    expect(await board.controlTransfer(GET_DESCRIPTOR(3, 0, 255))).toEqual([4, 3, 0x09, 0x04]);
  });

  it("answers GET_STATUS and GET_CONFIGURATION", async () => {
    const board = await connectedBoard();
    expect(await board.controlTransfer({ requestType: 0x80, request: 0, value: 0, index: 0, length: 2 })).toEqual([0, 0]);
    expect(await board.controlTransfer({ requestType: 0x80, request: 8, value: 0, index: 0, length: 1 })).toEqual([1]);
  });

  it("keeps the line coding the host sets (SET/GET_LINE_CODING)", async () => {
    const board = await connectedBoard();
    const getLineCoding = { requestType: 0xa1, request: 0x21, value: 0, index: 0, length: 7 };
    expect(await board.controlTransfer(getLineCoding)).toEqual([0x00, 0xc2, 0x01, 0x00, 0, 0, 8]);
    const coding9600e7 = new Uint8Array([0x80, 0x25, 0x00, 0x00, 0, 2, 7]);
    expect(await board.controlTransfer({ requestType: 0x21, request: 0x20, value: 0, index: 0, length: 7 }, coding9600e7)).toEqual([]);
    expect(await board.controlTransfer(getLineCoding)).toEqual([...coding9600e7]);
  });

  it("enters the bootloader on the 1200-baud touch, and only then", async () => {
    const board = await connectedBoard();
    const requests = firmware.symbols.get("bootloader_requests")!;
    const setLineState = (value: number) => ({ requestType: 0x21, request: 0x22, value, index: 0, length: 0 });
    const setLineCoding = { requestType: 0x21, request: 0x20, value: 0, index: 0, length: 7 };
    // Closing the port at 115200 is an ordinary close.
    expect(await board.controlTransfer(setLineState(0))).toEqual([]);
    expect(board.readWord(requests)).toBe(0);
    expect(await board.controlTransfer(setLineState(3))).toEqual([]);
    // Open at 1200 baud, then close: the touch.
    expect(await board.controlTransfer(setLineCoding, new Uint8Array([0xb0, 0x04, 0, 0, 0, 0, 8]))).toEqual([]);
    expect(board.readWord(requests)).toBe(0);
    expect(await board.controlTransfer(setLineState(0))).toEqual([]);
    await board.runUntil(() => board.readWord(requests) !== 0, 5);
    expect(board.readWord(requests)).toBe(1);
  });

  it("drops output while no terminal is open instead of blocking", async () => {
    const board = await connectedBoard();
    await board.runUntil(() => board.serial.length === 12, 20);
    // DTR off: the firmware's answer to a 3000-byte request must not block its loop.
    expect(await board.controlTransfer({ requestType: 0x21, request: 0x22, value: 0, index: 0, length: 0 })).toEqual([]);
    board.serial.length = 0;
    board.send("#x");
    await board.runUntil(() => false, 30);
    expect(board.serial.length).toBe(0);
    // Open again: what fit in the 1024-byte ring arrives; the loop went on to answer 'x'.
    expect(await board.controlTransfer({ requestType: 0x21, request: 0x22, value: 3, index: 0, length: 0 })).toEqual([]);
    await board.runUntil(() => board.serial.length >= 1025, 50);
    const text = board.serialText();
    expect(text.length).toBe(1024);
    expect(text.startsWith("0123456789")).toBe(true);
    // The firmware's loop did not block: it answers at once.
    board.serial.length = 0;
    board.send("y");
    expect(await board.runUntil(() => board.serial.length >= 1, 20)).toBe(true);
    expect(board.serialText()).toBe("Y");
  });

  it("works with rp2040js's host as it is (empty OUT packets while it has nothing to send)", async () => {
    const board = new EmulatedUsbBoard(firmware, false);
    expect(await board.runUntil(() => board.connected, 100)).toBe(true);
    expect(await board.runUntil(() => board.serial.length >= 12, 20)).toBe(true);
    board.serial.length = 0;
    board.send("abc");
    expect(await board.runUntil(() => board.serial.length >= 3, 20)).toBe(true);
    expect(board.serialText()).toBe("ABC");
  });

  it("sleeps while idle: no polling between USB events", async () => {
    const board = await connectedBoard();
    await board.runUntil(() => board.serial.length === 12, 20);
    const before = board.mcu.core.cycles;
    await board.runUntil(() => false, 100);
    // 100 ms at 125 MHz is 12.5 M cycles; an idle device wakes for nothing.
    expect(board.mcu.core.cycles - before).toBeLessThan(10_000);
  });
});
