// raise / try-catch: across calls, nested, rethrow, return and break out of a try body,
// and locals assigned inside a try body keeping their values after the jump (volatile).
import { raise, caught, type i32, type u32 } from "../../../core/subset/index.js";
import { out_kv_i32, out_kv_u32 } from "./lib/out.js";

let depth: i32 = 0;

function check_positive(v: i32): i32 {
  if (v <= 0) raise((1000 - v) >>> 0);
  return v;
}

function deep(n: i32): i32 {
  depth = (depth + 1) | 0;
  if (n < 0) return 0;
  if (n === 0) raise(77);
  return (deep((n - 1) | 0) + 1) | 0;
}

function safe_div(a: i32, b: i32): i32 {
  try {
    if (b === 0) raise(5);
    return (a / b) | 0;
  } catch (e) {
    const code = caught(e);
    return (-code) | 0;
  }
}

function first_failure(limit: i32): i32 {
  for (let i: i32 = 0; i < limit; i++) {
    try {
      check_positive((3 - i) | 0);
    } catch (e) {
      caught(e);
      return i;
    }
  }
  return -1;
}

function count_until_raise(): i32 {
  let count: i32 = 0;
  try {
    for (let i: i32 = 0; i < 100; i++) {
      count = (count + 1) | 0;
      if (i === 41) raise(1);
    }
  } catch (e) {
    caught(e);
  }
  return count;
}

function loop_with_break(): i32 {
  let n: i32 = 0;
  while (true) {
    try {
      n = (n + 1) | 0;
      if (n === 5) break;
      if (n === 2) continue;
    } catch (e) {
      caught(e);
    }
  }
  return n;
}

function rethrow(v: u32): u32 {
  try {
    raise(v);
  } catch (e) {
    const got = caught(e);
    raise((got + 1) >>> 0);
  }
}

/** Locals named like the generator's own temporaries once were: they must not collide. */
function temps_named_like_c(v: i32): i32 {
  const ret_0: i32 = v;
  const nlr_0: i32 = 1;
  try {
    return (ret_0 + nlr_0) | 0;
  } catch (e) {
    return caught(e) | 0;
  }
}

export function pyx_main(): i32 {
  out_kv_i32("temps", temps_named_like_c(41));
  out_kv_i32("safe_div ok", safe_div(10, 3));
  out_kv_i32("safe_div /0", safe_div(10, 0));
  out_kv_i32("first_failure", first_failure(10));
  out_kv_i32("count", count_until_raise());
  out_kv_i32("loop_with_break", loop_with_break());
  try {
    deep(50);
  } catch (e) {
    out_kv_u32("deep raised", caught(e));
  }
  out_kv_i32("depth", depth);
  try {
    try {
      rethrow(10);
    } catch (e) {
      const inner = caught(e);
      out_kv_u32("inner", inner);
      raise((inner * 2) >>> 0);
    }
  } catch (e) {
    out_kv_u32("outer", caught(e));
  }
  out_kv_i32("after", check_positive(9));
  return 0;
}
