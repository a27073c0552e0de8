// pyxis flash --board B [--port P] [--drive DIR] [--file F] [--no-build]: write a board's
// firmware to it. The way depends on the board: UF2 boards (RP2040) through the bootloader's
// USB drive (scripts/flash/uf2_drive.ts). The firmware is (re)built first unless --file or
// --no-build says otherwise; the build is incremental.

import { Command } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { BoardError, loadBoard, type Board } from "../boards/board.js";
import { buildFirmware } from "../build/firmware.js";
import { FlashError, flashUf2 } from "../flash/uf2_drive.js";
import { flashStm32 } from "../flash/stm32.js";
import { reportBuildFailure } from "./core.js";

export interface FlashOptions {
  board: string;
  port?: string;
  drive?: string;
  file?: string;
  build: boolean;
}

/** A way of flashing a port's boards; more ports add theirs here. */
type Flasher = (board: Board, opts: FlashOptions, firmwareDir: string) => Promise<void>;

async function flashByUf2Drive(board: Board, opts: FlashOptions, firmwareDir: string): Promise<void> {
  const uf2File = opts.file ?? path.join(firmwareDir, "firmware.uf2");
  const result = await flashUf2({ board, uf2File, drive: opts.drive, port: opts.port });
  if (result.driveGone) process.stderr.write(`pyxis: ${board.name} flashed with ${path.relative(process.cwd(), uf2File) || uf2File}\n`);
}

const FLASHERS: Record<string, Flasher> = {
  rp2040: flashByUf2Drive,
  stm32: (board, opts, firmwareDir) => flashStm32(board, { port: opts.port, file: opts.file }, firmwareDir),
};

/** The board's port's way of flashing; FlashError when the port has none yet. */
function flasherFor(board: Board): Flasher {
  const flasher = FLASHERS[board.config.port];
  if (flasher === undefined) {
    throw new FlashError(`pyxis flash does not support the ${board.config.port} port (board ${board.name}) yet`);
  }
  return flasher;
}

/** Report a failed build or flash (a board.json mistake, a flashing error, a build error) and exit 1. */
export function reportFlashFailure(e: unknown): never {
  if (e instanceof BoardError) {
    for (const problem of e.problems) process.stderr.write(`pyxis: ${problem}\n`);
    process.exit(1);
  }
  if (e instanceof FlashError) {
    process.stderr.write(`pyxis: ${e.message}\n`);
    process.exit(1);
  }
  reportBuildFailure(e);
}

/** Write the firmware in firmwareDir (or opts.file) to the board, by its port's way. */
export async function flashBoard(board: Board, opts: FlashOptions, firmwareDir: string): Promise<void> {
  await flasherFor(board)(board, opts, firmwareDir);
}

export function flashCommand(): Command {
  return new Command("flash")
    .description("write a board's firmware to it (RP2040: through the UF2 bootloader drive)")
    .requiredOption("-b, --board <board>", "board name (e.g. RPI_PICO)")
    .option("-p, --port <port>", "serial port of the board running Pyxis (asked to reboot into its bootloader)")
    .option("--drive <dir>", "the mounted UF2 drive (default: found among the mounts)")
    .option("--file <file>", "the image to write (default: build/<BOARD>/'s, built first)")
    .option("--no-build", "do not (re)build the firmware first")
    .action(async (opts: FlashOptions) => {
      try {
        const board = loadBoard(opts.board);
        flasherFor(board); // before building: says so when the port cannot be flashed yet
        const firmwareDir = path.join(REPO_ROOT, "build", board.name);
        if (opts.file === undefined && opts.build) await buildFirmware({ board: board.name, outDir: firmwareDir });
        if (opts.file !== undefined && !fs.existsSync(opts.file)) throw new FlashError(`${opts.file} does not exist`);
        await flashBoard(board, opts, firmwareDir);
      } catch (e) {
        reportFlashFailure(e);
      }
    });
}
