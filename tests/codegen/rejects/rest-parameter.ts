// expect: functions 3:21 rest parameters are not in the subset: pass an address and a count
import type { i32 } from "../../../core/subset/index.js";
export function sum(...values: i32[]): i32 {
  return 0;
}
