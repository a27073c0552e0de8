// machine.Pin (MicroPython's rp2 machine_pin.c semantics): a CPU pin by number, by a
// board name ("LED", "GP25") or by a CPU name ("GPIO25"), with the attribute namespaces
// Pin.board.X and Pin.cpu.X; modes IN/OUT/OPEN_DRAIN/ALT, pulls, value/on/off/toggle,
// calling, init, and irq() whose handler runs through the scheduler. Pin is a class made
// when machine is imported, whose methods are native functions (ModuleOwner.machine_class);
// each pin's object is made once and kept (machine_pins.ts), so Pin(25) is Pin(25).

import { mem_compare, type i32, type u32, type bool } from "../subset/index.js";
import { gc_alloc, gc_free, gc_root_push, gc_root_restore, gc_root_depth } from "../gc.js";
import {
  OBJ_NULL, OBJ_NONE, new_small_int, new_qstr_obj, qstr_of, is_qstr, type obj,
} from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error } from "../objects/exception.js";
import { message_begin, message_raise } from "../objects/message.js";
import { str_data, str_len, str_from_bytes } from "../objects/str.js";
import { str_is } from "../objects/str_ops.js";
import { dict_new, dict_set, dict_lookup } from "../objects/dict.js";
import { tuple_new } from "../objects/tuple.js";
import { class_new, class_dict } from "../objects/class.js";
import { instance_new, instance_dict, is_instance } from "../objects/instance.js";
import { obj_is_true } from "../operators.js";
import { arg, arg_or, kw_arg, arg_int } from "../builtins_args.js";
import { builtin_fn_word, builtin_fn_name, Builtin } from "../builtins.js";
import { print_str, print_bytes, print_u32, type Printer } from "../print.js";
import { vstr_data, vstr_len } from "../vstr.js";
import { qstr_data, qstr_len } from "../qstr.js";
import { Q } from "../qstr_static.js";
import {
  pins_block_make, pins_class, pins_irq_class, pins_count, pin_word, pin_word_set, pin_config, pin_config_set, pin_config_set_alt, pin_id_of,
  PinWord, PinMode, PinPull, PIN_IRQ_FALLING, PIN_IRQ_RISING,
} from "./machine_pins.js";
import { machine_pin_irq_watch } from "./machine_pin_irq.js";

const EINVAL: i32 = 22;

// ---- the class ----

/**
 * A class named name_q whose dict holds the native functions first..last of the builtin
 * table (ModuleOwner.machine_class entries, in a row), under their names.
 */
export function machine_class_make(name_q: u32, first: Builtin, last: Builtin): obj {
  const d: obj = dict_new();
  const depth: u32 = gc_root_push(d);
  for (let i: u32 = first; i <= last; i++) dict_set(d, new_qstr_obj(builtin_fn_name(i)), builtin_fn_word(i));
  const bases: obj = tuple_new(0);
  gc_root_push(bases);
  const cls: obj = class_new(name_q, bases, d);
  gc_root_restore(depth);
  return cls;
}

function set_const(d: obj, q: u32, v: i32): void {
  dict_set(d, new_qstr_obj(q), new_small_int(v));
}

/** machine.Pin: the class with its constants and the Pin.board / Pin.cpu namespaces. */
export function machine_pin_class_make(): obj {
  const existing: obj = pins_class();
  if (existing !== OBJ_NULL) return existing;
  const cls: obj = machine_class_make(Q.Pin, Builtin.pin_new, Builtin.pin_repr);
  const depth: u32 = gc_root_push(cls);
  const d: obj = class_dict(cls);
  set_const(d, Q.IN, PinMode.In);
  set_const(d, Q.OUT, PinMode.Out);
  set_const(d, Q.OPEN_DRAIN, PinMode.OpenDrain);
  set_const(d, Q.ALT, PinMode.Alt);
  set_const(d, Q.PULL_UP, PinPull.Up);
  set_const(d, Q.PULL_DOWN, PinPull.Down);
  set_const(d, Q.IRQ_FALLING, PIN_IRQ_FALLING);
  set_const(d, Q.IRQ_RISING, PIN_IRQ_RISING);
  namespace_add(d, Q.board, Builtin.pin_board_getattr);
  namespace_add(d, Q.cpu, Builtin.pin_cpu_getattr);
  const irq_cls: obj = machine_class_make(Q.irq, Builtin.pin_irq_flags, Builtin.pin_irq_trigger);
  gc_root_push(irq_cls);
  pins_block_make(cls, irq_cls);
  gc_root_restore(depth);
  return cls;
}

