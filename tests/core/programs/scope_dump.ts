// Parses standard input (core/parse.ts), runs the scope pass (core/scope.ts) and prints
// every scope in pre-order, children in CPython's symtable order:
//   <type> <name> <line>[ args=P/K/D][ gen]      type: module, function or class, named as
//                                                 CPython's symtable names them (top, lambda, listcomp…)
//     <name> <kind>[ param][ nonlocal]            sorted by name; kind: local, cell, free,
//                                                 global_explicit, global_implicit
// or one line "SyntaxError: <msg> (<line>:<col>)" ("MemoryError" alone).
// args (functions and lambdas): positional/keyword-only/defaults; gen: a generator
// (yield, yield from, async def, generator expression).
// Arguments: "batch" reads records of a decimal length, a newline and that many bytes and
// dumps each after "=== i"; "slots" adds " #N" (the local slot) to numbered ids and
// " cellN" to a class's __class__ cell; "heap=N"; "stress" collects at every allocation.
import { load_u8, store_u8, caught, type i32, type u32, type bool, type ref } from "../../../core/subset/index.js";
import { gc_init, gc_set_stress, gc_root_push, gc_root_restore } from "../../../core/gc.js";
import { roots_init, roots_size } from "../../../core/roots.js";
import { qstr_init, qstr_data, qstr_len } from "../../../core/qstr.js";
import { exception_init, exception_type_id } from "../../../core/objects/exception.js";
import { TYPE_NAME, TypeId } from "../../../core/objects/type.js";
import { str_data, str_len } from "../../../core/objects/str.js";
import { syntax_error_msg, syntax_error_line, syntax_error_col } from "../../../core/syntax_error.js";
import { parse } from "../../../core/parse.js";
import {
  Scope, IdInfo, ScopeKind, IdKind, Def, ScopeFlag, ScopeInfo, scope_analyze, scope_id_count, scope_id_at,
  scope_child_count, scope_child,
} from "../../../core/scope.js";
import { out_str, out_u32, out_nl } from "../../codegen/programs/lib/out.js";

const ARGS: u32 = 1024;
const SORT_MAX: u32 = 2048;
const INPUT: u32 = 16384;
const INPUT_MAX: u32 = 16 * 1024 * 1024;
const KIND_NAMES: readonly string[] = ["module", "class", "function", "function", "function", "function", "function", "function"];
const COMP_NAMES: readonly string[] = ["top", "", "lambda", "listcomp", "dictcomp", "setcomp", "genexpr", ""];

