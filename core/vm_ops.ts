// The VM's longer operations, kept out of the dispatch loop: unpacking (mp_unpack_sequence,
// mp_unpack_ex), calls with *args/**kwargs (mp_call_prepare_args_n_kw_var), `with`'s
// entry and cleanup, and `yield from` delegation (mp_resume).

import { load_u32, store_u32, raise, caught, type u32, type bool, type ref } from "./subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_addr } from "./gc.js";
import { OBJ_NULL, OBJ_NONE, OBJ_STOP_ITERATION, is_small_int, small_int_value, is_qstr, type obj } from "./obj.js";
import { obj_type, type_word, TypeId } from "./objects/type.js";
import { raise_msg } from "./objects/exception.js";
import { tuple_len, tuple_get } from "./objects/tuple.js";
import { list_new, list_len, list_get, list_append } from "./objects/list.js";
import { dict_next, dict_key_at, dict_value_at } from "./objects/dict.js";
import { MAP_END } from "./objects/map.js";
import { str_is } from "./objects/str_ops.js";
import { message_begin, message_raise, message_type_name } from "./objects/message.js";
import { print_str, print_u32, print_bytes, type Printer } from "./print.js";
import { qstr_data, qstr_len } from "./qstr.js";
import { obj_getiter, obj_iternext, is_iterator } from "./iter.js";
import { is_class, class_lookup, exception_match } from "./objects/class.js";
import { obj_load_method, obj_load_method_maybe } from "./attr.js";
import { obj_call_method } from "./call.js";
import { obj_is_true } from "./operators.js";
import { Q } from "./qstr_static.js";
import { BinaryOp, UnaryOp } from "./ops.js";
import { Frame, VmExit } from "./frame.js";
import { gen_is, gen_resume, gen_resume_exit, gen_close, exception_get_value } from "./objects/gen.js";
import { vm_set_last_exit } from "./vm.js";

/** next() for the VM: generators resume here, everything else through iter.ts. */
export function vm_iternext(it: obj): obj {
  return gen_is(it) ? gen_next_value(it) : obj_iternext(it);
}

/** A generator's next value; its return (whatever the value) ends the iteration. */
function gen_next_value(g: obj): obj {
  const v: obj = gen_resume(g, OBJ_NONE, OBJ_NULL);
  return gen_resume_exit() === VmExit.Yield ? v : OBJ_STOP_ITERATION;
}

function raise_unpack_count(expected: u32, got: u32, too_many: bool): never {
  const m: Printer = message_begin();
  if (too_many) {
    print_str(m, "too many values to unpack (expected ");
    print_u32(m, expected);
    print_str(m, ")");
  } else {
    print_str(m, "not enough values to unpack (expected ");
    print_u32(m, expected);
    print_str(m, ", got ");
    print_u32(m, got);
    print_str(m, ")");
  }
  message_raise(TypeId.ValueError, m);
}

/** UNPACK_SEQUENCE: seq's n items onto the stack at sp, last item lowest (so the first ends on top). */
export function vm_unpack_sequence(seq: obj, n: u32, sp: u32): void {
  const t: obj = obj_type(seq);
  if (t === type_word(TypeId.tuple) || t === type_word(TypeId.list)) {
    const is_tuple: bool = t === type_word(TypeId.tuple);
    const len: u32 = is_tuple ? tuple_len(seq) : list_len(seq);
    if (len !== n) raise_unpack_count(n, len, len > n);
    for (let i: u32 = 0; i < n; i++) store_u32(sp + (n - 1 - i) * 4, is_tuple ? tuple_get(seq, i) : list_get(seq, i));
    return;
  }
  // Any iterable: collect exactly n items first (the stack slots are free above sp).
  const depth: u32 = gc_root_push(seq);
  const it: obj = obj_getiter(seq);
  gc_root_push(it);
  const items: obj = list_new(0);
  gc_root_push(items);
  for (let i: u32 = 0; i < n; i++) {
    const v: obj = vm_iternext(it);
    if (v === OBJ_STOP_ITERATION) raise_unpack_count(n, i, false);
    list_append(items, v);
  }
  if (vm_iternext(it) !== OBJ_STOP_ITERATION) raise_unpack_count(n, 0, true);
  for (let i: u32 = 0; i < n; i++) store_u32(sp + (n - 1 - i) * 4, list_get(items, i));
  gc_root_restore(depth);
}

