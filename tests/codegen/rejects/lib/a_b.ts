import type { i32, u8, u32, i64, u64, bool } from "../../../../core/subset/index.js";
export function from_underscore(): i32 {
  return 2;
}
