// pyxis repl: a terminal on the device's REPL over its serial port; Ctrl-] leaves.

import { Command } from "commander";
import { choosePort } from "../serial/discover.js";
import { reportError } from "../serial/errors.js";
import { SerialLink } from "../serial/link.js";
import { withDeviceOptions, type DeviceOptions } from "../serial/session.js";
import { runTerminal } from "../serial/terminal.js";

export function replCommand(): Command {
  return withDeviceOptions(new Command("repl").description("a terminal on the device's REPL (Ctrl-] to leave)")).action(
    async (opts: DeviceOptions) => {
      let status: number;
      try {
        const link = await SerialLink.open(choosePort(opts.port), Number(opts.baud ?? 115200));
        status = await runTerminal(link, { input: process.stdin, output: process.stdout, notes: process.stderr });
        await link.close();
      } catch (e) {
        status = reportError(e);
      }
      process.exit(status);
    },
  );
}
