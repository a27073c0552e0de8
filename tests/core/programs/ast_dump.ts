// Parses standard input (core/parse.ts) and prints the tree exactly as CPython's
// `ast.dump(ast.parse(src))` does, or, for a source the parser rejects, one line
// "SyntaxError: <msg> (<line>:<col>)" (IndentationError likewise; "MemoryError" alone).
//
// Constants are printed as CPython's repr prints them: floats and imaginary literals,
// which the tree keeps as literal text, are converted with core/float_parse.ts and printed
// with core/float_format.ts (complex: the float repr without a trailing ".0", then "j").
//
// Arguments: "batch" reads records of a decimal length, a newline and that many bytes of
// source, and dumps each after a line "=== i", each on a heap of its own; "heap=N" sets the
// heap size in bytes (default 1 MiB); "stress" collects at every allocation; "count"
// prints only "nodes=N lines=L ms=T" (the time of the parse alone).
import { load_u8, store_u8, load_f64, caught, type i32, type u32, type bool, type ref } from "../../../core/subset/index.js";
import { gc_init, gc_set_stress, gc_root_push, gc_root_restore } from "../../../core/gc.js";
import { roots_init, roots_size } from "../../../core/roots.js";
import { qstr_init, qstr_data, qstr_len } from "../../../core/qstr.js";
import { exception_init, exception_type_id } from "../../../core/objects/exception.js";
import { TYPE_NAME, TypeId } from "../../../core/objects/type.js";
import { str_data, str_len } from "../../../core/objects/str.js";
import { is_small_int, small_int_value } from "../../../core/obj.js";
import { mpz_str_size, mpz_to_str } from "../../../core/mpz.js";
import { float_parse, FLOAT_PARSE_SCRATCH_BYTES } from "../../../core/float_parse.js";
import { float_format_repr, FLOAT_FORMAT_SCRATCH_BYTES } from "../../../core/float_format.js";
import { syntax_error_msg, syntax_error_line, syntax_error_col } from "../../../core/syntax_error.js";
import { parse } from "../../../core/parse.js";
import {
  Ast, AstConst, AST_NAMES, AST_FIELDS, AST_SLOTS, AST_OP_NAMES, AST_UNARY_NAMES, AST_BOOL_NAMES, AST_CMP_NAMES,
  AST_CTX_NAMES, ast_kind, ast_op, ast_slot, ast_list_len, ast_list_get,
} from "../../../core/ast.js";
import { out_str, out_u32, out_i32, out_nl } from "../../codegen/programs/lib/out.js";

const ARGS: u32 = 1024;
/** 8-aligned scratch for float text: the parse/format scratch, the result, the text. */
const FLOAT_SCRATCH: u32 = 2048;
const FLOAT_RESULT: u32 = 3072;
const FLOAT_TEXT: u32 = 3200;
const BYTE_OUT: u32 = 3500;
const INPUT: u32 = 4096;
const INPUT_MAX: u32 = 32 * 1024 * 1024;
const HEX: string = "0123456789abcdef";

function read_input(): u32 {
  let n: u32 = 0;
  while (true) {
    const c: i32 = hal_stdin_read();
    if (c < 0) return n;
    if (n >= INPUT_MAX) hal_fatal("ast_dump: input too large");
    store_u8((INPUT + n) >>> 0, c);
    n = (n + 1) >>> 0;
  }
}

function arg_is(i: i32, s: string): bool {
  const n: u32 = hal_arg_len(i);
  if (n !== s.length) return false;
  hal_arg_copy(i, ARGS);
  for (let k: u32 = 0; k < n; k++) if (load_u8((ARGS + k) >>> 0) !== s.charCodeAt(k)) return false;
  return true;
}

function arg_heap(i: i32): u32 {
  const n: u32 = hal_arg_len(i);
  if (n <= 5 || n > 16) return 0;
  hal_arg_copy(i, ARGS);
  const prefix: string = "heap=";
  for (let k: u32 = 0; k < 5; k++) if (load_u8((ARGS + k) >>> 0) !== prefix.charCodeAt(k)) return 0;
  let v: u32 = 0;
  for (let k: u32 = 5; k < n; k++) {
    const d: i32 = load_u8((ARGS + k) >>> 0) - 48;
    if (d < 0 || d > 9) return 0;
    v = (Math.imul(v, 10) + d) >>> 0;
  }
  return v;
}

function out_byte(b: i32): void {
  store_u8(BYTE_OUT, b);
  hal_stdout_write(BYTE_OUT, 1);
}

