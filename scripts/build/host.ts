// The host-native build: generate C from the core's TypeScript, compile it with the POSIX
// HAL (ports/host) using the system C compiler. Used by `pyxis build --board host`, by
// `pyxis host`, and by the tests (which build their own small programs the same way).

import * as fs from "node:fs";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { filesUnder, generateCore, stamp } from "./gen_cache.js";

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
  /** Module file → the file that replaces it (the frozen modules: scripts/build/frozen.ts). */
  substitutions?: Record<string, string>;
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
  /** The executable is newer than everything it is built from, with the same flags. */
  upToDate: boolean;
}

/** Generate the C (throws GeneratorError on subset problems) and the compiler command. The
 *  generator (and the TypeScript compiler under it) is loaded only when the cache is stale. */
async function prepare(options: HostBuildOptions): Promise<Prepared> {
  const t0 = performance.now();
  const { genDir, sources } = await generateCore({
    entries: options.entries,
    root: options.root,
    genDir: path.join(options.outDir, "gen"),
    cacheFile: path.join(options.outDir, "gen-cache.json"),
    substitutions: options.substitutions,
  });
  const exe = path.join(options.outDir, options.name);
  const cc = options.cc ?? process.env.CC ?? "cc";
  const cSources = [...sources.map((s) => path.join(genDir, s)), ...hostPortSources()];
  const args = [
    ...HOST_CFLAGS, ...(options.extraFlags ?? []),
    "-I", genDir, "-I", HOST_PORT_DIR,
    ...cSources,
    "-lm", "-o", exe,
  ];
  const flagsFile = path.join(options.outDir, "cflags.txt");
  const flags = [cc, ...args].join(" ");
  const sameFlags = fs.existsSync(flagsFile) && fs.readFileSync(flagsFile, "utf8") === flags;
  const exeTime = stamp(exe)?.[1];
  const headers = [...fs.readdirSync(genDir).map((f) => path.join(genDir, f)), ...filesUnder(HOST_PORT_DIR)];
  const upToDate = sameFlags && exeTime !== undefined && [...cSources, ...headers].every((f) => (stamp(f)?.[1] ?? Infinity) < exeTime);
  if (!sameFlags) {
    fs.mkdirSync(options.outDir, { recursive: true });
    fs.writeFileSync(flagsFile, flags);
  }
  return { cc, args, exe, genDir, generateMs: performance.now() - t0, upToDate };
}

function compilerMissing(cc: string, e: Error): Error {
  return new Error(`${cc} could not be started (${e.message}): install a C compiler (Debian: apt-get install gcc)`);
}

/** Generate and compile; throws GeneratorError for subset problems, Error for C compiler failures.
 *  The compiler runs in the background, so callers (tests among them) keep their event loop. */
export async function buildHost(options: HostBuildOptions): Promise<HostBuild> {
  const p = await prepare(options);
  const t1 = performance.now();
  if (p.upToDate) return { exe: p.exe, genDir: p.genDir, generateMs: p.generateMs, compileMs: 0 };
  await new Promise<void>((resolve, reject) => {
    execFile(p.cc, p.args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error === null) resolve();
      else if ((error as NodeJS.ErrnoException).code === "ENOENT") reject(compilerMissing(p.cc, error));
      else reject(new Error(`${p.cc} failed building ${p.exe}:\n${stderr}`));
    });
  });
  return { exe: p.exe, genDir: p.genDir, generateMs: p.generateMs, compileMs: performance.now() - t1 };
}
