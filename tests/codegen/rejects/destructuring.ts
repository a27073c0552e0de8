// expect: no-dynamic 5:9 destructuring is not in the subset: declare one variable at a time
import type { i32, u8 } from "../../../core/subset/index.js";
const PAIR: readonly u8[] = [1, 2];
export function first(): i32 {
  const [a] = PAIR;
  return a!;
}
