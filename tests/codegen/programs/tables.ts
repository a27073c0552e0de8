// Module constants, state, typed arrays, constant tables of numbers, strings and functions.
import type { i32, u8, f64, bool } from "../../../core/subset/index.js";
import { out_kv_i32, out_kv_f64, out_str, out_nl } from "./lib/out.js";
import { helper_twice, COUNTER_START, bump, counter } from "./lib/helpers.js";

type BinOp = (a: i32, b: i32) => i32;

const SQUARES: readonly u8[] = [0, 1, 4, 9, 16, 25, 36, 49];
const NAMES: readonly string[] = ["zero", "one", "two"];
const WEIGHTS: readonly f64[] = [0.5, -1.25, 1e-3];
const FLAGS: readonly bool[] = [true, false];
const GREETING: string = "hello \"tables\"\n";
const RATIO: f64 = 2.5;
const SIZE: i32 = 4 * 4;

const history = new Int32Array(SIZE);
const bytes = new Uint8Array(4);
const ratios = new Float32Array(2);
let next: i32 = 0;
let enabled: bool = true;

function add(a: i32, b: i32): i32 {
  return (a + b) | 0;
}

function sub(a: i32, b: i32): i32 {
  return (a - b) | 0;
}

const OPS: readonly BinOp[] = [add, sub, helper_twice];

function record(v: i32): void {
  history[next] = v;
  next = (next + 1) & (SIZE - 1);
}

function fold(op: BinOp, init: i32): i32 {
  let acc: i32 = init;
  for (let i: i32 = 0; i < SIZE; i++) acc = op(acc, history[i]!);
  return acc;
}

export function pyx_main(): i32 {
  let sq: i32 = 0;
  for (let i: i32 = 0; i < SQUARES.length; i++) sq = (sq + SQUARES[i]!) | 0;
  out_kv_i32("squares", sq);
  for (let i: i32 = 0; i < NAMES.length; i++) {
    out_str(NAMES[i]!);
    out_nl();
  }
  out_str(GREETING);
  out_kv_f64("weight", WEIGHTS[1]! * RATIO);
  out_kv_i32("flag", FLAGS[0]! && !FLAGS[1]! ? 1 : 0);
  for (let i: i32 = 0; i < 20; i++) record(Math.imul(i, 3));
  out_kv_i32("fold add", fold(add, 0));
  out_kv_i32("fold sub", fold(OPS[1]!, 0));
  out_kv_i32("table call", OPS[2]!(21, 0));
  const chosen: BinOp = enabled ? OPS[0]! : sub;
  out_kv_i32("chosen", chosen(40, 2));
  enabled = false;
  out_kv_i32("enabled", enabled ? 1 : 0);
  bytes[0] = 255;
  bytes[0]++;
  bytes[1] = 0x1234;
  bytes[2] += 300;
  out_kv_i32("bytes", bytes[0]! * 1000000 + bytes[1]! * 1000 + bytes[2]!);
  ratios[0] = 0.1;
  out_kv_f64("f32 element", ratios[0]!);
  out_kv_i32("start", COUNTER_START);
  bump();
  bump();
  out_kv_i32("counter", counter);
  return 0;
}
