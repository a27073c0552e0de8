// Every node of a module, grouped by kind, from one walk of the tree: the rules ask for
// the kinds they check instead of each walking the whole module again.

import { SyntaxKind, type Node, type SourceFile, type KindToNodeMappings } from "ts-morph";

export class NodeIndex {
  private readonly byKind = new Map<SyntaxKind, Node[]>();

  constructor(sf: SourceFile) {
    sf.forEachDescendant((n) => {
      const kind = n.getKind();
      const list = this.byKind.get(kind);
      if (list === undefined) this.byKind.set(kind, [n]);
      else list.push(n);
    });
  }

  /** The module's nodes of this kind, in source order. */
  ofKind<K extends SyntaxKind>(kind: K): KindToNodeMappings[K][] {
    return (this.byKind.get(kind) ?? []) as KindToNodeMappings[K][];
  }
}

export { SyntaxKind };
