// Integer edge cases: wrap, shifts, signed division, truncation, float conversion.
import type { i8, u8, i32, u32, f64 } from "../../../core/subset/index.js";
import { out_kv_i32, out_kv_u32, out_kv_f64 } from "./lib/out.js";

function add_i32(a: i32, b: i32): i32 {
  return (a + b) | 0;
}

function mul_u32(a: u32, b: u32): u32 {
  return Math.imul(a, b) >>> 0;
}

function to_u8(v: i32): u8 {
  return v & 0xff;
}

function to_i8(v: i32): i8 {
  return (v << 24) >> 24;
}

export function pyx_main(): i32 {
  const max: i32 = 2147483647;
  const min: i32 = -2147483648;
  out_kv_i32("max+1", add_i32(max, 1));
  out_kv_i32("min-1", (min - 1) | 0);
  out_kv_u32("u32max+1", (0xffffffff + 1) >>> 0);
  out_kv_u32("u32 mul", mul_u32(0xffffffff, 0xffffffff));
  out_kv_i32("imul", Math.imul(0x7fffffff, 0x7fffffff));
  for (let n: i32 = 0; n < 40; n = (n + 13) | 0) {
    out_kv_i32("1<<n", 1 << (n & 31));
    out_kv_i32("min>>n", min >> (n & 31));
    out_kv_u32("min>>>n", min >>> (n & 31));
  }
  const divisors: i32 = 7;
  out_kv_i32("-7/2", (-7 / 2) | 0);
  out_kv_i32("-7%2", (-7 % 2) | 0);
  out_kv_i32("7%-2", (7 % -2) | 0);
  out_kv_i32("min/-1", (min / -1) | 0);
  out_kv_i32("min%-1", (min % -1) | 0);
  out_kv_i32("x/0", (divisors / 0) | 0);
  out_kv_i32("x%0", (divisors % 0) | 0);
  out_kv_i32("u8(300)", to_u8(300));
  out_kv_i32("u8(-1)", to_u8(-1));
  out_kv_i32("i8(200)", to_i8(200));
  out_kv_i32("i8(-129)", to_i8(-129));
  const big: f64 = 3e10;
  const nan: f64 = 0 / 0;
  out_kv_i32("f2i 3e10", big | 0);
  out_kv_u32("f2u -1.5", -1.5 >>> 0);
  out_kv_i32("f2i -2.7", -2.7 | 0);
  out_kv_i32("f2i nan", nan | 0);
  out_kv_i32("f2i inf", Infinity | 0);
  out_kv_f64("nan", nan);
  out_kv_f64("inf", 1 / 0);
  out_kv_f64("-inf", -1 / 0);
  out_kv_f64("-0", -0.0);
  out_kv_f64("1/-0", 1 / -0.0);
  out_kv_f64("0.1+0.2", 0.1 + 0.2);
  out_kv_f64("trunc", Math.trunc(-2.5));
  out_kv_f64("floor", Math.floor(-2.5));
  return 0;
}
