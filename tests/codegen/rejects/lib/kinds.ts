import type { i32, u8, u32, i64, u64, bool } from "../../../../core/subset/index.js";
const enum Kind {
  One = 1,
}
export function one(): i32 {
  return Kind.One;
}
