// The expected output of a test: a `<name>.exp` file beside it (stdout only, where
// MicroPython deliberately differs from CPython), otherwise what `python3` prints for it.
// python3's answer is cached under build/test-exp/, keyed by the SHA-256 of the test, the
// support modules beside it (files starting with `_`) and the path it runs as.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { lastErrorLine, type Expected } from "./outcome.js";
import { runProcess } from "./process.js";

export const EXPECTED_CACHE = path.join(REPO_ROOT, "build", "test-exp");

function cacheKey(file: string): string {
  const h = createHash("sha256");
  h.update(file);
  h.update(fs.readFileSync(file));
  const dir = path.dirname(file);
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.startsWith("_") && f.endsWith(".py")) {
      h.update(f);
      h.update(fs.readFileSync(path.join(dir, f)));
    }
  }
  return h.digest("hex");
}

/** python3's stdout, status and error line for `file` (run as given, from the working directory). */
export async function pythonExpected(file: string, timeoutMs: number, cacheDir = EXPECTED_CACHE): Promise<Expected> {
  const cacheFile = path.join(cacheDir, `${cacheKey(file)}.json`);
  if (fs.existsSync(cacheFile)) return JSON.parse(fs.readFileSync(cacheFile, "utf8")) as Expected;
  let r;
  try {
    r = await runProcess(["python3", file], timeoutMs);
  } catch (e) {
    throw new Error(`cannot run python3 for the expected output of ${file} (${(e as Error).message}): install python3 or write ${file.replace(/\.py$/, ".exp")}`);
  }
  if (r.timedOut || r.status === null) {
    throw new Error(`python3 ${file}: did not finish in ${(timeoutMs / 1000).toFixed(1)} s, so its expected output is unknown: write ${path.basename(file, ".py")}.exp`);
  }
  const exp: Expected = {
    stdout: r.stdout,
    status: r.status,
    errorLine: r.status === 0 ? "" : lastErrorLine(r.stderr),
    skip: r.stdout === "SKIP\n",
  };
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(exp));
  return exp;
}

/**
 * The expectation of a test: python3's (given `timeoutMs` to finish), with a `.exp` file's
 * stdout in its place when there is one.
 */
export async function expectedFor(file: string, timeoutMs: number, cacheDir = EXPECTED_CACHE): Promise<Expected> {
  const expFile = file.replace(/\.py$/, ".exp");
  if (fs.existsSync(expFile)) {
    const stdout = fs.readFileSync(expFile, "utf8");
    // python3 still gives the status (and error line); one that cannot run it (a hang, a
    // MicroPython-only module) is expected to end normally.
    const py = await pythonExpected(file, timeoutMs, cacheDir).catch(() => undefined);
    // A compile-error test's .exp names the error instead: "<Type> line <N>" (tests/python/syntax/).
    const compileError = /^(SyntaxError|IndentationError) line \d+\s*$/.exec(stdout);
    if (compileError !== null && py !== undefined && py.status !== 0) {
      return { stdout: "", status: py.status, errorLine: `${compileError[1]!}: (from .exp)`, skip: false };
    }
    return { stdout, status: py?.status ?? 0, errorLine: py?.errorLine ?? "", skip: stdout === "SKIP\n" };
  }
  return pythonExpected(file, timeoutMs, cacheDir);
}
