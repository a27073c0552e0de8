// Generating the core's C, cached: a generation records every file it read (the core's
// TypeScript and the generator's own files) with its size and time; while none of them
// changed, the C in genDir is reused without loading the generator (and the TypeScript
// compiler under it). Shared by the host build (build/host/gen) and the firmware build
// (build/gen-board, shared by every board).

import * as fs from "node:fs";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { GeneratorError, type Problem } from "../../codegen/problems.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

export interface GenerateCoreOptions {
  /** Entry modules (their pyx_main / pyx_board_main are the program). */
  entries: string[];
  /** Module names are paths under root. */
  root: string;
  /** Where the C goes. */
  genDir: string;
  /** Where the cache record is kept. */
  cacheFile: string;
  /** Module file → the file that replaces it (codegen's GenerateOptions.substitutions). */
  substitutions?: Record<string, string>;
}

export interface GeneratedCore {
  genDir: string;
  /** The .c file names in genDir. */
  sources: string[];
  generateMs: number;
  /** False when the cached C was reused. */
  regenerated: boolean;
}

/** What a generation read, with each file's time and size. */
interface GenCache {
  key: string;
  inputs: [string, number, number][];
  sources: string[];
}

const CODEGEN_DIR = path.join(REPO_ROOT, "codegen");

/** [file, mtime, size], or undefined when the file is gone. */
export function stamp(file: string): [string, number, number] | undefined {
  try {
    const st = fs.statSync(file);
    return [file, st.mtimeMs, st.size];
  } catch {
    return undefined;
  }
}

/** Every file under dir, sorted. */
export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function cacheStillValid(cache: GenCache, key: string, genDir: string): boolean {
  if (cache.key !== key) return false;
  if (!cache.sources.every((s) => fs.existsSync(path.join(genDir, s)))) return false;
  return cache.inputs.every(([file, mtime, size]) => {
    const now = stamp(file);
    return now !== undefined && now[1] === mtime && now[2] === size;
  });
}

/** Write each changed file through a temporary file and a rename: several builds sharing one
 *  genDir (every board shares build/gen-board) never see a half-written file. */
function writeFilesAtomically(dir: string, files: Map<string, string>): void {
  fs.mkdirSync(dir, { recursive: true });
  // C files of modules that no longer exist go: a stale header left by a renamed module
  // (errno.h, say) would shadow the system's own on the include path.
  for (const name of fs.readdirSync(dir)) {
    if (/\.[ch]$/.test(name) && !files.has(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) continue;
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  }
}

interface ChildResult {
  problems: Problem[];
  files: [string, string][];
  sources: string[];
  inputs: string[];
}

const GENERATE_CHILD = path.join(REPO_ROOT, "scripts", "build", "generate_child.ts");

/** The generator, run in a child process (scripts/build/generate_child.ts) so that this
 *  process's event loop is not held for the tens of seconds a whole core takes. */
function generateInChild(options: GenerateCoreOptions): Promise<ChildResult> {
  const request = JSON.stringify({ entries: options.entries, root: options.root, substitutions: options.substitutions });
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["--import", "tsx", GENERATE_CHILD, request],
      { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error !== null) reject(new Error(`the generator failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as ChildResult);
      });
  });
}

/** Generate the C for entries into genDir unless the cache says it is current. Throws
 *  GeneratorError when the core is outside the subset. */
export async function generateCore(options: GenerateCoreOptions): Promise<GeneratedCore> {
  const t0 = performance.now();
  const key = JSON.stringify({ entries: options.entries, root: options.root, substitutions: options.substitutions ?? {} });
  let cache: GenCache | undefined;
  try {
    cache = JSON.parse(fs.readFileSync(options.cacheFile, "utf8")) as GenCache;
  } catch {
    cache = undefined;
  }
  if (cache !== undefined && cacheStillValid(cache, key, options.genDir)) {
    return { genDir: options.genDir, sources: cache.sources, generateMs: performance.now() - t0, regenerated: false };
  }
  const result = await generateInChild(options);
  if (result.problems.length > 0) throw new GeneratorError(result.problems);
  writeFilesAtomically(options.genDir, new Map(result.files));
  // The generator's own files count as inputs: a changed rule or template regenerates.
  const inputs = [...result.inputs, ...filesUnder(CODEGEN_DIR)].map(stamp).filter((x) => x !== undefined);
  fs.mkdirSync(path.dirname(options.cacheFile), { recursive: true });
  const tmp = `${options.cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ key, inputs, sources: result.sources } satisfies GenCache));
  fs.renameSync(tmp, options.cacheFile);
  return { genDir: options.genDir, sources: result.sources, generateMs: performance.now() - t0, regenerated: true };
}
