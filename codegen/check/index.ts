// The check pass: every rule over every module, problems in source order.

import type { SourceFile } from "ts-morph";
import type { Problem } from "../problems.js";
import type { Rule } from "./rule.js";
import { NodeIndex } from "./node-index.js";
import { noAny } from "./rules/no-any.js";
import { noClosures } from "./rules/no-closures.js";
import { noObjectLiterals } from "./rules/no-object-literals.js";
import { noClasses } from "./rules/no-classes.js";
import { noTemplates } from "./rules/no-templates.js";
import { noDynamic } from "./rules/no-dynamic.js";
import { functions } from "./rules/functions.js";
import { moduleLevel } from "./rules/module-level.js";
import { arrayLiterals } from "./rules/array-literals.js";
import { noVar } from "./rules/no-var.js";
import { noNew } from "./rules/no-new.js";
import { noThrow } from "./rules/no-throw.js";

export const RULES: readonly Rule[] = [
  noAny, noClosures, noObjectLiterals, noClasses, noTemplates, noDynamic, functions, moduleLevel, arrayLiterals, noVar, noNew, noThrow,
];

export function checkModules(modules: SourceFile[]): Problem[] {
  return modules.flatMap((sf) => {
    const index = new NodeIndex(sf);
    return RULES.flatMap((r) => r.check(sf, index));
  });
}
