// pyxis: build, run and (as ports arrive) flash and test Pyxis. One verb per file in commands/.

import { Command } from "commander";
import { genCommand } from "./commands/gen.js";
import { buildCommand } from "./commands/build.js";
import { hostCommand } from "./commands/host.js";
import { mpyCrossCommand } from "./commands/mpy_cross.js";

const program = new Command("pyxis")
  .description("Pyxis: MicroPython-compatible Python for microcontrollers")
  .showHelpAfterError()
  .addCommand(genCommand())
  .addCommand(buildCommand())
  .addCommand(hostCommand())
  .addCommand(mpyCrossCommand());

await program.parseAsync(process.argv);