function out_hex_escape(prefix: string, v: u32, digits: u32): void {
  out_str(prefix);
  for (let i: u32 = digits; i > 0; i--) out_byte(HEX.charCodeAt((v >>> (((i - 1) * 4) & 31)) & 15));
}

/** CPython's choice of quote: ' unless the text has ' and no ". */
function repr_quote(data: u32, len: u32): i32 {
  let single: bool = false;
  let dquote: bool = false;
  for (let i: u32 = 0; i < len; i++) {
    const c: i32 = load_u8((data + i) >>> 0);
    if (c === 39) single = true;
    else if (c === 34) dquote = true;
  }
  return single && !dquote ? 34 : 39;
}

/** repr of str (UTF-8) or bytes. Non-ASCII: CPython escapes U+0080..U+00A0 and U+00AD; others print. */
function out_repr(data: u32, len: u32, bytes: bool): void {
  const quote: i32 = repr_quote(data, len);
  if (bytes) out_str("b");
  out_byte(quote);
  let i: u32 = 0;
  while (i < len) {
    const c: i32 = load_u8((data + i) >>> 0);
    i = (i + 1) >>> 0;
    if (c === quote || c === 92) {
      out_byte(92);
      out_byte(c);
    } else if (c === 10) {
      out_str("\\n");
    } else if (c === 13) {
      out_str("\\r");
    } else if (c === 9) {
      out_str("\\t");
    } else if (c < 32 || c === 127 || (bytes && c >= 128)) {
      out_hex_escape("\\x", c >>> 0, 2);
    } else if (c < 128) {
      out_byte(c);
    } else {
      // One UTF-8 sequence: decode it to decide.
      let cp: u32 = 0;
      let more: u32 = 0;
      if (c >= 0xf0) { cp = c & 7; more = 3; } else if (c >= 0xe0) { cp = c & 15; more = 2; } else { cp = c & 31; more = 1; }
      const start: u32 = (i - 1) >>> 0;
      for (let k: u32 = 0; k < more && i < len; k++) {
        cp = ((cp << 6) | (load_u8((data + i) >>> 0) & 63)) >>> 0;
        i = (i + 1) >>> 0;
      }
      if (cp <= 0xa0 || cp === 0xad) out_hex_escape("\\x", cp, 2);
      else if (cp >= 0xd800 && cp <= 0xdfff) out_hex_escape("\\u", cp, 4);
      else hal_stdout_write((data + start) >>> 0, (i - start) >>> 0);
    }
  }
  out_byte(quote);
}

function out_qstr(q: u32): void {
  out_repr(qstr_data(q), qstr_len(q), false);
}

/** repr of a float literal's text; complex: without a trailing ".0", with j. */
function out_float(text: obj_t, imaginary: bool): void {
  let len: u32 = str_len(text);
  if (imaginary) len = (len - 1) >>> 0;
  if (!float_parse(str_data(text), len, FLOAT_SCRATCH, FLOAT_PARSE_SCRATCH_BYTES, FLOAT_RESULT)) hal_fatal("ast_dump: bad float literal");
  const n: i32 = float_format_repr(load_f64(FLOAT_RESULT), FLOAT_TEXT, 64, FLOAT_SCRATCH, FLOAT_FORMAT_SCRATCH_BYTES);
  let shown: u32 = n >>> 0;
  if (imaginary && shown >= 2 && load_u8((FLOAT_TEXT + shown - 2) >>> 0) === 46 && load_u8((FLOAT_TEXT + shown - 1) >>> 0) === 48) {
    shown = (shown - 2) >>> 0;
  }
  hal_stdout_write(FLOAT_TEXT, shown);
  if (imaginary) out_str("j");
}

type obj_t = u32;

function out_int(v: obj_t): void {
  if (is_small_int(v)) {
    out_i32(small_int_value(v));
    return;
  }
  // A big int: its decimal text in a heap buffer (rooted: mpz_to_str does not allocate).
  const buf: u32 = INPUT_MAX + INPUT + 64;
  if (mpz_str_size(v, 10) > 65536) hal_fatal("ast_dump: int too long");
  const n: u32 = mpz_to_str(v, 10, buf);
  hal_stdout_write(buf, n);
}

