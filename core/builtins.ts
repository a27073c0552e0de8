// The builtins module and the table of native functions: built-in functions and the
// methods of built-in types are immediate words ((0x200 + id) << 3 | 6), costing no RAM;
// their code, name, argument counts and owner type are const tables indexed by id.

import { caught, type u8, type u16, type u32, type bool } from "./subset/index.js";
import { gc_root_restore, gc_root_depth } from "./gc.js";
import { Root, root_set, root_get } from "./roots.js";
import { is_immediate, new_qstr_obj, OBJ_NULL, OBJ_ELLIPSIS, OBJ_NOT_IMPLEMENTED, type obj } from "./obj.js";
import { type_word, TypeId, TYPE_NAME, TYPE_BASE, NO_TYPE } from "./objects/type.js";
import { dict_new, dict_set, dict_lookup } from "./objects/dict.js";
import { message_begin, message_raise } from "./objects/message.js";
import { PrintKind } from "./objects/str.js";
import { print_str, print_bytes, print_u32, type Printer } from "./print.js";
import { qstr_data, qstr_len } from "./qstr.js";
import { Q } from "./qstr_static.js";
import {
  builtin_abs, builtin_all, builtin_any, builtin_bin, builtin_callable, builtin_chr, builtin_delattr, builtin_divmod,
  builtin_enumerate, builtin_filter, builtin_getattr, builtin_hasattr, builtin_hash, builtin_hex, builtin_id,
  builtin_isinstance, builtin_issubclass, builtin_iter, builtin_len, builtin_map, builtin_max, builtin_min,
  builtin_next, builtin_oct, builtin_ord, builtin_pow, builtin_print, builtin_repr, builtin_reversed, builtin_round,
  builtin_setattr, builtin_sorted, builtin_sum, builtin_zip,
} from "./builtins_core.js";
import { builtin_build_class } from "./builtins_class.js";
import {
  bytes_m_decode, bytes_m_find, bytes_m_rfind, bytes_m_index, bytes_m_count, bytes_m_startswith, bytes_m_endswith,
  bytes_m_split, bytes_m_strip, bytes_m_lstrip, bytes_m_rstrip, bytes_m_replace, bytes_m_join, bytes_m_hex,
  bytes_m_upper, bytes_m_lower, bytes_m_fromhex, bytearray_m_append, bytearray_m_extend, bytearray_m_pop,
  bytearray_m_insert, bytearray_m_remove, bytearray_m_clear, memoryview_m_tobytes, str_m_encode,
} from "./builtins_bytes.js";
import { complex_m_conjugate } from "./builtins_complex.js";
import { object_m_init, object_m_new, object_m_setattr, object_m_delattr, exception_m_init, property_m_getter, property_m_setter, property_m_deleter } from "./builtins_objects.js";
import { int_m_bit_length } from "./builtins_int.js";
import {
  list_m_append, list_m_extend, list_m_insert, list_m_pop, list_m_remove, list_m_index, list_m_count, list_m_reverse,
  list_m_clear, list_m_copy, list_m_sort, tuple_m_index, tuple_m_count, dict_m_get, dict_m_keys, dict_m_values,
  dict_m_items, dict_m_pop, dict_m_popitem, dict_m_setdefault, dict_m_update, dict_m_clear, dict_m_copy,
  dict_m_fromkeys, set_m_add, set_m_discard, set_m_remove, set_m_pop, set_m_clear, set_m_copy, set_m_update,
  set_m_union, set_m_intersection, set_m_difference, set_m_symmetric_difference, set_m_issubset, set_m_issuperset,
  set_m_isdisjoint, set_m_intersection_update, set_m_difference_update, set_m_symmetric_difference_update,
} from "./builtins_containers.js";
import {
  str_m_join, str_m_split, str_m_strip, str_m_lstrip, str_m_rstrip, str_m_startswith, str_m_endswith, str_m_find,
  str_m_rfind, str_m_index, str_m_count, str_m_replace, str_m_upper, str_m_lower,
} from "./builtins_str.js";
import { str_m_format, builtin_format, object_m_format } from "./objects/str_format.js";
import { builtin___repl_print__ } from "./repl_print.js";
import { builtin___import__ } from "./import_builtin.js";
import { sys_fn_exit, sys_fn_print_exception } from "./modules/sys_fns.js";
import { stream_m_write, stream_m_flush, stream_m_read, stream_m_readline } from "./builtins_stream.js";
import {
  gc_fn_collect, gc_fn_mem_free, gc_fn_mem_alloc, gc_fn_enable, gc_fn_disable, gc_fn_isenabled, gc_fn_threshold,
} from "./modules/gc.js";
import { micropython_fn_const, micropython_fn_opt_level, micropython_fn_mem_info, micropython_fn_qstr_info } from "./modules/micropython.js";
import { str_m_capitalize, str_m_title, str_m_swapcase, str_m_isalpha, str_m_isdigit, str_m_isspace, str_m_isalnum, str_m_isupper, str_m_islower } from "./builtins_str_case.js";
import { str_m_center, str_m_ljust, str_m_rjust, str_m_zfill } from "./builtins_str_pad.js";
import { gen_method_send, gen_method_throw, gen_method_close } from "./objects/gen.js";
import { str_m_rindex, str_m_rsplit, str_m_partition, str_m_rpartition, str_m_splitlines } from "./builtins_str_split.js";

