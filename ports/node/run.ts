// The Node build's program, the counterpart of ports/host/main.c:
//
//   node --import tsx ports/node/run.ts <entry.ts> [args...]
//
// gives the arena its size (PYXIS_ARENA_SIZE or 64 MiB, as in C), installs the HAL
// with argument 0 = the entry's path, imports the entry module and calls its
// exported pyx_main(), then exits with the status it returns. hal_exit and
// hal_fatal end the process themselves. An uncaught JavaScript error (a bug in the
// Node build) prints its stack to stderr and exits with status 70.

import path from "node:path";
import { pathToFileURL } from "node:url";
import { mem_init } from "../../core/subset/memory.js";
import { arenaSize } from "./arena.js";
import { installHal } from "./hal.js";
import { useFrozenModules } from "./frozen_hook.js";
import { EXIT_FATAL, exitProcess } from "./process.js";
import { writeStderr } from "./console.js";

const EXIT_USAGE = 2;

function crash(e: unknown): never {
  const text = e instanceof Error ? (e.stack ?? String(e)) : String(e);
  writeStderr(`${text}\n`);
  exitProcess(EXIT_FATAL);
}

async function main(argv: string[]): Promise<never> {
  const [entry, ...args] = argv;
  if (entry === undefined) {
    writeStderr("usage: node --import tsx ports/node/run.ts <entry.ts> [args...]\n");
    exitProcess(EXIT_USAGE);
  }
  await useFrozenModules();
  mem_init(arenaSize());
  installHal({ args: [entry, ...args] });
  const module: { pyx_main?: unknown } = await import(pathToFileURL(path.resolve(entry)).href);
  if (typeof module.pyx_main !== "function") {
    throw new Error(`${entry} does not export a function pyx_main()`);
  }
  const status: unknown = module.pyx_main();
  if (typeof status !== "number") {
    throw new Error(`pyx_main() returned ${typeof status}, not a number`);
  }
  exitProcess(status);
}

process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);
main(process.argv.slice(2)).catch(crash);
