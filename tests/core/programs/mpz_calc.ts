// A calculator over core/mpz.ts: one operation per input line, one result line each, with
// every operand in decimal (read by mpz_from_str) and every integer result printed in
// decimal (by mpz_to_str). tests/core/mpz_oracle.py prints what python3 computes for the
// same lines. Failures print the Python exception's name.
//
//   add|sub|mul|floordiv|mod|divmod|and|or|xor|cmp <a> <b>     neg|abs|invert|bitlen|hash|i32 <a>
//   pow <a> <e> [<m>]    shl|shr <a> <n>    str <a> <base>    int h<text as hex bytes> <base>
//   float <a> (the double's bits in hex)    fromfloat <bits in hex>
//   bytes <a> <n> little|big signed|unsigned    frombytes h<hex> little|big signed|unsigned
//   fromi32|fromu32 <v>    heap <bytes> (a fresh heap)    stress 0|1 (collect at every allocation)
//   collections (how many the heap has run: not a Python operation, the oracle skips it)

import { load_u8, store_u8, store_u32, load_f64, type i32, type u8, type u32, type f64, type bool, type ref } from "../../../core/subset/index.js";
import { gc_init, gc_alloc, gc_set_stress, gc_collections, gc_root_push, gc_root_depth, gc_root_restore } from "../../../core/gc.js";
import {
  MpzStatus, MpzPair, mpz_status, mpz_from_str, mpz_to_str, mpz_str_size, mpz_add, mpz_sub, mpz_mul, mpz_divmod,
  mpz_floordiv, mpz_mod, mpz_pow, mpz_pow3, mpz_and, mpz_or, mpz_xor, mpz_cmp, mpz_neg, mpz_abs, mpz_invert,
  mpz_shl, mpz_shr, mpz_bit_length, mpz_hash, mpz_fits_i32, mpz_to_i32, mpz_from_i32, mpz_from_u32,
  mpz_to_f64, mpz_from_f64, mpz_to_bytes, mpz_from_bytes, mpz_is_neg,
} from "../../../core/mpz.js";
import { out_str, out_nl, out_i32, out_u32, out_f64 } from "../../codegen/programs/lib/out.js";

/** The input line (out.ts formats in the arena's first bytes). */
const LINE: u32 = 4096;
const LINE_MAX: u32 = 0x100000 - 4096;
/** Decoded hex input, and bytes written by to_bytes. */
const BYTES: u32 = 0x100000;
/** Hex text on its way out. */
const HEXOUT: u32 = 0x200000;
const HEAP: u32 = 0x400000;
const HEAP_SIZE: u32 = 16 * 1024 * 1024;
const ROOT_WORDS: u32 = 1024;
const HEX: string = "0123456789abcdef";

const tok_start = new Uint32Array(8);
const tok_len = new Uint32Array(8);
let tokens: u32 = 0;

/** Read one line into LINE; its length, or -1 once input has ended. */
function read_line(): i32 {
  let n: u32 = 0;
  while (true) {
    const c: i32 = hal_stdin_read();
    if (c < 0) return n === 0 ? -1 : n | 0;
    if (c === 10) return n | 0;
    if (n < LINE_MAX) {
      store_u8(LINE + n, c);
      n = (n + 1) >>> 0;
    }
  }
}

function split(len: u32): void {
  tokens = 0;
  let i: u32 = 0;
  while (i < len && tokens < 8) {
    while (i < len && load_u8(LINE + i) === 32) i = (i + 1) >>> 0;
    if (i === len) break;
    tok_start[tokens] = LINE + i;
    while (i < len && load_u8(LINE + i) !== 32) i = (i + 1) >>> 0;
    tok_len[tokens] = (LINE + i - tok_start[tokens]!) >>> 0;
    tokens = (tokens + 1) >>> 0;
  }
}

function word(k: u32, s: string): bool {
  if (k >= tokens || tok_len[k]! !== s.length) return false;
  for (let i: u32 = 0; i < s.length; i++) if (load_u8(tok_start[k]! + i) !== s.charCodeAt(i)) return false;
  return true;
}

