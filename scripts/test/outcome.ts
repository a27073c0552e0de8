// What a test is compared on, what a target produced, and the verdict.

/** What the test should print: python3's output (or a .exp file's), status and error line. */
export interface Expected {
  stdout: string;
  /** python3's exit status. */
  status: number;
  /** The last non-empty stderr line (`Type: message`) when status is non-zero, else "". */
  errorLine: string;
  /** Whether the expected output is exactly SKIP. */
  skip: boolean;
}

/** What a target produced for a test. */
export interface Actual {
  stdout: string;
  /** The traceback or stderr text ("" when none). */
  stderr: string;
  /** The exit status, or undefined where a target cannot tell it (a board: 1 when a traceback came, else 0). */
  status: number | undefined;
  /** Set when the test did not finish: a timeout or a crash, with why. */
  broken?: string;
  ms: number;
}

export type Verdict = "pass" | "fail" | "skip";

export interface TestResult {
  file: string;
  verdict: Verdict;
  /** Why it failed (empty when it passed or was skipped). */
  reason: string;
  ms: number;
  /** What the target printed, kept for the JUnit report of a failure. */
  output: string;
}

export function lastErrorLine(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trimEnd()).filter((l) => l !== "");
  return lines[lines.length - 1] ?? "";
}

/** The exception type of a `Type: message` line. */
export function errorType(line: string): string {
  const colon = line.indexOf(":");
  return colon < 0 ? line.trim() : line.slice(0, colon).trim();
}

function firstLineDifference(expected: string, actual: string): string {
  const le = expected.split("\n");
  const la = actual.split("\n");
  for (let i = 0; i < Math.max(le.length, la.length); i++) {
    if (le[i] !== la[i]) return `line ${i + 1}: expected ${JSON.stringify(le[i] ?? "<end>")}, got ${JSON.stringify(la[i] ?? "<end>")}`;
  }
  return "outputs differ";
}

const COMPILE_ERRORS = new Set(["SyntaxError", "IndentationError"]);

/**
 * Compare a run with what is expected: the same stdout; an uncaught exception exactly when
 * python3 had one, ending with the same `Type: message` line (only the type for a compile
 * error, whose wording differs between implementations); the same exit status where the
 * target reports one.
 */
export function judge(file: string, exp: Expected, got: Actual): TestResult {
  const base = { file, ms: got.ms, output: got.stdout + got.stderr };
  if (exp.skip || (got.broken === undefined && got.stdout === "SKIP\n")) return { ...base, verdict: "skip", reason: "" };
  const fail = (reason: string): TestResult => ({ ...base, verdict: "fail", reason });
  if (got.broken !== undefined) return fail(got.broken);
  if (got.stdout !== exp.stdout) return fail(`stdout differs: ${firstLineDifference(exp.stdout, got.stdout)}`);
  const gotError = lastErrorLine(got.stderr);
  const raised = got.status === undefined ? gotError !== "" : got.status !== 0;
  if (exp.status === 0 && raised) return fail(`raised ${JSON.stringify(gotError)}`);
  if (exp.status !== 0 && !raised) return fail(`expected it to end with ${JSON.stringify(exp.errorLine)}, but it ended normally`);
  if (got.status !== undefined && got.status !== exp.status) return fail(`exit status ${got.status}, expected ${exp.status}`);
  if (exp.status !== 0 && exp.errorLine !== "") {
    const type = errorType(exp.errorLine);
    if (COMPILE_ERRORS.has(type) ? errorType(gotError) !== type : gotError !== exp.errorLine) {
      return fail(`ended with ${JSON.stringify(gotError)}, expected ${JSON.stringify(exp.errorLine)}`);
    }
  }
  return { ...base, verdict: "pass", reason: "" };
}