function read_input(): u32 {
  let n: u32 = 0;
  while (true) {
    const c: i32 = hal_stdin_read();
    if (c < 0) return n;
    if (n >= INPUT_MAX) hal_fatal("scope_dump: input too large");
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

function out_q(q: u32): void {
  hal_stdout_write(qstr_data(q), qstr_len(q));
}

/** Byte order of two qstrs (as Python sorts str of ASCII and UTF-8 names by code point). */
function q_less(a: u32, b: u32): bool {
  const la: u32 = qstr_len(a);
  const lb: u32 = qstr_len(b);
  for (let i: u32 = 0; i < la && i < lb; i++) {
    const ca: u32 = load_u8((qstr_data(a) + i) >>> 0);
    const cb: u32 = load_u8((qstr_data(b) + i) >>> 0);
    if (ca !== cb) return ca < cb;
  }
  return la < lb;
}

let slots: bool = false;

function kind_name(e: ref): string {
  switch (IdInfo.kind.get(e)) {
    case IdKind.Local: case IdKind.GlobalImplicitAssigned: return "local";
    case IdKind.Cell: return "cell";
    case IdKind.Free: return "free";
    case IdKind.GlobalExplicit: return (IdInfo.def.get(e) & Def.Global) !== 0 ? "global_explicit" : "global_implicit";
    case IdKind.GlobalImplicit: return "global_implicit";
    default: return "undecided";
  }
}

function dump_scope(s: ref): void {
  const kind: u32 = Scope.kind.get(s);
  out_str(KIND_NAMES[kind & 7]!);
  out_str(" ");
  if (kind === ScopeKind.Class || kind === ScopeKind.Function) out_q(Scope.name.get(s));
  else out_str(COMP_NAMES[kind & 7]!);
  out_str(" ");
  out_u32(kind === ScopeKind.Module ? 0 : Scope.line.get(s));
  if (kind === ScopeKind.Function || kind === ScopeKind.Lambda) {
    out_str(" args=");
    out_u32(Scope.num_pos_args.get(s));
    out_str("/");
    out_u32(Scope.num_kwonly_args.get(s));
    out_str("/");
    out_u32(Scope.num_def_pos_args.get(s));
  }
  if (kind !== ScopeKind.Module && kind !== ScopeKind.Class && (Scope.flags.get(s) & ScopeFlag.Generator) !== 0) out_str(" gen");
  if (slots) {
    out_str(" locals=");
    out_u32(Scope.num_locals.get(s));
    out_str(" free=");
    out_u32(Scope.num_free.get(s));
    if ((Scope.info.get(s) & ScopeInfo.ClassCell) !== 0) {
      out_str(" cell");
      out_u32(Scope.class_cell.get(s));
    }
  }
  out_nl();
  // Sort the ids by name (insertion sort of their addresses in scratch memory).
  const n: u32 = scope_id_count(s);
  if (n > SORT_MAX) hal_fatal("scope_dump: too many names");
  for (let i: u32 = 0; i < n; i++) {
    const e: u32 = scope_id_at(s, i);
    let j: u32 = i;
    while (j > 0 && q_less(IdInfo.q.get(e), IdInfo.q.get(load_u32_at((j - 1) >>> 0)))) {
      store_u32_at(j, load_u32_at((j - 1) >>> 0));
      j = (j - 1) >>> 0;
    }
    store_u32_at(j, e);
  }
  for (let i: u32 = 0; i < n; i++) {
    const e: u32 = load_u32_at(i);
    out_str("  ");
    out_q(IdInfo.q.get(e));
    out_str(" ");
    out_str(kind_name(e));
    if ((IdInfo.def.get(e) & Def.Param) !== 0) out_str(" param");
    if ((IdInfo.def.get(e) & Def.Nonlocal) !== 0) out_str(" nonlocal");
    if (slots && IdInfo.local_num.get(e) !== 0xffff) {
      out_str(" #");
      out_u32(IdInfo.local_num.get(e));
    }
    out_nl();
  }
  for (let i: u32 = 0; i < scope_child_count(s); i++) dump_scope(scope_child(s, i));
}

const sort_buf = new Uint32Array(2048);

function load_u32_at(i: u32): u32 {
  return sort_buf[i & 2047]!;
}

function store_u32_at(i: u32, v: u32): void {
  sort_buf[i & 2047] = v;
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

function run(src: u32, len: u32, end: u32, heap: u32): i32 {
  const roots: u32 = ((end + 15) & ~15) >>> 0;
  roots_init(roots);
  if (!gc_init((roots + roots_size()) >>> 0, heap, 256)) hal_fatal("scope_dump: heap too small");
  if (!qstr_init() || !exception_init()) hal_fatal("scope_dump: heap too small for the runtime");
  gc_set_stress(stress);
  let top: ref = 0;
  let depth: u32 = 0;
  try {
    const tree: ref = parse(src, len);
    depth = gc_root_push(tree);
    top = scope_analyze(tree);
  } catch (e) {
    gc_set_stress(false);
    out_error(caught(e));
    return 1;
  }
  gc_set_stress(false);
  gc_root_push(top);
  dump_scope(top);
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
    if (len > ((end - p) >>> 0)) hal_fatal("scope_dump: truncated batch record");
    out_str("=== ");
    out_u32(index);
    out_nl();
    run(p, len, end, heap);
    p = (p + len) >>> 0;
    index = (index + 1) >>> 0;
  }
  return 0;
}

export function pyx_main(): i32 {
  const n: u32 = read_input();
  let batched: bool = false;
  let heap: u32 = 1024 * 1024;
  for (let i: i32 = 1; i < hal_argc(); i++) {
    if (arg_is(i, "batch")) batched = true;
    else if (arg_is(i, "stress")) stress = true;
    else if (arg_is(i, "slots")) slots = true;
    else if (arg_heap(i) !== 0) heap = arg_heap(i);
    else hal_fatal("scope_dump: arguments are batch, slots, stress and heap=N");
  }
  if (batched) return batch(n, heap);
  return run(INPUT, n, (INPUT + n) >>> 0, heap);
}
