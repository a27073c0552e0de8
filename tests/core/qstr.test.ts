// Interned strings, in Node and natively; and the static name list matches its enum.

import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSubsetProgram, firstDifference } from "../harness/differential.js";
import { REPO_ROOT } from "../../codegen/load/project.js";

describe("qstr", () => {
  it("Q and QSTR_TEXT list the same names in the same order", async () => {
    const src = fs.readFileSync(path.join(REPO_ROOT, "core", "qstr_static.ts"), "utf8");
    const members = src.slice(src.indexOf("export const enum Q {"), src.indexOf("Count,")).split("\n").slice(1)
      .map((l) => l.trim().replace(/,$/, "")).filter((l) => l !== "");
    const texts = [...src.slice(src.indexOf("QSTR_TEXT")).matchAll(/^\s+"([^"]*)",$/gm)].map((m) => m[1]);
    expect(texts.length).toBe(members.length);
    const spelled = (t: string): string => t.replace(/^<(.*)>$/, "lt_$1_gt");
    members.forEach((m, i) => {
      if (m === "NULL") expect(texts[i]).toBe("");
      else if (m === "empty") expect(texts[i]).toBe("");
      else expect(spelled(texts[i]!), `Q.${m}`).toBe(m);
    });
    expect(new Set(texts.slice(1)).size).toBe(texts.length - 1);
  });

  it("interns names, in Node and natively, through collections", async () => {
    const program = await buildSubsetProgram(path.join(import.meta.dirname, "programs", "qstr_intern.ts"), REPO_ROOT);
    const { node, native } = await program.run();
    expect(firstDifference(node.stdout, native.stdout)).toBeUndefined();
    expect(native.status).toBe(0);
    expect(node.status).toBe(0);
    expect(native.stdout).not.toContain("FAILED");
    expect(native.stdout.match(/: ok$/gm)?.length).toBe(10);
    // djb2-xor over "__init__", 16 bits: the hash MicroPython computes for the same name.
    expect(native.stdout).toContain(`hash(__init__)=${djb2("__init__")}`);
  }, 120_000);
});

function djb2(s: string): number {
  let h = 5381;
  for (const c of Buffer.from(s)) h = ((h * 33) ^ c) & 0xffff;
  return h === 0 ? 1 : h;
}
