// The Python conformance suite: every tests/python/<dir>/<name>.py, natively, in Node and
// natively under GC stress, compared with what CPython prints. Conventions and the
// known-failures list: tests/python/README.md.

import { describe, it, expect, beforeAll, afterAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildHostCore } from "../../scripts/commands/core.js";
import {
  MODES, MEMORY_SWEEP_SIZES, MEMORY_DIFF_SIZES, MEMORY_STRESS_SIZES, testsForMode, nodePoolUnlessSpawn, discoverTests, expectations, runMode, runPyxis, loadKnownFailures,
  crashed, mismatch, isMemoryTest, isSyntaxTest, smallestPassingHeap, parallelMap,
  type Mode, type Expected, type PyxisCommands, type TestOutcome,
} from "../harness/python_runner.js";

const filter = process.env["PYXIS_PY_FILTER"] ?? "";
const tests = discoverTests(filter);
const modes: Mode[] = (process.env["PYXIS_PY_MODES"]?.split(",") ?? [...MODES]).filter((m): m is Mode => (MODES as readonly string[]).includes(m));
const known = loadKnownFailures();
/** The memory sweep's entries in known_failures.txt use this mode name. */
const SWEEP = "heapsweep";
/** Where the last run's failures are written, one `<mode> <path>` a line. */
const FAILURES_REPORT = path.join(REPO_ROOT, "build", "python-failures.txt");

let cmds: PyxisCommands;
let expected: Map<string, Expected>;
const outcomes = new Map<string, TestOutcome>();

beforeAll(async () => {
  // PYXIS_PY_EXE: an already built host executable (saves the build when iterating).
  cmds = { exe: process.env["PYXIS_PY_EXE"] ?? (await buildHostCore()).exe, nodePool: nodePoolUnlessSpawn() };
  expected = await expectations(tests);
  const summary: string[] = [];
  for (const mode of modes) {
    const started = Date.now();
    const results = await runMode(cmds, mode, testsForMode(mode, tests), expected);
    for (const o of results) outcomes.set(`${mode} ${o.rel}`, o);
    const passed = results.filter((o) => o.failure === undefined && !o.skipped).length;
    const skipped = results.filter((o) => o.skipped).length;
    summary.push(`${mode}: ${passed}/${results.length - skipped} passed, ${skipped} skipped, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`Python conformance (${tests.length} programs)\n  ${summary.join("\n  ")}`);
  // Every failure, in known_failures.txt's format: what to list (or unlist) after a change.
  const failing = [...outcomes.entries()].filter(([, o]) => o.failure !== undefined).map(([k]) => k);
  fs.mkdirSync(path.dirname(FAILURES_REPORT), { recursive: true });
  fs.writeFileSync(FAILURES_REPORT, failing.map((k) => `${k}\n`).join(""));
}, 30 * 60_000);

afterAll(() => cmds?.nodePool?.close());

for (const mode of modes) {
  describe(`python ${mode}`, () => {
    for (const rel of testsForMode(mode, tests)) {
      it(rel, (ctx) => {
        const o = outcomes.get(`${mode} ${rel}`)!;
        if (o.skipped) ctx.skip();
        if (known.has(`${mode} ${rel}`)) {
          expect(o.failure, `${mode} ${rel} passes: remove it from tests/python/known_failures.txt`).toBeDefined();
        } else {
          if (o.failure !== undefined) expect.fail(o.failure);
        }
      });
    }
  });
}

describe("python known failures", () => {
  it.skipIf(filter !== "")("lists only existing tests and modes", () => {
    const all = new Set(tests);
    for (const entry of known) {
      const [mode, rel] = entry.split(" ") as [string, string];
      expect([...MODES, SWEEP], entry).toContain(mode);
      expect(all.has(rel), `${entry}: no such test`).toBe(true);
    }
  });
});

describe.skipIf(!tests.some(isMemoryTest))("python memory at heap sizes", () => {
  for (const rel of tests.filter(isMemoryTest)) {
    it(`${rel}: no crash from 2 KiB to 64 KiB; Node and native agree`, async () => {
      const problems: string[] = [];
      await parallelMap(MEMORY_SWEEP_SIZES, async (size) => {
        const heap = ["-X", `heapsize=${size}`];
        const native = await runPyxis(cmds, "native", rel, heap);
        const crash = crashed(native);
        if (crash !== undefined) problems.push(`native at ${size}: ${crash}`);
        if (MEMORY_STRESS_SIZES.includes(size)) {
          const stressCrash = crashed(await runPyxis(cmds, "native", rel, ["-X", "gcstress", ...heap]));
          if (stressCrash !== undefined) problems.push(`gcstress at ${size}: ${stressCrash}`);
        }
        if (!MEMORY_DIFF_SIZES.includes(size)) return;
        const node = await runPyxis(cmds, "node", rel, heap);
        const asNative: Expected = {
          stdout: native.stdout,
          status: native.status ?? -1,
          errorLine: native.stderr.trimEnd().split("\n").pop() ?? "",
          errorLineNo: 0,
          skip: false,
        };
        const diff = native.status === 0 ? mismatch(rel, asNative, node) : (node.stdout === native.stdout && node.status === native.status ? undefined : "Node and native differ");
        if (diff !== undefined) problems.push(`node at ${size}: ${diff}`);
      });
      if (problems.length > 0) fs.appendFileSync(FAILURES_REPORT, `${SWEEP} ${rel}\n`);
      if (known.has(`${SWEEP} ${rel}`)) {
        expect(problems.length, `${SWEEP} ${rel} passes: remove it from tests/python/known_failures.txt`).toBeGreaterThan(0);
      } else {
        expect(problems, problems.join("\n")).toEqual([]);
      }
    }, 600_000);
  }
});

describe("python heap sizes", () => {
  it.skipIf(!modes.includes("native"))("smallest -X heapsize at which the suite passes natively", async () => {
    const passing = tests.filter((rel) => !isMemoryTest(rel) && !isSyntaxTest(rel) && outcomes.get(`native ${rel}`)?.failure === undefined && !outcomes.get(`native ${rel}`)?.skipped);
    if (passing.length === 0) {
      console.log("heap sizes: no test passes natively yet");
      return;
    }
    const size = await smallestPassingHeap(cmds, passing, expected);
    console.log(size === undefined
      ? `heap sizes: the ${passing.length} natively passing tests do not all pass at 1 MiB`
      : `heap sizes: the ${passing.length} natively passing tests all pass with -X heapsize=${size} (${(size / 1024).toFixed(1)} KiB)`);
    expect(size).toBeDefined();
  }, 900_000);
});
