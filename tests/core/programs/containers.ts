// list, dict, set and frozenset: one command per input line over named variables (a letter
// and a digit: L0, D1, S2…), printing "<result> | <repr of the first variable>", or
// "<ExceptionName>: <message> | <repr…>" when the command raises. Values are literals
// without spaces: 5, -7, 123456789012345678901, 'ab', (1,'a'), [1,2], None, or a variable.
//   list X | dict X | set X | frozenset X v          X = [], {}, set(), frozenset(v)
//   list.append X v … (see run_command for the full list; the test's oracle mirrors it)
// Control lines print nothing: "heap N" (first line only: the heap size), "stress 0|1".
// "check X" verifies a container's internal invariants (after a MemoryError).
import { load_u8, load_u32, store_u8, caught, type i32, type u32, type bool } from "../../../core/subset/index.js";
import { runtime_init } from "../../../core/runtime.js";
import { OBJ_NULL, OBJ_NONE, bool_obj, new_small_int, type obj } from "../../../core/obj.js";
import { int_from_text } from "../../../core/objects/int.js";
import { obj_print } from "../../../core/objects/print.js";
import { PrintKind, str_from_bytes } from "../../../core/objects/str.js";
import { tuple_new, tuple_set, tuple_len, tuple_get } from "../../../core/objects/tuple.js";
import { exception_type_id, exception_args } from "../../../core/objects/exception.js";
import { TYPE_NAME, TypeId } from "../../../core/objects/type.js";
import { BinaryOp } from "../../../core/ops.js";
import { gc_root_push, gc_root_restore, gc_set_stress, gc_collect } from "../../../core/gc.js";
import { qstr_data, qstr_len } from "../../../core/qstr.js";
import { print_str, print_bytes, STDOUT } from "../../../core/print.js";
import {
  ListObj, list_new, list_len, list_get, list_set, list_append, list_extend, list_insert, list_pop, list_remove,
  list_index, list_count, list_reverse, list_clear, list_copy, list_subscr_get, list_subscr_set, list_subscr_delete,
  list_slice_get, list_slice_set, list_slice_delete, list_binary_op, list_sort, list_is, list_from, list_print,
} from "../../../core/objects/list.js";
import {
  dict_new, dict_get, dict_set, dict_delete, dict_contains, dict_pop, dict_popitem, dict_setdefault, dict_update,
  dict_clear, dict_copy, dict_fromkeys, dict_equal, dict_keys_list, dict_values_list, dict_items_list, dict_print,
  dict_len, dict_is,
} from "../../../core/objects/dict.js";
import {
  set_new, set_add, set_discard, set_remove, set_pop, set_clear, set_copy, set_update, set_union, set_intersection,
  set_difference, set_symmetric_difference, set_intersection_update, set_difference_update,
  set_symmetric_difference_update, set_issubset, set_issuperset, set_isdisjoint, set_binary_op, set_print, set_is,
  set_len,
} from "../../../core/objects/set.js";
import { MapObj, map_iter_next, map_key_at, map_find, MAP_END } from "../../../core/objects/map.js";
import { compare_raise_unorderable } from "../../../core/objects/compare.js";

const INPUT: u32 = 8 << 20;
const INPUT_MAX: u32 = 4 << 20;
/** Variables: 26 letters × 10 digits, kept in a list (rooted for the whole run). */
const VARS: u32 = 260;
let vars: obj = 0;

// ---- the line being read ----

let line: u32 = 0;
let line_end: u32 = 0;
let at: u32 = 0;

function peek(): i32 {
  return at < line_end ? load_u8(at) : -1;
}

function skip_spaces(): void {
  while (peek() === 32) at = (at + 1) >>> 0;
}

function at_end(): bool {
  skip_spaces();
  return at >= line_end;
}

