// expect: no-dynamic 5:46 the comma operator is not in the subset
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
export function sum(n: i32): i32 {
  let s: i32 = 0;
  for (let i: i32 = 0, j: i32 = 0; i < n; i++, j = (j + 1) | 0) s = (s + j) | 0;
  return s;
}
