// Half of the exported-twice fixture: the same exported name as ../exported-twice.ts.
import type { i32 } from "../../../../core/subset/index.js";
export function clamp(v: i32): i32 {
  return v < 0 ? 0 : v;
}
