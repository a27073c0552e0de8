// The REPL's bytes on the wire, from keystrokes to output, in Node and natively. The
// expected bytes are derived by hand from MicroPython's shared/runtime/pyexec.c and
// shared/readline/readline.c; the executor is a probe (tests/core/programs/repl_drive.ts)
// that prints "[exec <single|file>[ eof] <len>]<source>\n" (and \x04\x04 for the raw REPL).
import * as path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildSubsetProgram, firstDifference, type SubsetProgram } from "../harness/differential.js";

const BANNER = 'Pyxis 0.1.0 on 2026-11-21; test with drive\r\nType "help()" for more information.\r\n';
const PASTE = "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";
const RAW = "raw REPL; CTRL-B to exit\r\n";
const END = ">>> \r\n[session 256]\n"; // Ctrl-D at the empty prompt

let program: SubsetProgram;

beforeAll(async () => {
  program = await buildSubsetProgram(path.join(REPO_ROOT, "tests", "core", "programs", "repl_drive.ts"));
}, 600_000);

// Each test blocks on two child processes: let the worker answer the runner in between.
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));

/** What the REPL writes for these keystrokes, the same in Node and natively. */
async function session(input: string): Promise<string> {
  const r = await program.run([], { input });
  expect(r.node.status).toBe(0);
  expect(r.node.stderr).toBe("");
  expect(firstDifference(r.node.stdout, r.native.stdout)).toBeUndefined();
  expect(r.native.status).toBe(0);
  return r.node.stdout;
}

describe("friendly REPL", () => {
  it("prints the banner, echoes the line and runs it as a single input", async () => {
    expect(await session("1+2\r\x04")).toBe(BANNER + ">>> 1+2\r\n[exec single 3]1+2\n" + END);
  });

  it("skips empty lines and ends on Ctrl-D, or at the end of input", async () => {
    expect(await session("\r\x04")).toBe(BANNER + ">>> \r\n" + END);
    expect(await session("")).toBe(BANNER + END);
  });

  it("Ctrl-C drops the line; Ctrl-B prints the banner again", async () => {
    expect(await session("abc\x03\x02\x04")).toBe(BANNER + ">>> abc\r\n>>> \r\n" + BANNER + END);
  });

  it("continues a compound statement with auto-indent; backspace removes an indent level", async () => {
    const out = await session("for i in range(3):\rprint(i)\r\x7f\r\x04");
    expect(out).toBe(
      BANNER +
        ">>> for i in range(3):\r\n" +
        "...     print(i)\r\n" +
        "...     \b\b\b\b\x1b[K\r\n" +
        "[exec single 32]for i in range(3):\n    print(i)\n\n" +
        END,
    );
  });

  it("an auto-indented empty line indents once more; after two, Ctrl-D runs the statement", async () => {
    const out = await session("if 1:\rpass\r\r\r\x04\x04");
    expect(out).toBe(
      BANNER +
        ">>> if 1:\r\n...     pass\r\n...     \r\n...     \r\n... " +
        "[exec single 25]if 1:\n    pass\n    \n    \n\n" +
        END,
    );
  });

  it("a space right after the auto-indent takes it back to one space", async () => {
    expect(await session("if 1:\r x\r\x04\x04")).toBe(
      BANNER + ">>> if 1:\r\n...     \b\b\bx\r\n... [exec single 9]if 1:\n x\n\n" + END,
    );
  });

  it("Ctrl-C in a continuation line cancels the whole statement", async () => {
    expect(await session("while 1:\r\x03\x04")).toBe(BANNER + ">>> while 1:\r\n...     \r\n>>> \r\n[session 256]\n");
  });

  it("continues unclosed brackets and triple quotes", async () => {
    expect(await session("x = (1,\r2)\r\x04")).toBe(BANNER + ">>> x = (1,\r\n... 2)\r\n[exec single 10]x = (1,\n2)\n" + END);
    expect(await session("'''a\rb'''\r\x04")).toBe(BANNER + ">>> '''a\r\n... b'''\r\n[exec single 9]'''a\nb'''\n" + END);
  });

  it("edits with the cursor keys, Ctrl-A/E/K/U, and recalls history", async () => {
    // left twice, insert X: the rest of the line is redrawn and the cursor moved back
    expect(await session("ab\x1b[D\x1b[DX\r\x1b[A\r\x04")).toBe(
      BANNER + ">>> ab\b\bXab\b\b\r\n[exec single 3]Xab\n>>> Xab\r\n[exec single 3]Xab\n" + END,
    );
    // Ctrl-A (home) then Ctrl-K (kill to the end): erase and nothing left to run
    expect(await session("abc\x01\x0b\r\x04")).toBe(BANNER + ">>> abc\b\b\b\x1b[K\r\n" + END);
    // Ctrl-U kills back to the start of the line; Ctrl-E moves to its end
    expect(await session("abcdef\x1b[D\x1b[D\x15\x05\r\x04")).toBe(
      BANNER + ">>> abcdef\b\b\b\b\b\b\x1b[Kef\b\bef\r\n[exec single 2]ef\n" + END,
    );
  });

  it("Ctrl-W and ESC DEL delete the previous word", async () => {
    expect(await session("ab cd\x17\r\x04")).toBe(BANNER + ">>> ab cd\b\b\x1b[K\r\n[exec single 3]ab \n" + END);
  });

  it("history keeps 8 distinct lines, newest first", async () => {
    let keys = "";
    for (let i = 0; i < 10; i++) keys += `${i}\r`;
    keys += "\x1b[A".repeat(9) + "\r\x04";
    const out = await session(keys);
    // the 9th up arrow finds no more history: the 8th newest line ("2") is run
    expect(out.endsWith("[exec single 1]2\n" + END)).toBe(true);
  });
});

