// pyxis reset: hard-reset the device with machine.reset(). The board drops off the bus
// and comes back (a USB CDC port re-enumerates), so nothing more is read from it.

import { Command } from "commander";
import { SerialError } from "../serial/errors.js";
import { onDevice, withDeviceOptions, type DeviceOptions } from "../serial/session.js";

const RESET_WAIT_MS = 1500;

export function resetCommand(): Command {
  return withDeviceOptions(new Command("reset").description("hard-reset the device (machine.reset())")).action(
    async (opts: DeviceOptions) => {
      await onDevice(opts, async (r) => {
        try {
          const res = await r.exec("import machine\nmachine.reset()\n", { timeoutMs: RESET_WAIT_MS });
          if (res.stderr !== "") {
            process.stderr.write(res.stderr);
            return 1;
          }
        } catch (e) {
          // Resetting, the device stops answering or its port disappears: that is success.
          if (!(e instanceof SerialError && (e.kind === "timeout" || e.kind === "gone"))) throw e;
        }
        return 0;
      });
    },
  );
}