import { slice_m_indices } from "./builtins_slice.js";
import { builtin_globals, builtin_locals, builtin_dir, builtin_eval, builtin_exec } from "./builtins_namespace.js";
import { int_m_to_bytes, int_m_from_bytes } from "./builtins_int_bytes.js";
import { dict_m_getitem, dict_m_setitem, dict_m_delitem, list_m_getitem, list_m_setitem } from "./builtins_special.js";
/** A native function: n_args positional words at args, then n_kw (name, value) pairs. */
export type NativeFn = (n_args: u32, n_kw: u32, args: u32) => obj;

export const enum Builtin {
  abs,
  all,
  any,
  bin,
  callable,
  chr,
  delattr,
  divmod,
  enumerate,
  filter,
  getattr,
  hasattr,
  hash,
  hex,
  id,
  isinstance,
  issubclass,
  iter,
  len,
  map,
  max,
  min,
  next,
  oct,
  ord,
  pow,
  print,
  repr,
  reversed,
  round,
  setattr,
  sorted,
  sum,
  zip,
  build_class,
  object_init,
  object_new,
  object_setattr,
  object_delattr,
  exception_init,
  property_getter,
  property_setter,
  property_deleter,
  int_bit_length,
  list_append,
  list_extend,
  list_insert,
  list_pop,
  list_remove,
  list_index,
  list_count,
  list_reverse,
  list_clear,
  list_copy,
  list_sort,
  tuple_index,
  tuple_count,
  dict_get,
  dict_keys,
  dict_values,
  dict_items,
  dict_pop,
  dict_popitem,
  dict_setdefault,
  dict_update,
  dict_clear,
  dict_copy,
  dict_fromkeys,
  set_add,
  set_discard,
  set_remove,
  set_pop,
  set_clear,
  set_copy,
  set_update,
  set_union,
  set_intersection,
  set_difference,
  set_symmetric_difference,
  set_issubset,
  set_issuperset,
  set_isdisjoint,
  set_intersection_update,
  set_difference_update,
  set_symmetric_difference_update,
  str_join,
  str_split,
  str_strip,
  str_lstrip,
  str_rstrip,
  str_startswith,
  str_endswith,
  str_find,
  str_rfind,
  str_index,
  str_count,
  str_replace,
  str_upper,
  str_lower,
  repl_print,
  import,
  sys_exit,
  sys_print_exception,
  gc_collect,
  gc_mem_free,
  gc_mem_alloc,
  gc_enable,
  gc_disable,
  gc_isenabled,
  gc_threshold,
  micropython_const,
  micropython_opt_level,
  micropython_mem_info,
  micropython_qstr_info,
  str_capitalize,
  str_title,
  str_swapcase,
  str_isalpha,
  str_isdigit,
  str_isspace,
  str_isalnum,
  str_isupper,
  str_islower,
  str_center,
  str_ljust,
  str_rjust,
  str_zfill,
  str_rindex,
  str_rsplit,
  str_partition,
  str_rpartition,
  str_splitlines,
  gen_send,
  gen_throw,
  gen_close,
  str_m_format,
  format,
  object_m_format,
  bytes_decode,
  bytes_find,
  bytes_rfind,
  bytes_index,
  bytes_count,
  bytes_startswith,
  bytes_endswith,
  bytes_split,
  bytes_strip,
  bytes_lstrip,
  bytes_rstrip,
  bytes_replace,
  bytes_join,
  bytes_hex,
  bytes_upper,
  bytes_lower,
  bytes_fromhex,
  bytearray_append,
  bytearray_extend,
  bytearray_pop,
  bytearray_insert,
  bytearray_remove,
  bytearray_clear,
  memoryview_tobytes,
  str_encode,
  complex_conjugate,
  slice_indices,
  globals,
  locals,
  dir,
  eval,
  exec,
  int_to_bytes,
  int_from_bytes,
  stream_write,
  stream_flush,
  stream_read,
  stream_readline,
  dict_getitem,
  dict_setitem,
  dict_delitem,
  list_getitem,
  list_setitem,
  Count,
}

