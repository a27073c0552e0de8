// .mpy files: MicroPython's persistent code, version 6 (py/persistentcode.c; core/MPY.md).
// mpy_write serializes a CompiledModule (core/rawcode.ts) into a vstr exactly as
// MicroPython's mp_raw_code_save does for a bytecode-only module; mpy_read loads such
// bytes back into the same tree, and checks everything a loader later relies on (header,
// every length against the end of the data, every operand index, every jump target), so
// corrupt or truncated input gives a status, never a crash.
//
//   header     'M', 6, feature byte (arch << 2 | sub-version; 0 for bytecode-only files),
//              bits in a small int (31 from mpy-cross and Pyxis)
//   n_qstr, n_obj                      var uints
//   qstrs      var uint (index << 1 | 1) for MicroPython's static qstrs, else (len << 1),
//              the bytes and a NUL
//   objects    a type byte, then: nothing (None, False, True, Ellipsis); var uint length,
//              bytes, NUL (str, bytes); var uint length and repr text (int, float,
//              complex); var uint count and the items (tuple)
//   raw code   var uint (fun_data_len << 3 | has_children << 2 | kind - 2), fun_data,
//              then if it has children: var uint count and each child's raw code

import { load_u8, store_u8, store_u32, load_f64, caught, type i32, type u32, type bool, type ref } from "./subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth } from "./gc.js";
import { vstr_new, vstr_add_byte, vstr_add_bytes, vstr_len, vstr_data, vstr_reset } from "./vstr.js";
import { qstr_from_bytes, qstr_from_str, qstr_data, qstr_len } from "./qstr.js";
import { Q } from "./qstr_static.js";
import {
  OBJ_NONE, OBJ_FALSE, OBJ_TRUE, OBJ_ELLIPSIS, new_small_int, small_int_fits, new_qstr_obj, type obj,
} from "./obj.js";
import { raise_memory_error } from "./objects/exception.js";
import { str_from_bytes, str_data, str_len } from "./objects/str.js";
import { tuple_new, tuple_set, tuple_len, tuple_get } from "./objects/tuple.js";
import { mpz_from_str, mpz_fits_i32, mpz_to_i32 } from "./mpz.js";
import { float_parse, FLOAT_PARSE_SCRATCH_BYTES } from "./float_parse.js";
import { bc_put_uint, bc_cursor_set, bc_cursor_pos, bc_cursor_ok, bc_cursor_fail, bc_read_byte, bc_read_uint } from "./bytecode.js";
import {
  RawCode, CompiledModule, RAW_CODE_BYTECODE, ConstKind, const_kind, const_print_repr, const_new_bytes,
  const_new_float, const_new_complex_text, word_get,
} from "./rawcode.js";
import { bc_verify } from "./showbc.js";

/** The .mpy version implemented (MPY_VERSION of MicroPython 1.19 and later). */
export const MPY_VERSION: u32 = 6;
/** MPY_SUB_VERSION of MicroPython 1.23 and later: checked only for files with native code. */
export const MPY_SUB_VERSION: u32 = 3;
/** Bits in a small int: Pyxis's and mpy-cross's 31. A file may not need more. */
export const MPY_SMALL_INT_BITS: u32 = 31;

/** Persistent object type bytes (MP_PERSISTENT_OBJ_*). */
const enum PObj {
  FunTable = 0,
  None = 1,
  False = 2,
  True = 3,
  Ellipsis = 4,
  Str = 5,
  Bytes = 6,
  Int = 7,
  Float = 8,
  Complex = 9,
  Tuple = 10,
}

export const enum MpyStatus {
  Ok = 0,
  /** Not a version 6 bytecode .mpy: bad magic, version, or small-int size. */
  Incompatible = 1,
  /** Native code (an architecture in the header, or a native raw code). */
  NativeUnsupported = 2,
  /** Truncated or inconsistent data. */
  Corrupt = 3,
  /** The heap cannot hold the module. */
  Memory = 4,
}

let status: MpyStatus = MpyStatus.Ok;

export function mpy_status(): MpyStatus {
  return status;
}

/** The ValueError message MicroPython gives for the status. */
export function mpy_status_message(s: MpyStatus): string {
  switch (s) {
    case MpyStatus.Ok: return "ok";
    case MpyStatus.NativeUnsupported: return "native code in .mpy unsupported";
    case MpyStatus.Memory: return "memory allocation failed";
    default: return "incompatible .mpy file";
  }
}

