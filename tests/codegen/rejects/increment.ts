// expect: increment 5:3 n++ can overflow i32: write n = (n + 1) | 0
import type { i32 } from "../../../core/subset/index.js";
export function next(v: i32): i32 {
  let n: i32 = v;
  n++;
  return n;
}