const NATIVE: readonly NativeFn[] = [
  builtin_abs,
  builtin_all,
  builtin_any,
  builtin_bin,
  builtin_callable,
  builtin_chr,
  builtin_delattr,
  builtin_divmod,
  builtin_enumerate,
  builtin_filter,
  builtin_getattr,
  builtin_hasattr,
  builtin_hash,
  builtin_hex,
  builtin_id,
  builtin_isinstance,
  builtin_issubclass,
  builtin_iter,
  builtin_len,
  builtin_map,
  builtin_max,
  builtin_min,
  builtin_next,
  builtin_oct,
  builtin_ord,
  builtin_pow,
  builtin_print,
  builtin_repr,
  builtin_reversed,
  builtin_round,
  builtin_setattr,
  builtin_sorted,
  builtin_sum,
  builtin_zip,
  builtin_build_class,
  object_m_init,
  object_m_new,
  object_m_setattr,
  object_m_delattr,
  exception_m_init,
  property_m_getter,
  property_m_setter,
  property_m_deleter,
  int_m_bit_length,
  list_m_append,
  list_m_extend,
  list_m_insert,
  list_m_pop,
  list_m_remove,
  list_m_index,
  list_m_count,
  list_m_reverse,
  list_m_clear,
  list_m_copy,
  list_m_sort,
  tuple_m_index,
  tuple_m_count,
  dict_m_get,
  dict_m_keys,
  dict_m_values,
  dict_m_items,
  dict_m_pop,
  dict_m_popitem,
  dict_m_setdefault,
  dict_m_update,
  dict_m_clear,
  dict_m_copy,
  dict_m_fromkeys,
  set_m_add,
  set_m_discard,
  set_m_remove,
  set_m_pop,
  set_m_clear,
  set_m_copy,
  set_m_update,
  set_m_union,
  set_m_intersection,
  set_m_difference,
  set_m_symmetric_difference,
  set_m_issubset,
  set_m_issuperset,
  set_m_isdisjoint,
  set_m_intersection_update,
  set_m_difference_update,
  set_m_symmetric_difference_update,
  str_m_join,
  str_m_split,
  str_m_strip,
  str_m_lstrip,
  str_m_rstrip,
  str_m_startswith,
  str_m_endswith,
  str_m_find,
  str_m_rfind,
  str_m_index,
  str_m_count,
  str_m_replace,
  str_m_upper,
  str_m_lower,
  builtin___repl_print__,
  builtin___import__,
  sys_fn_exit,
  sys_fn_print_exception,
  gc_fn_collect,
  gc_fn_mem_free,
  gc_fn_mem_alloc,
  gc_fn_enable,
  gc_fn_disable,
  gc_fn_isenabled,
  gc_fn_threshold,
  micropython_fn_const,
  micropython_fn_opt_level,
  micropython_fn_mem_info,
  micropython_fn_qstr_info,
  str_m_capitalize,
  str_m_title,
  str_m_swapcase,
  str_m_isalpha,
  str_m_isdigit,
  str_m_isspace,
  str_m_isalnum,
  str_m_isupper,
  str_m_islower,
  str_m_center,
  str_m_ljust,
  str_m_rjust,
  str_m_zfill,
  str_m_rindex,
  str_m_rsplit,
  str_m_partition,
  str_m_rpartition,
  str_m_splitlines,
  gen_method_send,
  gen_method_throw,
  gen_method_close,
  str_m_format,
  builtin_format,
  object_m_format,
  bytes_m_decode,
  bytes_m_find,
  bytes_m_rfind,
  bytes_m_index,
  bytes_m_count,
  bytes_m_startswith,
  bytes_m_endswith,
  bytes_m_split,
  bytes_m_strip,
  bytes_m_lstrip,
  bytes_m_rstrip,
  bytes_m_replace,
  bytes_m_join,
  bytes_m_hex,
  bytes_m_upper,
  bytes_m_lower,
  bytes_m_fromhex,
  bytearray_m_append,
  bytearray_m_extend,
  bytearray_m_pop,
  bytearray_m_insert,
  bytearray_m_remove,
  bytearray_m_clear,
  memoryview_m_tobytes,
  str_m_encode,
  complex_m_conjugate,
  slice_m_indices,
  builtin_globals,
  builtin_locals,
  builtin_dir,
  builtin_eval,
  builtin_exec,
  int_m_to_bytes,
  int_m_from_bytes,
  stream_m_write,
  stream_m_flush,
  stream_m_read,
  stream_m_readline,
  dict_m_getitem,
  dict_m_setitem,
  dict_m_delitem,
  list_m_getitem,
  list_m_setitem,
];

