// expect: c-name 4:1 'one' is also exported by kinds.ts, which this module imports
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
import { one as first } from "./lib/kinds.js";
function one(): i32 {
  return 1;
}
export function two(): i32 {
  return (first() + one()) | 0;
}
