// expect: assign 4:10 the value (range -4294967296..4294967294) can leave i32: normalize with (x) | 0
import type { i32 } from "../../../core/subset/index.js";
export function add(a: i32, b: i32): i32 {
  return a + b;
}