/** Token k as an mpz (decimal), rooted until the line is done; 0 on failure. */
function arg(k: u32): ref {
  const a: ref = mpz_from_str(tok_start[k]!, tok_len[k]!, 10);
  if (a !== 0) gc_root_push(a);
  return a;
}

/** Token k as a small non-negative decimal number. */
function small(k: u32): u32 {
  let v: u32 = 0;
  for (let i: u32 = 0; i < tok_len[k]!; i++) v = (Math.imul(v, 10) + load_u8(tok_start[k]! + i) - 48) >>> 0;
  return v;
}

function hex_value(c: u8): u32 {
  return c >= 97 ? (c - 87) >>> 0 : (c - 48) >>> 0;
}

/** Token k's hex digits decoded to BYTES (after `skip` characters); the byte count. */
function unhex(k: u32, skip: u32): u32 {
  const n: u32 = ((tok_len[k]! - skip) >>> 0) >>> 1;
  for (let i: u32 = 0; i < n; i++) {
    const p: u32 = (tok_start[k]! + skip + i * 2) >>> 0;
    store_u8(BYTES + i, (hex_value(load_u8(p)) << 4) | hex_value(load_u8(p + 1)));
  }
  return n;
}

function out_hex_bytes(addr: u32, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    const b: u8 = load_u8(addr + i);
    store_u8(HEXOUT + i * 2, HEX.charCodeAt(b >>> 4));
    store_u8(HEXOUT + i * 2 + 1, HEX.charCodeAt(b & 15));
  }
  hal_stdout_write(HEXOUT, (n * 2) >>> 0);
}

function out_error(): void {
  const s: MpzStatus = mpz_status();
  if (s === MpzStatus.ZeroDivision) out_str("ZeroDivisionError");
  else if (s === MpzStatus.Overflow) out_str("OverflowError");
  else if (s === MpzStatus.Memory) out_str("MemoryError");
  else if (s === MpzStatus.Invalid) out_str("ValueError");
  else out_str("?");
}

/** a in base, or the error when a is 0 (a failed operation). */
function out_mpz(a: ref, base: u32): void {
  if (a === 0) {
    out_error();
    return;
  }
  const depth: u32 = gc_root_push(a);
  const buf: u32 = gc_alloc(mpz_str_size(a, base));
  gc_root_restore(depth);
  if (buf === 0) {
    out_str("MemoryError");
    return;
  }
  hal_stdout_write(buf, mpz_to_str(a, base, buf));
}

/** Operations on two mpz operands: an op name and 0 when the name is not one. */
function binary(a: ref, b: ref): ref {
  if (word(0, "add")) return mpz_add(a, b);
  if (word(0, "sub")) return mpz_sub(a, b);
  if (word(0, "mul")) return mpz_mul(a, b);
  if (word(0, "floordiv")) return mpz_floordiv(a, b);
  if (word(0, "mod")) return mpz_mod(a, b);
  if (word(0, "and")) return mpz_and(a, b);
  if (word(0, "or")) return mpz_or(a, b);
  if (word(0, "xor")) return mpz_xor(a, b);
  if (word(0, "pow")) return mpz_pow(a, b);
  return 0;
}

function unary(a: ref): ref {
  if (word(0, "neg")) return mpz_neg(a);
  if (word(0, "abs")) return mpz_abs(a);
  return mpz_invert(a);
}

function divmod(a: ref, b: ref): void {
  const pair: ref = mpz_divmod(a, b);
  if (pair === 0) {
    out_error();
    return;
  }
  gc_root_push(pair);
  out_mpz(MpzPair.q.get(pair), 10);
  out_str(" ");
  out_mpz(MpzPair.r.get(pair), 10);
}