/** UNPACK_EX (a, *b, c = seq): n_before | n_after << 8; the starred part as a list. */
export function vm_unpack_ex(seq: obj, arg: u32, sp: u32): void {
  const before: u32 = arg & 0xff;
  const after: u32 = (arg >>> 8) & 0xff;
  const depth: u32 = gc_root_push(seq);
  const it: obj = obj_getiter(seq);
  gc_root_push(it);
  const all: obj = list_new(0);
  gc_root_push(all);
  while (true) {
    const v: obj = vm_iternext(it);
    if (v === OBJ_STOP_ITERATION) break;
    list_append(all, v);
  }
  const len: u32 = list_len(all);
  if (len < before + after) raise_unpack_count((before + after) >>> 0, len, false);
  const rest: obj = list_new(0);
  gc_root_push(rest);
  const rest_end: u32 = (len - after) >>> 0;
  for (let i: u32 = before; i < rest_end; i++) list_append(rest, list_get(all, i));
  // Stack, bottom to top: after items reversed, the rest list, before items reversed.
  const total: u32 = (before + after + 1) >>> 0;
  let k: u32 = 0;
  for (let i: u32 = 0; i < after; i++) {
    store_u32(sp + k * 4, list_get(all, (len - 1 - i) >>> 0));
    k = (k + 1) >>> 0;
  }
  store_u32(sp + k * 4, rest);
  k = (k + 1) >>> 0;
  for (let i: u32 = 0; i < before; i++) {
    store_u32(sp + (total - 1 - i) * 4, list_get(all, i));
  }
  gc_root_restore(depth);
}

// ---- calls with *args / **kwargs ----

let var_n_args: u32 = 0;
let var_n_kw: u32 = 0;

export function vm_var_n_args(): u32 {
  return var_n_args;
}

export function vm_var_n_kw(): u32 {
  return var_n_kw;
}

/**
 * Expand the arguments of CALL_FUNCTION_VAR_KW: n_args positional words (those whose bit
 * is set in star_bits are iterables to unpack) then n_kw pairs (a NULL name: a mapping to
 * unpack) at args. Returns a list holding the expanded words (positional, then pairs);
 * vm_var_n_args/vm_var_n_kw give the counts. The caller keeps the list alive.
 */
export function vm_expand_call_args(n_args: u32, n_kw: u32, args: u32, star_bits: u32): obj {
  const out: obj = list_new(0);
  const depth: u32 = gc_root_push(out);
  let n_pos: u32 = 0;
  for (let i: u32 = 0; i < n_args; i++) {
    const a: obj = load_u32(args + i * 4);
    if (i < 32 && ((star_bits >>> (i & 31)) & 1) !== 0) {
      const it: obj = obj_getiter(a);
      gc_root_push(it);
      while (true) {
        const v: obj = vm_iternext(it);
        if (v === OBJ_STOP_ITERATION) break;
        list_append(out, v);
        n_pos = (n_pos + 1) >>> 0;
      }
    } else {
      list_append(out, a);
      n_pos = (n_pos + 1) >>> 0;
    }
  }
  let n_pairs: u32 = 0;
  for (let k: u32 = 0; k < n_kw; k++) {
    const key: obj = load_u32(args + (n_args + 2 * k) * 4);
    const value: obj = load_u32(args + (n_args + 2 * k + 1) * 4);
    if (key !== OBJ_NULL) {
      list_append(out, key);
      list_append(out, value);
      n_pairs = (n_pairs + 1) >>> 0;
      continue;
    }
    if (obj_type(value) !== type_word(TypeId.dict)) raise_msg(TypeId.TypeError, "argument after ** must be a mapping");
    for (let p: u32 = dict_next(value, 0); p !== MAP_END; p = dict_next(value, (p + 1) >>> 0)) {
      const name: obj = dict_key_at(value, p);
      if (!is_qstr(name) && !str_is(name)) raise_msg(TypeId.TypeError, "keywords must be strings");
      list_append(out, name);
      list_append(out, dict_value_at(value, p));
      n_pairs = (n_pairs + 1) >>> 0;
    }
  }
  var_n_args = n_pos;
  var_n_kw = n_pairs;
  gc_root_restore(depth);
  return out;
}

export function vm_star_bits(o: obj): u32 {
  return is_small_int(o) ? small_int_value(o) >>> 0 : 0;
}

// ---- with ----

