// Load: the entry modules and everything they import, as one ts-morph project.
// TypeScript's own diagnostics come first: the generator only lowers valid TypeScript.

import { Project, ts, type SourceFile } from "ts-morph";
import * as path from "node:path";
import * as fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { Problem } from "../problems.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, "../..");
export const SUBSET_DIR = path.join(REPO_ROOT, "core", "subset");
export const HAL_FILE = path.join(REPO_ROOT, "core", "hal.d.ts");

export interface LoadedProject {
  project: Project;
  /** The modules to lower, in a stable order (by path). */
  modules: SourceFile[];
  hal: SourceFile;
  problems: Problem[];
}

export function isSubsetFile(sf: SourceFile): boolean {
  return sf.getFilePath().startsWith(SUBSET_DIR + path.sep);
}

/** substitutions: module file (absolute) → the file whose text stands in for it (GenerateOptions). */
export function loadProject(entries: string[], substitutions: Record<string, string> = {}): LoadedProject {
  const project = new Project({
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noImplicitReturns: true,
      noFallthroughCasesInSwitch: false,
      skipLibCheck: true,
      types: [],
      lib: ["lib.es2022.d.ts"],
    },
  });
  const hal = project.addSourceFileAtPath(HAL_FILE);
  // A substituted module is in the project, at its own path, before imports are resolved,
  // so every import of it finds the replacement's text.
  for (const [file, replacement] of Object.entries(substitutions)) {
    project.createSourceFile(path.resolve(file), fs.readFileSync(replacement, "utf8"), { overwrite: true });
  }
  for (const entry of entries) project.addSourceFileAtPath(path.resolve(entry));
  project.resolveSourceFileDependencies();

  const modules = project
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile() && !isSubsetFile(sf) && !sf.isInNodeModules())
    .sort((a, b) => (a.getFilePath() < b.getFilePath() ? -1 : 1));

  const problems: Problem[] = [];
  for (const sf of modules) {
    const program = project.getProgram();
    const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    for (const d of diagnostics) {
      const start = d.getStart() ?? 0;
      const { line, column } = sf.getLineAndColumnAtPos(start);
      const text = d.getMessageText();
      problems.push({
        file: sf.getFilePath(),
        line,
        column,
        rule: "typescript",
        message: typeof text === "string" ? text : text.getMessageText(),
      });
    }
  }
  return { project, modules, hal, problems };
}
