// expect: no-dynamic 8:14 spread is not in the subset: pass arguments one by one
import type { i32 } from "../../../core/subset/index.js";
function add(a: i32, b: i32): i32 {
  return (a + b) | 0;
}
export function sum(a: i32, b: i32): i32 {
  const args: [i32, i32] = [a, b];
  return add(...args);
}
