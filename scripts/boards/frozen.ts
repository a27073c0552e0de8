// A board's frozen modules (board.json "frozen"). Every board has the default set (every .py
// under lib/, scripts/build/frozen.ts), generated into the shared core C as on the host; a board
// that names more gets them on top: each .py is compiled to .mpy by the core's own compiler
// (scripts/build/frozen.ts's compileToMpy), and the bytes become the tables of
// core/frozen_modules.ts (FROZEN_COUNT, FROZEN_NAMES, FROZEN_OFFSETS, FROZEN_DATA, read by
// core/frozen.ts). The core's C is shared by every board, so such a board compiles from an
// overlay of it: build/<BOARD>/core/ holds a copy of the generated C with the frozen tables
// replaced (a quoted #include finds the overlay's header next to the includer).

import * as fs from "node:fs";
import * as path from "node:path";
import { compileToMpy, frozenSourcesUnder } from "../build/frozen.js";
import { BoardError, displayPath, type Board } from "./board.js";
import { renderTemplate, writeIfChanged } from "./render.js";

export interface FrozenModule {
  /** The path under .frozen that import finds: "mod.mpy", "pkg/__init__.mpy". */
  name: string;
  /** The source: a .py to compile, or a ready .mpy. */
  file: string;
}

function pyFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && (e.name.endsWith(".py") || e.name.endsWith(".mpy")) && !e.parentPath.split(path.sep).includes("__pycache__"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function mpyName(rel: string): string {
  return rel.split(path.sep).join("/").replace(/\.py$/, ".mpy");
}

/** The board's frozen modules: the default set (lib/), then each entry of "frozen": a file
 *  (frozen under its own name) or a folder (its .py/.mpy files, frozen under their paths in it). */
export function collectFrozen(board: Board, libDir?: string): FrozenModule[] {
  const modules: FrozenModule[] = frozenSourcesUnder(libDir).map((m) => ({ name: mpyName(m.name), file: m.file }));
  const seen = new Map<string, string>(modules.map((m) => [m.name, m.file]));
  const jsonFile = displayPath(path.join(board.dir, "board.json"));
  board.config.frozen.forEach((entry, i) => {
    const at = path.join(board.dir, entry);
    const found = fs.statSync(at).isDirectory()
      ? pyFilesUnder(at).map((file) => ({ name: mpyName(path.relative(at, file)), file }))
      : [{ name: mpyName(path.basename(at)), file: at }];
    for (const m of found) {
      if (!m.name.endsWith(".mpy")) throw new BoardError([`${jsonFile}: frozen[${i}]: '${entry}' is not a .py or .mpy file`]);
      const earlier = seen.get(m.name);
      if (earlier !== undefined) throw new BoardError([`${jsonFile}: frozen[${i}]: '${m.name}' is frozen twice (also from ${displayPath(earlier)})`]);
      seen.set(m.name, m.file);
      modules.push(m);
    }
  });
  return modules;
}

/** The newest modification time among the compiler's sources: a changed compiler recompiles. */
function compilerTime(coreDir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(coreDir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/** Compile (when needed: one compiler process for all stale modules) every frozen module to
 *  outDir/frozen/<name>; returns the .mpy bytes in order. */
export async function compileFrozen(modules: FrozenModule[], outDir: string, coreDir: string): Promise<Uint8Array[]> {
  const since = modules.some((m) => m.file.endsWith(".py")) ? compilerTime(coreDir) : 0;
  const outOf = (m: FrozenModule): string => path.join(outDir, "frozen", m.name);
  const stale = modules.filter((m) => {
    if (m.file.endsWith(".mpy")) return false;
    const out = outOf(m);
    const outTime = fs.existsSync(out) ? fs.statSync(out).mtimeMs : -1;
    return outTime < fs.statSync(m.file).mtimeMs || outTime < since;
  });
  if (stale.length > 0) {
    let compiled: Buffer[];
    try {
      // The source name a traceback shows: the module's path, as MicroPython's freezing does.
      compiled = await compileToMpy(stale.map((m) => ({ name: m.name.replace(/\.mpy$/, ".py"), file: m.file })));
    } catch (e) {
      throw new BoardError([`${(e as Error).message}`]);
    }
    stale.forEach((m, i) => {
      // Written even when unchanged: its time says it is newer than the source and the compiler.
      fs.mkdirSync(path.dirname(outOf(m)), { recursive: true });
      fs.writeFileSync(outOf(m), compiled[i]!);
    });
  }
  return modules.map((m) => new Uint8Array(fs.readFileSync(m.file.endsWith(".mpy") ? m.file : outOf(m))));
}

/** The C of the frozen tables: [header, source], for the generated module named `base`. */
export function renderFrozenTables(boardName: string, base: string, modules: FrozenModule[], data: Uint8Array[]): [string, string] {
  const offsets = [0];
  for (const d of data) offsets.push(offsets[offsets.length - 1]! + d.length);
  const all = Buffer.concat(data.map((d) => Buffer.from(d)));
  const dataRows: string[] = [];
  for (let i = 0; i < all.length; i += 16) {
    dataRows.push(Array.from(all.subarray(i, i + 16), (b) => `0x${b.toString(16).padStart(2, "0")},`).join(" "));
  }
  if (all.length === 0) dataRows.push("0,");
  const context = {
    board: boardName,
    base,
    guard: `PYX_${base.toUpperCase()}_H`,
    count: modules.length,
    names: modules.length > 0 ? modules.map((m) => m.name) : [""],
    namesLength: Math.max(1, modules.length),
    offsets,
    dataLength: Math.max(1, all.length),
    dataRows,
  };
  return [renderTemplate("frozen_modules.h", context), renderTemplate("frozen_modules.c", context)];
}

/** A copy of genDir in overlayDir with `base`.c/.h replaced by the board's frozen tables;
 *  returns the overlay's .c file names (the same as genDir's). Unchanged files keep their times. */
export function frozenOverlay(genDir: string, overlayDir: string, base: string, tables: [string, string]): void {
  if (!fs.existsSync(path.join(genDir, `${base}.h`))) {
    throw new BoardError([`the program has no frozen module table (${base}.h in ${displayPath(genDir)}): it cannot take frozen modules`]);
  }
  const replaced = new Map([[`${base}.h`, tables[0]], [`${base}.c`, tables[1]]]);
  const names = new Set(fs.readdirSync(genDir));
  for (const name of names) {
    writeIfChanged(path.join(overlayDir, name), replaced.get(name) ?? fs.readFileSync(path.join(genDir, name)));
  }
  // Files the generator no longer writes must not linger in the overlay.
  for (const name of fs.readdirSync(overlayDir)) if (!names.has(name)) fs.rmSync(path.join(overlayDir, name));
}
