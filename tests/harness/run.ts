// Running a program (Node or native) and capturing what it did, for the differential tests.

import { spawnSync } from "node:child_process";

export interface RunResult {
  stdout: string;
  stderr: string;
  /** Exit status, or null when killed by a signal. */
  status: number | null;
  signal: string | null;
}

export interface RunOptions {
  input?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  cwd?: string;
}

export function runCommand(cmd: readonly string[], options: RunOptions = {}): RunResult {
  const [exe, ...args] = cmd;
  const r = spawnSync(exe!, args, {
    input: options.input ?? "",
    env: { ...process.env, ...options.env },
    timeout: options.timeoutMs ?? 60_000,
    cwd: options.cwd,
    encoding: "latin1",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error !== undefined) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}
