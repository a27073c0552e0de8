// pyxis host [args…]: build the native executable when needed, then run it with these args.

import { Command } from "commander";
import { spawnSync } from "node:child_process";
import { buildHostCore, reportBuildFailure } from "./core.js";

export function hostCommand(): Command {
  return new Command("host")
    .description("run the host-native Pyxis (built first when needed); arguments go to it")
    .argument("[args...]", "arguments for pyxis, as for micropython")
    .allowUnknownOption()
    .helpOption(false)
    .action(async (args: string[]) => {
      let exe: string;
      try {
        exe = (await buildHostCore()).exe;
      } catch (e) {
        reportBuildFailure(e);
      }
      const r = spawnSync(exe, args, { stdio: "inherit" });
      process.exit(r.status ?? 1);
    });
}