/** SETUP_WITH's first half: (ctx) at sp becomes (__exit__, ctx); returns __enter__()'s value. */
export function vm_with_enter(sp: u32): obj {
  const ctx: obj = load_u32(sp);
  obj_load_method(ctx, Q.__exit__, sp);
  obj_load_method(ctx, Q.__enter__, (sp + 8) >>> 0);
  return obj_call_method(0, 0, (sp + 8) >>> 0);
}

/**
 * WITH_CLEANUP: call __exit__ for the way the block ended (None: normally; a small int:
 * a return or jump passing through; an exception) and leave what END_FINALLY expects.
 * Returns the new sp.
 */
export function vm_with_cleanup(sp: u32): u32 {
  const top: obj = load_u32(sp);
  if (top === OBJ_NONE) {
    // (__exit__, ctx, None)
    store_u32(sp + 4, OBJ_NONE);
    store_u32(sp + 8, OBJ_NONE);
    const at: u32 = (sp - 8) >>> 0;
    obj_call_method(3, 0, at);
    store_u32(at, OBJ_NONE);
    return at;
  }
  if (is_small_int(top)) {
    // (__exit__, ctx, data, cause)
    const data: obj = load_u32(sp - 4);
    store_u32(sp - 4, OBJ_NONE);
    store_u32(sp, OBJ_NONE);
    store_u32(sp + 4, OBJ_NONE);
    const at: u32 = (sp - 12) >>> 0;
    obj_call_method(3, 0, at);
    store_u32(at, data);
    store_u32(at + 4, top);
    return (at + 4) >>> 0;
  }
  // (__exit__, ctx, exc): __exit__(type, exc, None); a true result swallows the exception.
  store_u32(sp + 4, top);
  store_u32(sp, obj_type(top));
  store_u32(sp + 8, OBJ_NONE);
  const at: u32 = (sp - 8) >>> 0;
  const r: obj = obj_call_method(3, 0, at);
  if (obj_is_true(r)) store_u32(at, OBJ_NONE);
  else store_u32(at, load_u32(at + 12));
  return at;
}

// ---- yield from ----

/**
 * GET_ITER right before a `yield from` (also what `await` compiles to, as in MicroPython):
 * an instance whose class defines __await__ and no __iter__ delegates to what __await__
 * returns, so CPython-style awaitables work. The stack slot at sp holds the object; sp+4
 * is free (the LOAD_CONST_NONE that follows needs it), so the method call uses both.
 */
