// Targets that run each test as a process: the host executable, and the core in Node.
// Each test gets a fresh interpreter; any number run at once.

import type { Actual } from "./outcome.js";
import { runProcess } from "./process.js";
import type { Target } from "./target.js";

export class ProcessTarget implements Target {
  /** `command` runs a script given as its last argument (`[exe]`, `[node, …, core/main.ts]`). */
  constructor(private readonly command: readonly string[]) {}

  async run(file: string, timeoutMs: number): Promise<Actual> {
    const r = await runProcess([...this.command, file], timeoutMs);
    const actual: Actual = { stdout: r.stdout, stderr: r.stderr, status: r.status ?? undefined, ms: r.ms };
    if (r.timedOut) actual.broken = `timed out after ${(timeoutMs / 1000).toFixed(1)} s`;
    else if (r.status === null) actual.broken = `killed by ${r.signal ?? "a signal"}`;
    return actual;
  }

  async close(): Promise<void> {}
}
