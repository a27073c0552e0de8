// expect: negative-zero 4:10 this integer may be -0 in JavaScript (0 in C)
import type { i32, f64 } from "../../../core/subset/index.js";
export function scaled(a: i32, b: i32): f64 {
  return (a & 0xff) * (b & 0xff) * -1;
}