// SPEC packs the name's qstr (bits 0-15), the least (16-19) and most (20-23) positional
// arguments, and flags.
const MAX_ANY: u32 = 15 << 20;
const TAKES_KEYWORDS: u32 = 1 << 24;
const CLASSMETHOD: u32 = 1 << 25;
/** A set method frozenset has too (it does not change the set). */
const ALSO_FROZENSET: u32 = 1 << 26;
/** A bytes method bytearray has too. */
const ALSO_BYTEARRAY: u32 = 1 << 27;

const SPEC: readonly u32[] = [
  Q.abs | (1 << 16) | (1 << 20),
  Q.all | (1 << 16) | (1 << 20),
  Q.any | (1 << 16) | (1 << 20),
  Q.bin | (1 << 16) | (1 << 20),
  Q.callable | (1 << 16) | (1 << 20),
  Q.chr | (1 << 16) | (1 << 20),
  Q.delattr | (2 << 16) | (2 << 20),
  Q.divmod | (2 << 16) | (2 << 20),
  Q.enumerate | (1 << 16) | (2 << 20) | TAKES_KEYWORDS,
  Q.filter | (2 << 16) | (2 << 20),
  Q.getattr | (2 << 16) | (3 << 20),
  Q.hasattr | (2 << 16) | (2 << 20),
  Q.hash | (1 << 16) | (1 << 20),
  Q.hex | (1 << 16) | (1 << 20),
  Q.id | (1 << 16) | (1 << 20),
  Q.isinstance | (2 << 16) | (2 << 20),
  Q.issubclass | (2 << 16) | (2 << 20),
  Q.iter | (1 << 16) | (2 << 20),
  Q.len | (1 << 16) | (1 << 20),
  Q.map | (2 << 16) | MAX_ANY,
  Q.max | (1 << 16) | MAX_ANY | TAKES_KEYWORDS,
  Q.min | (1 << 16) | MAX_ANY | TAKES_KEYWORDS,
  Q.next | (1 << 16) | (2 << 20),
  Q.oct | (1 << 16) | (1 << 20),
  Q.ord | (1 << 16) | (1 << 20),
  Q.pow | (2 << 16) | (3 << 20),
  Q.print | (0 << 16) | MAX_ANY | TAKES_KEYWORDS,
  Q.repr | (1 << 16) | (1 << 20),
  Q.reversed | (1 << 16) | (1 << 20),
  Q.round | (1 << 16) | (2 << 20),
  Q.setattr | (3 << 16) | (3 << 20),
  Q.sorted | (1 << 16) | (1 << 20) | TAKES_KEYWORDS,
  Q.sum | (1 << 16) | (2 << 20) | TAKES_KEYWORDS,
  Q.zip | (0 << 16) | MAX_ANY,
  Q.__build_class__ | (2 << 16) | MAX_ANY | TAKES_KEYWORDS,
  Q.__init__ | (1 << 16) | MAX_ANY | TAKES_KEYWORDS,
  Q.__new__ | (1 << 16) | MAX_ANY | TAKES_KEYWORDS,
  Q.__setattr__ | (3 << 16) | (3 << 20),
  Q.__delattr__ | (2 << 16) | (2 << 20),
  Q.__init__ | (1 << 16) | MAX_ANY,
  Q.getter | (2 << 16) | (2 << 20),
  Q.setter | (2 << 16) | (2 << 20),
  Q.deleter | (2 << 16) | (2 << 20),
  Q.bit_length | (1 << 16) | (1 << 20),
  Q.append | (2 << 16) | (2 << 20),
  Q.extend | (2 << 16) | (2 << 20),
  Q.insert | (3 << 16) | (3 << 20),
  Q.pop | (1 << 16) | (2 << 20),
  Q.remove | (2 << 16) | (2 << 20),
  Q.index | (2 << 16) | (4 << 20),
  Q.count | (2 << 16) | (2 << 20),
  Q.reverse | (1 << 16) | (1 << 20),
  Q.clear | (1 << 16) | (1 << 20),
  Q.copy | (1 << 16) | (1 << 20),
  Q.sort | (1 << 16) | (1 << 20) | TAKES_KEYWORDS,
  Q.index | (2 << 16) | (4 << 20),
  Q.count | (2 << 16) | (2 << 20),
  Q.get | (2 << 16) | (3 << 20),
  Q.keys | (1 << 16) | (1 << 20),
  Q.values | (1 << 16) | (1 << 20),
  Q.items | (1 << 16) | (1 << 20),
  Q.pop | (2 << 16) | (3 << 20),
  Q.popitem | (1 << 16) | (1 << 20),
  Q.setdefault | (2 << 16) | (3 << 20),
  Q.update | (1 << 16) | (2 << 20) | TAKES_KEYWORDS,
  Q.clear | (1 << 16) | (1 << 20),
  Q.copy | (1 << 16) | (1 << 20),
  Q.fromkeys | (2 << 16) | (3 << 20) | CLASSMETHOD,
  Q.add | (2 << 16) | (2 << 20),
  Q.discard | (2 << 16) | (2 << 20),
  Q.remove | (2 << 16) | (2 << 20),
  Q.pop | (1 << 16) | (1 << 20),
  Q.clear | (1 << 16) | (1 << 20),
  Q.copy | (1 << 16) | (1 << 20) | ALSO_FROZENSET,
  Q.update | (1 << 16) | MAX_ANY,
  Q.union | (1 << 16) | MAX_ANY | ALSO_FROZENSET,
  Q.intersection | (1 << 16) | MAX_ANY | ALSO_FROZENSET,
  Q.difference | (1 << 16) | MAX_ANY | ALSO_FROZENSET,
  Q.symmetric_difference | (2 << 16) | (2 << 20) | ALSO_FROZENSET,
  Q.issubset | (2 << 16) | (2 << 20) | ALSO_FROZENSET,
  Q.issuperset | (2 << 16) | (2 << 20) | ALSO_FROZENSET,
  Q.isdisjoint | (2 << 16) | (2 << 20) | ALSO_FROZENSET,
  Q.intersection_update | (2 << 16) | (2 << 20),
  Q.difference_update | (2 << 16) | (2 << 20),
  Q.symmetric_difference_update | (2 << 16) | (2 << 20),
  Q.join | (2 << 16) | (2 << 20),
  Q.split | (1 << 16) | (3 << 20) | TAKES_KEYWORDS,
  Q.strip | (1 << 16) | (2 << 20),
  Q.lstrip | (1 << 16) | (2 << 20),
  Q.rstrip | (1 << 16) | (2 << 20),
  Q.startswith | (2 << 16) | (4 << 20),
  Q.endswith | (2 << 16) | (4 << 20),
  Q.find | (2 << 16) | (4 << 20),
  Q.rfind | (2 << 16) | (4 << 20),
  Q.index | (2 << 16) | (4 << 20),
  Q.count | (2 << 16) | (4 << 20),
  Q.replace | (3 << 16) | (4 << 20),
  Q.upper | (1 << 16) | (1 << 20),
  Q.lower | (1 << 16) | (1 << 20),
  Q.__repl_print__ | (1 << 16) | (1 << 20),
  Q.__import__ | (1 << 16) | (5 << 20),
  Q.exit | (0 << 16) | (1 << 20),
  Q.print_exception | (1 << 16) | (2 << 20),
  Q.collect | (0 << 16) | (0 << 20),
  Q.mem_free | (0 << 16) | (0 << 20),
  Q.mem_alloc | (0 << 16) | (0 << 20),
  Q.enable | (0 << 16) | (0 << 20),
  Q.disable | (0 << 16) | (0 << 20),
  Q.isenabled | (0 << 16) | (0 << 20),
  Q.threshold | (0 << 16) | (1 << 20),
  Q.const | (1 << 16) | (1 << 20),
  Q.opt_level | (0 << 16) | (1 << 20),
  Q.mem_info | (0 << 16) | (1 << 20),
  Q.qstr_info | (0 << 16) | (1 << 20),
  Q.capitalize | (1 << 16) | (1 << 20),
  Q.title | (1 << 16) | (1 << 20),
  Q.swapcase | (1 << 16) | (1 << 20),
  Q.isalpha | (1 << 16) | (1 << 20),
  Q.isdigit | (1 << 16) | (1 << 20),
  Q.isspace | (1 << 16) | (1 << 20),
  Q.isalnum | (1 << 16) | (1 << 20),
  Q.isupper | (1 << 16) | (1 << 20),
  Q.islower | (1 << 16) | (1 << 20),
  Q.center | (2 << 16) | (3 << 20),
  Q.ljust | (2 << 16) | (3 << 20),
  Q.rjust | (2 << 16) | (3 << 20),
  Q.zfill | (2 << 16) | (2 << 20),
  Q.rindex | (2 << 16) | (4 << 20),
  Q.rsplit | (1 << 16) | (3 << 20) | TAKES_KEYWORDS,
  Q.partition | (2 << 16) | (2 << 20),
  Q.rpartition | (2 << 16) | (2 << 20),
  Q.splitlines | (1 << 16) | (2 << 20) | TAKES_KEYWORDS,
  Q.send | (2 << 16) | (2 << 20),
  Q.throw | (2 << 16) | (4 << 20),
  Q.close | (1 << 16) | (1 << 20),
  Q.format | (1 << 16) | MAX_ANY | TAKES_KEYWORDS,
  Q.format | (1 << 16) | (2 << 20),
  Q.__format__ | (2 << 16) | (2 << 20),
  Q.decode | (1 << 16) | (3 << 20) | ALSO_BYTEARRAY,
  Q.find | (2 << 16) | (4 << 20) | ALSO_BYTEARRAY,
  Q.rfind | (2 << 16) | (4 << 20) | ALSO_BYTEARRAY,
  Q.index | (2 << 16) | (4 << 20) | ALSO_BYTEARRAY,
  Q.count | (2 << 16) | (4 << 20) | ALSO_BYTEARRAY,
  Q.startswith | (2 << 16) | (4 << 20) | ALSO_BYTEARRAY,
  Q.endswith | (2 << 16) | (4 << 20) | ALSO_BYTEARRAY,
  Q.split | (1 << 16) | (3 << 20) | ALSO_BYTEARRAY,
  Q.strip | (1 << 16) | (2 << 20) | ALSO_BYTEARRAY,
  Q.lstrip | (1 << 16) | (2 << 20) | ALSO_BYTEARRAY,
  Q.rstrip | (1 << 16) | (2 << 20) | ALSO_BYTEARRAY,
  Q.replace | (3 << 16) | (4 << 20) | ALSO_BYTEARRAY,
  Q.join | (2 << 16) | (2 << 20) | ALSO_BYTEARRAY,
  Q.hex | (1 << 16) | (1 << 20) | ALSO_BYTEARRAY,
  Q.upper | (1 << 16) | (1 << 20) | ALSO_BYTEARRAY,
  Q.lower | (1 << 16) | (1 << 20) | ALSO_BYTEARRAY,
  Q.fromhex | (2 << 16) | (2 << 20) | CLASSMETHOD | ALSO_BYTEARRAY,
  Q.append | (2 << 16) | (2 << 20),
  Q.extend | (2 << 16) | (2 << 20),
  Q.pop | (1 << 16) | (2 << 20),
  Q.insert | (3 << 16) | (3 << 20),
  Q.remove | (2 << 16) | (2 << 20),
  Q.clear | (1 << 16) | (1 << 20),
  Q.tobytes | (1 << 16) | (1 << 20),
  Q.encode | (1 << 16) | (3 << 20),
  Q.conjugate | (1 << 16) | (1 << 20),
  Q.indices | (2 << 16) | (2 << 20),
  Q.globals | (0 << 16) | (0 << 20),
  Q.locals | (0 << 16) | (0 << 20),
  Q.dir | (0 << 16) | (1 << 20),
  Q.eval | (1 << 16) | (3 << 20),
  Q.exec | (1 << 16) | (3 << 20),
  Q.to_bytes | (1 << 16) | (3 << 20) | TAKES_KEYWORDS,
  Q.from_bytes | (2 << 16) | (3 << 20) | TAKES_KEYWORDS | CLASSMETHOD,
  Q.write | (2 << 16) | (2 << 20),
  Q.flush | (1 << 16) | (1 << 20),
  Q.read | (1 << 16) | (2 << 20),
  Q.readline | (1 << 16) | (1 << 20),
  Q.__getitem__ | (2 << 16) | (2 << 20),
  Q.__setitem__ | (3 << 16) | (3 << 20),
  Q.__delitem__ | (2 << 16) | (2 << 20),
  Q.__getitem__ | (2 << 16) | (2 << 20),
  Q.__setitem__ | (3 << 16) | (3 << 20),
];

