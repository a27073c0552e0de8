// expect: functions 3:31 default parameter values are not in the subset
import type { i32 } from "../../../core/subset/index.js";
export function scale(v: i32, factor: i32 = 2): i32 {
  return Math.imul(v, factor);
}
