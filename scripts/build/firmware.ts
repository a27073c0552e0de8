// The firmware build driver: `pyxis build --board <BOARD>` for every board that is not the host.
//   validate the board (boards/<BOARD>/) → render its templates into the output directory →
//   generate the core's C once for all boards (build/gen-board/, entry core/board_main.ts, with
//   the default frozen modules; a board naming more compiles from an overlay, scripts/boards/frozen.ts) →
//   compile core + port + board sources with the port's recipe and toolchain (incrementally:
//   gcc -MMD dependency files) → link with --gc-sections → the port's images → sizes.
// Ports plug in through ports/<port>/build.ts (scripts/build/port_recipe.ts).

import * as fs from "node:fs";
import * as path from "node:path";
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { displayPath, loadBoard, type Board, type BoardDirs } from "../boards/board.js";
import { renderBoard } from "../boards/render.js";
import { collectFrozen, compileFrozen, frozenOverlay, renderFrozenTables } from "../boards/frozen.js";
import { generateCore } from "./gen_cache.js";
import { frozenModulesFile, FROZEN_MODULES_TS } from "./frozen.js";
import type { PortRecipe } from "./port_recipe.js";

/** Flags every firmware file is compiled with (the recipe adds CPU, ABI and port flags). */
export const FIRMWARE_CFLAGS: readonly string[] = [
  "-std=gnu11", "-Os", "-g", "-ffunction-sections", "-fdata-sections",
  "-Wall", "-Wextra", "-Werror", "-fwrapv", "-fno-strict-aliasing",
];

export const CORE_DIR = path.join(REPO_ROOT, "core");
export const BOARD_ENTRY = path.join(CORE_DIR, "board_main.ts");
/** The core module whose tables a board's frozen modules replace. */
const FROZEN_TABLES = FROZEN_MODULES_TS;
/** The core's C for boards: one directory shared by every board (the core has no board ifdefs). */
export const BOARD_GEN_OUT = path.join(REPO_ROOT, "build", "gen-board");

/** Which Debian packages provide a toolchain, by its prefix. */
const TOOLCHAIN_PACKAGES: Record<string, string> = {
  "arm-none-eabi-": "gcc-arm-none-eabi picolibc-arm-none-eabi",
  "riscv64-unknown-elf-": "gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf",
};

export class FirmwareBuildError extends Error {}

export interface FirmwareBuildOptions {
  board: string;
  /** Default build/<BOARD>. */
  outDir?: string;
  dirs?: BoardDirs;
  /** Where the core's C goes; default build/gen-board. */
  genOut?: string;
  /** The program's entry module and its root (tests build small programs); default the core's board entry. */
  entry?: { module: string; root: string };
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
  /** Parallel compiler jobs; default PYXIS_JOBS or 2. */
  jobs?: number;
}

export interface SectionSizes {
  text: number;
  data: number;
  bss: number;
}

export interface MemoryUse {
  flashUsed: number;
  flashTotal: number;
  ramUsed: number;
  ramTotal: number;
  /** Core-coupled RAM, on boards that have it. */
  ccmUsed?: number;
  ccmTotal?: number;
}

/** One section of `size -A -x` (sysv format): its name, size and run address. */
export interface ElfSection {
  name: string;
  size: number;
  addr: number;
}

export interface FirmwareBuild {
  board: Board;
  outDir: string;
  elf: string;
  images: string[];
  sizes: SectionSizes;
  use: MemoryUse;
  /** The lines printed after the build: sections, then flash and RAM use. */
  report: string[];
}

/** Parse Berkeley-format `size` output (`size -B firmware.elf`): the first file's text, data, bss. */
export function parseSizeOutput(output: string): SectionSizes {
  const lines = output.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const header = lines[0]?.split(/\s+/) ?? [];
  const values = lines[1]?.split(/\s+/) ?? [];
  const column = (name: string): number => {
    const i = header.indexOf(name);
    const v = i >= 0 ? Number(values[i]) : NaN;
    if (!Number.isInteger(v)) throw new FirmwareBuildError(`cannot read '${name}' from size's output:\n${output}`);
    return v;
  };
  return { text: column("text"), data: column("data"), bss: column("bss") };
}

