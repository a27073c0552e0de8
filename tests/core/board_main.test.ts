// The board entry point (core/board_main.ts), in Node and natively on the host's
// simulated board: boot banner with the board's machine text, soft reset on Ctrl-D,
// SystemExit and machine.soft_reset() with a fresh runtime each time, the raw REPL kept
// across a soft reset (as mpremote needs), and pin IRQs stopped by it. The loop ends
// when standard input does (a board's console never ends).
import * as path from "node:path";
import { execFile } from "node:child_process";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildSubsetProgram, firstDifference, nodeCommand, type SubsetProgram } from "../harness/differential.js";

const BANNER = 'Pyxis 0.1.0 on 2026-11-21; host with posix\r\nType "help()" for more information.\r\n';
const REBOOT = "MPY: soft reboot\r\n";
const RAW = "raw REPL; CTRL-B to exit\r\n>";

let program: SubsetProgram;

beforeAll(async () => {
  program = await buildSubsetProgram(path.join(REPO_ROOT, "tests", "core", "programs", "board_main_drive.ts"));
}, 600_000);

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));

/** The console's bytes for this input, the same in Node and natively. */
async function boot(input: string): Promise<string> {
  const r = await program.run([], { input });
  expect(r.node.stderr).toBe("");
  expect(r.node.status).toBe(0);
  expect(firstDifference(r.node.stdout, r.native.stdout)).toBeUndefined();
  expect(r.native.status).toBe(0);
  return r.node.stdout;
}

describe("board entry point", () => {
  it("boots to the banner with the board's machine text and stops at the end of input", async () => {
    expect(await boot("")).toBe(BANNER + ">>> \r\n");
  });

  it("Ctrl-D soft-resets: the banner again, and the globals are gone", async () => {
    const out = await boot("x = 5\rprint(x)\r\x04print('x' in globals())\r");
    expect(out).toBe(
      BANNER + ">>> x = 5\r\n>>> print(x)\r\n5\n>>> \r\n" + REBOOT + BANNER + ">>> print('x' in globals())\r\nFalse\n>>> \r\n",
    );
  });

  it("sys.exit() and machine.soft_reset() soft-reset too", async () => {
    const out = await boot("import sys\rsys.exit()\rimport machine\rmachine.soft_reset()\r");
    expect(out).toBe(
      BANNER + ">>> import sys\r\n>>> sys.exit()\r\n" + REBOOT + BANNER + ">>> import machine\r\n>>> machine.soft_reset()\r\n" +
        REBOOT + BANNER + ">>> \r\n",
    );
  });

  it("the raw REPL stays raw across a soft reset", async () => {
    const out = await boot("\x01print(1)\x04\x04print(2)\x04\x02");
    expect(out).toBe(
      BANNER + ">>> \r\n" + RAW + "OK1\n\x04\x04>" + "OK\r\n" + REBOOT + RAW + "OK2\n\x04\x04>" + "\r\n" + BANNER + ">>> \r\n",
    );
  });

  it("a soft reset stops pin IRQs; the pins keep their levels", async () => {
    const setup = "from machine import Pin\rp = Pin(7, Pin.IN)\rp.irq(lambda q: print('edge'))\rp.init(pull=Pin.PULL_UP)\rfor i in range(2): pass\r\r";
    const after = "from machine import Pin\rp = Pin(7)\rp.value()\rp.init(pull=Pin.PULL_DOWN)\rfor i in range(2): pass\r\r";
    const out = await boot(setup + "\x04" + after);
    expect(out).toContain(">>> for i in range(2): pass\r\n... \r\nedge\n>>> \r\n" + REBOOT);
    const second = out.slice(out.indexOf(REBOOT));
    expect(second).toContain(">>> p.value()\r\n1\n");
    expect(second).not.toContain("edge");
  });
});

type Step = { send: string } | { wait: string };

/** Run `cmd` on a pseudo-terminal through tests/harness/pty_session.py. */
/** Asynchronous, so that the test worker's event loop (and vitest's messages) go on meanwhile. */
async function onPty(cmd: readonly string[], steps: Step[]): Promise<{ output: string; status: number | null; timed_out: boolean }> {
  const driver = path.join(REPO_ROOT, "tests", "harness", "pty_session.py");
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = execFile("python3", [driver, "60", ...cmd], { encoding: "utf8", timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, out) => (error !== null && out === "" ? reject(error) : resolve(out)));
    child.stdin?.end(JSON.stringify(steps));
  });
  return JSON.parse(stdout) as { output: string; status: number | null; timed_out: boolean };
}

describe("board entry point at the prompt", () => {
  // A board's console never ends: the session ends with machine.reset() (the host exits 0).
  const steps: Step[] = [
    { wait: ">>> " },
    { send: "import micropython\r" },
    { wait: ">>> " },
    { send: "micropython.schedule(print, 'ran at prompt')\r" },
    { wait: "ran at prompt" },
    { send: "import machine\r" },
    { wait: ">>> " },
    { send: "machine.reset()\r" },
  ];

  it("runs scheduled calls while the REPL waits for a key (Node)", async () => {
    const r = await onPty(nodeCommand(program.entry, []), steps);
    expect(r.timed_out).toBe(false);
    expect(r.status).toBe(0);
    expect(r.output).toContain(">>> ran at prompt");
  }, 120_000);

  it("runs scheduled calls while the REPL waits for a key (native)", async () => {
    const r = await onPty([program.exe], steps);
    expect(r.timed_out).toBe(false);
    expect(r.status).toBe(0);
    expect(r.output).toContain(">>> ran at prompt");
  }, 120_000);
});
