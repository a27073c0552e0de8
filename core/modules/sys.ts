// The sys module's data members. sys.path, sys.argv and sys.modules are the objects
// import and start-up keep in the static roots, so Python code that edits them edits
// what import searches. The module is made when first imported (core/modules/registry.ts).
//
// sys.implementation.name is 'micropython' (decided, see core/modules/README.md), as
// MicroPython's own tests and tools (mpremote) test for it; Pyxis names itself in
// sys.version.

import { type u32 } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { new_qstr_obj, new_small_int, type obj } from "../obj.js";
import { module_new, module_store_attr, module_globals } from "../objects/module.js";
import { builtin_module_fill, ModuleOwner } from "../builtins.js";
import { str_from_literal } from "../objects/str.js";
import { tuple_new, tuple_set } from "../objects/tuple.js";
import { attrtuple_new } from "../objects/attrtuple.js";
import { board_text_str, BoardText } from "../board_text.js";
import { int_from_i32 } from "../objects/int.js";
import { root_get, Root } from "../roots.js";
import { Q } from "../qstr_static.js";
import { stream_new, StreamFd } from "../objects/stream.js";

/** The Python language version Pyxis follows, as MicroPython reports it. */
const VERSION_MAJOR: u32 = 3;
const VERSION_MINOR: u32 = 4;
const VERSION_MICRO: u32 = 0;
const VERSION_TEXT: string = "3.4.0; Pyxis 0.1.0";

/** m.q = v for a v only this function holds: rooted while the dict grows. */
function store_new(m: obj, q: u32, v: obj): void {
  const depth: u32 = gc_root_push(v);
  module_store_attr(m, q, v);
  gc_root_restore(depth);
}

/** The MicroPython release whose bytecode and .mpy format (v6.3) Pyxis implements. */
const MICROPYTHON_VERSION: readonly u32[] = [1, 26, 0];
/** py/persistentcode.h's MPY_FILE_HEADER_INT for .mpy v6.3 with no native code: 6 | 3 << 8. */
const SYS_IMPL_MPY: u32 = 774;

/** sys.implementation: (name='micropython', version=(1, 26, 0, ''), _machine=…, _mpy=774,
 *  _build=<board id>), an attribute tuple as MicroPython's. */
function implementation_make(): obj {
  const names: obj = tuple_new(5);
  tuple_set(names, 0, new_qstr_obj(Q.name));
  tuple_set(names, 1, new_qstr_obj(Q.version));
  tuple_set(names, 2, new_qstr_obj(Q._machine));
  tuple_set(names, 3, new_qstr_obj(Q._mpy));
  tuple_set(names, 4, new_qstr_obj(Q._build));
  const depth: u32 = gc_root_push(names);
  const impl: obj = attrtuple_new(names);
  gc_root_push(impl);
  tuple_set(impl, 0, new_qstr_obj(Q.micropython));
  tuple_set(impl, 3, new_small_int(SYS_IMPL_MPY));
  const version: obj = tuple_new(4);
  tuple_set(impl, 1, version);
  for (let i: u32 = 0; i < 3; i++) tuple_set(version, i, new_small_int(MICROPYTHON_VERSION[i]! | 0));
  tuple_set(version, 3, new_qstr_obj(Q.empty));
  tuple_set(impl, 2, board_text_str(BoardText.Machine));
  tuple_set(impl, 4, board_text_str(BoardText.Id));
  gc_root_restore(depth);
  return impl;
}

/** A new sys module. */
export function sys_module_make(): obj {
  const m: obj = module_new(Q.sys);
  const depth: u32 = gc_root_push(m);
  module_store_attr(m, Q.path, root_get(Root.SysPath));
  module_store_attr(m, Q.argv, root_get(Root.SysArgv));
  module_store_attr(m, Q.modules, root_get(Root.Modules));
  store_new(m, Q.version, str_from_literal(VERSION_TEXT));
  const info: obj = tuple_new(3);
  tuple_set(info, 0, new_small_int(VERSION_MAJOR));
  tuple_set(info, 1, new_small_int(VERSION_MINOR));
  tuple_set(info, 2, new_small_int(VERSION_MICRO));
  store_new(m, Q.version_info, info);
  store_new(m, Q.platform, board_text_str(BoardText.Platform));
  module_store_attr(m, Q.byteorder, new_qstr_obj(Q.little));
  // 32-bit words: the largest container size, as on MicroPython's 32-bit ports.
  store_new(m, Q.maxsize, int_from_i32(0x7fffffff));
  store_new(m, Q.implementation, implementation_make());
  store_new(m, Q.stdin, stream_new(StreamFd.Stdin));
  store_new(m, Q.stdout, stream_new(StreamFd.Stdout));
  store_new(m, Q.stderr, stream_new(StreamFd.Stderr));
  builtin_module_fill(module_globals(m), ModuleOwner.sys);
  gc_root_restore(depth);
  return m;
}
