// Running a program as a child process and collecting what it printed.

import { spawn } from "node:child_process";

export interface ProcessResult {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: string | null;
  timedOut: boolean;
  ms: number;
}

/** Run `cmd` with stdin closed; never rejects for a failing program, only when it cannot start. */
export function runProcess(cmd: readonly string[], timeoutMs: number, cwd = process.cwd()): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const [exe, ...args] = cmd;
    const child = spawn(exe!, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        status,
        signal,
        timedOut,
        ms: Date.now() - started,
      });
    });
  });
}