/** The built-in type a method belongs to; NO_OWNER for the builtins module's functions. */
const NO_OWNER: u8 = 0xff;

/**
 * The built-in module a function belongs to (sys.exit, gc.collect): owners from 0xf0 on,
 * above every TypeId, so that a type's method lookup never finds them.
 */
export const enum ModuleOwner {
  sys = 0xf0,
  gc = 0xf1,
  micropython = 0xf2,
}

const OWNER: readonly u8[] = [
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  TypeId.object,
  TypeId.object,
  TypeId.object,
  TypeId.object,
  TypeId.BaseException,
  TypeId.property,
  TypeId.property,
  TypeId.property,
  TypeId.int,
  TypeId.list,
  TypeId.list,
  TypeId.list,
  TypeId.list,
  TypeId.list,
  TypeId.list,
  TypeId.list,
  TypeId.list,
  TypeId.list,
  TypeId.list,
  TypeId.list,
  TypeId.tuple,
  TypeId.tuple,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.set,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  NO_OWNER,
  NO_OWNER,
  ModuleOwner.sys,
  ModuleOwner.sys,
  ModuleOwner.gc,
  ModuleOwner.gc,
  ModuleOwner.gc,
  ModuleOwner.gc,
  ModuleOwner.gc,
  ModuleOwner.gc,
  ModuleOwner.gc,
  ModuleOwner.micropython,
  ModuleOwner.micropython,
  ModuleOwner.micropython,
  ModuleOwner.micropython,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.str,
  TypeId.generator,
  TypeId.generator,
  TypeId.generator,
  TypeId.str,
  NO_OWNER,
  TypeId.object,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytes,
  TypeId.bytearray,
  TypeId.bytearray,
  TypeId.bytearray,
  TypeId.bytearray,
  TypeId.bytearray,
  TypeId.bytearray,
  TypeId.memoryview,
  TypeId.str,
  TypeId.complex,
  TypeId.slice,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  NO_OWNER,
  TypeId.int,
  TypeId.int,
  TypeId.TextIOWrapper,
  TypeId.TextIOWrapper,
  TypeId.TextIOWrapper,
  TypeId.TextIOWrapper,
  TypeId.dict,
  TypeId.dict,
  TypeId.dict,
  TypeId.list,
  TypeId.list,
];

