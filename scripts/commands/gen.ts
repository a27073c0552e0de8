// pyxis gen: generate the core's C (build/gen/core) and say how long it took.

import { Command } from "commander";
import * as path from "node:path";
import { GeneratorError } from "../../codegen/problems.js";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { CORE_DIR, coreModules, reportBuildFailure } from "./core.js";

export function genCommand(): Command {
  return new Command("gen")
    .description("generate C from every module of the interpreter core (core/**/*.ts)")
    .option("-o, --out <dir>", "output directory", path.join(REPO_ROOT, "build", "gen", "core"))
    .action(async (opts: { out: string }) => {
      const t0 = performance.now();
      const { generate, writeFiles } = await import("../../codegen/index.js");
      const r = generate({ entries: coreModules(), root: CORE_DIR });
      if (r.problems.length > 0) reportBuildFailure(new GeneratorError(r.problems));
      writeFiles(opts.out, r.files);
      const ms = performance.now() - t0;
      process.stdout.write(`pyxis: ${r.files.size} files in ${path.relative(process.cwd(), opts.out) || "."} (${(ms / 1000).toFixed(2)} s)\n`);
    });
}
