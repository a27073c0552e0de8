// The process: exit, fatal errors, and reading numbers from the environment, with
// the same behaviour as ports/host/process.c.

import { consoleShutdown, stdoutFlush, writeStderr } from "./console.js";

/** Exit status of hal_fatal, of an arena range violation and of an uncaught
 *  JavaScript error (sysexits' EX_SOFTWARE), as HOST_EXIT_FATAL in C. */
export const EXIT_FATAL = 70;

/** Flush stdout, put the terminal back, and end the process with `code` (its low
 *  8 bits reach the parent, as with C's exit()). */
export function exitProcess(code: number): never {
  consoleShutdown();
  process.exit(code | 0);
}

export function hal_exit(code: number): never {
  exitProcess(code);
}

/** "pyxis: fatal: <msg>" on stderr, after what stdout holds; exit status 70. */
export function fatal(msg: string): never {
  stdoutFlush();
  writeStderr(`pyxis: fatal: ${msg}\n`);
  exitProcess(EXIT_FATAL);
}

export function hal_fatal(msg: string): never {
  fatal(msg);
}

/** The unsigned decimal integer in environment variable `name`, or `fallback` when
 *  it is unset or empty. Digits only; anything else, or a value outside
 *  [min, max], is fatal (host_env_u32 in C, with the same message). */
export function envU32(name: string, fallback: number, min: number, max: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) {
    fatal(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}
