// MicroPython's bytecode as data: the opcode numbers of py/bc0.h (.mpy version 6, the
// format of MicroPython 1.19 and later; see core/MPY.md), each opcode's operand kind and
// stack effect as tables, and the encodings of py/bc.h and py/emitbc.c: variable-length
// unsigned and signed ints, the two-part prelude (signature, then sizes), the line-number
// table of the source info section, and the 1- or 2-byte jump offsets.
//
// Decoders read arena memory through one cursor (bc_cursor_set) and never read past its
// end: a read past it gives 0 and makes bc_cursor_ok() false, so corrupt input is reported,
// never a crash.

import { load_u8, type u8, type i8, type i32, type u32, type bool, type ref } from "./subset/index.js";
import { vstr_add_byte } from "./vstr.js";

/** Opcodes, with MicroPython's names and numbers (py/bc0.h). */
export const enum Op {
  LOAD_CONST_STRING = 0x10,
  LOAD_NAME = 0x11,
  LOAD_GLOBAL = 0x12,
  LOAD_ATTR = 0x13,
  LOAD_METHOD = 0x14,
  LOAD_SUPER_METHOD = 0x15,
  STORE_NAME = 0x16,
  STORE_GLOBAL = 0x17,
  STORE_ATTR = 0x18,
  DELETE_NAME = 0x19,
  DELETE_GLOBAL = 0x1a,
  IMPORT_NAME = 0x1b,
  IMPORT_FROM = 0x1c,
  MAKE_CLOSURE = 0x20,
  MAKE_CLOSURE_DEFARGS = 0x21,
  LOAD_CONST_SMALL_INT = 0x22,
  LOAD_CONST_OBJ = 0x23,
  LOAD_FAST_N = 0x24,
  LOAD_DEREF = 0x25,
  STORE_FAST_N = 0x26,
  STORE_DEREF = 0x27,
  DELETE_FAST = 0x28,
  DELETE_DEREF = 0x29,
  BUILD_TUPLE = 0x2a,
  BUILD_LIST = 0x2b,
  BUILD_MAP = 0x2c,
  BUILD_SET = 0x2d,
  BUILD_SLICE = 0x2e,
  STORE_COMP = 0x2f,
  UNPACK_SEQUENCE = 0x30,
  UNPACK_EX = 0x31,
  MAKE_FUNCTION = 0x32,
  MAKE_FUNCTION_DEFARGS = 0x33,
  CALL_FUNCTION = 0x34,
  CALL_FUNCTION_VAR_KW = 0x35,
  CALL_METHOD = 0x36,
  CALL_METHOD_VAR_KW = 0x37,
  UNWIND_JUMP = 0x40,
  JUMP = 0x42,
  POP_JUMP_IF_TRUE = 0x43,
  POP_JUMP_IF_FALSE = 0x44,
  JUMP_IF_TRUE_OR_POP = 0x45,
  JUMP_IF_FALSE_OR_POP = 0x46,
  SETUP_WITH = 0x47,
  SETUP_EXCEPT = 0x48,
  SETUP_FINALLY = 0x49,
  POP_EXCEPT_JUMP = 0x4a,
  FOR_ITER = 0x4b,
  LOAD_CONST_FALSE = 0x50,
  LOAD_CONST_NONE = 0x51,
  LOAD_CONST_TRUE = 0x52,
  LOAD_NULL = 0x53,
  LOAD_BUILD_CLASS = 0x54,
  LOAD_SUBSCR = 0x55,
  STORE_SUBSCR = 0x56,
  DUP_TOP = 0x57,
  DUP_TOP_TWO = 0x58,
  POP_TOP = 0x59,
  ROT_TWO = 0x5a,
  ROT_THREE = 0x5b,
  WITH_CLEANUP = 0x5c,
  END_FINALLY = 0x5d,
  GET_ITER = 0x5e,
  GET_ITER_STACK = 0x5f,
  STORE_MAP = 0x62,
  RETURN_VALUE = 0x63,
  RAISE_LAST = 0x64,
  RAISE_OBJ = 0x65,
  RAISE_FROM = 0x66,
  YIELD_VALUE = 0x67,
  YIELD_FROM = 0x68,
  IMPORT_STAR = 0x69,
  /** 64 opcodes: the small ints -16..47, value + 16 added. */
  LOAD_CONST_SMALL_INT_MULTI = 0x70,
  /** 16 opcodes each: locals 0..15. */
  LOAD_FAST_MULTI = 0xb0,
  STORE_FAST_MULTI = 0xc0,
  /** UNARY_OP_NUM_BYTECODE (4) unary, then BINARY_OP_NUM_BYTECODE (35) binary operators. */
  UNARY_OP_MULTI = 0xd0,
  BINARY_OP_MULTI = 0xd7,
}

