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
  // GCC knows these as built-ins: a definition with another signature does not compile.
  "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isxdigit", "isprint", "ispunct", "iscntrl",
  "toupper", "tolower", "malloc", "calloc", "realloc", "free", "printf", "sprintf", "snprintf", "puts", "putchar",
  "exit", "abort", "strcat", "strncmp", "strncat", "memchr", "strrchr", "strspn", "strcspn", "strdup", "atoi",
  "labs", "llabs", "exp10", "pow10", "signbit", "fpclassify", "sincos", "alloca", "bzero", "ffs", "clz",
]);

export function checkNames(model: ProgramModel): Problem[] {
  const out: Problem[] = [];
  const exported = new Map<string, Node>();
  // One .c per module: two modules whose paths give the same C file name would overwrite each other.
  const files = new Map<string, string>();
  for (const m of model.modules) {
    const prev = files.get(m.cname);
    if (prev !== undefined || ["pyx_rt", "pyx_types", "pyx_hal"].includes(m.cname)) {
      out.push({ file: m.sf.getFilePath(), line: 1, column: 1, rule: "c-name",
        message: `this module's C file would be ${m.cname}.c, ${prev !== undefined ? `as for ${prev}` : "which the runtime uses"}: rename the module` });
    }
    files.set(m.cname, m.sf.getBaseName());
  }
  // Enums, layouts and function types all go into the one pyx_types.h.
  const typeNames = new Map<string, Node>();
  for (const d of [...model.enums, ...model.layouts, ...model.aliases.filter((a) => a.type.kind === "fn")]) {
    const prev = typeNames.get(d.name);
    if (prev !== undefined) out.push(problemAt(d.node, "c-name", `'${d.name}' is also a type in ${prev.getSourceFile().getBaseName()}: enums, layouts and function types share one C header, rename one`));
    else typeNames.set(d.name, d.node);
  }
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
  // A module's own names must not collide with what the modules it imports export.
  for (const m of model.modules) {
    const own = new Map<string, Node>();
    for (const s of m.sf.getStatements()) {
      if (Node.isFunctionDeclaration(s) && s.getName() !== undefined && !s.isExported()) own.set(s.getName()!, s);
      if (Node.isVariableStatement(s) && !s.isExported()) for (const d of s.getDeclarations()) own.set(d.getName(), d);
    }
    for (const imported of m.imports) {
      for (const name of imported.sf.getExportedDeclarations().keys()) {
        const node = own.get(name);
        if (node !== undefined) out.push(problemAt(node, "c-name", `'${name}' is also exported by ${imported.sf.getBaseName()}, which this module imports: C sees both, rename one`));
      }
    }
  }
  return out;
}
