// The type of a subset expression, as the checker reasons about it.

import { INT_RANGES, EXACT_LIMIT, fits, type IntRange, type FloatName, type IntName, type ValueType } from "./scalar.js";

export interface IntType {
  kind: "int";
  /** bigint (i64/u64) rather than JavaScript number. */
  big: boolean;
  range: IntRange;
  /** May be -0 in JavaScript, where C has 0. */
  negZero: boolean;
  /** May be NaN in JavaScript (a % b with b possibly 0), where C has 0. */
  nan: boolean;
  /** The C type the emitted expression has. */
  c: IntName;
  /** Set when the value is known to be a member of this const enum. */
  enumName?: string;
}

export type ExprType =
  | IntType
  | { kind: "float"; name: FloatName }
  | { kind: "bool" }
  | { kind: "string" }
  | { kind: "void" }
  | { kind: "never" }
  | { kind: "fn"; type: Extract<ValueType, { kind: "fn" }> }
  /** Already reported: stops cascades of follow-on errors. */
  | { kind: "error" };

export const ERROR: ExprType = { kind: "error" };
export const BOOL: ExprType = { kind: "bool" };
export const F64: ExprType = { kind: "float", name: "f64" };
export const F32: ExprType = { kind: "float", name: "f32" };

export function intOf(range: IntRange, big: boolean, c?: IntName): IntType {
  return { kind: "int", big, range, negZero: false, nan: false, c: c ?? computeCType(range, big) };
}

/** The narrowest 32/64-bit C type that holds the range; the wrapping type when none does. */
export function computeCType(range: IntRange, big: boolean): IntName {
  if (big) return fits(range, "i64") ? "i64" : "u64";
  if (fits(range, "i32")) return "i32";
  return "u32";
}

export function named(name: IntName): IntType {
  return { kind: "int", big: name === "i64" || name === "u64", range: INT_RANGES[name], negZero: false, nan: false, c: promoted(name) };
}

/** C's integer promotion: narrow types compute as int (int32_t on every Pyxis target). */
export function promoted(name: IntName): IntName {
  return name === "u32" || name === "i64" || name === "u64" ? name : "i32";
}

/** Holds exactly in its C type: no wrap has happened or can be pending. */
export function bounded(t: IntType): boolean {
  return t.big ? fits(t.range, "i64") || fits(t.range, "u64") : fits(t.range, "i32") || fits(t.range, "u32");
}

/** Still exact in JavaScript (a number below 2^53 in magnitude; bigints always are). */
export function exact(t: IntType): boolean {
  return t.big || (t.range.lo > -EXACT_LIMIT && t.range.hi < EXACT_LIMIT);
}

export function typeOfValue(v: ValueType): ExprType {
  switch (v.kind) {
    case "int": return named(v.name);
    case "enum": return { ...intOf(v.range, false, "i32"), enumName: v.name };
    case "float": return { kind: "float", name: v.name };
    case "bool": return BOOL;
    case "string": return { kind: "string" };
    case "void": return { kind: "void" };
    case "never": return { kind: "never" };
    case "fn": return { kind: "fn", type: v };
  }
}