export const SMALL_INT_MULTI_EXCESS: i32 = 16;
export const SMALL_INT_MULTI_NUM: i32 = 64;
export const FAST_MULTI_NUM: u32 = 16;
export const UNARY_OP_NUM_BYTECODE: u32 = 4;
export const BINARY_OP_NUM_BYTECODE: u32 = 35;
/** MP_OBJ_ITER_BUF_NSLOTS: the stack slots GET_ITER_STACK reserves for an iterator. */
export const ITER_BUF_NSLOTS: i32 = 4;
/** Unary operator NOT (MP_UNARY_OP_NOT), used to invert `in` and `is`. */
export const UNARY_OP_NOT: u32 = 3;

/** Scope flags (py/runtime0.h); the signature keeps the low four (MP_SCOPE_FLAG_ALL_SIG). */
export const SCOPE_FLAG_GENERATOR: u32 = 0x01;
export const SCOPE_FLAG_VARKEYWORDS: u32 = 0x02;
export const SCOPE_FLAG_VARARGS: u32 = 0x04;
export const SCOPE_FLAG_DEFKWARGS: u32 = 0x08;
export const SCOPE_FLAG_ALL_SIG: u32 = 0x0f;

/** What follows an opcode in the bytecode. */
export const enum Operand {
  /** Nothing: the opcode alone (or an opcode of the multi ranges). */
  None = 0,
  /** A var uint: index into the module's qstr table. */
  Qstr = 1,
  /** A var uint: a count or a local number. */
  Uint = 2,
  /** A signed var int (LOAD_CONST_SMALL_INT). */
  Sint = 3,
  /** A var uint: index into the module's constant object table. */
  Obj = 4,
  /** A var uint: index into the function's children. */
  Child = 5,
  /** A jump offset, 1 or 2 bytes, signed (excess 0x40 / 0x4000). */
  SignedLabel = 6,
  /** A jump offset, 1 or 2 bytes, unsigned (always forward). */
  UnsignedLabel = 7,
  /** Not an opcode. */
  Invalid = 8,
}

/** Operand kind of opcodes 0x00..0x6f (the multi ranges above take none). */
const OPERAND: readonly u8[] = [
  8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 8, 8,
  5, 5, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 5, 5, 2, 2, 2, 2, 8, 8, 8, 8, 8, 8, 8, 8,
  6, 8, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  8, 8, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 8, 8, 8, 8,
];

/** Marks a stack effect that depends on the operand (bc_stack_effect computes it). */
export const STACK_VAR: i32 = 99;

/** Stack effect of opcodes 0x00..0x6f, as py/emitbc.c adjusts it. */
const STACK: readonly i8[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 1, 0, 1, -1, -1, -1, -2, 0, 0, -1, 1, 0, 0, 0,
  99, 99, 1, 1, 1, 1, -1, -1, 0, 0, 99, 99, 1, 99, 99, 99,
  99, 99, 1, -1, 99, 99, 99, 99, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, -1, -1, -1, -1, 2, 0, 0, 0, 1, 0, 0, 0, 0,
  1, 1, 1, 1, 1, -1, -3, 1, 2, -1, 0, 0, 2, -1, 0, 3,
  0, 0, -2, -1, 0, -1, -2, 0, -1, -1, 0, 0, 0, 0, 0, 0,
];

