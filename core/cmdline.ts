// The host's command line, as MicroPython's unix port reads it:
//   pyxis [-h] [-i] [-O<level>] [-v] [-X <option>] [-c <command> | -m <module> | <script>] [<args>]
// Options come first; -c, -m or a script ends them, and what follows goes to sys.argv.
// -X options: heapsize=<n>[w][K|M], emit=bytecode, realtime, compile-only, and Pyxis's
// gcstress (collect at every allocation). Parsed before the runtime exists, so arguments
// are copied into a temporary region at the top of the arena.

import { load_u8, mem_size, type u8, type i32, type u32, type f64, type bool } from "./subset/index.js";

export const enum RunMode {
  Repl,
  Command,
  Module,
  Script,
}

export const enum CmdlineResult {
  /** Go on and run. */
  Run,
  /** -h: usage printed to stdout; exit 0. */
  Help,
  /** A mistake: the message is cmdline_error(); exit 1. */
  Invalid,
}

/** MicroPython's unix port default: 2 MiB. */
export const DEFAULT_HEAP_SIZE: u32 = 2 * 1024 * 1024;

export let cmd_mode: RunMode = RunMode.Repl;
/** The argument holding the command, module name or script (when not Repl). */
export let cmd_arg: i32 = 0;
/** The first argument that goes to sys.argv after the script (or argc). */
export let cmd_first_extra: i32 = 0;
export let cmd_inspect: bool = false;
export let cmd_heap_size: u32 = DEFAULT_HEAP_SIZE;
export let cmd_opt_level: u32 = 0;
export let cmd_verbose: u32 = 0;
export let cmd_compile_only: bool = false;
export let cmd_gc_stress: bool = false;
let error_message: string = "";

export function cmdline_error(): string {
  return error_message;
}

const ARG_ROOM: u32 = 4096;

/** Argument i copied to the top of the arena, or 0 when it is longer than the room there. */
function arg_at(i: i32): u32 {
  const len: u32 = hal_arg_len(i);
  if (len > ARG_ROOM) return 0;
  const at: u32 = (mem_size() - ARG_ROOM) >>> 0;
  hal_arg_copy(i, at);
  return at;
}

