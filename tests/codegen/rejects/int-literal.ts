// expect: int-literal 4:10 4294967296 is beyond 32 bits: write it as a float (4294967296.0) or a bigint (4294967296n)
import type { f64 } from "../../../core/subset/index.js";
export function big(): f64 {
  return 4294967296;
}
