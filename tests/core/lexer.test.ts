// The lexer (core/lexer.ts), through tests/core/programs/lexer_dump.ts, on every .py under
// tests/core/lexer/:
//   (a) Node and native output are byte-identical;
//   (b) the tokens are CPython's (tokenize, mapped by lexer/cpython_tokens.py), or, where
//       Pyxis follows MicroPython instead of CPython, those of a checked .exp file;
//   (c) a malformed file ends in the error token CPython reports, at CPython's position.

import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, type SubsetProgram, type DifferentialResult } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { runCommand } from "../harness/run.js";

const DIR = path.join(import.meta.dirname, "lexer");
const CPYTHON = path.join(DIR, "cpython_tokens.py");

/** Why a file is compared with its .exp instead of with CPython. */
const EXPECTED: Record<string, string> = {
  fstring_basic: "MicroPython rewrites f-strings in the lexer: f\"a{x!r}\" is \"a{!r}\".format((x),); checked with cpython_tokens.py --same",
  fstring_concat: "f-string rewriting, with the braces of adjacent plain literals doubled (MicroPython leaves them, a bug its docs list)",
  fstring_nested_quotes: "f-string rewriting: strings, brackets and != inside fields (CPython 3.11's rules)",
  fstring_raw: "f-string rewriting of raw f-strings (MicroPython rejects them; CPython accepts)",
  fstring_multiline: "f-string rewriting: a field's expression spanning lines keeps its source positions",
  fstring_escapes: "f-string rewriting: escapes that decode to braces stay literal",
  fstring_only_braces: "an f-string without fields is a plain string (no .format call)",
  tabs_mixed: "MicroPython: a tab is worth up to 8 columns, so tabs and spaces mix (CPython: TabError)",
  utf8_names_other: "MicroPython: any non-ASCII byte may be part of a name (CPython: invalid character)",
  unicode_name_escape: "MicroPython: \\N{...} is not supported (NotImplementedError); CPython looks the name up",
  lone_cr: "a lone CR ends a line, as in MicroPython and CPython's compile(); tokenize.py does not split on it",
};

/** Compared with CPython's tokens although compile() rejects them: the parser does, not the tokenizer. */
const PARSER_ERRORS: Record<string, string> = {
  indent_first_line: "IndentationError: unexpected indent is raised by the parser, at the INDENT token",
};

type ErrorKind = "ErrorInvalid" | "ErrorDedentMismatch" | "ErrorUnterminated" | "ErrorFstring" | "ErrorIndentDepth";

interface ErrorCase {
  kind: ErrorKind;
  line: number;
  col: number;
  /** CPython gives no position (it rejects the source before tokenizing). */
  noCpythonPosition?: true;
}

