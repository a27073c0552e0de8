// Float text conversion, driven by stdin lines (tests/core/float_text.test.ts writes them,
// tests/core/float_oracle.py answers the same lines with CPython):
//
//   repr <16 hex digits: the double's bits>
//   repr32 <8 hex digits: an f32's bits>                 (MicroPython's f32 repr rule)
//   fmt <bits> <type: e E f F g G n % or - for none> <precision, -1 for none> <flags: - # z #z>
//   pct <bits> <type> <precision> <flags>               ('%' formatting; the same call)
//   pad <bits> <type> <precision> <flags> <sign: + - s(pace) x(none)> <align: < > ^ = x> <width> <fill: 2 hex digits>
//   parse <text>        prints the double's bits, or ValueError
//   parse32 <text>      prints the f32's bits, or ValueError
//   cap <bits> <type> <precision> <flags>   the same text with cap = its length; -1 with one byte
//                        less; nothing written past cap: prints ok (or what went wrong)
//   cap32 <8 hex digits> the same for the f32 repr
//   bench <count> <kind> repr of count pseudo-random doubles (kind 0: any finite, 1: short
//                        decimals like 12.5): count, microseconds, checksum
//
// One output line per input line.

import { load_u8, store_u8, load_u32, store_u32, load_f64, load_f32, mem_fill, mem_copy, mem_compare, type i32, type u32, type f64, type bool } from "../../../core/subset/index.js";
import {
  float_format, float_format_repr, float_format_repr_f32, float_format_pad, FLOAT_FORMAT_SCRATCH_BYTES, FLOAT_FORMAT_ALT, FLOAT_FORMAT_NO_NEG_0, FLOAT_FORMAT_TYPE_NONE,
} from "../../../core/float_format.js";
import { float_parse, float_parse_f32 } from "../../../core/float_parse.js";
import { out_str, out_nl, out_hex, out_u32 } from "../../codegen/programs/lib/out.js";

const LINE: u32 = 0x10000;
const LINE_MAX: u32 = 0xfff0;
const OUT: u32 = 0x20000;
const OUT_CAP: u32 = 0x8000;
const SCRATCH: u32 = 0x30000;
const RESULT: u32 = 0x31000;
const WORD: u32 = 0x31010;
const COPY: u32 = 0x38000;
const GUARD: u32 = 32;

let line_len: u32 = 0;
let pos: u32 = 0;

/** Read one line into LINE (without its '\n'); false at the end of input. */
function read_line(): bool {
  line_len = 0;
  pos = 0;
  let any: bool = false;
  for (;;) {
    const c: i32 = hal_stdin_read();
    if (c < 0) return any;
    any = true;
    if (c === 10) return true;
    if (line_len < LINE_MAX) {
      store_u8(LINE + line_len, c);
      line_len = (line_len + 1) >>> 0;
    }
  }
}

function skip_spaces(): void {
  while (pos < line_len && load_u8(LINE + pos) === 32) pos = (pos + 1) >>> 0;
}

/** The next space-separated token: its start; its length in tok_len. */
let tok_len: u32 = 0;
function token(): u32 {
  skip_spaces();
  const start: u32 = pos;
  while (pos < line_len && load_u8(LINE + pos) !== 32) pos = (pos + 1) >>> 0;
  tok_len = (pos - start) >>> 0;
  return (LINE + start) >>> 0;
}

function is_token(at: u32, word: string): bool {
  if (tok_len !== word.length) return false;
  for (let i: u32 = 0; i < word.length; i++) {
    if (load_u8(at + i) !== word.charCodeAt(i)) return false;
  }
  return true;
}

function hex_value(c: u32): u32 {
  if (c >= 48 && c <= 57) return (c - 48) >>> 0;
  if (c >= 97 && c <= 102) return (c - 87) >>> 0;
  if (c >= 65 && c <= 70) return (c - 55) >>> 0;
  return 0;
}

