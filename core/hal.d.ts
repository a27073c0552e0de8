// The one HAL interface. Every port implements these in C (ports/<port>/*.c, declared
// for them in the generated pyx_hal.h); Node implements them in ports/node/hal.ts.
// Addresses are arena addresses; strings are ASCII literals.

import type { i32, u32, i64, bool } from "./subset/types.js";

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

  // ---- host file system (open(), io and os through core/vfs_posix.ts) ----
  // A board without one returns -19 (ENODEV) from every entry below, until its own
  // file system backend (flash) takes over. A path is len bytes in the arena, not
  // terminated; one holding a NUL byte names nothing (-2, ENOENT). Errors are negative
  // errnos with Linux's numbers (MicroPython's errno module). A descriptor is a
  // non-negative i32 that only these entries understand.
  /** Open the file at path. flags: 1 read, 2 write, 4 append (writes go to the end), 8 create
   *  when missing, 16 truncate, 32 fail with -17 (EEXIST) when it exists. Opening a directory
   *  for writing is -21 (EISDIR); reading a directory's descriptor is -21 too. A descriptor. */
  function hal_fs_open(path: u32, len: u32, flags: u32): i32;
  /** Close a descriptor from hal_fs_open: 0, or a negative errno. */
  function hal_fs_close(fd: i32): i32;
  /** Read up to count bytes at the file position into the arena at dest, advancing it: the
   *  number read (0 at the end of the file), or a negative errno. */
  function hal_fs_read(fd: i32, dest: u32, count: u32): i32;
  /** Write count bytes from the arena at src at the file position (the end, when opened to
   *  append): the number written, or a negative errno. */
  function hal_fs_write(fd: i32, src: u32, count: u32): i32;
  /** Move the file position to offset from the start (whence 0), the current position (1) or
   *  the end (2): the new position, or a negative errno (-22 EINVAL before the start, -75
   *  EOVERFLOW beyond 2^31 - 1). */
  function hal_fs_seek(fd: i32, offset: i32, whence: i32): i32;
  /** Describe path (following symbolic links) in 10 u32 words at dest, os.stat's order:
   *  st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime,
   *  st_ctime (times in whole seconds since 1970; any value beyond 2^32 - 1 is that).
   *  0, or a negative errno. */
  function hal_fs_stat(path: u32, len: u32, dest: u32): i32;
  /** Describe the file system holding path in 10 u32 words at dest, os.statvfs's order:
   *  f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_flag,
   *  f_namemax (each clamped to 2^32 - 1). 0, or a negative errno. */
  function hal_fs_statvfs(path: u32, len: u32, dest: u32): i32;
  /** Make a directory (mode 0777 less the umask): 0, or a negative errno. */
  function hal_fs_mkdir(path: u32, len: u32): i32;
  /** Remove an empty directory: 0, or a negative errno. */
  function hal_fs_rmdir(path: u32, len: u32): i32;
  /** Remove a file (not a directory: -21 EISDIR): 0, or a negative errno. */
  function hal_fs_remove(path: u32, len: u32): i32;
  /** Rename from to to, replacing a file there: 0, or a negative errno. */
  function hal_fs_rename(from: u32, from_len: u32, to: u32, to_len: u32): i32;
  /** Make path the working directory that relative paths start from: 0, or a negative errno. */
  function hal_fs_chdir(path: u32, len: u32): i32;
  /** Copy the working directory's absolute path to dest (no terminator): its length, or a
   *  negative errno (-34 ERANGE when it is longer than max bytes). */
  function hal_fs_getcwd(dest: u32, max: u32): i32;
  /** Start listing the directory at path: a directory descriptor, or a negative errno. */
  function hal_fs_dir_open(path: u32, len: u32): i32;
  /** Copy the next entry's name (never "." or "..") to dest: its length, 0 after the last
   *  entry, or a negative errno (-36 ENAMETOOLONG when longer than max bytes). */
  function hal_fs_dir_next(dir: i32, dest: u32, max: u32): i32;
  /** End a listing: 0, or a negative errno. */
  function hal_fs_dir_close(dir: i32): i32;

  // ---- randomness ----
  /** Fill count bytes at dest with random bytes from the system's strongest source (os.urandom):
   *  count, or a negative errno (-19 ENODEV on a board without a random source). */
  function hal_urandom(dest: u32, count: u32): i32;

  // ---- environment (the host's; a board has none) ----
  /** The length of environment variable name's value, or -1 when it is not set. */
  function hal_getenv_len(name: string): i32;
  /** Copy environment variable name's value (hal_getenv_len(name) bytes, no terminator) to addr. */
  function hal_getenv_copy(name: string, addr: u32): void;

  // ---- the board (texts and pins; on a board generated from boards/<BOARD>/, see
  //      scripts/boards/; the host and Node simulate one, see ports/host/README.md) ----
  /** The length of board text `which` (a BoardText: 0 the board id "RPI_PICO", 1 the machine
   *  "Raspberry Pi Pico with RP2040" that the banner and os.uname() show, 2 the MCU "RP2040",
   *  3 sys.platform, the port's name for itself as MicroPython's: "rp2", "pyboard", "linux" on
   *  the host); 0 for an unknown `which`. */
  function hal_board_text_len(which: i32): u32;
  /** Copy board text `which` (hal_board_text_len(which) bytes, no terminator) to addr. */
  function hal_board_text_copy(which: i32, addr: u32): void;
  /** The size in bytes of the Python heap to start with (PYX_HEAP_SIZE; a multiple of 16). */
  function hal_board_heap_size(): u32;
  /** How many board pin names there are (the rows of pins.csv, hidden ones included). */
  function hal_board_pin_count(): i32;
  /** The length of board pin name i ("LED", "GP25"), without pins.csv's "-" prefix; 0 outside [0, count). */
  function hal_board_pin_name_len(i: i32): u32;
  /** Copy board pin name i (hal_board_pin_name_len(i) bytes, no terminator) to addr. */
  function hal_board_pin_name_copy(i: i32, addr: u32): void;
  /** The CPU pin (an index for hal_cpu_pin_* and hal_pin_*) board pin name i stands for; -1 for none. */
  function hal_board_pin_cpu(i: i32): i32;
  /** True when pins.csv hides board pin name i ("-" prefix): Python sees it neither in
   *  Pin.board nor by Pin("name"). */
  function hal_board_pin_hidden(i: i32): bool;
  /** How many CPU pins there are: the pin numbers Pin(n) accepts are 0 .. count-1. */
  function hal_cpu_pin_count(): i32;
  /** The length of CPU pin i's name ("GPIO25", as Pin.cpu.GPIO25); 0 outside [0, count). */
  function hal_cpu_pin_name_len(i: i32): u32;
  /** Copy CPU pin i's name (hal_cpu_pin_name_len(i) bytes, no terminator) to addr. */
  function hal_cpu_pin_name_copy(i: i32, addr: u32): void;

  // ---- GPIO (pin = a CPU pin index, checked by the core to be in [0, hal_cpu_pin_count())) ----
  /** Configure a pin. mode: 0 IN, 1 OUT, 2 OPEN_DRAIN (drives low for 0, releases for 1),
   *  3 ALT (value is then the alternate function number). pull: 0 none, 1 up, 2 down
   *  (MicroPython's rp2 numbers). value (IN/OUT/OPEN_DRAIN): -1 keeps the output latch, 0 or 1
   *  sets it before the output is enabled (no glitch). Returns 0, or -22 (EINVAL) when the pin
   *  cannot take that mode or pull (the core raises ValueError). */
  function hal_pin_config(pin: i32, mode: i32, pull: i32, value: i32): i32;
  /** The level on the pin: 0 or 1 (an output reads back what the pad sees). */
  function hal_pin_read(pin: i32): i32;
  /** Set the pin's output latch to value (0 or 1); on an OPEN_DRAIN pin 1 releases it. */
  function hal_pin_write(pin: i32, value: i32): void;
  /** Watch the pin for edges: edges is a mask of 4 (falling) and 8 (rising) (rp2's IRQ_FALLING,
   *  IRQ_RISING); 0 stops watching and drops the pin's queued edges. Returns 0 or -22 (EINVAL). */
  function hal_pin_irq_enable(pin: i32, edges: i32): i32;
  /** Take the oldest entry of the pending-edge queue: pin | (edges << 8), edges the mask of the
   *  edges seen (4 falling, 8 rising) since the pin was queued; -1 when the queue is empty.
   *  The port fills the queue from its interrupt handler, one entry per pin at most (a new edge
   *  on a queued pin ORs its bit into that entry). The VM polls this between bytecodes. */
  function hal_pin_irq_next(): i32;

  // ---- machine ----
  // Absent on a board: hal_pin_irq_enable gives -22 and hal_pin_irq_next -1 (no edge
  // interrupts), hal_machine_set_freq -22 (fixed clock), hal_unique_id 0 (no id),
  // hal_machine_bootloader resets as hal_machine_reset does (no ROM bootloader).
  /** The CPU clock in Hz. */
  function hal_machine_freq(): u32;
  /** Set the CPU clock to hz: 0, or -22 (EINVAL) when the board cannot run at hz (ValueError). */
  function hal_machine_set_freq(hz: u32): i32;
  /** Copy the board's unique id (at most max bytes) to addr; returns the id's full length. */
  function hal_unique_id(addr: u32, max: u32): u32;
  /** Hard reset, as pressing the reset button (the host: flush stdout, exit with status 0). */
  function hal_machine_reset(): never;
  /** Reboot into the ROM bootloader (RP2040: USB mass storage; the host: flush stdout, exit
   *  with status 0). */
  function hal_machine_bootloader(): never;
  /** Wait for the next interrupt or at most about 1 ms (WFI on a board); returns early when
   *  console input or an interrupt is pending. */
  function hal_idle(): void;
  /** Wall-clock time: microseconds since 1970-01-01 00:00:00 UTC. A board without a clock set
   *  starts at 2021-01-01 00:00:00 (1609459200 s) at power-up, as MicroPython's rp2 does. */
  function hal_rtc_time_us(): i64;

  // ---- process ----
  /** End the program (host; the parent sees the status modulo 256) or reset the board. */
  function hal_exit(code: i32): never;
  /** Unrecoverable internal error: report msg and stop. Never reached by Python input. */
  function hal_fatal(msg: string): never;
}

export {};