function out_constant(n: ref): void {
  const v: u32 = ast_slot(n, 0);
  switch (ast_op(n)) {
    case AstConst.None: out_str("None"); return;
    case AstConst.True: out_str("True"); return;
    case AstConst.False: out_str("False"); return;
    case AstConst.Ellipsis: out_str("Ellipsis"); return;
    case AstConst.Int: out_int(v); return;
    case AstConst.Float: out_float(v, false); return;
    case AstConst.Complex: out_float(v, true); return;
    case AstConst.Str: out_repr(str_data(v), str_len(v), false); return;
    default: out_repr(str_data(v), str_len(v), true); return;
  }
}

let nodes: u32 = 0;

/** Count nodes (for "count"): the same walk as the dump, without output. */
function count_node(n: ref): void {
  nodes = (nodes + 1) >>> 0;
  const spec: string = AST_FIELDS[ast_kind(n)]!;
  let slot: u32 = 0;
  for (let i: u32 = 0; i < spec.length; i++) {
    if (spec.charCodeAt(i) !== 58) continue;
    const t: i32 = spec.charCodeAt((i + 1) >>> 0);
    if (t === 78 || t === 110) {
      const child: u32 = ast_slot(n, slot);
      if (child !== 0) count_node(child);
    } else if (t === 76) {
      const l: u32 = ast_slot(n, slot);
      for (let k: u32 = 0; k < ast_list_len(l); k++) if (ast_list_get(l, k) !== 0) count_node(ast_list_get(l, k));
    }
    if (has_slot(t)) slot = (slot + 1) >>> 0;
  }
}

function has_slot(t: i32): bool {
  // N n L I i S V C D
  return t === 78 || t === 110 || t === 76 || t === 73 || t === 105 || t === 83 || t === 86 || t === 67 || t === 68;
}

function dump_node(n: ref): void {
  const kind: u32 = ast_kind(n);
  out_str(AST_NAMES[kind]!);
  out_str("(");
  const spec: string = AST_FIELDS[kind]!;
  let slot: u32 = 0;
  let first: bool = true;
  let name_start: u32 = 0;
  for (let i: u32 = 0; i < spec.length; i++) {
    const c: i32 = spec.charCodeAt(i);
    if (c === 32) {
      name_start = (i + 1) >>> 0;
      continue;
    }
    if (c !== 58) continue;
    const t: i32 = spec.charCodeAt((i + 1) >>> 0);
    const v: u32 = has_slot(t) ? ast_slot(n, slot) : 0;
    if (has_slot(t)) slot = (slot + 1) >>> 0;
    // Absent optional fields and Constant.kind are left out, as ast.dump does.
    if (((t === 110 || t === 105) && v === 0) || t === 75) continue;
    if (!first) out_str(", ");
    first = false;
    for (let k: u32 = name_start; k < i; k++) out_byte(spec.charCodeAt(k));
    out_str("=");
    dump_field(n, t, v);
  }
  out_str(")");
}

function dump_field(n: ref, t: i32, v: u32): void {
  switch (t) {
    case 78: case 110: dump_node(v); return;
    case 76: dump_list(v); return;
    case 73: case 105: out_qstr(v); return;
    case 83: {
      out_str("[");
      for (let k: u32 = 0; k < ast_list_len(v); k++) {
        if (k > 0) out_str(", ");
        out_qstr(ast_list_get(v, k));
      }
      out_str("]");
      return;
    }
    case 86: out_constant(n); return;
    case 67: {
      out_str("[");
      for (let k: u32 = 0; k < ast_list_len(v); k++) {
        if (k > 0) out_str(", ");
        out_str(AST_CMP_NAMES[ast_list_get(v, k) & 15]!);
        out_str("()");
      }
      out_str("]");
      return;
    }
    case 68: out_u32(v); return;
    case 111: out_str(AST_OP_NAMES[ast_op(n) % 13]!); out_str("()"); return;
    case 117: out_str(AST_UNARY_NAMES[ast_op(n) & 3]!); out_str("()"); return;
    case 98: out_str(AST_BOOL_NAMES[ast_op(n) & 1]!); out_str("()"); return;
    case 120: out_str(AST_CTX_NAMES[ast_op(n) % 3]!); out_str("()"); return;
    case 102: out_u32(ast_op(n)); return;
    case 69: out_str("[]"); return;
    default: hal_fatal("ast_dump: unknown field type");
  }
}

function dump_list(l: ref): void {
  out_str("[");
  for (let k: u32 = 0; k < ast_list_len(l); k++) {
    if (k > 0) out_str(", ");
    const item: u32 = ast_list_get(l, k);
    if (item === 0) out_str("None");
    else dump_node(item);
  }
  out_str("]");
}

