// The program's arguments, as ports/host/args.c: argument 0 is the program (here
// the entry module's path). Arguments are passed on as UTF-8; Node has already
// decoded the command line, so bytes that are not UTF-8 do not survive as they do
// in C.

import { arenaView } from "./arena.js";

let args: Uint8Array[] = [];

export function setArgs(list: readonly string[]): void {
  args = list.map((a) => Buffer.from(a, "utf8"));
}

export function hal_argc(): number {
  return args.length;
}

/** An index outside [0, argc) names an empty argument. */
export function hal_arg_len(i: number): number {
  return args[i]?.length ?? 0;
}

export function hal_arg_copy(i: number, addr: number): void {
  const bytes = args[i] ?? new Uint8Array(0);
  arenaView(addr, bytes.length, "hal_arg_copy").set(bytes);
}
