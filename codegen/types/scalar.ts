// The subset's value types as the generator sees them. Integers carry the interval of
// values they can hold; an expression's interval is what the checker reasons with.

export type IntName = "i8" | "u8" | "i16" | "u16" | "i32" | "u32" | "i64" | "u64";
export type FloatName = "f32" | "f64";

/** Integer values: `family` tells JavaScript number from bigint. Bounds are exact bigints. */
export interface IntRange {
  lo: bigint;
  hi: bigint;
}

export const INT_RANGES: Record<IntName, IntRange> = {
  i8: { lo: -128n, hi: 127n },
  u8: { lo: 0n, hi: 255n },
  i16: { lo: -32768n, hi: 32767n },
  u16: { lo: 0n, hi: 65535n },
  i32: { lo: -2147483648n, hi: 2147483647n },
  u32: { lo: 0n, hi: 4294967295n },
  i64: { lo: -(2n ** 63n), hi: 2n ** 63n - 1n },
  u64: { lo: 0n, hi: 2n ** 64n - 1n },
};

export const C_INT: Record<IntName, string> = {
  i8: "int8_t", u8: "uint8_t", i16: "int16_t", u16: "uint16_t",
  i32: "int32_t", u32: "uint32_t", i64: "int64_t", u64: "uint64_t",
};

/** JavaScript numbers are exact integers up to 2^53; past that, arithmetic rounds. */
export const EXACT_LIMIT = 2n ** 53n;

export function isBigFamily(name: IntName): boolean {
  return name === "i64" || name === "u64";
}

export function fits(r: IntRange, name: IntName): boolean {
  const t = INT_RANGES[name];
  return r.lo >= t.lo && r.hi <= t.hi;
}

/** The storage types a value type can be declared with. */
export type ValueType =
  | { kind: "int"; name: IntName }
  | { kind: "float"; name: FloatName }
  | { kind: "bool" }
  | { kind: "string" }
  | { kind: "void" }
  | { kind: "never" }
  /** A function type alias: `type BinOp = (a: i32, b: i32) => i32`. */
  | { kind: "fn"; alias: string; params: ValueType[]; result: ValueType }
  /** A const enum: stored as i32, values within its members' range. */
  | { kind: "enum"; name: string; range: IntRange };

export function cTypeOf(t: ValueType): string {
  switch (t.kind) {
    case "int": return C_INT[t.name];
    case "float": return t.name === "f32" ? "float" : "double";
    case "bool": return "bool";
    case "string": return "pyx_str";
    case "void": return "void";
    case "never": return "void";
    case "fn": return t.alias;
    case "enum": return "int32_t";
  }
}

export function sameType(a: ValueType, b: ValueType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "int": return a.name === (b as typeof a).name;
    case "float": return a.name === (b as typeof a).name;
    case "fn": return a.alias === (b as typeof a).alias;
    case "enum": return a.name === (b as typeof a).name;
    default: return true;
  }
}

export function describe(t: ValueType): string {
  switch (t.kind) {
    case "int": case "float": return t.name;
    case "fn": return t.alias;
    case "enum": return t.name;
    default: return t.kind === "bool" ? "bool" : t.kind;
  }
}

/** The integer range of a storage type, or undefined when it holds no integers. */
export function intRangeOf(t: ValueType): IntRange | undefined {
  if (t.kind === "int") return INT_RANGES[t.name];
  if (t.kind === "enum") return t.range;
  return undefined;
}
