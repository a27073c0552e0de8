// expect: no-closures 4:3 declare a module-level function and pass what it needs as parameters
import type { i32 } from "../../../core/subset/index.js";
export function outer(v: i32): i32 {
  function inner(x: i32): i32 {
    return (x + 1) | 0;
  }
  return inner(v);
}