/** Pin.board / Pin.cpu: an instance of a class whose __getattr__ finds the pins by name. */
function namespace_add(d: obj, q: u32, getattr: Builtin): void {
  const cls: obj = machine_class_make(q, getattr, getattr);
  const depth: u32 = gc_root_push(cls);
  const ns: obj = instance_new(cls);
  gc_root_push(ns);
  dict_set(d, new_qstr_obj(q), ns);
  gc_root_restore(depth);
}

// ---- pins by number and by name ----

/** The Pin object of CPU pin `pin`, made on first use. */
export function pin_object(pin: i32): obj {
  const known: obj = pin_word(pin, PinWord.Object);
  if (known !== OBJ_NULL) return known;
  const o: obj = instance_new(pins_class());
  pin_word_set(pin, PinWord.Object, o);
  return o;
}

/** Does name `i` of the board (board) or of the CPU equal the len bytes at addr (rooted)? */
function name_equals(board: bool, i: i32, addr: u32, len: u32): bool {
  const n: u32 = board ? hal_board_pin_name_len(i) : hal_cpu_pin_name_len(i);
  if (n !== len) return false;
  if (n === 0) return true;
  const buf: u32 = gc_alloc(n);
  if (buf === 0) raise_memory_error();
  if (board) hal_board_pin_name_copy(i, buf);
  else hal_cpu_pin_name_copy(i, buf);
  const same: bool = mem_compare(buf, addr, n) === 0;
  gc_free(buf);
  return same;
}

/** The CPU pin named by the len bytes at addr: a visible board name first, then a CPU name; -1 for none. */
function pin_by_name(addr: u32, len: u32, board: bool, cpu: bool): i32 {
  if (board) {
    const n: i32 = hal_board_pin_count();
    for (let i: i32 = 0; i < n; i++) {
      if (!hal_board_pin_hidden(i) && name_equals(true, i, addr, len)) return hal_board_pin_cpu(i);
    }
  }
  if (cpu) {
    const n: i32 = pins_count();
    for (let i: i32 = 0; i < n; i++) {
      if (name_equals(false, i, addr, len)) return i;
    }
  }
  return -1;
}

function raise_unknown_name(addr: u32, len: u32): never {
  const m: Printer = message_begin();
  print_str(m, "unknown named pin \"");
  print_bytes(m, addr, len);
  print_str(m, "\"");
  message_raise(TypeId.ValueError, m);
}

/** The CPU pin `id` names: a Pin, a number or a name. ValueError otherwise. */
function pin_from_id(id: obj): i32 {
  const known: i32 = pin_id_of(id);
  if (known >= 0) return known;
  if (str_is(id)) {
    const depth: u32 = gc_root_push(id);
    const pin: i32 = pin_by_name(str_data(id), str_len(id), true, true);
    if (pin < 0 || pin >= pins_count()) raise_unknown_name(str_data(id), str_len(id));
    gc_root_restore(depth);
    return pin;
  }
  const n: i32 = arg_int(id);
  if (n < 0 || n >= pins_count()) raise_msg(TypeId.ValueError, "invalid pin");
  return n;
}

