// pyxis emulate --board B: run a board's built firmware in its emulator, print the
// pseudo-terminal that carries its console (a serial client opens it as a real board's
// port), and run until interrupted (SIGINT, SIGTERM) or until the firmware halts.

import { Command } from "commander";
import * as path from "node:path";
import { defaultFirmwareDir, EmulatorError, startEmulator, type GpioChange } from "../emulate/emulator.js";

export function emulateCommand(): Command {
  return new Command("emulate")
    .description("run a board's firmware in its emulator; prints the console's pty path, runs until interrupted")
    .requiredOption("-b, --board <board>", "board name (a folder of boards/, e.g. RPI_PICO)")
    .option("-d, --firmware-dir <dir>", "where the built firmware is (default build/<BOARD>)")
    .option("--uart", "carry UART0 (GP0/GP1) on the pty instead of the board's own console")
    .option("--gpio", "log every GPIO level change on stderr")
    .option("--flash-image <file>", "keep the board's whole flash in this file (created when missing), so its files survive a restart (RP2040)")
    .option("-q, --quiet", "no messages on stderr")
    .action(async (opts: { board: string; firmwareDir?: string; uart?: boolean; gpio?: boolean; flashImage?: string; quiet?: boolean }) => {
      const firmwareDir = path.resolve(opts.firmwareDir ?? defaultFirmwareDir(opts.board));
      let handle;
      try {
        handle = await startEmulator(opts.board, { firmwareDir, quiet: opts.quiet, console: opts.uart ? "uart" : "board", flashImage: opts.flashImage });
      } catch (e) {
        if (e instanceof EmulatorError) {
          process.stderr.write(`pyxis: ${e.message}\n`);
          process.exit(1);
        }
        throw e;
      }
      process.stdout.write(`${handle.path}\n`);
      if (opts.gpio && handle.gpio !== undefined) {
        handle.gpio.onChange((c: GpioChange) => {
          const level = c.level === null ? "input" : c.level ? "high" : "low";
          process.stderr.write(`gpio: ${(c.nanos / 1e6).toFixed(3)} ms GPIO${c.pin} ${level}\n`);
        });
      }
      const stop = (): void => {
        void handle.stop();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const status = await handle.exited;
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      if (status !== null) {
        if (!opts.quiet) process.stderr.write(`pyxis: the firmware halted with status ${status}\n`);
        process.exit(status === 0 ? 0 : 1);
      }
      process.exit(0);
    });
}
