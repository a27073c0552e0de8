// The differential harness: one program, run in Node (the core's TypeScript with the
// JavaScript HAL) and natively (generated C with the host HAL); stdout and exit status
// must be byte-identical. Every core test can go through this.

import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildHost } from "../../scripts/build/host.js";
import { runCommand, type RunOptions, type RunResult } from "./run.js";

export const NODE_RUNNER = path.join(REPO_ROOT, "ports", "node", "run.ts");

export interface DifferentialResult {
  node: RunResult;
  native: RunResult;
}

/** The command that runs a subset program's pyx_main in Node. */
export function nodeCommand(entry: string, args: readonly string[] = []): string[] {
  return [process.execPath, "--import", "tsx", NODE_RUNNER, entry, ...args];
}

export async function runDifferential(node: readonly string[], native: readonly string[], options: RunOptions = {}): Promise<DifferentialResult> {
  return { node: await runCommand(node, options), native: await runCommand(native, options) };
}

/** A subset program: built natively once (under build/test-programs/<name>), runnable both ways. */
export interface SubsetProgram {
  entry: string;
  exe: string;
  genDir: string;
  run(args?: readonly string[], options?: RunOptions): Promise<DifferentialResult>;
}

export async function buildSubsetProgram(entry: string, root = path.dirname(entry)): Promise<SubsetProgram> {
  const name = path.basename(entry, ".ts");
  const build = await buildHost({
    entries: [entry],
    root,
    outDir: path.join(REPO_ROOT, "build", "test-programs", name),
    name,
  });
  return {
    entry,
    exe: build.exe,
    genDir: build.genDir,
    run: (args = [], options = {}) => runDifferential(nodeCommand(entry, args), [build.exe, ...args], options),
  };
}

/** The first difference between two outputs, for a readable failure. */
export function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: node ${JSON.stringify(la[i])} vs native ${JSON.stringify(lb[i])}`;
  }
  return "outputs differ";
}
