// When the friendly REPL asks for another line (`... `) instead of running what it has:
// MicroPython's mp_repl_continue_with_input (py/repl.c), rule for rule, so that the same
// keystrokes give the same prompts. It is a textual guess, not a parse: a compound
// statement's header, an unclosed bracket or triple quote, or a trailing backslash.

import { load_u8, type i32, type u32, type bool } from "./subset/index.js";

const enum Quote {
  None = 0,
  Single1 = 1,
  Double1 = 2,
  Single3 = 3,
  Double3 = 4,
}

/** Keywords that open a compound statement, whose body follows on the next lines. */
const COMPOUND_KEYWORDS: readonly string[] = ["if", "while", "for", "try", "with", "def", "class", "async"];

function is_ident_byte(c: i32): bool {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 0x80;
}

/** The input starts with the word `word` (not merely a longer name beginning with it). */
function starts_with_word(addr: u32, len: u32, word: string): bool {
  if (len < word.length) return false;
  for (let i: u32 = 0; i < word.length; i++) {
    if (load_u8(addr + i) !== word.charCodeAt(i)) return false;
  }
  return len === word.length || !is_ident_byte(load_u8(addr + word.length));
}

function byte_at(addr: u32, len: u32, i: u32): i32 {
  return i < len ? load_u8(addr + i) : 0;
}

/** True when the input [addr, addr + len) needs more lines before it can run. */
export function repl_continue_with_input(addr: u32, len: u32): bool {
  if (len === 0) return false;

  let compound: bool = load_u8(addr) === 64; // '@': a decorator
  for (let k: u32 = 0; k < COMPOUND_KEYWORDS.length && !compound; k++) {
    compound = starts_with_word(addr, len, COMPOUND_KEYWORDS[k]!);
  }

  // Unmatched brackets and quotes, counted as MicroPython does (comments are not skipped).
  let parens: i32 = 0;
  let brackets: i32 = 0;
  let braces: i32 = 0;
  let quote: Quote = Quote.None;
  for (let i: u32 = 0; i < len; i = (i + 1) >>> 0) {
    const c: i32 = load_u8(addr + i);
    if (c === 39 || c === 34) {
      const one: Quote = c === 39 ? Quote.Single1 : Quote.Double1;
      const three: Quote = c === 39 ? Quote.Single3 : Quote.Double3;
      if ((quote === Quote.None || quote === three) && byte_at(addr, len, (i + 1) >>> 0) === c && byte_at(addr, len, (i + 2) >>> 0) === c) {
        i = (i + 2) >>> 0;
        quote = quote === Quote.None ? three : Quote.None;
      } else if (quote === Quote.None || quote === one) {
        quote = quote === Quote.None ? one : Quote.None;
      }
    } else if (c === 92) {
      const next: i32 = byte_at(addr, len, (i + 1) >>> 0);
      if ((next === 39 || next === 34 || next === 92) && quote !== Quote.None) i = (i + 1) >>> 0;
    } else if (quote === Quote.None) {
      if (c === 40) parens = (parens + 1) | 0;
      else if (c === 41) parens = (parens - 1) | 0;
      else if (c === 91) brackets = (brackets + 1) | 0;
      else if (c === 93) brackets = (brackets - 1) | 0;
      else if (c === 123) braces = (braces + 1) | 0;
      else if (c === 125) braces = (braces - 1) | 0;
    }
  }

  if (quote === Quote.Single3 || quote === Quote.Double3) return true;
  if ((parens > 0 || brackets > 0 || braces > 0) && quote === Quote.None) return true;
  const last: i32 = load_u8(addr + len - 1);
  if (last === 92) return true;
  // A compound statement ends with an empty line.
  return compound && last !== 10;
}
