// RPI_PICO in rp2040js, reached as a user reaches a board: its firmware is built
// (`pyxis build --board RPI_PICO`), started with `startEmulator` (what `pyxis emulate`
// runs), and driven through the pseudo-terminal: the banner and prompt over USB CDC, the
// LED, the timer's rate, Ctrl-C, and a subset of tests/python through the raw REPL with
// the board's real heap. One file, so that one build serves every test.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import { spawn } from "node:child_process";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildFirmware, type FirmwareBuild } from "../../scripts/build/firmware.js";
import { startEmulator, type EmulatorHandle } from "../../scripts/emulate/emulator.js";
import { SerialLink } from "../../scripts/serial/link.js";
import { makeLanes } from "../../scripts/test/targets.js";
import { runTests } from "../../scripts/test/runner.js";

const BOARD = "RPI_PICO";
/** PYXIS_RP2040_FIRMWARE=<dir> runs the tests on firmware built there already (no build). */
const PREBUILT = process.env["PYXIS_RP2040_FIRMWARE"];
const FIRMWARE_DIR = PREBUILT !== undefined ? path.resolve(PREBUILT) : path.join(REPO_ROOT, "build", BOARD);
/** Programs of tests/python that run on the emulated board (see the file's comment). */
const SUBSET_FILE = path.join(import.meta.dirname, "rp2040_python_subset.txt");

let firmware: FirmwareBuild | undefined;
let board: EmulatorHandle;
let link: SerialLink;
let bootMs = 0;
/** What the board printed from power-on to its first prompt. */
let bootOutput = "";

/** Send a line as typed at the REPL (Enter is "\r"). */
async function type(text: string): Promise<void> {
  await link.write(text);
}

/** Read until `text`, returning what came before it, "\r\n" made "\n". */
async function until(text: string, timeoutMs = 30_000): Promise<string> {
  return (await link.readUntil(text, { timeoutMs, what: `waiting for ${JSON.stringify(text)}` })).toString("latin1").replace(/\r\n/g, "\n");
}

/** Run one line at the friendly REPL and return what it printed. */
async function repl(line: string, timeoutMs = 30_000): Promise<string> {
  await type(`${line}\r`);
  await until(`${line}\r\n`, timeoutMs); // the echo
  return until(">>> ", timeoutMs);
}

beforeAll(async () => {
  if (PREBUILT === undefined) firmware = await buildFirmware({ board: BOARD, log: () => {} });
  const t0 = performance.now();
  board = await startEmulator(BOARD, { firmwareDir: FIRMWARE_DIR, quiet: true });
  link = await SerialLink.open(board.path);
  bootOutput = await until(">>> ", 120_000);
  bootMs = performance.now() - t0;
}, 15 * 60_000);

afterAll(async () => {
  await link?.close();
  await board?.stop();
  const sizes = firmware !== undefined ? `${firmware.report.join("; ")}; ` : "";
  process.stderr.write(`rp2040: ${sizes}boot to ">>> " in ${(bootMs / 1000).toFixed(1)} s of wall-clock time in rp2040js\n`);
});

