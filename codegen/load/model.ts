// The program model: every module-level declaration the core makes, classified once
// (function, constant, state, array, enum, layout, type alias), plus the HAL entries
// and the subset's intrinsics. Later passes ask the model what a name refers to.

import {
  Node, SyntaxKind,
  type SourceFile, type FunctionDeclaration, type VariableDeclaration, type EnumDeclaration,
  type TypeAliasDeclaration, type Expression, type Identifier, type TypeNode,
} from "ts-morph";
import * as path from "node:path";
import { problemAt, type Problem } from "../problems.js";
import { isSubsetFile, HAL_FILE } from "./project.js";
import { foldConstant, type ConstValue } from "./fold.js";
import { resolveTypeNode } from "../types/annotation.js";
import { INT_RANGES, type IntName, type FloatName, type ValueType, type IntRange } from "../types/scalar.js";

export interface ModuleInfo {
  sf: SourceFile;
  /** C file stem: the path under the root, with '/' as '_'. */
  cname: string;
  /** Modules this one imports values or types from. */
  imports: Set<ModuleInfo>;
}

export interface Param {
  name: string;
  type: ValueType;
  node: Node;
}

export interface FunctionInfo {
  kind: "function";
  name: string;
  node: FunctionDeclaration;
  module: ModuleInfo;
  exported: boolean;
  params: Param[];
  result: ValueType;
}

export interface HalInfo {
  kind: "hal";
  name: string;
  node: FunctionDeclaration;
  params: Param[];
  result: ValueType;
}

export interface IntrinsicInfo {
  kind: "intrinsic";
  /** Its name in core/subset (load_u32, layout, raise, field_u8…). */
  name: string;
}

export interface ConstInfo {
  kind: "const";
  name: string;
  node: VariableDeclaration;
  module: ModuleInfo;
  exported: boolean;
  type: ValueType;
  value: ConstValue;
}

export interface StateInfo {
  kind: "state";
  name: string;
  node: VariableDeclaration;
  module: ModuleInfo;
  exported: boolean;
  type: ValueType;
  init: ConstValue;
}

/** A fixed-size module array: a typed array (mutable state) or a readonly constant table. */
export interface ArrayInfo {
  kind: "array";
  name: string;
  node: VariableDeclaration;
  module: ModuleInfo;
  exported: boolean;
  element: ValueType;
  length: number;
  /** Constant tables: one initializer per element (folded constants or function names). */
  values?: Expression[];
}

export interface EnumInfo {
  kind: "enum";
  name: string;
  node: EnumDeclaration;
  module: ModuleInfo;
  members: Map<string, number>;
  range: IntRange;
}

export interface LayoutField {
  name: string;
  type: { kind: "int"; name: IntName } | { kind: "float"; name: FloatName };
  /** "ref" fields are u32 in C, kept apart only for readability of the struct. */
  isRef: boolean;
  offset: number;
  size: number;
  /** Present for fixed arrays inside the struct. */
  length?: number;
}

export interface LayoutInfo {
  kind: "layout";
  name: string;
  node: VariableDeclaration;
  module: ModuleInfo;
  exported: boolean;
  base?: LayoutInfo;
  fields: LayoutField[];
  size: number;
  align: number;
}

export interface AliasInfo {
  kind: "alias";
  name: string;
  node: TypeAliasDeclaration;
  module: ModuleInfo;
  type: ValueType;
}

export type DeclInfo = FunctionInfo | HalInfo | IntrinsicInfo | ConstInfo | StateInfo | ArrayInfo | EnumInfo | LayoutInfo | AliasInfo;

export const TYPED_ARRAYS: Record<string, ValueType> = {
  Uint8Array: { kind: "int", name: "u8" },
  Int8Array: { kind: "int", name: "i8" },
  Uint16Array: { kind: "int", name: "u16" },
  Int16Array: { kind: "int", name: "i16" },
  Uint32Array: { kind: "int", name: "u32" },
  Int32Array: { kind: "int", name: "i32" },
  Float32Array: { kind: "float", name: "f32" },
  Float64Array: { kind: "float", name: "f64" },
};

const FIELD_KINDS: Record<string, LayoutField["type"]> = {
  field_u8: { kind: "int", name: "u8" },
  field_i8: { kind: "int", name: "i8" },
  field_u16: { kind: "int", name: "u16" },
  field_i16: { kind: "int", name: "i16" },
  field_u32: { kind: "int", name: "u32" },
  field_i32: { kind: "int", name: "i32" },
  field_f32: { kind: "float", name: "f32" },
  field_f64: { kind: "float", name: "f64" },
  field_ref: { kind: "int", name: "u32" },
};

