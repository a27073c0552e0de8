// expect: module-array 3:37 element of 'BYTES': 300 does not fit u8
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
const BYTES: readonly u8[] = [1, 2, 300];
export function third(): i32 {
  return BYTES[2]!;
}