/** Names of opcodes 0x00..0x6f as MicroPython's showbc prints them ("" for none). */
const NAME: readonly string[] = [
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
  "LOAD_CONST_STRING", "LOAD_NAME", "LOAD_GLOBAL", "LOAD_ATTR", "LOAD_METHOD", "LOAD_SUPER_METHOD",
  "STORE_NAME", "STORE_GLOBAL", "STORE_ATTR", "DELETE_NAME", "DELETE_GLOBAL", "IMPORT_NAME", "IMPORT_FROM",
  "", "", "",
  "MAKE_CLOSURE", "MAKE_CLOSURE_DEFARGS", "LOAD_CONST_SMALL_INT", "LOAD_CONST_OBJ", "LOAD_FAST_N",
  "LOAD_DEREF", "STORE_FAST_N", "STORE_DEREF", "DELETE_FAST", "DELETE_DEREF", "BUILD_TUPLE", "BUILD_LIST",
  "BUILD_MAP", "BUILD_SET", "BUILD_SLICE", "STORE_COMP",
  "UNPACK_SEQUENCE", "UNPACK_EX", "MAKE_FUNCTION", "MAKE_FUNCTION_DEFARGS", "CALL_FUNCTION",
  "CALL_FUNCTION_VAR_KW", "CALL_METHOD", "CALL_METHOD_VAR_KW", "", "", "", "", "", "", "", "",
  "UNWIND_JUMP", "", "JUMP", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_FALSE", "JUMP_IF_TRUE_OR_POP",
  "JUMP_IF_FALSE_OR_POP", "SETUP_WITH", "SETUP_EXCEPT", "SETUP_FINALLY", "POP_EXCEPT_JUMP", "FOR_ITER",
  "", "", "", "",
  "LOAD_CONST_FALSE", "LOAD_CONST_NONE", "LOAD_CONST_TRUE", "LOAD_NULL", "LOAD_BUILD_CLASS", "LOAD_SUBSCR",
  "STORE_SUBSCR", "DUP_TOP", "DUP_TOP_TWO", "POP_TOP", "ROT_TWO", "ROT_THREE", "WITH_CLEANUP",
  "END_FINALLY", "GET_ITER", "GET_ITER_STACK",
  "", "", "STORE_MAP", "RETURN_VALUE", "RAISE_LAST", "RAISE_OBJ", "RAISE_FROM", "YIELD_VALUE",
  "YIELD_FROM", "IMPORT_STAR", "", "", "", "", "", "",
];

/** Operator names after UNARY_OP / BINARY_OP, as tools/mpy-tool.py prints them. */
export const UNARY_OP_NAME: readonly string[] = ["__pos__", "__neg__", "__invert__", "<not>"];
export const BINARY_OP_NAME: readonly string[] = [
  "__lt__", "__gt__", "__eq__", "__le__", "__ge__", "__ne__", "<in>", "<is>", "<exception match>",
  "__ior__", "__ixor__", "__iand__", "__ilshift__", "__irshift__", "__iadd__", "__isub__", "__imul__",
  "__imatmul__", "__ifloordiv__", "__itruediv__", "__imod__", "__ipow__",
  "__or__", "__xor__", "__and__", "__lshift__", "__rshift__", "__add__", "__sub__", "__mul__",
  "__matmul__", "__floordiv__", "__truediv__", "__mod__", "__pow__",
];

