// pyxis new-board NAME --from BOARD: scaffold boards/NAME from an existing board (same MCU,
// same port): edit its board.json and pins.csv, and it builds with no code.

import { Command } from "commander";
import * as path from "node:path";
import { BoardError, displayPath } from "../boards/board.js";
import { newBoard } from "../boards/scaffold.js";

export function newBoardCommand(): Command {
  return new Command("new-board")
    .description("create boards/NAME as a copy of another board, renamed and validated")
    .argument("<name>", "the new board's name (upper case, e.g. MY_PICO)")
    .requiredOption("--from <board>", "the board to start from (e.g. RPI_PICO)")
    .action((name: string, opts: { from: string }) => {
      try {
        const board = newBoard(name, opts.from);
        const dir = displayPath(board.dir);
        process.stderr.write(
          `pyxis: created ${dir} from ${opts.from}: edit ${path.join(dir, "board.json")} (machine, memory, clocks, leds, usb…) ` +
          `and ${path.join(dir, "pins.csv")}; boards/README.md documents every field\n`,
        );
        process.stdout.write(`${dir}\n`);
      } catch (e) {
        if (!(e instanceof BoardError)) throw e;
        for (const problem of e.problems) process.stderr.write(`pyxis: ${problem}\n`);
        process.exit(1);
      }
    });
}
