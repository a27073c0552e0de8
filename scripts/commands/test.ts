// pyxis test: run Python test files on a target and compare each with python3's output
// (or a .exp file), ending with "N passed, N failed, N skipped"; --junit writes a report.

import { Command } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { collectTests } from "../test/collect.js";
import { junitXml } from "../test/junit.js";
import type { TestResult } from "../test/outcome.js";
import { runTests, summaryLine } from "../test/runner.js";
import { makeLanes } from "../test/targets.js";
import { reportError } from "../serial/errors.js";

interface TestOptions {
  target: string;
  timeout: string;
  jobs?: string;
  exe?: string;
  firmwareDir?: string;
  junit?: string;
  verbose?: boolean;
}

function positiveInt(v: string | undefined, what: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a positive whole number, got '${v}'`);
  return n;
}

function resultLine(r: TestResult, verbose: boolean): string {
  const ms = `(${(r.ms / 1000).toFixed(2)} s)`;
  if (r.verdict === "pass") return `pass  ${r.file} ${ms}`;
  if (r.verdict === "skip") return `skip  ${r.file}`;
  const detail = verbose && r.output !== "" ? `\n${r.output.replace(/^/gm, "      | ")}` : "";
  return `FAIL  ${r.file} ${ms}: ${r.reason}${detail}`;
}

export function testCommand(): Command {
  return new Command("test")
    .description("run .py tests on a target and compare with python3's output (or <name>.exp)")
    .argument("[paths...]", "test files or directories (default: tests/python)")
    .option("--target <target>", "node | host | emulated:<BOARD> | port:<path>", "host")
    .option("-t, --timeout <seconds>", "limit for each test", "30")
    .option("-j, --jobs <n>", "tests at once (node, host: one per CPU; emulated: one board each; port: 1)")
    .option("--exe <path>", "host target: this executable instead of building one")
    .option("--firmware-dir <dir>", "emulated target: where the board's firmware is (default build/<BOARD>)")
    .option("--junit <file>", "write a JUnit XML report")
    .option("-v, --verbose", "show the output of failing tests")
    .action(async (paths: string[], opts: TestOptions) => {
      let status = 0;
      try {
        const timeoutS = Number(opts.timeout);
        if (!(timeoutS > 0)) throw new Error(`--timeout must be a number of seconds, got '${opts.timeout}'`);
        const files = collectTests(paths.length > 0 ? paths : [path.relative(process.cwd(), path.join(REPO_ROOT, "tests", "python")) || "."]);
        if (files.length === 0) throw new Error("no test files found (tests are .py files whose name does not start with _)");
        const { lanes, description } = await makeLanes(opts.target, {
          jobs: positiveInt(opts.jobs, "--jobs"),
          exe: opts.exe,
          firmwareDir: opts.firmwareDir,
        });
        process.stderr.write(`pyxis: ${files.length} test(s) on ${description}\n`);
        const started = Date.now();
        let results: TestResult[];
        try {
          results = await runTests(files, lanes, {
            timeoutMs: timeoutS * 1000,
            onResult: (r) => process.stdout.write(`${resultLine(r, opts.verbose === true)}\n`),
          });
        } finally {
          for (const lane of new Set(lanes)) await lane.close();
        }
        if (opts.junit !== undefined) {
          fs.mkdirSync(path.dirname(path.resolve(opts.junit)), { recursive: true });
          fs.writeFileSync(opts.junit, junitXml(opts.target, results, Date.now() - started));
        }
        process.stdout.write(`${summaryLine(results)}\n`);
        status = results.some((r) => r.verdict === "fail") ? 1 : 0;
      } catch (e) {
        status = reportError(e);
      }
      process.exit(status);
    });
}
