// expect: for-of 6:3 for…of and for…in are not in the subset: loop with an index
import type { i32, u8 } from "../../../core/subset/index.js";
const PRIMES: readonly u8[] = [2, 3, 5, 7];
export function sum(): i32 {
  let s: i32 = 0;
  for (const p of PRIMES) s = (s + p) | 0;
  return s;
}
