// The bytecode compiler (core/compile.ts, core/compile_fold.ts) through
// tests/core/programs/compile_dump.ts, run in Node and natively (outputs must agree), and
// `pyxis mpy-cross` (scripts/commands/mpy_cross.ts).
//
// Expected bytecode is derived by hand from MicroPython's py/compile.c and py/emitbc.c
// (each case says which function of compile.c produces it); the encodings are those of
// core/bytecode.ts, checked by tests/core/mpy.test.ts.

import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, type SubsetProgram } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { parseMpyCrossArgs, defaultOutput } from "../../scripts/commands/mpy_cross.js";
import { runCommand } from "../harness/run.js";

const CORPUS = fs.readFileSync(path.join(import.meta.dirname, "compile", "corpus.py"), "utf8");

/** The corpus in n pieces of about equal size, cut between top-level statements. */
function corpusPieces(n: number): string[] {
  const lines = CORPUS.split("\n");
  const pieces: string[] = [];
  let start = 0;
  for (let k = 1; k <= n; k++) {
    let end = k === n ? lines.length : Math.floor((lines.length * k) / n);
    // Move to the start of the next top-level statement (not indented, not a decorator's target).
    while (end < lines.length && (/^\s/.test(lines[end]!) || lines[end] === "" || /^(else|elif|except|finally)\b/.test(lines[end]!) || /^@/.test(lines[end - 1] ?? ""))) end++;
    pieces.push(lines.slice(start, end).join("\n") + "\n");
    start = end;
  }
  return pieces.filter((p) => p.trim() !== "");
}