const FN_WORD_BASE: u32 = 0x200;

export function builtin_fn_word(id: u32): obj {
  return (((FN_WORD_BASE + id) << 3) | 6) >>> 0;
}

/** Is o a native function's word? */
export function is_builtin_fn(o: obj): bool {
  if (!is_immediate(o)) return false;
  const n: u32 = o >>> 3;
  return n >= FN_WORD_BASE && n < FN_WORD_BASE + Builtin.Count;
}

function builtin_id_of(fn: obj): u32 {
  return ((fn >>> 3) - FN_WORD_BASE) >>> 0;
}

/** The number of entries in each table (a test checks they agree). */
export function builtin_table_sizes(): u32 {
  return NATIVE.length === SPEC.length && SPEC.length === OWNER.length ? NATIVE.length : 0;
}

/** Is native function fn a classmethod of its type (dict.fromkeys)? */
export function builtin_method_is_classmethod(fn: obj): bool {
  return is_builtin_fn(fn) && (SPEC[builtin_id_of(fn)]! & CLASSMETHOD) !== 0;
}

/** The method q of built-in type id or of its bases, as a native function word; OBJ_NULL when none. */
export function builtin_type_attr(id: u32, q: u32): obj {
  let t: u32 = id;
  while (t !== NO_TYPE) {
    for (let i: u32 = 0; i < Builtin.Count; i++) {
      const owner: u32 = OWNER[i]!;
      const spec: u32 = SPEC[i]!;
      if ((spec & 0xffff) !== q) continue;
      if (owner === t || (t === TypeId.frozenset && owner === TypeId.set && (spec & ALSO_FROZENSET) !== 0) ||
        (t === TypeId.bytearray && owner === TypeId.bytes && (spec & ALSO_BYTEARRAY) !== 0)) {
        return builtin_fn_word(i);
      }
    }
    t = TYPE_BASE[t]!;
  }
  return OBJ_NULL;
}