/** The next word, compared with s (consumed only when equal). */
function word_is(s: string): bool {
  skip_spaces();
  let n: u32 = 0;
  while (((at + n) >>> 0) < line_end && load_u8(at + n) !== 32) n = (n + 1) >>> 0;
  if (n !== s.length) return false;
  for (let i: u32 = 0; i < n; i++) if (load_u8(at + i) !== s.charCodeAt(i)) return false;
  at = (at + n) >>> 0;
  return true;
}

function is_digit(c: i32): bool {
  return c >= 48 && c <= 57;
}

/** A variable name (letter, digit) → its slot. */
function var_slot(): u32 {
  skip_spaces();
  const slot: u32 = ((load_u8(at) - 65) * 10 + (load_u8(at + 1) - 48)) >>> 0;
  at = (at + 2) >>> 0;
  return slot;
}

function var_get(slot: u32): obj {
  return list_get(vars, slot);
}

function var_put(slot: u32, o: obj): void {
  list_set(vars, slot, o);
}

/** Items up to the closing byte, as a new list (for tuple and list literals). */
function parse_items(close: i32): obj {
  const l: obj = list_new(0);
  const depth: u32 = gc_root_push(l);
  at = (at + 1) >>> 0;
  while (peek() !== close) {
    list_append(l, parse_value());
    if (peek() === 44) at = (at + 1) >>> 0;
  }
  at = (at + 1) >>> 0;
  gc_root_restore(depth);
  return l;
}

function parse_value(): obj {
  skip_spaces();
  const c: i32 = peek();
  if (c === 39) {
    const start: u32 = (at + 1) >>> 0;
    let n: u32 = 0;
    while (load_u8(start + n) !== 39) n = (n + 1) >>> 0;
    at = (start + n + 1) >>> 0;
    return str_from_bytes(start, n);
  }
  if (c === 40) {
    const l: obj = parse_items(41);
    const depth: u32 = gc_root_push(l);
    const t: obj = tuple_new(list_len(l));
    for (let i: u32 = 0; i < list_len(l); i++) tuple_set(t, i, list_get(l, i));
    gc_root_restore(depth);
    return t;
  }
  if (c === 91) return parse_items(93);
  if (c === 45 || is_digit(c)) {
    const start: u32 = at;
    at = (at + 1) >>> 0;
    while (is_digit(peek())) at = (at + 1) >>> 0;
    return int_from_text(start, (at - start) >>> 0, 10);
  }
  if (word_is("None")) return OBJ_NONE;
  return var_get(var_slot());
}

/** A value argument, rooted (the caller restores the root stack after the command). */
function arg(): obj {
  const v: obj = parse_value();
  gc_root_push(v);
  return v;
}

/** An optional value argument: OBJ_NULL when the line has ended. */
function opt_arg(): obj {
  return at_end() ? OBJ_NULL : arg();
}

function compare_op(): BinaryOp {
  if (word_is("lt")) return BinaryOp.Less;
  if (word_is("le")) return BinaryOp.LessEqual;
  if (word_is("gt")) return BinaryOp.More;
  if (word_is("ge")) return BinaryOp.MoreEqual;
  if (word_is("eq")) return BinaryOp.Equal;
  word_is("ne");
  return BinaryOp.NotEqual;
}

// ---- invariants, for the MemoryError run ----

function list_consistent(l: obj): bool {
  const len: u32 = ListObj.len.get(l);
  const alloc: u32 = ListObj.alloc.get(l);
  if (len > alloc || (alloc > 0 && ListObj.items.get(l) === 0)) return false;
  for (let i: u32 = len; i < alloc; i++) if (load_u32(ListObj.items.get(l) + i * 4) !== 0) return false;
  return true;
}

function map_consistent(m: obj): bool {
  let live: u32 = 0;
  for (let pos: u32 = map_iter_next(m, 0); pos !== MAP_END; pos = map_iter_next(m, (pos + 1) >>> 0)) {
    if (map_find(m, map_key_at(m, pos)) !== (pos | 0)) return false;
    live = (live + 1) >>> 0;
  }
  return live === MapObj.used.get(m);
}

