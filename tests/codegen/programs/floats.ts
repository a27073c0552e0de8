// f64 and f32: arithmetic, rounding to f32, conversions, NaN comparisons, Math.
import type { i32, u32, f32, f64 } from "../../../core/subset/index.js";
import { out_kv_f64, out_kv_i32, out_kv_u32 } from "./lib/out.js";

function hypot2(x: f64, y: f64): f64 {
  return Math.sqrt(x * x + y * y);
}

function axpy32(a: f32, x: f32, y: f32): f32 {
  return Math.fround(a * x + y);
}

export function pyx_main(): i32 {
  out_kv_f64("hypot", hypot2(3, 4));
  out_kv_f64("third", 1 / 3);
  const a: f32 = Math.fround(0.1);
  const b: f32 = Math.fround(0.2);
  out_kv_f64("f32 0.1", a);
  out_kv_f64("f32 sum", Math.fround(a + b));
  out_kv_f64("f64 sum", a + b);
  out_kv_f64("axpy32", axpy32(Math.fround(1.5), Math.fround(3.25), Math.fround(1e-8)));
  const big: u32 = 4000000000;
  const n: i32 = -7;
  out_kv_f64("u32 to f64", big);
  out_kv_f64("i32 * 0.5", n * 0.5);
  out_kv_f64("fmod", 7.5 % 2);
  out_kv_f64("fmod neg", -7.5 % 2);
  out_kv_f64("floor", Math.floor(-0.5));
  out_kv_f64("ceil", Math.ceil(-0.5));
  out_kv_f64("trunc", Math.trunc(2.99));
  out_kv_f64("abs", Math.abs(-0.0));
  out_kv_f64("min(-0,0)", Math.min(-0.0, 0.0));
  out_kv_f64("max(-0,0)", Math.max(-0.0, 0.0));
  const nan: f64 = 0 / 0;
  out_kv_f64("min(nan,1)", Math.min(nan, 1.0));
  out_kv_i32("nan<1", nan < 1 ? 1 : 0);
  out_kv_i32("nan!==nan", nan !== nan ? 1 : 0);
  out_kv_i32("-0===0", -0.0 === 0.0 ? 1 : 0);
  out_kv_f64("sqrt(-1)", Math.sqrt(-1));
  out_kv_f64("1e308*10", 1e308 * 10);
  out_kv_f64("tiny", 5e-324 / 2);
  out_kv_f64("fround big", Math.fround(16777217));
  out_kv_i32("f2i 2^31", 2147483648.0 | 0);
  out_kv_i32("f2i -2^31-1", -2147483649.0 | 0);
  out_kv_i32("f2i 1e20", 1e20 | 0);
  out_kv_u32("f2u 2^32+5", (4294967296.0 + 5) >>> 0);
  let acc: f64 = 0;
  for (let i: i32 = 1; i <= 100; i++) acc = acc + 1 / i;
  out_kv_f64("harmonic", acc);
  let x: f64 = 1;
  x++;
  x--;
  x++;
  out_kv_f64("x", x);
  return 0;
}
