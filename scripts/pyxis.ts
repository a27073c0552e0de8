// pyxis: build, run and (as ports arrive) flash and test Pyxis. One verb per file in commands/.

import { Command } from "commander";
import { genCommand } from "./commands/gen.js";
import { buildCommand } from "./commands/build.js";
import { hostCommand } from "./commands/host.js";
import { mpyCrossCommand } from "./commands/mpy_cross.js";
import { newBoardCommand } from "./commands/new_board.js";
import { flashCommand } from "./commands/flash.js";
import { devsCommand } from "./commands/devs.js";
import { replCommand } from "./commands/repl.js";
import { runCommand } from "./commands/run.js";
import { execCommand } from "./commands/exec.js";
import { evalCommand } from "./commands/eval.js";
import { softResetCommand } from "./commands/soft_reset.js";
import { resetCommand } from "./commands/reset.js";
import { testCommand } from "./commands/test.js";
import { fsCommand } from "./commands/fs.js";
import { emulateCommand } from "./commands/emulate.js";
import { startCommand } from "./commands/start.js";

const program = new Command("pyxis")
  .description("Pyxis: MicroPython-compatible Python for microcontrollers")
  .showHelpAfterError()
  .addCommand(genCommand())
  .addCommand(buildCommand())
  .addCommand(hostCommand())
  .addCommand(mpyCrossCommand())
  .addCommand(newBoardCommand())
  .addCommand(flashCommand())
  .addCommand(devsCommand())
  .addCommand(replCommand())
  .addCommand(runCommand())
  .addCommand(execCommand())
  .addCommand(evalCommand())
  .addCommand(softResetCommand())
  .addCommand(resetCommand())
  .addCommand(fsCommand())
  .addCommand(testCommand())
  .addCommand(emulateCommand())
  .addCommand(startCommand());

await program.parseAsync(process.argv);
