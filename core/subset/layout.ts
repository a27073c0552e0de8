// Struct layouts, declared once. `layout("Name", { field: kind, ... }, base?)` gives the
// TypeScript accessors here and, through the generator, the C struct with the same
// offsets (natural alignment, checked in C by _Static_assert). Use only at module level:
//
//   export const ListObj = layout("ListObj", { len: field_u32, items: field_ref }, ObjHeader);
//   ListObj.len.get(p); ListObj.len.set(p, n); ListObj.items.addr(p); ListObj.SIZE
//
// Fixed arrays inside a struct: `bytes: field_array(field_u8, 16)`, read with
// `S.bytes.get(p, i)`, written with `S.bytes.set(p, i, v)`.

import type { i8, u8, i16, u16, i32, u32, f32, f64, ref } from "./types.js";
import {
  load_u8, load_i8, load_u16, load_i16, load_u32, load_i32, load_f32, load_f64,
  store_u8, store_u16, store_u32, store_f32, store_f64,
} from "./memory.js";

/** What a field holds; T is the TypeScript type of its value. */
export interface FieldKind<T> {
  readonly size: u32;
  readonly load: (addr: u32) => T;
  readonly store: (addr: u32, v: T) => void;
  readonly __value?: T;
}

export interface ArrayKind<T> {
  readonly element: FieldKind<T>;
  readonly length: u32;
  readonly __array?: T;
}

export interface Field<T> {
  readonly offset: u32;
  get(p: ref): T;
  set(p: ref, v: T): void;
  addr(p: ref): u32;
}

export interface ArrayField<T> {
  readonly offset: u32;
  readonly length: u32;
  get(p: ref, i: u32): T;
  set(p: ref, i: u32, v: T): void;
  addr(p: ref): u32;
}

function kind<T>(size: u32, load: (a: u32) => T, store: (a: u32, v: T) => void): FieldKind<T> {
  return { size, load, store };
}

export const field_u8: FieldKind<u8> = kind(1, load_u8, store_u8);
export const field_i8: FieldKind<i8> = kind(1, load_i8, store_u8);
export const field_u16: FieldKind<u16> = kind(2, load_u16, store_u16);
export const field_i16: FieldKind<i16> = kind(2, load_i16, store_u16);
export const field_u32: FieldKind<u32> = kind(4, load_u32, store_u32);
export const field_i32: FieldKind<i32> = kind(4, load_i32, store_u32);
export const field_f32: FieldKind<f32> = kind(4, load_f32, store_f32);
export const field_f64: FieldKind<f64> = kind(8, load_f64, store_f64);
/** An arena address (object reference); 0 means none. */
export const field_ref: FieldKind<ref> = kind(4, load_u32, store_u32);

export function field_array<T>(element: FieldKind<T>, length: u32): ArrayKind<T> {
  return { element, length };
}

type AnyKind = FieldKind<number> | ArrayKind<number>;
type Accessors<S> = {
  readonly [K in keyof S]: S[K] extends ArrayKind<infer T> ? ArrayField<T> : S[K] extends FieldKind<infer T> ? Field<T> : never;
};
export type Layout<S> = Accessors<S> & { readonly SIZE: u32; readonly ALIGN: u32 };

/** Node's half of a layout declaration; the generator reads the same call to emit C. */
export function layout<S extends Record<string, AnyKind>, B = {}>(name: string, fields: S, base?: Layout<B>): Layout<S & B> {
  const out: Record<string, unknown> = {};
  let offset = 0;
  let align = 1;
  if (base !== undefined) {
    for (const [key, value] of Object.entries(base)) {
      if (key !== "SIZE" && key !== "ALIGN") out[key] = value;
    }
    offset = base.SIZE;
    align = base.ALIGN;
  }
  for (const [key, k] of Object.entries(fields)) {
    if (key === "SIZE" || key === "ALIGN" || key in out) throw new Error(`layout ${name}: field name '${key}' is taken`);
    const element = "element" in k ? k.element : k;
    offset = (offset + element.size - 1) & ~(element.size - 1);
    align = Math.max(align, element.size);
    const at = offset;
    if ("element" in k) {
      const size = element.size;
      const field: ArrayField<number> = {
        offset: at,
        length: k.length,
        get: (p, i) => {
          if (i >= k.length) throw new RangeError(`${name}.${key}[${i}] out of bounds`);
          return element.load(p + at + i * size);
        },
        set: (p, i, v) => {
          if (i >= k.length) throw new RangeError(`${name}.${key}[${i}] out of bounds`);
          element.store(p + at + i * size, v);
        },
        addr: (p) => p + at,
      };
      out[key] = field;
      offset += size * k.length;
    } else {
      const field: Field<number> = {
        offset: at,
        get: (p) => element.load(p + at),
        set: (p, v) => element.store(p + at, v),
        addr: (p) => p + at,
      };
      out[key] = field;
      offset += element.size;
    }
  }
  out.SIZE = (offset + align - 1) & ~(align - 1);
  out.ALIGN = align;
  return out as Layout<S & B>;
}
