// Output for the generator's test programs: decimal and hex integers, exact float bits,
// and text, through the HAL. Written in the subset, so it is itself under test.

import { store_u8, store_f64, load_u32, type i32, type u32, type f64, type i64, type u64 } from "../../../../core/subset/index.js";

/** Scratch bytes in the arena for formatting (the programs use addresses from 256 up). */
const SCRATCH: u32 = 64;
const HEX: string = "0123456789abcdef";

export function out_str(s: string): void {
  hal_stdout_write_str(s);
}

export function out_nl(): void {
  hal_stdout_write_str("\n");
}

export function out_u32(v: u32): void {
  let n: u32 = v;
  const end: u32 = SCRATCH + 24;
  let pos: u32 = end;
  do {
    pos = (pos - 1) >>> 0;
    store_u8(pos, 48 + (n % 10));
    n = (n / 10) >>> 0;
  } while (n !== 0);
  hal_stdout_write(pos, (end - pos) >>> 0);
}

export function out_i32(v: i32): void {
  if (v < 0) out_str("-");
  out_u32(Math.abs(v));
}

export function out_hex(v: u32): void {
  for (let shift: i32 = 28; shift >= 0; shift = (shift - 4) | 0) {
    store_u8(SCRATCH, HEX.charCodeAt((v >>> (shift & 31)) & 15));
    hal_stdout_write(SCRATCH, 1);
  }
}

/** A double's exact bits, high word first: NaN, infinities and -0.0 print distinctly. */
export function out_f64(x: f64): void {
  store_f64(SCRATCH + 32, x);
  out_hex(load_u32(SCRATCH + 36));
  out_hex(load_u32(SCRATCH + 32));
}

export function out_u64(v: u64): void {
  out_hex(Number(BigInt.asUintN(32, v >> 32n)));
  out_hex(Number(BigInt.asUintN(32, v & 0xffffffffn)));
}

export function out_i64(v: i64): void {
  out_u64(BigInt.asUintN(64, v));
}

/** label=value lines keep expected output readable. */
export function out_kv_i32(label: string, v: i32): void {
  out_str(label);
  out_str("=");
  out_i32(v);
  out_nl();
}

export function out_kv_u32(label: string, v: u32): void {
  out_str(label);
  out_str("=");
  out_u32(v);
  out_nl();
}

export function out_kv_f64(label: string, v: f64): void {
  out_str(label);
  out_str("=");
  out_f64(v);
  out_nl();
}