/** shl/shr: a negative count is Python's ValueError. */
function shift(a: ref, n: ref): void {
  if (mpz_is_neg(n)) {
    out_str("ValueError");
    return;
  }
  out_mpz(word(0, "shl") ? mpz_shl(a, mpz_to_i32(n) >>> 0) : mpz_shr(a, mpz_to_i32(n) >>> 0), 10);
}

function to_float(a: ref): void {
  const x: f64 = mpz_to_f64(a);
  if (x === Infinity || x === -Infinity) out_str("OverflowError");
  else out_f64(x);
}

function from_float(): void {
  let hi: u32 = 0;
  let lo: u32 = 0;
  for (let i: u32 = 0; i < 8; i++) hi = ((hi << 4) | hex_value(load_u8(tok_start[1]! + i))) >>> 0;
  for (let i: u32 = 8; i < 16; i++) lo = ((lo << 4) | hex_value(load_u8(tok_start[1]! + i))) >>> 0;
  store_u32(BYTES, lo);
  store_u32(BYTES + 4, hi);
  out_mpz(mpz_from_f64(load_f64(BYTES)), 10);
}

function to_bytes(a: ref): void {
  const n: u32 = small(2);
  if (mpz_to_bytes(a, BYTES, n, word(3, "big"), word(4, "signed"))) out_hex_bytes(BYTES, n);
  else out_error();
}

/** Operations on one mpz operand that print something other than an mpz. */
function inspect(a: ref): bool {
  if (word(0, "bitlen")) out_u32(mpz_bit_length(a));
  else if (word(0, "hash")) out_i32(mpz_hash(a));
  else if (word(0, "i32") && mpz_fits_i32(a)) out_i32(mpz_to_i32(a));
  else if (word(0, "i32")) out_str("no");
  else if (word(0, "fromi32")) out_mpz(mpz_from_i32(mpz_to_i32(a)), 10);
  else if (word(0, "fromu32")) out_mpz(mpz_from_u32(mpz_to_i32(a) >>> 0), 10);
  else if (word(0, "float")) to_float(a);
  else if (word(0, "bytes")) to_bytes(a);
  else if (word(0, "str")) out_mpz(a, small(2));
  else return false;
  return true;
}

function two_operands(): void {
  const a: ref = arg(1);
  const b: ref = a === 0 ? 0 : arg(2);
  if (b === 0) out_error();
  else if (word(0, "divmod")) divmod(a, b);
  else if (word(0, "cmp")) out_i32(mpz_cmp(a, b));
  else if (word(0, "shl") || word(0, "shr")) shift(a, b);
  else if (word(0, "pow") && tokens === 4) {
    const m: ref = arg(3);
    out_mpz(m === 0 ? 0 : mpz_pow3(a, b, m), 10);
  } else out_mpz(binary(a, b), 10);
}

function run_line(): void {
  if (word(0, "heap")) {
    if (!gc_init(HEAP, small(1), ROOT_WORDS)) out_str("heap too small");
    return;
  }
  if (word(0, "stress")) {
    gc_set_stress(word(1, "1"));
    return;
  }
  if (word(0, "collections")) out_u32(gc_collections());
  else if (word(0, "int")) out_mpz(mpz_from_str(BYTES, unhex(1, 1), small(2)), 10);
  else if (word(0, "fromfloat")) from_float();
  else if (word(0, "frombytes")) out_mpz(mpz_from_bytes(BYTES, unhex(1, 1), word(2, "big"), word(3, "signed")), 10);
  else if (tokens === 2 || word(0, "bytes") || word(0, "str")) {
    const a: ref = arg(1);
    if (a === 0) out_error();
    else if (!inspect(a)) out_mpz(unary(a), 10);
  } else two_operands();
  out_nl();
}

export function pyx_main(): i32 {
  if (!gc_init(HEAP, HEAP_SIZE, ROOT_WORDS)) return 1;
  while (true) {
    const len: i32 = read_line();
    if (len < 0) break;
    split(len >>> 0);
    if (tokens === 0) continue;
    const depth: u32 = gc_root_depth();
    run_line();
    gc_root_restore(depth);
  }
  return 0;
}
