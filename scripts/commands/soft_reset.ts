// pyxis soft-reset: restart the device's interpreter (Ctrl-D in the raw REPL), as after
// power-on but without resetting the hardware; the device is left at the friendly REPL.

import { Command } from "commander";
import { SerialError } from "../serial/errors.js";
import { onDevice, withDeviceOptions, type DeviceOptions } from "../serial/session.js";

export function softResetCommand(): Command {
  return withDeviceOptions(
    new Command("soft-reset").description("restart the interpreter on the device (Ctrl-D): a fresh heap and no variables"),
  ).action(async (opts: DeviceOptions) => {
    await onDevice(opts, async (r) => {
      try {
        await r.softReset();
      } catch (e) {
        if (e instanceof SerialError && e.kind === "gone") {
          throw new SerialError(
            "gone",
            `${r.path} closed on the soft reset instead of restarting`,
            "a host executable exits on Ctrl-D, as MicroPython's unix port does: start it again; a board that does this has crashed",
          );
        }
        throw e;
      }
      return 0;
    });
  });
}
