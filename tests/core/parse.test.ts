// The parser (core/parse.ts, core/parse_expr.ts, core/ast.ts), through
// tests/core/programs/ast_dump.ts, on every .py under tests/core/parse/ and on the lexer's
// inputs that CPython parses:
//   (a) Node and native output are byte-identical;
//   (b) the output is CPython's ast.dump(ast.parse(src)) (parse/ast_oracle.py), or for a
//       malformed source the SyntaxError/IndentationError class, message and line:col that
//       ast.parse raises; where Pyxis deliberately differs, a checked .exp file says what
//       it prints instead, with the reason below;
//   (c) the tree survives a collection at every allocation, and a small heap gives a clean
//       MemoryError.

import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, type SubsetProgram, type DifferentialResult } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { runCommand } from "../harness/run.js";

const DIR = path.join(import.meta.dirname, "parse");
const LEXER_DIR = path.join(import.meta.dirname, "lexer");
const ORACLE = path.join(DIR, "ast_oracle.py");

/** Why a file is compared with its .exp, and what CPython says instead (checked too). */
const EXPECTED: Record<string, { why: string; cpython: string }> = {
  err_decorator_eof: {
    why: "a decorator at the end of input: CPython reports column 0 (past its own rule); Pyxis reports the NEWLINE, as for other errors at the end of input",
    cpython: "SyntaxError: invalid syntax (1:0)",
  },
  err_dedent_mismatch: {
    why: "the lexer's position for a dedent mismatch (one past the line's first character, core/LEXER.md); CPython's parser reports the end of the line in this case",
    cpython: "IndentationError: unindent does not match any outer indentation level (3:8)",
  },
  err_lexer_string: {
    why: "the lexer's message for an unterminated string omits CPython's \"(detected at line N)\"",
    cpython: "SyntaxError: unterminated string literal (detected at line 1) (1:5)",
  },
  err_print_legacy: {
    why: "simplification: no \"Missing parentheses in call to 'print'\" hint; plain invalid syntax at the string",
    cpython: "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:1)",
  },
  err_too_deep: {
    why: "nesting past PARSE_MAX_DEPTH raises MemoryError (CPython 3.11's parser does too for deeper input; here its AST builder hits RecursionError first)",
    cpython: "RecursionError",
  },
};

/** Lexer inputs that are not compared, and why. */
const LEXER_SKIP: Record<string, string> = {
  cpython_tokens: "the lexer test's oracle script, not an input",
  string_prefixes: "Constant.kind='u' for a u'' literal: the lexer does not report prefixes (core/PARSER.md)",
};

const own = fs.readdirSync(DIR).filter((f) => f.endsWith(".py") && f !== "ast_oracle.py").map((f) => path.join(DIR, f.slice(0, -3))).sort();
const lexerInputs = fs.readdirSync(LEXER_DIR)
  .filter((f) => f.endsWith(".py") && !f.startsWith("err_") && !f.startsWith("fstring_"))
  .map((f) => f.slice(0, -3))
  .filter((n) => LEXER_SKIP[n] === undefined && !fs.existsSync(path.join(LEXER_DIR, `${n}.exp`)))
  .map((n) => path.join(LEXER_DIR, n));

function label(base: string): string {
  return path.relative(import.meta.dirname, base);
}

function record(base: string): string {
  const text = fs.readFileSync(`${base}.py`, "latin1");
  return `${text.length}\n${text}`;
}

/** ast_dump's batch output, one dump per input, without the final newline. */
function split(stdout: string): string[] {
  return stdout.split(/^=== \d+\n/m).slice(1).map((s) => s.replace(/\n$/, ""));
}