/**
 * py/makeqstrdata.py's static_qstr_list: qstrs 1..159 of every MicroPython build, which
 * .mpy files name by number instead of by text. The order is fixed by the .mpy format.
 */
const STATIC_QSTR: readonly string[] = [
  "", "__dir__", "\n", " ", "*", "/", "<module>", "_", "__call__", "__class__", "__delitem__",
  "__enter__", "__exit__", "__getattr__", "__getitem__", "__hash__", "__init__", "__int__", "__iter__",
  "__len__", "__main__", "__module__", "__name__", "__new__", "__next__", "__qualname__", "__repr__",
  "__setitem__", "__str__", "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
  "EOFError", "Ellipsis", "Exception", "GeneratorExit", "ImportError", "IndentationError", "IndexError",
  "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NoneType",
  "NotImplementedError", "OSError", "OverflowError", "RuntimeError", "StopIteration", "SyntaxError",
  "SystemExit", "TypeError", "ValueError", "ZeroDivisionError", "abs", "all", "any", "append", "args",
  "bool", "builtins", "bytearray", "bytecode", "bytes", "callable", "chr", "classmethod", "clear",
  "close", "const", "copy", "count", "dict", "dir", "divmod", "end", "endswith", "eval", "exec",
  "extend", "find", "format", "from_bytes", "get", "getattr", "globals", "hasattr", "hash", "id",
  "index", "insert", "int", "isalpha", "isdigit", "isinstance", "islower", "isspace", "issubclass",
  "isupper", "items", "iter", "join", "key", "keys", "len", "list", "little", "locals", "lower",
  "lstrip", "main", "map", "micropython", "next", "object", "open", "ord", "pop", "popitem", "pow",
  "print", "range", "read", "readinto", "readline", "remove", "replace", "repr", "reverse", "rfind",
  "rindex", "round", "rsplit", "rstrip", "self", "send", "sep", "set", "setattr", "setdefault", "sort",
  "sorted", "split", "start", "startswith", "staticmethod", "step", "stop", "str", "strip", "sum",
  "super", "throw", "to_bytes", "tuple", "type", "update", "upper", "utf-8", "value", "values", "write",
  "zip",
];

/** MicroPython's number of a static qstr (1 for ""), or 0 when q's text is not one. */
function static_number(q: u32): u32 {
  const len: u32 = qstr_len(q);
  const data: u32 = qstr_data(q);
  for (let i: u32 = 0; i < STATIC_QSTR.length; i++) {
    const s: string = STATIC_QSTR[i]!;
    if (s.length !== len) continue;
    let same: bool = true;
    for (let j: u32 = 0; j < len && same; j++) if (load_u8(data + j) !== s.charCodeAt(j)) same = false;
    if (same) return (i + 1) >>> 0;
  }
  return 0;
}

// ---- writing ----

function out(ok: bool): void {
  if (!ok) raise_memory_error();
}

function write_qstr(v: ref, q: u32): void {
  const n: u32 = static_number(q);
  if (n !== 0) {
    out(bc_put_uint(v, ((n << 1) | 1) >>> 0));
    return;
  }
  out(bc_put_uint(v, (qstr_len(q) << 1) >>> 0));
  out(vstr_add_bytes(v, qstr_data(q), qstr_len(q)));
  out(vstr_add_byte(v, 0));
}

function write_text(v: ref, type: PObj, data: u32, len: u32, nul: bool): void {
  out(vstr_add_byte(v, type));
  out(bc_put_uint(v, len));
  out(vstr_add_bytes(v, data, len));
  if (nul) out(vstr_add_byte(v, 0));
}

/** A number as save_obj writes it: its repr text (built in `scratch`, a vstr). */
function write_number(v: ref, type: PObj, o: obj, scratch: ref): void {
  vstr_reset(scratch);
  const_print_repr(scratch, o);
  write_text(v, type, vstr_data(scratch), vstr_len(scratch), false);
}

