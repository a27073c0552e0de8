// The select module: poll() objects, as MicroPython's extmod/modselect.c, over the
// streams Pyxis has: sys.stdin is readable when the HAL has input waiting
// (hal_stdin_ready); sys.stdout and sys.stderr are always writable; files and memory
// streams are always ready both ways. poll(timeout) waits in millisecond sleeps, which
// the HAL ends early on Ctrl-C (raised as KeyboardInterrupt).

import { layout, field_ref, raise, type i32, type u32 } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NONE, OBJ_NULL, new_small_int, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error, exception_new } from "../objects/exception.js";
import { list_new, list_len, list_get, list_set, list_append, list_pop } from "../objects/list.js";
import { tuple_new, tuple_set } from "../objects/tuple.js";
import { module_new, module_store_attr, module_globals } from "../objects/module.js";
import { stream_is, stream_fd, StreamFd } from "../objects/stream.js";
import { io_is } from "../objects/iostream.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { obj_getiter } from "../iter.js";
import { arg, arg_or, arg_int } from "../builtins_args.js";
import { Errno, raise_os_error } from "../os_error.js";
import { Q } from "../qstr_static.js";

/** The event bits, MicroPython's (and Linux's) values. */
const POLLIN: u32 = 0x001;
const POLLOUT: u32 = 0x004;
const POLLERR: u32 = 0x008;
const POLLHUP: u32 = 0x010;

/** entries: a list of (object, event mask) pairs, flattened: [obj0, mask0, obj1, mask1, …]. */
const PollObj = layout("PollObj", { type: field_ref, entries: field_ref });

export function select_module_make(): obj {
  const m: obj = module_new(Q.select);
  const depth: u32 = gc_root_push(m);
  builtin_module_fill(module_globals(m), ModuleOwner.select);
  module_store_attr(m, Q.POLLIN, new_small_int(POLLIN | 0));
  module_store_attr(m, Q.POLLOUT, new_small_int(POLLOUT | 0));
  module_store_attr(m, Q.POLLERR, new_small_int(POLLERR | 0));
  module_store_attr(m, Q.POLLHUP, new_small_int(POLLHUP | 0));
  gc_root_restore(depth);
  return m;
}

/** select.poll(): a new poll object with nothing registered. */
export function select_fn_poll(n_args: u32, n_kw: u32, args: u32): obj {
  const entries: obj = list_new(0);
  const depth: u32 = gc_root_push(entries);
  const p: obj = gc_alloc(PollObj.SIZE);
  gc_root_restore(depth);
  if (p === 0) raise_memory_error();
  PollObj.type.set(p, type_word(TypeId.poll));
  PollObj.entries.set(p, entries);
  return p;
}

function poll_self(args: u32): obj {
  const p: obj = arg(args, 0);
  if (obj_type(p) !== type_word(TypeId.poll)) raise_msg(TypeId.TypeError, "descriptor requires a 'poll' object");
  return PollObj.entries.get(p);
}

/** The index in entries of o's pair, or -1. */
function find(entries: obj, o: obj): i32 {
  const n: u32 = list_len(entries);
  for (let i: u32 = 0; i < n; i = (i + 2) >>> 0) {
    if (list_get(entries, i) === o) return i | 0;
  }
  return -1;
}

/** Can poll tell whether o is ready? TypeError otherwise. */
function check_pollable(o: obj): void {
  if (!stream_is(o) && !io_is(o)) raise_msg(TypeId.TypeError, "object with stream.ioctl required");
}

/** register(obj[, eventmask]): watch obj for the events (POLLIN | POLLOUT by default); again: replace the mask. */
export function poll_m_register(n_args: u32, n_kw: u32, args: u32): obj {
  const entries: obj = poll_self(args);
  const o: obj = arg(args, 1);
  check_pollable(o);
  const mask: obj = new_small_int(arg_int(arg_or(n_args, args, 2, new_small_int((POLLIN | POLLOUT) | 0))));
  const at: i32 = find(entries, o);
  if (at >= 0) {
    list_set(entries, (at + 1) >>> 0, mask);
  } else {
    list_append(entries, o);
    list_append(entries, mask);
  }
  return OBJ_NONE;
}

