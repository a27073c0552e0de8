// expect: no-dynamic 3:19 'this' parameters are not in the subset
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
export function f(this: void, a: i32): i32 {
  return a;
}
