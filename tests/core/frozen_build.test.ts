// The frozen-module pipeline (scripts/build/frozen.ts): Python sources compiled by the
// core's compiler in one process, rendered as core/frozen_modules.ts's tables, rebuilt
// only when a source changes, and imported by a program in Node through the hook
// (ports/node/frozen_hook.ts) that substitutes the generated tables.

import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compileToMpy, frozenModulesFile, frozenSourcesUnder, renderFrozenModules } from "../../scripts/build/frozen.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { runCommand } from "../harness/run.js";

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-frozen-"));
  fs.mkdirSync(path.join(dir, "src", "fpkg"), { recursive: true });
  fs.writeFileSync(path.join(dir, "src", "fmod.py"), "X = 6 * 7\ndef hello():\n    return 'hello ' + __name__\n");
  fs.writeFileSync(path.join(dir, "src", "fpkg", "__init__.py"), "from .leaf import LEAF\n");
  fs.writeFileSync(path.join(dir, "src", "fpkg", "leaf.py"), "LEAF = 'leaf'\n");
});

describe("frozen modules pipeline", () => {
  it("lists a folder's sources by their paths in it", () => {
    expect(frozenSourcesUnder(path.join(dir, "src")).map((s) => s.name)).toEqual(["fmod.py", "fpkg/__init__.py", "fpkg/leaf.py"]);
  });

  it("renders the tables in core/frozen_modules.ts's format", () => {
    const text = renderFrozenModules([{ name: "a.py", mpy: Buffer.from([77, 6]) }, { name: "p/b.py", mpy: Buffer.from([1]) }], "h");
    expect(text).toContain("export const FROZEN_COUNT: u32 = 2;");
    expect(text).toContain('  "a.mpy",\n  "p/b.mpy",');
    expect(text).toContain("  0, 2, 3,");
    expect(text).toContain("  77, 6, 1,");
    expect(renderFrozenModules([], "h")).toContain("export const FROZEN_DATA: readonly u8[] = [\n  0,\n];");
  });

  it("compiles every source to .mpy v6 in one run, and reports a syntax error", async () => {
    const sources = frozenSourcesUnder(path.join(dir, "src"));
    const mpys = await compileToMpy(sources);
    expect(mpys).toHaveLength(3);
    for (const m of mpys) expect([m[0], m[1]]).toEqual([77, 6]); // 'M', version 6
    fs.writeFileSync(path.join(dir, "bad.py"), "def f(:\n");
    await expect(compileToMpy([{ name: "bad.py", file: path.join(dir, "bad.py") }])).rejects.toThrow(/SyntaxError/);
  }, 300_000);

  it("writes the tables once and reuses them while the sources are unchanged", async () => {
    const outDir = path.join(dir, "out");
    const modules = frozenSourcesUnder(path.join(dir, "src"));
    const file = await frozenModulesFile({ modules, outDir });
    const first = fs.statSync(file).mtimeMs;
    expect(fs.readFileSync(file, "utf8")).toContain("export const FROZEN_COUNT: u32 = 3;");
    expect(await frozenModulesFile({ modules, outDir })).toBe(file);
    expect(fs.statSync(file).mtimeMs).toBe(first);
  }, 300_000);

  it("lets a program in Node import lib/'s frozen asyncio", async () => {
    const r = await runCommand([process.execPath, "--import", "tsx", "ports/node/run.ts", "core/main.ts", "-c",
      "import asyncio, sys\nprint(asyncio.__name__, 'asyncio' in sys.modules)"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.stdout).toBe("asyncio True\n");
  }, 300_000);
});
