// Running compiled code: a module's code in a globals dict, source text (exec/eval and the
// command line), one REPL input (MicroPython's pyexec), and how an exception that nobody
// caught ends a program (the unix port's handle_uncaught_exception).

import { caught, type i32, type u32, type bool, type ref } from "./subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_depth } from "./gc.js";
import { Root, root_get, root_set } from "./roots.js";
import { OBJ_NULL, OBJ_NONE, is_small_int, small_int_value, new_qstr_obj, type obj } from "./obj.js";
import { type_word, TypeId } from "./objects/type.js";
import { exception_print_traceback_entries, exception_clear_traceback } from "./objects/exception.js";
import { exception_native, exception_print_line_any } from "./objects/instance.js";
import { exception_match } from "./objects/class.js";
import { dict_set } from "./objects/dict.js";
import { obj_print } from "./objects/print.js";
import { PrintKind } from "./objects/str.js";
import { module_new, module_globals } from "./objects/module.js";
import { exception_get_value } from "./objects/gen.js";
import { fun_new, fun_setup_frame } from "./objects/fun.js";
import { CompiledModule } from "./rawcode.js";
import { Frame } from "./frame.js";
import { vm_execute, vm_current_frame, vm_reset } from "./vm.js";
import { compile_source, CompileMode } from "./compile.js";
import { print_str, STDOUT, STDERR, type Printer } from "./print.js";
import { Q } from "./qstr_static.js";

/** PYEXEC_FORCED_EXIT: or-ed with the status when SystemExit ended a REPL input. */
export const EXEC_FORCED_EXIT: i32 = 0x100;

/** The REPL executor's flags (core/repl.ts ExecFlag): compile as Single; raw REPL's \x04 markers. */
const EXEC_FLAG_SINGLE: u32 = 1;
const EXEC_FLAG_PRINT_EOF: u32 = 2;

/**
 * Run a compiled module's code with `globals` (and `locals` for its names, OBJ_NULL for
 * the globals themselves). Its result: None for a file, the value for Eval.
 */
export function exec_compiled_in(cm: ref, globals: obj, locals: obj): obj {
  const depth: u32 = gc_root_push(cm);
  gc_root_push(globals);
  gc_root_push(locals);
  const f: obj = fun_new(cm, CompiledModule.rc.get(cm), globals, OBJ_NULL, OBJ_NULL, OBJ_NULL);
  gc_root_push(f);
  const frame: ref = fun_setup_frame(f, 0, 0, 0);
  if (locals !== globals) Frame.locals.set(frame, locals);
  const r: obj = vm_execute(frame, OBJ_NULL);
  gc_root_restore(depth);
  return r;
}

export function exec_compiled(cm: ref, globals: obj): obj {
  return exec_compiled_in(cm, globals, OBJ_NULL);
}

/** Compile src[0, len) (file a qstr) and run it. Raises SyntaxError and whatever the code raises. */
export function exec_source_in(src: u32, len: u32, file: u32, mode: CompileMode, globals: obj, locals: obj): obj {
  const depth: u32 = gc_root_push(globals);
  gc_root_push(locals);
  const cm: ref = compile_source(src, len, file, mode);
  const r: obj = exec_compiled_in(cm, globals, locals);
  gc_root_restore(depth);
  return r;
}

export function exec_source(src: u32, len: u32, file: u32, mode: CompileMode, globals: obj): obj {
  return exec_source_in(src, len, file, mode, globals, OBJ_NULL);
}

/** globals() for a built-in called from Python: the calling frame's globals (OBJ_NULL outside any). */
export function exec_current_globals(): obj {
  const f: ref = vm_current_frame();
  return f === 0 ? OBJ_NULL : Frame.globals.get(f);
}

/** locals(): a class body's or exec's namespace, else (as MicroPython) the globals. */
export function exec_current_locals(): obj {
  const f: ref = vm_current_frame();
  if (f === 0) return OBJ_NULL;
  const l: obj = Frame.locals.get(f);
  return l !== OBJ_NULL ? l : Frame.globals.get(f);
}

