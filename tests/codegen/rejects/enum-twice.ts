// expect: c-name lib/kinds.ts:2:1 'Kind' is also a type in enum-twice.ts
import type { i32, u8, u32, i64, u64, bool } from "../../../core/subset/index.js";
import { one } from "./lib/kinds.js";
const enum Kind {
  Two = 2,
}
export function sum(): i32 {
  return (one() + Kind.Two) | 0;
}
