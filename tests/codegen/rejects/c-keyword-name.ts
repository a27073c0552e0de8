// expect: c-name 3:7 'int' is reserved in C
import type { i32 } from "../../../core/subset/index.js";
const int: i32 = 4;
export function size(): i32 {
  return int;
}