function write_obj(v: ref, o: obj, scratch: ref): void {
  switch (const_kind(o)) {
    case ConstKind.None: out(vstr_add_byte(v, PObj.None)); break;
    case ConstKind.False: out(vstr_add_byte(v, PObj.False)); break;
    case ConstKind.True: out(vstr_add_byte(v, PObj.True)); break;
    case ConstKind.Ellipsis: out(vstr_add_byte(v, PObj.Ellipsis)); break;
    case ConstKind.Str: write_text(v, PObj.Str, str_data(o), str_len(o), true); break;
    case ConstKind.Bytes: write_text(v, PObj.Bytes, str_data(o), str_len(o), true); break;
    case ConstKind.SmallInt:
    case ConstKind.BigInt: write_number(v, PObj.Int, o, scratch); break;
    case ConstKind.Float: write_number(v, PObj.Float, o, scratch); break;
    case ConstKind.Complex: write_number(v, PObj.Complex, o, scratch); break;
    case ConstKind.Tuple: {
      const n: u32 = tuple_len(o);
      out(vstr_add_byte(v, PObj.Tuple));
      out(bc_put_uint(v, n));
      for (let i: u32 = 0; i < n; i++) write_obj(v, tuple_get(o, i), scratch);
      break;
    }
    default: hal_fatal("mpy: a constant of a type .mpy cannot hold");
  }
}

function write_raw_code(v: ref, rc: ref): void {
  const n: u32 = RawCode.n_children.get(rc);
  const len: u32 = RawCode.code_len.get(rc);
  out(bc_put_uint(v, ((len << 3) | (n !== 0 ? 4 : 0) | (RawCode.kind.get(rc) - RAW_CODE_BYTECODE)) >>> 0));
  out(vstr_add_bytes(v, RawCode.code.get(rc), len));
  if (n === 0) return;
  out(bc_put_uint(v, n));
  for (let i: u32 = 0; i < n; i++) write_raw_code(v, word_get(RawCode.children.get(rc), i));
}

/**
 * Append the .mpy bytes of module cm to the vstr v (mp_raw_code_save). False when the
 * heap is full (mpy_status() is Memory). cm and v must be rooted by the caller.
 */
export function mpy_write(cm: ref, v: ref): bool {
  const depth: u32 = gc_root_push(cm);
  gc_root_push(v);
  try {
    const scratch: ref = vstr_new(32);
    if (scratch === 0) raise_memory_error();
    gc_root_push(scratch);
    out(vstr_add_byte(v, 77));
    out(vstr_add_byte(v, MPY_VERSION));
    out(vstr_add_byte(v, 0));
    out(vstr_add_byte(v, MPY_SMALL_INT_BITS));
    const n_qstr: u32 = CompiledModule.n_qstr.get(cm);
    const n_obj: u32 = CompiledModule.n_obj.get(cm);
    out(bc_put_uint(v, n_qstr));
    out(bc_put_uint(v, n_obj));
    for (let i: u32 = 0; i < n_qstr; i++) write_qstr(v, word_get(CompiledModule.qstrs.get(cm), i));
    for (let i: u32 = 0; i < n_obj; i++) write_obj(v, word_get(CompiledModule.objs.get(cm), i), scratch);
    write_raw_code(v, CompiledModule.rc.get(cm));
  } catch (e) {
    caught(e);
    gc_root_restore(depth);
    status = MpyStatus.Memory;
    return false;
  }
  gc_root_restore(depth);
  status = MpyStatus.Ok;
  return true;
}

// ---- reading ----

/** Deepest nesting of functions (and of tuples in constants) a file may have. */
const MAX_DEPTH: u32 = 64;

let reading: MpyStatus = MpyStatus.Ok;

function corrupt(): void {
  if (reading === MpyStatus.Ok) reading = MpyStatus.Corrupt;
  bc_cursor_fail();
}

/** A length read from the file that must fit in what is left of it. */
function read_len(): u32 {
  const n: u32 = bc_read_uint();
  const left: u32 = bc_cursor_end_left();
  if (n > left) corrupt();
  return bc_cursor_ok() ? n : 0;
}

let read_end: u32 = 0;

function bc_cursor_end_left(): u32 {
  const pos: u32 = bc_cursor_pos();
  return pos >= read_end ? 0 : (read_end - pos) >>> 0;
}

function skip(n: u32): u32 {
  const at: u32 = bc_cursor_pos();
  for (let i: u32 = 0; i < n; i++) bc_read_byte();
  return at;
}

