// Where printed text goes. A Printer is 0 for standard output, or a Vstr (heap buffer)
// for str()/repr() and friends, as MicroPython passes an mp_print_t. Numbers are
// formatted in a small fixed scratch area of the arena (leaf use only: no nesting).

import { store_u8, type u8, type i32, type u32, type ref } from "./subset/index.js";
import { vstr_add_bytes, vstr_add_byte, vstr_add_str } from "./vstr.js";
import { raise_memory_error } from "./objects/exception.js";

export type Printer = ref;
export const STDOUT: Printer = 0;
/** Standard error (the console, on a board). Never a heap address: those start far higher. */
export const STDERR: Printer = 4;

/** Bytes the number formatter needs (a u32 in decimal, with room to spare). */
export const PRINT_SCRATCH_SIZE: u32 = 16;
let scratch: u32 = 0;

export function print_init(scratch_addr: u32): void {
  scratch = scratch_addr;
}

export function print_bytes(p: Printer, addr: u32, n: u32): void {
  if (p === STDOUT) hal_stdout_write(addr, n);
  else if (p === STDERR) hal_stderr_write(addr, n);
  else if (!vstr_add_bytes(p, addr, n)) raise_memory_error();
}

export function print_str(p: Printer, s: string): void {
  if (p === STDOUT) {
    hal_stdout_write_str(s);
  } else if (p === STDERR) {
    // The HAL writes stderr from the arena: copy the literal through the scratch area.
    for (let at: u32 = 0; at < s.length; at = (at + PRINT_SCRATCH_SIZE) >>> 0) {
      let n: u32 = 0;
      while (n < PRINT_SCRATCH_SIZE && ((at + n) >>> 0) < s.length) {
        store_u8(scratch + n, s.charCodeAt((at + n) >>> 0));
        n = (n + 1) >>> 0;
      }
      hal_stderr_write(scratch, n);
    }
  } else if (!vstr_add_str(p, s)) {
    raise_memory_error();
  }
}

export function print_byte(p: Printer, c: u8): void {
  if (p === STDOUT || p === STDERR) {
    store_u8(scratch, c);
    print_bytes(p, scratch, 1);
  } else if (!vstr_add_byte(p, c)) {
    raise_memory_error();
  }
}

export function print_u32(p: Printer, v: u32): void {
  const end: u32 = (scratch + PRINT_SCRATCH_SIZE) >>> 0;
  let at: u32 = end;
  let n: u32 = v;
  do {
    at = (at - 1) >>> 0;
    store_u8(at, 48 + (n % 10));
    n = (n / 10) >>> 0;
  } while (n !== 0);
  print_bytes(p, at, (end - at) >>> 0);
}

export function print_i32(p: Printer, v: i32): void {
  if (v < 0) print_byte(p, 45);
  print_u32(p, Math.abs(v));
}
