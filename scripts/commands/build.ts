// pyxis build --board B: build a board's firmware (host: the native executable) and print its path.

import { Command } from "commander";
import * as path from "node:path";
import { buildHostCore, reportBuildFailure } from "./core.js";

export function buildCommand(): Command {
  return new Command("build")
    .description("build firmware for a board (host: the native executable) and print its path")
    .requiredOption("-b, --board <board>", "board name (host for the native build)")
    .action(async (opts: { board: string }) => {
      if (opts.board !== "host") {
        process.stderr.write(`pyxis: unknown board '${opts.board}': the boards available are: host\n`);
        process.exit(2);
      }
      try {
        const b = await buildHostCore();
        process.stderr.write(`pyxis: generated C in ${(b.generateMs / 1000).toFixed(2)} s, compiled in ${(b.compileMs / 1000).toFixed(2)} s\n`);
        process.stdout.write(`${path.relative(process.cwd(), b.exe) || b.exe}\n`);
      } catch (e) {
        reportBuildFailure(e);
      }
    });
}