const FIELD_SIZES: Record<string, number> = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, f32: 4, f64: 8 };

export class ProgramModel {
  readonly modules: ModuleInfo[] = [];
  readonly problems: Problem[] = [];
  private readonly byNode = new Map<Node, DeclInfo>();
  private readonly moduleOf = new Map<SourceFile, ModuleInfo>();
  readonly hal: HalInfo[] = [];
  readonly enums: EnumInfo[] = [];
  readonly layouts: LayoutInfo[] = [];
  readonly aliases: AliasInfo[] = [];

  constructor(sources: SourceFile[], halFile: SourceFile, root: string) {
    for (const sf of sources) {
      const rel = path.relative(root, sf.getFilePath()).replace(/\.ts$/, "");
      const info: ModuleInfo = { sf, cname: rel.split(path.sep).join("_").replace(/[^A-Za-z0-9_]/g, "_"), imports: new Set() };
      this.modules.push(info);
      this.moduleOf.set(sf, info);
    }
    this.collectHal(halFile);
    // Aliases and enums first: the other declarations' types refer to them.
    for (const m of this.modules) this.collectEnums(m);
    for (const m of this.modules) this.collectAliases(m);
    // Functions first: a constant table may name a function of any module.
    for (const m of this.modules) this.collectFunctions(m);
    for (const m of this.modules) this.collectVariables(m);
    for (const m of this.modules) this.collectImports(m);
  }

  module(sf: SourceFile): ModuleInfo | undefined {
    return this.moduleOf.get(sf);
  }

  infoOfDeclaration(node: Node): DeclInfo | undefined {
    return this.byNode.get(node);
  }

  /** What an identifier refers to at module level (through imports), or undefined for locals. */
  resolve(id: Identifier): DeclInfo | undefined {
    let symbol = id.getSymbol();
    if (symbol === undefined) return undefined;
    if (symbol.isAlias()) symbol = symbol.getAliasedSymbol() ?? symbol;
    for (const decl of symbol.getDeclarations()) {
      const known = this.byNode.get(decl) ?? this.collectOnDemand(decl);
      if (known !== undefined) return known;
      const sf = decl.getSourceFile();
      if (isSubsetFile(sf)) {
        return { kind: "intrinsic", name: symbol.getName() };
      }
    }
    return undefined;
  }

  /** The declaration node a local identifier refers to (parameter or variable). */
  localDeclaration(id: Identifier): Node | undefined {
    const symbol = id.getSymbol();
    const decl = symbol?.getDeclarations()[0];
    if (decl === undefined) return undefined;
    if (Node.isParameterDeclaration(decl) || Node.isVariableDeclaration(decl)) return decl;
    return undefined;
  }

  private collectHal(hal: SourceFile): void {
    for (const fn of hal.getDescendantsOfKind(SyntaxKind.FunctionDeclaration)) {
      const sig = this.signature(fn);
      if (sig === undefined) continue;
      const info: HalInfo = { kind: "hal", name: fn.getName()!, node: fn, ...sig };
      this.hal.push(info);
      this.byNode.set(fn, info);
    }
    void HAL_FILE;
  }

  private collectEnums(m: ModuleInfo): void {
    for (const stmt of m.sf.getStatements()) {
      if (Node.isEnumDeclaration(stmt)) this.collectEnum(m, stmt);
    }
  }

  private collectAliases(m: ModuleInfo): void {
    for (const stmt of m.sf.getStatements()) {
      if (Node.isTypeAliasDeclaration(stmt)) {
        const typeNode = stmt.getTypeNodeOrThrow();
        const t = resolveTypeNode(typeNode, this, stmt.getName());
        if (typeof t === "string") {
          this.problems.push(problemAt(typeNode, "type-alias", t));
          continue;
        }
        const info: AliasInfo = { kind: "alias", name: stmt.getName(), node: stmt, module: m, type: t };
        this.aliases.push(info);
        this.byNode.set(stmt, info);
      }
    }
  }

  private collectEnum(m: ModuleInfo, e: EnumDeclaration): void {
    const members = new Map<string, number>();
    let next = 0;
    for (const member of e.getMembers()) {
      const init = member.getInitializer();
      let value = next;
      if (init !== undefined) {
        const folded = foldConstant(init, this, members);
        if (typeof folded !== "number" || !Number.isInteger(folded) || folded < -2147483648 || folded > 2147483647) {
          this.problems.push(problemAt(init, "enum", `enum member ${e.getName()}.${member.getName()} needs a constant i32 value`));
          continue;
        }
        value = folded;
      }
      members.set(member.getName(), value);
      next = value + 1;
    }
    const values = [...members.values()];
    const range = values.length === 0
      ? { lo: 0n, hi: 0n }
      : { lo: BigInt(Math.min(...values)), hi: BigInt(Math.max(...values)) };
    const info: EnumInfo = { kind: "enum", name: e.getName(), node: e, module: m, members, range };
    this.enums.push(info);
    this.byNode.set(e, info);
  }