function raise_arg_count(min: u32, max: u32, n: u32): never {
  const m: Printer = message_begin();
  if (n < min) {
    print_str(m, "function missing ");
    print_u32(m, (min - n) >>> 0);
    print_str(m, " required positional arguments");
  } else if (min === max) {
    print_str(m, "function takes ");
    print_u32(m, max);
    print_str(m, " positional arguments but ");
    print_u32(m, n);
    print_str(m, " were given");
  } else {
    print_str(m, "function expected at most ");
    print_u32(m, max);
    print_str(m, " arguments, got ");
    print_u32(m, n);
  }
  message_raise(TypeId.TypeError, m);
}

/** Call native function fn: checks the counts, then runs its code. */
export function builtin_fn_call(fn: obj, n_args: u32, n_kw: u32, args: u32): obj {
  const id: u32 = builtin_id_of(fn);
  const spec: u32 = SPEC[id]!;
  const min: u32 = (spec >>> 16) & 15;
  const max: u32 = (spec >>> 20) & 15;
  if (n_args < min || (max !== 15 && n_args > max)) raise_arg_count(min, max, n_args);
  if (n_kw !== 0 && (spec & TAKES_KEYWORDS) === 0) {
    const m: Printer = message_begin();
    print_str(m, "function doesn't take keyword arguments");
    message_raise(TypeId.TypeError, m);
  }
  return NATIVE[id]!(n_args, n_kw, args);
}

