import { Node } from "ts-morph";
import { problemAt, type Problem } from "../../problems.js";
import type { Rule } from "../rule.js";

export const moduleLevel: Rule = {
  id: "module-level",
  description: "module-level code other than declarations; non-const enums; default, namespace and side-effect imports",
  check: (sf, index) => {
    const out: Problem[] = [];
    for (const s of sf.getStatements()) {
      if (Node.isImportDeclaration(s)) {
        if (s.getDefaultImport() !== undefined) out.push(problemAt(s, "module-level", "default imports are not in the subset: import { name } from \"./module.js\""));
        if (s.getNamespaceImport() !== undefined) out.push(problemAt(s, "module-level", "namespace imports are not in the subset: import the names you use"));
        if (s.getImportClause() === undefined) out.push(problemAt(s, "module-level", "side-effect imports are not in the subset: modules have no start-up code"));
        continue;
      }
      if (Node.isEnumDeclaration(s)) {
        if (!s.isConstEnum()) out.push(problemAt(s, "module-level", `enum ${s.getName()} must be a const enum`));
        continue;
      }
      if (Node.isFunctionDeclaration(s) || Node.isVariableStatement(s) || Node.isTypeAliasDeclaration(s) || Node.isInterfaceDeclaration(s) || Node.isClassDeclaration(s)) continue;
      if (Node.isExportDeclaration(s) || Node.isExportAssignment(s)) {
        out.push(problemAt(s, "module-level", "re-exports and default exports are not in the subset: export each declaration where it is written"));
        continue;
      }
      out.push(problemAt(s, "module-level", "module-level code is not in the subset (nothing runs at start-up in C): put it in a function"));
    }
    return out;
  },
};