/** unregister(obj): stop watching obj (nothing happens when it was not registered). */
export function poll_m_unregister(n_args: u32, n_kw: u32, args: u32): obj {
  const entries: obj = poll_self(args);
  const at: i32 = find(entries, arg(args, 1));
  if (at >= 0) {
    list_pop(entries, new_small_int(at));
    list_pop(entries, new_small_int(at));
  }
  return OBJ_NONE;
}

/** modify(obj, eventmask): OSError(ENOENT) when obj is not registered. */
export function poll_m_modify(n_args: u32, n_kw: u32, args: u32): obj {
  const entries: obj = poll_self(args);
  const at: i32 = find(entries, arg(args, 1));
  if (at < 0) raise_os_error(Errno.ENOENT);
  list_set(entries, (at + 1) >>> 0, new_small_int(arg_int(arg(args, 2))));
  return OBJ_NONE;
}

/** The events of mask that o has now (errors and hang-ups always count). */
function ready_events(o: obj, mask: u32): u32 {
  let ready: u32 = 0;
  if (stream_is(o)) {
    if (stream_fd(o) === StreamFd.Stdin) {
      if (hal_stdin_ready()) ready = POLLIN;
    } else {
      ready = POLLOUT;
    }
  } else {
    ready = POLLIN | POLLOUT;
  }
  return (ready & (mask | POLLERR | POLLHUP)) >>> 0;
}

/** The (obj, events) tuples of the entries ready now, as a list; empty when none. */
function ready_list(entries: obj): obj {
  const out: obj = list_new(0);
  const depth: u32 = gc_root_push(out);
  const n: u32 = list_len(entries);
  for (let i: u32 = 0; i < n; i = (i + 2) >>> 0) {
    const o: obj = list_get(entries, i);
    const events: u32 = ready_events(o, arg_int(list_get(entries, (i + 1) >>> 0)) >>> 0);
    if (events === 0) continue;
    const t: obj = tuple_new(2);
    gc_root_push(t);
    tuple_set(t, 0, o);
    tuple_set(t, 1, new_small_int(events | 0));
    list_append(out, t);
    gc_root_restore((depth + 1) >>> 0);
  }
  gc_root_restore(depth);
  return out;
}

/** Wait up to timeout ms (negative or None: no limit) for an entry to be ready: the ready list. */
function poll_wait(entries: obj, timeout_arg: obj): obj {
  const timeout: i32 = timeout_arg === OBJ_NONE ? -1 : arg_int(timeout_arg);
  const start: u32 = hal_ticks_ms();
  for (;;) {
    const ready: obj = ready_list(entries);
    if (list_len(ready) !== 0) return ready;
    if (timeout >= 0 && ((hal_ticks_ms() - start) >>> 0) >= (timeout >>> 0)) return ready;
    if (hal_interrupt_pending()) raise(exception_new(TypeId.KeyboardInterrupt, OBJ_NULL));
    hal_sleep_us(1000);
  }
}

/** poll([timeout]): a list of (obj, events) tuples for the entries ready within timeout ms. */
export function poll_m_poll(n_args: u32, n_kw: u32, args: u32): obj {
  const entries: obj = poll_self(args);
  return poll_wait(entries, arg_or(n_args, args, 1, OBJ_NONE));
}

/** ipoll([timeout[, flags]]): as poll, as an iterator. */
export function poll_m_ipoll(n_args: u32, n_kw: u32, args: u32): obj {
  const entries: obj = poll_self(args);
  const ready: obj = poll_wait(entries, arg_or(n_args, args, 1, OBJ_NONE));
  const depth: u32 = gc_root_push(ready);
  const it: obj = obj_getiter(ready);
  gc_root_restore(depth);
  return it;
}
