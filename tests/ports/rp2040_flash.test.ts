// RPI_PICO's flash file system in rp2040js: the block device (ports/rp2040/flash.c) over
// the emulator's model of the flash chip (scripts/emulate/rp2040_flash.ts), the FAT
// volume the first boot formats on it, boot.py and main.py at boot (core/board_main.ts),
// and files surviving machine.reset() and an emulator restart (--flash-image).
// PYXIS_RP2040_FIRMWARE=<dir> runs it on firmware built there already (no build).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildFirmware } from "../../scripts/build/firmware.js";
import { startEmulator, type EmulatorHandle } from "../../scripts/emulate/emulator.js";
import { SerialLink } from "../../scripts/serial/link.js";
import { runChild } from "../../scripts/run_child.js";

const BOARD = "RPI_PICO";
const PREBUILT = process.env["PYXIS_RP2040_FIRMWARE"];
const FIRMWARE_DIR = PREBUILT !== undefined ? path.resolve(PREBUILT) : path.join(REPO_ROOT, "build", BOARD);

let tmp = "";
let flashImage = "";
let board: EmulatorHandle | undefined;
let link: SerialLink | undefined;
/** What the board printed from power-on to its first prompt. */
let bootOutput = "";

async function until(text: string, timeoutMs = 60_000): Promise<string> {
  return (await link!.readUntil(text, { timeoutMs, what: `waiting for ${JSON.stringify(text)}` })).toString("latin1").replace(/\r\n/g, "\n");
}

/** Run one line at the friendly REPL and return what it printed. */
async function repl(line: string, timeoutMs = 60_000): Promise<string> {
  await link!.write(`${line}\r`);
  await until(`${line}\r\n`, timeoutMs);
  return until(">>> ", timeoutMs);
}

/** machine.reset(): what the board printed up to its next prompt. */
async function reset(): Promise<string> {
  await link!.write("import machine; machine.reset()\r");
  await until("machine.reset()\r\n");
  return until(">>> ", 120_000);
}

async function powerOn(): Promise<void> {
  board = await startEmulator(BOARD, { firmwareDir: FIRMWARE_DIR, quiet: true, flashImage });
  link = await SerialLink.open(board.path);
  bootOutput = await until(">>> ", 120_000);
}

async function powerOff(): Promise<void> {
  await link?.close();
  link = undefined;
  await board?.stop();
  board = undefined;
}

beforeAll(async () => {
  if (PREBUILT === undefined) await buildFirmware({ board: BOARD, log: () => {} });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-rp2040-flash-"));
  flashImage = path.join(tmp, "flash.img");
  await powerOn();
}, 15 * 60_000);

afterAll(async () => {
  await powerOff();
  if (tmp !== "") fs.rmSync(tmp, { recursive: true, force: true });
});

