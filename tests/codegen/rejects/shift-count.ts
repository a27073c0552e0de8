// expect: shift-count 4:10 mask the shift count: x << (n & 31)
import type { i32 } from "../../../core/subset/index.js";
export function bit(n: i32): i32 {
  return 1 << n;
}
