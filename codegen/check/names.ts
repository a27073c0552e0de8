// C has one namespace for everything a header exports: exported names must be unique
// across the program, and no module-level name may be one C or the runtime reserves.

import { problemAt, type Problem } from "../problems.js";
import type { ProgramModel } from "../load/model.js";
import { isReservedInC } from "../lower/function.js";
import { Node } from "ts-morph";

/** Names the C headers Pyxis includes (stdint, string, math, setjmp) declare at file scope. */
const LIBC = new Set([
  "abs", "acos", "asin", "atan", "atan2", "ceil", "cos", "cosh", "exp", "fabs", "floor", "fmod", "frexp", "ldexp",
  "log", "log10", "modf", "pow", "sin", "sinh", "sqrt", "tan", "tanh", "round", "trunc", "fmin", "fmax", "nan",
  "isnan", "isinf", "isfinite", "signbit", "copysign", "memcpy", "memmove", "memset", "memcmp", "strlen", "strcmp",
  "strcpy", "strncpy", "strchr", "strstr", "index", "rindex", "setjmp", "longjmp", "jmp_buf", "errno", "gamma",
  "y0", "y1", "yn", "j0", "j1", "jn", "exp2", "log2", "expm1", "log1p", "cbrt", "hypot", "erf", "erfc", "lgamma", "tgamma",
  "remainder", "rint", "lrint", "lround", "nearbyint", "scalbn", "logb", "ilogb", "nextafter", "fdim", "fma",
]);

export function checkNames(model: ProgramModel): Problem[] {
  const out: Problem[] = [];
  const exported = new Map<string, Node>();
  for (const m of model.modules) {
    for (const [name, decls] of m.sf.getExportedDeclarations()) {
      const d = decls[0];
      if (d === undefined || d.getSourceFile() !== m.sf || Node.isTypeAliasDeclaration(d)) continue;
      const prev = exported.get(name);
      if (prev !== undefined && prev !== d) {
        out.push(problemAt(d, "c-name", `'${name}' is also exported by ${prev.getSourceFile().getBaseName()}: exported names share C's one namespace, rename one`));
      } else {
        exported.set(name, d);
      }
    }
    for (const s of m.sf.getStatements()) {
      const names: [string, Node][] = [];
      if (Node.isFunctionDeclaration(s) && s.getName() !== undefined) names.push([s.getName()!, s]);
      if (Node.isVariableStatement(s)) for (const d of s.getDeclarations()) names.push([d.getName(), d]);
      if (Node.isEnumDeclaration(s) || Node.isTypeAliasDeclaration(s)) names.push([s.getName(), s]);
      for (const [name, node] of names) {
        if (isReservedInC(name) || LIBC.has(name)) {
          out.push(problemAt(node, "c-name", `'${name}' is reserved in C (a keyword, a C library name, or Pyxis's pyx_ prefix): rename it`));
        }
      }
    }
  }
  return out;
}
