// The first objects: printing None/bools/ints/str/tuples/types, raising and catching
// Python exceptions, and MemoryError (raised without allocating) when the heap is full.
import { caught, type i32, type u32 } from "../../../core/subset/index.js";
import { runtime_init } from "../../../core/runtime.js";
import { OBJ_NONE, OBJ_TRUE, OBJ_FALSE, OBJ_ELLIPSIS, new_small_int, new_qstr_obj, type obj } from "../../../core/obj.js";
import { obj_print, print_slot_count } from "../../../core/objects/print.js";
import { PrintKind, str_from_literal } from "../../../core/objects/str.js";
import { tuple_new, tuple_set } from "../../../core/objects/tuple.js";
import { raise_msg, exception_type_id, exception_print_line } from "../../../core/objects/exception.js";
import { type_word, TypeId, builtin_is_subtype } from "../../../core/objects/type.js";
import { print_str, STDOUT } from "../../../core/print.js";
import { gc_root_push, gc_root_restore, gc_root_set, gc_collect } from "../../../core/gc.js";
import { Q } from "../../../core/qstr_static.js";

function show(o: obj): void {
  obj_print(STDOUT, o, PrintKind.Repr);
  print_str(STDOUT, " | ");
  obj_print(STDOUT, o, PrintKind.Str);
  print_str(STDOUT, "\n");
}

/** Chain tuples until the heap is full: ends with MemoryError, never returns. */
function fill_heap(): void {
  let chain: obj = OBJ_NONE;
  const keep: u32 = gc_root_push(chain);
  while (true) {
    const t: obj = tuple_new(2);
    tuple_set(t, 0, chain);
    chain = t;
    gc_root_set(keep, chain);
  }
}

export function pyx_main(): i32 {
  if (!runtime_init(64 * 1024)) return 1;
  show(OBJ_NONE);
  show(OBJ_TRUE);
  show(OBJ_FALSE);
  show(OBJ_ELLIPSIS);
  show(new_small_int(-1073741824));
  show(new_small_int(1073741823));
  show(new_qstr_obj(Q.__init__));
  show(str_from_literal("it's \"quoted\"\n\ttab\\"));
  show(str_from_literal("it's"));
  const t: obj = tuple_new(3);
  const depth: u32 = gc_root_push(t);
  tuple_set(t, 0, new_small_int(1));
  tuple_set(t, 1, str_from_literal("two"));
  tuple_set(t, 2, OBJ_NONE);
  gc_collect();
  show(t);
  const single: obj = tuple_new(1);
  tuple_set(single, 0, new_small_int(7));
  show(single);
  show(tuple_new(0));
  gc_root_restore(depth);
  show(type_word(TypeId.int));
  show(type_word(TypeId.ZeroDivisionError));
  print_str(STDOUT, builtin_is_subtype(TypeId.ZeroDivisionError, TypeId.ArithmeticError) && builtin_is_subtype(TypeId.KeyError, TypeId.Exception) && !builtin_is_subtype(TypeId.KeyboardInterrupt, TypeId.Exception) ? "hierarchy ok\n" : "hierarchy FAILED\n");
  try {
    raise_msg(TypeId.ValueError, "invalid literal for int() with base 10: 'x'");
  } catch (e) {
    const exc: obj = caught(e);
    show(exc);
    exception_print_line(STDOUT, exc);
    print_str(STDOUT, "\n");
    print_str(STDOUT, exception_type_id(exc) === TypeId.ValueError ? "caught ValueError\n" : "wrong type\n");
  }
  try {
    fill_heap();
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(0);
    show(exc);
    exception_print_line(STDOUT, exc);
    print_str(STDOUT, "\n");
    print_str(STDOUT, exception_type_id(exc) === TypeId.MemoryError ? "caught MemoryError\n" : "wrong type\n");
  }
  gc_collect();
  show(str_from_literal("alive after MemoryError"));
  print_str(STDOUT, print_slot_count() === TypeId.Count ? "one print slot per type\n" : "print slots FAILED\n");
  return 0;
}
