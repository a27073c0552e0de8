// expect: switch 6:10 case -1 can never match a u32 value
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
export function code(x: u32): i32 {
  switch (x) {
    case 1:
    case -1:
      return 1;
  }
  return 0;
}
