// expect: module-array 6:35 element of 'TABLE': it is not a constant expression
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
function g(): i32 {
  return 5;
}
const TABLE: readonly i32[] = [2, g()];
export function first(): i32 {
  return TABLE[1]!;
}
