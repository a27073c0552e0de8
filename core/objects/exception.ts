// Exception instances: their type, their args tuple, and the traceback entries added as
// they propagate. MemoryError is preallocated so that raising it never allocates.

import { layout, field_ref, raise, caught, load_u32, store_u32, type i32, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_realloc, gc_nbytes, gc_lock_depth, gc_lock_set } from "../gc.js";
import { Root, root_get, root_set } from "../roots.js";
import { OBJ_NULL, OBJ_NONE, OBJ_TRUE, OBJ_FALSE, is_immediate, is_small_int, small_int_value, type obj } from "../obj.js";
import { errno_index, ERRNO_NAMES } from "../os_error.js";
import { Q } from "../qstr_static.js";
import { type_word, builtin_type_id, TypeId, TYPE_NAME } from "./type.js";
import { str_from_literal, PrintKind } from "./str.js";
import { tuple_new, tuple_set, tuple_len, tuple_get, tuple_print } from "./tuple.js";
import { print_str, print_bytes, print_u32, type Printer } from "../print.js";
import { obj_print } from "./print.js";
import { qstr_data, qstr_len } from "../qstr.js";

/**
 * cause: `raise X from Y`'s Y (None for `from None`), 0 when there was no `from`.
 * context: the exception being handled when this one was raised (0 for none).
 */
export const ExcObj = layout("ExcObj", { type: field_ref, args: field_ref, traceback: field_ref, cause: field_ref, context: field_ref });

/** Make the MemoryError instance that raise_memory_error raises; false when even that fails. */
export function exception_init(): boolean {
  const e: ref = gc_alloc(ExcObj.SIZE);
  if (e === 0) return false;
  ExcObj.type.set(e, type_word(TypeId.MemoryError));
  root_set(Root.MemoryError, e);
  return true;
}

/**
 * Raise MemoryError without allocating. While micropython.heap_lock() holds, the error
 * says so, as MicroPython's m_malloc_fail: its few blocks are taken past the lock (where
 * MicroPython uses its emergency exception buffer), the plain one if even that fails.
 */
export function raise_memory_error(): never {
  const locked: u32 = gc_lock_depth();
  if (locked === 0) raise(root_get(Root.MemoryError));
  gc_lock_set(0);
  let e: obj = root_get(Root.MemoryError);
  try {
    e = memory_error_locked_new();
  } catch (x) {
    caught(x);
  }
  gc_lock_set(locked);
  raise(e);
}

function memory_error_locked_new(): obj {
  const s: obj = str_from_literal("memory allocation failed, heap is locked");
  const depth: u32 = gc_root_push(s);
  const args: obj = tuple_new(1);
  tuple_set(args, 0, s);
  gc_root_push(args);
  const e: obj = exception_new(TypeId.MemoryError, args);
  gc_root_restore(depth);
  return e;
}

/** A new exception of built-in type id with the given args tuple (0 for none). */
export function exception_new(id: TypeId, args: obj): obj {
  const depth: u32 = gc_root_push(args);
  const e: ref = gc_alloc(ExcObj.SIZE);
  gc_root_restore(depth);
  if (e === 0) raise_memory_error();
  ExcObj.type.set(e, type_word(id));
  ExcObj.args.set(e, args);
  return e;
}

/** Raise a built-in exception whose single argument is the message. */
export function raise_msg(id: TypeId, msg: string): never {
  const s: obj = str_from_literal(msg);
  const depth: u32 = gc_root_push(s);
  const args: obj = tuple_new(1);
  tuple_set(args, 0, s);
  gc_root_push(args);
  const e: obj = exception_new(id, args);
  gc_root_restore(depth);
  raise(e);
}

export function exception_args(e: obj): obj {
  return ExcObj.args.get(e);
}

/** The built-in TypeId of an exception instance (user subclasses: later, through their base). */
export function exception_type_id(e: obj): u32 {
  return builtin_type_id(ExcObj.type.get(e));
}

/** Whether e is a SyntaxError (or IndentationError) as the parser raises it: (msg, (file, line, col, text)). */
export function exception_is_compiler_syntax_error(e: obj): bool {
  const id: u32 = exception_type_id(e);
  if (id !== TypeId.SyntaxError && id !== TypeId.IndentationError) return false;
  const args: obj = ExcObj.args.get(e);
  if (args === OBJ_NULL || tuple_len(args) !== 2) return false;
  const details: obj = tuple_get(args, 1);
  return !is_immediate(details) && load_u32(details) === type_word(TypeId.tuple) && tuple_len(details) === 4;
}

/** str(e): the single argument's str, or the args tuple when there are several. repr: Name(args). */
export function exception_print(p: Printer, e: obj, kind: PrintKind): void {
  const args: obj = ExcObj.args.get(e);
  const n: u32 = args === OBJ_NULL ? 0 : tuple_len(args);
  if (kind === PrintKind.Repr) {
    const name: u32 = TYPE_NAME[exception_type_id(e)]!;
    print_bytes(p, qstr_data(name), qstr_len(name));
    if (n === 0) print_str(p, "()");
    else if (n === 1) {
      print_str(p, "(");
      obj_print(p, tuple_get(args, 0), PrintKind.Repr);
      print_str(p, ")");
    } else {
      tuple_print(p, args, PrintKind.Repr);
    }
    return;
  }
  // OSError(n) for a known errno n: "[Errno 2] ENOENT", as MicroPython prints it.
  if (n === 1 && exception_type_id(e) === TypeId.OSError && is_small_int(tuple_get(args, 0))) {
    const code: i32 = small_int_value(tuple_get(args, 0));
    const index: i32 = errno_index(code);
    if (index >= 0) {
      print_str(p, "[Errno ");
      print_u32(p, code >>> 0);
      print_str(p, "] ");
      print_str(p, ERRNO_NAMES[index]!);
      return;
    }
  }
  // str(KeyError(k)) is repr(k), so that KeyError: 'x' shows the key as written.
  if (n === 1) obj_print(p, tuple_get(args, 0), exception_type_id(e) === TypeId.KeyError ? PrintKind.Repr : PrintKind.Str);
  // A SyntaxError from the compiler, (msg, (file, line, col, text)): its str is msg, as MicroPython's.
  else if (n === 2 && exception_is_compiler_syntax_error(e)) obj_print(p, tuple_get(args, 0), PrintKind.Str);
  else if (n > 1) tuple_print(p, args, PrintKind.Repr);
}