/** Malformed files: the error token. Line and column are compile()'s lineno and offset (checked below). */
const ERRORS: Record<string, ErrorCase> = {
  err_bang: { kind: "ErrorInvalid", line: 1, col: 7 },
  err_bin_digit: { kind: "ErrorInvalid", line: 1, col: 8 },
  err_bytes_escape: { kind: "ErrorInvalid", line: 1, col: 11 },
  err_bytes_nonascii: { kind: "ErrorInvalid", line: 1, col: 5 },
  err_bytes_nonascii_concat: { kind: "ErrorInvalid", line: 2, col: 2 },
  err_continuation_char: { kind: "ErrorInvalid", line: 1, col: 8 },
  err_continuation_eof: { kind: "ErrorInvalid", line: 1, col: 10 },
  err_dedent_mismatch: { kind: "ErrorDedentMismatch", line: 3, col: 4 },
  err_dedent_mismatch_nested: { kind: "ErrorDedentMismatch", line: 4, col: 6 },
  err_double_underscore: { kind: "ErrorInvalid", line: 1, col: 6 },
  err_escape_range: { kind: "ErrorInvalid", line: 1, col: 17 },
  err_escape_u_concat: { kind: "ErrorInvalid", line: 2, col: 10 },
  err_escape_x: { kind: "ErrorInvalid", line: 1, col: 10 },
  err_exponent: { kind: "ErrorInvalid", line: 1, col: 7 },
  err_exponent_sign: { kind: "ErrorInvalid", line: 1, col: 9 },
  err_fraction_underscore: { kind: "ErrorInvalid", line: 1, col: 6 },
  err_fstring_backslash: { kind: "ErrorFstring", line: 1, col: 13 },
  err_fstring_concat: { kind: "ErrorFstring", line: 1, col: 16 },
  err_fstring_conversion: { kind: "ErrorFstring", line: 1, col: 13 },
  err_fstring_empty: { kind: "ErrorFstring", line: 1, col: 11 },
  err_fstring_expecting: { kind: "ErrorFstring", line: 1, col: 10 },
  err_fstring_hash: { kind: "ErrorFstring", line: 1, col: 12 },
  err_fstring_inner_string: { kind: "ErrorFstring", line: 1, col: 12 },
  err_fstring_mismatch: { kind: "ErrorFstring", line: 1, col: 12 },
  err_fstring_multiline: { kind: "ErrorFstring", line: 2, col: 7 },
  err_fstring_nested_deep: { kind: "ErrorFstring", line: 1, col: 19 },
  err_fstring_single_brace: { kind: "ErrorFstring", line: 1, col: 9 },
  err_fstring_unclosed: { kind: "ErrorFstring", line: 1, col: 11 },
  err_fstring_unmatched: { kind: "ErrorFstring", line: 1, col: 12 },
  err_hex_empty: { kind: "ErrorInvalid", line: 1, col: 6 },
  err_hex_letter: { kind: "ErrorInvalid", line: 1, col: 7 },
  err_imaginary: { kind: "ErrorInvalid", line: 1, col: 8 },
  err_invalid_char: { kind: "ErrorInvalid", line: 2, col: 5 },
  err_leading_zero: { kind: "ErrorInvalid", line: 1, col: 5 },
  err_leading_zero_underscore: { kind: "ErrorInvalid", line: 1, col: 5 },
  err_mismatch: { kind: "ErrorInvalid", line: 1, col: 6 },
  err_mix_bytes: { kind: "ErrorInvalid", line: 1, col: 13 },
  err_never_closed: { kind: "ErrorInvalid", line: 2, col: 3 },
  err_null_byte: { kind: "ErrorInvalid", line: 2, col: 5, noCpythonPosition: true },
  err_number_letters: { kind: "ErrorInvalid", line: 1, col: 6 },
  err_oct_digit: { kind: "ErrorInvalid", line: 1, col: 7 },
  err_too_deep: { kind: "ErrorIndentDepth", line: 101, col: 1 },
  err_too_many_parens: { kind: "ErrorInvalid", line: 1, col: 205 },
  err_trailing_underscore: { kind: "ErrorInvalid", line: 1, col: 6 },
  err_unmatched_close: { kind: "ErrorInvalid", line: 1, col: 5 },
  err_unterminated: { kind: "ErrorUnterminated", line: 1, col: 5 },
  err_unterminated_concat: { kind: "ErrorUnterminated", line: 1, col: 9 },
  err_unterminated_prefix: { kind: "ErrorUnterminated", line: 2, col: 3 },
  err_unterminated_triple: { kind: "ErrorUnterminated", line: 1, col: 5 },
};

/** The exception class CPython raises for each error kind. */
const CPYTHON_CLASS: Record<ErrorKind, string> = {
  ErrorInvalid: "SyntaxError",
  ErrorUnterminated: "SyntaxError",
  ErrorFstring: "SyntaxError",
  ErrorDedentMismatch: "IndentationError",
  ErrorIndentDepth: "IndentationError",
};

const inputs = fs.readdirSync(DIR).filter((f) => f.endsWith(".py") && f !== "cpython_tokens.py").map((f) => f.slice(0, -3)).sort();

function file(name: string): string {
  return path.join(DIR, `${name}.py`);
}