function arg_is(i: i32, s: string): bool {
  const len: u32 = hal_arg_len(i);
  if (len !== s.length) return false;
  const at: u32 = arg_at(i);
  if (at === 0) return false;
  for (let k: u32 = 0; k < len; k++) if (load_u8(at + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** Does argument i start with prefix? */
function arg_starts(i: i32, prefix: string): bool {
  const len: u32 = hal_arg_len(i);
  if (len < prefix.length) return false;
  const at: u32 = arg_at(i);
  if (at === 0) return false;
  for (let k: u32 = 0; k < prefix.length; k++) if (load_u8(at + k) !== prefix.charCodeAt(k)) return false;
  return true;
}

function invalid(msg: string): CmdlineResult {
  error_message = msg;
  return CmdlineResult.Invalid;
}

/** heapsize=<n>[w][K|M]: the size in bytes, or 0 when malformed. */
function parse_heap_size(i: i32): u32 {
  const len: u32 = hal_arg_len(i);
  const at: u32 = arg_at(i);
  const start: u32 = 9; // after "heapsize="
  if (at === 0 || len <= start) return 0;
  let n: u32 = 0;
  let k: u32 = start;
  while (k < len) {
    const c: u32 = load_u8(at + k);
    if (c < 48 || c > 57) break;
    if (n > 100000000) return 0;
    n = (Math.imul(n, 10) + (c - 48)) >>> 0;
    k = (k + 1) >>> 0;
  }
  if (k === start) return 0;
  let scale: u32 = 1;
  if (k < len && load_u8(at + k) === 119) {
    // w: in words (4 bytes on every Pyxis target).
    scale = 4;
    k = (k + 1) >>> 0;
  }
  if (k < len && load_u8(at + k) === 75) {
    scale = Math.imul(scale, 1024) >>> 0;
    k = (k + 1) >>> 0;
  } else if (k < len && load_u8(at + k) === 77) {
    scale = Math.imul(scale, 1024 * 1024) >>> 0;
    k = (k + 1) >>> 0;
  }
  if (k !== len) return 0;
  // In f64: n * scale can pass 2^32 (and stays exact below 2^53).
  const base: f64 = n;
  const bytes: f64 = base * scale;
  return bytes > 4294967295 ? 0 : bytes >>> 0;
}

function parse_x_option(i: i32): CmdlineResult {
  if (arg_starts(i, "heapsize=")) {
    const size: u32 = parse_heap_size(i);
    if (size === 0) return invalid("Invalid heapsize: give -X heapsize=<n>[w][K|M], for example -X heapsize=64K");
    cmd_heap_size = size;
  } else if (arg_is(i, "emit=bytecode") || arg_is(i, "realtime")) {
    // Bytecode is the only emitter; real-time scheduling is the host OS's business.
  } else if (arg_is(i, "emit=native") || arg_is(i, "emit=viper")) {
    return invalid("Pyxis runs bytecode only: -X emit=native and emit=viper are not supported");
  } else if (arg_is(i, "compile-only")) {
    cmd_compile_only = true;
  } else if (arg_is(i, "gcstress")) {
    cmd_gc_stress = true;
  } else {
    return invalid("Invalid -X option: use heapsize=<n>[w][K|M], emit=bytecode, realtime, compile-only or gcstress");
  }
  return CmdlineResult.Run;
}

/** -O, -O3, -OOO: the optimization level. */
function parse_opt_level(i: i32): bool {
  const len: u32 = hal_arg_len(i);
  const at: u32 = arg_at(i);
  if (at === 0) return false;
  const digit: u8 = len === 3 ? load_u8(at + 2) : 0;
  if (digit >= 48 && digit <= 57) {
    cmd_opt_level = digit - 48;
    return true;
  }
  for (let k: u32 = 1; k < len; k++) if (load_u8(at + k) !== 79) return false;
  cmd_opt_level = (len - 1) >>> 0;
  return true;
}

export function cmdline_parse(): CmdlineResult {
  const argc: i32 = hal_argc();
  cmd_mode = RunMode.Repl;
  cmd_first_extra = argc;
  let i: i32 = 1;
  while (i < argc) {
    const next: i32 = (i + 1) | 0;
    if (arg_is(i, "-h")) return CmdlineResult.Help;
    if (arg_is(i, "-i")) {
      cmd_inspect = true;
    } else if (arg_is(i, "-v")) {
      cmd_verbose = (cmd_verbose + 1) >>> 0;
    } else if (arg_is(i, "-X")) {
      if (next >= argc) return invalid("-X needs an option, for example -X heapsize=64K");
      const r: CmdlineResult = parse_x_option(next);
      if (r !== CmdlineResult.Run) return r;
      i = next;
    } else if (arg_is(i, "-c") || arg_is(i, "-m")) {
      if (next >= argc) return invalid(arg_is(i, "-c") ? "-c needs a command" : "-m needs a module name");
      cmd_mode = arg_is(i, "-c") ? RunMode.Command : RunMode.Module;
      cmd_arg = next;
      cmd_first_extra = (next + 1) | 0;
      return CmdlineResult.Run;
    } else if (arg_starts(i, "-O")) {
      if (!parse_opt_level(i)) return invalid("Invalid -O option: -O, -O<level> or -OO...");
    } else if (arg_starts(i, "-") && hal_arg_len(i) > 1) {
      return invalid("Invalid command line arguments. Use -h option for help.");
    } else {
      cmd_mode = RunMode.Script;
      cmd_arg = i;
      cmd_first_extra = next;
      return CmdlineResult.Run;
    }
    i = (i + 1) | 0;
  }
  return CmdlineResult.Run;
}

/** Printed by -h, one line each (as MicroPython's unix port prints its own). */
export const USAGE: readonly string[] = [
  "usage: pyxis [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>] [<args>]",
  "Options:",
  "-h : print this help message",
  "-i : enable inspection via REPL after running command/module/file",
  "-O[N] : apply bytecode optimizations of level N",
  "-v : verbose (trace various operations); can be multiple",
  "",
  "Implementation specific options (-X):",
  "  compile-only                 -- parse and compile only",
  "  emit=bytecode                -- the only code emitter Pyxis has",
  "  heapsize=<n>[w][K|M]         -- set the heap size for the GC (default 2097152)",
  "  realtime                     -- accepted for compatibility (no effect)",
  "  gcstress                     -- collect garbage at every allocation (finds unrooted objects)",
];
