// Where the core is, and how the host executable is built from it (shared by the verbs).

import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { formatProblem, GeneratorError } from "../../codegen/problems.js";
import { buildHost, type HostBuild } from "../build/host.js";
import { frozenModulesFile, FROZEN_MODULES_TS } from "../build/frozen.js";

export const CORE_DIR = path.join(REPO_ROOT, "core");
export const CORE_ENTRY = path.join(CORE_DIR, "main.ts");

/** Every module of the core (not the subset's Node-only vocabulary): what `pyxis gen` checks and lowers. */
export function coreModules(): string[] {
  // core/tools/ holds programs of their own (mpy-cross, the freezer), each with its own
  // pyx_main, run in Node by the CLI: they are not part of the interpreter's C.
  return fs.readdirSync(CORE_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.startsWith(`subset${path.sep}`) && !f.startsWith(`tools${path.sep}`))
    .sort()
    .map((f) => path.join(CORE_DIR, f));
}
/** Where the host executable is built; PYXIS_HOST_OUT lets concurrent checkouts of the work use their own. */
export const HOST_OUT = process.env["PYXIS_HOST_OUT"] ?? path.join(REPO_ROOT, "build", "host");

/** The host executable, with the default frozen modules (every .py under lib/: scripts/build/frozen.ts). */
export async function buildHostCore(): Promise<HostBuild> {
  const substitutions = { [FROZEN_MODULES_TS]: await frozenModulesFile() };
  return buildHost({ entries: [CORE_ENTRY], root: CORE_DIR, outDir: HOST_OUT, name: "pyxis", substitutions });
}

/** Print a build failure the way a user can act on it, and exit. */
export function reportBuildFailure(e: unknown): never {
  if (e instanceof GeneratorError) {
    for (const p of e.problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`pyxis: the core is outside the TypeScript subset in ${e.problems.length} place(s): see codegen/SUBSET.md\n`);
  } else {
    process.stderr.write(`pyxis: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exit(1);
}
