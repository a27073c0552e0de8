// The generator: load → check → model → lower → emit. One call, in that order; any
// problem stops it before C is written, so C never sees what the subset rejects.

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { loadProject, REPO_ROOT } from "./load/project.js";
import { checkModules } from "./check/index.js";
import { checkNames } from "./check/names.js";
import { ProgramModel, type FunctionInfo } from "./load/model.js";
import { FunctionLowerer, type CFunction } from "./lower/function.js";
import { emitModule, emitTypes, emitHal } from "./emit/module.js";
import type { Problem } from "./problems.js";

export { formatProblem, GeneratorError, type Problem } from "./problems.js";

const RUNTIME_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "runtime");

export interface GenerateOptions {
  /** The entry modules (the program is everything they import). */
  entries: string[];
  /** Module C names are their paths under this directory. */
  root: string;
  /** Module file (absolute) → a file whose text replaces it, keeping the module's path and
   *  name (a build's generated core/frozen_modules.ts, scripts/build/frozen.ts). */
  substitutions?: Record<string, string>;
}

export interface GenerateResult {
  /** File name → contents; empty when there are problems. */
  files: Map<string, string>;
  problems: Problem[];
  /** The .c files, for the build. */
  sources: string[];
  /** Every TypeScript file the program was read from (for build caches). */
  inputs: string[];
}

function byPosition(a: Problem, b: Problem): number {
  return a.file === b.file ? (a.line === b.line ? a.column - b.column : a.line - b.line) : a.file < b.file ? -1 : 1;
}

export function generate(options: GenerateOptions): GenerateResult {
  const loaded = loadProject(options.entries, options.substitutions);
  const inputs = [
    ...loaded.project.getSourceFiles().filter((sf) => !sf.isInNodeModules()).map((sf) => sf.getFilePath()),
    ...Object.values(options.substitutions ?? {}),
  ].sort();
  const fail = (problems: Problem[]): GenerateResult => ({ files: new Map(), problems: problems.sort(byPosition), sources: [], inputs });
  if (loaded.problems.length > 0) return fail(loaded.problems);

  // Constructs outside the subset are reported alone: lowering them would only add echoes.
  const subsetProblems = checkModules(loaded.modules);
  if (subsetProblems.length > 0) return fail(dedupe(subsetProblems));
  const model = new ProgramModel(loaded.modules, loaded.hal, options.root);
  const problems = [...model.problems, ...checkNames(model)];

  const lowered = new Map<string, CFunction[]>();
  for (const m of model.modules) {
    const fns: CFunction[] = [];
    for (const f of m.sf.getFunctions()) {
      const info = model.infoOfDeclaration(f);
      if (info?.kind !== "function") continue;
      fns.push(new FunctionLowerer(model, problems).lowerFunction(info as FunctionInfo));
    }
    lowered.set(m.cname, fns);
  }
  if (problems.length > 0) return fail(dedupe(problems));

  const files = new Map<string, string>();
  const sources: string[] = [];
  for (const m of model.modules) {
    const out = emitModule(m, model, lowered.get(m.cname)!, options.root);
    files.set(`${m.cname}.c`, out.c);
    files.set(`${m.cname}.h`, out.h);
    sources.push(`${m.cname}.c`);
  }
  files.set("pyx_types.h", emitTypes(model, options.root));
  files.set("pyx_hal.h", emitHal(model.hal, path.relative(REPO_ROOT, loaded.hal.getFilePath()).split(path.sep).join("/")));
  for (const f of ["pyx_rt.h", "pyx_rt.c"]) files.set(f, fs.readFileSync(path.join(RUNTIME_DIR, f), "utf8"));
  sources.push("pyx_rt.c");
  return { files, problems: [], sources, inputs };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Write the files into dir, touching only those whose contents changed (make stays incremental). */
export function writeFiles(dir: string, files: Map<string, string>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) continue;
    fs.writeFileSync(file, text);
  }
}
