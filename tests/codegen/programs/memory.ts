// The arena: loads and stores of every width, alignment-respecting addresses, copy/fill/compare.
import {
  load_u8, load_i8, load_u16, load_i16, load_u32, load_i32, load_f32, load_f64,
  store_u8, store_u16, store_u32, store_f32, store_f64, mem_copy, mem_fill, mem_compare, mem_size,
  type i32, type u32,
} from "../../../core/subset/index.js";
import { out_kv_i32, out_kv_u32, out_kv_f64 } from "./lib/out.js";

const BASE: u32 = 256;

export function pyx_main(): i32 {
  store_u32(BASE, 0x80ff7f01);
  out_kv_u32("u8", load_u8(BASE));
  out_kv_i32("i8 hi", load_i8(BASE + 2));
  out_kv_i32("i8 top", load_i8(BASE + 3));
  out_kv_u32("u16", load_u16(BASE + 2));
  out_kv_i32("i16", load_i16(BASE + 2));
  out_kv_u32("u32", load_u32(BASE));
  out_kv_i32("i32", load_i32(BASE));
  store_u8(BASE + 4, 300);
  store_u8(BASE + 5, -1);
  store_u16(BASE + 6, 0x12345);
  out_kv_u32("wrapped stores", load_u32(BASE + 4));
  const p: u32 = BASE + 8;
  store_u32(p, (0xffffffff + 2) >>> 0);
  store_u32((p + 4) >>> 0, -2);
  out_kv_u32("u32 -2", load_u32(p + 4));
  store_f64(BASE + 16, 1.5);
  out_kv_f64("f64", load_f64(BASE + 16));
  store_f32(BASE + 24, 0.1);
  out_kv_f64("f32 rounded", load_f32(BASE + 24));
  store_f64(BASE + 32, 0 / 0);
  out_kv_u32("nan hi", load_u32(BASE + 36));
  store_f32(BASE + 40, -0.0 / 0.0);
  out_kv_u32("nan32", load_u32(BASE + 40));
  for (let i: u32 = 0; i < 16; i++) store_u8(BASE + 64 + i, i * 7);
  mem_copy(BASE + 66, BASE + 64, 8);
  out_kv_u32("overlap copy", load_u32(BASE + 68));
  mem_fill(BASE + 80, 0xab, 4);
  out_kv_u32("fill", load_u32(BASE + 80));
  store_u8(BASE + 96, 1);
  store_u8(BASE + 100, 2);
  out_kv_i32("compare <", mem_compare(BASE + 96, BASE + 100, 4) < 0 ? 1 : 0);
  out_kv_i32("compare =", mem_compare(BASE + 64, BASE + 64, 16));
  out_kv_i32("arena >= 1MiB", mem_size() >= 1048576 ? 1 : 0);
  for (let k: i32 = 0; k < 2; k++) out_kv_u32("pick", load_u8(k === 1 ? BASE + 65 : BASE));
  return 0;
}
