// expect: no-any 3:31 'any' is not in the subset
import type { i32 } from "../../../core/subset/index.js";
export function first(values: any): i32 {
  return 0;
}
