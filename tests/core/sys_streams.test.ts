// sys.stdin's read and readline on piped input, and sys.stdout/sys.stderr's separate
// destinations (the conformance runner compares stdout only and gives no input), in
// Node and natively, against python3.

import { describe, it, expect, beforeAll } from "vitest";
import * as path from "node:path";
import { nodeCommand } from "../harness/differential.js";
import { runCommand, type RunResult } from "../harness/run.js";
import { buildHost } from "../../scripts/build/host.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

const MAIN = path.join(REPO_ROOT, "core", "main.ts");

const READER = [
  "import sys",
  "print(repr(sys.stdin.readline()))",
  "print(repr(sys.stdin.read(3)))",
  "print(repr(sys.stdin.read(0)))",
  "print(repr(sys.stdin.readline()))",
  "print(repr(sys.stdin.read(None)))",
  "print(repr(sys.stdin.readline()), repr(sys.stdin.read()), repr(sys.stdin.read(4)))",
].join("\n");

const WRITER = [
  "import sys",
  "sys.stdout.write('out 1\\n')",
  "sys.stderr.write('err 1\\n')",
  "print('err', 2, sep='-', file=sys.stderr)",
  "print('out', 2, file=sys.stdout)",
].join("\n");

function python3(src: string, input: string): Promise<RunResult> {
  return runCommand(["python3", "-c", src], { input });
}

describe("sys.stdin, sys.stdout, sys.stderr", () => {
  let exe = "";
  beforeAll(async () => {
    const build = await buildHost({
      entries: [MAIN],
      root: path.join(REPO_ROOT, "core"),
      outDir: path.join(REPO_ROOT, "build", "test-programs", "sys_streams"),
      name: "pyxis-sys-streams",
    });
    exe = build.exe;
  }, 900_000);

  const runs = async (src: string, input: string): Promise<RunResult[]> => [
    await runCommand(nodeCommand(MAIN, ["-c", src]), { input, timeoutMs: 120_000 }),
    await runCommand([exe, "-c", src], { input, timeoutMs: 120_000 }),
  ];

  it("reads characters and lines from stdin up to end of input", async () => {
    // UTF-8 text, as latin1 on both sides: read(3) takes the two bytes of \u00e9 as one character.
    const input = "first line\n\u00c3\u00a9bcd\nthird\nlast";
    const want = await python3(READER, input);
    expect(want.status).toBe(0);
    for (const r of await runs(READER, input)) {
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(want.stdout);
      expect(r.status).toBe(0);
    }
  });

  it("reads '' from an empty stdin", async () => {
    const src = "import sys\nprint(repr(sys.stdin.read()), repr(sys.stdin.readline()))";
    for (const r of await runs(src, "")) expect(r.stdout).toBe("'' ''\n");
  });

  it("writes sys.stderr and print(file=sys.stderr) to stderr, sys.stdout to stdout", async () => {
    const want = await python3(WRITER, "");
    expect(want.stdout).toBe("out 1\nout 2\n");
    expect(want.stderr).toBe("err 1\nerr-2\n");
    for (const r of await runs(WRITER, "")) {
      expect(r.stdout).toBe(want.stdout);
      expect(r.stderr).toBe(want.stderr);
      expect(r.status).toBe(0);
    }
  });
});
