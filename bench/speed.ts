// VM speed: the programs of bench/programs, counted in instructions with callgrind for the
// host-native Pyxis and for python3 (each minus its count for an empty program, so that
// start-up does not hide the VM), and timed in Node mode. A program whose output differs
// from python3's is reported as wrong and left out of the geometric mean.

import * as fs from "node:fs";
import * as path from "node:path";
import { runChild } from "../scripts/run_child.js";
import { countInstructions } from "./callgrind.js";
import { geometricMean, mustRun, PROGRAMS_DIR, REPO_ROOT, timeMs, type BenchOptions } from "./common.js";

/** Pyxis may execute at most this many times python3's instructions (geometric mean). */
export const SPEED_TARGET_RATIO = 1.5;
/** Pyxis should start (exec to exit of an empty program) in fewer instructions than this. */
export const STARTUP_TARGET_INSTRUCTIONS = 2_000_000;
/** The programs of the quick mode: cheap ones that still cover calls, strings and objects. */
export const QUICK_PROGRAMS = ["nqueens", "strings", "methods"];

export interface ProgramSpeed {
  name: string;
  /** Instructions beyond the empty program's, or null when the program is wrong. */
  pyxisInstructions: number | null;
  python3Instructions: number;
  /** pyxis / python3, or null when wrong. */
  ratio: number | null;
  /** Wall time of the whole program in Node mode (median), start-up included. */
  nodeMs: number | null;
  /** Pyxis printed what python3 printed. */
  agrees: boolean;
  python3Output: string;
  pyxisOutput: string;
}

export interface SpeedResults {
  python3: string;
  startup: { pyxisInstructions: number; python3Instructions: number; targetInstructions: number; met: boolean };
  programs: ProgramSpeed[];
  geometricMeanRatio: number | null;
  targetRatio: number;
  met: boolean;
}

export function speedPrograms(quick: boolean): string[] {
  const all = fs.readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();
  return quick ? all.filter((p) => QUICK_PROGRAMS.includes(p)) : all;
}

/** python3's real executable: callgrind does not follow the exec of a wrapper (pyenv's shims). */
export async function python3Executable(): Promise<string> {
  const r = await mustRun(["python3", "-c", "import sys; print(sys.executable)"]);
  return r.stdout.toString("utf8").trim();
}

/** Same hashing every run: python3's count must not vary between runs. */
const PYTHON_ENV = { PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" };
/** No site module: its imports are start-up (the empty program's count would take them
 *  out again), and under callgrind they cost more time than most programs. */
const PYTHON_FLAGS = ["-S"];

export async function measureSpeed(opts: BenchOptions, exe: string, programs: readonly string[]): Promise<SpeedResults> {
  const python3 = await python3Executable();
  const scratch = path.join(opts.outDir, "speed");
  fs.mkdirSync(scratch, { recursive: true });
  const empty = path.join(scratch, "empty.py");
  fs.writeFileSync(empty, "");
  const pyxisEmpty = (await countInstructions([exe, empty], scratch)).instructions;
  const python3Empty = (await countInstructions([python3, ...PYTHON_FLAGS, empty], scratch, PYTHON_ENV)).instructions;
  opts.log(`start-up: pyxis ${pyxisEmpty} instructions, python3 ${python3Empty}`);

  const results: ProgramSpeed[] = [];
  for (const name of programs) {
    const file = path.join(PROGRAMS_DIR, `${name}.py`);
    const py = await countInstructions([python3, ...PYTHON_FLAGS, file], scratch, PYTHON_ENV);
    const px = await countInstructions([exe, file], scratch);
    const agrees = px.status === 0 && py.status === 0 && px.stdout === py.stdout;
    const nodeMs = opts.quick ? null : await nodeModeMs(file, py.stdout);
    const pyxisInstructions = agrees ? px.instructions - pyxisEmpty : null;
    const python3Instructions = py.instructions - python3Empty;
    const ratio = pyxisInstructions === null ? null : pyxisInstructions / python3Instructions;
    results.push({
      name, pyxisInstructions, python3Instructions, ratio, nodeMs, agrees,
      python3Output: py.stdout.trim(), pyxisOutput: px.stdout.trim(),
    });
    opts.log(`${name}: pyxis ${pyxisInstructions ?? "WRONG"}, python3 ${python3Instructions}, ratio ${ratio?.toFixed(2) ?? "-"}${nodeMs === null ? "" : `, node ${Math.round(nodeMs)} ms`}`);
  }
  const ratios = results.flatMap((r) => (r.ratio === null ? [] : [r.ratio]));
  const geo = ratios.length === 0 ? null : geometricMean(ratios);
  return {
    python3,
    startup: {
      pyxisInstructions: pyxisEmpty, python3Instructions: python3Empty,
      targetInstructions: STARTUP_TARGET_INSTRUCTIONS, met: pyxisEmpty < STARTUP_TARGET_INSTRUCTIONS,
    },
    programs: results,
    geometricMeanRatio: geo,
    targetRatio: SPEED_TARGET_RATIO,
    // Every program must be right for the target to count as met.
    met: geo !== null && geo <= SPEED_TARGET_RATIO && results.every((r) => r.agrees),
  };
}

/** Wall time of the program in Node mode (the core run as TypeScript), or null when its
 *  output is not python3's. */
async function nodeModeMs(file: string, expected: string): Promise<number | null> {
  let output = "";
  const ms = await timeMs(1, async () => {
    const r = await runChild(["node", "--import", "tsx", "ports/node/run.ts", "core/main.ts", file], { cwd: REPO_ROOT, timeoutMs: 15 * 60_000 });
    output = r.status === 0 ? r.stdout.toString("utf8") : `status ${r.status}`;
  });
  return output === expected ? ms : null;
}
