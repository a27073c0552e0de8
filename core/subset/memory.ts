// The linear arena. In C it is `pyx_mem`, a byte array owned by the port; in Node it is
// one ArrayBuffer seen through typed-array views (little-endian, like every Pyxis target).
// 16-, 32- and 64-bit accesses must be naturally aligned: Cortex-M0+ faults otherwise,
// so the Node build checks alignment and fails loudly where the firmware would fault.

import type { i8, u8, i16, u16, i32, u32, f32, f64 } from "./types.js";

let buffer = new ArrayBuffer(0);
let U8 = new Uint8Array(buffer);
let I8 = new Int8Array(buffer);
let U16 = new Uint16Array(buffer);
let I16 = new Int16Array(buffer);
let U32 = new Uint32Array(buffer);
let I32 = new Int32Array(buffer);
let F32 = new Float32Array(buffer);
let F64 = new Float64Array(buffer);

function misaligned(addr: number, size: number): never {
  throw new RangeError(`misaligned ${size}-byte access at 0x${addr.toString(16)}`);
}

function outside(addr: number, size: number): never {
  throw new RangeError(`${size}-byte access at 0x${addr.toString(16)} outside the ${buffer.byteLength}-byte arena`);
}

/** Node only: give the arena `size` bytes, all zero (the port does this in C). */
export function mem_init(size: number): void {
  buffer = new ArrayBuffer(size);
  U8 = new Uint8Array(buffer);
  I8 = new Int8Array(buffer);
  U16 = new Uint16Array(buffer);
  I16 = new Int16Array(buffer);
  U32 = new Uint32Array(buffer);
  I32 = new Int32Array(buffer);
  F32 = new Float32Array(buffer);
  F64 = new Float64Array(buffer);
}

/** Node only: the arena's bytes, for the JavaScript HAL. */
export function mem_bytes(): Uint8Array {
  return U8;
}

export function mem_size(): u32 {
  return buffer.byteLength;
}

export function load_u8(addr: u32): u8 {
  if (addr >= U8.length) outside(addr, 1);
  return U8[addr]!;
}
export function load_i8(addr: u32): i8 {
  if (addr >= I8.length) outside(addr, 1);
  return I8[addr]!;
}
export function load_u16(addr: u32): u16 {
  if (addr & 1) misaligned(addr, 2);
  if (addr >= U8.length) outside(addr, 2);
  return U16[addr >>> 1]!;
}
export function load_i16(addr: u32): i16 {
  if (addr & 1) misaligned(addr, 2);
  if (addr >= U8.length) outside(addr, 2);
  return I16[addr >>> 1]!;
}
export function load_u32(addr: u32): u32 {
  if (addr & 3) misaligned(addr, 4);
  if (addr >= U8.length) outside(addr, 4);
  return U32[addr >>> 2]!;
}
export function load_i32(addr: u32): i32 {
  if (addr & 3) misaligned(addr, 4);
  if (addr >= U8.length) outside(addr, 4);
  return I32[addr >>> 2]!;
}
export function load_f32(addr: u32): f32 {
  if (addr & 3) misaligned(addr, 4);
  if (addr >= U8.length) outside(addr, 4);
  return F32[addr >>> 2]!;
}
export function load_f64(addr: u32): f64 {
  if (addr & 7) misaligned(addr, 8);
  if (addr >= U8.length) outside(addr, 8);
  return F64[addr >>> 3]!;
}

// NaN's sign and payload differ between hardware and JavaScript engines: every NaN stored
// is the one quiet NaN (as pyx_canon_f32/f64 do in C), so the arena's bytes agree.
// Stores take any integer of any width: the typed array keeps the low bits, exactly
// as C's conversion to the narrower unsigned type does.
export function store_u8(addr: u32, v: i32): void {
  if (addr >= U8.length) outside(addr, 1);
  U8[addr] = v;
}
export function store_u16(addr: u32, v: i32): void {
  if (addr & 1) misaligned(addr, 2);
  if (addr >= U8.length) outside(addr, 2);
  U16[addr >>> 1] = v;
}
export function store_u32(addr: u32, v: i32): void {
  if (addr & 3) misaligned(addr, 4);
  if (addr >= U8.length) outside(addr, 4);
  U32[addr >>> 2] = v;
}
export function store_f32(addr: u32, v: f32): void {
  if (addr & 3) misaligned(addr, 4);
  if (addr >= U8.length) outside(addr, 4);
  F32[addr >>> 2] = v === v ? v : NaN;
}
export function store_f64(addr: u32, v: f64): void {
  if (addr & 7) misaligned(addr, 8);
  if (addr >= U8.length) outside(addr, 8);
  F64[addr >>> 3] = v === v ? v : NaN;
}

/** memmove semantics: the ranges may overlap. */
export function mem_copy(dst: u32, src: u32, len: u32): void {
  if (src + len > U8.length || dst + len > U8.length) outside(Math.max(src, dst), len);
  U8.copyWithin(dst, src, src + len);
}

export function mem_fill(dst: u32, value: u8, len: u32): void {
  if (dst + len > U8.length) outside(dst, len);
  U8.fill(value, dst, dst + len);
}

/** memcmp semantics: <0, 0 or >0. */
export function mem_compare(a: u32, b: u32, len: u32): i32 {
  if (a + len > U8.length || b + len > U8.length) outside(Math.max(a, b), len);
  for (let i = 0; i < len; i++) {
    const d = U8[a + i]! - U8[b + i]!;
    if (d !== 0) return d;
  }
  return 0;
}
