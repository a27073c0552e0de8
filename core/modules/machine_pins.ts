// The state machine.Pin keeps per CPU pin, in one heap block reached from
// Root.MachinePins: the Pin class and the irq class, then PIN_WORDS words per pin: its Pin
// object (made on first use, so Pin(25) is Pin(25)), its IRQ handler, the edges that last
// triggered it, its configuration (mode, pull, output latch, alt) as a small int, the
// edges its IRQ watches, and its irq object (made on first use).

import { load_u32, store_u32, type i32, type u32 } from "../subset/index.js";
import { gc_alloc } from "../gc.js";
import { OBJ_NULL, is_small_int, small_int_value, new_small_int, type obj } from "../obj.js";
import { root_get, root_set, Root } from "../roots.js";
import { raise_memory_error } from "../objects/exception.js";

export const enum PinWord {
  Object = 0,
  Handler = 1,
  Flags = 2,
  Config = 3,
  Trigger = 4,
  Irq = 5,
}
const PIN_WORDS: u32 = 6;
/** Words before the pins: the Pin class, the irq class. */
const HEADER_WORDS: u32 = 2;

/** MicroPython rp2's numbers, which the HAL's hal_pin_config takes too. */
export const enum PinMode {
  In = 0,
  Out = 1,
  OpenDrain = 2,
  Alt = 3,
}
export const enum PinPull {
  None = 0,
  Up = 1,
  Down = 2,
}
export const PIN_IRQ_FALLING: i32 = 4;
export const PIN_IRQ_RISING: i32 = 8;

/** How many CPU pins the board has (Pin(n) takes 0 .. count-1). */
export function pins_count(): i32 {
  const n: i32 = hal_cpu_pin_count();
  return n < 0 ? 0 : n > 0x10000 ? 0x10000 : n;
}

/** The block, made on first use with the Pin class `cls` and the irq class `irq_cls` (machine's import). */
export function pins_block_make(cls: obj, irq_cls: obj): void {
  if (root_get(Root.MachinePins) !== OBJ_NULL) return;
  const n: u32 = pins_count() >>> 0;
  const b: u32 = gc_alloc(((HEADER_WORDS + n * PIN_WORDS) * 4) >>> 0);
  if (b === 0) raise_memory_error();
  store_u32(b, cls);
  store_u32(b + 4, irq_cls);
  root_set(Root.MachinePins, b);
}

/** The block, or 0 before machine was imported. */
export function pins_block(): u32 {
  return root_get(Root.MachinePins);
}

export function pins_class(): obj {
  const b: u32 = pins_block();
  return b === 0 ? OBJ_NULL : load_u32(b);
}

/** The irq objects' class. */
export function pins_irq_class(): obj {
  const b: u32 = pins_block();
  return b === 0 ? OBJ_NULL : load_u32(b + 4);
}

export function pin_word(pin: i32, w: PinWord): obj {
  const b: u32 = pins_block();
  return b === 0 ? OBJ_NULL : load_u32(b + (HEADER_WORDS + (pin >>> 0) * PIN_WORDS + w) * 4);
}

export function pin_word_set(pin: i32, w: PinWord, v: obj): void {
  const b: u32 = pins_block();
  if (b !== 0) store_u32(b + (HEADER_WORDS + (pin >>> 0) * PIN_WORDS + w) * 4, v);
}

/** The pin's configuration: mode | pull << 4 | latch << 8 | alt << 9 (IN, no pull, low before any). */
export function pin_config(pin: i32): i32 {
  const c: obj = pin_word(pin, PinWord.Config);
  return is_small_int(c) ? small_int_value(c) : 0;
}

export function pin_config_set(pin: i32, mode: i32, pull: i32, latch: i32): void {
  pin_config_set_alt(pin, mode, pull, latch, (pin_config(pin) >> 9) & 0x1f);
}

export function pin_config_set_alt(pin: i32, mode: i32, pull: i32, latch: i32, alt: i32): void {
  const c: i32 = (mode & 0xf) | ((pull & 0xf) << 4) | ((latch & 1) << 8) | ((alt & 0x1f) << 9);
  pin_word_set(pin, PinWord.Config, new_small_int(c));
}

/** The CPU pin a Pin object stands for, or -1 when o is not one. */
export function pin_id_of(o: obj): i32 {
  const b: u32 = pins_block();
  if (b === 0 || o === OBJ_NULL) return -1;
  const n: i32 = pins_count();
  for (let i: i32 = 0; i < n; i++) {
    if (pin_word(i, PinWord.Object) === o) return i;
  }
  return -1;
}