/** The operand kind of any opcode byte. */
export function bc_operand(op: u32): Operand {
  if (op < 0x70) {
    switch (OPERAND[op]!) {
      case 0: return Operand.None;
      case 1: return Operand.Qstr;
      case 2: return Operand.Uint;
      case 3: return Operand.Sint;
      case 4: return Operand.Obj;
      case 5: return Operand.Child;
      case 6: return Operand.SignedLabel;
      case 7: return Operand.UnsignedLabel;
      default: return Operand.Invalid;
    }
  }
  if (op >= 0xd4 && op < Op.BINARY_OP_MULTI) return Operand.Invalid;
  if (op >= Op.BINARY_OP_MULTI + BINARY_OP_NUM_BYTECODE) return Operand.Invalid;
  return Operand.None;
}

/** MP_BC_MASK_EXTRA_BYTE: MAKE_CLOSURE(_DEFARGS) and UNWIND_JUMP carry one more byte. */
export function bc_has_extra_byte(op: u32): bool {
  return (op & 0x9e) === 0;
}

/** The showbc name of an opcode below 0x70 ("" for the multi ranges and invalid bytes). */
export function bc_name(op: u32): string {
  return op < 0x70 ? NAME[op]! : "";
}

/** The stack effect of an opcode with its operand (arg) and extra byte. */
export function bc_stack_effect(op: u32, arg: u32, extra: u32): i32 {
  if (op >= 0x70) {
    if (op < Op.STORE_FAST_MULTI) return 1;
    if (op < Op.UNARY_OP_MULTI) return -1;
    return op < Op.BINARY_OP_MULTI ? 0 : -1;
  }
  const fixed: i32 = STACK[op]!;
  if (fixed !== STACK_VAR) return fixed;
  // Arguments and keyword pairs of a call: n_positional | n_keyword << 8.
  const call: i32 = (arg & 0xff) + 2 * ((arg >>> 8) & 0xff);
  switch (op) {
    case Op.MAKE_CLOSURE: return (1 - extra) | 0;
    case Op.MAKE_CLOSURE_DEFARGS: return (-1 - extra) | 0;
    case Op.STORE_COMP: return (arg & 3) === 1 ? -2 : -1;
    case Op.UNPACK_SEQUENCE: return (arg - 1) | 0;
    case Op.UNPACK_EX: return ((arg & 0xff) + ((arg >>> 8) & 0xff)) | 0;
    case Op.CALL_FUNCTION: return -call | 0;
    case Op.CALL_FUNCTION_VAR_KW: return (-call - 1) | 0;
    case Op.CALL_METHOD: return (-call - 1) | 0;
    case Op.CALL_METHOD_VAR_KW: return (-call - 2) | 0;
    default: return (1 - arg) | 0; // BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_SLICE
  }
}

// ---- encoders: append to a vstr, false when the heap is full ----

const groups = new Uint8Array(8);

/** mp_encode_uint: 7 bits a byte, most significant first, 0x80 on all but the last. */
export function bc_put_uint(v: ref, n: u32): bool {
  let k: u32 = 0;
  let x: u32 = n;
  do {
    groups[k & 7] = x & 0x7f;
    k = (k + 1) & 7;
    x = x >>> 7;
  } while (x !== 0);
  return put_groups(v, k);
}

/** Write groups[k-1..0], setting the continuation bit on all but the last. */
function put_groups(v: ref, k: u32): bool {
  for (let i: u32 = k; i > 0; i--) {
    const g: u32 = groups[(i - 1) & 7]!;
    if (!vstr_add_byte(v, i === 1 ? g : g | 0x80)) return false;
  }
  return true;
}

/** The bytes bc_put_uint writes for n. */
export function bc_uint_size(n: u32): u32 {
  let k: u32 = 1;
  let x: u32 = n >>> 7;
  while (x !== 0) {
    k = (k + 1) >>> 0;
    x = x >>> 7;
  }
  return k;
}

/**
 * emit_write_bytecode_byte_int: 7-bit groups of the two's complement, most significant
 * first, with one more group when bit 0x40 of the first would give the wrong sign.
 */