/** self's CPU pin (methods receive a Pin; TypeError for anything else). */
function self_pin(self: obj): i32 {
  const pin: i32 = pin_id_of(self);
  if (pin < 0) raise_msg(TypeId.TypeError, "expected a Pin");
  return pin;
}

// ---- configuration ----

/**
 * init's arguments after self (or after the id in the constructor): mode and pull
 * positionally or by keyword, value= and alt= by keyword. mode None keeps the mode;
 * pull None is no pull, as rp2.
 */
function pin_configure(pin: i32, n_args: u32, n_kw: u32, args: u32, first: u32): void {
  if (n_args > ((first + 2) >>> 0)) raise_msg(TypeId.TypeError, "function takes at most 2 positional arguments after the pin");
  for (let i: u32 = 0; i < n_kw; i++) {
    const q: u32 = qstr_of(arg(args, (n_args + i * 2) >>> 0));
    if (q !== Q.mode && q !== Q.pull && q !== Q.value && q !== Q.alt) {
      const m: Printer = message_begin();
      print_str(m, "'");
      print_bytes(m, qstr_data(q), qstr_len(q));
      print_str(m, "' is an invalid keyword argument for Pin.init()");
      message_raise(TypeId.TypeError, m);
    }
  }
  let mode_o: obj = arg_or(n_args, args, first, OBJ_NULL);
  if (mode_o === OBJ_NULL) mode_o = kw_arg(n_args, n_kw, args, Q.mode);
  let pull_o: obj = arg_or(n_args, args, (first + 1) >>> 0, OBJ_NULL);
  if (pull_o === OBJ_NULL) pull_o = kw_arg(n_args, n_kw, args, Q.pull);
  const value_o: obj = kw_arg(n_args, n_kw, args, Q.value);
  const alt_o: obj = kw_arg(n_args, n_kw, args, Q.alt);
  const old: i32 = pin_config(pin);
  let mode: i32 = old & 0xf;
  if (mode_o !== OBJ_NULL && mode_o !== OBJ_NONE) {
    mode = arg_int(mode_o);
    if (mode < PinMode.In || mode > PinMode.Alt) raise_msg(TypeId.ValueError, "invalid pin mode");
  }
  let pull: i32 = PinPull.None;
  if (pull_o !== OBJ_NULL && pull_o !== OBJ_NONE) {
    pull = arg_int(pull_o);
    if (pull < PinPull.None || pull > PinPull.Down) raise_msg(TypeId.ValueError, "invalid pin pull");
  }
  let value: i32 = -1;
  if (value_o !== OBJ_NULL && value_o !== OBJ_NONE) value = obj_is_true(value_o) ? 1 : 0;
  let alt: i32 = 0;
  if (alt_o !== OBJ_NULL && alt_o !== OBJ_NONE) alt = arg_int(alt_o);
  if (alt < 0 || alt > 31) raise_msg(TypeId.ValueError, "invalid pin alt");
  const r: i32 = hal_pin_config(pin, mode, pull, mode === PinMode.Alt ? alt : value);
  if (r === -EINVAL) raise_msg(TypeId.ValueError, "invalid pin configuration");
  if (r < 0) raise_msg(TypeId.OSError, "pin configuration failed");
  pin_config_set_alt(pin, mode, pull, value >= 0 ? value : (old >> 8) & 1, mode === PinMode.Alt ? alt : 0);
}

/** Pin(id, mode=None, pull=None, *, value=None, alt=None): the pin's object, configured when more than id is given. */
export function pin_new(n_args: u32, n_kw: u32, args: u32): obj {
  if (n_args < 2) raise_msg(TypeId.TypeError, "Pin() missing required argument 'id'");
  const pin: i32 = pin_from_id(arg(args, 1));
  const o: obj = pin_object(pin);
  if (n_args > 2 || n_kw > 0) {
    const depth: u32 = gc_root_push(o);
    pin_configure(pin, n_args, n_kw, args, 2);
    gc_root_restore(depth);
  }
  return o;
}

