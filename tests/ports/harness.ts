// Running the HAL test drivers: the C driver (fixtures/hal_driver.c built against
// ports/host) and the Node entry (fixtures/hal_entry.ts run by ports/node/run.ts).
// Both take the same commands and must print the same, so one set of cases
// (hal_cases.ts) holds both to the same expectations.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HOST_CFLAGS } from "../../scripts/build/host.js";
import { nodeCommand } from "../harness/differential.js";
import { runChild } from "../../scripts/run_child.js";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const BUILD_DIR = path.join(REPO, "build/test-hal");

const RUN_TIMEOUT_MS = 30000;

// ---- the stand-in for build/gen/pyx_hal.h ----

const C_TYPES: Record<string, string> = {
  i32: "int32_t", u32: "uint32_t", i64: "int64_t", u64: "uint64_t", bool: "bool", string: "pyx_str", void: "void",
  never: "PYX_NORETURN void",
};

export interface HalFunction {
  name: string;
  params: { name: string; type: string }[];
  result: string;
}

/** The functions core/hal.d.ts declares, read from its text. */
export function halFunctions(): HalFunction[] {
  const text = fs.readFileSync(path.join(REPO, "core/hal.d.ts"), "utf8");
  const found: HalFunction[] = [];
  for (const m of text.matchAll(/function\s+(hal_\w+)\s*\(([^)]*)\)\s*:\s*(\w+)\s*;/g)) {
    const params = m[2]!.split(",").map((p) => p.trim()).filter((p) => p !== "").map((p) => {
      const [name, type] = p.split(":").map((s) => s.trim());
      return { name: name!, type: type! };
    });
    found.push({ name: m[1]!, params, result: m[3]! });
  }
  return found;
}

function cType(tsType: string, where: string): string {
  const c = C_TYPES[tsType];
  if (c === undefined) throw new Error(`${where}: no C type for '${tsType}'`);
  return c;
}

/** pyx_hal.h as the generator would write it, with its type mapping. */
export function standinHalHeader(): string {
  const prototypes = halFunctions().map((f) => {
    const params = f.params.map((p) => `${cType(p.type, f.name)} ${p.name}`).join(", ") || "void";
    return `${cType(f.result, f.name)} ${f.name}(${params});`;
  });
  return [
    "/* Stand-in for the generated pyx_hal.h, written from core/hal.d.ts by tests/ports/harness.ts. */",
    "#ifndef PYX_HAL_H",
    "#define PYX_HAL_H",
    "",
    '#include "pyx_rt.h"',
    "",
    ...prototypes,
    "",
    "#endif /* PYX_HAL_H */",
    "",
  ].join("\n");
}

/** Write `text` to `file` so that a concurrent reader never sees half of it. */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

let driver: string | undefined;

/** Build the C driver against ports/host (once per test process) and return its path. */
export function buildHostDriver(): string {
  if (driver !== undefined) return driver;
  const include = path.join(BUILD_DIR, "include");
  fs.mkdirSync(include, { recursive: true });
  writeAtomically(path.join(include, "pyx_hal.h"), standinHalHeader());
  const sources = [
    ...fs.readdirSync(path.join(REPO, "ports/host")).filter((f) => f.endsWith(".c")).map((f) => `ports/host/${f}`),
    "codegen/runtime/pyx_rt.c",
    "tests/ports/fixtures/hal_driver.c",
  ];
  const out = path.join(BUILD_DIR, "hal_driver");
  const tmp = `${out}.${process.pid}`;
  const cc = spawnSync("cc", [
    ...HOST_CFLAGS, `-I${include}`, "-Icodegen/runtime", ...sources, "-o", tmp, "-lm",
  ], { cwd: REPO, encoding: "utf8" });
  if (cc.status !== 0) throw new Error(`building the C driver failed:\n${cc.stderr}`);
  fs.renameSync(tmp, out); // other test files may be running the previous one
  driver = out;
  return out;
}

// ---- running ----

export interface RunOptions {
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
}

/** A way to run one of the two drivers. */
export interface Target {
  name: "c" | "node";
  /** The command line for driver arguments `args`. */
  command(args: string[]): string[];
}

export const cTarget: Target = {
  name: "c",
  command: (args) => [buildHostDriver(), ...args],
};

export const nodeTarget: Target = {
  name: "node",
  command: (args) => nodeCommand(path.join(REPO, "tests/ports/fixtures/hal_entry.ts"), args),
};

/** The drivers' own variables come only from the test. */
function environment(env: RunOptions["env"]): Record<string, string | undefined> {
  return { PYXIS_BDEV: undefined, PYXIS_BDEV_BLOCKS: undefined, PYXIS_ARENA_SIZE: undefined, ...env };
}

export async function run(target: Target, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const r = await runChild(target.command(args), {
    cwd: options.cwd ?? REPO,
    env: environment(options.env),
    input: options.input ?? "",
    timeoutMs: RUN_TIMEOUT_MS,
  });
  if (r.timedOut) throw new Error(`${args.join(" ")} (${target.name}) timed out after ${RUN_TIMEOUT_MS} ms`);
  return { status: r.status, signal: r.signal as NodeJS.Signals | null, stdout: r.stdout, stderr: r.stderr };
}

/** Start a driver with piped stdio; `onStderr` sees stderr so far after each chunk.
 *  stdin stays open until the driver ends. */
export function start(
  target: Target, args: string[], onStderr: (text: string, child: ChildProcess) => void = () => {},
): Promise<RunResult> & { child: ChildProcess } {
  const [cmd, ...rest] = target.command(args);
  const child = spawn(cmd!, rest, { cwd: REPO, env: { ...process.env, ...environment({}) }, stdio: ["pipe", "pipe", "pipe"] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on("data", (d: Buffer) => out.push(d));
  child.stderr!.on("data", (d: Buffer) => {
    err.push(d);
    onStderr(Buffer.concat(err).toString("latin1"), child);
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
  });
  return Object.assign(done, { child });
}

// ---- a pseudo-terminal, through util-linux's script(1) ----

export const hasScript = spawnSync("script", ["--version"]).status === 0;

/** Quote for sh. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Run a shell command on a fresh pseudo-terminal; once its output contains
 *  `trigger`, type `input`. Resolves with everything the terminal showed. */
export function runInPty(shellCommand: string, trigger?: string, input = ""): Promise<string> {
  const child = spawn("script", ["-qec", shellCommand, "/dev/null"], {
    cwd: REPO, env: { ...process.env, ...environment({}) }, stdio: ["pipe", "pipe", "pipe"],
  });
  let shown = "";
  let typed = false;
  child.stdout.on("data", (d: Buffer) => {
    shown += d.toString("latin1");
    if (!typed && trigger !== undefined && shown.includes(trigger)) {
      typed = true;
      child.stdin.write(input);
    }
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", () => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve(shown);
    });
  });
}

/** "key=value" lines as a map. */
export function keyValues(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const eq = line.indexOf("=");
    if (eq > 0) map.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return map;
}
