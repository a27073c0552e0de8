// import: where modules are found (sys.path, packages, .py before .mpy, MICROPYPATH,
// the script's directory) and how relative imports are named, in Node and natively,
// over the fixture tree in tests/core/import/. The expectations are MicroPython's
// rules (py/builtinimport.c, ports/unix/main.c); relative names and their errors are
// checked against python3's importlib.util.resolve_name where CPython agrees. Then
// Python programs that import (tree/t_*.py, -m, MICROPYPATH, a compiled .mpy) print
// what python3 prints for them.

import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, nodeCommand, type SubsetProgram } from "../harness/differential.js";
import { runCommand, type RunResult } from "../harness/run.js";
import { buildHost } from "../../scripts/build/host.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

const TREE = path.join(import.meta.dirname, "import", "tree");
const LIB = path.join(import.meta.dirname, "import", "lib");

let program: SubsetProgram;
beforeAll(async () => {
  program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "import_find.ts"), REPO_ROOT);
}, 900_000);

/** Run the program both ways in cwd; outputs must agree; gives the output. */
async function run(args: string[], env: Record<string, string>, cwd = TREE): Promise<string> {
  const { node, native } = await program.run(args, { env, cwd });
  expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
  expect(node.status).toBe(0);
  expect(native.status).toBe(0);
  return native.stdout;
}

describe("sys.path at start-up", () => {
  it("is '' then MICROPYPATH's entries, with ~/ from HOME and a leading ':' skipped", async () => {
    const out = await run([], { MICROPYPATH: ":../lib:.frozen:~/x:/abs", HOME: "/home/u" });
    expect(out.split("\n")[0]).toBe("sys.path: '' '../lib' '.frozen' '/home/u/x' '/abs'");
  });

  it("is MicroPython's unix default without MICROPYPATH", async () => {
    if (process.env.MICROPYPATH !== undefined) return; // the harness only adds variables
    const out = await run([], { HOME: "/h" });
    expect(out.split("\n")[0]).toBe("sys.path: '' '.frozen' '/h/.micropython/lib' '/usr/lib/micropython'");
  });

  it("takes the script's directory as its first entry", async () => {
    const out = await run(["script:dir/sub/s.py", "script:/s.py", "script:s.py"], { MICROPYPATH: "lib" });
    expect(out).toContain("script:dir/sub/s.py -> sys.path: 'dir/sub' 'lib'\n");
    expect(out).toContain("script:/s.py -> sys.path: '/' 'lib'\n");
    expect(out).toContain("script:s.py -> sys.path: '' 'lib'\n");
  });
});

