// View-models for the templates: plain strings and lists, built from the program model
// and the lowered functions. The templates decide the layout of each file; this decides
// each declaration's C spelling.

import * as path from "node:path";
import type { Expression } from "ts-morph";
import { Node } from "ts-morph";
import type { ProgramModel, ModuleInfo, ArrayInfo, ConstInfo, StateInfo, HalInfo, LayoutInfo } from "../load/model.js";
import { foldConstant, type ConstValue } from "../load/fold.js";
import { cTypeOf, type ValueType } from "../types/scalar.js";
import type { CFunction } from "../lower/function.js";
import { cInt, cFloat, cString } from "../lower/literals.js";
import { stmts } from "./c.js";
import { render } from "./handlebars.js";

export function signature(fnName: string, result: ValueType, params: { name: string; ctype: string; isVolatile?: boolean }[], isStatic: boolean): string {
  const ps = params.length === 0 ? "void" : params.map((p) => `${p.isVolatile ? "volatile " : ""}${p.ctype} ${p.name}`).join(", ");
  const ret = result.kind === "never" ? "PYX_NORETURN void" : cTypeOf(result);
  return `${isStatic ? "static " : ""}${ret} ${fnName}(${ps})`;
}

/** A constant's C initializer (brace form for strings: static initializers cannot use compound literals). */
export function constantText(v: ConstValue, type: ValueType): string {
  if (type.kind === "string" && typeof v === "string") return `{ ${cString(v)}, ${v.length} }`;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "bigint") return cInt(v, true);
  if (typeof v === "number") {
    if (type.kind === "float") return cFloat(v, type.name === "f32");
    return cInt(BigInt(v), false);
  }
  return "0";
}

function elementText(e: Expression, element: ValueType, model: ProgramModel): string {
  if (element.kind === "fn" && Node.isIdentifier(e)) return e.getText();
  const v = foldConstant(e, model);
  return v === undefined ? "0" : constantText(v, element);
}

function arrayDecl(a: ArrayInfo, model: ProgramModel, inHeader: boolean): string {
  const isTable = a.values !== undefined;
  const q = isTable ? "const " : "";
  const head = `${q}${cTypeOf(a.element)} ${a.name}[${a.length}]`;
  if (inHeader) return `extern ${head};`;
  const storage = a.exported ? "" : "static PYX_UNUSED ";
  if (!isTable) return `${storage}${head};`;
  const items = a.values!.map((v) => elementText(v, a.element, model));
  const body = items.length <= 8 && items.join(", ").length < 80
    ? ` { ${items.join(", ")} }`
    : ` {\n${items.map((i) => `    ${i},`).join("\n")}\n}`;
  return `${storage}${head} =${body};`;
}

function scalarDecl(d: ConstInfo | StateInfo): string {
  const value = d.kind === "const" ? d.value : d.init;
  const q = d.kind === "const" ? "const " : "";
  return `${q}${cTypeOf(d.type)} ${d.name} = ${constantText(value, d.type)};`;
}

export interface ModuleFiles {
  c: string;
  h: string;
}

export function emitModule(m: ModuleInfo, model: ProgramModel, functions: CFunction[], root: string): ModuleFiles {
  const source = path.relative(root, m.sf.getFilePath()).split(path.sep).join("/");
  const constants: string[] = [];
  const headerConstants: string[] = [];
  const state: string[] = [];
  const externs: string[] = [];
  for (const stmt of m.sf.getVariableStatements()) {
    for (const decl of stmt.getDeclarations()) {
      const d = model.infoOfDeclaration(decl);
      if (d === undefined) continue;
      if (d.kind === "const") {
        // Exported scalars live in the header so every user sees a constant, not a load.
        if (d.exported) headerConstants.push(`static const ${scalarDecl(d).replace(/^const /, "")}`);
        else constants.push(`static PYX_UNUSED ${scalarDecl(d)}`);
      } else if (d.kind === "state") {
        state.push(`${d.exported ? "" : "static PYX_UNUSED "}${scalarDecl(d)}`);
        if (d.exported) externs.push(`extern ${cTypeOf(d.type)} ${d.name};`);
      } else if (d.kind === "array") {
        (d.values !== undefined ? constants : state).push(arrayDecl(d, model, false));
        if (d.exported) externs.push(arrayDecl(d, model, true));
      }
    }
  }
  const prototypes = functions.filter((f) => f.isStatic).map((f) => `${signature(f.name, f.result, f.params, true).replace(/^static /, "static PYX_UNUSED ")};`);
  const headerPrototypes = functions.filter((f) => !f.isStatic).map((f) => `${signature(f.name, f.result, f.params, false)};`);
  const fns = functions.map((f) => ({
    signature: signature(f.name, f.result, f.params, f.isStatic),
    body: stmts(f.body, "    ").replace(/\n$/, ""),
  }));
  const includes = [...m.imports].map((i) => i.cname).sort();
  const guard = `PYX_${m.cname.toUpperCase()}_H`;
  return {
    c: render("module.c", { source, cname: m.cname, includes, constants, state, prototypes, functions: fns }),
    h: render("module.h", { source, guard, constants: headerConstants, externs, prototypes: headerPrototypes }),
  };
}

function layoutView(L: LayoutInfo, source: string): object {
  const fields = L.fields.map((f) => {
    const ct = f.isRef ? "uint32_t" : cTypeOf(f.type);
    return `${ct} ${f.name}${f.length === undefined ? "" : `[${f.length}]`}`;
  });
  const asserts = [
    `_Static_assert(sizeof(${L.name}) == ${L.size}, "${L.name}: size differs from its TypeScript layout");`,
    ...L.fields.map((f) => `_Static_assert(offsetof(${L.name}, ${f.name}) == ${f.offset}, "${L.name}.${f.name}: offset differs from its TypeScript layout");`),
  ];
  return { name: L.name, source, fields, asserts };
}

export function emitTypes(model: ProgramModel, root: string): string {
  const rel = (m: ModuleInfo): string => path.relative(root, m.sf.getFilePath()).split(path.sep).join("/");
  const enums = model.enums.map((e) => ({
    name: e.name,
    source: rel(e.module),
    members: [...e.members].map(([k, v]) => `${e.name}_${k} = ${cInt(BigInt(v), false)}`),
  }));
  const fnTypes = model.aliases
    .filter((a) => a.type.kind === "fn")
    .map((a) => {
      const t = a.type as Extract<ValueType, { kind: "fn" }>;
      const params = t.params.length === 0 ? "void" : t.params.map(cTypeOf).join(", ");
      return { source: rel(a.module), decl: `typedef ${t.result.kind === "never" ? "void" : cTypeOf(t.result)} (*${a.name})(${params});` };
    });
  const layouts = model.layouts.map((L) => layoutView(L, rel(L.module)));
  const sources = model.modules.length === 1 ? rel(model.modules[0]!) : `${model.modules.length} modules`;
  return render("types.h", { sources, enums, fnTypes, layouts });
}

export function emitHal(hal: HalInfo[], halSource: string): string {
  const prototypes = hal.map((h) => `${signature(h.name, h.result, h.params.map((p) => ({ name: p.name, ctype: cTypeOf(p.type) })), false)};`);
  return render("hal.h", { source: halSource, prototypes });
}