describe("the bytecode compiler", () => {
  let program: SubsetProgram;

  beforeAll(async () => {
    program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "compile_dump.ts"), REPO_ROOT);
  }, 300_000);

  /** Run the cases both ways; the outputs must be identical. Returns the output of each case. */
  async function run(cases: string[]): Promise<string[][]> {
    const { node, native } = await program.run([], { input: cases.join(""), timeoutMs: 300_000 });
    expect(node.stderr).toBe("");
    expect(native.status).toBe(0);
    expect(node.status).toBe(0);
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    return native.stdout.split(/^== .*\n/m).slice(1).map((s) => s.split("\n").filter((l) => l !== ""));
  }

  /** The opcode lines of every function in a `show` output, without hex dumps or line tables. */
  function ops(lines: string[]): string[] {
    return lines.filter((l) => /^\d+ [A-Z]/.test(l) || l.startsWith("File ") || l.startsWith("arg names:") ||
      l.startsWith("(N_") || l.startsWith("(INIT_CELL"));
  }

  function show(src: string, mode = "file"): string {
    return `@@ show ${mode}\n${src}\n`;
  }

  it("emits the bytes mpy-cross emits for a method call, prelude included", async () => {
    const [out] = await run([show("a.b(1)")]);
    // Prelude: n_state 3 (a, then LOAD_METHOD's two words, then 1): S = 2 → 0x10; size: n_info 1
    // (the name, qstr 1) → 0x02; 01 the name. compile_atom_expr_normal: a trailer period
    // followed by a paren is LOAD_METHOD + CALL_METHOD (14 03, 36 01); 81 is small int 1
    // (0x70 + 16 + 1); POP_TOP 59 (compile_expr_stmt); None, RETURN_VALUE (compile_scope).
    expect(out).toContain(" 10 02 01 11 02 14 03 81 36 01 59 51 63");
  });

  it("swaps with ROT_TWO and augments subscripts with DUP_TOP_TWO / ROT_THREE", async () => {
    const [swap, aug] = await run([show("x, y = y, x"), show("a[i] += 1")]);
    // MICROPY_COMP_DOUBLE_TUPLE_ASSIGN: rhs items, ROT_TWO, then the targets left to right.
    expect(swap).toContain(" 08 02 01 11 02 11 03 5a 16 03 16 02 51 63");
    // c_assign_atom_expr ASSIGN_AUG_LOAD: a, i, DUP_TOP_TWO (58), LOAD_SUBSCR (55); the value,
    // INPLACE_ADD (0xd7 + 14 = e5); ASSIGN_AUG_STORE: ROT_THREE (5b), STORE_SUBSCR (56).
    expect(aug).toContain(" 18 02 01 11 02 11 03 58 55 81 e5 5b 56 51 63");
  });

  it("follows compile.c's idioms for the common constructs", async () => {
    const cases: [string, string, string[]][] = [
      // compile_comparison: a chain keeps the middle operand (DUP_TOP ROT_THREE), fails to
      // l_fail where ROT_TWO POP_TOP drops it.
      ["1 < x < 3", "file", [
        "00 LOAD_CONST_SMALL_INT 1", "01 LOAD_NAME x", "03 DUP_TOP", "04 ROT_THREE", "05 BINARY_OP 0 __lt__",
        "06 JUMP_IF_FALSE_OR_POP 12", "08 LOAD_CONST_SMALL_INT 3", "09 BINARY_OP 0 __lt__", "10 JUMP 14",
        "12 ROT_TWO", "13 POP_TOP", "14 POP_TOP", "15 LOAD_CONST_NONE", "16 RETURN_VALUE"]],
      // compile_trailer_paren_helper: *a is a positional with its bit in the star map, **k a
      // LOAD_NULL key; the map (1) goes last; CALL_FUNCTION_VAR_KW n=1 nkw=1.
      ["f(*a, **k)", "file", [
        "00 LOAD_NAME f", "02 LOAD_NAME a", "04 LOAD_NULL", "05 LOAD_NAME k", "07 LOAD_CONST_SMALL_INT 1",
        "08 CALL_FUNCTION_VAR_KW n=1 nkw=1", "11 POP_TOP"]],
      // compile_assert_stmt: c_if_cond jumps over on true; LOAD_GLOBAL AssertionError, the
      // message, CALL_FUNCTION 1, RAISE_OBJ.
      ["assert x, 'm'", "file", [
        "00 LOAD_NAME x", "02 POP_JUMP_IF_TRUE 11", "04 LOAD_GLOBAL AssertionError", "06 LOAD_CONST_STRING 'm'",
        "08 CALL_FUNCTION n=1 nkw=0", "10 RAISE_OBJ", "11 LOAD_CONST_NONE"]],
      // compile_expr_stmt in the REPL: __repl_print__(expr).
      ["1 + x", "single", [
        "00 LOAD_NAME __repl_print__", "02 LOAD_CONST_SMALL_INT 1", "03 LOAD_NAME x", "05 BINARY_OP 27 __add__",
        "06 CALL_FUNCTION n=1 nkw=0", "08 POP_TOP", "09 LOAD_CONST_NONE", "10 RETURN_VALUE"]],
      // compile_scope for eval_input: the expression, RETURN_VALUE.
      ["x * 2", "eval", ["00 LOAD_NAME x", "02 LOAD_CONST_SMALL_INT 2", "03 BINARY_OP 29 __mul__", "04 RETURN_VALUE"]],
      // The lexer turns an f-string into str.format: a method call on the constant.
      ["f'{x}!'", "file", ["00 LOAD_CONST_STRING '{}!'", "02 LOAD_METHOD format", "04 LOAD_NAME x", "06 CALL_METHOD n=1 nkw=0"]],
      // Constant folding in the parser: 1 + 2 * 3 is 7; -5 is a small int; a tuple of
      // constants is one LOAD_CONST_OBJ.
      ["x = 1 + 2 * 3\ny = -5\nz = (1, 'a', (2,))", "file", [
        "00 LOAD_CONST_SMALL_INT 7", "01 STORE_NAME x", "03 LOAD_CONST_SMALL_INT -5", "04 STORE_NAME y",
        "06 LOAD_CONST_OBJ #0=(1, 'a', (2,))", "08 STORE_NAME z"]],
      // const(): the value replaces later loads; a private one leaves no code at all.
      ["_A = const(3)\nB = const(_A * 2)\nprint(B)", "file", [
        "00 LOAD_CONST_SMALL_INT 6", "01 STORE_NAME B", "03 LOAD_NAME print", "05 LOAD_CONST_SMALL_INT 6",
        "06 CALL_FUNCTION n=1 nkw=0"]],
      // compile_for_stmt_optimised_range: a counted loop without an iterator.
      ["for i in range(3):\n    f(i)", "file", [
        "00 LOAD_CONST_SMALL_INT 0", "01 JUMP 15", "03 DUP_TOP", "04 STORE_NAME i", "06 LOAD_NAME f",
        "08 LOAD_NAME i", "10 CALL_FUNCTION n=1 nkw=0", "12 POP_TOP", "13 LOAD_CONST_SMALL_INT 1",
        "14 BINARY_OP 14 __iadd__", "15 DUP_TOP", "16 LOAD_CONST_SMALL_INT 3", "17 BINARY_OP 0 __lt__",
        "18 POP_JUMP_IF_TRUE 3", "20 POP_TOP", "21 LOAD_CONST_NONE"]],
      // compile_for_stmt: GET_ITER_STACK, FOR_ITER to the end, JUMP back.
      ["for a in b:\n    pass", "file", [
        "00 LOAD_NAME b", "02 GET_ITER_STACK", "03 FOR_ITER 9", "05 STORE_NAME a", "07 JUMP 3", "09 LOAD_CONST_NONE"]],
      // compile_if_stmt: every elif body ends with a JUMP to the end, even the last one with
      // no else after it (a jump to the next instruction).
      ["if a:\n    x()\nelif b:\n    y()", "file", [
        "02 POP_JUMP_IF_FALSE 11", "09 JUMP 22", "11 LOAD_NAME b", "13 POP_JUMP_IF_FALSE 22", "19 POP_TOP",
        "20 JUMP 22", "22 LOAD_CONST_NONE"]],
      // compile_while_stmt: jump to the condition first; `while True` has none.
      ["while x:\n    f()", "file", [
        "00 JUMP 7", "02 LOAD_NAME f", "04 CALL_FUNCTION n=0 nkw=0", "06 POP_TOP", "07 LOAD_NAME x",
        "09 POP_JUMP_IF_TRUE 2", "11 LOAD_CONST_NONE"]],
      // compile_with_stmt_helper: SETUP_WITH, the target, the body, None, WITH_CLEANUP, END_FINALLY.
      ["with a as b:\n    pass", "file", [
        "00 LOAD_NAME a", "02 SETUP_WITH 7", "04 STORE_NAME b", "06 LOAD_CONST_NONE", "07 WITH_CLEANUP",
        "08 END_FINALLY", "09 LOAD_CONST_NONE"]],
      // compile_try_except with a named handler: the handler body runs in a try/finally that
      // sets the name to None and deletes it.
      ["try:\n    f()\nexcept E as e:\n    g(e)", "file", [
        "00 SETUP_EXCEPT 9", "02 LOAD_NAME f", "04 CALL_FUNCTION n=0 nkw=0", "06 POP_TOP", "07 POP_EXCEPT_JUMP 36",
        "09 DUP_TOP", "10 LOAD_NAME E", "12 BINARY_OP 8 <exception match>", "13 POP_JUMP_IF_FALSE 35",
        "15 STORE_NAME e", "17 SETUP_FINALLY 27", "19 LOAD_NAME g", "21 LOAD_NAME e", "23 CALL_FUNCTION n=1 nkw=0",
        "25 POP_TOP", "26 LOAD_CONST_NONE", "27 LOAD_CONST_NONE", "28 STORE_NAME e", "30 DELETE_NAME e",
        "32 END_FINALLY", "33 POP_EXCEPT_JUMP 36", "35 END_FINALLY", "36 LOAD_CONST_NONE"]],
      // compile_try_finally: the body with 3 extra stack words, None, the finally block, END_FINALLY.
      ["def f(a):\n    try:\n        return a\n    finally:\n        g()", "file", [
        "(N_EXC_STACK 1)", "00 SETUP_FINALLY 4", "02 LOAD_FAST 0", "03 RETURN_VALUE", "04 LOAD_GLOBAL g",
        "06 CALL_FUNCTION n=0 nkw=0", "08 POP_TOP", "09 END_FINALLY", "10 LOAD_CONST_NONE", "11 RETURN_VALUE"]],
      // A list comprehension: a child called with the iterable; inside, BUILD_LIST 0, the
      // iterator on the stack, STORE_COMP (5 << 2 | list).
      ["[x for x in y if x]", "file", [
        "00 MAKE_FUNCTION #0", "02 LOAD_NAME y", "04 CALL_FUNCTION n=1 nkw=0", "arg names: ", "00 BUILD_LIST 0",
        "02 LOAD_FAST 0", "03 GET_ITER_STACK", "04 FOR_ITER 15", "06 STORE_FAST 1", "07 LOAD_FAST 1",
        "08 POP_JUMP_IF_FALSE 4", "10 LOAD_FAST 1", "11 STORE_COMP 20", "13 JUMP 4", "15 RETURN_VALUE"]],
      // A generator expression gets an iterator (GET_ITER) and fakes GET_ITER_STACK's slots with LOAD_NULLs.
      ["g = (x for x in y)", "file", [
        "00 MAKE_FUNCTION #0", "02 LOAD_NAME y", "04 GET_ITER", "05 CALL_FUNCTION n=1 nkw=0", "00 LOAD_NULL",
        "01 LOAD_FAST 0", "02 LOAD_NULL", "03 LOAD_NULL", "04 FOR_ITER 12", "06 STORE_FAST 1", "07 LOAD_FAST 1",
        "08 YIELD_VALUE", "09 POP_TOP", "10 JUMP 4", "12 LOAD_CONST_NONE", "13 RETURN_VALUE"]],
      // Defaults: positional ones in a tuple, keyword-only ones in a dict (value, name, STORE_MAP).
      ["def f(a, b=2, *, c=3):\n    pass", "file", [
        "00 LOAD_CONST_SMALL_INT 2", "01 BUILD_TUPLE 1", "03 BUILD_MAP 0", "05 LOAD_CONST_SMALL_INT 3",
        "06 LOAD_CONST_STRING 'c'", "08 STORE_MAP", "09 MAKE_FUNCTION_DEFARGS #0", "11 STORE_NAME f",
        "arg names: a b c"]],
      // Closures: the cell is loaded with LOAD_FAST for MAKE_CLOSURE; the child reads it with
      // LOAD_DEREF; its free variable is an unnamed ("*") leading argument.
      ["def f():\n    v = 1\n    def g():\n        return v\n    return g", "file", [
        "(INIT_CELL 1)", "00 LOAD_CONST_SMALL_INT 1", "01 STORE_DEREF 1", "03 LOAD_FAST 1", "04 MAKE_CLOSURE #0 1",
        "07 STORE_FAST 0", "arg names: *", "00 LOAD_DEREF 0", "02 RETURN_VALUE"]],
      // compile_classdef_helper: LOAD_BUILD_CLASS, the body function, the name, the bases;
      // the body stores __module__ and __qualname__ and returns its __class__ cell.
      ["class A(B):\n    def m(self):\n        return super().m()", "file", [
        "00 LOAD_BUILD_CLASS", "01 MAKE_FUNCTION #0", "03 LOAD_CONST_STRING 'A'", "05 LOAD_NAME B",
        "07 CALL_FUNCTION n=3 nkw=0", "09 STORE_NAME A", "00 LOAD_NAME __name__", "02 STORE_NAME __module__",
        "04 LOAD_CONST_STRING 'A'", "06 STORE_NAME __qualname__", "08 LOAD_FAST 0", "09 MAKE_CLOSURE #0 1",
        "12 STORE_NAME m", "14 LOAD_FAST 0", "15 RETURN_VALUE", "arg names: * self", "00 LOAD_GLOBAL super",
        "02 LOAD_DEREF 0", "04 LOAD_FAST 1", "05 LOAD_SUPER_METHOD m", "07 CALL_METHOD n=0 nkw=0", "09 RETURN_VALUE"]],
      // Imports: level, fromlist, IMPORT_NAME; `as` of a dotted name walks LOAD_ATTR.
      ["import a.b as c\nfrom .m import x as y", "file", [
        "00 LOAD_CONST_SMALL_INT 0", "01 LOAD_CONST_NONE", "02 IMPORT_NAME 'a.b'", "04 LOAD_ATTR b",
        "06 STORE_NAME c", "08 LOAD_CONST_SMALL_INT 1", "09 LOAD_CONST_STRING 'x'", "11 BUILD_TUPLE 1",
        "13 IMPORT_NAME 'm'", "15 IMPORT_FROM 'x'", "17 STORE_NAME y", "19 POP_TOP"]],
      // break out of a for loop through a try: UNWIND_JUMP with depth 1 and the for-loop bit (0x80).
      ["for a in b:\n    try:\n        break\n    except:\n        pass", "file", [
        "03 FOR_ITER 18", "05 STORE_NAME a", "07 SETUP_EXCEPT 12", "09 UNWIND_JUMP 18 129", "12 POP_TOP",
        "13 POP_EXCEPT_JUMP 16", "15 END_FINALLY", "16 JUMP 3", "18 LOAD_CONST_NONE"]],
      // yield from: GET_ITER, None, YIELD_FROM.
      ["def g():\n    yield from x", "file", ["00 LOAD_GLOBAL x", "02 GET_ITER", "03 LOAD_CONST_NONE", "04 YIELD_FROM"]],
      // del of each target form: a name, an attribute (NULL, ROT_TWO, STORE_ATTR), a subscript.
      ["del a, b.c, d[0]", "file", [
        "00 DELETE_NAME a", "02 LOAD_NAME b", "04 LOAD_NULL", "05 ROT_TWO", "06 STORE_ATTR c", "08 LOAD_NAME d",
        "10 LOAD_CONST_SMALL_INT 0", "11 LOAD_NULL", "12 ROT_THREE", "13 STORE_SUBSCR"]],
      // Starred unpacking: UNPACK_EX with the counts before and after (1 | 1 << 8: two bytes).
      ["a, *b, c = d", "file", ["00 LOAD_NAME d", "02 UNPACK_EX 257", "05 STORE_NAME a", "07 STORE_NAME b", "09 STORE_NAME c"]],
    ];
    const outs = await run(cases.map(([src, mode]) => show(src, mode)));
    cases.forEach(([src, , want], i) => {
      const got = ops(outs[i]!);
      // Each expected line appears, in order.
      let at = 0;
      for (const line of want) {
        const k = got.indexOf(line, at);
        expect(k, `${JSON.stringify(src)}: missing ${JSON.stringify(line)} after line ${at} of\n${got.join("\n")}`).toBeGreaterThanOrEqual(0);
        at = k + 1;
      }
    });
  }, 300_000);

  it("records line numbers for tracebacks", async () => {
    const [out] = await run([show("x = 1\n\ny = 2\nif x:\n    f()")]);
    // bc 0 is line 1; y = 2 (offset 3) is line 3; the if at offset 6 line 4; f() at 10 line 5.
    expect(out!.filter((l) => l.startsWith("  bc="))).toEqual(["  bc=0 line=1", "  bc=3 line=3", "  bc=6 line=4", "  bc=10 line=5"]);
  });

  it("compiles every construct of the corpus, and round-trips it through .mpy", async () => {
    const outs = await run(["@@ check file\n" + CORPUS, "@@ show file\n" + CORPUS, "@@ mpy\n" + CORPUS]);
    expect(outs[0]).toEqual(["ok"]);
    expect(outs[1]!.length).toBeGreaterThan(500);
    expect(outs[1]!.join("\n")).not.toContain("<invalid>");
    expect(outs[2]![1]).toBe("roundtrip ok");
  }, 300_000);

  // Collecting at every allocation is slow: the corpus goes in pieces (top-level blocks),
  // each compiled without and then with the stress; the disassemblies must not change.
  const pieces = corpusPieces(4);
  for (let i = 0; i < pieces.length; i++) {
    it(`compiles piece ${i + 1} of ${pieces.length} of the corpus identically under GC stress`, async () => {
      const outs = await run(["@@ show file\n" + pieces[i], "@@ stress 1\n", "@@ show file\n" + pieces[i], "@@ stress 0\n"]);
      expect(outs[0]!.length).toBeGreaterThan(20);
      expect(outs[2]).toEqual(outs[0]);
    }, 300_000);
  }

  it("rejects what MicroPython rejects, at the right line and column", async () => {
    const cases: [string, string, string][] = [
      ["file", "return 1", "SyntaxError: 'return' outside function @1:1"],
      ["file", "x = 1\nbreak", "SyntaxError: 'break' outside loop @2:1"],
      ["file", "await x", "SyntaxError: 'await' outside function @1:1"],
      ["file", "x = *a", "SyntaxError: *x must be assignment target @1:5"],
      ["file", "def f(a=1, b):\n    pass", "SyntaxError: non-default argument follows default argument @1:12"],
      ["file", "def f(a, a):\n    pass", "SyntaxError: duplicate argument 'a' in function definition @1:10"],
      ["file", "a, *b, *c = d", "SyntaxError: multiple *x in assignment @1:8"],
      ["file", "X = const(f())", "SyntaxError: not a constant @1:5"],
      ["file", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass", "SyntaxError: default 'except' must be last @3:1"],
      ["file", "class A:\n    def f():\n        super().g()", "SyntaxError: super() can't find self @3:9"],
      ["eval", "x = 1", "SyntaxError: invalid syntax @1:1"],
      ["file", "@micropython.native\ndef f():\n    pass", "SyntaxError: invalid micropython decorator @1:2"],
      ["file", "def g():\n    yield 1\nx = yield", "SyntaxError: 'yield' outside function @3:5"],
      ["file", "f(x,\n  b=2, c=3, b=4)", "SyntaxError: keyword argument repeated @2:13"],
    ];
    const outs = await run(cases.map(([mode, src]) => `@@ check ${mode}\n${src}\n`));
    cases.forEach(([, src, want], i) => expect(`${src} -> ${outs[i]![0]}`).toBe(`${src} -> ${want}`));
  });
});

