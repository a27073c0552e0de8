// The frozen modules linked into this build: none by default. A board build replaces
// this file with generated tables (the format is core/frozen.ts's).

import type { u8, u32 } from "./subset/index.js";

/** How many modules are frozen. */
export const FROZEN_COUNT: u32 = 0;
/** Each module's path under .frozen ("mod.mpy", "pkg/__init__.mpy"); one unused empty entry when none (C has no empty arrays). */
export const FROZEN_NAMES: readonly string[] = [""];
/** Where each module's .mpy bytes start in FROZEN_DATA; entry FROZEN_COUNT is the end. */
export const FROZEN_OFFSETS: readonly u32[] = [0];
/** Every module's .mpy bytes, one after the other; one unused byte when none. */
export const FROZEN_DATA: readonly u8[] = [0];
