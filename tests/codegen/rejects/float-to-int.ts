// expect: assign 4:18 'n': a float is not an integer: convert with x | 0 (ToInt32)
import type { i32, f64 } from "../../../core/subset/index.js";
export function whole(x: f64): i32 {
  const n: i32 = x;
  return n;
}
