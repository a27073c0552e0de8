// The machine module (MicroPython's extmod/modmachine.c with rp2's functions): Pin and
// Signal, reset, soft_reset, bootloader, unique_id, freq, idle, disable_irq, enable_irq.
// On a board these reach its hardware through the HAL; the host and Node simulate a
// board (ports/host/README.md).

import { raise, type i32, type u32 } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NONE, new_qstr_obj, new_small_int, type obj } from "../obj.js";
import { type_word, TypeId } from "../objects/type.js";
import { raise_msg } from "../objects/exception.js";
import { dict_set } from "../objects/dict.js";
import { type_call } from "../objects/class.js";
import { module_new, module_globals } from "../objects/module.js";
import { str_new_uninit, str_seal, StrObj } from "../objects/str.js";
import { int_from_i32 } from "../objects/int.js";
import { mpz_from_u32 } from "../mpz.js";
import { raise_memory_error } from "../objects/exception.js";
import { obj_is_true } from "../operators.js";
import { arg, arg_int } from "../builtins_args.js";
import { builtin_module_fill, ModuleOwner, Builtin } from "../builtins.js";
import { Q } from "../qstr_static.js";
import { machine_pin_class_make, machine_class_make } from "./machine_pin.js";
import { machine_irq_disable, machine_irq_enable } from "./machine_pin_irq.js";
import { sched_poll } from "../sched.js";

/** The longest unique id read (RP2040's flash id is 8 bytes). */
const UNIQUE_ID_MAX: u32 = 32;

/** import machine: the module's functions, Pin and Signal. */
export function machine_module_make(): obj {
  const m: obj = module_new(Q.machine);
  const depth: u32 = gc_root_push(m);
  const g: obj = module_globals(m);
  builtin_module_fill(g, ModuleOwner.machine);
  dict_set(g, new_qstr_obj(Q.Pin), machine_pin_class_make());
  const signal: obj = machine_class_make(Q.Signal, Builtin.signal_new, Builtin.signal_off);
  gc_root_push(signal);
  dict_set(g, new_qstr_obj(Q.Signal), signal);
  gc_root_restore(depth);
  return m;
}

/** reset(): a hard reset (the host exits; see hal.d.ts). */
export function machine_fn_reset(n_args: u32, n_kw: u32, args: u32): obj {
  hal_stdout_flush();
  hal_machine_reset();
}

/** soft_reset(): SystemExit, which a board's REPL turns into a soft reset (as pyexec does). */
export function machine_fn_soft_reset(n_args: u32, n_kw: u32, args: u32): obj {
  raise(type_call(type_word(TypeId.SystemExit), 0, 0, args));
}

export function machine_fn_bootloader(n_args: u32, n_kw: u32, args: u32): obj {
  hal_stdout_flush();
  hal_machine_bootloader();
}

/** unique_id(): the board's id as bytes. */
export function machine_fn_unique_id(n_args: u32, n_kw: u32, args: u32): obj {
  const b: obj = str_new_uninit(TypeId.bytes, UNIQUE_ID_MAX);
  const n: u32 = hal_unique_id(StrObj.data.get(b), UNIQUE_ID_MAX);
  StrObj.len.set(b, n < UNIQUE_ID_MAX ? n : UNIQUE_ID_MAX);
  return str_seal(b);
}

/** freq() gives the CPU clock in Hz; freq(hz) sets it (ValueError when the board cannot). */
export function machine_fn_freq(n_args: u32, n_kw: u32, args: u32): obj {
  if (n_args === 0) {
    const f: u32 = hal_machine_freq();
    if (f <= 0x7fffffff) return int_from_i32(f | 0);
    const big: obj = mpz_from_u32(f);
    if (big === 0) raise_memory_error();
    return big;
  }
  const hz: i32 = arg_int(arg(args, 0));
  if (hz <= 0 || hal_machine_set_freq(hz >>> 0) < 0) raise_msg(TypeId.ValueError, "cannot change frequency");
  return OBJ_NONE;
}

/** idle(): wait for the next interrupt (about 1 ms at most), then run what it scheduled. */
export function machine_fn_idle(n_args: u32, n_kw: u32, args: u32): obj {
  hal_idle();
  sched_poll();
  return OBJ_NONE;
}

/** disable_irq(): hold pin IRQs back; the state to give enable_irq. */
export function machine_fn_disable_irq(n_args: u32, n_kw: u32, args: u32): obj {
  return new_small_int(machine_irq_disable() ? 1 : 0);
}

export function machine_fn_enable_irq(n_args: u32, n_kw: u32, args: u32): obj {
  machine_irq_enable(n_args === 0 || obj_is_true(arg(args, 0)));
  return OBJ_NONE;
}
