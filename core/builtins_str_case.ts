// str's ASCII case methods (capitalize, title, swapcase) and character-class predicates
// (isalpha, isdigit, isspace, isupper, islower, isalnum), as MicroPython: non-ASCII code
// points are neither letters nor digits and keep their case.

import { load_u8, store_u8, type u8, type u32, type bool } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { bool_obj, type obj } from "./obj.js";
import { StrObj, str_data, str_len, str_new_uninit, str_seal } from "./objects/str.js";
import { TypeId } from "./objects/type.js";
import { self_str } from "./builtins_str.js";
import { char_is_space, char_is_digit } from "./chars.js";

function is_upper(b: u8): bool {
  return b >= 65 && b <= 90;
}

function is_lower(b: u8): bool {
  return b >= 97 && b <= 122;
}

function to_upper(b: u8): u8 {
  return is_lower(b) ? (b - 32) & 0xff : b;
}

function to_lower(b: u8): u8 {
  return is_upper(b) ? (b + 32) & 0xff : b;
}

const enum CaseChange {
  Capitalize,
  Title,
  Swap,
}

function change(s: obj, how: CaseChange): obj {
  const len: u32 = str_len(s);
  const depth: u32 = gc_root_push(s);
  const r: obj = str_new_uninit(TypeId.str, len);
  gc_root_restore(depth);
  const from: u32 = str_data(s);
  const to: u32 = StrObj.data.get(r);
  // Title case: a letter after a non-letter starts a word.
  let after_letter: bool = false;
  for (let i: u32 = 0; i < len; i++) {
    let b: u8 = load_u8(from + i);
    if (how === CaseChange.Capitalize) b = i === 0 ? to_upper(b) : to_lower(b);
    else if (how === CaseChange.Swap) b = is_upper(b) ? to_lower(b) : to_upper(b);
    else {
      const letter: bool = is_upper(b) || is_lower(b);
      b = after_letter ? to_lower(b) : to_upper(b);
      after_letter = letter;
    }
    store_u8(to + i, b);
  }
  return str_seal(r);
}

export function str_m_capitalize(n_args: u32, n_kw: u32, args: u32): obj {
  return change(self_str(args), CaseChange.Capitalize);
}

export function str_m_title(n_args: u32, n_kw: u32, args: u32): obj {
  return change(self_str(args), CaseChange.Title);
}

export function str_m_swapcase(n_args: u32, n_kw: u32, args: u32): obj {
  return change(self_str(args), CaseChange.Swap);
}

const enum CharClass {
  Alpha,
  Digit,
  Space,
  Alnum,
}

function in_class(b: u8, c: CharClass): bool {
  if (c === CharClass.Alpha) return is_upper(b) || is_lower(b);
  if (c === CharClass.Digit) return char_is_digit(b);
  if (c === CharClass.Space) return char_is_space(b);
  return is_upper(b) || is_lower(b) || char_is_digit(b);
}

/** Is every byte of a non-empty s in class c? */
function all_in(args: u32, c: CharClass): obj {
  const s: obj = self_str(args);
  const d: u32 = str_data(s);
  const len: u32 = str_len(s);
  if (len === 0) return bool_obj(false);
  for (let i: u32 = 0; i < len; i++) if (!in_class(load_u8(d + i), c)) return bool_obj(false);
  return bool_obj(true);
}

/** isupper/islower: some cased character, and none of the other case. */
function cased(args: u32, upper: bool): obj {
  const s: obj = self_str(args);
  const d: u32 = str_data(s);
  const len: u32 = str_len(s);
  let seen: bool = false;
  for (let i: u32 = 0; i < len; i++) {
    const b: u8 = load_u8(d + i);
    if (upper ? is_lower(b) : is_upper(b)) return bool_obj(false);
    if (upper ? is_upper(b) : is_lower(b)) seen = true;
  }
  return bool_obj(seen);
}

export function str_m_isalpha(n_args: u32, n_kw: u32, args: u32): obj {
  return all_in(args, CharClass.Alpha);
}

export function str_m_isdigit(n_args: u32, n_kw: u32, args: u32): obj {
  return all_in(args, CharClass.Digit);
}

export function str_m_isspace(n_args: u32, n_kw: u32, args: u32): obj {
  return all_in(args, CharClass.Space);
}

export function str_m_isalnum(n_args: u32, n_kw: u32, args: u32): obj {
  return all_in(args, CharClass.Alnum);
}

export function str_m_isupper(n_args: u32, n_kw: u32, args: u32): obj {
  return cased(args, true);
}

export function str_m_islower(n_args: u32, n_kw: u32, args: u32): obj {
  return cased(args, false);
}