/** CPython's verdicts, as the harness reads program output (bytes as latin1). */
async function oracle(bases: string[]): Promise<Map<string, string>> {
  const r = await runCommand(["python3", ORACLE, ...bases.map((b) => `${b}.py`)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`ast_oracle.py: ${r.stderr}`);
  const json = JSON.parse(r.stdout) as Record<string, string>;
  return new Map(bases.map((b) => [b, Buffer.from(json[`${b}.py`]!, "utf8").toString("latin1")]));
}

describe("parser", () => {
  let program: SubsetProgram;
  let batch: DifferentialResult;
  const inputs = [...own];
  const node = new Map<string, string>();
  const native = new Map<string, string>();
  let cpython: Map<string, string>;

  beforeAll(async () => {
    program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "ast_dump.ts"), REPO_ROOT);
    // Lexer inputs are kept when CPython parses them (the others are the lexer's own error tests).
    const lexerVerdicts = await oracle(lexerInputs);
    for (const b of lexerInputs) if (!/^[A-Za-z]+Error/.test(lexerVerdicts.get(b)!)) inputs.push(b);
    batch = await program.run(["batch"], { input: inputs.map(record).join(""), timeoutMs: 300_000 });
    const [fromNode, fromNative] = [split(batch.node.stdout), split(batch.native.stdout)];
    inputs.forEach((b, i) => {
      node.set(b, fromNode[i] ?? "");
      native.set(b, fromNative[i] ?? "");
    });
    cpython = await oracle(inputs);
  }, 600_000);

  it("has at least 80 valid and 30 malformed inputs of its own", async () => {
    const errors = own.filter((b) => path.basename(b).startsWith("err_"));
    expect(own.length - errors.length).toBeGreaterThanOrEqual(80);
    expect(errors.length).toBeGreaterThanOrEqual(30);
    const exps = fs.readdirSync(DIR).filter((f) => f.endsWith(".exp")).map((f) => f.slice(0, -4));
    expect(exps.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("runs every input in Node and natively", async () => {
    expect(batch.node.stderr).toBe("");
    expect(batch.native.stderr).toBe("");
    expect(batch.native.status).toBe(0);
    expect(split(batch.native.stdout).length).toBe(inputs.length);
  });

  for (const base of [...own, ...lexerInputs]) {
    const name = path.basename(base);
    it(`${label(base)}: Node and native agree`, async () => {
      if (!native.has(base)) return; // a lexer input CPython rejects: not run
      expect(firstDifference(node.get(base)!, native.get(base)!)).toBeUndefined();
    });
    const exp = base.startsWith(DIR) ? EXPECTED[name] : undefined;
    if (exp !== undefined) {
      it(`${label(base)}: matches ${name}.exp (${exp.why})`, async () => {
        const expected = fs.readFileSync(`${base}.exp`, "latin1").replace(/\n$/, "");
        expect(native.get(base)).toBe(expected);
        expect(cpython.get(base)).toBe(exp.cpython);
      });
    } else {
      it(`${label(base)}: CPython's ast.dump or error`, async () => {
        if (!native.has(base)) return;
        expect(firstDifference(cpython.get(base)!, native.get(base)!)).toBeUndefined();
      });
    }
  }

  it("keeps the tree rooted: the same output when every allocation collects", async () => {
    const valid = own.filter((b) => !path.basename(b).startsWith("err_"));
    const input = valid.map(record).join("");
    const plain = await program.run(["batch", "heap=262144"], { input, timeoutMs: 300_000 });
    const stressed = await program.run(["batch", "stress", "heap=262144"], { input, timeoutMs: 600_000 });
    expect(stressed.native.status).toBe(0);
    expect(split(plain.native.stdout).length).toBe(valid.length);
    expect(firstDifference(plain.native.stdout, stressed.native.stdout)).toBeUndefined();
    expect(firstDifference(stressed.node.stdout, stressed.native.stdout)).toBeUndefined();
  }, 900_000);

  it("runs out of memory cleanly: MemoryError, in Node and natively", async () => {
    const text = generated(40);
    const small = await program.run(["heap=65536"], { input: text });
    expect(firstDifference(small.node.stdout, small.native.stdout)).toBeUndefined();
    expect(small.native.stdout).toBe("MemoryError\n");
    expect(small.native.status).toBe(1);
    expect(small.node.status).toBe(1);
    const fits = await program.run(["heap=4194304"], { input: text });
    expect(fits.native.status).toBe(0);
    expect(fits.native.stdout.startsWith("Module(body=[FunctionDef(")).toBe(true);
  }, 120_000);

  it("parses a large generated program as CPython does, in Node and natively", async () => {
    const text = generated(300);
    const file = write("generated.py", text);
    const { node: n, native: c } = await program.run(["heap=16777216"], { input: text });
    expect(firstDifference(n.stdout, c.stdout)).toBeUndefined();
    expect(c.status).toBe(0);
    expect(firstDifference((await oracle([file.slice(0, -3)])).get(file.slice(0, -3))!, c.stdout.replace(/\n$/, ""))).toBeUndefined();
  }, 120_000);
});

/** Ordinary Python, n functions and classes of it. */
function generated(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(
      `def function_${i}(alpha, beta=${i}, *args, gamma=None, **kwargs) -> int:\n` +
      `    """Docstring ${i}."""\n` +
      `    total = alpha * 0x${i.toString(16)} + beta / 3.5e-2 - len(args)  # comment ${i}\n` +
      `    for index, value in enumerate([1, 2, 3, "four", b'five']):\n` +
      `        if value is not None and index % 2 == 0:\n` +
      `            total += index << 2\n` +
      `        elif isinstance(value, str):\n` +
      `            total -= 1_000\n` +
      `        else:\n` +
      `            continue\n` +
      `    squares = [x * x for x in range(${i}) if x % 3 != 1]\n` +
      `    try:\n` +
      `        result = {k: v for k, v in kwargs.items()}\n` +
      `    except (KeyError, ValueError) as error:\n` +
      `        raise RuntimeError("bad") from error\n` +
      `    return {'total': total, "name": 'function_${i}', 'args': (args, kwargs), 'sq': squares[-1:]}\n\n` +
      `class Thing${i}(Base, metaclass=Meta):\n` +
      `    value: int = ${i}\n` +
      `    def method(self, other, /, *, flag=True):\n` +
      `        with open(self.path) as fh, lock:\n` +
      `            data = fh.read() if flag else None\n` +
      `        return lambda x, y=1: (x + y) ** 2 if data else not other\n\n`,
    );
  }
  return parts.join("");
}

function write(name: string, text: string): string {
  const dir = path.join(REPO_ROOT, "build", "test-programs", "ast_dump");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}
