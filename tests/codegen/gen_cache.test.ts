// generateCore's output directory holds exactly the current modules' C: files of a module
// that was renamed or deleted go, since a stale header (errno.h, left by a module once
// named core/errno.ts) would shadow the system's own on the include path.

import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateCore } from "../../scripts/build/gen_cache.js";

describe("generateCore", () => {
  it("removes the C files of modules that are gone, and only those", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-gencache-"));
    const subset = path.join(import.meta.dirname, "../../core/subset/index.js");
    const rel = path.relative(dir, subset).split(path.sep).join("/");
    fs.writeFileSync(path.join(dir, "main.ts"), `import { type u32 } from "${rel}";\nexport function answer(): u32 {\n  return 42;\n}\n`);
    const genDir = path.join(dir, "gen");
    fs.mkdirSync(genDir);
    fs.writeFileSync(path.join(genDir, "errno.h"), "#error stale\n");
    fs.writeFileSync(path.join(genDir, "errno.c"), "#error stale\n");
    fs.writeFileSync(path.join(genDir, "notes.txt"), "kept\n");
    const core = await generateCore({ entries: [path.join(dir, "main.ts")], root: dir, genDir, cacheFile: path.join(dir, "cache.json") });
    const left = fs.readdirSync(genDir).sort();
    expect(left).not.toContain("errno.h");
    expect(left).not.toContain("errno.c");
    expect(left).toContain("notes.txt");
    expect(left).toContain("main.c");
    for (const s of core.sources) expect(left).toContain(s);
  }, 120_000);
});
