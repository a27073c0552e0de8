// boot.py and main.py as a board's boot runs them (core/boot_scripts.ts, MicroPython's
// pyexec_file_if_exists), in Node and natively: from the working directory of the file
// system (here the host's), sharing __main__'s globals, tracebacks on stdout and the boot
// going on, main.py skipped after a failing boot.py, SystemExit as a soft-reset request.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildSubsetProgram, firstDifference, type SubsetProgram } from "../harness/differential.js";

const SCRATCH = path.join(REPO_ROOT, "build", "test-boot-scripts");
let program: SubsetProgram;
const dirs: string[] = [];

beforeAll(async () => {
  program = await buildSubsetProgram(path.join(REPO_ROOT, "tests", "core", "programs", "boot_scripts_drive.ts"));
}, 600_000);

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Boot with these files in the working directory: what it printed, the same both ways. */
async function boot(files: Record<string, string>): Promise<string> {
  // Under the repository, where Node finds tsx from the working directory.
  fs.mkdirSync(SCRATCH, { recursive: true });
  const dir = fs.mkdtempSync(path.join(SCRATCH, "boot-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const r = await program.run([], { cwd: dir });
  expect(r.node.stderr).toBe("");
  expect(r.node.status).toBe(0);
  expect(firstDifference(r.node.stdout, r.native.stdout)).toBeUndefined();
  expect(r.native.status).toBe(0);
  return r.node.stdout;
}

describe("boot.py and main.py", () => {
  it("are skipped when absent", async () => {
    expect(await boot({})).toBe("[boot.py 1]\n[main.py 1]\n");
  });

  it("run in order, sharing __main__'s globals", async () => {
    const out = await boot({ "boot.py": "x = 5\nprint('boot', x)\n", "main.py": "print('main', x * 2)\n" });
    expect(out).toBe("boot 5\n[boot.py 1]\nmain 10\n[main.py 1]\n");
  });

  it("print an exception's traceback and go on; a failing boot.py skips main.py", async () => {
    expect(await boot({ "main.py": "print('a')\n[][1]\n" })).toBe(
      "[boot.py 1]\na\nTraceback (most recent call last):\n  File \"main.py\", line 2, in <module>\nIndexError: list index out of range\n[main.py 0]\n",
    );
    expect(await boot({ "boot.py": "def f():\n    1/0\nf()\n", "main.py": "print('not run')\n" })).toBe(
      "Traceback (most recent call last):\n  File \"boot.py\", line 3, in <module>\n  File \"boot.py\", line 2, in f\nZeroDivisionError: division by zero\n[boot.py 0]\n",
    );
  });

  it("report a syntax error like any exception", async () => {
    const out = await boot({ "main.py": "x = (\n" });
    expect(out).toContain("  File \"main.py\", line 1");
    expect(out).toContain("SyntaxError");
    expect(out.endsWith("[main.py 0]\n")).toBe(true);
  });

  it("turn SystemExit into a soft-reset request with its status", async () => {
    expect(await boot({ "main.py": "import sys\nprint('bye')\nsys.exit(3)\nprint('not here')\n" })).toBe("[boot.py 1]\nbye\n[main.py 259]\n");
  });
});
