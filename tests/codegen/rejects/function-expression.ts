// expect: no-closures 4:17 closures are not in the subset (C has no closures)
import type { i32 } from "../../../core/subset/index.js";
export function apply(v: i32): i32 {
  const twice = function (x: i32): i32 { return (x + x) | 0; };
  return twice(v);
}