/** <built-in function len>, or <built-in method append of list object> for a method. */
export function builtin_fn_print(p: Printer, fn: obj, kind: PrintKind): void {
  const id: u32 = builtin_id_of(fn);
  const q: u32 = SPEC[id]! & 0xffff;
  const owner: u32 = OWNER[id]!;
  const is_method: bool = owner < ModuleOwner.sys;
  print_str(p, is_method ? "<method '" : "<built-in function ");
  print_bytes(p, qstr_data(q), qstr_len(q));
  if (is_method) {
    print_str(p, "' of '");
    const tq: u16 = TYPE_NAME[owner]!;
    print_bytes(p, qstr_data(tq), qstr_len(tq));
    print_str(p, "' objects");
  }
  print_str(p, ">");
}

/** The types the builtins module names. */
const MODULE_TYPES: readonly u8[] = [
  TypeId.object, TypeId.type, TypeId.bool, TypeId.int, TypeId.float, TypeId.complex, TypeId.str, TypeId.bytes,
  TypeId.bytearray, TypeId.tuple, TypeId.list, TypeId.dict, TypeId.set, TypeId.frozenset, TypeId.range,
  TypeId.slice, TypeId.property, TypeId.staticmethod, TypeId.classmethod, TypeId.super, TypeId.memoryview,
];

/**
 * The builtins module's RAM dict (Root.Builtins): empty at start-up, it holds only the
 * names a program assigns (builtins.x = …, and _ at the REPL), which hide the static
 * ones. The functions, types, exceptions and constants are found in the const tables
 * (builtins_static_lookup), as MicroPython's ROM dict: they cost no RAM. False when the
 * heap cannot hold the empty dict.
 */
export function builtins_init(): bool {
  const depth: u32 = gc_root_depth();
  try {
    root_set(Root.Builtins, dict_new());
    return true;
  } catch (e) {
    caught(e);
    gc_root_restore(depth);
    return false;
  }
}

/** A name of the builtins module from the const tables; OBJ_NULL when it is none of them. */
export function builtins_static_lookup(q: u32): obj {
  // Every static name is a static qstr: an interned-at-run-time one cannot be.
  if (q === Q.NULL || q >= Q.Count) return OBJ_NULL;
  for (let i: u32 = 0; i < Builtin.Count; i++) {
    if ((SPEC[i]! & 0xffff) === q && OWNER[i]! === NO_OWNER) return builtin_fn_word(i);
  }
  for (let i: u32 = 0; i < MODULE_TYPES.length; i++) {
    const id: u32 = MODULE_TYPES[i]!;
    if (TYPE_NAME[id]! === q) return type_word(id);
  }
  for (let id: u32 = TypeId.BaseException; id <= TypeId.UnicodeError; id++) {
    if (TYPE_NAME[id]! === q) return type_word(id);
  }
  if (q === Q.NotImplemented) return OBJ_NOT_IMPLEMENTED;
  if (q === Q.Ellipsis) return OBJ_ELLIPSIS;
  return OBJ_NULL;
}

/** Put the functions of built-in module `owner` (a ModuleOwner) in its dict d. */
export function builtin_module_fill(d: obj, owner: u32): void {
  for (let i: u32 = 0; i < Builtin.Count; i++) {
    if (OWNER[i]! === owner) dict_set(d, new_qstr_obj(SPEC[i]! & 0xffff), builtin_fn_word(i));
  }
}

/** A name in the builtins module: one assigned at run time, else a static one; OBJ_NULL when none. */
export function builtins_lookup(q: u32): obj {
  const d: obj = root_get(Root.Builtins);
  if (d !== OBJ_NULL) {
    const v: obj = dict_lookup(d, new_qstr_obj(q));
    if (v !== OBJ_NULL) return v;
  }
  return builtins_static_lookup(q);
}
