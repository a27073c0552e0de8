// The VM, function calls, generators and tracebacks, through the host's run modes
// (core/main.ts: -c and scripts), in Node and natively, and natively under -X gcstress.
//
// tests/core/vm/*.py: stdout and status must be what python3 gives for the same file.
// Tracebacks: MicroPython's format (shared/runtime/pyexec.c, py/obj.c
// mp_obj_print_exception): "Traceback (most recent call last):", one `  File "f", line n,
// in block` per frame, outermost first, then "Type: message". Expected texts are written
// out here from that rule, not copied from Pyxis's output.

import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildHost } from "../../scripts/build/host.js";
import { runProcess, type ProcResult } from "../harness/python_runner.js";
import { nodeCommand, firstDifference } from "../harness/differential.js";

const MAIN = path.join(REPO_ROOT, "core", "main.ts");
const PROGRAMS = path.join(import.meta.dirname, "vm");
const GCSTRESS = ["-X", "gcstress", "-X", "heapsize=256K"];

// Processes run asynchronously, so that vitest's worker stays responsive while they do.
const TIMEOUT_MS = 240_000;

describe("VM: programs against python3", () => {
  let exe = "";
  beforeAll(async () => {
    const build = await buildHost({
      entries: [MAIN],
      root: path.join(REPO_ROOT, "core"),
      outDir: path.join(REPO_ROOT, "build", "test-programs", "vm"),
      name: "pyxis-vm",
    });
    exe = build.exe;
  }, 900_000);

  const python3 = (file: string): Promise<ProcResult> => runProcess(["python3", file], TIMEOUT_MS);
  const node = (args: string[]): Promise<ProcResult> => runProcess(nodeCommand(MAIN, args), TIMEOUT_MS);
  const native = (args: string[]): Promise<ProcResult> => runProcess([exe, ...args], TIMEOUT_MS);

  const files = fs.readdirSync(PROGRAMS).filter((f) => f.endsWith(".py")).sort();
  for (const file of files) {
    const rel = path.join("tests", "core", "vm", file);
    it(`${file}: Node, native and native under gcstress print what python3 prints`, async () => {
      const expected = await python3(rel);
      expect(expected.status).toBe(0);
      const n = await node([rel]);
      expect(n.stderr).toBe("");
      expect(firstDifference(expected.stdout, n.stdout)).toBeUndefined();
      expect(n.status).toBe(0);
      const c = await native([rel]);
      expect(c.stderr).toBe("");
      expect(firstDifference(expected.stdout, c.stdout)).toBeUndefined();
      expect(c.status).toBe(0);
      const s = await native([...GCSTRESS, rel]);
      expect(s.stderr).toBe("");
      expect(firstDifference(expected.stdout, s.stdout)).toBeUndefined();
      expect(s.status).toBe(0);
    }, 300_000);
  }

  const ENDINGS: { name: string; src: string; status: number; stdout?: string; stderr: string }[] = [
    {
      name: "a traceback lists every frame, outermost first",
      src: "def f():\n    raise ValueError('bad')\ndef g():\n    f()\ng()\n",
      status: 1,
      stderr:
        "Traceback (most recent call last):\n" +
        '  File "<stdin>", line 5, in <module>\n' +
        '  File "<stdin>", line 4, in g\n' +
        '  File "<stdin>", line 2, in f\n' +
        "ValueError: bad\n",
    },
    {
      name: "a bare raise adds no entry for its own line",
      src: "try:\n    raise KeyError('k')\nexcept KeyError:\n    print('seen')\n    raise\n",
      status: 1,
      stdout: "seen\n",
      stderr: "Traceback (most recent call last):\n" + '  File "<stdin>", line 2, in <module>\n' + "KeyError: 'k'\n",
    },
    {
      name: "an exception passing through a finally block keeps its origin",
      src: "def f():\n    try:\n        raise IndexError\n    finally:\n        print('cleanup')\nf()\n",
      status: 1,
      stdout: "cleanup\n",
      stderr:
        "Traceback (most recent call last):\n" +
        '  File "<stdin>", line 6, in <module>\n' +
        '  File "<stdin>", line 3, in f\n' +
        "IndexError\n",
    },
    {
      name: "a bad call's TypeError is raised at the call",
      src: "def f(a):\n    return a\nf(1, 2)\n",
      status: 1,
      stderr:
        "Traceback (most recent call last):\n" +
        '  File "<stdin>", line 3, in <module>\n' +
        "TypeError: f() takes 1 positional argument but 2 were given\n",
    },
    {
      name: "NameError names the missing name",
      src: "x = 1\nprint(x)\nprint(y)\n",
      status: 1,
      stdout: "1\n",
      stderr: "Traceback (most recent call last):\n" + '  File "<stdin>", line 3, in <module>\n' + "NameError: name 'y' is not defined\n",
    },
    { name: "SystemExit(n) is status n", src: "print('before')\nraise SystemExit(3)\nprint('after')\n", status: 3, stdout: "before\n", stderr: "" },
    { name: "SystemExit without a value is status 0", src: "raise SystemExit\n", status: 0, stderr: "" },
    { name: "SystemExit with a message prints it and is status 1", src: "raise SystemExit('bye')\n", status: 1, stderr: "bye\n" },
    {
      name: "KeyboardInterrupt ends the program like any exception",
      src: "raise KeyboardInterrupt\n",
      status: 1,
      stderr: "Traceback (most recent call last):\n" + '  File "<stdin>", line 1, in <module>\n' + "KeyboardInterrupt\n",
    },
    {
      name: "unbounded recursion is a RuntimeError, not a crash",
      src: "def f(n):\n    return f(n + 1)\nf(0)\n",
      status: 1,
      stderr: "",
    },
  ];

  for (const c of ENDINGS) {
    it(`-c: ${c.name}`, async () => {
      const runs = await Promise.all([node(["-c", c.src]), native(["-c", c.src]), native([...GCSTRESS, "-c", c.src])]);
      for (const r of runs) {
        expect(r.status).toBe(c.status);
        expect(r.stdout).toBe(c.stdout ?? "");
        if (c.name.startsWith("unbounded")) {
          // 1000 frames of the same line: only the start and the end are checked.
          expect(r.stderr.startsWith("Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\n")).toBe(true);
          expect(r.stderr.endsWith("  File \"<stdin>\", line 2, in f\nRuntimeError: maximum recursion depth exceeded\n")).toBe(true);
        } else {
          expect(r.stderr).toBe(c.stderr);
        }
      }
    }, 120_000);
  }

  it("a script's traceback names the script as given", async () => {
    const rel = path.join("build", "test-programs", "vm", "fails.py");
    fs.mkdirSync(path.dirname(path.join(REPO_ROOT, rel)), { recursive: true });
    fs.writeFileSync(path.join(REPO_ROOT, rel), "def boom():\n    raise RuntimeError('from a script')\n\nboom()\n");
    const expected =
      "Traceback (most recent call last):\n" +
      `  File "${rel}", line 4, in <module>\n` +
      `  File "${rel}", line 2, in boom\n` +
      "RuntimeError: from a script\n";
    for (const r of await Promise.all([node([rel]), native([rel])])) {
      expect(r.stderr).toBe(expected);
      expect(r.status).toBe(1);
    }
  }, 60_000);
});