describe("RPI_PICO in rp2040js", () => {
  it("builds firmware.elf, .bin and .uf2 that fit the board", () => {
    for (const ext of ["elf", "bin", "uf2"]) expect(fs.existsSync(path.join(FIRMWARE_DIR, `firmware.${ext}`))).toBe(true);
    if (firmware !== undefined) {
      expect(firmware.use.flashUsed).toBeLessThanOrEqual(firmware.use.flashTotal);
      expect(firmware.use.ramUsed).toBeLessThanOrEqual(firmware.use.ramTotal);
    }
  });

  it("boots to the banner and the prompt over USB CDC", async () => {
    expect(bootOutput).toMatch(/Pyxis \d+\.\d+\.\d+ on \d{4}-\d{2}-\d{2}; Raspberry Pi Pico with RP2040\n/);
    expect(await repl("print(6 * 7)")).toBe("42\n");
    // Ctrl-D at an empty prompt: a soft reset, back to the prompt.
    await type("\x04");
    expect(await until(">>> ", 60_000)).toContain("MPY: soft reboot");
    expect(await repl("print('after reset')")).toBe("after reset\n");
  });

  it("runs as `pyxis emulate --board RPI_PICO`: the pty path on stdout, until SIGTERM", async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "scripts", "pyxis.mjs"), "emulate", "--board", BOARD, "--firmware-dir", FIRMWARE_DIR, "--quiet"], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const ptyPath = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes("\n")) resolve(text.trim());
        });
        child.once("exit", (code) => reject(new Error(`pyxis emulate exited (${code}) before printing a path`)));
      });
      expect(ptyPath).toMatch(/^\/dev\/pts\/\d+$/);
      const other = await SerialLink.open(ptyPath);
      try {
        const text = (await other.readUntil(">>> ", { timeoutMs: 120_000 })).toString("latin1");
        expect(text).toContain("Raspberry Pi Pico with RP2040");
      } finally {
        await other.close();
      }
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  }, 180_000);

  it("toggles GPIO25 with Pin('LED', Pin.OUT).toggle()", async () => {
    const gpio = board.gpio!;
    expect(await repl("from machine import Pin; led = Pin('LED', Pin.OUT, value=0)")).toBe("");
    expect(gpio.level(25)).toBe(false);
    const changes = gpio.log.length;
    expect(await repl("led.toggle()")).toBe("");
    expect(gpio.level(25)).toBe(true);
    expect(gpio.log.slice(changes).some((c) => c.pin === 25 && c.level === true)).toBe(true);
    expect(await repl("led.toggle(); print(led.value())")).toBe("0\n");
    expect(gpio.level(25)).toBe(false);
  });

  it("runs a Pin.irq handler for a rising edge driven from outside", async () => {
    expect(await repl("p = Pin(2, Pin.IN, Pin.PULL_DOWN); irq = p.irq(lambda q: print('edge', q.value()), Pin.IRQ_RISING)")).toBe("");
    board.gpio!.setInput(2, true);
    await until("edge 1\r\n", 30_000); // printed by the handler while the REPL waits for input
    expect(await repl("print(p.value())")).toBe("1\n");
  });

  it("advances ticks_ms at the emulated clock's rate", async () => {
    const before = board.emulatedNanos!();
    const out = await repl("import time; t = time.ticks_ms(); time.sleep_ms(300); print(time.ticks_diff(time.ticks_ms(), t))");
    const emulatedMs = (board.emulatedNanos!() - before) / 1e6;
    const measured = Number(out.trim());
    // The sleep took 300 ms of the board's time, and the whole command at most what
    // elapsed in the emulator.
    expect(measured).toBeGreaterThanOrEqual(300);
    expect(measured).toBeLessThanOrEqual(Math.ceil(emulatedMs));
    expect(emulatedMs).toBeGreaterThanOrEqual(300);
  });

  it("stops `while True: pass` with Ctrl-C: KeyboardInterrupt", async () => {
    await type("while True: pass\r");
    await until("... ");
    await type("\r"); // the empty line that ends the block: it runs
    await until("\r\n");
    await new Promise((r) => setTimeout(r, 500));
    await type("\x03");
    const out = await until(">>> ", 30_000);
    expect(out).toContain("KeyboardInterrupt");
    expect(await repl("print('alive')")).toBe("alive\n");
  });
});

describe("RPI_PICO in rp2040js, reset", () => {
  it("restarts with machine.reset(): the banner again, on the same pty", async () => {
    await type("import machine; machine.reset()\r");
    const out = await until(">>> ", 60_000);
    expect(out).toContain("Raspberry Pi Pico with RP2040");
    expect(await repl("print('back')")).toBe("back\n");
  });
});

describe("tests/python on the emulated RPI_PICO (raw REPL, the board's heap)", () => {
  it("passes the subset", async () => {
    const files = fs.readFileSync(SUBSET_FILE, "utf8").split("\n")
      .map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"))
      .map((rel) => path.join(REPO_ROOT, rel));
    expect(files.length).toBeGreaterThanOrEqual(100);
    const { lanes } = await makeLanes(`emulated:${BOARD}`, { jobs: 1, firmwareDir: FIRMWARE_DIR });
    try {
      const results = await runTests(files, lanes, { timeoutMs: 60_000 });
      const failed = results.filter((r) => r.verdict === "fail").map((r) => `${path.relative(REPO_ROOT, r.file)}: ${r.reason}`);
      expect(failed).toEqual([]);
      expect(results.filter((r) => r.verdict === "pass").length).toBeGreaterThanOrEqual(100);
    } finally {
      for (const lane of lanes) await lane.close();
    }
  }, 15 * 60_000);
});