function read_qstr(): u32 {
  const n: u32 = bc_read_uint();
  if ((n & 1) !== 0) {
    const idx: u32 = n >>> 1;
    if (idx === 0 || idx > STATIC_QSTR.length) {
      corrupt();
      return Q.NULL;
    }
    // Interned from the text itself: a scratch copy in the heap was not rooted, so the
    // collection interning may do freed it, and the name's own bytes could take its place.
    const q: u32 = qstr_from_str(STATIC_QSTR[idx - 1]!);
    if (q === Q.NULL) raise_memory_error();
    return q;
  }
  const len: u32 = n >>> 1;
  if (len > bc_cursor_end_left()) {
    corrupt();
    return Q.NULL;
  }
  const at: u32 = skip(len);
  bc_read_byte(); // the NUL
  if (!bc_cursor_ok()) return Q.NULL;
  const q: u32 = qstr_from_bytes(at, len);
  if (q === Q.NULL) raise_memory_error();
  return q;
}

/** The decimal text of an int constant: a small int when it fits, else a big int. */
function parse_int(at: u32, len: u32): obj {
  const z: ref = mpz_from_str(at, len, 10);
  if (z === 0) {
    corrupt();
    return OBJ_NONE;
  }
  if (mpz_fits_i32(z)) {
    const v: i32 = mpz_to_i32(z);
    if (small_int_fits(v)) return new_small_int(v);
  }
  return z;
}

function parse_float(at: u32, len: u32): obj {
  const scratch: ref = gc_alloc((FLOAT_PARSE_SCRATCH_BYTES + 8) >>> 0);
  if (scratch === 0) raise_memory_error();
  const result: u32 = (scratch + FLOAT_PARSE_SCRATCH_BYTES) >>> 0;
  if (!float_parse(at, len, scratch, FLOAT_PARSE_SCRATCH_BYTES, result)) {
    corrupt();
    return OBJ_NONE;
  }
  return const_new_float(load_f64(result));
}

function read_obj(level: u32): obj {
  const type: u32 = bc_read_byte();
  if (!bc_cursor_ok()) return OBJ_NONE;
  switch (type) {
    case PObj.None: return OBJ_NONE;
    case PObj.False: return OBJ_FALSE;
    case PObj.True: return OBJ_TRUE;
    case PObj.Ellipsis: return OBJ_ELLIPSIS;
    case PObj.Tuple: {
      const n: u32 = read_len();
      if (level >= MAX_DEPTH) corrupt();
      if (!bc_cursor_ok()) return OBJ_NONE;
      const t: obj = tuple_new(n);
      const depth: u32 = gc_root_push(t);
      for (let i: u32 = 0; i < n; i++) tuple_set(t, i, read_obj((level + 1) >>> 0));
      gc_root_restore(depth);
      return t;
    }
    case PObj.Str:
    case PObj.Bytes:
    case PObj.Int:
    case PObj.Float:
    case PObj.Complex: {
      const len: u32 = read_len();
      const at: u32 = skip(len);
      if (type === PObj.Str || type === PObj.Bytes) bc_read_byte();
      if (!bc_cursor_ok()) return OBJ_NONE;
      if (type === PObj.Str) return str_from_bytes(at, len);
      if (type === PObj.Bytes) return const_new_bytes(at, len);
      if (type === PObj.Int) return parse_int(at, len);
      if (type === PObj.Float) return parse_float(at, len);
      return const_new_complex_text(at, len);
    }
    case PObj.FunTable:
      if (reading === MpyStatus.Ok) reading = MpyStatus.NativeUnsupported;
      bc_cursor_fail();
      return OBJ_NONE;
    default:
      corrupt();
      return OBJ_NONE;
  }
}