describe("paste mode", () => {
  it("echoes lines with === and runs the whole text as a file", async () => {
    expect(await session("\x05a = 1\rb = 2\r\x04\x04")).toBe(
      BANNER + ">>> " + PASTE + "a = 1\r\n=== b = 2\r\n=== \r\n[exec file 12]a = 1\rb = 2\r\n" + END,
    );
  });

  it("Ctrl-C cancels it", async () => {
    expect(await session("\x05abc\x03\x04")).toBe(BANNER + ">>> " + PASTE + "abc\r\n" + END);
  });
});

describe("raw REPL", () => {
  it("runs each input on Ctrl-D with OK and the two \\x04 markers; Ctrl-C clears; Ctrl-B returns", async () => {
    expect(await session("\x01print(1)\x04x\x03y\x04\x02\x04")).toBe(
      BANNER +
        ">>> \r\n" +
        RAW +
        ">OK[exec file eof 8]print(1)\n\x04\x04>" +
        "OK[exec file eof 1]y\n\x04\x04>" +
        "\r\n" +
        BANNER +
        END,
    );
  });

  it("Ctrl-D at an empty raw prompt ends the session (soft reset) with OK\\r\\n", async () => {
    expect(await session("\x01\x04")).toBe(BANNER + ">>> \r\n" + RAW + ">OK\r\n[session 256]\n");
  });

  it("Ctrl-A in the raw REPL resets it", async () => {
    expect(await session("\x01ab\x01\x04")).toBe(BANNER + ">>> \r\n" + RAW + ">" + RAW + ">OK\r\n[session 256]\n");
  });

  it("a SystemExit status ends the session with it", async () => {
    expect(await session("\x01exit\x04")).toBe(BANNER + ">>> \r\n" + RAW + ">OK[exec file eof 4]exit\n\x04\x04[session 263]\n");
  });
});