/** A hex token of up to 8 digits. */
function hex_u32(at: u32, len: u32): u32 {
  let v: u32 = 0;
  for (let i: u32 = 0; i < len; i++) v = ((v << 4) | hex_value(load_u8(at + i))) >>> 0;
  return v;
}

/** The next token as 16 hex digits: a double. */
function next_f64(): f64 {
  const at: u32 = token();
  store_u32(WORD + 4, hex_u32(at, 8));
  store_u32(WORD, hex_u32((at + 8) >>> 0, 8));
  return load_f64(WORD);
}

function next_int(): i32 {
  const at: u32 = token();
  let i: u32 = 0;
  let neg: bool = false;
  if (tok_len > 0 && load_u8(at) === 45) {
    neg = true;
    i = 1;
  }
  let v: i32 = 0;
  for (; i < tok_len; i++) v = (v * 10 + ((load_u8(at + i) - 48) | 0)) | 0;
  return neg ? -v | 0 : v;
}

function next_type(): u32 {
  const at: u32 = token();
  const c: u32 = load_u8(at);
  return c === 45 ? FLOAT_FORMAT_TYPE_NONE : c;
}

function next_flags(): u32 {
  const at: u32 = token();
  let flags: u32 = 0;
  for (let i: u32 = 0; i < tok_len; i++) {
    const c: u32 = load_u8(at + i);
    if (c === 35) flags = (flags | FLOAT_FORMAT_ALT) >>> 0;
    if (c === 122) flags = (flags | FLOAT_FORMAT_NO_NEG_0) >>> 0;
  }
  return flags;
}

function print_result(len: i32): void {
  if (len < 0) out_str("TOO LONG");
  else hal_stdout_write(OUT, len >>> 0);
  out_nl();
}

function do_format(): i32 {
  const x: f64 = next_f64();
  const type: u32 = next_type();
  const prec: i32 = next_int();
  const flags: u32 = next_flags();
  return float_format(x, type, prec, flags, OUT, OUT_CAP, SCRATCH, FLOAT_FORMAT_SCRATCH_BYTES);
}

/** Format with cap bytes into a guarded OUT: the length, or -2 when a byte past cap changed. */
function format_capped(x: f64, type: u32, prec: i32, flags: u32, f32: bool, cap: u32): i32 {
  const end: u32 = (cap + GUARD) >>> 0;
  mem_fill(OUT, 0xaa, end);
  const len: i32 = f32
    ? float_format_repr_f32(Math.fround(x), OUT, cap, SCRATCH, FLOAT_FORMAT_SCRATCH_BYTES)
    : float_format(x, type, prec, flags, OUT, cap, SCRATCH, FLOAT_FORMAT_SCRATCH_BYTES);
  for (let i: u32 = cap; i < end; i++) if (load_u8(OUT + i) !== 0xaa) return -2;
  return len;
}

function do_cap(f32: bool): void {
  let x: f64 = 0;
  let type: u32 = 0;
  let prec: i32 = -1;
  let flags: u32 = 0;
  if (f32) {
    store_u32(WORD, hex_u32(token(), 8));
    x = load_f32(WORD);
  } else {
    x = next_f64();
    type = next_type();
    prec = next_int();
    flags = next_flags();
  }
  const len: i32 = format_capped(x, type, prec, flags, f32, OUT_CAP - GUARD);
  if (len <= 0) {
    out_str("reference failed");
  } else {
    mem_copy(COPY, OUT, len >>> 0);
    const exact: i32 = format_capped(x, type, prec, flags, f32, len >>> 0);
    const same: bool = exact === len && mem_compare(OUT, COPY, len >>> 0) === 0;
    const shorter: i32 = format_capped(x, type, prec, flags, f32, (len - 1) >>> 0);
    if (!same) out_str("exact cap failed");
    else if (shorter !== -1) out_str("short cap not refused");
    else out_str("ok");
  }
  out_nl();
}

