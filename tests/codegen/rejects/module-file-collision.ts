// expect: c-name lib/a_b.ts:1:1 this module's C file would be lib_a_b.c, as for a-b.ts
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
import { from_dash } from "./lib/a-b.js";
import { from_underscore } from "./lib/a_b.js";
export function both(): i32 {
  return (from_dash() + from_underscore()) | 0;
}
