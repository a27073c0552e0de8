// Frozen modules: compiled .mpy files linked into the firmware (flash, not a file
// system), found by import under the sys.path entry ".frozen" as MicroPython's
// py/frozenmod.c does. The tables are core/frozen_modules.ts: FROZEN_COUNT modules,
// FROZEN_NAMES[i] the path under .frozen ("mod.mpy", "pkg/__init__.mpy"),
// FROZEN_DATA[FROZEN_OFFSETS[i] .. FROZEN_OFFSETS[i + 1]) its .mpy bytes.
// A path names a frozen directory when some module's path starts with it and a '/'.

import { load_u8, store_u8, type i32, type u32, type bool } from "./subset/index.js";
import { FROZEN_COUNT, FROZEN_NAMES, FROZEN_OFFSETS, FROZEN_DATA } from "./frozen_modules.js";

/** Is frozen path i the len bytes at addr, or (prefix) do they name a directory it is in? */
function name_matches(i: u32, addr: u32, len: u32, prefix: bool): bool {
  const name: string = FROZEN_NAMES[i]!;
  if (prefix ? name.length <= len : name.length !== len) return false;
  for (let k: u32 = 0; k < len; k++) {
    if (name.charCodeAt(k) !== load_u8(addr + k)) return false;
  }
  return !prefix || name.charCodeAt(len) === 47; // '/'
}

/** The frozen module at the path (relative to .frozen), or -1. */
export function frozen_find(addr: u32, len: u32): i32 {
  for (let i: u32 = 0; i < FROZEN_COUNT; i++) {
    if (name_matches(i, addr, len, false)) return i | 0;
  }
  return -1;
}

/** What the path names among the frozen modules: 0 nothing, 1 a directory, 2 a module (as hal_file_stat). */
export function frozen_stat(addr: u32, len: u32): i32 {
  if (frozen_find(addr, len) >= 0) return 2;
  for (let i: u32 = 0; i < FROZEN_COUNT; i++) {
    if (name_matches(i, addr, len, true)) return 1;
  }
  return 0;
}

/** The size in bytes of frozen module i's .mpy data. */
export function frozen_size(i: u32): u32 {
  return (FROZEN_OFFSETS[(i + 1) >>> 0]! - FROZEN_OFFSETS[i]!) >>> 0;
}

/** Copy frozen module i's .mpy data into the arena at dest (frozen_size(i) bytes). */
export function frozen_copy(i: u32, dest: u32): void {
  const start: u32 = FROZEN_OFFSETS[i]!;
  const n: u32 = frozen_size(i);
  for (let k: u32 = 0; k < n; k++) store_u8(dest + k, FROZEN_DATA[(start + k) >>> 0]!);
}
