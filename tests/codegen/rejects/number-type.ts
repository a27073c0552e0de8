// expect: annotation 2:25 'number' has no size: use i8, u8, i16, u16, i32, u32, f32 or f64
export function half(v: number): number {
  return v / 2;
}