// ---- commands ----

/** Returns the command's result (OBJ_NONE for methods that return None). */
function run_command(): obj {
  // Creation.
  if (word_is("list")) {
    const x: u32 = var_slot();
    var_put(x, at_end() ? list_new(0) : list_from(arg()));
    return var_get(x);
  }
  if (word_is("dict")) {
    const x: u32 = var_slot();
    var_put(x, dict_new());
    return var_get(x);
  }
  if (word_is("set") || word_is("frozenset")) {
    const frozen: bool = load_u8(line) === 102;
    const x: u32 = var_slot();
    const s: obj = set_new(frozen ? TypeId.frozenset : TypeId.set);
    gc_root_push(s);
    if (!at_end()) set_update(s, arg());
    var_put(x, s);
    return s;
  }
  if (word_is("check")) {
    const x: obj = var_get(var_slot());
    return bool_obj(list_is(x) ? list_consistent(x) : map_consistent(x));
  }
  if (word_is("len")) {
    const x: obj = var_get(var_slot());
    return new_small_int((list_is(x) ? list_len(x) : dict_is(x) ? dict_len(x) : set_len(x)) | 0);
  }
  if (word_is("fill")) {
    // Append ints (dict: i → i, set: i) until n of them or MemoryError.
    const x: obj = var_get(var_slot());
    const n: obj = arg();
    for (let i: i32 = 0; i < (n | 0) >> 1; i++) {
      const v: obj = new_small_int(i);
      if (list_is(x)) list_append(x, v);
      else if (dict_is(x)) dict_set(x, v, v);
      else set_add(x, v);
    }
    return OBJ_NONE;
  }
  // Lists.
  if (word_is("list.append")) { const x: obj = var_get(var_slot()); list_append(x, arg()); return OBJ_NONE; }
  if (word_is("list.extend")) { const x: obj = var_get(var_slot()); list_extend(x, arg()); return OBJ_NONE; }
  if (word_is("list.insert")) { const x: obj = var_get(var_slot()); const i: obj = arg(); list_insert(x, i, arg()); return OBJ_NONE; }
  if (word_is("list.pop")) { const x: obj = var_get(var_slot()); return list_pop(x, opt_arg()); }
  if (word_is("list.remove")) { const x: obj = var_get(var_slot()); list_remove(x, arg()); return OBJ_NONE; }
  if (word_is("list.index")) {
    const x: obj = var_get(var_slot());
    const v: obj = arg();
    const start: obj = opt_arg();
    return list_index(x, v, start, opt_arg());
  }
  if (word_is("list.count")) { const x: obj = var_get(var_slot()); return list_count(x, arg()); }
  if (word_is("list.reverse")) { list_reverse(var_get(var_slot())); return OBJ_NONE; }
  if (word_is("list.clear")) { list_clear(var_get(var_slot())); return OBJ_NONE; }
  if (word_is("list.copy")) {
    const x: obj = var_get(var_slot());
    const y: u32 = var_slot();
    var_put(y, list_copy(x));
    return var_get(y);
  }
  if (word_is("list.get")) { const x: obj = var_get(var_slot()); return list_subscr_get(x, arg()); }
  if (word_is("list.set")) { const x: obj = var_get(var_slot()); const i: obj = arg(); list_subscr_set(x, i, arg()); return OBJ_NONE; }
  if (word_is("list.del")) { const x: obj = var_get(var_slot()); list_subscr_delete(x, arg()); return OBJ_NONE; }
  if (word_is("slice.get") || word_is("slice.set") || word_is("slice.del")) {
    const kind: i32 = load_u8(line + 6);
    const x: obj = var_get(var_slot());
    const a: obj = arg();
    const b: obj = arg();
    const c: obj = arg();
    if (kind === 103) return list_slice_get(x, a, b, c);
    if (kind === 115) list_slice_set(x, a, b, c, arg());
    else list_slice_delete(x, a, b, c);
    return OBJ_NONE;
  }
  if (word_is("list.add") || word_is("list.mul")) {
    const op: BinaryOp = load_u8(line + 5) === 97 ? BinaryOp.Add : BinaryOp.Multiply;
    const x: obj = var_get(var_slot());
    const y: obj = arg();
    const z: u32 = var_slot();
    var_put(z, list_binary_op(op, x, y));
    return var_get(z);
  }
  if (word_is("list.iadd") || word_is("list.imul")) {
    const op: BinaryOp = load_u8(line + 6) === 97 ? BinaryOp.InplaceAdd : BinaryOp.InplaceMultiply;
    const x: obj = var_get(var_slot());
    return list_binary_op(op, x, arg());
  }
  if (word_is("list.cmp")) {
    const x: obj = var_get(var_slot());
    const op: BinaryOp = compare_op();
    const y: obj = arg();
    const r: obj = list_binary_op(op, x, y);
    if (r !== OBJ_NULL) return r;
    if (op === BinaryOp.Equal || op === BinaryOp.NotEqual) return bool_obj((x === y) === (op === BinaryOp.Equal));
    compare_raise_unorderable(op, x, y);
  }
  if (word_is("list.in")) { const x: obj = var_get(var_slot()); return list_binary_op(BinaryOp.Contains, x, arg()); }
  if (word_is("list.sort")) {
    const x: obj = var_get(var_slot());
    list_sort(x, OBJ_NULL, word_is("1"));
    return OBJ_NONE;
  }
  if (word_is("list.sortkey")) {
    // Keys (i * 7) % m for item i: what a key function the VM called would have returned.
    const x: obj = var_get(var_slot());
    const m: i32 = (arg() | 0) >> 1;
    const keys: obj = list_new(list_len(x));
    gc_root_push(keys);
    for (let i: u32 = 0; i < list_len(keys); i++) list_set(keys, i, new_small_int(((Math.imul(i | 0, 7) >>> 0) % (m > 0 ? m : 1)) | 0));
    list_sort(x, keys, word_is("1"));
    return OBJ_NONE;
  }
  // Dicts.
  if (word_is("dict.set")) { const x: obj = var_get(var_slot()); const k: obj = arg(); dict_set(x, k, arg()); return OBJ_NONE; }
  if (word_is("dict.get")) { const x: obj = var_get(var_slot()); return dict_get(x, arg()); }
  if (word_is("dict.del")) { const x: obj = var_get(var_slot()); dict_delete(x, arg()); return OBJ_NONE; }
  if (word_is("dict.in")) { const x: obj = var_get(var_slot()); return bool_obj(dict_contains(x, arg())); }
  if (word_is("dict.pop")) { const x: obj = var_get(var_slot()); const k: obj = arg(); return dict_pop(x, k, opt_arg()); }
  if (word_is("dict.popitem")) return dict_popitem(var_get(var_slot()));
  if (word_is("dict.setdefault")) { const x: obj = var_get(var_slot()); const k: obj = arg(); return dict_setdefault(x, k, arg()); }
  if (word_is("dict.update")) { const x: obj = var_get(var_slot()); dict_update(x, arg()); return OBJ_NONE; }
  if (word_is("dict.clear")) { dict_clear(var_get(var_slot())); return OBJ_NONE; }
  if (word_is("dict.copy")) {
    const x: obj = var_get(var_slot());
    const y: u32 = var_slot();
    var_put(y, dict_copy(x));
    return var_get(y);
  }
  if (word_is("dict.fromkeys")) {
    const x: u32 = var_slot();
    const src: obj = arg();
    var_put(x, dict_fromkeys(src, arg()));
    return var_get(x);
  }
  if (word_is("dict.eq")) {
    const x: obj = var_get(var_slot());
    const y: obj = arg();
    return bool_obj(dict_is(y) && dict_equal(x, y));
  }
  if (word_is("dict.keys")) return dict_keys_list(var_get(var_slot()));
  if (word_is("dict.values")) return dict_values_list(var_get(var_slot()));
  if (word_is("dict.items")) return dict_items_list(var_get(var_slot()));
  // Sets.
  if (word_is("set.add")) { const x: obj = var_get(var_slot()); set_add(x, arg()); return OBJ_NONE; }
  if (word_is("set.discard")) { const x: obj = var_get(var_slot()); set_discard(x, arg()); return OBJ_NONE; }
  if (word_is("set.remove")) { const x: obj = var_get(var_slot()); set_remove(x, arg()); return OBJ_NONE; }
  if (word_is("set.pop")) return set_pop(var_get(var_slot()));
  if (word_is("set.clear")) { set_clear(var_get(var_slot())); return OBJ_NONE; }
  if (word_is("set.in")) { const x: obj = var_get(var_slot()); return set_binary_op(BinaryOp.Contains, x, arg()); }
  if (word_is("set.copy")) {
    const x: obj = var_get(var_slot());
    const y: u32 = var_slot();
    var_put(y, set_copy(x));
    return var_get(y);
  }
  if (word_is("set.union") || word_is("set.intersection") || word_is("set.difference") || word_is("set.symmetric_difference")) {
    const which: i32 = load_u8(line + 4);
    const x: obj = var_get(var_slot());
    const y: obj = arg();
    const z: u32 = var_slot();
    if (which === 117) var_put(z, set_union(x, y));
    else if (which === 105) var_put(z, set_intersection(x, y));
    else if (which === 100) var_put(z, set_difference(x, y));
    else var_put(z, set_symmetric_difference(x, y));
    return var_get(z);
  }
  if (word_is("set.update")) { const x: obj = var_get(var_slot()); set_update(x, arg()); return OBJ_NONE; }
  if (word_is("set.intersection_update")) { const x: obj = var_get(var_slot()); set_intersection_update(x, arg()); return OBJ_NONE; }
  if (word_is("set.difference_update")) { const x: obj = var_get(var_slot()); set_difference_update(x, arg()); return OBJ_NONE; }
  if (word_is("set.symmetric_difference_update")) { const x: obj = var_get(var_slot()); set_symmetric_difference_update(x, arg()); return OBJ_NONE; }
  if (word_is("set.issubset")) { const x: obj = var_get(var_slot()); return bool_obj(set_issubset(x, arg())); }
  if (word_is("set.issuperset")) { const x: obj = var_get(var_slot()); return bool_obj(set_issuperset(x, arg())); }
  if (word_is("set.isdisjoint")) { const x: obj = var_get(var_slot()); return bool_obj(set_isdisjoint(x, arg())); }
  if (word_is("set.op")) {
    // Operators | & - ^ and their in-place forms: or and sub xor ior iand isub ixor.
    const x: obj = var_get(var_slot());
    let op: BinaryOp = BinaryOp.Or;
    if (word_is("and")) op = BinaryOp.And;
    else if (word_is("sub")) op = BinaryOp.Subtract;
    else if (word_is("xor")) op = BinaryOp.Xor;
    else if (word_is("ior")) op = BinaryOp.InplaceOr;
    else if (word_is("iand")) op = BinaryOp.InplaceAnd;
    else if (word_is("isub")) op = BinaryOp.InplaceSubtract;
    else if (word_is("ixor")) op = BinaryOp.InplaceXor;
    else word_is("or");
    const r: obj = set_binary_op(op, x, arg());
    return r === OBJ_NULL ? new_small_int(-1) : r;
  }
  if (word_is("set.cmp")) {
    const x: obj = var_get(var_slot());
    const op: BinaryOp = compare_op();
    const y: obj = arg();
    const r: obj = set_binary_op(op, x, y);
    if (r !== OBJ_NULL) return r;
    if (op === BinaryOp.Equal || op === BinaryOp.NotEqual) return bool_obj((x === y) === (op === BinaryOp.Equal));
    compare_raise_unorderable(op, x, y);
  }
  return new_small_int(-999);
}

