// i64 and u64 through bigint: wrap with BigInt.asIntN/asUintN, shifts, masks, conversions.
import type { i32, i64, u64, u32 } from "../../../core/subset/index.js";
import { out_u64, out_i64, out_nl, out_str, out_kv_i32, out_kv_u32, out_kv_f64 } from "./lib/out.js";

function mul64(a: u64, b: u64): u64 {
  return BigInt.asUintN(64, a * b);
}

function fnv1a(n: i32): u64 {
  let h: u64 = 0xcbf29ce484222325n;
  for (let i: i32 = 0; i < n; i++) {
    h = BigInt.asUintN(64, (h ^ BigInt(i & 0xff)) * 0x100000001b3n);
  }
  return h;
}

export function pyx_main(): i32 {
  const max: i64 = 9223372036854775807n;
  out_str("max+1="); out_i64(BigInt.asIntN(64, max + 1n)); out_nl();
  out_str("mul="); out_u64(mul64(0xffffffffffffffffn, 3n)); out_nl();
  out_str("fnv="); out_u64(fnv1a(100)); out_nl();
  const x: i64 = -5n;
  out_str("shr="); out_i64(x >> 1n); out_nl();
  out_str("shl="); out_i64(BigInt.asIntN(64, x << 62n)); out_nl();
  const u: u32 = 0xffffffff;
  const wide: u64 = BigInt(u) * BigInt(u);
  out_str("u32*u32="); out_u64(wide); out_nl();
  out_kv_u32("low32", Number(BigInt.asUintN(32, wide)));
  out_kv_i32("lt", x < 0n ? 1 : 0);
  out_kv_f64("to f64", Number(max));
  out_kv_f64("to f64 neg", Number(x));
  return 0;
}
