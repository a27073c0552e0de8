// npm run bench: measures what exists so far and writes bench/results.json and
// bench/results.md. Times are wall-clock medians (noisy, for trends); instruction counts
// come from callgrind and repeat exactly. More suites join as the core grows.
//   --quick   one run per timing instead of five

import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { generate } from "../codegen/index.js";
import { REPO_ROOT } from "../codegen/load/project.js";
import { buildHostCore, coreModules, CORE_DIR } from "../scripts/commands/core.js";

const quick = process.argv.includes("--quick");
const runs = quick ? 1 : 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeIt(f: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

function countLines(dir: string, ext: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) n += countLines(p, ext);
    else if (entry.name.endsWith(ext)) n += fs.readFileSync(p, "utf8").split("\n").length;
  }
  return n;
}

/** Instructions the host executable runs from exec to exit, or undefined without valgrind. */
function startupInstructions(exe: string): number | undefined {
  const out = path.join(REPO_ROOT, "build", "bench", "callgrind.out");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const r = spawnSync("valgrind", ["--tool=callgrind", `--callgrind-out-file=${out}`, exe], { encoding: "utf8" });
  if (r.error !== undefined || r.status !== 0) return undefined;
  const m = /summary:\s+(\d+)/.exec(fs.readFileSync(out, "utf8"));
  return m === null ? undefined : Number(m[1]);
}

const generateMs = timeIt(() => {
  const r = generate({ entries: coreModules(), root: CORE_DIR });
  if (r.problems.length > 0) throw new Error("the core does not generate: run npx pyxis gen");
});
fs.rmSync(path.join(REPO_ROOT, "build", "host"), { recursive: true, force: true });
const coldBuild = await buildHostCore();
const cold = { generateMs: coldBuild.generateMs, compileMs: coldBuild.compileMs, exe: coldBuild.exe };
// Warm: nothing changed since the last build (what `pyxis build` costs when there is nothing to do).
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  await buildHostCore();
  warm.push(performance.now() - t0);
}
const warmMs = median(warm);
const genDir = path.join(REPO_ROOT, "build", "host", "gen");
const results = {
  date: new Date().toISOString(),
  quick,
  core: { modules: coreModules().length, typescriptLines: countLines(CORE_DIR, ".ts"), hostBuildCLines: countLines(genDir, ".c") + countLines(genDir, ".h") },
  generator: { wholeCoreMs: Math.round(generateMs), targetMs: 10_000 },
  hostBuild: { coldGenerateMs: Math.round(cold.generateMs), coldCompileMs: Math.round(cold.compileMs), warmMs: Math.round(warmMs), warmTargetMs: 5_000 },
  hostStartup: { instructions: startupInstructions(cold.exe) ?? null, targetInstructions: 2_000_000 },
};

const met = (ok: boolean): string => (ok ? "met" : "NOT met");
const rows = [
  ["core modules / TypeScript lines", `${results.core.modules} / ${results.core.typescriptLines}`, ""],
  ["C lines in the host build", String(results.core.hostBuildCLines), ""],
  ["generate C for the whole core", `${results.generator.wholeCoreMs} ms`, `< 10 s: ${met(results.generator.wholeCoreMs < 10_000)}`],
  ["host build, cold (generate + compile)", `${results.hostBuild.coldGenerateMs + results.hostBuild.coldCompileMs} ms`, ""],
  ["host build, warm (nothing changed, in process; the CLI adds ~1 s of Node start-up)", `${results.hostBuild.warmMs} ms`, `< 5 s: ${met(results.hostBuild.warmMs < 5_000)}`],
  ["host start-up (instructions, callgrind)", String(results.hostStartup.instructions ?? "valgrind missing"),
    results.hostStartup.instructions === null ? "" : `< 2M: ${met(results.hostStartup.instructions < 2_000_000)}`],
];
const table = ["| measure | figure | target |", "|---|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
fs.writeFileSync(path.join(REPO_ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
fs.writeFileSync(path.join(REPO_ROOT, "bench", "results.md"), `# Pyxis benchmark results\n\n${results.date}${quick ? " (quick)" : ""}\n\n${table}\n`);
process.stdout.write(`${table}\n`);
