// Tab completion for the friendly REPL: MicroPython's mp_repl_autocomplete (py/repl.c).
// The word before the cursor is matched against every interned name, in qstr order, that
// the REPL's globals or the builtins define, or, after a dotted chain ("sys.pa"), that
// the chain's object has as an attribute: one match (or a longer common prefix) is
// returned for insertion, several are listed in 16-column slots. Attribute lookups that
// raise (a failing __getattr__ or property) count as missing, as mp_load_method_protected.

import { load_u8, mem_compare, caught, type i32, type u32, type bool } from "./subset/index.js";
import { OBJ_NULL, new_qstr_obj, type obj } from "./obj.js";
import { qstr_count, qstr_data, qstr_len, qstr_from_str, qstr_find } from "./qstr.js";
import { obj_load_attr_maybe } from "./attr.js";
import { gc_root_push, gc_root_depth, gc_root_restore } from "./gc.js";
import { vm_reset } from "./vm.js";
import { root_get, Root } from "./roots.js";
import { builtins_lookup } from "./builtins.js";
import { dict_lookup } from "./objects/dict.js";
import { print_bytes, print_str, STDOUT } from "./print.js";

const WORD_SLOT_LEN: u32 = 16;
const MAX_LINE_LEN: u32 = 4 * WORD_SLOT_LEN;
const IMPORT_TEXT: string = "import ";

/** The dict of names to complete from, instead of the REPL's __main__ globals; 0 for those. */
let completion_globals: obj = OBJ_NULL;
/** Where the text to insert starts, after repl_autocomplete returned a length. */
let completion_addr: u32 = 0;
/** "import " lives in flash, not the arena: it is completed from this one interned copy. */
let import_qstr: u32 = 0;

/** Complete from these globals (kept alive by their owner) instead of __main__'s. */
export function repl_complete_set_globals(globals: obj): void {
  completion_globals = globals;
}

export function repl_completion_addr(): u32 {
  return completion_addr;
}

function is_word_byte(c: i32): bool {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
}

/** A name in the REPL's scope: its globals, then the builtins; OBJ_NULL when undefined. */
function scope_lookup(q: u32): obj {
  const key: obj = new_qstr_obj(q);
  // The REPL's __main__ globals (core/exec.ts makes them at the first input), unless set.
  const globals: obj = completion_globals !== OBJ_NULL ? completion_globals : root_get(Root.MainGlobals);
  if (globals !== OBJ_NULL) {
    const v: obj = dict_lookup(globals, key);
    if (v !== OBJ_NULL) return v;
  }
  return builtins_lookup(q);
}

/** o.q, or OBJ_NULL when it is missing or looking it up raised. */
function attr_protected(o: obj, q: u32): obj {
  const depth: u32 = gc_root_depth();
  try {
    return obj_load_attr_maybe(o, q);
  } catch (e) {
    caught(e);
    gc_root_restore(depth);
    // No Python frame runs at the prompt: forget the ones the exception left.
    vm_reset();
    return OBJ_NULL;
  }
}

/** What the completed words name (OBJ_NULL: the REPL's scope itself). */
let completion_base: obj = OBJ_NULL;

function defined(q: u32): bool {
  if (completion_base === OBJ_NULL) return scope_lookup(q) !== OBJ_NULL;
  return attr_protected(completion_base, q) !== OBJ_NULL;
}

function matches(q: u32, word: u32, word_len: u32): bool {
  return word_len <= qstr_len(q) && mem_compare(qstr_data(q), word, word_len) === 0 && defined(q);
}

/**
 * Complete the word ending at addr + len. Returns the number of bytes to insert (found at
 * repl_completion_addr()), 0 for no match, or -1 when several matches were printed.
 */