  private signature(fn: FunctionDeclaration): { params: Param[]; result: ValueType } | undefined {
    const params: Param[] = [];
    let ok = true;
    for (const p of fn.getParameters()) {
      const tn = p.getTypeNode();
      if (tn === undefined) {
        this.problems.push(problemAt(p, "annotation", `parameter '${p.getName()}' needs a type annotation (a sized alias such as i32)`));
        ok = false;
        continue;
      }
      const t = resolveTypeNode(tn, this);
      if (typeof t === "string") {
        this.problems.push(problemAt(tn, "annotation", t));
        ok = false;
        continue;
      }
      params.push({ name: p.getName(), type: t, node: p });
    }
    const rn = fn.getReturnTypeNode();
    if (rn === undefined) {
      this.problems.push(problemAt(fn.getNameNode() ?? fn, "annotation", `function '${fn.getName() ?? "?"}' needs a return type annotation`));
      return undefined;
    }
    const result = resolveTypeNode(rn, this);
    if (typeof result === "string") {
      this.problems.push(problemAt(rn, "annotation", result));
      return undefined;
    }
    return ok ? { params, result } : undefined;
  }

  private collectFunctions(m: ModuleInfo): void {
    for (const stmt of m.sf.getStatements()) {
      if (!Node.isFunctionDeclaration(stmt) || !stmt.hasBody()) continue;
      const sig = this.signature(stmt);
      if (sig === undefined) continue;
      const info: FunctionInfo = {
        kind: "function", name: stmt.getName()!, node: stmt, module: m, exported: stmt.isExported(), ...sig,
      };
      this.byNode.set(stmt, info);
    }
  }

  /** Module variables being collected: a constant defined from another one (in any module,
   *  before or after it) collects that one first. */
  private readonly collecting = new Set<Node>();
  /** Module variables collected (or reported) already: each is looked at once. */
  private readonly attempted = new Set<Node>();

  private collectOnDemand(decl: Node): DeclInfo | undefined {
    if (!Node.isVariableDeclaration(decl) || this.attempted.has(decl)) return undefined;
    const stmt = decl.getVariableStatement();
    const m = this.moduleOf.get(decl.getSourceFile());
    if (stmt === undefined || m === undefined || stmt.getParent() !== m.sf) return undefined;
    this.collectVariable(m, decl, stmt.getDeclarationKind() === "const", stmt.isExported());
    return this.byNode.get(decl);
  }

  private collectVariables(m: ModuleInfo): void {
    for (const stmt of m.sf.getStatements()) {
      if (Node.isVariableStatement(stmt)) {
        const isConst = stmt.getDeclarationKind() === "const";
        for (const decl of stmt.getDeclarations()) {
          if (!this.attempted.has(decl)) this.collectVariable(m, decl, isConst, stmt.isExported());
        }
      }
    }
  }

  private collectVariable(m: ModuleInfo, decl: VariableDeclaration, isConst: boolean, exported: boolean): void {
    this.attempted.add(decl);
    this.collecting.add(decl);
    try {
      this.collectVariableNow(m, decl, isConst, exported);
    } finally {
      this.collecting.delete(decl);
    }
  }

