// The Node port's frozen modules: the same generated tables the native builds link
// (scripts/build/frozen.ts), put in place of core/frozen_modules.ts by a module
// resolution hook, so that import finds the same .frozen modules in Node as natively.
// Call useFrozenModules() before the core is imported. PYXIS_FROZEN=none keeps the
// empty tables (the compiler that builds the frozen modules runs that way).

import { register } from "node:module";
import { pathToFileURL } from "node:url";
import { frozenModulesFile, FROZEN_MODULES_TS } from "../../scripts/build/frozen.js";

const HOOK = `
let from, to;
export function initialize(data) { from = data.from; to = data.to; }
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  return r.url === from ? { ...r, url: to } : r;
}
`;

/** Compile the frozen modules if their sources changed, and have imports of
 *  core/frozen_modules.ts load the generated tables instead. */
export async function useFrozenModules(): Promise<void> {
  if (process.env["PYXIS_FROZEN"] === "none") return;
  let generated: string;
  try {
    generated = await frozenModulesFile({ allowStale: true });
  } catch (e) {
    // Run without them rather than not at all, and say why.
    process.stderr.write(`pyxis: running without frozen modules: ${e instanceof Error ? e.message : String(e)}\n`);
    return;
  }
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`, {
    data: { from: pathToFileURL(FROZEN_MODULES_TS).href, to: pathToFileURL(generated).href },
  });
}