describe("raw-paste mode", () => {
  it("answers R\\x00 to an unknown command", async () => {
    expect(await session("\x01\x05B\x01\x04")).toBe(BANNER + ">>> \r\n" + RAW + ">R\x00>OK\r\n[session 256]\n");
  });

  it("grants a 128-byte window, one more per 128 bytes read, and ends with \\x04", async () => {
    const script = "x".repeat(300);
    const out = await session("\x01\x05A\x01" + script + "\x04\x04");
    expect(out).toBe(
      BANNER +
        ">>> \r\n" +
        RAW +
        ">R\x01\x80\x00\x01" +
        "\x01\x01" + // after bytes 128 and 256
        "\x04" +
        "[exec file eof 300]" +
        script +
        "\n\x04\x04>OK\r\n[session 256]\n",
    );
  });

  it("Ctrl-C while reading reports KeyboardInterrupt between the markers", async () => {
    expect(await session("\x01\x05A\x01abc\x03\x04")).toBe(
      BANNER + ">>> \r\n" + RAW + ">R\x01\x80\x00\x01\x04\x04KeyboardInterrupt\n\x04>OK\r\n[session 256]\n",
    );
  });
});

describe("tab completion", () => {
  it("inserts a unique match", async () => {
    expect(await session("ban\t\r\x04")).toBe(BANNER + ">>> banana\r\n[exec single 6]banana\n" + END);
  });

  it("inserts the common prefix of several matches", async () => {
    // ("ch" would also match the builtin chr)
    expect(await session("cher\t\x03\x04")).toBe(BANNER + ">>> cherry_\r\n>>> \r\n[session 256]\n");
  });

  it("lists several matches in 16-column slots, then shows the line again", async () => {
    expect(await session("ap\t\x03\x04")).toBe(
      BANNER + ">>> ap\napple" + " ".repeat(11) + "apricot\n>>> ap\r\n>>> \r\n[session 256]\n",
    );
    expect(await session("cherry_\t\x03\x04")).toBe(
      BANNER +
        ">>> cherry_\ncherry_a" +
        " ".repeat(8) +
        "cherry_b" +
        " ".repeat(8) +
        "cherry_c" +
        " ".repeat(8) +
        "cherry_d\ncherry_long_name\n>>> cherry_\r\n>>> \r\n[session 256]\n",
    );
  });

  it("completes import at the start of a line, and indents after whitespace", async () => {
    expect(await session("imp\t\x03\x04")).toBe(BANNER + ">>> import \r\n>>> \r\n[session 256]\n");
    expect(await session("x \t\x03\x04")).toBe(BANNER + ">>> x     \r\n>>> \r\n[session 256]\n");
  });

  it("completes nothing for an unknown name", async () => {
    expect(await session("zz\t\x03\x04")).toBe(BANNER + ">>> zz\r\n>>> \r\n[session 256]\n");
  });
});

describe("continuation rule (mp_repl_continue_with_input)", () => {
  // [first line, whether `... ` follows]
  const CASES: [string, boolean][] = [
    ["def f():", true],
    ["class A: pass", true],
    ["@decorator", true],
    ["async def g():", true],
    ["while x: x -= 1", true],
    ["iffy = 1", false],
    ["format(1)", false],
    ["x = [1,", true],
    ["x = {'a': (1,", true],
    ["x = '('", false],
    ['x = "[" + (', true],
    ["x = 1 + \\", true],
    ['s = """doc', true],
    ["s = '''a''' + '''b", true],
    ["s = 'it\\'s ('", false],
    ["x = ')'", false],
    ["x = (1))", false],
    ["# comment (", true],
  ];
  it("matches MicroPython's rule on every case (one session)", async () => {
    // Each case is typed, then Ctrl-C cancels a continuation (or clears the next prompt).
    const out = await session(CASES.map(([text]) => text + "\r\x03").join("") + "\x04");
    let at = BANNER.length;
    for (const [text, continues] of CASES) {
      const echo = ">>> " + text + "\r\n";
      at = out.indexOf(echo, at);
      expect(at, text).toBeGreaterThanOrEqual(0);
      at += echo.length;
      const next = out.slice(at, at + 12);
      expect(next.startsWith(continues ? "... " : "[exec single"), `${text}: ${JSON.stringify(next)}`).toBe(true);
    }
  });
});