export function pin_m_init(n_args: u32, n_kw: u32, args: u32): obj {
  pin_configure(self_pin(arg(args, 0)), n_args, n_kw, args, 1);
  return OBJ_NONE;
}

// ---- levels ----

function pin_write(pin: i32, v: i32): void {
  hal_pin_write(pin, v);
  const c: i32 = pin_config(pin);
  pin_config_set(pin, c & 0xf, (c >> 4) & 0xf, v);
}

/** value() reads the level; value(x) sets the output latch to bool(x). */
export function pin_m_value(n_args: u32, n_kw: u32, args: u32): obj {
  const pin: i32 = self_pin(arg(args, 0));
  if (n_args < 2) return new_small_int(hal_pin_read(pin) === 0 ? 0 : 1);
  pin_write(pin, obj_is_true(arg(args, 1)) ? 1 : 0);
  return OBJ_NONE;
}

export function pin_m_on(n_args: u32, n_kw: u32, args: u32): obj {
  pin_write(self_pin(arg(args, 0)), 1);
  return OBJ_NONE;
}

export function pin_m_off(n_args: u32, n_kw: u32, args: u32): obj {
  pin_write(self_pin(arg(args, 0)), 0);
  return OBJ_NONE;
}

/** toggle(): invert the output latch (on OPEN_DRAIN: drive low / release). */
export function pin_m_toggle(n_args: u32, n_kw: u32, args: u32): obj {
  const pin: i32 = self_pin(arg(args, 0));
  pin_write(pin, ((pin_config(pin) >> 8) & 1) ^ 1);
  return OBJ_NONE;
}

// ---- irq ----

/**
 * irq(handler=None, trigger=IRQ_FALLING | IRQ_RISING, hard=False): call handler(pin) through
 * the scheduler on those edges; handler None stops. hard=True runs the same way (there is
 * no hard IRQ context). Without arguments nothing changes. Returns the pin's irq object.
 */
export function pin_m_irq(n_args: u32, n_kw: u32, args: u32): obj {
  const pin: i32 = self_pin(arg(args, 0));
  if (n_args > 1 || n_kw > 0) pin_irq_configure(pin, n_args, n_kw, args);
  let irq: obj = pin_word(pin, PinWord.Irq);
  if (irq === OBJ_NULL) {
    irq = instance_new(pins_irq_class());
    pin_word_set(pin, PinWord.Irq, irq);
    dict_set(instance_dict(irq), new_qstr_obj(Q.Pin), pin_object(pin));
  }
  return irq;
}

function pin_irq_configure(pin: i32, n_args: u32, n_kw: u32, args: u32): void {
  let handler: obj = arg_or(n_args, args, 1, OBJ_NULL);
  if (handler === OBJ_NULL) handler = kw_arg(n_args, n_kw, args, Q.handler);
  let trigger_o: obj = arg_or(n_args, args, 2, OBJ_NULL);
  if (trigger_o === OBJ_NULL) trigger_o = kw_arg(n_args, n_kw, args, Q.trigger);
  const trigger: i32 = trigger_o === OBJ_NULL ? PIN_IRQ_FALLING | PIN_IRQ_RISING : arg_int(trigger_o);
  if ((trigger & ~(PIN_IRQ_FALLING | PIN_IRQ_RISING)) !== 0) raise_msg(TypeId.ValueError, "invalid trigger");
  if (handler === OBJ_NULL) handler = OBJ_NONE;
  pin_word_set(pin, PinWord.Handler, handler);
  pin_word_set(pin, PinWord.Flags, new_small_int(0));
  pin_word_set(pin, PinWord.Trigger, new_small_int(handler === OBJ_NONE ? 0 : trigger));
  const r: i32 = hal_pin_irq_enable(pin, handler === OBJ_NONE ? 0 : trigger);
  if (r < 0) raise_msg(TypeId.ValueError, "invalid pin for irq");
  if (handler !== OBJ_NONE) machine_pin_irq_watch();
}

