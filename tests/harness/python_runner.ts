// The Python conformance runner: finds the programs under tests/python/, computes what
// CPython prints for each (cached by content hash), runs each through Pyxis in a mode
// (native, Node, native under GC stress), and compares. Conventions: tests/python/README.md.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { NODE_RUNNER } from "./differential.js";
import { NodeServerPool } from "./python_node_pool.js";
import { runProcess as runTextProcess, type ProcessResult } from "../../scripts/test/process.js";

export const PY_ROOT = path.join(REPO_ROOT, "tests", "python");
export const EXP_CACHE = path.join(REPO_ROOT, "build", "python-exp");
export const KNOWN_FAILURES = path.join(PY_ROOT, "known_failures.txt");
export const CORE_MAIN = path.join(REPO_ROOT, "core", "main.ts");

export type Mode = "native" | "node" | "gcstress";
export const MODES: readonly Mode[] = ["native", "node", "gcstress"];

/** GC stress collects at every allocation: a small heap keeps each sweep cheap. */
export const GCSTRESS_HEAP = "64K";
/** The sizes at which memory/ programs must survive, natively. */
export const MEMORY_SWEEP_SIZES: readonly number[] = [2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64].map((k) => k * 1024);
/** Of those, the sizes at which Node and native must agree (Node is slower to start). */
export const MEMORY_DIFF_SIZES: readonly number[] = [4, 8, 16, 32, 64].map((k) => k * 1024);
/** Of those, the sizes at which they must not crash under GC stress either. */
export const MEMORY_STRESS_SIZES: readonly number[] = [8, 16, 32].map((k) => k * 1024);

/** Node mode in-process (one server per CPU), unless PYXIS_PY_NODE=spawn asks for a process per program. */
export function nodePoolUnlessSpawn(): NodeServerPool | undefined {
  return process.env["PYXIS_PY_NODE"] === "spawn" ? undefined : new NodeServerPool(REPO_ROOT);
}

const TIMEOUT_MS: Record<Mode | "python", number> = { native: 20_000, node: 60_000, gcstress: 120_000, python: 30_000 };

/** The status ports/node/run.ts uses for a JavaScript error (a bug), and a fatal invariant. */
const FATAL_STATUSES: readonly number[] = [70];

export type ProcResult = ProcessResult;

/** What a test is compared on. */
export interface Expected {
  stdout: string;
  status: number;
  /** Last non-empty stderr line when status is non-zero, else "". */
  errorLine: string;
  /** Line number of the last `File "...", line N` in stderr (syntax tests), or 0. */
  errorLineNo: number;
  /** Whether CPython printed exactly SKIP. */
  skip: boolean;
}

/** Spawn a program, collect everything (bytes as latin1 characters); never throws for a failing program. */
export function runProcess(cmd: readonly string[], timeoutMs: number, cwd = REPO_ROOT): Promise<ProcResult> {
  return runTextProcess(cmd, timeoutMs, cwd, "latin1");
}

/** Run jobs with at most `limit` at once, keeping the results in order. */
export async function parallelMap<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, limit = os.availableParallelism()): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Support modules: names starting with `_`, and anything in a subdirectory of a test directory. */
function isTestFile(dirent: string): boolean {
  return dirent.endsWith(".py") && !path.basename(dirent).startsWith("_");
}

/** Every test, as a path relative to tests/python/ with forward slashes, sorted. */
export function discoverTests(filter = process.env["PYXIS_PY_FILTER"] ?? ""): string[] {
  const tests: string[] = [];
  for (const dir of fs.readdirSync(PY_ROOT, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(PY_ROOT, dir.name), { withFileTypes: true })) {
      if (f.isFile() && isTestFile(f.name)) tests.push(`${dir.name}/${f.name}`);
    }
  }
  return tests.filter((t) => t.includes(filter)).sort();
}

export function isSyntaxTest(rel: string): boolean {
  return rel.startsWith("syntax/");
}

export function isMemoryTest(rel: string): boolean {
  return rel.startsWith("memory/");
}

/**
 * The tests a mode runs: memory/ programs run out of heap by design, which the GC
 * stress mode's small heap would turn into different output; the heap sweep covers them.
 */
export function testsForMode(mode: Mode, tests: readonly string[]): string[] {
  return mode === "gcstress" ? tests.filter((t) => !isMemoryTest(t)) : [...tests];
}

/** The test's path as given on the command line (relative to the repository root, where it runs). */
export function scriptArg(rel: string): string {
  return path.posix.join("tests", "python", rel);
}

function lastErrorLine(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trimEnd()).filter((l) => l !== "");
  return lines[lines.length - 1] ?? "";
}

