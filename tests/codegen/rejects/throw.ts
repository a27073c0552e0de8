// expect: throw 4:14 throw is not in the subset: raise(value) is the one non-local exit
import type { i32 } from "../../../core/subset/index.js";
export function check(v: i32): i32 {
  if (v < 0) throw new Error("negative");
  return v;
}
