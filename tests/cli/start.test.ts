// `pyxis start` (what `npm start` runs): with no board attached it builds RPI_PICO, runs it
// in the emulator and puts the user at its REPL, through the same pty a real board's
// /dev/ttyACM0 would be.

import { describe, it, expect } from "vitest";
import { spawn } from "node:child_process";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";

const PYXIS = path.join(REPO_ROOT, "scripts", "pyxis.mjs");
const OUT_DIR = path.join(REPO_ROOT, "build", "test-start");

describe("pyxis start", () => {
  it("builds RPI_PICO and opens its REPL in the emulator when no board is attached", async () => {
    const child = spawn(process.execPath, [PYXIS, "start", "--emulate", "--out", OUT_DIR], {
      cwd: REPO_ROOT, stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
    const seen = (text: string, ms: number): Promise<void> => new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${JSON.stringify(text)} after ${ms} ms:\n${stdout}\n${stderr}`)), ms);
      const check = (): void => {
        if (stdout.includes(text)) {
          clearTimeout(timer);
          child.stdout.off("data", onData);
          resolve();
        }
      };
      const onData = (b: Buffer): void => {
        stdout += b.toString("utf8");
        check();
      };
      child.stdout.on("data", onData);
      check();
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    // The first build of the firmware takes minutes on a loaded 2-core machine.
    await seen(">>> ", 600_000);
    expect(stdout).toContain("Raspberry Pi Pico with RP2040");
    expect(stderr).toMatch(/RPI_PICO: flash: \d+ of 1048576 bytes/);
    expect(stderr).toMatch(/no RPI_PICO attached: running it in its emulator, console on \/dev\/pts\/\d+/);
    child.stdin.write("import sys; print(6 * 7, 2 ** 70, sys.platform, sys.implementation._build)\r");
    await seen("42 1180591620717411303424 rp2 RPI_PICO", 60_000);
    // Ctrl-] leaves the terminal; the emulator stops with it.
    child.stdin.write(Buffer.from([0x1d]));
    expect(await exited).toBe(0);
  }, 900_000);
});