/** The last line of a traceback: "ValueError: message", or just the name when str(e) is empty. */
export function exception_print_line(p: Printer, e: obj): void {
  const name: u32 = TYPE_NAME[exception_type_id(e)]!;
  print_bytes(p, qstr_data(name), qstr_len(name));
  const args: obj = ExcObj.args.get(e);
  const n: u32 = args === OBJ_NULL ? 0 : tuple_len(args);
  if (n === 0) return;
  print_str(p, ": ");
  exception_print(p, e, PrintKind.Str);
}

// ---- tracebacks: (file, line, block) entries added as the exception leaves each frame ----

/** A traceback is a heap array of words: count, then (file qstr, line, block qstr) per entry. */
const TB_ENTRY_WORDS: u32 = 3;

/**
 * Add where e passed (innermost first, as MicroPython's mp_obj_exception_add_traceback).
 * Never raises: when the heap is full the entry is dropped (MemoryError must still propagate).
 */
export function exception_add_traceback(e: obj, file: u32, line: u32, block: u32): void {
  const tb: ref = ExcObj.traceback.get(e);
  const n: u32 = tb === 0 ? 0 : load_u32(tb);
  const need: u32 = ((1 + (n + 1) * TB_ENTRY_WORDS) * 4) >>> 0;
  let t: ref = tb;
  if (tb === 0 || gc_nbytes(tb) < need) {
    const depth: u32 = gc_root_push(e);
    t = gc_realloc(tb, (need + TB_ENTRY_WORDS * 4 * 3) >>> 0);
    gc_root_restore(depth);
    if (t === 0) return;
    ExcObj.traceback.set(e, t);
  }
  const at: u32 = (t + (1 + n * TB_ENTRY_WORDS) * 4) >>> 0;
  store_u32(at, file);
  store_u32(at + 4, line);
  store_u32(at + 8, block);
  store_u32(t, (n + 1) >>> 0);
}

/** Forget e's traceback (an exception object raised again starts a new one). */
export function exception_clear_traceback(e: obj): void {
  ExcObj.traceback.set(e, 0);
}

/** `Traceback (most recent call last):` and the entries, outermost first (nothing when there are none). */
export function exception_print_traceback_entries(p: Printer, e: obj): void {
  const tb: ref = ExcObj.traceback.get(e);
  const n: u32 = tb === 0 ? 0 : load_u32(tb);
  if (n === 0) return;
  print_str(p, "Traceback (most recent call last):\n");
  for (let i: u32 = n; i > 0; i--) {
    const at: u32 = (tb + (1 + (i - 1) * TB_ENTRY_WORDS) * 4) >>> 0;
    const file: u32 = load_u32(at);
    print_str(p, "  File \"");
    print_bytes(p, qstr_data(file), qstr_len(file));
    print_str(p, "\", line ");
    print_u32(p, load_u32(at + 4));
    // A SyntaxError's entry has no block (qstr 0): just the file and line.
    const block: u32 = load_u32(at + 8);
    if (block !== 0) {
      print_str(p, ", in ");
      print_bytes(p, qstr_data(block), qstr_len(block));
    }
    print_str(p, "\n");
  }
}

// ---- chaining: __cause__ (raise ... from) and __context__ (raised while handling) ----

/** `raise e from cause`. The shared MemoryError instance keeps no chain. */
export function exception_set_cause(e: obj, cause: obj): void {
  if (e === root_get(Root.MemoryError)) return;
  ExcObj.cause.set(e, cause);
}

/** The `from` clause's value, or 0 when e was not raised with one. */
export function exception_cause(e: obj): obj {
  return ExcObj.cause.get(e);
}

export function exception_context(e: obj): obj {
  return ExcObj.context.get(e);
}

/** Set e's __context__ (e its ExcObj); the shared MemoryError instance keeps none. */
export function exception_set_context(e: obj, context: obj): void {
  if (e === root_get(Root.MemoryError)) return;
  ExcObj.context.set(e, context);
}

/** e.__cause__, e.__context__, e.__suppress_context__ (e its ExcObj); 0 for another name. */
export function exception_chain_attr(e: obj, q: u32): obj {
  const cause: obj = ExcObj.cause.get(e);
  if (q === Q.__cause__) return cause === OBJ_NULL ? OBJ_NONE : cause;
  if (q === Q.__suppress_context__) return cause === OBJ_NULL ? OBJ_FALSE : OBJ_TRUE;
  if (q === Q.__context__) {
    const context: obj = ExcObj.context.get(e);
    return context === OBJ_NULL ? OBJ_NONE : context;
  }
  return OBJ_NULL;
}