describe("finding modules", () => {
  it("finds modules, packages and submodules along sys.path, in order", async () => {
    const out = await run([
      "find:plain", "find:pkg", "find:pkg.sub", "find:pkg.inner.deep", "find:pkg.nope", "find:nsdir.mod",
      "find:both", "find:libmod", "find:nothing", "find:plain.x",
    ], { MICROPYPATH: path.relative(TREE, LIB) });
    expect(out.split("\n").slice(1)).toEqual([
      "find:plain -> file plain.py", // '' (the current directory) comes before MICROPYPATH's lib/plain.py
      "find:pkg -> dir pkg",
      "find:pkg.sub -> file pkg/sub.py",
      "find:pkg.inner.deep -> file pkg/inner/deep.py",
      "find:pkg.nope -> none",
      "find:nsdir.mod -> file nsdir/mod.py", // a namespace package: no __init__.py
      "find:both -> dir both", // a package directory wins over both.py
      "find:libmod -> file ../lib/libmod.py",
      "find:nothing -> none",
      "find:plain.x -> none", // a module is not a package
      "0", "",
    ]);
  });

  it("prefers name.py to name.mpy, finds name.mpy alone, and follows sys.path order", async () => {
    // Under the repository: the Node runner resolves the core's modules from the working tree.
    fs.mkdirSync(path.join(REPO_ROOT, "build"), { recursive: true });
    const dir = fs.mkdtempSync(path.join(REPO_ROOT, "build", "import-test-"));
    try {
      fs.mkdirSync(path.join(dir, "a"));
      fs.mkdirSync(path.join(dir, "b"));
      fs.writeFileSync(path.join(dir, "a", "m.py"), "");
      fs.writeFileSync(path.join(dir, "a", "m.mpy"), "");
      fs.writeFileSync(path.join(dir, "a", "only.mpy"), "");
      fs.writeFileSync(path.join(dir, "b", "only.py"), "");
      fs.mkdirSync(path.join(dir, "a", "p"));
      fs.writeFileSync(path.join(dir, "a", "p", "__init__.mpy"), "");
      fs.writeFileSync(path.join(dir, "a", "p", "q.mpy"), "");
      const out = await run(["find:m", "find:only", "find:p", "find:p.q"], { MICROPYPATH: "a:b" }, dir);
      expect(out.split("\n").slice(1, 5)).toEqual([
        "find:m -> file a/m.py", "find:only -> file a/only.mpy", "find:p -> dir a/p", "find:p.q -> file a/p/q.mpy",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("relative import names", () => {
  // [current module, is a package, level, name, absolute name or error]
  const cases: [string, boolean, number, string, string][] = [
    ["pkg.sub", false, 1, "inner", "pkg.inner"],
    ["pkg", true, 1, "sub", "pkg.sub"],
    ["pkg.inner.deep", false, 2, "", "pkg"],
    ["pkg.inner.deep", false, 2, "sub", "pkg.sub"],
    ["pkg.inner", true, 2, "sub", "pkg.sub"],
    ["pkg", true, 2, "x", "ImportError: attempted relative import beyond top-level package"],
    ["pkg.inner.deep", false, 3, "y", "ImportError: attempted relative import beyond top-level package"],
    ["mod", false, 1, "x", "ImportError: attempted relative import with no known parent package"],
    ["__main__", false, 1, "x", "ImportError: attempted relative import with no known parent package"],
  ];

  it("names what CPython names", async () => {
    const args = cases.map(([mod, pkg, level, name]) => `rel:${mod}:${pkg ? 1 : 0}:${level}:${name}`);
    const out = (await run(args, {})).split("\n").slice(1);
    cases.forEach(([, , , , want], i) => expect(out[i]).toBe(`${args[i]} -> ${want}`));
  });

  it("the absolute names agree with python3's importlib", async () => {
    const script = [
      "import importlib.util, sys",
      "for mod, pkg, level, name in eval(sys.argv[1]):",
      "    package = mod if pkg else mod.rpartition('.')[0]",
      "    try: print(importlib.util.resolve_name('.' * level + name, package))",
      "    except ImportError as e: print('ImportError')",
    ].join("\n");
    const r = await runCommand(["python3", "-c", script, JSON.stringify(cases.map(([m, p, l, n]) => [m, p ? 1 : 0, l, n]))], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const py = r.stdout.trim().split("\n");
    cases.forEach(([, , , , want], i) => expect(py[i]).toBe(want.startsWith("ImportError") ? "ImportError" : want));
  });
});

describe("import in Python programs, against python3", () => {
  const MAIN = path.join(REPO_ROOT, "core", "main.ts");
  let exe = "";
  beforeAll(async () => {
    const build = await buildHost({
      entries: [MAIN],
      root: path.join(REPO_ROOT, "core"),
      outDir: path.join(REPO_ROOT, "build", "test-programs", "import"),
      name: "pyxis-import",
    });
    exe = build.exe;
  }, 900_000);

  const env = (extra: Record<string, string>): Record<string, string> => ({ MICROPYPATH: "", PYTHONPATH: "", ...extra });
  const node = (args: string[], extra: Record<string, string> = {}, cwd = TREE): Promise<RunResult> =>
    runCommand(nodeCommand(MAIN, args), { cwd, env: env(extra), timeoutMs: 120_000 });
  const native = (args: string[], extra: Record<string, string> = {}, cwd = TREE): Promise<RunResult> =>
    runCommand([exe, ...args], { cwd, env: env(extra), timeoutMs: 120_000 });
  async function python3(args: string[], extra: Record<string, string> = {}, cwd = TREE): Promise<string> {
    const r = await runCommand(["python3", "-B", ...args], { cwd, encoding: "utf8", env: env(extra) });
    expect(r.status).toBe(0);
    return r.stdout;
  }

  /** Both builds print python3's output, and under GC stress too. */
  async function agree(args: string[], pyArgs: string[], extra: Record<string, string> = {}, pyExtra = extra, cwd = TREE): Promise<void> {
    const want = await python3(pyArgs, pyExtra, cwd);
    for (const r of [await node(args, extra, cwd), await native(args, extra, cwd), await native(["-X", "gcstress", "-X", "heapsize=256K", ...args], extra, cwd)]) {
      expect(r.stderr).toBe("");
      expect(firstDifference(want, r.stdout)).toBeUndefined();
      expect(r.status).toBe(0);
    }
  }

  for (const file of fs.readdirSync(TREE).filter((f) => /^t_.*\.py$/.test(f) && f !== "t_micropypath.py").sort()) {
    it(`${file}`, () => agree([file], [file]));
  }

  it("MICROPYPATH's entries are searched (as PYTHONPATH's by python3)", async () => {
    await agree(["t_micropypath.py"], ["t_micropypath.py"], { MICROPYPATH: "../lib" }, { PYTHONPATH: "../lib" });
  });

  it("-m runs a module, a submodule (relative imports work) and a package's __main__ as __main__", async () => {
    for (const m of ["plain", "pkg.sub", "pkg"]) await agree(["-m", m], ["-m", m]);
  });

  it("-m with a missing module fails with ImportError", async () => {
    for (const r of [await node(["-m", "nothing"]), await native(["-m", "nothing"])]) {
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("ImportError: No module named 'nothing'");
    }
  });

  it("imports a module compiled to .mpy, and prefers the .py next to it", async () => {
    fs.mkdirSync(path.join(REPO_ROOT, "build"), { recursive: true });
    const dir = fs.mkdtempSync(path.join(REPO_ROOT, "build", "import-mpy-"));
    try {
      const src = path.join(dir, "src");
      const lib = path.join(dir, "lib");
      fs.mkdirSync(src);
      fs.mkdirSync(lib);
      // " " is one of the names .mpy files give by number (a static qstr): under GC stress
      // its interning once collected the scratch copy it read from, and " " read as "\0".
      fs.writeFileSync(path.join(src, "cmod.py"), 'print("compiled", __name__)\ndef twice(a):\n    return a * 2\ndef spaced(s):\n    return s.replace(",", " ")\n');
      const cross = await runCommand([process.execPath, path.join(REPO_ROOT, "scripts", "pyxis.mjs"), "mpy-cross", path.join(src, "cmod.py"), "-o", path.join(lib, "cmod.mpy")], { cwd: REPO_ROOT, encoding: "utf8" });
      expect(cross.stderr).not.toMatch(/rror/);
      expect(fs.existsSync(path.join(lib, "cmod.mpy"))).toBe(true);
      const prog = path.join(dir, "use.py");
      fs.writeFileSync(prog, "import cmod\nprint(cmod.twice(21), cmod.__name__, [cmod.spaced('a,b') for i in range(3)])\n");
      await agree([prog], [prog], { MICROPYPATH: lib }, { PYTHONPATH: src }, dir);
      // A .py beside the .mpy wins.
      fs.writeFileSync(path.join(lib, "cmod.py"), 'print("source", __name__)\ndef twice(a):\n    return a * 2\ndef spaced(s):\n    return s.replace(",", " ")\n');
      const r = await node([prog], { MICROPYPATH: lib }, dir);
      expect(r.stdout).toBe("source cmod\n42 cmod ['a b', 'a b', 'a b']\n");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
