// machine.Signal (MicroPython's extmod/machine_signal.c): a pin seen through an optional
// inversion, so that on() means "active" whichever level that is. Signal(pin, *,
// invert=False), or Signal(pin arguments…, invert=False), which makes the Pin first. A
// Signal keeps its pin and inversion in its attribute dict.

import { type i32, type u32, type bool } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NULL, OBJ_NONE, new_qstr_obj, new_small_int, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg } from "../objects/exception.js";
import { dict_lookup, dict_set } from "../objects/dict.js";
import { instance_new, instance_dict, is_instance } from "../objects/instance.js";
import { obj_is_true } from "../operators.js";
import { arg, kw_arg } from "../builtins_args.js";
import { load_u32, store_u32 } from "../subset/index.js";
import { qstr_of } from "../obj.js";
import { Q } from "../qstr_static.js";
import { pin_id_of, pin_config, pin_config_set } from "./machine_pins.js";
import { pin_new } from "./machine_pin.js";
import { machine_pin_class_make } from "./machine_pin.js";

/**
 * Signal.__new__(cls, pin or pin arguments…, *, invert=False). With more than a Pin, the
 * arguments (and keywords other than invert) make the Pin as Pin(…) would.
 */
export function signal_new(n_args: u32, n_kw: u32, args: u32): obj {
  if (n_args < 2) raise_msg(TypeId.TypeError, "Signal() missing required argument 'pin'");
  const invert_o: obj = kw_arg(n_args, n_kw, args, Q.invert);
  let pin_o: obj = arg(args, 1);
  if (pin_id_of(pin_o) < 0 || n_args > 2 || n_kw > (invert_o === OBJ_NULL ? 0 : 1)) {
    // Pin(args[1:], keywords without invert): args[0] becomes the Pin class.
    const cls: obj = arg(args, 0);
    store_u32(args, machine_pin_class_make());
    const kept: u32 = compact_keywords(n_args, n_kw, args);
    pin_o = pin_new(n_args, kept, args);
    store_u32(args, cls);
  }
  const depth: u32 = gc_root_push(pin_o);
  const s: obj = instance_new(arg(args, 0));
  gc_root_push(s);
  const d: obj = instance_dict(s);
  dict_set(d, new_qstr_obj(Q.Pin), pin_o);
  dict_set(d, new_qstr_obj(Q.invert), new_small_int(invert_o !== OBJ_NULL && obj_is_true(invert_o) ? 1 : 0));
  gc_root_restore(depth);
  return s;
}

/** Move the keyword pairs other than invert= to the front; how many are left. */
function compact_keywords(n_args: u32, n_kw: u32, args: u32): u32 {
  let kept: u32 = 0;
  for (let i: u32 = 0; i < n_kw; i++) {
    const at: u32 = (args + (n_args + i * 2) * 4) >>> 0;
    if (qstr_of(load_u32(at)) === Q.invert) continue;
    const to: u32 = (args + (n_args + kept * 2) * 4) >>> 0;
    store_u32(to, load_u32(at));
    store_u32(to + 4, load_u32(at + 4));
    kept = (kept + 1) >>> 0;
  }
  return kept;
}

function signal_part(self: obj, q: u32): obj {
  if (!is_instance(self)) raise_msg(TypeId.TypeError, "expected a Signal");
  const v: obj = dict_lookup(instance_dict(self), new_qstr_obj(q));
  if (v === OBJ_NULL) raise_msg(TypeId.TypeError, "expected a Signal");
  return v;
}

function signal_pin(self: obj): i32 {
  const pin: i32 = pin_id_of(signal_part(self, Q.Pin));
  if (pin < 0) raise_msg(TypeId.TypeError, "expected a Signal");
  return pin;
}

function signal_inverted(self: obj): bool {
  return signal_part(self, Q.invert) !== new_small_int(0);
}

function signal_write(self: obj, active: bool): void {
  const pin: i32 = signal_pin(self);
  const level: i32 = active !== signal_inverted(self) ? 1 : 0;
  hal_pin_write(pin, level);
  const c: i32 = pin_config(pin);
  pin_config_set(pin, c & 0xf, (c >> 4) & 0xf, level);
}

/** value() is True-ish 1 when active; value(x) activates for a true x. */
export function signal_m_value(n_args: u32, n_kw: u32, args: u32): obj {
  const self: obj = arg(args, 0);
  if (n_args < 2) {
    const level: bool = hal_pin_read(signal_pin(self)) !== 0;
    return new_small_int(level !== signal_inverted(self) ? 1 : 0);
  }
  signal_write(self, obj_is_true(arg(args, 1)));
  return OBJ_NONE;
}

export function signal_m_on(n_args: u32, n_kw: u32, args: u32): obj {
  signal_write(arg(args, 0), true);
  return OBJ_NONE;
}

export function signal_m_off(n_args: u32, n_kw: u32, args: u32): obj {
  signal_write(arg(args, 0), false);
  return OBJ_NONE;
}
