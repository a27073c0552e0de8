// pyxis eval 'expr': print the repr of an expression evaluated on the device.

import { Command } from "commander";
import { onDevice, runStreaming, withDeviceOptions, type DeviceOptions } from "../serial/session.js";

export function evalCommand(): Command {
  return withDeviceOptions(
    new Command("eval")
      .description("evaluate a Python expression on the device and print its repr, e.g. pyxis eval '2**100'")
      .argument("<expr>", "the expression"),
  ).action(async (expr: string, opts: DeviceOptions) => {
    await onDevice(opts, (r) => runStreaming(r, `print(repr(${expr}))`, opts));
  });
}
