// Where the subset allows an initializer the rules otherwise reject: directly as the
// value of a module-level variable (`const T: readonly u8[] = [...]`, `const buf = new Uint8Array(N)`).

import { Node } from "ts-morph";

export function isModuleLevelInitializer(n: Node): boolean {
  const decl = n.getParent();
  return decl !== undefined && Node.isVariableDeclaration(decl) && decl.getInitializer() === n &&
    decl.getVariableStatement()?.getParent() === n.getSourceFile();
}