  private collectVariableNow(m: ModuleInfo, decl: VariableDeclaration, isConst: boolean, exported: boolean): void {
    const name = decl.getName();
    const init = decl.getInitializer();
    if (init === undefined) {
      this.problems.push(problemAt(decl, "module-state", `module variable '${name}' needs an initializer (a constant)`));
      return;
    }
    // layout("Name", { ... }, base?)
    if (Node.isCallExpression(init) && Node.isIdentifier(init.getExpression())) {
      const callee = this.resolve(init.getExpression() as Identifier);
      if (callee?.kind === "intrinsic" && callee.name === "layout") {
        this.collectLayout(m, decl, init.getArguments() as Expression[], exported);
        return;
      }
    }
    // new Uint8Array(N)
    if (Node.isNewExpression(init)) {
      const ctor = init.getExpression().getText();
      const element = TYPED_ARRAYS[ctor];
      const args = init.getArguments();
      const length = args.length === 1 ? foldConstant(args[0] as Expression, this) : undefined;
      if (element === undefined || !isConst || typeof length !== "number" || !Number.isInteger(length) || length <= 0) {
        this.problems.push(problemAt(init, "module-array",
          `a module array is 'const ${name} = new Uint8Array(N)' (or another typed array) with a constant length N > 0`));
        return;
      }
      const info: ArrayInfo = { kind: "array", name, node: decl, module: m, exported, element, length };
      this.byNode.set(decl, info);
      return;
    }
    const tn = decl.getTypeNode();
    // const TABLE: readonly u8[] = [ ... ]
    if (Node.isArrayLiteralExpression(init)) {
      const elementNode = tn === undefined ? undefined : readonlyArrayElement(tn);
      if (!isConst || elementNode === undefined) {
        this.problems.push(problemAt(decl, "module-array",
          `a constant table is 'const ${name}: readonly T[] = [...]'; mutable arrays are typed arrays (new Int32Array(N))`));
        return;
      }
      const element = resolveTypeNode(elementNode, this);
      if (typeof element === "string") {
        this.problems.push(problemAt(elementNode, "annotation", element));
        return;
      }
      const values = init.getElements();
      for (const v of values) {
        if (element.kind === "fn") {
          const f = Node.isIdentifier(v) ? this.resolve(v) : undefined;
          if (f?.kind !== "function") {
            this.problems.push(problemAt(v, "module-array", `an element of a function table is the name of a module function`));
          }
          continue;
        }
        const folded = foldConstant(v, this);
        const why = folded === undefined ? "it is not a constant expression" : constantFits(folded, element);
        if (why !== undefined) {
          this.problems.push(problemAt(v, "module-array", `element of '${name}': ${why}`));
        }
      }
      // Registered even when an element is wrong: uses of the table then report nothing more.
      const info: ArrayInfo = { kind: "array", name, node: decl, module: m, exported, element, length: values.length, values };
      this.byNode.set(decl, info);
      return;
    }
    let type: ValueType | string;
    const value = foldConstant(init, this);
    if (tn !== undefined) {
      type = resolveTypeNode(tn, this);
    } else if (typeof value === "boolean") {
      type = { kind: "bool" };
    } else if (typeof value === "string") {
      type = { kind: "string" };
    } else if (typeof value === "number" && Number.isInteger(value) && !Object.is(value, -0) && /^[-0-9a-fA-FxXoObB_]+$/.test(init.getText().replace(/[\s()]/g, ""))) {
      type = value >= -2147483648 && value <= 2147483647 ? { kind: "int", name: "i32" } : { kind: "int", name: "u32" };
    } else if (typeof value === "number") {
      type = { kind: "float", name: "f64" };
    } else {
      type = `module ${isConst ? "constant" : "variable"} '${name}' needs a type annotation`;
    }
    if (typeof type === "string") {
      this.problems.push(problemAt(decl, "annotation", type));
      return;
    }
    if (value === undefined) {
      this.problems.push(problemAt(init, "module-state",
        `the initializer of module ${isConst ? "constant" : "variable"} '${name}' must be a constant expression (module code never runs at start-up in C)`));
      return;
    }
    const mismatch = constantFits(value, type);
    if (mismatch !== undefined) {
      this.problems.push(problemAt(init, "module-state", `'${name}': ${mismatch}`));
      return;
    }
    const info: ConstInfo | StateInfo = isConst
      ? { kind: "const", name, node: decl, module: m, exported, type, value }
      : { kind: "state", name, node: decl, module: m, exported, type, init: value };
    this.byNode.set(decl, info);
  }

