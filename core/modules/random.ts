// The random module as MicroPython's extmod/modrandom.c: the Yasmarang generator (32-bit
// state, not CPython's Mersenne Twister, so the numbers differ from CPython's but are the
// same as MicroPython's for a seed), getrandbits, seed, randrange, randint, choice, random
// and uniform. Without a seed the state starts as MicroPython's does; seed() or seed(None)
// takes a seed from hal_urandom (the ticks when there is no random source).

import { load_u32, type i32, type u32, type f64, type ref } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NONE, new_small_int, is_small_int, small_int_value, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error } from "../objects/exception.js";
import { float_from_f64, float_is, float_value, float_int_like, float_of_int } from "../objects/float.js";
import { obj_native } from "../objects/instance.js";
import { mpz_from_u32 } from "../mpz.js";
import { arg, arg_int } from "../builtins_args.js";
import { obj_unary_op } from "../operators.js";
import { UnaryOp } from "../ops.js";
import { int_from_i32 } from "../objects/int.js";
import { obj_subscr_load } from "../subscr.js";
import { module_new, module_globals } from "../objects/module.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { Q } from "../qstr_static.js";

let pad: u32 = 0xeda4baba;
let n_state: u32 = 69;
let d_state: u32 = 233;
let dat: u32 = 0;

/** Back to MicroPython's initial state (runtime start and soft reset). */
export function random_init(): void {
  seed_with(0xeda4baba);
}

function seed_with(s: u32): void {
  pad = s;
  n_state = 69;
  d_state = 233;
  dat = 0;
}

/** One Yasmarang step: 32 random bits. */
function next32(): u32 {
  pad = (pad + dat + Math.imul(d_state, n_state)) >>> 0;
  pad = ((pad << 3) + (pad >>> 29)) >>> 0;
  n_state = (pad | 2) >>> 0;
  d_state = (d_state ^ ((pad << 31) + (pad >>> 1))) >>> 0;
  dat = (dat ^ (pad & 0xff) ^ ((d_state >>> 8) & 0xff) ^ 1) & 0xff;
  return (pad ^ (d_state << 5) ^ (pad >>> 18) ^ (dat << 1)) >>> 0;
}

/** A uniform integer in [0, n) for n > 0, by masking and rejection. */
function below(n: u32): u32 {
  let mask: u32 = 1;
  while ((n & mask) >>> 0 < n) mask = ((mask << 1) | 1) >>> 0;
  let r: u32 = 0;
  do {
    r = (next32() & mask) >>> 0;
  } while (r >= n);
  return r;
}

/** A u32 as a Python int. */
function int_u32(v: u32): obj {
  if (v <= 0x3fffffff) return new_small_int(v | 0);
  const m: ref = mpz_from_u32(v);
  if (m === 0) raise_memory_error();
  return m;
}

/** A value known to fit an i32, as a Python int. */
function int_i32(v: f64): obj {
  return int_from_i32(v | 0);
}

export function random_fn_getrandbits(n_args: u32, n_kw: u32, args: u32): obj {
  const n: i32 = arg_int(arg(args, 0));
  if (n < 0 || n > 32) raise_msg(TypeId.ValueError, "bits must be 32 or less");
  if (n === 0) return new_small_int(0);
  const mask: u32 = 0xffffffff >>> ((32 - n) & 31);
  return int_u32((next32() & mask) >>> 0);
}

export function random_fn_seed(n_args: u32, n_kw: u32, args: u32): obj {
  const s: obj = n_args > 0 ? arg(args, 0) : OBJ_NONE;
  if (s === OBJ_NONE) {
    const buf: ref = gc_alloc(16);
    if (buf === 0) raise_memory_error();
    seed_with(hal_urandom(buf, 4) === 4 ? load_u32(buf) : hal_ticks_us());
    return OBJ_NONE;
  }
  // The low 32 bits of the int, as mp_obj_get_int_truncated.
  const v: obj = obj_native(s);
  if (float_is(v) || !float_int_like(v)) arg_int(v);
  const x: f64 = float_of_int(v);
  seed_with((x - Math.floor(x / 4294967296.0) * 4294967296.0) >>> 0);
  return OBJ_NONE;
}

/** An int argument of randrange/randint within i32. */
function int_arg(o: obj): i32 {
  return arg_int(o);
}

export function random_fn_randrange(n_args: u32, n_kw: u32, args: u32): obj {
  const start: i32 = int_arg(arg(args, 0));
  if (n_args === 1) {
    if (start > 0) return int_from_i32(below(start >>> 0) | 0);
    raise_msg(TypeId.ValueError, "empty range for randrange()");
  }
  const stop: i32 = int_arg(arg(args, 1));
  if (n_args === 2) {
    if (start < stop) return int_from_i32((start + below(((stop - start) | 0) >>> 0)) | 0);
    raise_msg(TypeId.ValueError, "empty range for randrange()");
  }
  const step: i32 = int_arg(arg(args, 2));
  if (step === 0) raise_msg(TypeId.ValueError, "zero step for randrange()");
  const span: f64 = (stop * 1.0) - start;
  const n: f64 = step > 0 ? Math.floor((span + step - 1) / step) : Math.floor((span + step + 1) / step);
  if (n <= 0) raise_msg(TypeId.ValueError, "empty range for randrange()");
  return int_i32(start + step * (below(n >>> 0) * 1.0));
}

export function random_fn_randint(n_args: u32, n_kw: u32, args: u32): obj {
  const a: i32 = int_arg(arg(args, 0));
  const b: i32 = int_arg(arg(args, 1));
  if (a > b) raise_msg(TypeId.ValueError, "empty range for randrange()");
  return int_from_i32((a + below((((b - a) | 0) + 1) >>> 0)) | 0);
}

export function random_fn_choice(n_args: u32, n_kw: u32, args: u32): obj {
  const seq: obj = arg(args, 0);
  const len_obj: obj = obj_unary_op(UnaryOp.Len, seq);
  const n: u32 = is_small_int(len_obj) ? small_int_value(len_obj) >>> 0 : 0;
  if (n === 0) raise_msg(TypeId.IndexError, "Cannot choose from an empty sequence");
  return obj_subscr_load(seq, new_small_int(below(n) | 0));
}

/** A float in [0, 1): 52 random bits as MicroPython's yasmarang_float. */
function random_float(): f64 {
  const hi: u32 = next32() & 0xfffff;
  const lo: u32 = next32();
  return (hi * 4294967296.0 + lo) / 4503599627370496.0;
}

export function random_fn_random(n_args: u32, n_kw: u32, args: u32): obj {
  return float_from_f64(random_float());
}

export function random_fn_uniform(n_args: u32, n_kw: u32, args: u32): obj {
  const a: f64 = real(arg(args, 0));
  const b: f64 = real(arg(args, 1));
  return float_from_f64(a + (b - a) * random_float());
}

function real(o: obj): f64 {
  const v: obj = obj_native(o);
  if (float_is(v)) return float_value(v);
  if (float_int_like(v)) return float_of_int(v);
  raise_msg(TypeId.TypeError, "can't convert to float");
}

/** A new random module. */
export function random_module_make(): obj {
  const m: obj = module_new(Q.random);
  const depth: u32 = gc_root_push(m);
  builtin_module_fill(module_globals(m), ModuleOwner.random);
  gc_root_restore(depth);
  return m;
}
