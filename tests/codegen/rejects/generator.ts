// expect: functions 3:1 generator functions are not in the subset
import type { i32 } from "../../../core/subset/index.js";
export function* counter(): Generator<i32> {
  yield 1;
}
