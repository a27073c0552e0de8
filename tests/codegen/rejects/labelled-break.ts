// expect: label 5:3 labelled statements are not in the subset: use a flag
import type { i32 } from "../../../core/subset/index.js";
export function find(n: i32): i32 {
  let found: i32 = -1;
  outer: for (let i: i32 = 0; i < n; i++) {
    for (let j: i32 = 0; j < n; j++) {
      if (Math.imul(i, j) === 12) {
        found = i;
        break outer;
      }
    }
  }
  return found;
}
