// NETDUINO_PLUS2 (STM32F405) in qemu-system-arm -M netduinoplus2: the firmware built by
// `pyxis build` boots to the friendly REPL on its console USART (through the pty that
// scripts/emulate/stm32.ts prints), Ctrl-C interrupts a running loop, and a selection of
// the conformance suite passes through the raw REPL on the board's own heap.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildFirmware } from "../../scripts/build/firmware.js";
import { startEmulator } from "../../scripts/emulate/stm32.js";
import type { EmulatorHandle } from "../../scripts/emulate/emulator.js";
import { SerialLink } from "../../scripts/serial/link.js";

const BOARD = "NETDUINO_PLUS2";
/** PYXIS_STM32_FIRMWARE_DIR: test a firmware already built there instead of building one. */
const PREBUILT = process.env["PYXIS_STM32_FIRMWARE_DIR"];
const OUT = PREBUILT !== undefined ? path.resolve(PREBUILT) : path.join(REPO_ROOT, "build", "test-stm32", BOARD);

/** Conformance directories run on the board: the language core, within the board's heap. */
const ON_BOARD_DIRS = [
  "control", "functions", "closures", "comprehensions", "unpacking", "exceptions", "generators",
  "classes", "list", "tuple", "dict", "set", "slice", "range", "str", "int", "lang",
];

let emu: EmulatorHandle | undefined;

beforeAll(async () => {
  if (PREBUILT === undefined) await buildFirmware({ board: BOARD, outDir: OUT, log: () => {} });
}, 900_000);

afterAll(async () => {
  await emu?.stop();
});

describe(`${BOARD} in QEMU`, () => {
  it("boots to the friendly REPL, runs a line, and Ctrl-C interrupts a busy loop", async () => {
    emu = await startEmulator(BOARD, { firmwareDir: OUT, quiet: true });
    const link = await SerialLink.open(emu.path);
    try {
      await link.write("\r");
      await link.readUntil(">>> ", { timeoutMs: 20_000, what: "the first prompt" });
      // The banner's own prompt may have waited in the pty too: start from a quiet line.
      await link.drainInput(300, 3000);
      await link.write("print(6 * 7)\r");
      const answer = (await link.readUntil(">>> ", { timeoutMs: 10_000 })).toString("latin1");
      expect(answer).toContain("42\r\n");
      // machine and time on the port's HAL: the clock QEMU runs at (the board's SYSCLK),
      // QEMU's missing UID (zeros), SysTick's pace, a GPIO write that must not fault.
      const line = async (code: string): Promise<string> => {
        await link.write(`${code}\r`);
        const text = (await link.readUntil(">>> ", { timeoutMs: 10_000, what: code })).toString("latin1");
        return text.slice(text.indexOf("\r\n") + 2).replace(/\r\n$/, "");
      };
      expect(await line("import machine, time")).toBe("");
      expect(await line("machine.freq()")).toBe("168000000");
      expect(await line("machine.unique_id() == bytes(12)")).toBe("True");
      expect(await line("t = time.ticks_ms(); time.sleep_ms(300); 280 <= time.ticks_diff(time.ticks_ms(), t) < 2000")).toBe("True");
      expect(await line("p = machine.Pin('LED', machine.Pin.OUT); p.on(); p.off(); 'ok'")).toBe("'ok'");
      await link.write("while True: pass\r\r");
      await new Promise((r) => setTimeout(r, 500));
      await link.write("\x03");
      const interrupted = (await link.readUntil(">>> ", { timeoutMs: 10_000, what: "KeyboardInterrupt" })).toString("latin1");
      expect(interrupted).toContain("KeyboardInterrupt");
      // Soft reset: Ctrl-D at an empty prompt.
      await link.write("\x04");
      const reboot = (await link.readUntil(">>> ", { timeoutMs: 10_000 })).toString("latin1");
      expect(reboot).toContain("MPY: soft reboot");
      expect(reboot).toContain("Netduino Plus 2 with STM32F405RG");
    } finally {
      await link.close();
      await emu.stop();
      emu = undefined;
    }
  }, 120_000);

  it("passes conformance programs through the raw REPL", async () => {
    const dirs = ON_BOARD_DIRS.map((d) => path.join("tests", "python", d));
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [
        "--import", "tsx", path.join(REPO_ROOT, "scripts", "pyxis.ts"), "test", "--target", `emulated:${BOARD}`,
        "--firmware-dir", OUT, "--timeout", "20", ...dirs,
      ], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 }, (_e, out, err) => resolve({ stdout: out, stderr: err }));
    });
    const summary = /(\d+) passed, (\d+) failed, (\d+) skipped/.exec(stdout);
    expect(summary, `${stdout}\n${stderr}`).not.toBeNull();
    const passed = Number(summary![1]);
    expect(passed, stdout.split("\n").filter((l) => l.startsWith("FAIL")).join("\n")).toBeGreaterThanOrEqual(100);
  }, 900_000);
});