/**
 * repr(o). The print table (core/objects/print.ts) does not know the containers yet: the
 * top level is dispatched here, and items are ints, strs and tuples.
 */
function show(o: obj): void {
  if (list_is(o)) list_print(STDOUT, o, PrintKind.Repr);
  else if (dict_is(o)) dict_print(STDOUT, o, PrintKind.Repr);
  else if (set_is(o)) set_print(STDOUT, o, PrintKind.Repr);
  else obj_print(STDOUT, o, PrintKind.Repr);
}

function print_exception(e: obj): void {
  const id: u32 = exception_type_id(e);
  const name: u32 = TYPE_NAME[id]!;
  print_bytes(STDOUT, qstr_data(name), qstr_len(name));
  const args: obj = exception_args(e);
  if (args !== OBJ_NULL && tuple_len(args) === 1) {
    print_str(STDOUT, ": ");
    // CPython's str(KeyError(k)) is repr(k).
    obj_print(STDOUT, tuple_get(args, 0), id === TypeId.KeyError ? PrintKind.Repr : PrintKind.Str);
  }
}

/** The first variable named on the line (after the command word), or OBJ_NULL. */
function first_var(): obj {
  at = line;
  skip_spaces();
  while (at < line_end && peek() !== 32) at = (at + 1) >>> 0;
  skip_spaces();
  if (((at + 1) >>> 0) >= line_end) return OBJ_NULL;
  const c: i32 = load_u8(at);
  if (c < 65 || c > 90 || !is_digit(load_u8(at + 1))) return OBJ_NULL;
  return var_get(var_slot());
}

