// expect: int-multiply 4:11 this product can exceed 2^53, where JavaScript rounds: use Math.imul(a, b)
import type { i32 } from "../../../core/subset/index.js";
export function mul(a: i32, b: i32): i32 {
  return (a * b) | 0;
}
