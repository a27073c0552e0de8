// A growable byte buffer in the heap (MicroPython's vstr): where str(), repr() and the
// compiler build text. The buffer object holds the address of its data, a separate
// heap object that grows by reallocation.

import { layout, field_ref, field_u32, store_u8, mem_copy, type u8, type u32, type ref, type bool } from "./subset/index.js";
import { gc_alloc, gc_realloc, gc_root_push, gc_root_restore } from "./gc.js";

export const Vstr = layout("Vstr", { data: field_ref, len: field_u32, cap: field_u32 });

/** A new empty buffer with room for cap bytes, or 0 when the heap is full. */
export function vstr_new(cap: u32): ref {
  const v: ref = gc_alloc(Vstr.SIZE);
  if (v === 0) return 0;
  const depth: u32 = gc_root_push(v);
  const data: ref = gc_alloc(cap === 0 ? 16 : cap);
  gc_root_restore(depth);
  if (data === 0) return 0;
  Vstr.data.set(v, data);
  Vstr.cap.set(v, cap === 0 ? 16 : cap);
  return v;
}

export function vstr_len(v: ref): u32 {
  return Vstr.len.get(v);
}

export function vstr_data(v: ref): u32 {
  return Vstr.data.get(v);
}

export function vstr_reset(v: ref): void {
  Vstr.len.set(v, 0);
}

/** Room for n more bytes; false when the heap cannot provide it (the buffer is unchanged). */
export function vstr_reserve(v: ref, n: u32): bool {
  const len: u32 = Vstr.len.get(v);
  const need: u32 = (len + n) >>> 0;
  if (need < len) return false;
  const cap: u32 = Vstr.cap.get(v);
  if (need <= cap) return true;
  let grown: u32 = (cap + (cap >>> 1) + 16) >>> 0;
  if (grown < need) grown = need;
  const depth: u32 = gc_root_push(v);
  const data: ref = gc_realloc(Vstr.data.get(v), grown);
  gc_root_restore(depth);
  if (data === 0) return false;
  Vstr.data.set(v, data);
  Vstr.cap.set(v, grown);
  return true;
}

export function vstr_add_bytes(v: ref, addr: u32, n: u32): bool {
  if (!vstr_reserve(v, n)) return false;
  const len: u32 = Vstr.len.get(v);
  mem_copy(Vstr.data.get(v) + len, addr, n);
  Vstr.len.set(v, (len + n) >>> 0);
  return true;
}

export function vstr_add_byte(v: ref, b: u8): bool {
  if (!vstr_reserve(v, 1)) return false;
  const len: u32 = Vstr.len.get(v);
  store_u8(Vstr.data.get(v) + len, b);
  Vstr.len.set(v, (len + 1) >>> 0);
  return true;
}

export function vstr_add_str(v: ref, s: string): bool {
  if (!vstr_reserve(v, s.length)) return false;
  const len: u32 = Vstr.len.get(v);
  const data: u32 = Vstr.data.get(v);
  for (let i: u32 = 0; i < s.length; i++) store_u8(data + len + i, s.charCodeAt(i));
  Vstr.len.set(v, (len + s.length) >>> 0);
  return true;
}
