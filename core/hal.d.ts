// The one HAL interface. Every port implements these in C (ports/<port>/*.c, declared
// for them in the generated pyx_hal.h); Node implements them in ports/node/hal.ts.
// Addresses are arena addresses; strings are ASCII literals.

import type { i32, u32, bool } from "./subset/types.js";

declare global {
  // ---- console ----
  /** Write len bytes from the arena to standard output (the REPL's console). */
  function hal_stdout_write(addr: u32, len: u32): void;
  /** Write a string literal to standard output. */
  function hal_stdout_write_str(s: string): void;
  /** Send what standard output holds now (print(..., flush=True), prompts before input). */
  function hal_stdout_flush(): void;
  /** Write len bytes from the arena to standard error (the console, on a board). */
  function hal_stderr_write(addr: u32, len: u32): void;
  /** The next input byte, waiting for it; -1 once input has ended; -2 when an interrupt is
   *  pending (it is consumed), so that Ctrl-C during input() raises KeyboardInterrupt. */
  function hal_stdin_read(): i32;
  /** True when hal_stdin_read() would not wait. */
  function hal_stdin_ready(): bool;
  /** Raw (unbuffered, no echo) console input on or off; a no-op where the console is always raw. */
  function hal_stdin_raw(on: bool): void;
  /** The byte that interrupts running code (3, Ctrl-C), or -1 for none. While set, the
   *  port consumes that byte (or SIGINT on the host) instead of queuing it as input. */
  function hal_set_interrupt_char(c: i32): void;
  /** True when an interrupt arrived since the last call (several in between count as one,
   *  as in MicroPython). hal_sleep_us returns early while one is pending. */
  function hal_interrupt_pending(): bool;

  // ---- time ----
  /** Milliseconds since an arbitrary point, wrapping at 2^32. */
  function hal_ticks_ms(): u32;
  /** Microseconds since an arbitrary point, wrapping at 2^32. */
  function hal_ticks_us(): u32;
  function hal_sleep_us(us: u32): void;

  // ---- block device (the filesystem's storage) ----
  function hal_bdev_block_size(): u32;
  function hal_bdev_block_count(): u32;
  /** Read count blocks from block into the arena at addr; 0 on success, a negative errno otherwise. */
  function hal_bdev_read(block: u32, addr: u32, count: u32): i32;
  /** Write count blocks from the arena at addr to block; 0 on success, a negative errno otherwise. */
  function hal_bdev_write(block: u32, addr: u32, count: u32): i32;
  /** Make every completed write durable. */
  function hal_bdev_sync(): i32;

  // ---- the program's arguments (the host's command line; none on a board) ----
  /** Argument 0 names the program; an index outside [0, argc) is an empty argument. */
  function hal_argc(): i32;
  function hal_arg_len(i: i32): u32;
  /** Copy argument i into the arena at addr (hal_arg_len(i) bytes, no terminator). */
  function hal_arg_copy(i: i32, addr: u32): void;

  // ---- files (the host's file system, read by import; a board's VFS later) ----
  // A path is len bytes in the arena, not terminated; a path holding a NUL byte names nothing.
  /** What path names: 0 nothing, 1 a directory, 2 a file (MicroPython's mp_import_stat_t). */
  function hal_file_stat(path: u32, len: u32): i32;
  /** The size in bytes of the file at path, or a negative errno (also when it is too big for an i32). */
  function hal_file_size(path: u32, len: u32): i32;
  /** Read up to count bytes at offset of the file at path into the arena at dest: the number
   *  read (fewer only at the end of the file), or a negative errno. */
  function hal_file_read(path: u32, len: u32, offset: u32, dest: u32, count: u32): i32;

  // ---- environment (the host's; a board has none) ----
  /** The length of environment variable name's value, or -1 when it is not set. */
  function hal_getenv_len(name: string): i32;
  /** Copy environment variable name's value (hal_getenv_len(name) bytes, no terminator) to addr. */
  function hal_getenv_copy(name: string, addr: u32): void;

  // ---- process ----
  /** End the program (host; the parent sees the status modulo 256) or reset the board. */
  function hal_exit(code: i32): never;
  /** Unrecoverable internal error: report msg and stop. Never reached by Python input. */
  function hal_fatal(msg: string): never;
}

export {};