function read_raw_code(level: u32, n_qstr: u32, n_obj: u32): ref {
  const kind_len: u32 = bc_read_uint();
  if (!bc_cursor_ok()) return 0;
  if ((kind_len & 3) !== 0) {
    // MicroPython without native emitters: "incompatible .mpy file".
    if (reading === MpyStatus.Ok) reading = MpyStatus.Incompatible;
    bc_cursor_fail();
    return 0;
  }
  const len: u32 = kind_len >>> 3;
  if (len > bc_cursor_end_left() || level >= MAX_DEPTH) {
    corrupt();
    return 0;
  }
  const at: u32 = skip(len);
  const rc: ref = gc_alloc(RawCode.SIZE);
  if (rc === 0) raise_memory_error();
  const depth: u32 = gc_root_push(rc);
  const code: ref = gc_alloc(len);
  if (code === 0) raise_memory_error();
  for (let i: u32 = 0; i < len; i++) store_u8(code + i, load_u8(at + i));
  RawCode.kind.set(rc, RAW_CODE_BYTECODE);
  RawCode.code.set(rc, code);
  RawCode.code_len.set(rc, len);
  let n: u32 = 0;
  if ((kind_len & 4) !== 0) {
    n = read_len();
    if (!bc_cursor_ok()) {
      gc_root_restore(depth);
      return 0;
    }
    if (n > 0) {
      const children: ref = gc_alloc((n * 4) >>> 0);
      if (children === 0) raise_memory_error();
      RawCode.children.set(rc, children);
      RawCode.n_children.set(rc, n);
      for (let i: u32 = 0; i < n && bc_cursor_ok(); i++) {
        store_u32(children + i * 4, read_raw_code((level + 1) >>> 0, n_qstr, n_obj));
      }
    }
  }
  gc_root_restore(depth);
  if (!bc_cursor_ok()) return 0;
  // bc_verify moves the cursor: keep ours.
  const pos: u32 = bc_cursor_pos();
  const ok: bool = bc_verify(code, len, n_qstr, n_obj, n);
  bc_cursor_set(pos, read_end);
  if (!ok) {
    corrupt();
    return 0;
  }
  return rc;
}

/**
 * Load the .mpy bytes [addr, addr + len) (mp_raw_code_load): a CompiledModule, or 0 with
 * mpy_status() saying why. The bytes must stay alive (rooted) while this runs.
 */
export function mpy_read(addr: u32, len: u32): ref {
  reading = MpyStatus.Ok;
  read_end = (addr + len) >>> 0;
  bc_cursor_set(addr, read_end);
  const magic: u32 = bc_read_byte();
  const version: u32 = bc_read_byte();
  const feature: u32 = bc_read_byte();
  const small_int_bits: u32 = bc_read_byte();
  if (!bc_cursor_ok()) {
    status = MpyStatus.Corrupt;
    return 0;
  }
  if (magic !== 77 || version !== MPY_VERSION || small_int_bits > MPY_SMALL_INT_BITS) {
    status = MpyStatus.Incompatible;
    return 0;
  }
  // An architecture means native code (whose sub-version would have to be MPY_SUB_VERSION).
  if ((feature >>> 2) !== 0) {
    status = (feature & 3) !== MPY_SUB_VERSION ? MpyStatus.Incompatible : MpyStatus.NativeUnsupported;
    return 0;
  }
  const depth: u32 = gc_root_depth();
  let cm: ref = 0;
  try {
    const n_qstr: u32 = read_len();
    const n_obj: u32 = read_len();
    if (!bc_cursor_ok()) {
      status = MpyStatus.Corrupt;
      return 0;
    }
    cm = gc_alloc(CompiledModule.SIZE);
    if (cm === 0) raise_memory_error();
    gc_root_push(cm);
    const qstrs: ref = gc_alloc((n_qstr * 4 + 4) >>> 0);
    if (qstrs === 0) raise_memory_error();
    CompiledModule.qstrs.set(cm, qstrs);
    CompiledModule.n_qstr.set(cm, n_qstr);
    const objs: ref = gc_alloc((n_obj * 4 + 4) >>> 0);
    if (objs === 0) raise_memory_error();
    CompiledModule.objs.set(cm, objs);
    for (let i: u32 = 0; i < n_qstr && bc_cursor_ok(); i++) store_u32(qstrs + i * 4, read_qstr());
    for (let i: u32 = 0; i < n_obj && bc_cursor_ok(); i++) {
      const o: obj = read_obj(0);
      store_u32(CompiledModule.objs.get(cm) + i * 4, o);
      CompiledModule.n_obj.set(cm, (i + 1) >>> 0);
    }
    const rc: ref = bc_cursor_ok() ? read_raw_code(0, n_qstr, n_obj) : 0;
    CompiledModule.rc.set(cm, rc);
  } catch (e) {
    caught(e);
    gc_root_restore(depth);
    status = MpyStatus.Memory;
    return 0;
  }
  gc_root_restore(depth);
  if (!bc_cursor_ok() || reading !== MpyStatus.Ok) {
    status = reading === MpyStatus.Ok ? MpyStatus.Corrupt : reading;
    return 0;
  }
  status = MpyStatus.Ok;
  return cm;
}

/** The qstr word of table entry i (for the disassembler). */
export function mpy_qstr_obj(cm: ref, i: u32): obj {
  return new_qstr_obj(word_get(CompiledModule.qstrs.get(cm), i));
}