describe("RPI_PICO's flash in rp2040js", () => {
  it("formats the flash at first boot, with a default boot.py", async () => {
    expect(bootOutput).toContain("Raspberry Pi Pico with RP2040");
    expect(await repl("import os; print('boot.py' in os.listdir('/'))")).toBe("True\n");
  });

  it("keeps blocks written through the block device across machine.reset()", async () => {
    // The last sector's blocks: the 4 KiB read-modify-write must keep the neighbours, and
    // the second write to block n-1 must erase (bits go from 0 to 1).
    expect(await repl("import pyxis; d = pyxis.BlockDevice(); n = d.ioctl(4, 0); print(n, d.ioctl(5, 0))")).toBe("2048 512\n");
    expect(await repl("a = bytearray((i * 7 + 3) & 255 for i in range(512)); b = bytearray(255 - x for x in a)")).toBe("");
    expect(await repl("d.writeblocks(n - 1, b); d.writeblocks(n - 2, a); d.writeblocks(n - 1, a)")).toBe("");
    expect(await repl("c = bytearray(512); d.readblocks(n - 1, c); print(c == a)")).toBe("True\n");
    await reset();
    const check = "import pyxis; d = pyxis.BlockDevice(); n = d.ioctl(4, 0); a = bytearray((i * 7 + 3) & 255 for i in range(512)); c = bytearray(1024); d.readblocks(n - 2, c); print(c == a + a)";
    expect(await repl(check)).toBe("True\n");
  });

  it("keeps a file copied with `pyxis fs cp` across machine.reset(), and runs main.py at boot", async () => {
    const main = path.join(tmp, "main.py");
    fs.writeFileSync(main, "print('main.py ran', 6 * 7)\n");
    const port = board!.path;
    await link!.close();
    link = undefined;
    const cp = await runChild([process.execPath, path.join(REPO_ROOT, "scripts", "pyxis.mjs"), "fs", "cp", main, ":main.py", "--port", port], { timeoutMs: 180_000 });
    link = await SerialLink.open(port);
    expect(cp.status).toBe(0);
    expect(cp.stderr.toString()).toContain("1 file(s) copied (28 bytes)");
    await link.write("\r");
    await until(">>> ");
    const boot = await reset();
    expect(boot).toContain("main.py ran 42\n");
    // As on MicroPython: main.py runs before the REPL prints its banner.
    expect(boot.indexOf("main.py ran")).toBeLessThan(boot.indexOf("Raspberry Pi Pico with RP2040"));
    expect(await repl("print(open('main.py').read())")).toBe("print('main.py ran', 6 * 7)\n\n");
  }, 300_000);

  it("copies a 100 KB file in and back out byte-identical with `pyxis fs`, and lists and removes it", async () => {
    const big = path.join(tmp, "big.bin");
    const back = path.join(tmp, "back.bin");
    fs.writeFileSync(big, Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 131 + (i >> 8)) & 255)));
    const port = board!.path;
    await link!.close();
    link = undefined;
    const pyxis = (args: string[]) => runChild([process.execPath, path.join(REPO_ROOT, "scripts", "pyxis.mjs"), "fs", ...args, "--port", port], { timeoutMs: 240_000 });
    try {
      const cpIn = await pyxis(["cp", big, ":big.bin"]);
      expect(cpIn.stderr.toString()).toContain("1 file(s) copied (100000 bytes)");
      expect(cpIn.status).toBe(0);
      const cpOut = await pyxis(["cp", ":big.bin", back]);
      expect(cpOut.status).toBe(0);
      expect(fs.readFileSync(back).equals(fs.readFileSync(big))).toBe(true);
      const ls = await pyxis(["ls", ":"]);
      expect(ls.stdout.toString()).toMatch(/100000\s+big\.bin/);
      expect((await pyxis(["rm", ":big.bin"])).status).toBe(0);
      expect((await pyxis(["ls", ":"])).stdout.toString()).not.toContain("big.bin");
    } finally {
      link = await SerialLink.open(port);
      await link.write("\r");
      await until(">>> ");
    }
  }, 600_000);

  it("stops main.py with Ctrl-C and reaches the REPL; an error in boot.py is a traceback", async () => {
    expect(await repl("f = open('main.py', 'w'); n = f.write('print(\"looping\")\\nwhile True:\\n    pass\\n'); f.close()")).toBe("");
    await link!.write("import machine; machine.reset()\r");
    await until("looping\r\n", 120_000);
    await link!.write("\x03");
    const stopped = await until(">>> ", 60_000);
    expect(stopped).toContain("KeyboardInterrupt");
    expect(await repl("import os; os.remove('main.py'); f = open('boot.py', 'w'); n = f.write('1/0\\n'); f.close()")).toBe("");
    const boot = await reset();
    expect(boot).toContain('File "boot.py", line 1');
    expect(boot).toContain("ZeroDivisionError");
    expect(await repl("f = open('boot.py', 'w'); n = f.write('# boot.py\\n'); f.close()")).toBe("");
  }, 300_000);

  it("keeps the files in --flash-image's file across an emulator restart", async () => {
    expect(await repl("f = open('kept.txt', 'w'); n = f.write('still here'); f.close()")).toBe("");
    await powerOff();
    await powerOn();
    expect(await repl("print(open('kept.txt').read())")).toBe("still here\n");
  }, 300_000);
});
