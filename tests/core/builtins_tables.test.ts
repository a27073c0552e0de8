// The builtin-function table's parallel arrays agree, and the builtins module's static
// names (found without RAM, core/builtins.ts) are the ones it must have.
import { describe, expect, it } from "vitest";
import {
  builtin_table_sizes, builtins_static_lookup, builtin_fn_word, builtin_type_attr, Builtin,
} from "../../core/builtins.js";
import { Q } from "../../core/qstr_static.js";
import { type_word, TypeId } from "../../core/objects/type.js";
import { OBJ_NULL, OBJ_ELLIPSIS, OBJ_NOT_IMPLEMENTED } from "../../core/obj.js";

describe("builtin tables", () => {
  it("NATIVE, SPEC and OWNER have one entry per Builtin", () => {
    expect(builtin_table_sizes()).toBe(Builtin.Count);
  });

  it("the builtins module's functions, types, exceptions and constants are static", () => {
    expect(builtins_static_lookup(Q.len)).toBe(builtin_fn_word(Builtin.len));
    expect(builtins_static_lookup(Q.__repl_print__)).toBe(builtin_fn_word(Builtin.repl_print));
    expect(builtins_static_lookup(Q.__import__)).toBe(builtin_fn_word(Builtin.import));
    expect(builtins_static_lookup(Q.list)).toBe(type_word(TypeId.list));
    expect(builtins_static_lookup(Q.KeyError)).toBe(type_word(TypeId.KeyError));
    expect(builtins_static_lookup(Q.Ellipsis)).toBe(OBJ_ELLIPSIS);
    expect(builtins_static_lookup(Q.NotImplemented)).toBe(OBJ_NOT_IMPLEMENTED);
  });

  it("module functions and type methods are not builtins; module functions are no type's methods", () => {
    expect(builtins_static_lookup(Q.exit)).toBe(OBJ_NULL);
    expect(builtins_static_lookup(Q.collect)).toBe(OBJ_NULL);
    expect(builtins_static_lookup(Q.append)).toBe(OBJ_NULL);
    expect(builtins_static_lookup(Q.NULL)).toBe(OBJ_NULL);
    expect(builtins_static_lookup(Q.Count + 5)).toBe(OBJ_NULL);
    expect(builtin_type_attr(TypeId.object, Q.exit)).toBe(OBJ_NULL);
    expect(builtin_type_attr(TypeId.list, Q.append)).toBe(builtin_fn_word(Builtin.list_append));
  });
});
