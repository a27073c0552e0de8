import { SyntaxKind, Node } from "ts-morph";
import { problemAt, type Problem } from "../../problems.js";
import type { Rule } from "../rule.js";

export const functions: Rule = {
  id: "functions",
  description: "generators, async functions, optional, default and rest parameters, overloads",
  check: (sf, index) => {
    const out: Problem[] = [];
    for (const f of index.ofKind(SyntaxKind.FunctionDeclaration)) {
      if (f.isGenerator()) out.push(problemAt(f, "functions", "generator functions are not in the subset: keep the state in a layout and step it explicitly"));
      if (f.isAsync()) out.push(problemAt(f, "functions", "async functions are not in the subset"));
      if (!f.hasBody() && !f.hasModifier(SyntaxKind.DeclareKeyword)) out.push(problemAt(f, "functions", "overload signatures are not in the subset: one function, one signature"));
      for (const p of f.getParameters()) {
        if (p.isRestParameter()) out.push(problemAt(p, "functions", "rest parameters are not in the subset: pass an address and a count"));
        else if (p.hasInitializer()) out.push(problemAt(p, "functions", "default parameter values are not in the subset: pass the value at every call"));
        else if (p.hasQuestionToken()) out.push(problemAt(p, "functions", "optional parameters are not in the subset: pass a value (0 for none) at every call"));
      }
      if (f.getTypeParameters().length > 0) out.push(problemAt(f, "functions", "generic functions are not in the subset: write one function per type"));
    }
    void Node;
    return out;
  },
};