describe("compiled code, run by the core in Node", () => {
  /** Run t.py (and the other files given) with the core in Node; the traceback names the full path. */
  async function runCore(src: string, others: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; status: number | null; file: string }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-compile-run-"));
    const file = path.join(dir, "t.py");
    fs.writeFileSync(file, src);
    for (const [name, text] of Object.entries(others)) fs.writeFileSync(path.join(dir, name), text);
    const r = await runCommand([process.execPath, "--import", "tsx", path.join("ports", "node", "run.ts"),
      path.join("core", "main.ts"), file], { cwd: REPO_ROOT, encoding: "utf8", timeoutMs: 120_000 });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status, file };
  }

  it("keeps the deciding operand of and/or (JUMP_IF_*_OR_POP jumps forward, one and two byte offsets)", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `g(${i})`).join(" + ");
    const r = await runCore([
      "def side(v):", "    print('eval', v)", "    return v",
      "def g(v):", "    return v",
      "print(side(0) and side(1))", "print(side(1) or side(2))", "print(side(2) and side(0) or side(3))",
      `print(side(0) and ${long})`, `print(side(5) or ${long})`, `print(side(1) and ${long})`,
      "",
    ].join("\n"));
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("eval 0\n0\neval 1\n1\neval 2\neval 0\neval 3\n3\neval 0\n0\neval 5\n5\neval 1\n780\n");
  }, 120_000);

  it("prints an uncaught SyntaxError as MicroPython does: the file and line, no block", async () => {
    const r = await runCore("x = 1\n\nf(a=1, a=2)\n");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${r.file}", line 3\nSyntaxError: keyword argument repeated\n`);
    const i = await runCore("if x:\n    y = 1\n  z = 2\n");
    expect(i.stderr).toMatch(/^Traceback \(most recent call last\):\n  File "[^"]*t\.py", line 3\nIndentationError: .+\n$/);
  }, 120_000);

  it("names the imported file in a SyntaxError, in its args and its traceback", async () => {
    const r = await runCore([
      "try:", "    import bad", "except SyntaxError as e:",
      "    print(type(e).__name__, e.args[1][0].endswith('bad.py'), e.args[1][1])", "import bad", "",
    ].join("\n"), { "bad.py": "a = 1\nb = (\n" });
    expect(r.stdout).toBe("SyntaxError True 2\n");
    const bad = path.join(path.dirname(r.file), "bad.py");
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${r.file}", line 5, in <module>\n  File "${bad}", line 2\n` +
      "SyntaxError: '(' was never closed\n");
  }, 120_000);
});

