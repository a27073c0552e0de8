// Running a program (Node or native) and capturing what it did, for the differential tests.
// Asynchronous: a test worker that blocks for a minute fails the whole vitest run.

import { runChild } from "../../scripts/run_child.js";

/** A program that has not ended by then has hung: the test's own timeout usually comes first. */
const DEFAULT_TIMEOUT_MS = 300_000;

export interface RunResult {
  stdout: string;
  stderr: string;
  /** Exit status, or null when killed by a signal. */
  status: number | null;
  signal: string | null;
}

export interface RunOptions {
  /** Given to the program as bytes in `encoding`. */
  input?: string | Uint8Array;
  /** How input strings are encoded and the output decoded: latin1 (the default) keeps one byte per character. */
  encoding?: BufferEncoding;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  cwd?: string;
}

/** Run a program and wait for it without blocking the event loop; a timeout is an error. */
export async function runCommand(cmd: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const r = await runChild(cmd, {
    input: options.input ?? "",
    inputEncoding: options.encoding ?? "latin1",
    env: options.env,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    cwd: options.cwd,
  });
  if (r.timedOut) throw new Error(`${cmd.join(" ")} timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`);
  const encoding = options.encoding ?? "latin1";
  return { stdout: r.stdout.toString(encoding), stderr: r.stderr.toString(encoding), status: r.status, signal: r.signal };
}
