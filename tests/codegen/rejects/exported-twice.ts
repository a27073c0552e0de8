// expect: c-name lib/clamp.ts:3:1 'clamp' is also exported by exported-twice.ts
import type { i32 } from "../../../core/subset/index.js";
import { clamp as clamp_helper } from "./lib/clamp.js";
export function clamp(v: i32): i32 {
  return clamp_helper(v);
}
