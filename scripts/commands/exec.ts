// pyxis exec 'code': run Python statements on the device, streaming their output.

import { Command } from "commander";
import { onDevice, runStreaming, withDeviceOptions, type DeviceOptions } from "../serial/session.js";

export function execCommand(): Command {
  return withDeviceOptions(
    new Command("exec")
      .description("run Python statements on the device, e.g. pyxis exec 'import sys; print(sys.platform)'")
      .argument("<code>", "the statements"),
  ).action(async (code: string, opts: DeviceOptions) => {
    await onDevice(opts, (r) => runStreaming(r, code, opts));
  });
}
