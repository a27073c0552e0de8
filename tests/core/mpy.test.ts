// Bytecode encodings, the emitter, .mpy v6 and the disassembler (core/bytecode.ts,
// core/emitbc.ts, core/mpy.ts, core/showbc.ts) through tests/core/programs/mpy_roundtrip.ts,
// run in Node and natively. Expected bytes are derived by hand from MicroPython's encoder
// source (py/emitbc.c, py/bc.h, py/persistentcode.c, py/makeqstrdata.py); each says where
// it comes from.

import { describe, it, expect, beforeAll } from "vitest";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference, type SubsetProgram } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

describe("bytecode and .mpy v6", () => {
  let program: SubsetProgram;

  beforeAll(async () => {
    program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "mpy_roundtrip.ts"), REPO_ROOT);
  }, 300_000);

  /** Run the commands both ways; the outputs must be byte-identical. Returns the lines. */
  async function run(commands: string[]): Promise<string[]> {
    const { node, native } = await program.run([], { input: commands.join("\n") + "\n", timeoutMs: 120_000 });
    expect(node.stderr).toBe("");
    expect(native.status).toBe(0);
    expect(node.status).toBe(0);
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    return native.stdout.split("\n");
  }

  it("encodes var ints, signatures, sizes and line tables as MicroPython does", async () => {
    const cases: [string, string][] = [
      // mp_encode_uint: 7-bit groups, most significant first, 0x80 on all but the last.
      ["uint 0", "00"],
      ["uint 127", "7f"],
      ["uint 128", "8100"], // 128 = 1·128 + 0
      ["uint 16383", "ff7f"], // 0x3fff = 127·128 + 127
      ["uint 16384", "818000"], // 0x4000 = 1·128² + 0 + 0
      ["uint 4294967295", "8fffffff7f"], // 0xffffffff: groups 0x0f, 0x7f ×4
      // emit_write_bytecode_byte_int: bit 0x40 of the first group is the sign, one more
      // group (0x00 or 0x7f) when it would be wrong.
      ["sint 0", "00"],
      ["sint 63", "3f"],
      ["sint 64", "8040"], // 0x40 alone would read as -64: a 0 group in front
      ["sint -1", "7f"],
      ["sint -64", "40"],
      ["sint -65", "ff3f"], // low group 0x3f has no sign bit: a 0x7f group in front
      ["sint 8191", "bf7f"], // 0x1fff: groups 0x3f, 0x7f
      ["sint 8192", "80c000"], // 0x2000: groups 0x40, 0x00, and a 0 group for the sign
      // emit_write_code_info_bytes_lines: 0b0LLBBBBB, or 0b1LLLBBBB 0bLLLLLLLL for >6 lines in ≤15 bytes.
      ["lines 1 1", "21"], // 1 | 1 << 5
      ["lines 0 7", "8007"], // long form: 0x80 | 0 | (7 >> 4 & 0x70), 7
      ["lines 40 2", "1f49"], // 31 bytes, no line until all bytes are skipped; then 9 | 2 << 5
      ["lines 3 2047", "f3ff"], // 0x80 | 3 | (2047 >> 4 & 0x70), 2047 & 0xff
      ["lines 0 2048", "f0ff20"], // at most 2047 lines an entry: then 1 line, 0 | 1 << 5
      // MP_BC_PRELUDE_SIG_ENCODE(n_state, n_exc_stack, flags, n_pos, n_kwonly, n_def): xSSSSEAA [xFSSKAED].
      ["sig 1 0 0 0 0 0", "00"], // S = n_state - 1 = 0
      ["sig 2 1 0 2 0 0", "0e"], // S=1 << 3 | E=1 << 2 | A=2
      ["sig 17 0 0 0 0 0", "8010"], // S=16: low four bits 0, then (16 >> 4 & 3) << 4
      ["sig 1 0 4 1 0 0", "81808040"], // VARARGS (F=4) needs three extension bytes: F's bit 2 is in the third
      ["sig 1 0 0 0 1 1", "8009"], // no S, E, A bits: 0x80 alone; K and D in the extension byte: K << 3 | D
      // MP_BC_PRELUDE_SIZE_ENCODE(n_info, n_cell): xIIIIIIC.
      ["size 1 0", "02"],
      ["size 64 1", "8102"], // I low 6 bits 0 | C=1, then I >> 6 = 1 << 1
    ];
    const lines = await run(cases.map(([command]) => command));
    cases.forEach(([command, want], i) => expect(`${command} -> ${lines[i]}`).toBe(`${command} -> ${want}`));
  }, 120_000);

  it("writes a `pass` module byte for byte as mpy-cross does, and reads it back", async () => {
    const lines = await run(["minimal"]);
    // header: 'M' 0x4d, version 6, feature byte 0 (bytecode only: no arch, no sub-version),
    //   31 bits in a small int (mpy-cross's mp_dynamic_compiler.small_int_bits)
    // 02 qstrs, 00 objects
    // qstr 0, the source file "t.py": not static, so len << 1 = 08, the bytes, NUL
    // qstr 1, "<module>": static qstr number 7 (makeqstrdata.py: "" is 1, "__dir__" 2,
    //   "\n" 3, " " 4, "*" 5, "/" 6, "<module>" 7): 7 << 1 | 1 = 0f
    // raw code: fun_data_len 5 << 3 | no children | kind bytecode (2 - 2) = 28, then
    //   00 signature (n_state 1: S = 0; no args), 02 size (n_info 1 << 1, no cells),
    //   01 the simple name (qstr index 1), 51 LOAD_CONST_NONE, 63 RETURN_VALUE
    expect(lines[0]).toBe("mpy " + "4d06001f" + "0200" + "08742e707900" + "0f" + "28" + "0002015163");
    expect(lines).toContain("File t.py, code block '<module>' (bytecode 5 bytes)");
    expect(lines).toContain("00 LOAD_CONST_NONE");
    expect(lines).toContain("01 RETURN_VALUE");
    for (const same of ["bytes same", "disassembly same", "tables same"]) expect(lines).toContain(same);
  }, 120_000);

  it("encodes jumps in their 2- and 3-byte forms, forward and backward", async () => {
    const lines = await run(["jumps"]);
    const hex = lines[0]!.slice(4);
    // Signature for n_state 128 (64 DUP_TOP_TWO): S = 127: f8 (0xf << 3 | x), b0 (3 << 4 | x), 10 (1 << 4).
    // Then size 02, name 01, and the opcodes:
    //   42 40       JUMP to the next instruction: offset 0, signed, excess 0x40
    //   52 44 3d    LOAD_CONST_TRUE; POP_JUMP_IF_FALSE back to 2: 2 - 3 - 2 = -3, + 0x40
    //   52 43 c0 81 LOAD_CONST_TRUE; POP_JUMP_IF_TRUE 192 ahead: 192 + 0x4000 = 0x40c0 →
    //               0x80 | 0x40, 0x40c0 >> 7
    //   ...         64 DUP_TOP_TWO (58), 128 POP_TOP (59)
    //   42 b6 7e    JUMP back from 201 to 2: 2 - 201 - 3 = -202, + 0x4000 = 0x3f36 → 0x80 | 0x36, 0x7e
    //   51 63       LOAD_CONST_NONE; RETURN_VALUE
    const body = "4240" + "52443d" + "5243c081" + "58".repeat(64) + "59".repeat(128) + "42b67e" + "5163";
    expect(hex.endsWith("f8b0100201" + body)).toBe(true);
    // 'j.py' is not static: 08 6a 2e 70 79 00; fun_data 211 bytes: 211 << 3 = 0x698 → 8d 18.
    expect(hex.startsWith("4d06001f0200086a2e7079000f8d18")).toBe(true);
    for (const line of ["00 JUMP 2", "03 POP_JUMP_IF_FALSE 2", "06 POP_JUMP_IF_TRUE 201", "201 JUMP 2", "(N_STATE 128)"]) {
      expect(lines).toContain(line);
    }
  }, 120_000);

  it("round-trips a module of several functions with constants of every kind", async () => {
    const lines = await run(["build"]);
    for (const same of ["bytes same", "disassembly same", "tables same"]) expect(lines).toContain(same);
    const expected = [
      "04 LOAD_CONST_SMALL_INT -16", // one-byte form 0x70 + 0
      "06 LOAD_CONST_SMALL_INT 47", // one-byte form 0x70 + 63
      "08 LOAD_CONST_SMALL_INT -17", // first value needing the var int form
      "45 LOAD_CONST_SMALL_INT -1073741824",
      "52 LOAD_CONST_OBJ #0=\"a str, with 'quotes'\\n\"",
      "55 LOAD_CONST_OBJ #0=\"a str, with 'quotes'\\n\"", // deduplicated
      "58 LOAD_CONST_OBJ #1=b'by\\x00tes\\xff'",
      `61 LOAD_CONST_OBJ #2=${2n ** 100n}`,
      "64 LOAD_CONST_OBJ #3=-1073741825",
      "67 LOAD_CONST_OBJ #4=1.5",
      "70 LOAD_CONST_OBJ #5=1e+100",
      "73 LOAD_CONST_OBJ #6=-0.0",
      "76 LOAD_CONST_OBJ #6=-0.0", // 0.0 == -0.0: MicroPython's strictly_equal shares the entry
      "79 LOAD_CONST_OBJ #7=0.1",
      "82 LOAD_CONST_OBJ #8=(1+2j)",
      "85 LOAD_CONST_OBJ #9=Ellipsis",
      "88 LOAD_CONST_OBJ #10=('x', 'tuple item', Ellipsis)",
      "91 LOAD_CONST_STRING 'print'",
      "100 CALL_FUNCTION n=2 nkw=0",
      "105 UNARY_OP 1 __neg__",
      "106 MAKE_FUNCTION #1",
      "02 BINARY_OP 27 __add__",
      "arg names: a b",
      "(INIT_CELL 17)",
      "(N_EXC_STACK 1)",
      "01 POP_JUMP_IF_FALSE 218",
      "208 UNWIND_JUMP 218 1",
      "215 JUMP 0",
      "218 LOAD_DEREF 17", // the dead LOAD_CONST_TRUE / POP_TOP after the JUMP are gone
      "220 MAKE_CLOSURE #0 1",
      "  bc=4 line=2057", // 3990 lines in 4 bytes: 2047-line entries
      "  bc=218 line=70000",
      "02 YIELD_VALUE",
    ];
    for (const line of expected) expect(lines).toContain(line);
    // The generator's signature carries the GENERATOR flag: F bit 0 in the first extension byte.
    expect(lines).toContain(" 88 40 02 06 25 00 67 59 51 63");
  }, 120_000);

  it("rejects every truncation and survives every one-byte change", async () => {
    const lines = await run(["corrupt"]);
    const m = /^truncations (\d+) failed (\d+) incompatible (\d+)$/.exec(lines[0]!);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(500);
    expect(m![2]).toBe(m![1]);
    const c = /^changes loaded (\d+) rejected (\d+)$/.exec(lines[1]!);
    expect(c).not.toBeNull();
    expect(Number(c![1]) + Number(c![2])).toBe(3 * Number(m![1]));
    expect(Number(c![2])).toBeGreaterThan(0);
  }, 120_000);

  it("checks the header: magic, version, arch, sub-version and small-int bits", async () => {
    const pass = "0200" + "08742e707900" + "0f" + "28" + "0002015163";
    const lines = await run([
      `read 4d06001f${pass}`,
      `read 4d05001f${pass}`, // version 5
      `read 4306001f${pass}`, // not 'M'
      `read 4d060020${pass}`, // 32-bit small ints: more than Pyxis has
      `read 4d06031f${pass}`, // sub-version bits without an arch: ignored, as MicroPython does
      `read 4d060c1f${pass}`, // arch 3 (armv6) with sub-version 0: not this .mpy revision
      `read 4d060f1f${pass}`, // arch 3 with sub-version 3: native code
      `read 4d06001f0200086a2e7079000f2a0002015163`, // raw code kind 2 (native): not bytecode
      "read 4d06",
    ]);
    expect(lines[0]).toBe("File t.py, code block '<module>' (bytecode 5 bytes)");
    expect(lines).toContain("error: incompatible .mpy file");
    expect(lines.filter((l) => l === "error: incompatible .mpy file").length).toBe(6);
    expect(lines).toContain("error: native code in .mpy unsupported");
    expect(lines.filter((l) => l.startsWith("File t.py")).length).toBe(2);
  }, 120_000);

  it("keeps every object it uses rooted: a collection at every allocation changes nothing", async () => {
    const commands = ["minimal", "jumps", "build", "read 4d06001f0200086a2e7079000f280002015163"];
    const plain = await run(commands);
    const stressed = await run(["stress 1", ...commands]);
    expect(stressed).toEqual(plain);
  }, 180_000);
});
