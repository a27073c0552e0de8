// pyxis start [--board B]: the everyday loop in one command. Build the board's firmware;
// when that board is attached, flash it and open its REPL; when none is, run the firmware
// in the board's emulator and open the REPL there, through its pseudo-terminal, exactly as
// on a real board. `npm start` runs this for RPI_PICO.

import { Command } from "commander";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { loadBoard } from "../boards/board.js";
import { buildFirmware } from "../build/firmware.js";
import { EmulatorError, startEmulator, type EmulatorHandle } from "../emulate/emulator.js";
import { listPorts } from "../serial/discover.js";
import { reportError } from "../serial/errors.js";
import { SerialLink } from "../serial/link.js";
import { runTerminal } from "../serial/terminal.js";
import { flashBoard, reportFlashFailure } from "./flash.js";

/** The board `npm start` runs: the one CI and a fresh clone can always emulate. */
export const DEFAULT_START_BOARD = "RPI_PICO";

interface StartOptions {
  board: string;
  out?: string;
  port?: string;
  emulate?: boolean;
}

/** The serial port of an attached board of this kind (by its USB VID:PID), if exactly one is attached. */
function attachedPort(board: string): string | undefined {
  const matches = listPorts().filter((p) => p.boards.includes(board));
  return matches.length === 1 ? matches[0]!.path : undefined;
}

async function terminalOn(portPath: string): Promise<number> {
  const link = await SerialLink.open(portPath);
  try {
    return await runTerminal(link, { input: process.stdin, output: process.stdout, notes: process.stderr });
  } finally {
    await link.close();
  }
}

export function startCommand(): Command {
  return new Command("start")
    .description("build a board's firmware and open its REPL: on the attached board (flashed first), else in its emulator")
    .option("-b, --board <board>", "board name (a folder of boards/)", DEFAULT_START_BOARD)
    .option("-o, --out <dir>", "output directory for the firmware (default build/<BOARD>)")
    .option("-p, --port <port>", "the attached board's serial port (default: found by its USB id)")
    .option("--emulate", "use the emulator even when the board is attached")
    .action(async (opts: StartOptions) => {
      let firmwareDir: string;
      try {
        const board = loadBoard(opts.board);
        firmwareDir = path.resolve(opts.out ?? path.join(REPO_ROOT, "build", board.name));
        await buildFirmware({ board: board.name, outDir: firmwareDir });
        const port = opts.emulate ? undefined : opts.port ?? attachedPort(board.name);
        if (port !== undefined) {
          process.stderr.write(`pyxis: ${board.name} on ${port}: flashing this build\n`);
          await flashBoard(board, { board: board.name, port, build: false }, firmwareDir);
          process.exit(await terminalOn(port));
        }
      } catch (e) {
        reportFlashFailure(e);
      }
      let emulator: EmulatorHandle | undefined;
      let status: number;
      try {
        emulator = await startEmulator(opts.board, { firmwareDir, quiet: true });
        process.stderr.write(`pyxis: no ${opts.board} attached: running it in its emulator, console on ${emulator.path}\n`);
        status = await terminalOn(emulator.path);
      } catch (e) {
        if (e instanceof EmulatorError) {
          process.stderr.write(`pyxis: ${e.message}\n`);
          status = 1;
        } else {
          status = reportError(e);
        }
      }
      await emulator?.stop();
      process.exit(status);
    });
}
