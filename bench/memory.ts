// Memory: the smallest heap (-X heapsize=, found by bisection with the host executable) at
// which the REPL starts and runs a line, and at which a subset of the conformance suite
// passes; bytes taken by common objects (gc.mem_alloc deltas); and the peak heap of each
// speed program, as the smallest heap that still runs it to the same output (the core
// keeps no high-water mark, and this measures what a board would need).

import * as fs from "node:fs";
import * as path from "node:path";
import { runChild } from "../scripts/run_child.js";
import { mustRun, PROGRAMS_DIR, REPO_ROOT, type BenchOptions } from "./common.js";

/** The REPL and the conformance subset must run in a heap this small. */
export const HEAP_TARGET_BYTES = 16 * 1024;
/** Heaps are searched to this granularity (bytes). */
const HEAP_STEP = 1024;
/** The conformance directories of the subset (quick mode: the first only). */
export const CONFORMANCE_SUBSET = ["control", "functions", "classes", "list", "dict", "generators"];

export interface ObjectSizes {
  emptyList: number;
  list10: number;
  /** Per entry of a 64-entry dict of small ints, its table included. */
  dictEntry: number;
  smallInstance: number;
  /** A 10-character string made at run time. */
  string10: number;
}

export interface MemoryResults {
  replMinHeap: number | null;
  conformance: { programs: number; excluded: string[]; minHeap: number | null };
  objects: ObjectSizes;
  peakHeap: { name: string; minHeap: number | null }[];
  targetBytes: number;
  met: boolean;
}

/** The smallest heap in [low, high] (bytes, multiples of HEAP_STEP) for which ok() holds,
 *  assuming it holds from some size on; null when it does not even hold at high. */
export async function smallestHeap(low: number, high: number, ok: (heap: number) => Promise<boolean>): Promise<number | null> {
  if (!(await ok(high))) return null;
  let lo = Math.floor(low / HEAP_STEP);
  let hi = Math.ceil(high / HEAP_STEP);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (await ok(mid * HEAP_STEP)) hi = mid;
    else lo = mid + 1;
  }
  return hi * HEAP_STEP;
}

const heapArg = (heap: number): string => `heapsize=${heap}`;

async function replRuns(exe: string, heap: number): Promise<boolean> {
  const r = await runChild([exe, "-X", heapArg(heap)], { input: "print(6*7)\r", timeoutMs: 60_000 });
  return r.status === 0 && /\n42\r?\n/.test(r.stdout.toString("latin1"));
}

interface Expected {
  file: string;
  stdout: string;
  status: number | null;
}

/** The subset's programs with python3's output (or the .exp MicroPython's differences call
 *  for), keeping those the executable passes at its default heap. */
async function conformancePrograms(exe: string, dirs: readonly string[]): Promise<{ kept: Expected[]; excluded: string[] }> {
  const kept: Expected[] = [];
  const excluded: string[] = [];
  for (const dir of dirs) {
    const full = path.join(REPO_ROOT, "tests", "python", dir);
    for (const name of fs.readdirSync(full).filter((f) => f.endsWith(".py") && !f.startsWith("_")).sort()) {
      const file = path.join(full, name);
      const exp = file.replace(/\.py$/, ".exp");
      const py = await runChild(["python3", file], { cwd: REPO_ROOT, timeoutMs: 60_000 });
      const expected = { file, stdout: fs.existsSync(exp) ? fs.readFileSync(exp, "latin1") : py.stdout.toString("latin1"), status: py.status };
      if (await passes(exe, expected)) kept.push(expected);
      else excluded.push(path.relative(REPO_ROOT, file));
    }
  }
  return { kept, excluded };
}

async function passes(exe: string, e: Expected, heap?: number): Promise<boolean> {
  const args = heap === undefined ? [] : ["-X", heapArg(heap)];
  const r = await runChild([exe, ...args, e.file], { cwd: REPO_ROOT, timeoutMs: 120_000 });
  return r.status === e.status && r.stdout.toString("latin1") === e.stdout;
}