export function bc_put_sint(v: ref, n: i32): bool {
  let k: u32 = 0;
  let x: i32 = n;
  do {
    groups[k & 7] = x & 0x7f;
    k = (k + 1) & 7;
    x = x >> 7;
  } while (x !== 0 && x !== -1);
  const top: u32 = groups[(k - 1) & 7]!;
  if (x === -1 && (top & 0x40) === 0) {
    groups[k & 7] = 0x7f;
    k = (k + 1) & 7;
  } else if (x === 0 && (top & 0x40) !== 0) {
    groups[k & 7] = 0;
    k = (k + 1) & 7;
  }
  return put_groups(v, k);
}

/**
 * MP_BC_PRELUDE_SIG_ENCODE: n_state - 1 (S), n_exc_stack (E), the signature flags (F),
 * n_pos_args (A), n_kwonly_args (K), n_def_pos_args (D) interleaved as xSSSSEAA then
 * xFSSKAED bytes while any bits remain.
 */
export function bc_put_sig(v: ref, n_state: u32, n_exc: u32, flags: u32, n_pos: u32, n_kwonly: u32, n_def: u32): bool {
  let s: u32 = (n_state - 1) >>> 0;
  let e: u32 = n_exc;
  let f: u32 = flags & SCOPE_FLAG_ALL_SIG;
  let a: u32 = n_pos;
  let k: u32 = n_kwonly;
  let d: u32 = n_def;
  let z: u32 = (((s & 0xf) << 3) | ((e & 1) << 2) | (a & 3)) >>> 0;
  s = s >>> 4;
  e = e >>> 1;
  a = a >>> 2;
  while ((s | e | f | a | k | d) !== 0) {
    if (!vstr_add_byte(v, (z | 0x80) & 0xff)) return false;
    z = (((f & 1) << 6) | ((s & 3) << 4) | ((k & 1) << 3) | ((a & 1) << 2) | ((e & 1) << 1) | (d & 1)) >>> 0;
    s = s >>> 2;
    e = e >>> 1;
    f = f >>> 1;
    a = a >>> 1;
    k = k >>> 1;
    d = d >>> 1;
  }
  return vstr_add_byte(v, z & 0xff);
}

/** MP_BC_PRELUDE_SIZE_ENCODE: n_info (I) and n_cell (C) interleaved as xIIIIIIC bytes. */
export function bc_put_size(v: ref, n_info: u32, n_cell: u32): bool {
  let i: u32 = n_info;
  let c: u32 = n_cell;
  do {
    let z: u32 = (((i & 0x3f) << 1) | (c & 1)) >>> 0;
    c = c >>> 1;
    i = i >>> 6;
    if ((c | i) !== 0) z = (z | 0x80) >>> 0;
    if (!vstr_add_byte(v, z & 0xff)) return false;
  } while ((c | i) !== 0);
  return true;
}

/**
 * emit_write_code_info_bytes_lines: advance the line table by `bytes` of bytecode and
 * `lines` source lines, in 0b0LLBBBBB entries (up to 31 bytes, 3 lines) or, for more
 * than 6 lines within 15 bytes, 0b1LLLBBBB 0bLLLLLLLL entries (up to 15 bytes, 2047 lines).
 */
export function bc_put_lines(v: ref, bytes: u32, lines: u32): bool {
  let nb: u32 = bytes;
  let nl: u32 = lines;
  while (nb > 0 || nl > 0) {
    let b: u32 = 0;
    let l: u32 = 0;
    if (nl <= 6 || nb > 0xf) {
      b = nb < 0x1f ? nb : 0x1f;
      // No line may be skipped until all the bytes are.
      l = b < nb ? 0 : nl < 3 ? nl : 3;
      if (!vstr_add_byte(v, (b | (l << 5)) & 0xff)) return false;
    } else {
      b = nb < 0xf ? nb : 0xf;
      l = nl < 0x7ff ? nl : 0x7ff;
      if (!vstr_add_byte(v, (0x80 | b | ((l >>> 4) & 0x70)) & 0xff)) return false;
      if (!vstr_add_byte(v, l & 0xff)) return false;
    }
    nb = (nb - b) >>> 0;
    nl = (nl - l) >>> 0;
  }
  return true;
}

