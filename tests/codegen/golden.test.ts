// Golden tests: a small TypeScript input beside the C it must become. A change in the
// generated C shows up here as a diff to review. PYXIS_UPDATE_GOLDEN=1 rewrites them.

import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { generate, formatProblem } from "../../codegen/index.js";

const dir = path.join(import.meta.dirname, "golden");
const update = process.env.PYXIS_UPDATE_GOLDEN === "1";

describe("golden C", () => {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    it(file, () => {
      const r = generate({ entries: [path.join(dir, file)], root: dir });
      expect(r.problems.map((p) => formatProblem(p))).toEqual([]);
      const name = file.replace(/\.ts$/, "");
      const c = r.files.get(`${name}.c`)!;
      const goldenPath = path.join(dir, `${name}.c.golden`);
      if (update || !fs.existsSync(goldenPath)) fs.writeFileSync(goldenPath, c);
      expect(c).toBe(fs.readFileSync(goldenPath, "utf8"));
    }, 30_000);
  }
});
