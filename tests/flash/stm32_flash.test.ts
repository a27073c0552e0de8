// `pyxis flash` for STM32 boards (scripts/flash/stm32.ts): the ROM UART bootloader on --port
// (here the simulated one), and the message when no way of flashing is available.

import { afterEach, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadBoard } from "../../scripts/boards/board.js";
import { flashStm32 } from "../../scripts/flash/stm32.js";
import { An3155Simulator, FLASH_BASE } from "./an3155_sim.js";

let sim: An3155Simulator | undefined;
const savedPath = process.env["PATH"];

afterEach(async () => {
  process.env["PATH"] = savedPath;
  await sim?.close();
  sim = undefined;
});

describe("pyxis flash on STM32 boards", () => {
  it("writes the board's firmware.bin through the UART bootloader given --port", async () => {
    sim = await An3155Simulator.start({ productId: 0x0431, sectorSizes: [16384, 16384, 16384, 16384, 65536, 131072, 131072, 131072] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-stm32-flash-"));
    const image = Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) & 0xff);
    fs.writeFileSync(path.join(dir, "firmware.bin"), image);
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => stderr.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      await flashStm32(loadBoard("NUCLEO_F411RE"), { port: sim.path }, dir);
    } finally {
      process.stderr.write = write;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect([...sim.flash.subarray(0, image.length)]).toEqual([...image]);
    expect(sim.wentTo).toBe(FLASH_BASE);
    expect(stderr.join("")).toContain("NUCLEO_F411RE: 3000 bytes written and verified through the ROM bootloader; started");
    expect(stderr.join("")).toMatch(/verify \[#{30}\] 100%/);
  }, 60000);

  it("says what each way of flashing needs when none is available", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-empty-path-"));
    process.env["PATH"] = empty;
    try {
      await expect(flashStm32(loadBoard("NUCLEO_F411RE"), {}, "/nonexistent")).rejects.toThrow(
        /no way to flash NUCLEO_F411RE is available:\n {2}DFU: dfu-util is not installed.*\n {2}UART bootloader: give --port.*BOOT0 high\n {2}ST-Link: neither st-flash .* nor openocd is installed/,
      );
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
