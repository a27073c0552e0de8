// expect: no-closures 4:15 closures are not in the subset (C has no closures)
import type { i32 } from "../../../core/subset/index.js";
export function add_all(base: i32): i32 {
  const add = (x: i32): i32 => (x + base) | 0;
  return add(1);
}
