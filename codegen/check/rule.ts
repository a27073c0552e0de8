// A subset rule: looks at one module and reports what the subset does not accept.

import type { SourceFile } from "ts-morph";
import type { NodeIndex } from "./node-index.js";
import type { Problem } from "../problems.js";

export interface Rule {
  /** Appears in every message: `error [id]`. */
  id: string;
  /** One line for codegen/SUBSET.md's list of rejected constructs. */
  description: string;
  check(sf: SourceFile, index: NodeIndex): Problem[];
}