// ---- decoders: one bounded cursor ----

let cur: u32 = 0;
let cur_end: u32 = 0;
let cur_ok: bool = true;

/** Read from [addr, end) from now on. */
export function bc_cursor_set(addr: u32, end: u32): void {
  cur = addr;
  cur_end = end;
  cur_ok = true;
}

export function bc_cursor_pos(): u32 {
  return cur;
}

export function bc_cursor_end(): u32 {
  return cur_end;
}

/** False once a read ran past the end or a number did not fit 32 bits. */
export function bc_cursor_ok(): bool {
  return cur_ok;
}

export function bc_cursor_fail(): void {
  cur_ok = false;
}

export function bc_read_byte(): u32 {
  if (cur >= cur_end) {
    cur_ok = false;
    return 0;
  }
  const b: u32 = load_u8(cur);
  cur = (cur + 1) >>> 0;
  return b;
}

/** mp_decode_uint; more than 32 bits of value is an error. */
export function bc_read_uint(): u32 {
  let n: u32 = 0;
  for (let i: u32 = 0; i < 5; i++) {
    const b: u32 = bc_read_byte();
    if ((n >>> 25) !== 0) cur_ok = false;
    n = ((n << 7) | (b & 0x7f)) >>> 0;
    if ((b & 0x80) === 0) return n;
  }
  cur_ok = false;
  return 0;
}

/** The signed var int of LOAD_CONST_SMALL_INT (bit 0x40 of the first byte is the sign). */
export function bc_read_sint(): i32 {
  let n: i32 = 0;
  if (cur < cur_end && (load_u8(cur) & 0x40) !== 0) n = -1;
  for (let i: u32 = 0; i < 5; i++) {
    const b: u32 = bc_read_byte();
    n = (n << 7) | (b & 0x7f);
    if ((b & 0x80) === 0) return n;
  }
  cur_ok = false;
  return 0;
}

/** Fields of a decoded prelude (bc_read_prelude), read with bc_prelude(). */
export const enum Prelude {
  NState,
  NExcStack,
  ScopeFlags,
  NPosArgs,
  NKwonlyArgs,
  NDefPosArgs,
  NInfo,
  NCell,
  /** Offset of the source info section (simple name, arg names, line table). */
  InfoStart,
  /** Offset of the opcodes (after the info and closure sections). */
  CodeStart,
  Count,
}

const prelude = new Uint32Array(10);

export function bc_prelude(field: Prelude): u32 {
  return prelude[field]!;
}

/**
 * Decode the prelude of the function data at [code, code + len) (MP_BC_PRELUDE_SIG_DECODE
 * then MP_BC_PRELUDE_SIZE_DECODE, with bounds). False when it does not fit.
 */
