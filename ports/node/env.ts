// The process's environment, as ports/host/env.c: values are passed on as UTF-8.

import { arenaView } from "./arena.js";

function value(name: string): Buffer | undefined {
  const v = process.env[name];
  return v === undefined ? undefined : Buffer.from(v, "utf8");
}

export function hal_getenv_len(name: string): number {
  return value(name)?.length ?? -1;
}

export function hal_getenv_copy(name: string, addr: number): void {
  const v = value(name);
  if (v === undefined || v.length === 0) return;
  arenaView(addr, v.length, "hal_getenv_copy").set(v);
}
