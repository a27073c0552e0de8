// The arena as the Node HAL sees it: its size at start-up, and checked views of it.
// The C port does the same in ports/host/main.c.

import { mem_bytes, mem_size } from "../../core/subset/memory.js";
import { envU32, fatal } from "./process.js";

/** 64 MiB, as PYX_ARENA_SIZE in ports/host/main.c. */
const DEFAULT_ARENA_SIZE = 64 * 1024 * 1024;
const ARENA_MAX_SIZE = 0xfffffff8; // addresses are 32-bit

/** The arena size: PYXIS_ARENA_SIZE or the default, rounded up to a multiple of 8.
 *  An ArrayBuffer's pages are zeroed lazily by the OS, so a generous size is cheap. */
export function arenaSize(): number {
  const size = envU32("PYXIS_ARENA_SIZE", DEFAULT_ARENA_SIZE, 8, ARENA_MAX_SIZE);
  return Math.ceil(size / 8) * 8;
}

/** The bytes [addr, addr + len) of the arena, or a fatal error naming `who` if they
 *  are not all inside it (a bug in the core; C would read or write past the end). */
export function arenaView(addr: number, len: number, who: string): Uint8Array {
  const size = mem_size();
  if (addr + len > size) {
    fatal(`${who}: 0x${addr.toString(16)}+${len} is outside the ${size}-byte arena`);
  }
  return mem_bytes().subarray(addr, addr + len);
}
