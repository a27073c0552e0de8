// The re module's matcher: a Pike VM (Thompson's NFA simulation with captures) over the
// program re_compile.ts makes. All threads advance together one character at a time, at
// most one thread per instruction, in priority order, so the leftmost match is the one a
// backtracking matcher (MicroPython's, CPython's) would find, in time proportional to
// subject length × program size and in memory fixed before the match starts: no pattern
// can make it hang or overflow a stack. The threads' capture slots are byte offsets.

import { load_u8, load_i32, store_u32, mem_copy, mem_fill, type i32, type u32, type bool, type ref } from "../subset/index.js";
import { gc_alloc } from "../gc.js";
import { raise_memory_error } from "../objects/exception.js";
import { utf8_seq_len } from "../chars.js";
import { ReOp, RE_HEADER_WORDS } from "./re_compile.js";

// The program (its words' address), the subject and the scratch areas of the running match.
let code: u32 = 0;
let subject: u32 = 0;
let subject_end: u32 = 0;
let subject_is_str: bool = false;
let n_cap: u32 = 0;
/** Words per thread: its pc, then its capture slots. */
let thread_words: u32 = 0;
let marks: u32 = 0;
let stack: u32 = 0;
let work: u32 = 0;
/** The generation of the list being filled: an instruction marked with it is in the list. */
let generation: u32 = 0;
/** The byte length of the character decode_at last read. */
let char_len: u32 = 0;

function word(pc: u32): i32 {
  return load_i32(code + pc * 4);
}

/** The character at byte offset sp (a code point for a str subject). */
function decode_at(sp: u32): i32 {
  const b: i32 = load_u8(subject + sp);
  if (!subject_is_str || b < 0x80) {
    char_len = 1;
    return b;
  }
  const n: u32 = utf8_seq_len(b);
  let c: i32 = b & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let i: u32 = 1; i < n && ((sp + i) >>> 0) < subject_end; i++) c = ((c << 6) | (load_u8((subject + sp + i) >>> 0) & 0x3f)) | 0;
  char_len = n;
  return c;
}

