// expect: no-var 4:3 'var' is not in the subset: use let or const
import type { i32 } from "../../../core/subset/index.js";
export function count(): i32 {
  var n: i32 = 0;
  return n;
}