/** The pin an irq object belongs to. */
function irq_pin(self: obj): i32 {
  const pin: i32 = is_instance(self) ? pin_id_of(dict_lookup(instance_dict(self), new_qstr_obj(Q.Pin))) : -1;
  if (pin < 0) raise_msg(TypeId.TypeError, "expected an irq object");
  return pin;
}

function small_word(o: obj): obj {
  return o === OBJ_NULL ? new_small_int(0) : o;
}

/** irq.flags(): the edges that triggered the last call (IRQ_FALLING, IRQ_RISING or both). */
export function pin_irq_m_flags(n_args: u32, n_kw: u32, args: u32): obj {
  return small_word(pin_word(irq_pin(arg(args, 0)), PinWord.Flags));
}

/** irq.trigger(): the edges watched (0 without a handler). */
export function pin_irq_m_trigger(n_args: u32, n_kw: u32, args: u32): obj {
  return small_word(pin_word(irq_pin(arg(args, 0)), PinWord.Trigger));
}

// ---- printing ----

const MODE_NAMES: readonly string[] = ["IN", "OUT", "OPEN_DRAIN", "ALT"];

/** repr: Pin(GPIO25, mode=OUT, pull=PULL_UP), as rp2 prints it. */
export function pin_m_repr(n_args: u32, n_kw: u32, args: u32): obj {
  const pin: i32 = self_pin(arg(args, 0));
  const c: i32 = pin_config(pin);
  const depth: u32 = gc_root_depth();
  const m: Printer = message_begin();
  print_str(m, "Pin(");
  const n: u32 = hal_cpu_pin_name_len(pin);
  if (n > 0) {
    const buf: u32 = gc_alloc(n);
    if (buf === 0) raise_memory_error();
    hal_cpu_pin_name_copy(pin, buf);
    print_bytes(m, buf, n);
    gc_free(buf);
  } else {
    print_u32(m, pin >>> 0);
  }
  print_str(m, ", mode=");
  print_str(m, MODE_NAMES[c & 3]!);
  const pull: i32 = (c >> 4) & 0xf;
  if (pull === PinPull.Up) print_str(m, ", pull=PULL_UP");
  else if (pull === PinPull.Down) print_str(m, ", pull=PULL_DOWN");
  if ((c & 0xf) === PinMode.Alt) {
    print_str(m, ", alt=");
    print_u32(m, ((c >> 9) & 0x1f) >>> 0);
  }
  print_str(m, ")");
  const s: obj = str_from_bytes(vstr_data(m), vstr_len(m));
  gc_root_restore(depth);
  return s;
}

// ---- Pin.board.X, Pin.cpu.X ----

function namespace_getattr(args: u32, board: bool): obj {
  const name: obj = arg(args, 1);
  if (!is_qstr(name) && !str_is(name)) raise_msg(TypeId.TypeError, "attribute name must be a string");
  const depth: u32 = gc_root_push(name);
  const pin: i32 = pin_by_name(str_data(name), str_len(name), board, !board);
  if (pin < 0 || pin >= pins_count()) {
    const m: Printer = message_begin();
    print_str(m, "type object '");
    print_str(m, board ? "board" : "cpu");
    print_str(m, "' has no attribute '");
    print_bytes(m, str_data(name), str_len(name));
    print_str(m, "'");
    message_raise(TypeId.AttributeError, m);
  }
  const o: obj = pin_object(pin);
  gc_root_restore(depth);
  return o;
}

export function pin_board_getattr(n_args: u32, n_kw: u32, args: u32): obj {
  return namespace_getattr(args, true);
}

export function pin_cpu_getattr(n_args: u32, n_kw: u32, args: u32): obj {
  return namespace_getattr(args, false);
}