  private collectLayout(m: ModuleInfo, decl: VariableDeclaration, args: Expression[], exported: boolean): void {
    const name = decl.getName();
    const nameArg = args[0];
    const fieldsArg = args[1];
    if (nameArg === undefined || !Node.isStringLiteral(nameArg) || nameArg.getLiteralValue() !== name) {
      this.problems.push(problemAt(decl, "layout", `layout '${name}' must be declared as: const ${name} = layout("${name}", { ... })`));
      return;
    }
    if (fieldsArg === undefined || !Node.isObjectLiteralExpression(fieldsArg)) {
      this.problems.push(problemAt(decl, "layout", `layout '${name}': the second argument is an object literal of fields`));
      return;
    }
    let base: LayoutInfo | undefined;
    const baseArg = args[2];
    if (baseArg !== undefined) {
      const b = Node.isIdentifier(baseArg) ? this.resolve(baseArg) : undefined;
      if (b?.kind !== "layout") {
        this.problems.push(problemAt(baseArg, "layout", `layout '${name}': the base must be another layout declared earlier`));
        return;
      }
      base = b;
    }
    const fields: LayoutField[] = base ? base.fields.map((f) => ({ ...f })) : [];
    let offset = base?.size ?? 0;
    let align = base?.align ?? 1;
    for (const prop of fieldsArg.getProperties()) {
      if (!Node.isPropertyAssignment(prop)) {
        this.problems.push(problemAt(prop, "layout", `layout fields are written 'name: field_u32'`));
        continue;
      }
      const fname = prop.getName();
      const init = prop.getInitializerOrThrow();
      let kindName: string | undefined;
      let length: number | undefined;
      if (Node.isIdentifier(init)) {
        kindName = init.getText();
      } else if (Node.isCallExpression(init) && init.getExpression().getText() === "field_array") {
        const [k, n] = init.getArguments();
        kindName = k?.getText();
        const folded = n === undefined ? undefined : foldConstant(n as Expression, this);
        if (typeof folded !== "number" || !Number.isInteger(folded) || folded <= 0) {
          this.problems.push(problemAt(init, "layout", `field_array needs a constant length > 0`));
          continue;
        }
        length = folded;
      }
      const type = kindName === undefined ? undefined : FIELD_KINDS[kindName];
      if (type === undefined) {
        this.problems.push(problemAt(init, "layout", `field '${fname}': use one of ${Object.keys(FIELD_KINDS).join(", ")} or field_array(kind, N)`));
        continue;
      }
      if (fname === "SIZE" || fname === "ALIGN" || fields.some((f) => f.name === fname)) {
        this.problems.push(problemAt(prop, "layout", `field name '${fname}' is taken`));
        continue;
      }
      const size = FIELD_SIZES[type.name]!;
      offset = (offset + size - 1) & ~(size - 1);
      align = Math.max(align, size);
      fields.push({ name: fname, type, isRef: kindName === "field_ref", offset, size, length });
      offset += size * (length ?? 1);
    }
    const size = (offset + align - 1) & ~(align - 1);
    const info: LayoutInfo = { kind: "layout", name, node: decl, module: m, exported, base, fields, size, align };
    this.layouts.push(info);
    this.byNode.set(decl, info);
  }

  private collectImports(m: ModuleInfo): void {
    for (const imp of m.sf.getImportDeclarations()) {
      const target = imp.getModuleSpecifierSourceFile();
      const info = target === undefined ? undefined : this.moduleOf.get(target);
      if (info !== undefined) m.imports.add(info);
    }
  }
}

function readonlyArrayElement(tn: Node): TypeNode | undefined {
  // readonly T[]  |  T[]  |  ReadonlyArray<T>
  if (Node.isTypeOperatorTypeNode(tn) && tn.getOperator() === SyntaxKind.ReadonlyKeyword) return readonlyArrayElement(tn.getTypeNode());
  if (Node.isArrayTypeNode(tn)) return tn.getElementTypeNode();
  if (Node.isTypeReference(tn) && tn.getTypeName().getText() === "ReadonlyArray") return tn.getTypeArguments()[0];
  return undefined;
}

/** Undefined when the constant fits its declared type, else what is wrong. */
export function constantFits(value: ConstValue, type: ValueType): string | undefined {
  switch (type.kind) {
    case "int": {
      if (type.name === "i64" || type.name === "u64") {
        if (typeof value !== "bigint") return `a ${type.name} constant is a bigint literal such as 5n`;
        const r = INT_RANGES[type.name];
        return value >= r.lo && value <= r.hi ? undefined : `${value} does not fit ${type.name}`;
      }
      if (typeof value !== "number" || !Number.isInteger(value) || Object.is(value, -0)) return `${String(value)} is not an integer`;
      const r = INT_RANGES[type.name];
      return BigInt(value) >= r.lo && BigInt(value) <= r.hi ? undefined : `${value} does not fit ${type.name}`;
    }
    case "float":
      if (typeof value !== "number") return `a ${type.name} constant is a number`;
      return type.name === "f32" && Math.fround(value) !== value && !Number.isNaN(value)
        ? `${value} is not exactly representable as f32: write Math.fround(${value})`
        : undefined;
    case "bool":
      return typeof value === "boolean" ? undefined : "a bool constant is true or false";
    case "string":
      return typeof value === "string" ? undefined : "a string constant is a string literal";
    case "enum":
      return typeof value === "number" && BigInt(value) >= type.range.lo && BigInt(value) <= type.range.hi ? undefined : `not a member of ${type.name}`;
    default:
      return `a module constant cannot have type ${type.kind}`;
  }
}
