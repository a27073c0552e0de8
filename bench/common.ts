// What every part of the benchmark shares: where things are, how a run is configured,
// running a child process without blocking, and the few statistics the report uses.

import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../codegen/load/project.js";
import { runChild, type ChildOptions, type ChildResult } from "../scripts/run_child.js";

export { REPO_ROOT };
export const BENCH_DIR = path.join(REPO_ROOT, "bench");
export const PROGRAMS_DIR = path.join(BENCH_DIR, "programs");

export interface BenchOptions {
  /** Fewer programs and repetitions (CI, and the test that keeps the code working). */
  quick: boolean;
  /** Scratch space and the firmware the bench builds (default build/bench; PYXIS_BENCH_OUT). */
  outDir: string;
  /** The boards to build and measure (default: every board whose port exists). */
  boards?: string[];
  /** Progress lines go here (stderr by default). */
  log: (line: string) => void;
}

export function defaultOptions(quick: boolean): BenchOptions {
  const outDir = process.env["PYXIS_BENCH_OUT"] ?? path.join(REPO_ROOT, "build", "bench");
  fs.mkdirSync(outDir, { recursive: true });
  return { quick, outDir, log: (line) => process.stderr.write(`bench: ${line}\n`) };
}

/** A command that must succeed: its stdout, or an error quoting its stderr. */
export async function mustRun(cmd: readonly string[], options: ChildOptions = {}): Promise<ChildResult> {
  const r = await runChild(cmd, options);
  if (r.status !== 0 || r.timedOut) {
    const why = r.timedOut ? "timed out" : `exited with ${r.status ?? r.signal}`;
    throw new Error(`${cmd.join(" ")} ${why}: ${r.stderr.toString("utf8").trim().slice(-2000)}`);
  }
  return r;
}

/** True when `cmd --version` (or the given probe) runs. */
export async function toolAvailable(cmd: readonly string[]): Promise<boolean> {
  try {
    const r = await runChild(cmd, { timeoutMs: 30_000 });
    return r.status === 0;
  } catch {
    return false;
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function geometricMean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  return Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length);
}

/** Wall-clock milliseconds of `f`, the median of `runs` runs. */
export async function timeMs(runs: number, f: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export const met = (ok: boolean): string => (ok ? "met" : "NOT met");
