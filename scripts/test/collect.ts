// Which files a `pyxis test` run covers. A file is a test when it ends in .py and its name
// does not start with `_` (support modules, as in tests/python/). A directory holding .py
// files is a directory of tests (its subdirectories are support packages); a directory
// without any is a directory of test directories (tests/python/ itself).

import * as fs from "node:fs";
import * as path from "node:path";

function isTest(name: string): boolean {
  return name.endsWith(".py") && !name.startsWith("_");
}

function collectDir(dir: string, out: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const pyFiles = entries.filter((e) => e.isFile() && e.name.endsWith(".py"));
  if (pyFiles.length > 0) {
    for (const e of pyFiles) if (isTest(e.name)) out.push(path.join(dir, e.name));
    return;
  }
  for (const e of entries) if (e.isDirectory()) collectDir(path.join(dir, e.name), out);
}

/** The test files named by `args` (files or directories), in order, without duplicates. */
export function collectTests(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(a);
    } catch {
      throw new Error(`${a}: no such file or directory`);
    }
    if (st.isDirectory()) collectDir(a, out);
    else out.push(a);
  }
  return [...new Set(out)];
}
