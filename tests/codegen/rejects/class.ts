// expect: no-classes 3:1 classes, interfaces and 'this' are not in the subset
import type { i32 } from "../../../core/subset/index.js";
export class Counter {
  count: i32 = 0;
}
