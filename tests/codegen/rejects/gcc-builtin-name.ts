// expect: c-name 3:1 'isdigit' is reserved in C
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
export function isdigit(c: i32): bool {
  return c >= 48 && c <= 57;
}
