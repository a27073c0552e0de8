// Struct layouts declared once: accessors in TypeScript, a C struct with checked offsets.
import {
  layout, field_u8, field_i8, field_u16, field_i16, field_u32, field_i32, field_f32, field_f64, field_ref, field_array,
  load_u8, type i32, type u32, type ref,
} from "../../../core/subset/index.js";
import { out_kv_i32, out_kv_u32, out_kv_f64 } from "./lib/out.js";

export const Header = layout("Header", { type: field_u16, flags: field_u8, mark: field_i8 });
export const Point = layout("Point", { x: field_f64, tag: field_i16, id: field_u32, next: field_ref }, Header);
const Packet = layout("Packet", { len: field_u8, bytes: field_array(field_u8, 13), crc: field_u32, scale: field_f32, delta: field_i32 });

const POINTS: u32 = 1024;

function point_at(i: u32): ref {
  return (POINTS + Math.imul(i, Point.SIZE)) >>> 0;
}

export function pyx_main(): i32 {
  out_kv_u32("Header.SIZE", Header.SIZE);
  out_kv_u32("Point.SIZE", Point.SIZE);
  out_kv_u32("Point.x.offset", Point.x.offset);
  out_kv_u32("Point.next.offset", Point.next.offset);
  out_kv_u32("Packet.SIZE", Packet.SIZE);
  out_kv_u32("Packet.crc.offset", Packet.crc.offset);
  for (let i: u32 = 0; i < 4; i++) {
    const p: ref = point_at(i);
    Point.type.set(p, 0x10000 + i);
    Point.flags.set(p, i * 100);
    Point.mark.set(p, 200);
    Point.x.set(p, i * 1.25);
    Point.tag.set(p, -i);
    Point.id.set(p, 0xfffffff0 + i);
    Point.next.set(p, i < 3 ? point_at((i + 1) >>> 0) : 0);
  }
  let sum: u32 = 0;
  let steps: i32 = 0;
  for (let p: ref = point_at(0); p !== 0; p = Point.next.get(p)) {
    sum = (sum + Point.id.get(p) + Point.type.get(p) + Point.flags.get(p)) >>> 0;
    out_kv_f64("x", Point.x.get(p));
    out_kv_i32("tag", Point.tag.get(p));
    out_kv_i32("mark", Point.mark.get(p));
    steps = (steps + 1) | 0;
  }
  out_kv_u32("sum", sum);
  out_kv_i32("steps", steps);
  const k: ref = 2048;
  Packet.len.set(k, 13);
  for (let i: u32 = 0; i < 13; i++) Packet.bytes.set(k, i, (i * 37) & 0xff);
  Packet.crc.set(k, 0xcafebabe);
  Packet.scale.set(k, 0.1);
  Packet.delta.set(k, -42);
  let total: u32 = 0;
  for (let i: u32 = 0; i < Packet.len.get(k); i++) total = (total + Packet.bytes.get(k, i)) >>> 0;
  out_kv_u32("bytes total", total);
  out_kv_u32("byte 5 via addr", load_u8(Packet.bytes.addr(k) + 5));
  out_kv_u32("crc", Packet.crc.get(k));
  out_kv_f64("scale", Packet.scale.get(k));
  out_kv_i32("delta", Packet.delta.get(k));
  return 0;
}
