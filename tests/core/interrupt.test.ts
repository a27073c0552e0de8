// Ctrl-C in a running program: the host executable turns SIGINT into a pending interrupt,
// the VM polls it on backward jumps and calls, and KeyboardInterrupt is raised there.
// PYXIS_PY_EXE reuses an already built host executable.

import { describe, it, expect, beforeAll } from "vitest";
import { spawn } from "node:child_process";
import { buildHostCore } from "../../scripts/commands/core.js";

let exe = "";

beforeAll(async () => {
  exe = process.env["PYXIS_PY_EXE"] ?? (await buildHostCore()).exe;
}, 600_000);

interface Outcome {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Run `exe -c src`, send SIGINT after a second (output to a pipe may be held in a buffer
 * until exit, so the program's own output cannot say when it is in its loop), and wait.
 */
function interruptAfterStart(src: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, ["-c", src], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const interrupt = setTimeout(() => child.kill("SIGINT"), 1000);
    const guard = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(interrupt);
      clearTimeout(guard);
      resolve({ stdout, stderr, status, signal });
    });
  });
}

describe("KeyboardInterrupt from SIGINT (host)", () => {
  it("ends `while True: pass` with the KeyboardInterrupt traceback", async () => {
    const r = await interruptAfterStart("print('ready')\nwhile True: pass\n");
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nKeyboardInterrupt\n');
  }, 30_000);

  it("cuts time.sleep short (the sleep polls it between slices)", async () => {
    const started = Date.now();
    const r = await interruptAfterStart("import time\nprint('ready')\ntime.sleep(30)\n");
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\nKeyboardInterrupt\n');
  }, 30_000);

  it("can be caught, and the program goes on", async () => {
    const src = [
      "def spin():",
      "    n = 0",
      "    while True:",
      "        n += 1",
      "print('ready')",
      "try:",
      "    spin()",
      "except KeyboardInterrupt as e:",
      "    print('caught', type(e).__name__, e.args)",
      "print('after')",
      "",
    ].join("\n");
    const r = await interruptAfterStart(src);
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe("ready\ncaught KeyboardInterrupt ()\nafter\n");
    expect(r.status).toBe(0);
  }, 30_000);
});