/** Parse `size -A -x firmware.elf`: every section with its size and address. */
export function parseSectionsOutput(output: string): ElfSection[] {
  const sections: ElfSection[] = [];
  for (const line of output.split("\n")) {
    const m = /^(\S+)\s+(0x[0-9a-fA-F]+|\d+)\s+(0x[0-9a-fA-F]+|\d+)\s*$/.exec(line.trim());
    if (m !== null) sections.push({ name: m[1]!, size: Number(m[2]), addr: Number(m[3]) });
  }
  return sections;
}

function bytesIn(sections: ElfSection[], region: { origin: number; size: number }): number {
  return sections
    .filter((s) => s.size > 0 && s.addr >= region.origin && s.addr < region.origin + region.size)
    .reduce((sum, s) => sum + s.size, 0);
}

/** Flash holds the code, constants and .data's initial values (size's text + data); the flash
 *  budget is the firmware's part of the flash. RAM and CCM use are the sections placed in each
 *  region, by address (a port may put .data/.bss in CCM and the arena in RAM); without the
 *  section list, RAM is .data + .bss. */
export function memoryUse(sizes: SectionSizes, board: Board, sections?: ElfSection[]): MemoryUse {
  const m = board.config.memory;
  // Sections outside the board's map (an ELF linked for something else) say nothing: use size's totals.
  const placed = sections !== undefined && sections.some((sec) => sec.size > 0 && bytesIn([sec], m.flash) + bytesIn([sec], m.ram) > 0) ? sections : undefined;
  const use: MemoryUse = {
    flashUsed: sizes.text + sizes.data,
    flashTotal: m.firmwareSize ?? m.flash.size,
    ramUsed: placed === undefined ? sizes.data + sizes.bss : bytesIn(placed, m.ram),
    ramTotal: m.ram.size,
  };
  if (m.ccm !== undefined && placed !== undefined) {
    use.ccmUsed = bytesIn(placed, m.ccm);
    use.ccmTotal = m.ccm.size;
  }
  return use;
}

function percent(used: number, total: number): string {
  return `${total === 0 ? "∞" : ((100 * used) / total).toFixed(1)}%`;
}

export function formatSizeReport(sizes: SectionSizes, use: MemoryUse): string[] {
  return [
    `text: ${sizes.text}, data: ${sizes.data}, bss: ${sizes.bss} bytes`,
    `flash: ${use.flashUsed} of ${use.flashTotal} bytes (${percent(use.flashUsed, use.flashTotal)}), ` +
      `RAM: ${use.ramUsed} of ${use.ramTotal} bytes (${percent(use.ramUsed, use.ramTotal)})` +
      (use.ccmUsed !== undefined && use.ccmTotal !== undefined ? `, CCM: ${use.ccmUsed} of ${use.ccmTotal} bytes (${percent(use.ccmUsed, use.ccmTotal)})` : ""),
  ];
}

/** The problems with a memory use (none when it fits). */
export function memoryOverflow(use: MemoryUse, boardName: string): string[] {
  const problems: string[] = [];
  if (use.flashUsed > use.flashTotal) problems.push(`${boardName}: the firmware needs ${use.flashUsed} bytes of flash but the board has ${use.flashTotal} for it`);
  if (use.ramUsed > use.ramTotal) problems.push(`${boardName}: the firmware needs ${use.ramUsed} bytes of RAM but the board has ${use.ramTotal} (memory.arenaSize is most of it)`);
  if (use.ccmUsed !== undefined && use.ccmTotal !== undefined && use.ccmUsed > use.ccmTotal) {
    problems.push(`${boardName}: the firmware puts ${use.ccmUsed} bytes in CCM RAM but the board has ${use.ccmTotal}`);
  }
  return problems;
}

