// expect: module-array 3:31 element of 'BYTES': 1.5 is not an integer
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
const BYTES: readonly u8[] = [1.5];
export function first(): i32 {
  return BYTES[0]!;
}
