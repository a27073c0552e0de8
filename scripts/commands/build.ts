// pyxis build --board B [--out DIR]: build a board's firmware (host: the native executable)
// and print the path of what was built (the host executable; a board's firmware.elf and images).

import { Command } from "commander";
import * as path from "node:path";
import { buildHostCore, reportBuildFailure } from "./core.js";
import { buildFirmware } from "../build/firmware.js";
import { BoardError } from "../boards/board.js";

function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

export function buildCommand(): Command {
  return new Command("build")
    .description("build firmware for a board (host: the native executable) and print its path")
    .requiredOption("-b, --board <board>", "board name: host, or a folder of boards/ (e.g. RPI_PICO)")
    .option("-o, --out <dir>", "output directory for a board's firmware (default build/<BOARD>)")
    .action(async (opts: { board: string; out?: string }) => {
      try {
        if (opts.board === "host") {
          const b = await buildHostCore();
          process.stderr.write(`pyxis: generated C in ${(b.generateMs / 1000).toFixed(2)} s, compiled in ${(b.compileMs / 1000).toFixed(2)} s\n`);
          process.stdout.write(`${shown(b.exe)}\n`);
          return;
        }
        const fw = await buildFirmware({ board: opts.board, outDir: opts.out });
        for (const file of fw.images) process.stdout.write(`${shown(file)}\n`);
      } catch (e) {
        if (e instanceof BoardError) {
          for (const problem of e.problems) process.stderr.write(`pyxis: ${problem}\n`);
          process.exit(1);
        }
        reportBuildFailure(e);
      }
    });
}