function lastFileLineNo(stderr: string): number {
  const all = [...stderr.matchAll(/File "[^"]*", line (\d+)/g)];
  const last = all[all.length - 1];
  return last === undefined ? 0 : Number(last[1]);
}

/** The exception type named by a `Type: message` line (or a bare `Type`). */
export function errorType(line: string): string {
  const colon = line.indexOf(":");
  return colon < 0 ? line.trim() : line.slice(0, colon).trim();
}

function summarize(r: ProcResult): Expected {
  const status = r.status ?? -1;
  return {
    stdout: r.stdout,
    status,
    errorLine: status === 0 ? "" : lastErrorLine(r.stderr),
    errorLineNo: status === 0 ? 0 : lastFileLineNo(r.stderr),
    skip: r.stdout === "SKIP\n",
  };
}

/** The content hash of a test together with the support modules of its directory. */
function contentKey(rel: string): string {
  const h = createHash("sha256");
  h.update(fs.readFileSync(path.join(PY_ROOT, rel)));
  const dir = path.join(PY_ROOT, path.dirname(rel));
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.startsWith("_") && f.endsWith(".py")) {
      h.update(f);
      h.update(fs.readFileSync(path.join(dir, f)));
    }
  }
  return h.digest("hex");
}

/** What CPython prints for the test (cached), with a `.exp` file's override applied. */
export async function expectedFor(rel: string): Promise<Expected> {
  const key = contentKey(rel);
  const cacheFile = path.join(EXP_CACHE, `${key}.json`);
  let exp: Expected;
  if (fs.existsSync(cacheFile)) {
    exp = JSON.parse(fs.readFileSync(cacheFile, "utf8")) as Expected;
  } else {
    const r = await runProcess(["python3", scriptArg(rel)], TIMEOUT_MS.python);
    if (r.timedOut || r.status === null) throw new Error(`python3 ${rel}: did not finish (${r.signal ?? "timeout"})`);
    exp = summarize(r);
    fs.mkdirSync(EXP_CACHE, { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(exp));
  }
  const expFile = path.join(PY_ROOT, rel.replace(/\.py$/, ".exp"));
  if (fs.existsSync(expFile)) {
    const text = fs.readFileSync(expFile, "latin1");
    if (isSyntaxTest(rel)) {
      const m = /^(\w+) line (\d+)\s*$/.exec(text);
      if (m === null) throw new Error(`${expFile}: expected "<Type> line <N>"`);
      exp = { ...exp, errorLine: `${m[1]!}: (from .exp)`, errorLineNo: Number(m[2]) };
    } else {
      exp = { ...exp, stdout: text };
    }
  }
  return exp;
}

export interface PyxisCommands {
  /** The host executable. */
  exe: string;
  /** Runs Node mode in-process; without it each program gets its own `node` process. */
  nodePool?: NodeServerPool;
}

/** A test's heap under -X gcstress: GCSTRESS_HEAP, or what a `# gcstress heapsize: N` line
 *  at its top asks for (a test whose point needs more, such as a thousand frames). */
export function gcstressHeap(script: string): string {
  let text = "";
  try {
    text = fs.readFileSync(path.resolve(REPO_ROOT, script), "utf8").slice(0, 1024);
  } catch {
    return GCSTRESS_HEAP;
  }
  return /^# gcstress heapsize: (\d+K?)$/m.exec(text)?.[1] ?? GCSTRESS_HEAP;
}

/** The command line that runs a script in a mode, with extra interpreter options first. */
export function commandFor(cmds: PyxisCommands, mode: Mode, script: string, options: readonly string[] = []): string[] {
  switch (mode) {
    case "native":
      return [cmds.exe, ...options, script];
    case "gcstress":
      return [cmds.exe, "-X", "gcstress", "-X", `heapsize=${gcstressHeap(script)}`, ...options, script];
    case "node":
      return [process.execPath, "--import", "tsx", NODE_RUNNER, CORE_MAIN, ...options, script];
  }
}

export function runPyxis(cmds: PyxisCommands, mode: Mode, rel: string, options: readonly string[] = []): Promise<ProcResult> {
  if (mode === "node" && cmds.nodePool !== undefined) return cmds.nodePool.run([...options, scriptArg(rel)], TIMEOUT_MS.node);
  return runProcess(commandFor(cmds, mode, scriptArg(rel), options), TIMEOUT_MS[mode]);
}

/** Why the actual run does not match, or undefined when it does. */
export function mismatch(rel: string, exp: Expected, r: ProcResult): string | undefined {
  if (r.timedOut) return `timed out after ${r.ms} ms`;
  if (r.status === null) return `killed by ${r.signal ?? "a signal"}\n${tail(r.stderr)}`;
  const got = summarize(r);
  if (got.stdout !== exp.stdout) return `stdout differs: ${firstLineDifference(exp.stdout, got.stdout)}\n${tail(r.stderr)}`;
  if (got.status !== exp.status) return `exit status ${got.status}, expected ${exp.status}\n${tail(r.stderr)}`;
  if (exp.status === 0) return undefined;
  if (isSyntaxTest(rel)) {
    if (errorType(got.errorLine) !== errorType(exp.errorLine)) return `raised ${got.errorLine}, expected ${errorType(exp.errorLine)}`;
    if (got.errorLineNo !== exp.errorLineNo) return `error reported at line ${got.errorLineNo}, expected line ${exp.errorLineNo}\n${tail(r.stderr)}`;
    return undefined;
  }
  if (got.errorLine !== exp.errorLine) return `stderr ends ${JSON.stringify(got.errorLine)}, expected ${JSON.stringify(exp.errorLine)}`;
  return undefined;
}

function tail(stderr: string): string {
  const lines = stderr.trimEnd().split("\n");
  return lines.slice(-6).join("\n");
}

export function firstLineDifference(expected: string, actual: string): string {
  const le = expected.split("\n");
  const la = actual.split("\n");
  for (let i = 0; i < Math.max(le.length, la.length); i++) {
    if (le[i] !== la[i]) return `line ${i + 1}: expected ${JSON.stringify(le[i])}, got ${JSON.stringify(la[i])}`;
  }
  return "outputs differ";
}

/** A run that did not crash: no signal or timeout, no fatal status, and status 1 only with a Python error line. */
export function crashed(r: ProcResult): string | undefined {
  if (r.timedOut) return "timed out";
  if (r.status === null) return `killed by ${r.signal ?? "a signal"}`;
  if (FATAL_STATUSES.includes(r.status)) return `fatal status ${r.status}: ${tail(r.stderr)}`;
  if (r.status === 0) return undefined;
  const line = lastErrorLine(r.stderr);
  if (r.status === 1 && (/^[A-Za-z_]\w*(: |$)/.test(line) || /does not fit in the arena, or is too small/.test(line))) return undefined;
  return `status ${r.status}: ${tail(r.stderr)}`;
}

export interface TestOutcome {
  rel: string;
  mode: Mode;
  /** undefined: passed. */
  failure: string | undefined;
  skipped: boolean;
  ms: number;
}

/** Run tests in a mode, in parallel, against their expectations. */
export async function runMode(cmds: PyxisCommands, mode: Mode, tests: readonly string[], expected: ReadonlyMap<string, Expected>, options: readonly string[] = []): Promise<TestOutcome[]> {
  return parallelMap(tests, async (rel) => {
    const exp = expected.get(rel)!;
    if (exp.skip) return { rel, mode, failure: undefined, skipped: true, ms: 0 };
    const r = await runPyxis(cmds, mode, rel, options);
    const skipped = r.status === 0 && r.stdout === "SKIP\n";
    return { rel, mode, failure: skipped ? undefined : mismatch(rel, exp, r), skipped, ms: r.ms };
  });
}

/** Every test's expectation, computed in parallel (python3 is quick; the cache makes reruns free). */
export async function expectations(tests: readonly string[]): Promise<Map<string, Expected>> {
  const exps = await parallelMap(tests, expectedFor);
  return new Map(tests.map((t, i) => [t, exps[i]!]));
}

/** known_failures.txt: the set of `<mode> <path>` entries. */
export function loadKnownFailures(file = KNOWN_FAILURES): Set<string> {
  const set = new Set<string>();
  if (!fs.existsSync(file)) return set;
  for (const raw of fs.readFileSync(file, "utf8").split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (line === "") continue;
    const [mode, rel, ...rest] = line.split(/\s+/);
    if (rel === undefined || rest.length > 0) throw new Error(`${file}: expected "<mode> <path>", got ${JSON.stringify(raw)}`);
    set.add(`${mode} ${rel}`);
  }
  return set;
}

/**
 * The smallest -X heapsize (bytes, to within `resolution`) at which every one of `tests`
 * passes natively, by bisection between `low` and `high`; undefined when they do not all
 * pass even at `high`.
 */
export async function smallestPassingHeap(cmds: PyxisCommands, tests: readonly string[], expected: ReadonlyMap<string, Expected>, low = 4 * 1024, high = 1024 * 1024, resolution = 1024): Promise<number | undefined> {
  const allPass = async (size: number): Promise<boolean> => {
    const outcomes = await runMode(cmds, "native", tests, expected, ["-X", `heapsize=${size}`]);
    return outcomes.every((o) => o.failure === undefined);
  };
  if (!(await allPass(high))) return undefined;
  while (high - low > resolution) {
    const mid = Math.floor((low + high) / 2 / 256) * 256;
    if (await allPass(mid)) high = mid;
    else low = mid;
  }
  return high;
}
