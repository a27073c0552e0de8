// expect: c-name 4:9 'NAN' is reserved in C
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
export function f(): i32 {
  const NAN: i32 = 1;
  return NAN;
}
