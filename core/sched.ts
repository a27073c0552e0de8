// The scheduler (MicroPython's py/scheduler.c): micropython.schedule(fn, arg) queues a
// call that the VM makes between bytecodes, where it polls for Ctrl-C, and sleeps make
// while they wait. Pin edges reach Python the same way: the port queues them
// (hal_pin_irq_next) and the poll turns each into its handler's call.
//
// As MicroPython: at most SCHED_DEPTH calls wait; one call runs per poll; a call never
// runs inside another (the queue is locked meanwhile); an exception a call raises is
// printed (mp_call_function_1_protected), not passed to the code that was interrupted.

import { caught, load_u32, store_u32, type u32, type bool } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth, gc_root_addr } from "./gc.js";
import { OBJ_NULL, type obj } from "./obj.js";
import { root_get, root_set, Root } from "./roots.js";
import { obj_call } from "./call.js";
import { exec_print_exception } from "./exec.js";
import { STDOUT } from "./print.js";
import { machine_pin_irq_poll, machine_pin_irq_deinit, machine_pin_irq_watching } from "./modules/machine_pin_irq.js";

/** MICROPY_SCHEDULER_DEPTH's default. */
export const SCHED_DEPTH: u32 = 4;

let head: u32 = 0;
let count: u32 = 0;
/** True while a scheduled call runs. */
let running: bool = false;

/** A fresh, empty queue (runtime_init). */
export function sched_init(): bool {
  head = 0;
  count = 0;
  running = false;
  // The pins' block went with the old heap: this only clears the IRQ flags.
  machine_pin_irq_deinit();
  const q: u32 = gc_alloc(SCHED_DEPTH * 8);
  if (q === 0) return false;
  root_set(Root.SchedQueue, q);
  return true;
}

/** Queue fn(arg); false when the queue is full. */
export function sched_schedule(fn: obj, arg: obj): bool {
  if (count >= SCHED_DEPTH) return false;
  const q: u32 = root_get(Root.SchedQueue);
  if (q === 0) return false;
  const slot: u32 = (((head + count) >>> 0) % SCHED_DEPTH) * 2;
  word_set(q, slot, fn);
  word_set(q, slot + 1, arg);
  count = (count + 1) >>> 0;
  return true;
}

/** How many calls wait. */
export function sched_pending(): u32 {
  return count;
}

/**
 * Before the console blocks for input (the REPL's prompt): while no byte is there, make
 * the waiting calls and take pin edges, idling in between, as MicroPython's event-poll
 * hook does at the prompt. Returns at once when there is nothing to wait for.
 */
export function sched_wait_for_input(): void {
  while ((count > 0 || machine_pin_irq_watching()) && !hal_stdin_ready()) {
    sched_poll();
    hal_stdout_flush();
    hal_idle();
  }
}

/**
 * The poll: queue the pins' pending edges, then make the oldest waiting call unless one
 * is running already. Called by the VM between bytecodes and by sleeps.
 */
export function sched_poll(): void {
  machine_pin_irq_poll();
  if (count === 0 || running) return;
  const q: u32 = root_get(Root.SchedQueue);
  const slot: u32 = (head % SCHED_DEPTH) * 2;
  const depth: u32 = gc_root_depth();
  const fn: obj = word_get(q, slot);
  gc_root_push(fn);
  const base: u32 = gc_root_depth();
  gc_root_push(word_get(q, slot + 1));
  word_set(q, slot, OBJ_NULL);
  word_set(q, slot + 1, OBJ_NULL);
  head = ((head + 1) >>> 0) % SCHED_DEPTH;
  count = (count - 1) >>> 0;
  running = true;
  try {
    obj_call(fn, 1, 0, gc_root_addr(base));
  } catch (e) {
    const exc: obj = caught(e);
    exec_print_exception(STDOUT, exc);
  }
  running = false;
  gc_root_restore(depth);
}

/** Drop every waiting call and stop the pins' IRQs (a soft reset). */
export function sched_deinit(): void {
  machine_pin_irq_deinit();
  head = 0;
  count = 0;
  running = false;
  const q: u32 = root_get(Root.SchedQueue);
  if (q === 0) return;
  for (let i: u32 = 0; i < SCHED_DEPTH * 2; i++) word_set(q, i, OBJ_NULL);
}

function word_get(block: u32, i: u32): obj {
  return load_u32(block + i * 4);
}

function word_set(block: u32, i: u32, v: obj): void {
  store_u32(block + i * 4, v);
}
