// npm run bench: speed, size, memory, boot time and build time, measured the same way every
// time. A full run writes bench/results.json and bench/RESULTS.md; takes 10–20 minutes.
//   --quick        fewer programs, no cold builds or boards built (uses firmware already in
//                  build/<BOARD>); writes its results under the output directory instead
//                  of bench/, so that it never replaces a full run's figures.
//   --only=a,b     only these parts: build, speed, memory, size, boot.
//   --boards=A,B   only these boards (default: every board whose port exists).
// PYXIS_BENCH_OUT: the scratch and build directory (default build/bench).
// PYXIS_BENCH_EXE: the host executable to measure instead of building one (incrementally,
//   into the output directory).

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { coreModules, CORE_DIR } from "../scripts/commands/core.js";
import { measureBoot } from "./boot.js";
import { buildHost, measureBuildTime } from "./build_time.js";
import { BENCH_DIR, defaultOptions, mustRun, PROGRAMS_DIR, REPO_ROOT, type BenchOptions } from "./common.js";
import { measureMemory } from "./memory.js";
import { writeReport, type BenchResults, targets } from "./report.js";
import { buildableBoards, measureSize } from "./size.js";
import { measureSpeed, speedPrograms } from "./speed.js";
import { valgrindAvailable } from "./callgrind.js";

const PARTS = ["build", "speed", "memory", "size", "boot"] as const;
type Part = (typeof PARTS)[number];

function countLines(dir: string, ext: string): number {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) n += countLines(p, ext);
    else if (entry.name.endsWith(ext)) n += fs.readFileSync(p, "utf8").split("\n").length;
  }
  return n;
}

function parseArgs(argv: readonly string[]): { quick: boolean; parts: Set<Part>; boards?: string[] } {
  let quick = false;
  let boards: string[] | undefined;
  let parts = new Set<Part>(PARTS);
  for (const arg of argv) {
    if (arg === "--quick") quick = true;
    else if (arg.startsWith("--only=")) {
      const wanted = arg.slice("--only=".length).split(",");
      const unknown = wanted.filter((w) => !(PARTS as readonly string[]).includes(w));
      if (unknown.length > 0) throw new Error(`unknown part(s) ${unknown.join(", ")}: choose from ${PARTS.join(", ")}`);
      parts = new Set(wanted as Part[]);
    } else if (arg.startsWith("--boards=")) {
      boards = arg.slice("--boards=".length).split(",");
      const unknown = boards.filter((b) => !buildableBoards().includes(b));
      if (unknown.length > 0) throw new Error(`no buildable board ${unknown.join(", ")}: choose from ${buildableBoards().join(", ")}`);
    } else throw new Error(`unknown argument ${arg}: usage: npm run bench -- [--quick] [--only=${PARTS.join(",")}] [--boards=RPI_PICO,…]`);
  }
  return { quick, parts, boards };
}

export async function runBench(opts: BenchOptions, parts: ReadonlySet<Part>): Promise<BenchResults> {
  const loadAverage = os.loadavg()[0]!;
  const boards = opts.boards ?? buildableBoards();
  // Full: every board built cold and warm into the bench's directory. Quick: whatever
  // firmware the usual build directory already holds.
  let firmwareDirs: Record<string, string> = {};
  let build: BenchResults["build"] = null;
  const given = process.env["PYXIS_BENCH_EXE"];
  let exe: string;
  if (parts.has("build") && !opts.quick) {
    build = await measureBuildTime(opts, boards);
    exe = given ?? (await buildHost(opts));
    for (const b of build.boards) firmwareDirs[b.target] = b.output;
  } else {
    exe = given ?? (await buildHost(opts));
    firmwareDirs = Object.fromEntries(boards.map((b) => [b, path.join(REPO_ROOT, "build", b)]).filter(([, dir]) => fs.existsSync(path.join(dir!, "sizes.json"))));
  }
  let speed: BenchResults["speed"] = null;
  const programs = speedPrograms(opts.quick);
  if (parts.has("speed")) {
    if (await valgrindAvailable()) speed = await measureSpeed(opts, exe, programs);
    else opts.log("valgrind is missing (npm run setup installs it): no speed figures");
  }
  let memory: BenchResults["memory"] = null;
  if (parts.has("memory")) {
    // The peak heap needs each program's right output: python3's, from the speed run or afresh.
    const expected: Record<string, string> = {};
    for (const p of speed?.programs ?? []) expected[p.name] = `${p.python3Output}\n`;
    for (const name of programs) {
      if (expected[name] === undefined) expected[name] = (await mustRun(["python3", path.join(PROGRAMS_DIR, `${name}.py`)])).stdout.toString("utf8");
    }
    memory = await measureMemory(opts, exe, programs, expected);
  }
  const size = parts.has("size") ? measureSize(opts, firmwareDirs) : null;
  const boot = parts.has("boot") ? await measureBoot(opts, firmwareDirs) : null;
  return {
    date: new Date().toISOString(),
    quick: opts.quick,
    machine: { cpus: os.cpus().length, node: process.version, loadAverage },
    core: {
      modules: coreModules().length,
      typescriptLines: countLines(CORE_DIR, ".ts"),
      hostBuildCLines: countLines(path.join(path.dirname(exe), "gen"), ".c") + countLines(path.join(path.dirname(exe), "gen"), ".h"),
    },
    build, speed, size, memory, boot,
  };
}

/** With --only, the parts not measured keep their figures from the last results.json (when
 *  it has this run's shape), so that one part can be re-measured on its own. */
function keepOtherParts(results: BenchResults, parts: ReadonlySet<Part>, file: string): BenchResults {
  if (parts.size === PARTS.length || !fs.existsSync(file)) return results;
  const previous = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<BenchResults>;
  const merged = { ...results };
  for (const part of PARTS) {
    if (!parts.has(part) && previous[part] !== undefined) (merged as Record<Part, unknown>)[part] = previous[part];
  }
  return merged;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.join(BENCH_DIR, "run.ts");
if (isMain) {
  try {
    const { quick, parts, boards } = parseArgs(process.argv.slice(2));
    const opts = { ...defaultOptions(quick), boards };
    const dir = quick ? opts.outDir : BENCH_DIR;
    const results = keepOtherParts(await runBench(opts, parts), parts, path.join(dir, "results.json"));
    const written = writeReport(dir, results);
    for (const t of targets(results)) process.stdout.write(`${t.what}: ${t.figure} (target ${t.target}: ${t.met === null ? "not measured" : t.met ? "met" : "NOT met"})\n`);
    process.stdout.write(`bench: wrote ${path.relative(process.cwd(), written.json)} and ${path.relative(process.cwd(), written.markdown)}\n`);
  } catch (e) {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