/** A fresh __main__ module's globals, registered in sys.modules when it exists. */
export function exec_main_globals(): obj {
  const m: obj = module_new(Q.__main__);
  const modules: obj = root_get(Root.Modules);
  if (modules !== OBJ_NULL) {
    const depth: u32 = gc_root_push(m);
    dict_set(modules, new_qstr_obj(Q.__main__), m);
    gc_root_restore(depth);
  }
  return module_globals(m);
}

/** The whole traceback of e: entries, then "Type: message". */
export function exec_print_exception(p: Printer, e: obj): void {
  const native: obj = exception_native(e);
  exception_print_traceback_entries(p, native);
  exception_print_line_any(p, e);
  print_str(p, "\n");
  // The preallocated MemoryError is raised again later: it must not keep these entries.
  exception_clear_traceback(native);
}

function is_system_exit(e: obj): bool {
  return exception_match(e, type_word(TypeId.SystemExit));
}

/**
 * SystemExit's status: None is 0, an int its value (low 8 bits), anything else is printed
 * to stderr (as CPython does) and is 1.
 */
export function exec_system_exit_status(e: obj): i32 {
  const v: obj = exception_get_value(e);
  if (v === OBJ_NONE) return 0;
  if (is_small_int(v)) return small_int_value(v) & 0xff;
  obj_print(STDERR, v, PrintKind.Str);
  print_str(STDERR, "\n");
  return 1;
}

/**
 * Run a program's source (the -c command or a script) as __main__ and report how it ended:
 * 0; the status of SystemExit; 1 after the traceback on stderr for any other exception.
 */
export function exec_main(src: u32, len: u32, file: u32): i32 {
  const depth: u32 = gc_root_depth();
  try {
    const globals: obj = exec_main_globals();
    // `-i` continues in these globals: the REPL takes them from Root.MainGlobals.
    root_set(Root.MainGlobals, globals);
    exec_source(src, len, file, CompileMode.File, globals);
    gc_root_restore(depth);
    return 0;
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    vm_reset();
    if (is_system_exit(exc)) return exec_system_exit_status(exc);
    exec_print_exception(STDERR, exc);
    return 1;
  }
}

/**
 * One REPL input (pyexec's parse_compile_execute): compiled as a single interactive
 * statement or as a file, run in __main__'s globals; the traceback is printed here (on
 * stdout, as MicroPython's REPL does). 0, or EXEC_FORCED_EXIT | status for SystemExit.
 */
export function exec_repl_input(src: u32, len: u32, flags: u32): i32 {
  const depth: u32 = gc_root_depth();
  const print_eof: bool = (flags & EXEC_FLAG_PRINT_EOF) !== 0;
  let status: i32 = 0;
  try {
    const mode: CompileMode = (flags & EXEC_FLAG_SINGLE) !== 0 ? CompileMode.Single : CompileMode.File;
    exec_source(src, len, Q.lt_stdin_gt, mode, repl_globals());
    gc_root_restore(depth);
    if (print_eof) hal_stdout_write_str("\x04");
  } catch (e) {
    const exc: obj = caught(e);
    gc_root_restore(depth);
    vm_reset();
    if (print_eof) hal_stdout_write_str("\x04");
    if (is_system_exit(exc)) {
      status = EXEC_FORCED_EXIT | exec_system_exit_status(exc);
    } else {
      exec_print_exception(STDOUT, exc);
    }
  }
  if (print_eof) hal_stdout_write_str("\x04");
  return status;
}

/** The REPL runs in __main__'s globals, made by the first input and kept across inputs. */
function repl_globals(): obj {
  let g: obj = root_get(Root.MainGlobals);
  if (g === OBJ_NULL) {
    g = exec_main_globals();
    root_set(Root.MainGlobals, g);
  }
  return g;
}
