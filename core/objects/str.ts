// str objects: UTF-8 bytes with a cached hash. Interned strings are qstr words instead
// (no heap object); both kinds answer str_data/str_len.

import { layout, field_ref, field_u32, load_u8, mem_copy, store_u8, type u8, type u32, type ref, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { is_qstr, qstr_of, type obj } from "../obj.js";
import { qstr_data, qstr_len, qstr_hash_bytes } from "../qstr.js";
import { type_word, TypeId } from "./type.js";
import { raise_memory_error } from "./exception.js";
import { print_bytes, print_byte, print_str, type Printer } from "../print.js";

export const StrObj = layout("StrObj", { type: field_ref, hash: field_u32, len: field_u32, data: field_ref });

export const enum PrintKind {
  Str,
  Repr,
}

/**
 * A new object of the str shape (str, or bytes) with room for len bytes, which the caller
 * writes at StrObj.data before anyone sees the object, then seals with str_seal.
 * Raises MemoryError.
 */
export function str_new_uninit(id: TypeId, len: u32): obj {
  const s: ref = gc_alloc(StrObj.SIZE);
  if (s === 0) raise_memory_error();
  const depth: u32 = gc_root_push(s);
  const data: ref = gc_alloc(len);
  gc_root_restore(depth);
  if (data === 0) raise_memory_error();
  StrObj.type.set(s, type_word(id));
  StrObj.len.set(s, len);
  StrObj.data.set(s, data);
  return s;
}

/** Finish an object made by str_new_uninit: its hash, from its bytes. */
export function str_seal(s: obj): obj {
  StrObj.hash.set(s, qstr_hash_bytes(StrObj.data.get(s), StrObj.len.get(s)));
  return s;
}

/** A new str holding a copy of [addr, addr + len). Raises MemoryError. addr must be rooted by the caller. */
export function str_from_bytes(addr: u32, len: u32): obj {
  const s: obj = str_new_uninit(TypeId.str, len);
  mem_copy(StrObj.data.get(s), addr, len);
  return str_seal(s);
}

/** A new str from an ASCII literal. Raises MemoryError. */
export function str_from_literal(text: string): obj {
  const s: obj = str_new_uninit(TypeId.str, text.length);
  const data: u32 = StrObj.data.get(s);
  for (let i: u32 = 0; i < text.length; i++) store_u8(data + i, text.charCodeAt(i));
  return str_seal(s);
}

export function str_data(o: obj): u32 {
  return is_qstr(o) ? qstr_data(qstr_of(o)) : StrObj.data.get(o);
}

export function str_len(o: obj): u32 {
  return is_qstr(o) ? qstr_len(qstr_of(o)) : StrObj.len.get(o);
}

/** Which quote repr uses: ' unless the text has ' and no ". */
function repr_quote(data: u32, len: u32): u8 {
  let has_single: bool = false;
  let has_double: bool = false;
  for (let i: u32 = 0; i < len; i++) {
    const c: u8 = load_u8(data + i);
    if (c === 39) has_single = true;
    else if (c === 34) has_double = true;
  }
  return has_single && !has_double ? 34 : 39;
}

const HEX: string = "0123456789abcdef";

/**
 * Print text as Python's repr does: quotes chosen as CPython chooses them, and escapes for
 * the quote, backslash and control bytes. For bytes (b'...'), every byte outside printable
 * ASCII is escaped too; a str keeps its UTF-8 characters.
 */
export function str_print_repr(p: Printer, data: u32, len: u32, is_bytes: bool): void {
  const quote: u8 = repr_quote(data, len);
  if (is_bytes) print_byte(p, 98);
  print_byte(p, quote);
  for (let i: u32 = 0; i < len; i++) {
    const c: u8 = load_u8(data + i);
    if (c === quote || c === 92) {
      print_byte(p, 92);
      print_byte(p, c);
    } else if (c === 10) {
      print_str(p, "\\n");
    } else if (c === 13) {
      print_str(p, "\\r");
    } else if (c === 9) {
      print_str(p, "\\t");
    } else if (c < 32 || c === 127 || (is_bytes && c > 127)) {
      print_str(p, "\\x");
      print_byte(p, HEX.charCodeAt(c >>> 4));
      print_byte(p, HEX.charCodeAt(c & 15));
    } else {
      print_byte(p, c);
    }
  }
  print_byte(p, quote);
}

export function str_print(p: Printer, o: obj, kind: PrintKind): void {
  const data: u32 = str_data(o);
  const len: u32 = str_len(o);
  if (kind === PrintKind.Repr) str_print_repr(p, data, len, false);
  else print_bytes(p, data, len);
}