export function vm_getiter_delegate(sp: u32): obj {
  const o: obj = load_u32(sp);
  const t: obj = obj_type(o);
  if (!is_class(t) || class_lookup(t, Q.__iter__) !== OBJ_NULL || class_lookup(t, Q.__await__) === OBJ_NULL) {
    return obj_getiter(o);
  }
  obj_load_method(o, Q.__await__, sp);
  const it: obj = obj_call_method(0, 0, sp);
  if (!is_iterator(it)) {
    const m: Printer = message_begin();
    print_str(m, "__await__() returned non-iterator of type '");
    message_type_name(m, it);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  return it;
}

/**
 * One step of `yield from`: resume the delegate at sp with `send` (or throw `throw_exc`
 * into it). vm_last_exit() is Yield when it yielded (the value is returned), Return when
 * it finished (its return value is returned).
 */
export function vm_yield_from(f: ref, sp: u32, send: obj, throw_exc: obj): obj {
  const d: obj = load_u32(sp);
  Frame.sp.set(f, sp);
  if (throw_exc !== OBJ_NULL && exception_match(throw_exc, type_word(TypeId.GeneratorExit))) {
    // close() of the delegator closes the delegate first, then goes on in the delegator (PEP 380).
    if (gen_is(d)) gen_close(d);
    else if (is_class(obj_type(d))) delegate_call(d, Q.close, OBJ_NULL);
    raise(throw_exc);
  }
  if (gen_is(d)) {
    const v: obj = gen_resume(d, send, throw_exc);
    vm_set_last_exit(gen_resume_exit());
    return v;
  }
  if (is_class(obj_type(d))) {
    // An instance: its throw/send/__next__ methods, whose StopIteration carries the result.
    const q: u32 = throw_exc !== OBJ_NULL ? Q.throw : send !== OBJ_NONE ? Q.send : Q.__next__;
    const r: obj = delegate_call(d, q, throw_exc !== OBJ_NULL ? throw_exc : send !== OBJ_NONE ? send : OBJ_NULL);
    if (r !== OBJ_NULL) return r;
    if (throw_exc !== OBJ_NULL) raise(throw_exc);
    raise_delegate_lacks(d, q);
  }
  // A built-in iterator has no throw() or send(): the exception surfaces at the yield from.
  if (throw_exc !== OBJ_NULL) raise(throw_exc);
  if (send !== OBJ_NONE) raise_delegate_lacks(d, Q.send);
  const v: obj = obj_iternext(d);
  if (v === OBJ_STOP_ITERATION) {
    vm_set_last_exit(VmExit.Return);
    return OBJ_NONE;
  }
  vm_set_last_exit(VmExit.Yield);
  return v;
}

function raise_delegate_lacks(d: obj, q: u32): never {
  const m: Printer = message_begin();
  print_str(m, "'");
  message_type_name(m, d);
  print_str(m, "' object has no attribute '");
  print_bytes(m, qstr_data(q), qstr_len(q));
  print_str(m, "'");
  message_raise(TypeId.AttributeError, m);
}

/**
 * d.q(arg) (no argument when arg is OBJ_NULL) for `yield from`: vm_last_exit() is Yield with
 * its result, or Return with the value of the StopIteration it raised. OBJ_NULL when d has
 * no attribute q. The call's words live on the root stack.
 */
function delegate_call(d: obj, q: u32, arg: obj): obj {
  const depth: u32 = gc_root_push(d);
  gc_root_push(OBJ_NULL);
  gc_root_push(arg);
  const dest: u32 = gc_root_addr(depth);
  if (obj_load_method_maybe(d, q, dest) === OBJ_NULL) {
    gc_root_restore(depth);
    return OBJ_NULL;
  }
  let r: obj = OBJ_NULL;
  try {
    r = obj_call_method(arg === OBJ_NULL ? 0 : 1, 0, dest);
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    if (!exception_match(exc, type_word(TypeId.StopIteration))) raise(exc);
    vm_set_last_exit(VmExit.Return);
    return exception_get_value(exc);
  }
  gc_root_restore(depth);
  vm_set_last_exit(VmExit.Yield);
  return r;
}

// ---- operator numbers of the bytecode as the operators' enums ----

/** The BinaryOp of BINARY_OP_MULTI + n (n < 35, MicroPython's numbering). */
export function bytecode_binary_op(n: u32): BinaryOp {
  switch (n) {
    case 0: return BinaryOp.Less;
    case 1: return BinaryOp.More;
    case 2: return BinaryOp.Equal;
    case 3: return BinaryOp.LessEqual;
    case 4: return BinaryOp.MoreEqual;
    case 5: return BinaryOp.NotEqual;
    case 6: return BinaryOp.In;
    case 7: return BinaryOp.Is;
    case 8: return BinaryOp.ExceptionMatch;
    case 9: return BinaryOp.InplaceOr;
    case 10: return BinaryOp.InplaceXor;
    case 11: return BinaryOp.InplaceAnd;
    case 12: return BinaryOp.InplaceLshift;
    case 13: return BinaryOp.InplaceRshift;
    case 14: return BinaryOp.InplaceAdd;
    case 15: return BinaryOp.InplaceSubtract;
    case 16: return BinaryOp.InplaceMultiply;
    case 17: return BinaryOp.InplaceMatMultiply;
    case 18: return BinaryOp.InplaceFloorDivide;
    case 19: return BinaryOp.InplaceTrueDivide;
    case 20: return BinaryOp.InplaceModulo;
    case 21: return BinaryOp.InplacePower;
    case 22: return BinaryOp.Or;
    case 23: return BinaryOp.Xor;
    case 24: return BinaryOp.And;
    case 25: return BinaryOp.Lshift;
    case 26: return BinaryOp.Rshift;
    case 27: return BinaryOp.Add;
    case 28: return BinaryOp.Subtract;
    case 29: return BinaryOp.Multiply;
    case 30: return BinaryOp.MatMultiply;
    case 31: return BinaryOp.FloorDivide;
    case 32: return BinaryOp.TrueDivide;
    case 33: return BinaryOp.Modulo;
    default: return BinaryOp.Power;
  }
}

/** The UnaryOp of UNARY_OP_MULTI + n (n < 4). */
export function bytecode_unary_op(n: u32): UnaryOp {
  switch (n) {
    case 0: return UnaryOp.Positive;
    case 1: return UnaryOp.Negative;
    case 2: return UnaryOp.Invert;
    default: return UnaryOp.Not;
  }
}
