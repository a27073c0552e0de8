// expect: assign 4:18 'y': an f64 is not an f32: round with Math.fround(x)
import type { f32, f64 } from "../../../core/subset/index.js";
export function narrow(x: f64): f32 {
  const y: f32 = x * 2;
  return y;
}
