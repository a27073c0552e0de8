// Sized integers: u8/i8/u16/i16 locals, masks that narrow, comparisons across signedness.
import type { i8, u8, i16, u16, i32, u32 } from "../../../core/subset/index.js";
import { out_kv_i32, out_kv_u32, out_str, out_nl } from "./lib/out.js";

function checksum(n: u32): u16 {
  let sum: u16 = 0;
  for (let i: u32 = 0; i < n; i++) {
    sum = (sum + (i & 0xff) * 31) & 0xffff;
  }
  return sum;
}

function sext16(v: u16): i16 {
  return (v << 16) >> 16;
}

/** Narrowed by conditions: in each branch the parameter's range is what the test proved. */
function digit_value(c: u8): u32 {
  if (c >= 48 && c <= 57) return c - 48;
  return 99;
}

function clamp_positive(x: i32): u32 {
  if (x < 0) return 0;
  const y: u32 = x;
  return y;
}

function to_upper(c: u8): u8 {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

export function pyx_main(): i32 {
  out_kv_u32("digit('7')", digit_value(55));
  out_kv_u32("digit('x')", digit_value(120));
  out_kv_u32("clamp(-5)", clamp_positive(-5));
  out_kv_u32("clamp(2147483647)", clamp_positive(2147483647));
  out_kv_i32("upper('q')", to_upper(113));
  out_kv_i32("upper('Q')", to_upper(81));
  let a: u8 = 250;
  a = (a + 10) & 0xff;
  out_kv_i32("u8 wrap", a);
  let b: i8 = 127;
  b = ((b + 1) << 24) >> 24;
  out_kv_i32("i8 wrap", b);
  out_kv_i32("sext16(0x8001)", sext16(0x8001));
  out_kv_i32("checksum", checksum(1000));
  const big: u32 = 0x80000000;
  const neg: i32 = -1;
  out_kv_i32("u32>i32", big > neg ? 1 : 0);
  out_kv_i32("u32===", big === 2147483648 ? 1 : 0);
  const w: u16 = 65535;
  const product: u32 = w * w;
  out_kv_u32("u16*u16", product);
  out_kv_i32("u16*u16>0", product > 0 ? 1 : 0);
  let x: u32 = 0xdeadbeef;
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x = (x ^ (x >>> 13)) >>> 0;
  out_kv_u32("mix", x);
  let s: i32 = 0;
  for (let i: i32 = 10; i > 0; i--) s = (s + Math.imul(i, i)) | 0;
  out_kv_i32("squares", s);
  let c: u32 = 0;
  for (let i: u32 = 5; i > 0; i--) c = (c + i) >>> 0;
  out_kv_u32("countdown", c);
  const m: i32 = Math.min(-3, 7);
  const M: u32 = Math.max(3, 4000000000);
  out_kv_i32("min", m);
  out_kv_u32("max", M);
  out_kv_i32("clz32(1)", Math.clz32(1));
  out_kv_i32("clz32(0)", Math.clz32(0));
  out_kv_u32("abs(min)", Math.abs(-2147483647 - 1));
  out_kv_i32("~5", ~5);
  out_kv_i32("neg&mask", -12345 & 0xfff);
  out_kv_u32("or sign", (0x7fffffff | 0x80000000) >>> 0);
  out_str("done");
  out_nl();
  return 0;
}
