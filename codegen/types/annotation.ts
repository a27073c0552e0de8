// Type annotations → subset value types. Sized aliases come from core/subset/types.ts;
// a project alias (`type qstr = u16`, `type BinOp = (a: i32) => i32`) resolves through
// its declaration. Anything else is an error that says what to write.

import { Node, SyntaxKind, type TypeNode } from "ts-morph";
import { isSubsetFile } from "../load/project.js";
import type { ProgramModel } from "../load/model.js";
import type { ValueType, IntName } from "./scalar.js";

const SUBSET_NAMES: Record<string, ValueType> = {
  i8: { kind: "int", name: "i8" },
  u8: { kind: "int", name: "u8" },
  i16: { kind: "int", name: "i16" },
  u16: { kind: "int", name: "u16" },
  i32: { kind: "int", name: "i32" },
  u32: { kind: "int", name: "u32" },
  i64: { kind: "int", name: "i64" },
  u64: { kind: "int", name: "u64" },
  ref: { kind: "int", name: "u32" },
  f32: { kind: "float", name: "f32" },
  f64: { kind: "float", name: "f64" },
  bool: { kind: "bool" },
};

/** A value type, or an error message. `aliasName` names a function alias being declared. */
export function resolveTypeNode(tn: TypeNode, model: ProgramModel, aliasName?: string): ValueType | string {
  switch (tn.getKind()) {
    case SyntaxKind.BooleanKeyword: return { kind: "bool" };
    case SyntaxKind.StringKeyword: return { kind: "string" };
    case SyntaxKind.VoidKeyword: return { kind: "void" };
    case SyntaxKind.NeverKeyword: return { kind: "never" };
    case SyntaxKind.NumberKeyword:
      return "'number' has no size: use i8, u8, i16, u16, i32, u32, f32 or f64 from core/subset";
    case SyntaxKind.BigIntKeyword:
      return "'bigint' has no size: use i64 or u64 from core/subset";
    case SyntaxKind.AnyKeyword:
      return "'any' is not in the subset: give the value a sized type such as i32";
    case SyntaxKind.UnknownKeyword:
      return "'unknown' is not in the subset: give the value a sized type such as i32";
  }
  if (Node.isFunctionTypeNode(tn)) {
    if (aliasName === undefined) return "function types are declared once, as a type alias: type BinOp = (a: i32, b: i32) => i32";
    const params: ValueType[] = [];
    for (const p of tn.getParameters()) {
      const ptn = p.getTypeNode();
      if (ptn === undefined) return `parameter '${p.getName()}' needs a type`;
      const t = resolveTypeNode(ptn, model);
      if (typeof t === "string") return t;
      params.push(t);
    }
    const rtn = tn.getReturnTypeNode();
    if (rtn === undefined) return "a function type needs its result type";
    const result = resolveTypeNode(rtn, model);
    if (typeof result === "string") return result;
    return { kind: "fn", alias: aliasName, params, result };
  }
  if (Node.isTypeReference(tn)) {
    const nameNode = tn.getTypeName();
    const symbol = nameNode.getSymbol();
    let target = symbol?.isAlias() ? symbol.getAliasedSymbol() : symbol;
    const decl = target?.getDeclarations()[0];
    if (decl === undefined) return `unknown type '${nameNode.getText()}'`;
    if (isSubsetFile(decl.getSourceFile())) {
      const t = SUBSET_NAMES[target!.getName()];
      if (t !== undefined) return t;
      return `'${target!.getName()}' from core/subset is not a value type`;
    }
    if (Node.isEnumDeclaration(decl)) {
      const info = model.infoOfDeclaration(decl);
      if (info?.kind === "enum") return { kind: "enum", name: info.name, range: info.range };
      return `enum '${decl.getName()}' must be a const enum with constant members`;
    }
    if (Node.isTypeAliasDeclaration(decl)) {
      return resolveTypeNode(decl.getTypeNodeOrThrow(), model, decl.getName());
    }
    target = undefined;
    return `type '${nameNode.getText()}' is not in the subset: use a sized alias, an enum, or a function type alias`;
  }
  return `type '${tn.getText()}' is not in the subset: use a sized alias (i32, u8, f64…), bool, string, an enum, or a function type alias`;
}

export function isIntName(s: string): s is IntName {
  return ["i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64"].includes(s);
}
