// expect: assign 4:18 'r': the value may be NaN in JavaScript (a % b with b possibly 0)
import type { i32 } from "../../../core/subset/index.js";
export function wrap(a: i32, n: i32): i32 {
  const r: i32 = a % n;
  return r;
}
