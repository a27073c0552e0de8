// expect: library-call 4:10 Math.sin is not in the subset (its result is not bit-identical between Node and C
import type { f64 } from "../../../core/subset/index.js";
export function wave(x: f64): f64 {
  return Math.sin(x);
}
