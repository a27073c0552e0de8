// pyxis run file.py: run a script on the device through the raw REPL (raw-paste when the
// device offers it), streaming its output; status 1 with the traceback when it raises.

import { Command } from "commander";
import * as fs from "node:fs";
import { SerialError } from "../serial/errors.js";
import { onDevice, runStreaming, withDeviceOptions, type DeviceOptions } from "../serial/session.js";

export function runCommand(): Command {
  return withDeviceOptions(
    new Command("run")
      .description("run a local .py file on the device, printing its output as it comes")
      .argument("<file>", "the script (a file on this computer)"),
  ).action(async (file: string, opts: DeviceOptions) => {
    await onDevice(opts, async (r) => {
      let source: Buffer;
      try {
        source = fs.readFileSync(file);
      } catch (e) {
        throw new SerialError("not-found", `${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
      }
      return runStreaming(r, source, opts);
    });
  });
}