/** The port's recipe, from ports/<port>/build.ts. */
export async function loadRecipe(board: Board): Promise<PortRecipe> {
  const file = path.join(board.portDir, "build.ts");
  if (!fs.existsSync(file)) {
    throw new FirmwareBuildError(`board ${board.name} names port '${board.config.port}', which has no build recipe (${displayPath(file)}) yet`);
  }
  const mod = (await import(pathToFileURL(file).href)) as { recipe?: PortRecipe };
  if (mod.recipe === undefined) throw new FirmwareBuildError(`${displayPath(file)} exports no 'recipe' (see scripts/build/port_recipe.ts)`);
  return mod.recipe;
}

interface RunResult {
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], what: string, recipe: PortRecipe): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) resolve({ stdout, stderr });
      else if ((error as NodeJS.ErrnoException).code === "ENOENT") reject(toolMissing(cmd, recipe));
      else reject(new FirmwareBuildError(`${what} failed:\n${stderr || stdout || error.message}`));
    });
  });
}

export function toolMissing(cmd: string, recipe: Pick<PortRecipe, "toolchainPrefix" | "toolchainPackage">): FirmwareBuildError {
  const pkg = recipe.toolchainPackage ?? TOOLCHAIN_PACKAGES[recipe.toolchainPrefix];
  const hint = pkg !== undefined ? `install it (Debian: apt-get install ${pkg})` : `install the ${recipe.toolchainPrefix} toolchain`;
  return new FirmwareBuildError(`${cmd} was not found: ${hint}`);
}

/** An object file name for a source: its path relative to the repository (or the build dir), flattened. */
function objectName(source: string, outDir: string): string {
  const rel = source.startsWith(outDir + path.sep) ? path.join("board", path.relative(outDir, source)) : path.relative(REPO_ROOT, source);
  return rel.replace(/^(\.\.[/\\])+/, "").replace(/[/\\]/g, "__").replace(/\.[cS]$/, ".o");
}

/** The prerequisites gcc -MMD wrote for an object, or undefined when there is no .d file. */
export function parseDepFile(text: string): string[] {
  const joined = text.replace(/\\\r?\n/g, " ");
  const colon = joined.indexOf(": ");
  if (colon < 0) return [];
  return joined.slice(colon + 2).split(/\s+/).filter((f) => f !== "" && !f.endsWith(":"));
}

function objectUpToDate(obj: string, dep: string, source: string): boolean {
  let objTime: number;
  try {
    objTime = fs.statSync(obj).mtimeMs;
  } catch {
    return false;
  }
  let prereqs: string[];
  try {
    prereqs = parseDepFile(fs.readFileSync(dep, "utf8"));
  } catch {
    return false;
  }
  return [source, ...prereqs].every((f) => {
    try {
      return fs.statSync(f).mtimeMs <= objTime;
    } catch {
      return false;
    }
  });
}

async function inParallel<T>(items: T[], jobs: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(workers);
}

