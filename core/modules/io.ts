// The io module: StringIO, BytesIO, open (the builtin), and the stream types
// (core/objects/iostream.ts, methods in core/builtins_io.ts).

import { type u32 } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { type obj } from "../obj.js";
import { type_word, TypeId } from "../objects/type.js";
import { module_new, module_store_attr } from "../objects/module.js";
import { builtins_static_lookup } from "../builtins.js";
import { Q } from "../qstr_static.js";

export function io_module_make(): obj {
  const m: obj = module_new(Q.io);
  const depth: u32 = gc_root_push(m);
  module_store_attr(m, Q.open, builtins_static_lookup(Q.open));
  module_store_attr(m, Q.StringIO, type_word(TypeId.StringIO));
  module_store_attr(m, Q.BytesIO, type_word(TypeId.BytesIO));
  module_store_attr(m, Q.FileIO, type_word(TypeId.FileIO));
  module_store_attr(m, Q.TextIOWrapper, type_word(TypeId.TextFile));
  module_store_attr(m, Q.IOBase, type_word(TypeId.IOBase));
  gc_root_restore(depth);
  return m;
}