function run_line(): void {
  const depth: u32 = gc_root_push(0);
  let failed: obj = OBJ_NULL;
  let result: obj = OBJ_NULL;
  try {
    result = run_command();
    gc_root_push(result);
  } catch (e) {
    failed = caught(e);
    gc_root_restore((depth + 1) >>> 0);
    gc_root_push(failed);
  }
  if (failed !== OBJ_NULL) print_exception(failed);
  else show(result);
  const x: obj = first_var();
  if (x !== OBJ_NULL && x !== OBJ_NONE) {
    print_str(STDOUT, " | ");
    show(x);
  }
  print_str(STDOUT, "\n");
  gc_root_restore(depth);
}

function line_is(s: string): bool {
  at = line;
  return word_is(s);
}

export function pyx_main(): i32 {
  let len: u32 = 0;
  for (let c: i32 = hal_stdin_read(); c >= 0 && len < INPUT_MAX; c = hal_stdin_read()) {
    store_u8(INPUT + len, c);
    len = (len + 1) >>> 0;
  }
  let start: u32 = 0;
  let heap: u32 = 1 << 20;
  // "heap N" on the first line sets the heap size.
  line = INPUT;
  line_end = INPUT;
  while (((line_end - INPUT) >>> 0) < len && load_u8(line_end) !== 10) line_end = (line_end + 1) >>> 0;
  if (line_is("heap")) {
    skip_spaces();
    let n: u32 = 0;
    while (is_digit(peek())) {
      n = (n * 10 + load_u8(at) - 48) >>> 0;
      at = (at + 1) >>> 0;
    }
    heap = n;
    start = (line_end - INPUT + 1) >>> 0;
  }
  if (!runtime_init(heap)) return 1;
  vars = list_new(VARS);
  gc_root_push(vars);
  for (let i: u32 = 0; i < VARS; i++) list_set(vars, i, OBJ_NONE);
  for (let i: u32 = start; i < len; i++) {
    if (load_u8(INPUT + i) !== 10) continue;
    line = (INPUT + start) >>> 0;
    line_end = (INPUT + i) >>> 0;
    start = (i + 1) >>> 0;
    if (line_is("stress")) {
      gc_set_stress(word_is("1"));
      continue;
    }
    at = line;
    run_line();
  }
  gc_collect();
  return 0;
}
