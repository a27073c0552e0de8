// ASCII character classes and UTF-8 sequence lengths: the byte-level tests that str, bytes,
// number parsing and formatting all share.

import type { u32, bool } from "./subset/index.js";

/** ASCII whitespace as Python's str.split() and int()/float() strip it: space, \t \n \v \f \r. */
export function char_is_space(c: u32): bool {
  return c === 32 || (c >= 9 && c <= 13);
}

export function char_is_digit(c: u32): bool {
  return c >= 48 && c <= 57;
}

/** Bytes in the UTF-8 sequence that starts with byte b (1 for a stray continuation byte). */
export function utf8_seq_len(b: u32): u32 {
  if (b < 0xc0) return 1;
  if (b < 0xe0) return 2;
  if (b < 0xf0) return 3;
  return 4;
}
