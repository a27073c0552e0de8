// expect: module-level 3:1 enum Color must be a const enum
import type { i32 } from "../../../core/subset/index.js";
export enum Color {
  Red,
  Green,
}
export function red(): i32 {
  return Color.Red;
}