function is_word_byte(sp: u32): bool {
  const c: u32 = load_u8(subject + sp);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function at_word_boundary(sp: u32): bool {
  const before: bool = sp > 0 && is_word_byte((sp - 1) >>> 0);
  const after: bool = sp < subject_end && is_word_byte(sp);
  return before !== after;
}

/** Does the zero-width assertion op hold at sp? */
function assertion_holds(op: i32, sp: u32): bool {
  if (op === ReOp.Bol) return sp === 0;
  if (op === ReOp.Eol) return sp === subject_end || (((sp + 1) >>> 0) === subject_end && load_u8((subject + sp) >>> 0) === 10);
  if (op === ReOp.Eos) return sp === subject_end;
  if (op === ReOp.WordB) return at_word_boundary(sp);
  return !at_word_boundary(sp);
}

function stack_push(depth: u32, tag: i32, value: i32): u32 {
  store_u32(stack + depth * 8, tag);
  store_u32(stack + depth * 8 + 4, value);
  return (depth + 1) >>> 0;
}

/**
 * Add to the thread list at `list` (holding count threads) every thread that pc0 reaches
 * at position sp without consuming a character, in priority order, with the capture slots
 * in `work` (restored when this returns). Returns the new count.
 */
function add_threads(list: u32, count: u32, pc0: u32, sp: u32): u32 {
  let n: u32 = count;
  let depth: u32 = stack_push(0, pc0 | 0, 0);
  while (depth > 0) {
    depth = (depth - 1) >>> 0;
    const tag: i32 = load_i32(stack + depth * 8);
    if (tag < 0) {
      // Undo a SAVE on the way back to a lower-priority branch.
      store_u32(work + ((-tag - 1) >>> 0) * 4, load_i32(stack + depth * 8 + 4));
      continue;
    }
    let pc: u32 = tag >>> 0;
    while (load_u32_mark(pc) !== generation) {
      store_u32(marks + pc * 4, generation | 0);
      const op: i32 = word(pc);
      if (op === ReOp.Jmp) {
        pc = (pc + word((pc + 1) >>> 0)) >>> 0;
      } else if (op === ReOp.Split) {
        depth = stack_push(depth, ((pc + word((pc + 2) >>> 0)) | 0), 0);
        pc = (pc + word((pc + 1) >>> 0)) >>> 0;
      } else if (op === ReOp.Save) {
        const slot: u32 = word((pc + 1) >>> 0) >>> 0;
        depth = stack_push(depth, (-(slot + 1)) | 0, load_i32(work + slot * 4));
        store_u32(work + slot * 4, sp | 0);
        pc = (pc + 2) >>> 0;
      } else if (op >= ReOp.Bol && op <= ReOp.NotWordB) {
        if (!assertion_holds(op, sp)) break;
        pc = (pc + 1) >>> 0;
      } else {
        // A consuming instruction or MATCH: a thread waits here.
        const t: u32 = (list + Math.imul(n, thread_words) * 4) >>> 0;
        store_u32(t, pc | 0);
        mem_copy(t + 4, work, n_cap * 4);
        n = (n + 1) >>> 0;
        break;
      }
    }
  }
  return n;
}

function load_u32_mark(pc: u32): u32 {
  return load_i32(marks + pc * 4) >>> 0;
}

/** Does the CLASS at pc accept c? */
function class_accepts(pc: u32, c: i32): bool {
  const n: u32 = word((pc + 1) >>> 0) >>> 0;
  let inside: bool = false;
  for (let i: u32 = 0; i < n; i++) {
    const lo: i32 = word((pc + 3 + i * 2) >>> 0);
    const hi: i32 = word((pc + 4 + i * 2) >>> 0);
    if (c >= lo && c <= hi) {
      inside = true;
      break;
    }
  }
  return inside !== (word((pc + 2) >>> 0) !== 0);
}

/**
 * Run the program whose prog_bytes bytes are at prog on the subject [data, data + end), starting at
 * byte offset begin: anchored there (match, fullmatch) or trying every later start
 * (search); full requires the match to reach end; must_advance rejects an empty match at
 * begin (re.sub and re.split after an empty match). On a match, writes its capture slots
 * (byte offsets, -1 for a group that did not take part) to caps_out and returns true.
 * Raises MemoryError when the heap cannot hold the thread lists.
 */
export function re_exec(prog: u32, prog_bytes: u32, data: u32, end: u32, begin: u32, is_str: bool, anchored: bool, full: bool, must_advance: bool, caps_out: u32): bool {
  const n_groups: u32 = load_i32(prog) >>> 0;
  const n_threads: u32 = load_i32(prog + 4) >>> 0;
  const program_words: u32 = prog_bytes >>> 2;
  code = prog;
  subject = data;
  subject_end = end;
  subject_is_str = is_str;
  n_cap = (n_groups * 2) >>> 0;
  thread_words = (n_cap + 1) >>> 0;
  const list_bytes: u32 = (Math.imul(n_threads, thread_words) * 4) >>> 0;
  const total: u32 = (list_bytes * 2 + program_words * 12 + 8 + n_cap * 4) >>> 0;
  const scratch: ref = gc_alloc(total);
  if (scratch === 0) raise_memory_error();
  let cur: u32 = scratch;
  let next: u32 = (scratch + list_bytes) >>> 0;
  marks = (scratch + list_bytes * 2) >>> 0;
  stack = (marks + program_words * 4) >>> 0;
  work = (stack + program_words * 8 + 8) >>> 0;
  mem_fill(marks, 0, program_words * 4);
  generation = 1;
  let n_cur: u32 = 0;
  let matched: bool = false;
  let sp: u32 = begin;
  while (true) {
    if (!matched && (!anchored || sp === begin)) {
      mem_fill(work, 0xff, n_cap * 4);
      n_cur = add_threads(cur, n_cur, RE_HEADER_WORDS, sp);
    }
    // Without threads, only a search that has not matched yet goes on to later starts.
    if (n_cur === 0 && (matched || anchored || sp >= end)) break;
    let c: i32 = -1;
    char_len = 0;
    if (sp < end) c = decode_at(sp);
    generation = (generation + 1) >>> 0;
    let n_next: u32 = 0;
    for (let i: u32 = 0; i < n_cur; i++) {
      const t: u32 = (cur + Math.imul(i, thread_words) * 4) >>> 0;
      const pc: u32 = load_i32(t) >>> 0;
      const op: i32 = word(pc);
      if (op === ReOp.Match) {
        if (full && sp !== end) continue;
        if (must_advance && sp === begin) continue;
        mem_copy(caps_out, t + 4, n_cap * 4);
        matched = true;
        // Threads of lower priority than this match are dropped.
        break;
      }
      if (c < 0) continue;
      let to: u32 = 0;
      if (op === ReOp.Char) {
        if (word((pc + 1) >>> 0) === c) to = (pc + 2) >>> 0;
      } else if (op === ReOp.Any) {
        if (c !== 10) to = (pc + 1) >>> 0;
      } else if (class_accepts(pc, c)) {
        to = (pc + 3 + (word((pc + 1) >>> 0) >>> 0) * 2) >>> 0;
      }
      if (to === 0) continue;
      mem_copy(work, t + 4, n_cap * 4);
      n_next = add_threads(next, n_next, to, (sp + char_len) >>> 0);
    }
    const swap: u32 = cur;
    cur = next;
    next = swap;
    n_cur = n_next;
    if (sp >= end) break;
    sp = (sp + char_len) >>> 0;
  }
  return matched;
}
