// The REPL of the real entry point (core/main.ts) on a pseudo-terminal, natively and in
// Node: what a user at a terminal sees. The terminal's own output processing turns each
// "\n" into "\r\n" (so the REPL's "\r\n" arrives as "\r\r\n"), exactly as with
// MicroPython's unix port, which leaves output processing on too.
import * as path from "node:path";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildHost } from "../../scripts/build/host.js";
import { nodeCommand } from "../harness/differential.js";
import { runCommand } from "../harness/run.js";

type Step = { send: string } | { wait: string } | { sleep: number };
interface PtyResult {
  output: string;
  status: number | null;
  timed_out: boolean;
}

const DRIVER = path.join(REPO_ROOT, "tests", "harness", "pty_session.py");
const MAIN = path.join(REPO_ROOT, "core", "main.ts");

async function onPty(cmd: readonly string[], steps: Step[], timeoutS = 20): Promise<PtyResult> {
  const r = await runCommand(["python3", DRIVER, String(timeoutS), ...cmd], {
    input: JSON.stringify(steps),
    encoding: "utf8",
    timeoutMs: (timeoutS + 10) * 1000,
  });
  return JSON.parse(r.stdout) as PtyResult;
}

const BANNER = 'Pyxis 0.1.0 on 2026-11-21; host with posix\r\r\nType "help()" for more information.\r\r\n';

let nativeExe = "";

beforeAll(async () => {
  const build = await buildHost({
    entries: [MAIN],
    root: path.join(REPO_ROOT, "core"),
    outDir: path.join(REPO_ROOT, "build", "test-programs", "repl_host"),
    name: "repl_host",
  });
  nativeExe = build.exe;
}, 600_000);

// A script longer than two raw-paste windows: the host sends two windows at once, then
// one more each time the REPL grants one (\x01), as mpremote does.
const PASTED = "s = 0\n" + "# padding to pass the flow-control window\n".repeat(8) + "for k in range(10):\n    s += k\nprint(s)\n";
const WINDOW = 128;

function rawPasteSteps(script: string): Step[] {
  const steps: Step[] = [{ send: "\x05A\x01" }, { wait: "R\x01\x80\x00\x01" }];
  for (let at = 0, n = 0; at < script.length; at += WINDOW, n++) {
    if (n >= 2) steps.push({ wait: "\x01" });
    steps.push({ send: script.slice(at, at + WINDOW) });
  }
  steps.push({ send: "\x04" }, { wait: "\x04>" });
  return steps;
}

const SESSION: Step[] = [
  { wait: ">>> " },
  { send: "for i in range(3):\r" },
  { wait: "...     " },
  { send: "x = i\r" },
  { wait: "...     " },
  { send: "\x7f\r" },
  { wait: ">>> " },
  { send: "while True: pass\r" },
  { wait: "... " },
  { send: "\r" },
  { sleep: 0.5 },
  { send: "\x03" },
  { wait: ">>> " },
  { send: "\x05" },
  { wait: "=== " },
  { send: "a = 6\rprint(a * 7)\r\x04" },
  { wait: ">>> " },
  { send: "\x01" },
  { wait: "\r\n>" },
  { send: "print(x, a)\x04" },
  { wait: "\x04>" },
  { send: "1/0\x04" },
  { wait: "\x04>" },
  ...rawPasteSteps(PASTED),
  { send: "\x02" },
  { wait: ">>> " },
  { send: "\x04" },
];

const TRACEBACK_HEAD = 'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n';

const EXPECTED =
  BANNER +
  ">>> for i in range(3):\r\r\n" +
  "...     x = i\r\r\n" +
  "...     \b\b\b\b\x1b[K\r\r\n" +
  ">>> while True: pass\r\r\n" +
  "... \r\r\n" +
  TRACEBACK_HEAD +
  "KeyboardInterrupt\r\n" +
  ">>> \r\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\r\n=== a = 6\r\r\n=== print(a * 7)\r\r\n=== \r\r\n" +
  "42\r\n" +
  ">>> \r\r\nraw REPL; CTRL-B to exit\r\r\n>" +
  "OK2 6\r\n\x04\x04>" +
  "OK\x04" +
  TRACEBACK_HEAD +
  "ZeroDivisionError: division by zero\r\n\x04>" +
  "R\x01\x80\x00\x01" +
  "\x01".repeat(Math.floor(PASTED.length / WINDOW)) +
  "\x04" +
  "45\r\n\x04\x04>" +
  "\r\r\n" +
  BANNER +
  ">>> \r\r\n";

