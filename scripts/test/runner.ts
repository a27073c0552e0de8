// Running test files on lanes of a target and judging each against its expectation.

import { expectedFor } from "./expected.js";
import { judge, type TestResult } from "./outcome.js";
import type { Target } from "./target.js";

export interface RunOptions {
  timeoutMs: number;
  /** Called as each test finishes (in completion order). */
  onResult?: (r: TestResult) => void;
}

/** Run every file, each lane taking the next file when it is free; results in the files' order. */
export async function runTests(files: readonly string[], lanes: readonly Target[], opts: RunOptions): Promise<TestResult[]> {
  const results: TestResult[] = new Array<TestResult>(files.length);
  let next = 0;
  async function lane(target: Target): Promise<void> {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      let result: TestResult;
      try {
        const exp = await expectedFor(file, opts.timeoutMs);
        result = exp.skip ? { file, verdict: "skip", reason: "", ms: 0, output: "" } : judge(file, exp, await target.run(file, opts.timeoutMs));
      } catch (e) {
        result = { file, verdict: "fail", reason: (e as Error).message, ms: 0, output: "" };
      }
      results[i] = result;
      opts.onResult?.(result);
    }
  }
  await Promise.all(lanes.map(lane));
  return results;
}

/** The last line of a run: "N passed, N failed, N skipped". */
export function summaryLine(results: readonly TestResult[]): string {
  const count = (v: TestResult["verdict"]): number => results.filter((r) => r.verdict === v).length;
  return `${count("pass")} passed, ${count("fail")} failed, ${count("skip")} skipped`;
}