export function bc_read_prelude(code: u32, len: u32): bool {
  bc_cursor_set(code, (code + len) >>> 0);
  let z: u32 = bc_read_byte();
  let s: u32 = (z >>> 3) & 0xf;
  let e: u32 = (z >>> 2) & 1;
  let f: u32 = 0;
  let a: u32 = z & 3;
  let k: u32 = 0;
  let d: u32 = 0;
  // Eight extension bytes carry every bit a 32-bit field can hold.
  for (let n: u32 = 0; (z & 0x80) !== 0 && n < 9; n++) {
    if (n === 8) cur_ok = false;
    z = bc_read_byte();
    s = (s | ((z & 0x30) << ((2 * n) & 31))) >>> 0;
    e = (e | ((z & 0x02) << (n & 31))) >>> 0;
    f = (f | (((z & 0x40) >>> 6) << (n & 31))) >>> 0;
    a = (a | ((z & 0x04) << (n & 31))) >>> 0;
    k = (k | (((z & 0x08) >>> 3) << (n & 31))) >>> 0;
    d = (d | ((z & 0x01) << (n & 31))) >>> 0;
  }
  prelude[Prelude.NState] = (s + 1) >>> 0;
  prelude[Prelude.NExcStack] = e;
  prelude[Prelude.ScopeFlags] = f;
  prelude[Prelude.NPosArgs] = a;
  prelude[Prelude.NKwonlyArgs] = k;
  prelude[Prelude.NDefPosArgs] = d;
  let info: u32 = 0;
  let cell: u32 = 0;
  z = 0x80;
  for (let n: u32 = 0; (z & 0x80) !== 0 && n < 7; n++) {
    if (n === 6) cur_ok = false;
    z = bc_read_byte();
    cell = (cell | ((z & 1) << (n & 31))) >>> 0;
    info = (info | (((z & 0x7e) >>> 1) << ((6 * n) & 31))) >>> 0;
  }
  prelude[Prelude.NInfo] = info;
  prelude[Prelude.NCell] = cell;
  const start: u32 = (cur - code) >>> 0;
  prelude[Prelude.InfoStart] = start;
  prelude[Prelude.CodeStart] = (start + info + cell) >>> 0;
  return cur_ok && info <= len && cell <= len && ((start + info + cell) >>> 0) <= len;
}

/** One line-table entry, read at the cursor: its bytecode and line advances. */
let entry_bytes: u32 = 0;
let entry_lines: u32 = 0;

export function bc_read_line_entry(): void {
  const c: u32 = bc_read_byte();
  if ((c & 0x80) === 0) {
    entry_bytes = c & 0x1f;
    entry_lines = c >>> 5;
  } else {
    entry_bytes = c & 0xf;
    entry_lines = (((c << 4) & 0x700) | bc_read_byte()) >>> 0;
  }
}

export function bc_line_entry_bytes(): u32 {
  return entry_bytes;
}

export function bc_line_entry_lines(): u32 {
  return entry_lines;
}

/** The instruction decoded by bc_read_op. */
let op_code: u32 = 0;
let op_arg: u32 = 0;
let op_extra: u32 = 0;
let op_base: u32 = 0;

export function bc_op_code(): u32 {
  return op_code;
}

/** The operand: unsigned value, the signed value's bits (Sint), or the signed jump offset's bits. */
export function bc_op_arg(): u32 {
  return op_arg;
}

export function bc_op_extra(): u32 {
  return op_extra;
}

/** Where a jump's offset counts from: just after the offset bytes (before UNWIND_JUMP's extra byte). */
export function bc_op_jump_base(): u32 {
  return op_base;
}

/**
 * Decode one instruction at the cursor (mp_opcode_decode of py/persistentcode.c). False
 * for an invalid opcode or one that runs past the end.
 */
export function bc_read_op(): bool {
  op_code = bc_read_byte();
  op_arg = 0;
  op_extra = 0;
  const kind: Operand = bc_operand(op_code);
  if (kind === Operand.Invalid) return false;
  if (kind === Operand.Sint) {
    op_arg = bc_read_sint() >>> 0;
  } else if (kind === Operand.SignedLabel || kind === Operand.UnsignedLabel) {
    const b: u32 = bc_read_byte();
    let off: i32 = 0;
    if ((b & 0x80) === 0) {
      off = kind === Operand.SignedLabel ? (b - 0x40) | 0 : b | 0;
    } else {
      const hi: u32 = bc_read_byte();
      const v: i32 = ((b & 0x7f) | (hi << 7)) | 0;
      off = kind === Operand.SignedLabel ? (v - 0x4000) | 0 : v;
    }
    op_arg = off >>> 0;
    op_base = cur;
  } else if (kind !== Operand.None) {
    op_arg = bc_read_uint();
  }
  if (bc_has_extra_byte(op_code)) op_extra = bc_read_byte();
  return cur_ok;
}
