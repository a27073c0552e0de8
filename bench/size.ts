// Firmware size: text/data/bss of every board whose port exists (from the sizes.json the
// build writes next to the firmware) and each core module's share, from the linker map:
// the input sections the linker kept, summed per object file.

import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT, type BenchOptions } from "./common.js";

/** RPI_PICO's firmware must fit in this much flash. */
export const PICO_FLASH_TARGET = 256 * 1024;

export interface BoardSize {
  board: string;
  text: number;
  data: number;
  bss: number;
  /** text + data: what the firmware takes in flash. */
  flash: number;
}

export interface ModuleShare {
  /** A core module (its generated C file's name), "port", "board" or "C library". */
  module: string;
  /** Flash bytes: code and read-only data, plus initialised data's load image. */
  flash: number;
  /** RAM bytes: data and bss. */
  ram: number;
}

export interface SizeResults {
  boards: BoardSize[];
  /** Boards whose firmware could not be measured, with why. */
  missing: { board: string; reason: string }[];
  /** Per module of RPI_PICO's firmware, largest first. */
  picoModules: ModuleShare[];
  picoFlash: number | null;
  picoFlashTarget: number;
  met: boolean;
}

/** The boards whose port has a build recipe (boards/<B>/board.json's "port" has ports/<port>/build.ts). */
export function buildableBoards(): string[] {
  const dir = path.join(REPO_ROOT, "boards");
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "board.json")))
    .map((e) => e.name)
    .filter((b) => {
      const json = JSON.parse(fs.readFileSync(path.join(dir, b, "board.json"), "utf8")) as { port?: string };
      return json.port !== undefined && fs.existsSync(path.join(REPO_ROOT, "ports", json.port, "build.ts"));
    })
    .sort();
}

/** The figures of a built firmware's sizes.json, or undefined when it was not built. */
export function readBoardSize(board: string, firmwareDir: string): BoardSize | undefined {
  const file = path.join(firmwareDir, "sizes.json");
  if (!fs.existsSync(file)) return undefined;
  const s = JSON.parse(fs.readFileSync(file, "utf8")) as { text: number; data: number; bss: number };
  return { board, text: s.text, data: s.data, bss: s.bss, flash: s.text + s.data };
}

/** Who an object file of the link belongs to. */
export function moduleOfObject(file: string): string {
  const base = path.basename(file);
  if (/\.a\(/.test(file)) return "C library";
  const gen = /__gen__(.+)\.o$/.exec(base) ?? /^core__(.+)\.o$/.exec(base);
  if (gen !== null) return gen[1]!;
  if (base.startsWith("ports__")) return "port";
  if (base.startsWith("board__")) return "board";
  return "other";
}

/**
 * Bytes per module from a GNU ld map: the input sections listed under "Linker script and
 * memory map" (those kept after --gc-sections), each under its output section. An input
 * section's line may wrap when its name is long: name alone, then address, size and file.
 */
export function parseLinkerMap(text: string): ModuleShare[] {
  const start = text.indexOf("Linker script and memory map");
  if (start < 0) return [];
  const shares = new Map<string, ModuleShare>();
  let output = "";
  let pendingInput: string | undefined;
  for (const line of text.slice(start).split("\n")) {
    const out = /^(\.\S+)/.exec(line);
    if (out !== null) {
      output = out[1]!;
      pendingInput = undefined;
      continue;
    }
    let m = /^ (\.\S+|COMMON)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$/.exec(line);
    let size: number, file: string;
    if (m !== null) {
      size = parseInt(m[3]!, 16);
      file = m[4]!;
    } else {
      const name = /^ (\.\S+|COMMON)\s*$/.exec(line);
      if (name !== null) {
        pendingInput = name[1];
        continue;
      }
      m = /^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*\.o\)?)$/.exec(line);
      if (m === null || pendingInput === undefined) continue;
      size = parseInt(m[2]!, 16);
      file = m[3]!;
      pendingInput = undefined;
    }
    // Only what the chip holds: not the stack and heap reservations, nor debug information.
    if (size === 0 || /^\.(stack|heap|debug|comment|ARM\.attributes|stab|note|gnu)/.test(output)) continue;
    const module = moduleOfObject(file);
    const share = shares.get(module) ?? { module, flash: 0, ram: 0 };
    if (/bss|noinit/.test(output)) share.ram += size;
    else if (/data/.test(output)) {
      share.ram += size;
      share.flash += size;
    } else share.flash += size;
    shares.set(module, share);
  }
  return [...shares.values()].sort((a, b) => b.flash - a.flash || a.module.localeCompare(b.module));
}

export function measureSize(opts: BenchOptions, firmwareDirs: Record<string, string>): SizeResults {
  const boards: BoardSize[] = [];
  const missing: { board: string; reason: string }[] = [];
  for (const board of buildableBoards()) {
    const dir = firmwareDirs[board];
    const size = dir === undefined ? undefined : readBoardSize(board, dir);
    if (size === undefined) missing.push({ board, reason: dir === undefined ? "not built" : `no sizes.json in ${dir}` });
    else boards.push(size);
  }
  const picoDir = firmwareDirs["RPI_PICO"];
  const map = picoDir === undefined ? undefined : path.join(picoDir, "firmware.map");
  const picoModules = map !== undefined && fs.existsSync(map) ? parseLinkerMap(fs.readFileSync(map, "utf8")) : [];
  const pico = boards.find((b) => b.board === "RPI_PICO");
  opts.log(`size: ${boards.map((b) => `${b.board} ${b.flash} B flash`).join(", ") || "no board built"}`);
  return {
    boards, missing, picoModules,
    picoFlash: pico?.flash ?? null,
    picoFlashTarget: PICO_FLASH_TARGET,
    met: pico !== undefined && pico.flash < PICO_FLASH_TARGET,
  };
}
