// Builds codegen/SUBSET.md from codegen/doc/SUBSET.src.md: every ```ts block preceded by
// <!-- ex [opts] --> gets the C the generator makes of it; every block preceded by
// <!-- rej --> gets the generator's errors. So every example in the doc is real output.
//   node --import tsx codegen/doc/build-subset-doc.ts     (npm run doc)
// tests/codegen/subset-doc.test.ts fails when SUBSET.md is not what this produces.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { generate, type Problem } from "../index.js";
import { REPO_ROOT } from "../load/project.js";

const SUBSET_NAMES = "raise, caught, layout, field_u8, field_i8, field_u16, field_i16, field_u32, field_i32, field_f32, field_f64, field_ref, field_array, load_u8, load_i8, load_u16, load_i16, load_u32, load_i32, load_f32, load_f64, store_u8, store_u16, store_u32, store_f32, store_f64, mem_copy, mem_fill, mem_compare, mem_size, mem_init, mem_bytes, type i8, type u8, type i16, type u16, type i32, type u32, type i64, type u64, type f32, type f64, type bool, type ref";
const HEADER = `import { ${SUBSET_NAMES} } from "${path.join(REPO_ROOT, "core", "subset", "index.js")}";\n`;

export const SUBSET_SOURCE = path.join(REPO_ROOT, "codegen", "doc", "SUBSET.src.md");
export const SUBSET_DOC = path.join(REPO_ROOT, "codegen", "SUBSET.md");
const WORK = path.join(REPO_ROOT, "build", "subset-doc");

function strip(text: string, keepProto: boolean): string {
  const ls = text.split("\n").filter((l) => !l.startsWith("#include") && !l.startsWith("/* Generated"));
  let s = ls.join("\n");
  if (!keepProto) s = s.replace(/\/\* ---- module functions ---- \*\/\n(static PYX_UNUSED [^\n]*\n)+\n?/, "");
  return s.replace(/\n{3,}/g, "\n\n").trim();
}
function stripH(text: string): string {
  return text.split("\n").filter((l) => !/^#(ifndef|define|endif|include)|^\/\* Generated|^$/.test(l)).join("\n").trim();
}

export interface SubsetDoc {
  text: string;
  examples: number;
  /** Examples whose outcome is not what their marker says (accepted vs rejected). */
  failures: string[];
}

export function buildSubsetDoc(): SubsetDoc {
  const lines = fs.readFileSync(SUBSET_SOURCE, "utf8").split("\n");
  const out: string[] = [];
  let n = 0;
  const failures: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^<!-- (ex|rej)\b(.*)-->$/.exec(line.trim());
    if (!m) { out.push(line); continue; }
    const kind = m[1]!;
    const opts = new Set(m[2]!.trim().split(/\s+/).filter(Boolean));
    // the code block
    const fence = lines[i + 1];
    if (fence !== "```ts") throw new Error(`line ${i + 2}: expected \`\`\`ts after marker`);
    let j = i + 2;
    const code: string[] = [];
    while (lines[j] !== "```") code.push(lines[j++]!);
    out.push(fence, ...code, "```");
    i = j;
    // split into files
    const dir = path.join(WORK, String(n++));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const files: [string, string[]][] = [["main.ts", []]];
    for (const c of code) {
      const fm = /^\/\/ file: (\S+)$/.exec(c);
      if (fm) files.push([fm[1]!, []]);
      else files[files.length - 1]![1].push(c);
    }
    for (const [name, body] of files) {
      const p = path.join(dir, name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, HEADER + body.join("\n") + "\n");
    }
    // line offsets of each file's first snippet line within the shown block
    const offsets = new Map<string, number>();
    let at = 0;
    for (const [idx, [name, body]] of files.entries()) {
      offsets.set(path.join(dir, name), at - 1 + (idx === 0 ? 0 : 1));
      at += body.length + (idx === 0 ? 0 : 1);
    }
    const r = generate({ entries: [path.join(dir, "main.ts")], root: dir });
    const where = (p: Problem): string => {
      const off = offsets.get(p.file) ?? 0;
      const fname = files.length > 1 ? `${path.relative(dir, p.file)}:` : "";
      return `${fname}${p.line + off}:${p.column}`;
    };
    if (kind === "rej") {
      if (r.problems.length === 0) { failures.push(`template line ${i}: a rejected example was accepted: ${code.join(" / ")}`); continue; }
      const shown = opts.has("all") ? r.problems : r.problems.slice(0, 1);
      out.push("```text", ...shown.map((p) => `${where(p)}: error [${p.rule}]: ${p.message}`), "```");
      continue;
    }
    if (r.problems.length > 0) {
      failures.push(`template line ${i}: an accepted example was rejected: ${r.problems.map((p) => `${where(p)} [${p.rule}] ${p.message}`).join(" | ")}`);
      continue;
    }
    const parts: string[] = [];
    const multi = files.length > 1;
    for (const [name] of files) {
      const stem = name.replace(/\.ts$/, "").split("/").join("_");
      const c = strip(r.files.get(`${stem}.c`)!, opts.has("proto"));
      const h = stripH(r.files.get(`${stem}.h`)!);
      if (opts.has("h") && h) parts.push(`/* ${stem}.h */\n${h}`);
      if (!opts.has("noc") && c) parts.push(multi || opts.has("h") ? `/* ${stem}.c */\n${c}` : c);
    }
    if (opts.has("types")) parts.push(`/* pyx_types.h */\n${stripH(r.files.get("pyx_types.h")!)}`);
    out.push("```c", parts.join("\n\n"), "```");
  }
  return { text: out.join("\n"), examples: n, failures };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const doc = buildSubsetDoc();
  for (const f of doc.failures) process.stderr.write(`${f}\n`);
  fs.writeFileSync(SUBSET_DOC, doc.text);
  process.stdout.write(`codegen/SUBSET.md: ${doc.examples} examples, ${doc.failures.length} failures\n`);
  process.exitCode = doc.failures.length > 0 ? 1 : 0;
}
