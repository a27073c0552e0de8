// The static roots: a fixed table of object words in the arena that the collector always
// marks (modules, interned strings, the lexer's buffer…). One slot per long-lived object.

import { load_u32, store_u32, type u32 } from "./subset/index.js";
import { gc_set_static_roots } from "./gc.js";

export const enum Root {
  /** The lexer's token value buffer. */
  LexValue,
  /** Interned strings: the table of entries (data, hash, length) by qstr number. */
  QstrTable,
  /** Interned strings: the open-addressing hash index of qstr numbers. */
  QstrIndex,
  /** The preallocated MemoryError instance, raised without allocating. */
  MemoryError,
  /** sys.modules. */
  Modules,
  /** The builtins module's dict. */
  Builtins,
  /** The exception currently being handled (sys.exc_info). */
  CurrentException,
  /** A scratch object kept alive across a call that allocates (one at a time). */
  Scratch,
  /** The REPL's input line (a Vstr; core/repl.ts). */
  ReplLine,
  /** The REPL's line history: a block of READLINE_HISTORY_SIZE entries (core/readline.ts). */
  ReplHistory,
  /** sys.path: the list of places import searches (core/import.ts). */
  SysPath,
  /** sys.argv. */
  SysArgv,
  /** The built-in modules made so far, by name (core/modules/registry.ts), so each is made once. */
  BuiltinModules,
  /** The globals of __main__ that REPL inputs run in (kept across inputs). */
  MainGlobals,
  /** micropython.schedule's queue: SCHED_DEPTH (function, argument) pairs (core/sched.ts). */
  SchedQueue,
  /** machine.Pin's objects and IRQ handlers, by CPU pin (core/modules/machine_pin.ts). */
  MachinePins,
  /** The FAT file system's sector cache and Python block devices (core/fat_device.ts). */
  Fat,
  Count,
}

let table: u32 = 0;

/** Place the root table at addr (Root.Count words, zeroed) and register it with the GC. */
export function roots_init(addr: u32): void {
  table = addr;
  for (let i: u32 = 0; i < Root.Count; i++) store_u32(table + i * 4, 0);
  gc_set_static_roots(table, Root.Count);
}

export function roots_size(): u32 {
  return Root.Count * 4;
}

export function root_get(r: Root): u32 {
  return load_u32(table + r * 4);
}

export function root_set(r: Root, o: u32): void {
  store_u32(table + r * 4, o);
}
