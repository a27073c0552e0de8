// Integer normalization idioms and what each becomes in C.
import type { i8, u8, i32, u32, f64 } from "../../../core/subset/index.js";

export function wrap_add(a: i32, b: i32): i32 {
  return (a + b) | 0;
}

export function wrap_mul(a: u32, b: u32): u32 {
  return Math.imul(a, b) >>> 0;
}

export function narrow(v: i32): u8 {
  return v & 0xff;
}

export function sign_narrow(v: i32): i8 {
  return (v << 24) >> 24;
}

export function divide(a: i32, b: i32): i32 {
  return (a / b) | 0;
}

export function last_digit(a: u32): u32 {
  return a % 10;
}

export function to_int(x: f64): i32 {
  return x | 0;
}

export function average(a: u8, b: u8): f64 {
  return (a + b) / 2;
}

export function sum_to(n: i32): i32 {
  let s: i32 = 0;
  for (let i: i32 = 0; i < n; i++) s = (s + i) | 0;
  return s;
}
