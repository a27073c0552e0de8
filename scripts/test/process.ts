// Running a program as a child process and collecting what it printed, as text.

import { runChild } from "../run_child.js";

export interface ProcessResult {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: string | null;
  timedOut: boolean;
  ms: number;
}

/** Run `cmd` with stdin closed; never rejects for a failing program, only when it cannot start.
 *  `encoding` decodes what it printed (latin1 keeps every byte as one character). */
export async function runProcess(cmd: readonly string[], timeoutMs: number, cwd = process.cwd(), encoding: BufferEncoding = "utf8"): Promise<ProcessResult> {
  const r = await runChild(cmd, { timeoutMs, cwd });
  return { ...r, stdout: r.stdout.toString(encoding), stderr: r.stderr.toString(encoding) };
}
