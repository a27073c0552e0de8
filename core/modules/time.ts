// The time module (MicroPython's extmod/modtime.c): time, time_ns, sleep, sleep_ms,
// sleep_us, ticks_ms/us/cpu with ticks_add and ticks_diff, gmtime, localtime, mktime.
//
// Ticks wrap at TICKS_PERIOD = 2**30 (MICROPY_PY_TIME_TICKS_PERIOD on 32-bit ports: the
// small-int range), so they are always small ints. Dates are MicroPython's 8-tuples
// (year, month, mday, hour, minute, second, weekday 0=Monday, yearday 1..366) from the
// epoch 1970-01-01; localtime is UTC (no port has a time zone). Sleeps wait in slices,
// run scheduled calls (pin IRQs) meanwhile and stop at Ctrl-C with KeyboardInterrupt.

import { raise, type i32, type u32, type f64, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, OBJ_NONE, is_small_int, small_int_value, new_small_int, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error, exception_new } from "../objects/exception.js";
import { tuple_new, tuple_set, tuple_len, tuple_get } from "../objects/tuple.js";
import { list_is, list_len, list_get } from "../objects/list.js";
import { obj_type, type_word } from "../objects/type.js";
import { float_from_f64, float_is, float_value } from "../objects/float.js";
import { int_binary_op, int_is } from "../objects/int.js";
import { mpz_from_f64, mpz_to_f64 } from "../mpz.js";
import { BinaryOp } from "../ops.js";
import { arg, arg_int } from "../builtins_args.js";
import { sched_poll } from "../sched.js";

/** 2**30: ticks_ms()/ticks_us()/ticks_cpu() are below it. */
const TICKS_PERIOD: u32 = 0x40000000;
const TICKS_MASK: u32 = TICKS_PERIOD - 1;
const TICKS_HALF: u32 = TICKS_PERIOD / 2;
/** The longest single wait, so that Ctrl-C and scheduled calls are seen often. */
const SLEEP_SLICE_US: u32 = 10000;
const SECONDS_PER_DAY: f64 = 86400;
/** gmtime's range: days that fit an i32. */
const MAX_SECONDS: f64 = 2147483647 * 86400;

// ---- ints of any size from exact doubles ----

/** An int holding the integral double x (|x| below 2**53). */
function int_from_exact(x: f64): obj {
  if (x >= -0x40000000 && x < 0x40000000) return new_small_int(x | 0);
  const m: obj = mpz_from_f64(x);
  if (m === 0) raise_memory_error();
  return m;
}

/** A number argument (int or float) as a double. */
function number_arg(o: obj): f64 {
  if (is_small_int(o)) return small_int_value(o);
  if (float_is(o)) return float_value(o);
  if (int_is(o)) return mpz_to_f64(o);
  return arg_int(o);
}

// ---- wall clock ----

function now_us(): f64 {
  return Number(hal_rtc_time_us());
}

/** time(): seconds since the epoch, as a float (as the unix port and CPython). */
export function time_fn_time(n_args: u32, n_kw: u32, args: u32): obj {
  return float_from_f64(now_us() / 1e6);
}

/** time_ns(): nanoseconds since the epoch, an int. */
export function time_fn_time_ns(n_args: u32, n_kw: u32, args: u32): obj {
  const us: obj = int_from_exact(now_us());
  const depth: u32 = gc_root_push(us);
  const ns: obj = int_binary_op(BinaryOp.Multiply, us, new_small_int(1000));
  gc_root_restore(depth);
  return ns;
}

// ---- sleeping ----

/** Wait us microseconds in slices: scheduled calls run, Ctrl-C raises KeyboardInterrupt. */
export function time_sleep_us(us: f64): void {
  if (!(us > 0)) return;
  const start: u32 = hal_ticks_us();
  for (;;) {
    if (hal_interrupt_pending()) raise(exception_new(TypeId.KeyboardInterrupt, OBJ_NULL));
    sched_poll();
    const elapsed: u32 = (hal_ticks_us() - start) >>> 0;
    if (elapsed >= us) return;
    const left: f64 = us - elapsed;
    hal_sleep_us(left < SLEEP_SLICE_US ? (left >>> 0) : SLEEP_SLICE_US);
  }
}

/** Wait ms milliseconds (any length: ticks_us wraps every 71 minutes, so long waits go by ms). */
function sleep_ms_long(ms: f64): void {
  let left: f64 = ms;
  while (left > 0) {
    const step: f64 = left > 1000000 ? 1000000 : left;
    time_sleep_us(step * 1000);
    left = left - step;
  }
}

/** sleep(seconds): an int or a float; negative raises ValueError as CPython. */
export function time_fn_sleep(n_args: u32, n_kw: u32, args: u32): obj {
  const s: f64 = number_arg(arg(args, 0));
  if (s !== s) raise_msg(TypeId.ValueError, "Invalid value NaN (not a number)");
  if (s < 0) raise_msg(TypeId.ValueError, "sleep length must be non-negative");
  sleep_ms_long(s * 1000);
  return OBJ_NONE;
}

/** sleep_ms(ms): an int; a negative one does not wait (as MicroPython). */
export function time_fn_sleep_ms(n_args: u32, n_kw: u32, args: u32): obj {
  const ms: i32 = arg_int(arg(args, 0));
  if (ms > 0) sleep_ms_long(ms);
  return OBJ_NONE;
}

export function time_fn_sleep_us(n_args: u32, n_kw: u32, args: u32): obj {
  const us: i32 = arg_int(arg(args, 0));
  if (us > 0) time_sleep_us(us);
  return OBJ_NONE;
}

// ---- ticks ----

export function time_fn_ticks_ms(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int((hal_ticks_ms() & TICKS_MASK) | 0);
}

