// expect: c-name 3:1 'floor' is reserved in C
import type { i32 } from "../../../core/subset/index.js";
export function floor(v: i32): i32 {
  return v;
}
