// The USB driver in the real RPI_PICO firmware, in rp2040js: the host enumerates the board
// with its own VID/PID and strings, the REPL answers over USB CDC, Ctrl-C arrives while
// Python runs, and input faster than the console takes it is held back, not lost.

import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFirmware } from "../../scripts/build/firmware.js";
import { EmulatedUsbBoard, type FixtureFirmware } from "./rp2040_usb_host.js";

const OUT_DIR = path.resolve(import.meta.dirname, "..", "..", "build", "test-rp2040-usb", "RPI_PICO");

let firmware: FixtureFirmware;

// PYXIS_RP2040_FIRMWARE: a directory holding an RPI_PICO firmware.bin already built
// (pyxis build --board RPI_PICO --out DIR), instead of building one here.
beforeAll(async () => {
  let bin = process.env.PYXIS_RP2040_FIRMWARE !== undefined ? path.join(process.env.PYXIS_RP2040_FIRMWARE, "firmware.bin") : "";
  if (bin === "") {
    const build = await buildFirmware({ board: "RPI_PICO", outDir: OUT_DIR, log: () => {} });
    bin = build.images.find((f) => f.endsWith(".bin"))!;
  }
  firmware = { bin: new Uint8Array(fs.readFileSync(bin)), symbols: new Map(), boot2: true };
}, 900_000);

const GET_DESCRIPTOR = (type: number, index: number, length: number) => ({
  requestType: 0x80, request: 6, value: (type << 8) | index, index: type === 3 && index !== 0 ? 0x0409 : 0, length,
});

function utf16(bytes: number[] | null): string {
  return Buffer.from(bytes!.slice(2)).toString("utf16le");
}

/** A board at its first prompt. */
async function bootedBoard(): Promise<EmulatedUsbBoard> {
  const board = new EmulatedUsbBoard(firmware);
  expect(await board.runUntil(() => board.connected, 2000)).toBe(true);
  expect(await board.runUntil(() => board.serialText().endsWith(">>> "), 5000)).toBe(true);
  return board;
}

/** Sends text and runs until the output (since now) ends with `until`; returns that output. */
async function exchange(board: EmulatedUsbBoard, text: string, until: string, maxMs = 5000): Promise<string> {
  board.serial.length = 0;
  board.send(text);
  const ok = await board.runUntil(() => board.serialText().endsWith(until), maxMs);
  const out = board.serialText();
  expect(ok, `no ${JSON.stringify(until)} after ${JSON.stringify(text)}; got ${JSON.stringify(out)}`).toBe(true);
  return out;
}

describe("RPI_PICO over USB CDC", () => {
  it("enumerates with the board's USB identity and shows the banner and prompt", async () => {
    const board = await bootedBoard();
    const device = (await board.controlTransfer(GET_DESCRIPTOR(1, 0, 18)))!;
    expect(device.slice(8, 12)).toEqual([0x8a, 0x2e, 0x05, 0x00]); // boards/RPI_PICO: 0x2E8A:0x0005
    expect(utf16(await board.controlTransfer(GET_DESCRIPTOR(3, 1, 255)))).toBe("Pyxis");
    expect(utf16(await board.controlTransfer(GET_DESCRIPTOR(3, 2, 255)))).toBe("Board in FS mode");
    // rp2040js answers the flash's unique-id command with zeros.
    expect(utf16(await board.controlTransfer(GET_DESCRIPTOR(3, 3, 255)))).toBe("0000000000000000");
    expect(board.serialText()).toMatch(/Pyxis 0\.1\.0 on .*; Raspberry Pi Pico with RP2040\r\n/);
  });

  it("runs what the host types", async () => {
    const board = await bootedBoard();
    expect(await exchange(board, "print(6 * 7)\r", ">>> ")).toBe("print(6 * 7)\r\n42\r\n>>> ");
  });

  it("delivers Ctrl-C as KeyboardInterrupt while Python runs", async () => {
    const board = await bootedBoard();
    board.serial.length = 0;
    board.send("while True: pass\r\r");
    await board.runUntil(() => false, 50);
    expect(board.serialText()).not.toContain(">>> ");
    const out = await exchange(board, "\x03", ">>> ");
    expect(out).toContain("KeyboardInterrupt");
  });

  it("holds back input faster than the console takes it, losing nothing", async () => {
    const board = await bootedBoard();
    // 3000 bytes in one go: more than the console's 1 KiB receive buffer.
    const digits = "1234567890".repeat(300);
    const out = await exchange(board, `len('${digits}')\r`, ">>> ", 20000);
    // Every byte arrived, in order: the echo and the length.
    expect(out).toBe(`len('${digits}')\r\n${digits.length}\r\n>>> `);
  });
});
