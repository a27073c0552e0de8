// expect: assign 10:10 a E holds one of its members
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
const enum E {
  A = 1,
  C = 3,
}
export function pick(v: i32): E {
  const r: E = E.A;
  if (v > 0) return r;
  return ((v & 1) + 1) | 0;
}
