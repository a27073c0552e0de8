// expect: typescript 4:9 Type 'string' is not assignable to type 'number'.
import type { i32 } from "../../../core/subset/index.js";
export function count(): i32 {
  const n: i32 = "three";
  return n;
}