function do_pad(): void {
  const len: i32 = do_format();
  const s: u32 = load_u8(token());
  const sign: u32 = s === 115 ? 32 : s === 120 ? 45 : s;
  const a: u32 = load_u8(token());
  const align: u32 = a === 120 ? 62 : a;
  const width: i32 = next_int();
  const fill_at: u32 = token();
  const fill: u32 = hex_u32(fill_at, tok_len);
  if (len < 0) {
    print_result(len);
    return;
  }
  print_result(float_format_pad(OUT, len >>> 0, OUT_CAP, sign, fill, align, width >>> 0));
}

function do_parse(f32: bool): void {
  // The text is the rest of the line after the one separating space.
  if (pos < line_len) pos = (pos + 1) >>> 0;
  const start: u32 = (LINE + pos) >>> 0;
  const len: u32 = (line_len - pos) >>> 0;
  if (f32) {
    if (!float_parse_f32(start, len, SCRATCH, FLOAT_FORMAT_SCRATCH_BYTES, RESULT)) out_str("ValueError");
    else out_hex(load_u32(RESULT));
  } else {
    if (!float_parse(start, len, SCRATCH, FLOAT_FORMAT_SCRATCH_BYTES, RESULT)) {
      out_str("ValueError");
    } else {
      out_hex(load_u32(RESULT + 4));
      out_hex(load_u32(RESULT));
    }
  }
  out_nl();
}

let seed: u32 = 0x9e3779b9;
function next_random(): u32 {
  let v: u32 = seed;
  v = (v ^ (v << 13)) >>> 0;
  v = (v ^ (v >>> 17)) >>> 0;
  v = (v ^ (v << 5)) >>> 0;
  seed = v;
  return v;
}

/** A bench value: any finite double (kind 0), or a short decimal such as 12.5 or 0.0371 (kind 1). */
function bench_value(kind: i32): f64 {
  if (kind === 1) return (next_random() % 10000000) / POW10[next_random() % 7]!;
  store_u32(WORD, next_random());
  store_u32(WORD + 4, (next_random() % 0x7fefffff) >>> 0);
  return load_f64(WORD);
}

const POW10: readonly f64[] = [1, 10, 100, 1000, 10000, 100000, 1000000];

function do_bench(): void {
  const count: i32 = next_int();
  const kind: i32 = next_int();
  let sum: u32 = 0;
  const t0: u32 = hal_ticks_us();
  for (let i: i32 = 0; i < count; i++) {
    const len: i32 = float_format_repr(bench_value(kind), OUT, OUT_CAP, SCRATCH, FLOAT_FORMAT_SCRATCH_BYTES);
    sum = (sum + len + load_u8(OUT + 1)) >>> 0;
  }
  const t1: u32 = hal_ticks_us();
  out_str("bench ");
  out_u32(count >>> 0);
  out_str(" ");
  out_u32((t1 - t0) >>> 0);
  out_str(" ");
  out_u32(sum);
  out_nl();
}

export function pyx_main(): i32 {
  while (read_line()) {
    const cmd: u32 = token();
    if (tok_len === 0) continue;
    if (is_token(cmd, "repr")) {
      print_result(float_format_repr(next_f64(), OUT, OUT_CAP, SCRATCH, FLOAT_FORMAT_SCRATCH_BYTES));
    } else if (is_token(cmd, "repr32")) {
      const at: u32 = token();
      store_u32(WORD, hex_u32(at, 8));
      print_result(float_format_repr_f32(load_f32(WORD), OUT, OUT_CAP, SCRATCH, FLOAT_FORMAT_SCRATCH_BYTES));
    } else if (is_token(cmd, "fmt") || is_token(cmd, "pct")) {
      print_result(do_format());
    } else if (is_token(cmd, "pad")) {
      do_pad();
    } else if (is_token(cmd, "parse")) {
      do_parse(false);
    } else if (is_token(cmd, "parse32")) {
      do_parse(true);
    } else if (is_token(cmd, "cap")) {
      do_cap(false);
    } else if (is_token(cmd, "cap32")) {
      do_cap(true);
    } else if (is_token(cmd, "bench")) {
      do_bench();
    } else {
      out_str("unknown command");
      out_nl();
    }
  }
  return 0;
}
