// The host command line (MicroPython unix port's options), in Node and natively.

import { describe, it, expect, beforeAll } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, type SubsetProgram } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

// Without a script the REPL starts (its banner) and ends at the end of input.
const REPL_STARTED = /^Pyxis 0\.1\.0 on .*\r\nType "help\(\)" for more information\.\r\n>>> \r\n$/;

const CASES: { args: string[]; status: number; stdout?: RegExp; stderr?: RegExp }[] = [
  { args: [], status: 0, stdout: REPL_STARTED },
  { args: ["-X", "heapsize=64K"], status: 0, stdout: REPL_STARTED },
  { args: ["-X", "heapsize=4wK"], status: 0, stdout: REPL_STARTED },
  { args: ["-X", "heapsize=1M", "-X", "gcstress", "-i", "-O2", "-v"], status: 0, stdout: REPL_STARTED },
  { args: ["-X", "heapsize=100"], status: 1, stderr: /a heap of 100 bytes does not fit/ },
  { args: ["-X", "heapsize=5000M"], status: 1, stderr: /Invalid heapsize/ },
  { args: ["-X", "heapsize=12Q"], status: 1, stderr: /Invalid heapsize/ },
  { args: ["-X", "emit=native"], status: 1, stderr: /emit=native and emit=viper are not supported/ },
  { args: ["-X", "emit=bytecode", "-X", "realtime"], status: 0, stdout: REPL_STARTED },
  { args: ["-X"], status: 1, stderr: /-X needs an option/ },
  { args: ["-q"], status: 1, stderr: /^Invalid command line arguments\. Use -h option for help\.\n$/ },
  { args: ["-h"], status: 0, stdout: /^usage: pyxis .*\n(.*\n)*  heapsize=<n>\[w\]\[K\|M\]/ },
  { args: ["-c"], status: 1, stderr: /-c needs a command/ },
  // After the command or the script, arguments belong to the program (sys.argv).
  { args: ["-c", "print(1)", "-X", "bogus"], status: 0, stdout: /^1\n$/ },
  { args: ["no_such_script.py", "-X", "bogus"], status: 2, stderr: /can't open file 'no_such_script\.py'/ },
];

describe("host command line", () => {
  let program: SubsetProgram;
  beforeAll(async () => {
    program = await buildSubsetProgram(path.join(REPO_ROOT, "core", "main.ts"), path.join(REPO_ROOT, "core"));
  }, 180_000);

  for (const c of CASES) {
    it(`pyxis ${c.args.join(" ")}`, async () => {
      const { node, native } = await program.run(c.args);
      expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
      expect(node.stderr).toBe(native.stderr);
      expect(native.status).toBe(c.status);
      expect(node.status).toBe(c.status);
      if (c.stdout !== undefined) expect(native.stdout).toMatch(c.stdout);
      if (c.stderr !== undefined) expect(native.stderr).toMatch(c.stderr);
    }, 60_000);
  }
});