export async function buildFirmware(options: FirmwareBuildOptions): Promise<FirmwareBuild> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const board = loadBoard(options.board, options.dirs);
  const recipe = await loadRecipe(board);
  if (recipe.port !== board.config.port) {
    throw new FirmwareBuildError(`ports/${board.config.port}/build.ts says its port is '${recipe.port}'`);
  }
  const outDir = path.resolve(options.outDir ?? path.join(REPO_ROOT, "build", board.name));
  const gcc = `${recipe.toolchainPrefix}gcc`;
  await run(gcc, ["--version"], `${gcc} --version`, recipe);

  const entry = options.entry ?? { module: BOARD_ENTRY, root: CORE_DIR };
  if (!fs.existsSync(entry.module)) throw new FirmwareBuildError(`the core has no board entry yet (${displayPath(entry.module)})`);
  const genOut = options.genOut ?? BOARD_GEN_OUT;
  // Every board has the default frozen modules (lib/), as the host executable does.
  const core = await generateCore({
    entries: [entry.module],
    root: entry.root,
    substitutions: { [FROZEN_MODULES_TS]: await frozenModulesFile() },
    genDir: path.join(genOut, "gen"),
    cacheFile: path.join(genOut, "gen-cache.json"),
  });
  log(`pyxis: core C ${core.regenerated ? "generated" : "up to date"} in ${displayPath(core.genDir)} (${(core.generateMs / 1000).toFixed(2)} s)`);

  // A board with frozen modules compiles the core from an overlay holding its own tables.
  let coreDir = core.genDir;
  if (board.config.frozen.length > 0) {
    const modules = collectFrozen(board);
    const data = await compileFrozen(modules, outDir, CORE_DIR);
    const base = path.relative(entry.root, FROZEN_TABLES).replace(/\.ts$/, "").split(path.sep).join("_");
    coreDir = path.join(outDir, "core");
    frozenOverlay(core.genDir, coreDir, base, renderFrozenTables(board.name, base, modules, data));
    log(`pyxis: ${modules.length} frozen module(s), ${data.reduce((n, d) => n + d.length, 0)} bytes of .mpy`);
  }

  const boardFiles = renderBoard(board, outDir);
  const portGenerated = recipe.generate(board, outDir);
  const sources = [
    ...core.sources.map((s) => path.join(coreDir, s)),
    ...recipe.sources(board),
    ...boardFiles.filter((f) => f.endsWith(".c")),
    ...portGenerated,
  ];
  const cflags = [
    ...FIRMWARE_CFLAGS, ...recipe.cflags(board),
    "-I", outDir, "-I", coreDir, ...recipe.includeDirs(board).flatMap((d) => ["-I", d]),
  ];

  // Objects are rebuilt when the flags change or any prerequisite gcc reported is newer.
  const objDir = path.join(outDir, "obj");
  fs.mkdirSync(objDir, { recursive: true });
  const flagsHash = createHash("sha256").update(JSON.stringify([gcc, cflags])).digest("hex");
  const flagsFile = path.join(objDir, "cflags.sha256");
  const sameFlags = fs.existsSync(flagsFile) && fs.readFileSync(flagsFile, "utf8") === flagsHash;
  if (!sameFlags) fs.writeFileSync(flagsFile, "");
  const objects = sources.map((source) => ({ source, obj: path.join(objDir, objectName(source, outDir)) }));
  const stale = objects.filter(({ source, obj }) => !sameFlags || !objectUpToDate(obj, obj.replace(/\.o$/, ".d"), source));
  const t0 = performance.now();
  await inParallel(stale, options.jobs ?? (Number(process.env["PYXIS_JOBS"]) || 2), async ({ source, obj }) => {
    await run(gcc, [...cflags, "-MMD", "-MF", obj.replace(/\.o$/, ".d"), "-c", source, "-o", obj], `compiling ${displayPath(source)}`, recipe);
  });
  if (!sameFlags) fs.writeFileSync(flagsFile, flagsHash);
  log(`pyxis: compiled ${stale.length} of ${objects.length} files in ${((performance.now() - t0) / 1000).toFixed(2)} s`);

  const elf = path.join(outDir, "firmware.elf");
  await run(gcc, [
    ...cflags, ...objects.map((o) => o.obj),
    "-Wl,--gc-sections", `-Wl,-Map=${path.join(outDir, "firmware.map")}`,
    ...recipe.ldflags(board), "-o", elf,
  ], `linking ${displayPath(elf)}`, recipe);

  const sizeTool = `${recipe.toolchainPrefix}size`;
  const sizes = parseSizeOutput((await run(sizeTool, ["-B", elf], "size", recipe)).stdout);
  const sections = parseSectionsOutput((await run(sizeTool, ["-A", "-x", elf], "size -A", recipe)).stdout);
  const use = memoryUse(sizes, board, sections);
  const report = formatSizeReport(sizes, use);
  for (const line of report) log(`pyxis: ${board.name}: ${line}`);
  // For tools that track sizes (bench, CI): the same numbers, machine-readable.
  fs.writeFileSync(path.join(outDir, "sizes.json"), `${JSON.stringify({ board: board.name, ...sizes, ...use }, null, 2)}\n`);
  const overflow = memoryOverflow(use, board.name);
  if (overflow.length > 0) throw new FirmwareBuildError(overflow.join("\n"));
  const images = await recipe.images(board, elf, outDir);
  return { board, outDir, elf, images: [elf, ...images], sizes, use, report };
}
