// expect: loose-equality 4:12 '==' converts types in JavaScript: use '==='
import type { i32, bool } from "../../../core/subset/index.js";
export function is_zero(v: i32): bool {
  return v == 0;
}
