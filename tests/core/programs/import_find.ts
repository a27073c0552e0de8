// How import finds modules (core/import_path.ts) and names relative imports
// (core/import_relative.ts), without running any module: prints sys.path as made at
// start-up (MICROPYPATH, HOME), then for each argument either where that dotted module
// name is found ("find:<name>"), or the absolute name of a relative import
// ("rel:<module name>:<package? 0|1>:<level>:<name>"), or the script directory made
// sys.path[0] ("script:<path>").
import { load_u8, caught, type i32, type u32, type ref, type bool } from "../../../core/subset/index.js";
import { roots_init, roots_size } from "../../../core/roots.js";
import { print_init } from "../../../core/print.js";
import { gc_init } from "../../../core/gc.js";
import { qstr_init } from "../../../core/qstr.js";
import { exception_init } from "../../../core/objects/exception.js";
import { gc_root_push, gc_root_restore, gc_alloc } from "../../../core/gc.js";
import { OBJ_NONE, new_qstr_obj, type obj } from "../../../core/obj.js";
import { root_get, Root } from "../../../core/roots.js";
import { list_len, list_get } from "../../../core/objects/list.js";
import { str_data, str_len } from "../../../core/objects/str.js";
import { dict_new, dict_set } from "../../../core/objects/dict.js";
import { exception_print_line } from "../../../core/objects/exception.js";
import { qstr_from_bytes, qstr_data, qstr_len } from "../../../core/qstr.js";
import { Q } from "../../../core/qstr_static.js";
import { vstr_data, vstr_len, vstr_add_byte, vstr_add_bytes } from "../../../core/vstr.js";
import { print_str, print_bytes, print_u32, STDOUT } from "../../../core/print.js";
import {
  import_path_init, import_path_set_script, import_path_buffer, import_search_path, import_stat_dir_or_file, ImportStat,
} from "../../../core/import_path.js";
import { import_resolve_relative } from "../../../core/import_relative.js";



function print_stat(s: ImportStat): void {
  print_str(STDOUT, s === ImportStat.Dir ? "dir" : s === ImportStat.File ? "file" : "none");
}

/** Where the dotted name [addr, addr + len) is found, component by component. */
function find(addr: u32, len: u32): void {
  const v: ref = import_path_buffer();
  const depth: u32 = gc_root_push(v);
  let start: u32 = 0;
  let stat: ImportStat = ImportStat.NoExist;
  for (let i: u32 = 1; i <= len; i = (i + 1) >>> 0) {
    if (i !== len && load_u8(addr + i) !== 46) continue;
    const q: u32 = qstr_from_bytes((addr + start) >>> 0, (i - start) >>> 0);
    if (start === 0) {
      stat = import_search_path(q, v);
    } else if (stat === ImportStat.Dir) {
      vstr_add_byte(v, 47);
      vstr_add_bytes(v, qstr_data(q), qstr_len(q));
      stat = import_stat_dir_or_file(v);
    } else {
      stat = ImportStat.NoExist;
    }
    if (stat === ImportStat.NoExist) break;
    start = (i + 1) >>> 0;
  }
  print_stat(stat);
  if (stat !== ImportStat.NoExist) {
    print_str(STDOUT, " ");
    print_bytes(STDOUT, vstr_data(v), vstr_len(v));
  }
  print_str(STDOUT, "\n");
  gc_root_restore(depth);
}

/** The field of "a:b:c" at index k (start and length through field_at/field_len). */
let field_at: u32 = 0;
let field_len: u32 = 0;
function field(addr: u32, len: u32, k: u32): void {
  let start: u32 = 0;
  let n: u32 = 0;
  for (let i: u32 = 0; i <= len; i = (i + 1) >>> 0) {
    if (i === len || load_u8(addr + i) === 58) {
      if (n === k) {
        field_at = (addr + start) >>> 0;
        field_len = (i - start) >>> 0;
        return;
      }
      n = (n + 1) >>> 0;
      start = (i + 1) >>> 0;
    }
  }
  field_at = addr;
  field_len = 0;
}

function relative(addr: u32, len: u32): void {
  const depth: u32 = gc_root_push(0);
  try {
    const globals: obj = dict_new();
    gc_root_push(globals);
    field(addr, len, 1);
    dict_set(globals, new_qstr_obj(Q.__name__), new_qstr_obj(qstr_from_bytes(field_at, field_len)));
    field(addr, len, 2);
    if (field_len === 1 && load_u8(field_at) === 49) dict_set(globals, new_qstr_obj(Q.__path__), OBJ_NONE);
    field(addr, len, 3);
    const level: u32 = (load_u8(field_at) - 48) & 7;
    field(addr, len, 4);
    const q: u32 = import_resolve_relative(qstr_from_bytes(field_at, field_len), level, globals);
    print_bytes(STDOUT, qstr_data(q), qstr_len(q));
  } catch (e) {
    exception_print_line(STDOUT, caught(e));
  }
  print_str(STDOUT, "\n");
  gc_root_restore(depth);
}

function print_path(): void {
  const l: obj = root_get(Root.SysPath);
  print_str(STDOUT, "sys.path:");
  for (let i: u32 = 0; i < list_len(l); i++) {
    const s: obj = list_get(l, i);
    print_str(STDOUT, " '");
    print_bytes(STDOUT, str_data(s), str_len(s));
    print_str(STDOUT, "'");
  }
  print_str(STDOUT, "\n");
}

function starts(addr: u32, len: u32, p: string): bool {
  if (len < p.length) return false;
  for (let i: u32 = 0; i < p.length; i++) if (load_u8(addr + i) !== p.charCodeAt(i)) return false;
  return true;
}

export function pyx_main(): i32 {
  // Only what finding needs (not the whole runtime: this program builds quickly).
  roots_init(64);
  print_init((64 + roots_size()) >>> 0);
  if (!gc_init(4096, 1024 * 1024, 1024) || !qstr_init() || !exception_init()) return 1;
  try {
    import_path_init();
    print_path();
    for (let i: i32 = 1; i < hal_argc(); i++) {
      const len: u32 = hal_arg_len(i);
      const a: ref = gc_alloc((len + 1) >>> 0);
      const depth: u32 = gc_root_push(a);
      hal_arg_copy(i, a);
      print_bytes(STDOUT, a, len);
      print_str(STDOUT, " -> ");
      if (starts(a, len, "find:")) find((a + 5) >>> 0, (len - 5) >>> 0);
      else if (starts(a, len, "rel:")) relative(a, len);
      else if (starts(a, len, "script:")) {
        import_path_set_script((a + 7) >>> 0, (len - 7) >>> 0);
        print_path();
      } else print_str(STDOUT, "?\n");
      gc_root_restore(depth);
    }
  } catch (e) {
    exception_print_line(STDOUT, caught(e));
    print_str(STDOUT, "\n");
    return 1;
  }
  print_u32(STDOUT, 0);
  print_str(STDOUT, "\n");
  return 0;
}
