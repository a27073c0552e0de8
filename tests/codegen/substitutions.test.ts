// generate()'s substitutions: a module's text replaced by another file's, keeping the
// module's path and C name (how a build links its generated frozen-module tables in
// place of core/frozen_modules.ts).

import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generate, formatProblem } from "../../codegen/index.js";

describe("codegen substitutions", () => {
  it("lowers the replacement's text under the substituted module's name", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-subst-"));
    const subset = path.join(import.meta.dirname, "../../core/subset/index.js");
    const rel = path.relative(dir, subset).split(path.sep).join("/");
    fs.writeFileSync(path.join(dir, "main.ts"),
      `import { type u32 } from "${rel}";\nimport { ANSWER } from "./table.js";\nexport function answer(): u32 {\n  return ANSWER;\n}\n`);
    fs.writeFileSync(path.join(dir, "table.ts"), `import type { u32 } from "${rel}";\nexport const ANSWER: u32 = 1;\n`);
    const replacement = path.join(dir, "generated_table.ts");
    fs.writeFileSync(replacement, `import type { u32 } from "${rel}";\nexport const ANSWER: u32 = 4242;\n`);

    const plain = generate({ entries: [path.join(dir, "main.ts")], root: dir });
    expect(plain.problems.map((p) => formatProblem(p))).toEqual([]);
    const r = generate({ entries: [path.join(dir, "main.ts")], root: dir, substitutions: { [path.join(dir, "table.ts")]: replacement } });
    expect(r.problems.map((p) => formatProblem(p))).toEqual([]);
    expect([...r.files.keys()].sort()).toEqual([...plain.files.keys()].sort());
    const text = [...r.files.values()].join("\n");
    expect(text).toContain("4242");
    expect([...plain.files.values()].join("\n")).not.toContain("4242");
    expect(r.inputs).toContain(replacement);
  }, 120_000);
});