async function python(args: string[], input = ""): Promise<string> {
  const r = await runCommand(["python3", CPYTHON, ...args], { input, encoding: "utf8", cwd: DIR });
  if (r.status !== 0) throw new Error(`cpython_tokens.py ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** lexer_dump's batch output, one dump per input. */
function split(stdout: string): string[] {
  return stdout.split(/^=== \d+\n/m).slice(1);
}

describe("lexer", () => {
  let program: SubsetProgram;
  let batch: DifferentialResult;
  const node = new Map<string, string>();
  const native = new Map<string, string>();
  let cpython: Record<string, { tokens: string | null; error: string }>;

  beforeAll(async () => {
    program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "lexer_dump.ts"), REPO_ROOT);
    // Every input in one run each way (bytes as latin1 text: the harness writes stdin as latin1).
    const input = inputs.map((name) => {
      const text = fs.readFileSync(file(name), "latin1");
      return `${text.length}\n${text}`;
    }).join("");
    batch = await program.run(["batch"], { input, timeoutMs: 300_000 });
    const [fromNode, fromNative] = [split(batch.node.stdout), split(batch.native.stdout)];
    inputs.forEach((name, i) => {
      node.set(name, fromNode[i] ?? "");
      native.set(name, fromNative[i] ?? "");
    });
    const report = JSON.parse(await python(["--json", ...inputs.map(file)])) as Record<string, { tokens: string | null; error: string }>;
    cpython = Object.fromEntries(inputs.map((name) => [name, report[file(name)]!]));
  }, 600_000);

  it("has at least 40 inputs, each compared one way", async () => {
    expect(inputs.length).toBeGreaterThanOrEqual(40);
    const exps = fs.readdirSync(DIR).filter((f) => f.endsWith(".exp")).map((f) => f.slice(0, -4));
    expect(exps.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const name of [...Object.keys(ERRORS), ...Object.keys(PARSER_ERRORS)]) expect(inputs).toContain(name);
    for (const name of Object.keys(ERRORS)) expect(EXPECTED[name]).toBeUndefined();
  });

  it("runs every input in Node and natively", async () => {
    expect(batch.node.stderr).toBe("");
    expect(batch.native.stderr).toBe("");
    expect(batch.node.status).toBe(0);
    expect(batch.native.status).toBe(0);
    expect(split(batch.native.stdout).length).toBe(inputs.length);
  });

  for (const name of inputs) {
    const error = ERRORS[name];
    const exp = EXPECTED[name];
    it(`${name}: Node and native agree`, async () => {
      expect(native.get(name)).toMatch(/(^|\n)(End \d+:\d+|ERROR .*)\n$/);
      expect(firstDifference(node.get(name)!, native.get(name)!)).toBeUndefined();
    });

    if (error !== undefined) {
      it(`${name}: ${error.kind} where CPython reports it`, async () => {
        const lines = native.get(name)!.trimEnd().split("\n");
        const last = lines[lines.length - 1]!;
        expect(last.startsWith(`ERROR ${error.line}:${error.col} ${error.kind} `), last).toBe(true);
        expect(lines.filter((l) => l.startsWith("ERROR")).length).toBe(1);
        const verdict = cpython[name]!.error;
        if (error.noCpythonPosition) expect(verdict.endsWith(" None None")).toBe(true);
        else expect(verdict).toBe(`${CPYTHON_CLASS[error.kind]} ${error.line} ${error.col}`);
      });
    } else if (exp !== undefined) {
      it(`${name}: matches ${name}.exp (${exp})`, async () => {
        const expected = fs.readFileSync(path.join(DIR, `${name}.exp`), "latin1");
        expect(firstDifference(expected, native.get(name)!)).toBeUndefined();
        if (name.startsWith("fstring_")) {
          // The rewritten program computes what CPython computes for the f-strings.
          expect((await python(["--same", file(name)], native.get(name)!)).trim()).toBe("OK");
        }
      });
    } else {
      it(`${name}: CPython's tokens`, async () => {
        const { tokens, error: verdict } = cpython[name]!;
        if (PARSER_ERRORS[name] === undefined) expect(verdict).toBe("OK");
        else expect(verdict).not.toBe("OK");
        expect(tokens).not.toBeNull();
        expect(firstDifference(tokens!, native.get(name)!)).toBeUndefined();
      });
    }
  }

  it("keeps its buffers rooted: the same tokens when every allocation collects", async () => {
    const input = inputs.map((name) => {
      const text = fs.readFileSync(file(name), "latin1");
      return `${text.length}\n${text}`;
    }).join("");
    const stressed = await program.run(["batch", "stress", "heap=32768"], { input, timeoutMs: 300_000 });
    expect(stressed.native.status).toBe(0);
    expect(firstDifference(batch.native.stdout, stressed.native.stdout)).toBeUndefined();
    expect(firstDifference(stressed.node.stdout, stressed.native.stdout)).toBeUndefined();
  }, 300_000);

  it("runs out of memory cleanly: ErrorMemory, in Node and natively", async () => {
    const big = `x = 1\ny = "${"a".repeat(300_000)}"\n`;
    const { node: n, native: c } = await program.run(["heap=65536"], { input: big });
    expect(firstDifference(n.stdout, c.stdout)).toBeUndefined();
    expect(c.stdout.trimEnd().split("\n").pop()).toBe("ERROR 2:5 ErrorMemory memory allocation failed");
    expect(c.status).toBe(1);
    expect(n.status).toBe(1);
    const fits = await program.run(["heap=1048576"], { input: big });
    expect(fits.native.stdout).toContain("String 2:5 ");
    expect(fits.native.status).toBe(0);
  }, 120_000);

  it("lexes a large generated program as CPython does, in Node and natively", async () => {
    const text = generated(500);
    const { node: n, native: c } = await program.run([], { input: text });
    expect(firstDifference(n.stdout, c.stdout)).toBeUndefined();
    expect(c.status).toBe(0);
    expect(firstDifference(await python([write("generated.py", text)]), c.stdout)).toBeUndefined();
  }, 120_000);
});

/** Ordinary Python, n functions of it. */
function generated(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(
      `def function_${i}(alpha, beta=${i}, *args, **kwargs):\n` +
      `    """Docstring ${i}."""\n` +
      `    total = alpha * 0x${i.toString(16)} + beta / 3.5e-2 - len(args)  # comment ${i}\n` +
      `    for index, value in enumerate([1, 2, 3, "four", b'five']):\n` +
      `        if value is not None and index % 2 == 0:\n` +
      `            total += index << 2\n` +
      `        elif isinstance(value, str):\n` +
      `            total -= 1_000\n` +
      `    return {'total': total, "name": 'function_${i}', 'args': (args, kwargs)}\n\n`,
    );
  }
  return parts.join("");
}

function write(name: string, text: string): string {
  const dir = path.join(REPO_ROOT, "build", "test-programs", "lexer_dump");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}
