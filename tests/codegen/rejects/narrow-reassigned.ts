// expect: assign 7:12 the value (range -2147483648..2147483647) can leave u32
import type { i32, u32 } from "../../../core/subset/index.js";
export function f(x: i32): u32 {
  let y: i32 = x;
  if (y >= 0) {
    y = (y - 100) | 0;
    return y;
  }
  return 0;
}
