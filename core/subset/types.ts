// The scalar vocabulary of the Pyxis TypeScript subset.
// Every alias is a JavaScript number (bool: boolean, 64-bit: bigint); the generator
// reads the alias name to pick the C type, and its value range to check that no
// integer result can silently leave its type (see codegen/SUBSET.md).

export type i8 = number;
export type u8 = number;
export type i16 = number;
export type u16 = number;
export type i32 = number;
export type u32 = number;
export type i64 = bigint;
export type u64 = bigint;
export type f32 = number;
export type f64 = number;
export type bool = boolean;

/** A 32-bit arena address: an object reference, or 0 for none. */
export type ref = u32;
