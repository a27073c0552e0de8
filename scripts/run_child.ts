// Running a program as a child process without blocking the caller's event loop, and
// collecting everything it printed. The build and the tests run under vitest, whose
// workers must keep answering their runner: a synchronous spawn that lasts a minute
// fails the run even when every test passes.

import { spawn } from "node:child_process";

export interface ChildOptions {
  /** Bytes for stdin, which is closed after them; without it stdin is closed at once. */
  input?: string | Uint8Array;
  /** Strings of `input` are written as these bytes. */
  inputEncoding?: BufferEncoding;
  /** Added to (and overriding) the parent's environment; an undefined value removes a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Killed with SIGKILL after this long; `timedOut` then says so. */
  timeoutMs?: number;
}

export interface ChildResult {
  stdout: Buffer;
  stderr: Buffer;
  /** Exit status, or null when killed by a signal. */
  status: number | null;
  signal: string | null;
  timedOut: boolean;
  ms: number;
}

/** Run `cmd`; never rejects for a failing program, only when it cannot be started. */
export function runChild(cmd: readonly string[], options: ChildOptions = {}): Promise<ChildResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const [exe, ...args] = cmd;
    const child = spawn(exe!, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.stdout!.on("data", (b: Buffer) => out.push(b));
    child.stderr!.on("data", (b: Buffer) => err.push(b));
    if (child.stdin !== null) {
      // A program that exits without reading all of its input is not an error here.
      child.stdin.on("error", () => {});
      const input = options.input!;
      child.stdin.end(typeof input === "string" ? Buffer.from(input, options.inputEncoding ?? "utf8") : input);
    }
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), status, signal, timedOut, ms: Date.now() - started });
    });
  });
}