describe("the REPL on a terminal", () => {
  it("natively: friendly (with Ctrl-C), paste, raw and raw-paste, then Ctrl-D exits with status 0", async () => {
    const r = await onPty([nativeExe], SESSION);
    expect(r.timed_out).toBe(false);
    expect(r.output).toBe(EXPECTED);
    expect(r.status).toBe(0);
  }, 60_000);

  it("in Node: the same bytes", async () => {
    const r = await onPty(nodeCommand(MAIN), SESSION, 40);
    expect(r.timed_out).toBe(false);
    expect(r.output).toBe(EXPECTED);
    expect(r.status).toBe(0);
  }, 90_000);
});

describe("tab completion in the real REPL (stdin a pipe)", () => {
  // The builtins and __main__'s globals are the real ones; a dotted chain completes attributes.
  const INPUT = "s = 'ab'\rs.up\t\x03s.st\t\x03zz.a\t\x03le\t\x03\x04";
  const PIPE_BANNER = 'Pyxis 0.1.0 on 2026-11-21; host with posix\r\nType "help()" for more information.\r\n';
  const EXPECTED_PIPE =
    PIPE_BANNER +
    ">>> s = 'ab'\r\n" +
    ">>> s.upper\r\n" + // one match: inserted
    ">>> s.st\n" + // several: listed, then the line again
    "strip           startswith\n" +
    ">>> s.st\r\n" +
    ">>> zz.a\r\n" + // an undefined name completes nothing
    ">>> len\r\n" +
    ">>> \r\n";

  it("natively and in Node", async () => {
    for (const cmd of [[nativeExe], nodeCommand(MAIN)]) {
      const r = await runCommand(cmd, { input: INPUT });
      expect(r.stdout).toBe(EXPECTED_PIPE);
      expect(r.status).toBe(0);
    }
  }, 120_000);
});

describe("expression statements at the prompt (stdin a pipe)", () => {
  const PIPE_BANNER = 'Pyxis 0.1.0 on 2026-11-21; host with posix\r\nType "help()" for more information.\r\n';

  async function typed(cmd: readonly string[], input: string): Promise<string> {
    const r = await runCommand(cmd, { input });
    expect(r.status).toBe(0);
    return r.stdout;
  }

  it("print the repr of a value that is not None and keep it as _, natively and in Node", async () => {
    const input = "1+1\rNone\r_ * 3\r[1, \"a\"]\r";
    const expected =
      PIPE_BANNER +
      ">>> 1+1\r\n2\n" +
      ">>> None\r\n" +
      ">>> _ * 3\r\n6\n" +
      '>>> [1, "a"]\r\n[1, \'a\']\n' +
      ">>> \r\n";
    for (const cmd of [[nativeExe], nodeCommand(MAIN)]) expect(await typed(cmd, input)).toBe(expected);
  }, 120_000);

  it("-i continues in the script's globals", async () => {
    const script = path.join(mkdtempSync(path.join(tmpdir(), "pyxis-inspect-")), "inspect_me.py");
    writeFileSync(script, "x = 41\ndef f():\n    return x + 1\n");
    const input = "f()\rx\r";
    const expected = PIPE_BANNER + ">>> f()\r\n42\n>>> x\r\n41\n>>> \r\n";
    for (const cmd of [[nativeExe, "-i", script], nodeCommand(MAIN, ["-i", script])]) {
      expect(await typed(cmd, input)).toBe(expected);
    }
    const cmdline = PIPE_BANNER + ">>> y\r\n5\n>>> \r\n";
    for (const cmd of [[nativeExe, "-i", "-c", "y = 5"], nodeCommand(MAIN, ["-i", "-c", "y = 5"])]) {
      expect(await typed(cmd, "y\r")).toBe(cmdline);
    }
  }, 120_000);
});
