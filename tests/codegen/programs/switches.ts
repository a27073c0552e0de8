// switch: enum and integer cases, fall-through, default in the middle, switch inside a loop.
import type { i32 } from "../../../core/subset/index.js";
import { out_kv_i32 } from "./lib/out.js";

const enum Op {
  Add = 1,
  Sub,
  Mul = 10,
  Neg = -1,
}

const LIMIT: i32 = 100;

function apply(op: Op, a: i32, b: i32): i32 {
  switch (op) {
    case Op.Add:
      return (a + b) | 0;
    case Op.Sub:
      return (a - b) | 0;
    case Op.Mul:
      return Math.imul(a, b);
    case Op.Neg:
      return (-a) | 0;
  }
  return 0;
}

function score(n: i32): i32 {
  let s: i32 = 0;
  switch (n) {
    case 0:
      s = (s + 1) | 0;
    case 1:
      s = (s + 10) | 0;
      break;
    default:
      s = (s + 1000) | 0;
    case 2:
    case 3: {
      const bonus: i32 = 100;
      s = (s + bonus) | 0;
      break;
    }
    case LIMIT:
      s = -1;
  }
  return s;
}

export function pyx_main(): i32 {
  out_kv_i32("add", apply(Op.Add, 2, 3));
  out_kv_i32("sub", apply(Op.Sub, 2, 3));
  out_kv_i32("mul", apply(Op.Mul, 20000, 300000));
  out_kv_i32("neg", apply(Op.Neg, -2147483647 - 1, 0));
  for (let n: i32 = -1; n < 6; n++) out_kv_i32("score", score(n));
  out_kv_i32("score(100)", score(100));
  let odd: i32 = 0;
  for (let n: i32 = 0; n < 10; n++) {
    switch (n & 1) {
      case 0:
        continue;
      default:
        odd = (odd + n) | 0;
    }
  }
  out_kv_i32("odd", odd);
  return 0;
}
