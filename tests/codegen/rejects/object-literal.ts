// expect: no-object-literals 4:17 object literals are not in the subset: declare a layout
import type { i32 } from "../../../core/subset/index.js";
export function origin(): i32 {
  const point = { x: 0, y: 0 };
  return point.x;
}