export function time_fn_ticks_us(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int((hal_ticks_us() & TICKS_MASK) | 0);
}

/** ticks_cpu(): the finest counter the port has; the microsecond ticks here. */
export function time_fn_ticks_cpu(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int((hal_ticks_us() & TICKS_MASK) | 0);
}

/**
 * ticks_add(ticks, delta): ticks moved by delta, modulo the period. OverflowError when
 * |delta| >= TICKS_PERIOD/2, which ticks_diff could not give back.
 */
export function time_fn_ticks_add(n_args: u32, n_kw: u32, args: u32): obj {
  const ticks: i32 = arg_int(arg(args, 0));
  const delta: i32 = arg_int(arg(args, 1));
  if (delta <= -TICKS_HALF || delta >= TICKS_HALF) raise_msg(TypeId.OverflowError, "ticks interval overflow");
  return new_small_int(((ticks + delta) & TICKS_MASK) | 0);
}

/** ticks_diff(end, start): the signed distance, in [-TICKS_PERIOD/2, TICKS_PERIOD/2). */
export function time_fn_ticks_diff(n_args: u32, n_kw: u32, args: u32): obj {
  const end: i32 = arg_int(arg(args, 0));
  const start: i32 = arg_int(arg(args, 1));
  const d: i32 = (((end - start + TICKS_HALF) & TICKS_MASK) - TICKS_HALF) | 0;
  return new_small_int(d);
}

// ---- calendar (proleptic Gregorian, Howard Hinnant's day algorithms, in exact doubles) ----

function floor_div(a: f64, b: f64): f64 {
  return Math.floor(a / b);
}

/** Days from 1970-01-01 to year-month-day (month 1..12). */
function days_from_civil(year: f64, month: f64, day: f64): f64 {
  const y: f64 = month <= 2 ? year - 1 : year;
  const era: f64 = floor_div(y, 400);
  const yoe: f64 = y - era * 400;
  const mp: f64 = month > 2 ? month - 3 : month + 9;
  const doy: f64 = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe: f64 = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The 8-tuple for seconds since the epoch. */
function time_tuple(secs: f64): obj {
  if (secs !== secs || secs < -MAX_SECONDS || secs > MAX_SECONDS) {
    raise_msg(TypeId.OverflowError, "timestamp out of range for platform time_t");
  }
  const t: f64 = Math.floor(secs);
  const days: f64 = floor_div(t, SECONDS_PER_DAY);
  const rem: i32 = (t - days * SECONDS_PER_DAY) | 0;
  const z: f64 = days + 719468;
  const era: f64 = floor_div(z, 146097);
  const doe: f64 = z - era * 146097;
  const yoe: f64 = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy: f64 = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp: f64 = Math.floor((5 * doy + 2) / 153);
  const day: f64 = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month: f64 = mp < 10 ? mp + 3 : mp - 9;
  const year: f64 = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const weekday: f64 = days + 3 - floor_div(days + 3, 7) * 7;
  const yearday: f64 = days - days_from_civil(year, 1, 1) + 1;
  const tup: obj = tuple_new(8);
  const depth: u32 = gc_root_push(tup);
  tuple_set(tup, 0, int_from_exact(year));
  tuple_set(tup, 1, new_small_int(month | 0));
  tuple_set(tup, 2, new_small_int(day | 0));
  tuple_set(tup, 3, new_small_int((rem / 3600) | 0));
  tuple_set(tup, 4, new_small_int((((rem % 3600) | 0) / 60) | 0));
  tuple_set(tup, 5, new_small_int((rem % 60) | 0));
  tuple_set(tup, 6, new_small_int(weekday | 0));
  tuple_set(tup, 7, new_small_int(yearday | 0));
  gc_root_restore(depth);
  return tup;
}

/** gmtime([secs]): the UTC 8-tuple of secs (an int or float), or of now. */
export function time_fn_gmtime(n_args: u32, n_kw: u32, args: u32): obj {
  const secs: f64 = n_args === 0 || arg(args, 0) === OBJ_NONE ? Math.floor(now_us() / 1e6) : number_arg(arg(args, 0));
  return time_tuple(secs);
}

/**
 * mktime(tuple): seconds since the epoch for an 8- or 9-item tuple (or list) read as UTC;
 * out-of-range fields carry over (a 32nd of January is the 1st of February), as
 * MicroPython's timeutils_mktime.
 */
export function time_fn_mktime(n_args: u32, n_kw: u32, args: u32): obj {
  const t: obj = arg(args, 0);
  const is_list: bool = list_is(t);
  if (!is_list && obj_type(t) !== type_word(TypeId.tuple)) raise_msg(TypeId.TypeError, "mktime needs a tuple of length 8 or 9");
  const n: u32 = is_list ? list_len(t) : tuple_len(t);
  if (n < 8 || n > 9) raise_msg(TypeId.TypeError, "mktime needs a tuple of length 8 or 9");
  const year: f64 = field(t, is_list, 0);
  const month0: f64 = field(t, is_list, 1) - 1;
  const y: f64 = year + floor_div(month0, 12);
  const m: f64 = month0 - floor_div(month0, 12) * 12 + 1;
  const days: f64 = days_from_civil(y, m, 1) + field(t, is_list, 2) - 1;
  const secs: f64 = days * SECONDS_PER_DAY + field(t, is_list, 3) * 3600 + field(t, is_list, 4) * 60 + field(t, is_list, 5);
  return int_from_exact(secs);
}

/** Item i of mktime's tuple or list, an int. */
function field(t: obj, is_list: bool, i: u32): f64 {
  return arg_int(is_list ? list_get(t, i) : tuple_get(t, i));
}
