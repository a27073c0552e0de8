// expect: no-any 4:14 'unknown' is not in the subset
import type { i32 } from "../../../core/subset/index.js";
export function parse(): i32 {
  const raw: unknown = 0;
  return 0;
}
