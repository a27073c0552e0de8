// expect: compare 4:10 comparing an i64 that may be negative with a u64
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
export function lt(a: i64, b: u64): bool {
  return a < b;
}
