// Pin edges into the scheduler: the VM's poll takes the port's pending edges
// (hal_pin_irq_next) and schedules each pin's handler with its Pin object, as
// MicroPython's mp_irq_handler does for a soft IRQ (a full queue drops the call).

import { type i32, type bool } from "../subset/index.js";
import { OBJ_NULL, OBJ_NONE, new_small_int, type obj } from "../obj.js";
import { sched_schedule } from "../sched.js";
import { pins_block, pins_count, pin_word, pin_word_set, PinWord } from "./machine_pins.js";

/** True once a handler was set (so the VM's poll costs nothing before). */
let watching: bool = false;
/** machine.disable_irq(): edges wait in the port's queue until enable_irq. */
let irq_disabled: bool = false;

export function machine_pin_irq_watch(): void {
  watching = true;
}

/** Has any pin had a handler since start-up? */
export function machine_pin_irq_watching(): bool {
  return watching;
}

export function machine_irq_disable(): bool {
  const was: bool = irq_disabled;
  irq_disabled = true;
  return !was;
}

export function machine_irq_enable(on: bool): void {
  irq_disabled = !on;
}

export function machine_pin_irq_poll(): void {
  if (!watching || irq_disabled) return;
  for (;;) {
    const e: i32 = hal_pin_irq_next();
    if (e < 0) return;
    const pin: i32 = e & 0xff;
    if (pins_block() === 0 || pin >= pins_count()) continue;
    const handler: obj = pin_word(pin, PinWord.Handler);
    const p: obj = pin_word(pin, PinWord.Object);
    if (handler === OBJ_NULL || handler === OBJ_NONE || p === OBJ_NULL) continue;
    pin_word_set(pin, PinWord.Flags, new_small_int((e >> 8) & 0xff));
    sched_schedule(handler, p);
  }
}

/** Stop every pin's IRQ (soft reset; runtime_init). */
export function machine_pin_irq_deinit(): void {
  if (pins_block() !== 0) {
    const n: i32 = pins_count();
    for (let i: i32 = 0; i < n; i++) {
      if (pin_word(i, PinWord.Handler) !== OBJ_NULL) hal_pin_irq_enable(i, 0);
      pin_word_set(i, PinWord.Handler, OBJ_NULL);
    }
  }
  watching = false;
  irq_disabled = false;
}
