// Drives the REPL's protocols from standard input with an executor that only reports
// what it was given: "[exec <single|file>[ eof] <n>]" and the source's bytes (escaping
// nothing), so the tests see every byte the REPL writes and every source it would run.
// A source "exit" ends the session as SystemExit(7) would. The globals that tab
// completion searches hold GLOBAL_NAMES.
import { load_u8, type i32, type u32 } from "../../../core/subset/index.js";
import { runtime_init } from "../../../core/runtime.js";
import { repl_session, ExecFlag, PYEXEC_FORCED_EXIT } from "../../../core/repl.js";
import { print_str, print_u32, STDOUT } from "../../../core/print.js";
import { repl_complete_set_globals } from "../../../core/repl_complete.js";
import { dict_new, dict_set } from "../../../core/objects/dict.js";
import { gc_root_push } from "../../../core/gc.js";
import { qstr_from_str } from "../../../core/qstr.js";
import { new_qstr_obj, OBJ_NONE } from "../../../core/obj.js";

const GLOBAL_NAMES: readonly string[] = ["apple", "apricot", "banana", "cherry_a", "cherry_b", "cherry_c", "cherry_d", "cherry_long_name"];

function report(src: u32, len: u32, flags: u32): i32 {
  print_str(STDOUT, (flags & ExecFlag.Single) !== 0 ? "[exec single" : "[exec file");
  if ((flags & ExecFlag.PrintEof) !== 0) print_str(STDOUT, " eof");
  print_str(STDOUT, " ");
  print_u32(STDOUT, len);
  print_str(STDOUT, "]");
  if (len > 0) hal_stdout_write(src, len);
  print_str(STDOUT, "\n");
  if ((flags & ExecFlag.PrintEof) !== 0) print_str(STDOUT, "\x04\x04");
  const is_exit: boolean =
    len === 4 && load_u8(src) === 101 && load_u8(src + 1) === 120 && load_u8(src + 2) === 105 && load_u8(src + 3) === 116;
  return is_exit ? PYEXEC_FORCED_EXIT | 7 : 0;
}

export function pyx_main(): i32 {
  if (!runtime_init(1 << 20)) return 70;
  // Globals for tab completion (kept on the root stack for the whole session).
  const globals: u32 = dict_new();
  gc_root_push(globals);
  for (let i: u32 = 0; i < GLOBAL_NAMES.length; i++) {
    dict_set(globals, new_qstr_obj(qstr_from_str(GLOBAL_NAMES[i]!)), OBJ_NONE);
  }
  repl_complete_set_globals(globals);
  const ret: i32 = repl_session(report, "test with drive");
  print_str(STDOUT, "[session ");
  print_u32(STDOUT, ret >>> 0);
  print_str(STDOUT, "]\n");
  return 0;
}