describe("pyxis mpy-cross", () => {
  it("takes mpy-cross's flags and refuses native code", async () => {
    expect(parseMpyCrossArgs(["-o", "out.mpy", "-O2", "-s", "name.py", "-X", "emit=bytecode", "t.py"]))
      .toEqual({ file: "t.py", options: { output: "out.mpy", optimise: 2, sourceName: "name.py" } });
    expect(parseMpyCrossArgs(["-march=armv7m", "t.py"])).toEqual({
      error: "-march=armv7m: native code is not supported: Pyxis runs bytecode only (omit -march)",
    });
    expect(parseMpyCrossArgs(["-X", "emit=native", "t.py"])).toHaveProperty("error");
    expect(parseMpyCrossArgs([])).toEqual({ error: "no input file" });
    expect(defaultOutput("dir/m.py")).toBe("dir/m.mpy");
    expect(defaultOutput("script")).toBe("script.mpy");
  });

  it("writes file.mpy next to the input, and reports a SyntaxError as mpy-cross does", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-mpy-cross-"));
    const cli = path.join(REPO_ROOT, "scripts", "pyxis.mjs");
    fs.writeFileSync(path.join(dir, "t.py"), "x = 1\n");
    const ok = await runCommand([process.execPath, cli, "mpy-cross", "t.py"], { cwd: dir, encoding: "utf8" });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    // 'M', v6, no arch, 31-bit small ints; 2 qstrs ("t.py" 08 …, "x" 02 78 00), no objects;
    // the module: 8 bytes of function data (8 << 3 = 0x40): signature 00 (n_state 1),
    // size 02, name 01, LOAD_CONST_SMALL_INT 1 (81), STORE_NAME x (16 02), None, RETURN_VALUE.
    expect(fs.readFileSync(path.join(dir, "t.mpy")).toString("hex"))
      .toBe("4d06001f" + "0300" + "08742e707900" + "0f" + "027800" + "40" + "0002018116025163");
    fs.writeFileSync(path.join(dir, "bad.py"), "x = 1\nreturn x\n");
    const bad = await runCommand([process.execPath, cli, "mpy-cross", "bad.py"], { cwd: dir, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe("Traceback (most recent call last):\n  File \"bad.py\", line 2\nSyntaxError: 'return' outside function\n");
    expect(fs.existsSync(path.join(dir, "bad.mpy"))).toBe(false);
  }, 120_000);
});
