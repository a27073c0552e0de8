// Built-in types live in flash: a TypeId indexes const tables (name, base, slots), and the
// type's object word is the immediate (0x100 + id) << 3 | 6 (core/README.md). User
// classes are heap objects; obj_type() gives either kind of type word.

import { load_u32, type u16, type u32, type bool } from "../subset/index.js";
import { is_small_int, is_qstr, is_immediate, OBJ_NONE, OBJ_FALSE, OBJ_TRUE, OBJ_ELLIPSIS, OBJ_NOT_IMPLEMENTED, type obj } from "../obj.js";
import { Q } from "../qstr_static.js";

export const enum TypeId {
  object,
  type,
  NoneType,
  bool,
  int,
  float,
  complex,
  str,
  bytes,
  bytearray,
  tuple,
  list,
  dict,
  set,
  frozenset,
  range,
  slice,
  function,
  builtin_function,
  bound_method,
  generator,
  module,
  ellipsis,
  NotImplementedType,
  // The exception hierarchy, as MicroPython has it.
  BaseException,
  GeneratorExit,
  KeyboardInterrupt,
  SystemExit,
  Exception,
  ArithmeticError,
  OverflowError,
  ZeroDivisionError,
  AssertionError,
  AttributeError,
  EOFError,
  ImportError,
  LookupError,
  IndexError,
  KeyError,
  MemoryError,
  NameError,
  OSError,
  RuntimeError,
  NotImplementedError,
  StopAsyncIteration,
  StopIteration,
  SyntaxError,
  IndentationError,
  TypeError,
  ValueError,
  UnicodeError,
  // Descriptors and super (core/objects/property.ts, core/objects/super.ts).
  property,
  staticmethod,
  classmethod,
  super,
  /** The iterators of built-in containers, range, enumerate, zip, map, filter, reversed. */
  iterator,
  memoryview,
  /** dict.keys(), .values(), .items() (core/objects/dict_view.ts). */
  dict_view,
  /** sys.stdin, sys.stdout, sys.stderr (core/objects/stream.ts). */
  TextIOWrapper,
  /** The io streams' hidden base, which owns their methods (core/builtins_io.ts). */
  IOBase,
  /** io.StringIO, io.BytesIO, and open()'s binary and text files (core/objects/iostream.ts). */
  StringIO,
  BytesIO,
  FileIO,
  /** A text file from open(): named TextIOWrapper, as the console streams are. */
  TextFile,
  /** select.poll() (core/modules/select.ts). */
  poll,
  /** hashlib's hash objects (core/modules/hashlib.ts). */
  sha256,
  sha1,
  md5,
  /** array.array (core/objects/array.ts). */
  array,
  Count,
}

/** No base (only object has none). */
export const NO_TYPE: u16 = 0xffff;

export const TYPE_NAME: readonly u16[] = [
  Q.object, Q.type, Q.NoneType, Q.bool, Q.int, Q.float, Q.complex, Q.str, Q.bytes, Q.bytearray,
  Q.tuple, Q.list, Q.dict, Q.set, Q.frozenset, Q.range, Q.slice, Q.function, Q.function, Q.function,
  Q.generator, Q.module, Q.Ellipsis, Q.NotImplemented,
  Q.BaseException, Q.GeneratorExit, Q.KeyboardInterrupt, Q.SystemExit, Q.Exception,
  Q.ArithmeticError, Q.OverflowError, Q.ZeroDivisionError, Q.AssertionError, Q.AttributeError,
  Q.EOFError, Q.ImportError, Q.LookupError, Q.IndexError, Q.KeyError, Q.MemoryError, Q.NameError,
  Q.OSError, Q.RuntimeError, Q.NotImplementedError, Q.StopAsyncIteration, Q.StopIteration,
  Q.SyntaxError, Q.IndentationError, Q.TypeError, Q.ValueError, Q.UnicodeError,
  Q.property, Q.staticmethod, Q.classmethod, Q.super, Q.iterator,
  Q.memoryview,
  Q.dict_view,
  Q.TextIOWrapper,
  Q.IOBase, Q.StringIO, Q.BytesIO, Q.FileIO, Q.TextIOWrapper,
  Q.poll,
  Q.sha256, Q.sha1, Q.md5, Q.array,
];