async function allPass(exe: string, programs: readonly Expected[], heap: number): Promise<boolean> {
  for (const p of programs) if (!(await passes(exe, p, heap))) return false;
  return true;
}

/** Measured inside Pyxis: each figure is the allocation of making the object, less that of
 *  a call making nothing (the call itself may allocate). */
export const OBJECT_SIZES_PROGRAM = `import gc
gc.collect()
class Small:
    def __init__(self):
        self.a = 1
        self.b = 2
def cost(make):
    gc.collect()
    before = gc.mem_alloc()
    kept = make()
    return gc.mem_alloc() - before
base = cost(lambda: None)
ab = "ab"
print(cost(lambda: []) - base)
print(cost(lambda: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) - base)
print((cost(lambda: dict.fromkeys(range(64))) - cost(lambda: {})) // 64)
print(cost(Small) - base)
print(cost(lambda: ab * 5) - base)
`;

export async function objectSizes(opts: BenchOptions, exe: string): Promise<ObjectSizes> {
  const file = path.join(opts.outDir, "object_sizes.py");
  fs.writeFileSync(file, OBJECT_SIZES_PROGRAM);
  const r = await mustRun([exe, file]);
  const n = r.stdout.toString("utf8").trim().split("\n").map(Number);
  if (n.length !== 5 || n.some((x) => !Number.isFinite(x))) throw new Error(`object sizes: unexpected output ${r.stdout.toString("utf8")}`);
  return { emptyList: n[0]!, list10: n[1]!, dictEntry: n[2]!, smallInstance: n[3]!, string10: n[4]! };
}

/** The largest heap the host executable's arena takes. */
const HOST_MAX_HEAP = 32 * 1024 * 1024;

/** The smallest heap that runs each program to python3's output (up to HOST_MAX_HEAP). */
export async function peakHeaps(exe: string, programs: readonly string[], expected: Record<string, string>): Promise<{ name: string; minHeap: number | null }[]> {
  const out: { name: string; minHeap: number | null }[] = [];
  for (const name of programs) {
    const file = path.join(PROGRAMS_DIR, `${name}.py`);
    const minHeap = await smallestHeap(HEAP_STEP, HOST_MAX_HEAP, async (heap) => {
      const r = await runChild([exe, "-X", heapArg(heap), file], { timeoutMs: 300_000 });
      return r.status === 0 && r.stdout.toString("utf8") === expected[name];
    });
    out.push({ name, minHeap });
  }
  return out;
}

export async function measureMemory(opts: BenchOptions, exe: string, programs: readonly string[], expected: Record<string, string>): Promise<MemoryResults> {
  const replMinHeap = await smallestHeap(HEAP_STEP, 2 * 1024 * 1024, (heap) => replRuns(exe, heap));
  opts.log(`REPL starts in ${replMinHeap ?? "no"} bytes of heap`);
  const subset = await conformancePrograms(exe, opts.quick ? CONFORMANCE_SUBSET.slice(0, 1) : CONFORMANCE_SUBSET);
  const conformanceMin = subset.kept.length === 0 ? null : await smallestHeap(HEAP_STEP, 2 * 1024 * 1024, (heap) => allPass(exe, subset.kept, heap));
  opts.log(`conformance subset (${subset.kept.length} programs) passes in ${conformanceMin ?? "no"} bytes`);
  const objects = await objectSizes(opts, exe);
  const peakHeap = await peakHeaps(exe, programs, expected);
  opts.log(`peak heaps: ${peakHeap.map((p) => `${p.name} ${p.minHeap ?? "-"}`).join(", ")}`);
  return {
    replMinHeap,
    conformance: { programs: subset.kept.length, excluded: subset.excluded, minHeap: conformanceMin },
    objects, peakHeap,
    targetBytes: HEAP_TARGET_BYTES,
    met: replMinHeap !== null && conformanceMin !== null && replMinHeap <= HEAP_TARGET_BYTES && conformanceMin <= HEAP_TARGET_BYTES,
  };
}
