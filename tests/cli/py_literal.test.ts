// Data crosses the raw REPL as Python literals: what the host writes must be what python3
// reads, and what python3's repr() prints must parse back to the same bytes.

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bytesLiteral, parseRepr, strLiteral } from "../../scripts/serial/py_literal.js";

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

function python(code: string, encoding: BufferEncoding = "latin1"): string {
  const r = spawnSync("python3", ["-c", code], { encoding, env: { ...process.env, PYTHONIOENCODING: "utf-8" } });
  expect(r.stderr).toBe("");
  return r.stdout;
}

describe("Python literals", () => {
  it("a bytes literal of every byte value reads back in python3 as the same bytes", () => {
    const out = python(`import sys; sys.stdout.buffer.write(${bytesLiteral(ALL_BYTES)})`);
    expect(Buffer.from(out, "latin1").equals(ALL_BYTES)).toBe(true);
  });

  it("python3's repr of every byte value parses back to the bytes", () => {
    const reprs = python(`print(repr(bytes(range(256))))\nprint(repr(b"it's"))\nprint(repr(b'say "x" \\'y\\''))`).split("\n");
    expect(parseRepr(reprs[0]!).equals(ALL_BYTES)).toBe(true);
    expect(parseRepr(reprs[1]!).toString("latin1")).toBe("it's");
    expect(parseRepr(reprs[2]!).toString("latin1")).toBe(`say "x" 'y'`);
  });

  it("a str repr with non-ASCII and escapes parses to its UTF-8", () => {
    const text = "caf\u00e9 \u2603 \u{1F600} tab\t nl\n \x01 back\\slash 'q'";
    const repr = python(`print(repr(${strLiteral(text)}))`, "utf8").trimEnd();
    expect(parseRepr(repr).toString("utf8")).toBe(text);
  });

  it("rejects what is not a repr", () => {
    expect(() => parseRepr("hello")).toThrow(/not a string repr/);
    expect(() => parseRepr("b'\\q'")).toThrow(/unexpected escape/);
  });
});
