// Instruction counts with valgrind's callgrind: exact and repeatable however loaded the
// machine is, unlike wall time. A program's count includes its start-up; the speed suite
// subtracts the count of an empty program.

import * as fs from "node:fs";
import * as path from "node:path";
import { runChild } from "../scripts/run_child.js";
import { toolAvailable } from "./common.js";

export interface CountedRun {
  /** Instructions executed from exec to exit (callgrind's "summary"). */
  instructions: number;
  stdout: string;
  status: number | null;
}

export function valgrindAvailable(): Promise<boolean> {
  return toolAvailable(["valgrind", "--version"]);
}

/** callgrind's total: the "summary:" (or "totals:") line of its output file. */
export function parseCallgrindTotal(text: string): number | undefined {
  const m = /^(?:summary|totals):\s+(\d+)/m.exec(text);
  return m === null ? undefined : Number(m[1]);
}

/**
 * Run `cmd` under callgrind. The command must be the real executable: callgrind does not
 * follow exec, so a wrapper script (pyenv's shims) would be counted instead.
 */
export async function countInstructions(cmd: readonly string[], scratchDir: string, env?: Record<string, string>): Promise<CountedRun> {
  fs.mkdirSync(scratchDir, { recursive: true });
  const out = path.join(scratchDir, `callgrind.${process.pid}.out`);
  const r = await runChild(["nice", "valgrind", "--tool=callgrind", "--quiet", `--callgrind-out-file=${out}`, ...cmd], {
    env,
    timeoutMs: 30 * 60_000,
  });
  try {
    const total = fs.existsSync(out) ? parseCallgrindTotal(fs.readFileSync(out, "utf8")) : undefined;
    if (total === undefined) {
      throw new Error(`callgrind gave no count for ${cmd.join(" ")}: ${r.stderr.toString("utf8").trim().slice(-1000)}`);
    }
    return { instructions: total, stdout: r.stdout.toString("utf8"), status: r.status };
  } finally {
    fs.rmSync(out, { force: true });
  }
}
