// core/libm's functions on deterministic inputs, each result printed as its two IEEE 754
// words ("name x_hi x_lo r_hi r_lo", decimal): tests/core/libm.test.ts checks that Node and
// native print the same bits and compares with python3's math module.

import { type i32, type u32, type f64 } from "../../../core/subset/index.js";
import { fp_split, fp_hi, fp_lo, fp_from_words } from "../../../core/libm/fp.js";
import { libm_exp, libm_expm1 } from "../../../core/libm/exp.js";
import { libm_log, libm_log1p, libm_log2, libm_log10 } from "../../../core/libm/log.js";
import { libm_sin, libm_cos, libm_tan } from "../../../core/libm/trig.js";
import { libm_atan, libm_asin, libm_acos, libm_atan2 } from "../../../core/libm/atrig.js";
import { libm_sinh, libm_cosh, libm_tanh, libm_asinh, libm_acosh, libm_atanh } from "../../../core/libm/hyperbolic.js";
import { libm_pow } from "../../../core/libm/pow.js";
import { libm_erf, libm_erfc, libm_tgamma, libm_lgamma } from "../../../core/libm/special.js";
import { print_init, print_str, print_u32, STDOUT } from "../../../core/print.js";

type LibmFn = (x: f64) => f64;

const NAMES: readonly string[] = [
  "exp", "expm1", "log", "log1p", "log2", "log10", "sin", "cos", "tan", "atan", "asin", "acos", "sinh", "cosh",
  "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma",
];
const FNS: readonly LibmFn[] = [
  libm_exp, libm_expm1, libm_log, libm_log1p, libm_log2, libm_log10, libm_sin, libm_cos, libm_tan, libm_atan,
  libm_asin, libm_acos, libm_sinh, libm_cosh, libm_tanh, libm_asinh, libm_acosh, libm_atanh, libm_erf, libm_erfc,
  libm_tgamma, libm_lgamma,
];
/** log2 of the largest magnitude each function is tried on (inputs are spread over 2^-40 .. 2^top). */
const TOP: readonly i32[] = [9, 9, 1000, 40, 1000, 1000, 60, 60, 60, 80, 0, 0, 9, 9, 5, 80, 80, 0, 5, 5, 7, 20];

let seed: u32 = 0x2545f491;

function next(): u32 {
  seed = (seed ^ (seed << 13)) >>> 0;
  seed = (seed ^ (seed >>> 17)) >>> 0;
  seed = (seed ^ (seed << 5)) >>> 0;
  return seed;
}

/** A double of either sign with exponent in [-40, top] and random mantissa bits. */
function input(top: i32): f64 {
  const span: u32 = ((top + 41) | 0) >>> 0;
  const e: i32 = (((next() % span) | 0) - 40) | 0;
  const hi: i32 = (((e + 1023) << 20) | (next() & 0xfffff) | (next() & 1) << 31) | 0;
  return fp_from_words(hi, next());
}

function print_bits(x: f64): void {
  fp_split(x);
  print_u32(STDOUT, fp_hi() >>> 0);
  print_str(STDOUT, " ");
  print_u32(STDOUT, fp_lo());
}

function line(name: string, x: f64, y: f64, r: f64): void {
  print_str(STDOUT, name);
  print_str(STDOUT, " ");
  print_bits(x);
  print_str(STDOUT, " ");
  print_bits(y);
  print_str(STDOUT, " ");
  print_bits(r);
  print_str(STDOUT, "\n");
}

export function pyx_main(): i32 {
  // The number printer's scratch: arena bytes past address 0's unused first 64.
  print_init(64);
  for (let f: u32 = 0; f < NAMES.length; f++) {
    for (let i: u32 = 0; i < 300; i++) {
      const x: f64 = input(TOP[f]!);
      line(NAMES[f]!, x, 0.0, FNS[f]!(x));
    }
  }
  for (let i: u32 = 0; i < 600; i++) {
    const x: f64 = Math.abs(input(12));
    const y: f64 = input(6);
    line("pow", x, y, libm_pow(x, y));
    const a: f64 = input(20);
    const b: f64 = input(20);
    line("atan2", a, b, libm_atan2(a, b));
  }
  return 0;
}
