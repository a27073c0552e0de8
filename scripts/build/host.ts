// The host-native build: generate C from the core's TypeScript, compile it with the POSIX
// HAL (ports/host) using the system C compiler. Used by `pyxis build --board host`, by
// `pyxis host`, and by the tests (which build their own small programs the same way).

import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync, execFile } from "node:child_process";
import { generate, writeFiles, GeneratorError } from "../../codegen/index.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

/** The flags every host build uses: strict warnings, and C integers that wrap like the subset's. */
export const HOST_CFLAGS: readonly string[] = [
  "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-fwrapv", "-fno-strict-aliasing", "-D_POSIX_C_SOURCE=200809L",
];

export const HOST_PORT_DIR = path.join(REPO_ROOT, "ports", "host");

export interface HostBuildOptions {
  /** Entry modules; their pyx_main is the program. */
  entries: string[];
  /** Module names are paths under root. */
  root: string;
  /** build/<something>: gets gen/ and the executable. */
  outDir: string;
  /** Executable file name. */
  name: string;
  cc?: string;
  extraFlags?: string[];
}

export interface HostBuild {
  exe: string;
  genDir: string;
  generateMs: number;
  compileMs: number;
}

export function hostPortSources(): string[] {
  return fs.readdirSync(HOST_PORT_DIR).filter((f) => f.endsWith(".c")).sort().map((f) => path.join(HOST_PORT_DIR, f));
}

interface Prepared {
  cc: string;
  args: string[];
  exe: string;
  genDir: string;
  generateMs: number;
}

/** Generate the C (throws GeneratorError on subset problems) and the compiler command. */
function prepare(options: HostBuildOptions): Prepared {
  const t0 = performance.now();
  const result = generate({ entries: options.entries, root: options.root });
  if (result.problems.length > 0) throw new GeneratorError(result.problems);
  const genDir = path.join(options.outDir, "gen");
  writeFiles(genDir, result.files);
  const exe = path.join(options.outDir, options.name);
  const cc = options.cc ?? process.env.CC ?? "cc";
  const args = [
    ...HOST_CFLAGS, ...(options.extraFlags ?? []),
    "-I", genDir, "-I", HOST_PORT_DIR,
    ...result.sources.map((s) => path.join(genDir, s)),
    ...hostPortSources(),
    "-lm", "-o", exe,
  ];
  return { cc, args, exe, genDir, generateMs: performance.now() - t0 };
}

function compilerMissing(cc: string, e: Error): Error {
  return new Error(`${cc} could not be started (${e.message}): install a C compiler (Debian: apt-get install gcc)`);
}

/** Generate and compile; throws GeneratorError for subset problems, Error for C compiler failures. */
export function buildHost(options: HostBuildOptions): HostBuild {
  const p = prepare(options);
  const t1 = performance.now();
  const run = spawnSync(p.cc, p.args, { encoding: "utf8" });
  if (run.error !== undefined) throw compilerMissing(p.cc, run.error);
  if (run.status !== 0) throw new Error(`${p.cc} failed building ${p.exe}:\n${run.stderr}`);
  return { exe: p.exe, genDir: p.genDir, generateMs: p.generateMs, compileMs: performance.now() - t1 };
}

/** As buildHost, with the compiler running in the background (tests keep their event loop free). */
export async function buildHostAsync(options: HostBuildOptions): Promise<HostBuild> {
  const p = prepare(options);
  const t1 = performance.now();
  await new Promise<void>((resolve, reject) => {
    execFile(p.cc, p.args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error === null) resolve();
      else if ((error as NodeJS.ErrnoException).code === "ENOENT") reject(compilerMissing(p.cc, error));
      else reject(new Error(`${p.cc} failed building ${p.exe}:\n${stderr}`));
    });
  });
  return { exe: p.exe, genDir: p.genDir, generateMs: p.generateMs, compileMs: performance.now() - t1 };
}