export function repl_autocomplete(addr: u32, len: u32): i32 {
  // The start of the "a.b.c" chain before the cursor.
  let start: u32 = len;
  while (start > 0 && is_word_byte(load_u8(addr + start - 1))) start = (start - 1) >>> 0;
  const depth: u32 = gc_root_depth();
  completion_base = OBJ_NULL;
  // Each complete word of the chain names the object whose attributes come next.
  let word: u32 = (addr + start) >>> 0;
  for (let i: u32 = start; i < len; i++) {
    if (load_u8(addr + i) !== 46) continue;
    const q: u32 = qstr_find(word, (addr + i - word) >>> 0);
    const v: obj = q === 0 ? OBJ_NULL : completion_base === OBJ_NULL ? scope_lookup(q) : attr_protected(completion_base, q);
    if (v === OBJ_NULL) {
      gc_root_restore(depth);
      completion_base = OBJ_NULL;
      return 0;
    }
    completion_base = v;
    gc_root_push(v);
    word = (addr + i + 1) >>> 0;
  }
  const word_len: u32 = (addr + len - word) >>> 0;
  const n: i32 = complete_word(word, word_len, word === ((addr + start) >>> 0) && start === 0);
  gc_root_restore(depth);
  completion_base = OBJ_NULL;
  return n;
}

/** Complete the last word of the chain (at_line_start: it is the line's first word). */
function complete_word(word: u32, word_len: u32, at_line_start: bool): i32 {

  let match: u32 = 0;
  let match_len: u32 = 0;
  let first: u32 = 0;
  let last: u32 = 0;
  const count: u32 = qstr_count();
  for (let q: u32 = 2; q < count; q++) {
    if (!matches(q, word, word_len)) continue;
    const d: u32 = qstr_data(q);
    const d_len: u32 = qstr_len(q);
    if (match === 0) {
      match = d;
      match_len = d_len;
    } else {
      // Shorten to the common prefix.
      for (let j: u32 = word_len; j < match_len; j++) {
        if (j >= d_len || load_u8(match + j) !== load_u8(d + j)) {
          match_len = j;
          break;
        }
      }
    }
    if (first === 0) first = q;
    last = q;
  }

  if (first === 0) {
    // Nothing defined: at the start of the line, "imp" still completes to "import ".
    if (at_line_start && word_len <= IMPORT_TEXT.length && prefix_of_import(word, word_len)) {
      if (import_qstr === 0) return 0;
      completion_addr = (qstr_data(import_qstr) + word_len) >>> 0;
      return (IMPORT_TEXT.length - word_len) | 0;
    }
    return 0;
  }
  if (first === last || match_len > word_len) {
    completion_addr = (match + word_len) >>> 0;
    return (match_len - word_len) | 0;
  }

  // Several matches and nothing to add: list them, four 16-column slots to a line.
  let line_len: u32 = MAX_LINE_LEN;
  for (let q: u32 = first; q <= last && q < count; q = (q + 1) >>> 0) {
    if (!matches(q, word, word_len)) continue;
    const d_len: u32 = qstr_len(q);
    // Pad to the next slot, with at least 2 spaces.
    const slot_end: u32 = (((((line_len + WORD_SLOT_LEN - 1) >>> 0) / WORD_SLOT_LEN) >>> 0) * WORD_SLOT_LEN) >>> 0;
    let gap: u32 = (slot_end - line_len) >>> 0;
    if (gap < 2) gap = (gap + WORD_SLOT_LEN) >>> 0;
    if (((line_len + gap + d_len) >>> 0) <= MAX_LINE_LEN) {
      for (let j: u32 = 0; j < gap; j++) print_str(STDOUT, " ");
      print_bytes(STDOUT, qstr_data(q), d_len);
      line_len = (line_len + gap + d_len) >>> 0;
    } else {
      print_str(STDOUT, "\n");
      print_bytes(STDOUT, qstr_data(q), d_len);
      line_len = d_len;
    }
  }
  print_str(STDOUT, "\n");
  return -1;
}

function prefix_of_import(word: u32, word_len: u32): bool {
  for (let i: u32 = 0; i < word_len; i++) {
    if (load_u8(word + i) !== IMPORT_TEXT.charCodeAt(i)) return false;
  }
  return true;
}

/** Intern "import " once, so that its completion is arena text like every other. */
export function repl_complete_init(): void {
  import_qstr = qstr_from_str(IMPORT_TEXT);
}
