// A second module: exported constants, state and functions used across modules.
import type { i32 } from "../../../../core/subset/index.js";
import { LATE_BASE } from "./z_consts.js";

export const COUNTER_START: i32 = LATE_BASE + 10;
export let counter: i32 = COUNTER_START;

export function bump(): void {
  counter = (counter + 1) | 0;
}

export function helper_twice(a: i32, b: i32): i32 {
  return (Math.imul(a, 2) + b) | 0;
}