/** The tables of core/ast.ts agree with each other. */
function check_tables(): void {
  if (AST_NAMES.length !== Ast.Count || AST_FIELDS.length !== Ast.Count || AST_SLOTS.length !== Ast.Count) hal_fatal("ast_dump: table lengths");
  for (let k: u32 = 0; k < Ast.Count; k++) {
    const spec: string = AST_FIELDS[k]!;
    let slots: u32 = 0;
    for (let i: u32 = 0; i < spec.length; i++) {
      if (spec.charCodeAt(i) === 58 && has_slot(spec.charCodeAt((i + 1) >>> 0))) slots = (slots + 1) >>> 0;
    }
    if (slots !== AST_SLOTS[k]!) hal_fatal("ast_dump: AST_SLOTS disagrees with AST_FIELDS");
  }
}

function out_error(e: u32): void {
  const id: u32 = exception_type_id(e);
  const name: u32 = TYPE_NAME[id]!;
  hal_stdout_write(qstr_data(name), qstr_len(name));
  if (id === TypeId.MemoryError) {
    out_nl();
    return;
  }
  out_str(": ");
  if (id === TypeId.SyntaxError || id === TypeId.IndentationError) {
    const msg: u32 = syntax_error_msg(e);
    hal_stdout_write(str_data(msg), str_len(msg));
    out_str(" (");
    out_u32(syntax_error_line(e));
    out_str(":");
    out_u32(syntax_error_col(e));
    out_str(")");
  } else {
    out_str("(other)");
  }
  out_nl();
}

let stress: bool = false;

function count_lines(src: u32, len: u32): u32 {
  let lines: u32 = 0;
  for (let i: u32 = 0; i < len; i++) if (load_u8((src + i) >>> 0) === 10) lines = (lines + 1) >>> 0;
  return lines;
}

/** Parse len bytes at src on a fresh heap placed after end; dump the tree or the error. */
function run(src: u32, len: u32, end: u32, heap: u32, counting: bool): i32 {
  const roots: u32 = ((end + 15) & ~15) >>> 0;
  roots_init(roots);
  if (!gc_init((roots + roots_size()) >>> 0, heap, 256)) hal_fatal("ast_dump: heap too small");
  if (!qstr_init() || !exception_init()) hal_fatal("ast_dump: heap too small for the runtime");
  gc_set_stress(stress);
  const start: u32 = hal_ticks_ms();
  let tree: ref = 0;
  try {
    tree = parse(src, len);
  } catch (e) {
    gc_set_stress(false);
    out_error(caught(e));
    return 1;
  }
  const ms: u32 = (hal_ticks_ms() - start) >>> 0;
  gc_set_stress(false);
  const depth: u32 = gc_root_push(tree);
  if (counting) {
    nodes = 0;
    count_node(tree);
    out_str("nodes=");
    out_u32(nodes);
    out_str(" lines=");
    out_u32(count_lines(src, len));
    out_str(" ms=");
    out_u32(ms);
  } else {
    dump_node(tree);
  }
  out_nl();
  gc_root_restore(depth);
  return 0;
}

function batch(n: u32, heap: u32): i32 {
  const end: u32 = (INPUT + n) >>> 0;
  let p: u32 = INPUT;
  let index: u32 = 0;
  while (p < end) {
    let len: u32 = 0;
    while (p < end && load_u8(p) !== 10) {
      len = (Math.imul(len, 10) + load_u8(p) - 48) >>> 0;
      p = (p + 1) >>> 0;
    }
    p = (p + 1) >>> 0;
    if (len > ((end - p) >>> 0)) hal_fatal("ast_dump: truncated batch record");
    out_str("=== ");
    out_u32(index);
    out_nl();
    run(p, len, end, heap, false);
    p = (p + len) >>> 0;
    index = (index + 1) >>> 0;
  }
  return 0;
}

export function pyx_main(): i32 {
  check_tables();
  const n: u32 = read_input();
  let counting: bool = false;
  let batched: bool = false;
  let heap: u32 = 1024 * 1024;
  for (let i: i32 = 1; i < hal_argc(); i++) {
    if (arg_is(i, "count")) counting = true;
    else if (arg_is(i, "batch")) batched = true;
    else if (arg_is(i, "stress")) stress = true;
    else if (arg_heap(i) !== 0) heap = arg_heap(i);
    else hal_fatal("ast_dump: arguments are count, batch, stress and heap=N");
  }
  if (batched) return batch(n, heap);
  return run(INPUT, n, (INPUT + n) >>> 0, heap, counting);
}
