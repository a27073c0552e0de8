// expect: c-name 4:9 'pyx_ret_0' is reserved in C
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
export function f(v: i32): i32 {
  const pyx_ret_0: i32 = v;
  return pyx_ret_0;
}
