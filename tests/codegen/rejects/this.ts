// expect: no-classes 4:16 classes, interfaces and 'this' are not in the subset
import type { i32 } from "../../../core/subset/index.js";
export function method(this: void): i32 {
  const self = this;
  return 0;
}
