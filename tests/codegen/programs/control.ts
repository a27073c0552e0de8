// Control flow: if/else chains, while, do-while, for, break/continue, ?: and short-circuit.
import type { i32, u32, bool } from "../../../core/subset/index.js";
import { out_kv_i32, out_kv_u32, out_str, out_nl } from "./lib/out.js";

let calls: i32 = 0;

function touch(v: bool): bool {
  calls = (calls + 1) | 0;
  return v;
}

function classify(n: i32): i32 {
  if (n < 0) {
    return -1;
  } else if (n === 0) {
    return 0;
  } else if (n < 10) {
    return 1;
  } else {
    return 2;
  }
}

function collatz(start: u32): i32 {
  let n: u32 = start;
  let steps: i32 = 0;
  while (n !== 1) {
    if ((n & 1) === 0) n = n >>> 1;
    else n = (3 * n + 1) >>> 0;
    steps = (steps + 1) | 0;
  }
  return steps;
}

function primes(limit: i32): i32 {
  let count: i32 = 0;
  for (let n: i32 = 2; n < limit; n++) {
    let prime: bool = true;
    for (let d: i32 = 2; d < n; d++) {
      if (Math.imul(d, d) > n) break;
      if (((n % d) | 0) === 0) {
        prime = false;
        break;
      }
    }
    if (!prime) continue;
    count = (count + 1) | 0;
  }
  return count;
}

/** Inside the loop i > 0 holds and i never changes: i - 1 is a u32 without normalizing. */
function sum_below(n: u32): u32 {
  let s: u32 = 0;
  for (let i: u32 = n; i > 0; i--) {
    const prev: u32 = i - 1;
    s = (s + prev) >>> 0;
  }
  return s;
}

export function pyx_main(): i32 {
  out_kv_u32("sum_below(10)", sum_below(10));
  out_kv_i32("classify", (classify(-5) * 1000 + classify(0) * 100 + classify(7) * 10 + classify(99)) | 0);
  out_kv_i32("collatz(27)", collatz(27));
  out_kv_i32("primes<1000", primes(1000));
  let i: i32 = 0;
  do {
    i = (i + 3) | 0;
  } while (i < 10);
  out_kv_i32("do-while", i);
  let j: i32 = 100;
  do j = (j + 1) | 0; while (false);
  out_kv_i32("do-once", j);
  const t: bool = touch(false) && touch(true);
  const u: bool = touch(true) || touch(false);
  out_kv_i32("short-circuit calls", calls);
  out_kv_i32("t,u", (t ? 10 : 0) + (u ? 1 : 0));
  let nested: i32 = 0;
  for (let a: i32 = 0; a < 5; a++) {
    for (let b: i32 = 0; b < 5; b++) {
      if (b > a) break;
      if (((a + b) & 1) === 1) continue;
      nested = (nested + Math.imul(a, b)) | 0;
    }
  }
  out_kv_i32("nested", nested);
  let forever: i32 = 0;
  for (;;) {
    forever = (forever + 1) | 0;
    if (forever === 7) break;
  }
  out_kv_i32("for(;;)", forever);
  out_str("end");
  out_nl();
  return 3;
}