export const TYPE_BASE: readonly u16[] = [
  NO_TYPE, TypeId.object, TypeId.object, TypeId.int, TypeId.object, TypeId.object, TypeId.object,
  TypeId.object, TypeId.object, TypeId.object, TypeId.object, TypeId.object, TypeId.object,
  TypeId.object, TypeId.object, TypeId.object, TypeId.object, TypeId.object, TypeId.object,
  TypeId.object, TypeId.object, TypeId.object, TypeId.object, TypeId.object,
  TypeId.object, // BaseException
  TypeId.BaseException, TypeId.BaseException, TypeId.BaseException, TypeId.BaseException,
  TypeId.Exception, TypeId.ArithmeticError, TypeId.ArithmeticError, // ArithmeticError, Overflow, ZeroDivision
  TypeId.Exception, TypeId.Exception, TypeId.Exception, TypeId.Exception, // Assertion, Attribute, EOF, Import
  TypeId.Exception, TypeId.LookupError, TypeId.LookupError, // Lookup, Index, Key
  TypeId.Exception, TypeId.Exception, TypeId.Exception, // Memory, Name, OS
  TypeId.Exception, TypeId.RuntimeError, // Runtime, NotImplemented
  TypeId.Exception, TypeId.Exception, // StopAsyncIteration, StopIteration
  TypeId.Exception, TypeId.SyntaxError, // Syntax, Indentation
  TypeId.Exception, TypeId.Exception, TypeId.ValueError, // Type, Value, Unicode
  TypeId.object, TypeId.object, TypeId.object, TypeId.object, // property, staticmethod, classmethod, super
  TypeId.object, // iterator
  TypeId.object, // memoryview
  TypeId.object, // dict_view
  TypeId.object, // TextIOWrapper
  TypeId.object, TypeId.IOBase, TypeId.IOBase, TypeId.IOBase, TypeId.IOBase, // IOBase, StringIO, BytesIO, FileIO, TextFile
  TypeId.object, // poll
  TypeId.object, TypeId.object, TypeId.object, // sha256, sha1, md5
  TypeId.object, // array
];

const TYPE_WORD_BASE: u32 = 0x100;

/** The object word of a built-in type. */
export function type_word(id: u32): obj {
  return (((TYPE_WORD_BASE + id) << 3) | 6) >>> 0;
}

/** Is o a built-in type's word? */
export function is_builtin_type(o: obj): bool {
  if (!is_immediate(o)) return false;
  const n: u32 = o >>> 3;
  return n >= TYPE_WORD_BASE && n < TYPE_WORD_BASE + TypeId.Count;
}

/** The TypeId of a built-in type word (is_builtin_type must hold), as a table index. */
export function builtin_type_id(t: obj): u32 {
  return ((t >>> 3) - TYPE_WORD_BASE) & 0xff;
}

/** The type word of any object: built-in (immediate) or a heap class. */
export function obj_type(o: obj): obj {
  if (is_small_int(o)) return type_word(TypeId.int);
  if (is_qstr(o)) return type_word(TypeId.str);
  if (is_immediate(o)) {
    if (o === OBJ_NONE) return type_word(TypeId.NoneType);
    if (o === OBJ_FALSE || o === OBJ_TRUE) return type_word(TypeId.bool);
    if (o === OBJ_ELLIPSIS) return type_word(TypeId.ellipsis);
    if (o === OBJ_NOT_IMPLEMENTED) return type_word(TypeId.NotImplementedType);
    if (is_builtin_type(o)) return type_word(TypeId.type);
    return type_word(TypeId.builtin_function);
  }
  // Heap objects start with their type.
  return load_u32(o);
}

/** Is built-in type `id` the same as, or derived from, built-in type `base`? */
export function builtin_is_subtype(id: u32, base: u32): bool {
  let t: u32 = id;
  while (t !== NO_TYPE) {
    if (t === base) return true;
    t = TYPE_BASE[t]!;
  }
  return false;
}
