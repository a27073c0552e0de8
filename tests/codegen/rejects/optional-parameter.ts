// expect: functions 3:31 optional parameters are not in the subset
import type { i32 } from "../../../core/subset/index.js";
export function scale(v: i32, factor?: i32): i32 {
  return v;
}
