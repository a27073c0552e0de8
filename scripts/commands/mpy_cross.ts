// pyxis mpy-cross [options] file.py: compile Python source to a .mpy file (MicroPython's
// .mpy v6.3, bytecode only), with mpy-cross's own flags. The compiler is the core's
// (core/compile.ts), run in Node through core/tools/mpy_cross.ts.

import { Command } from "commander";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";

const RUNNER = path.join(REPO_ROOT, "ports", "node", "run.ts");
const TOOL = path.join(REPO_ROOT, "core", "tools", "mpy_cross.ts");

/** mpy-cross's -march values: all name native code, which Pyxis does not run. */
const NATIVE_ARCHS = [
  "x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp", "xtensa", "xtensawin",
  "rv32imc", "rv64imc", "host", "debug",
];

export interface MpyCrossOptions {
  output?: string;
  optimise: number;
  sourceName?: string;
}

/** What the options mean, or an error message in mpy-cross's manner. */
export function parseMpyCrossArgs(args: readonly string[]): { file: string; options: MpyCrossOptions } | { error: string } {
  const options: MpyCrossOptions = { optimise: 0 };
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-o" || a === "-s") {
      const v = args[i + 1];
      if (v === undefined) return { error: `option ${a} needs an argument` };
      if (a === "-o") options.output = v;
      else options.sourceName = v;
      i++;
    } else if (/^-O\d*$/.test(a)) {
      options.optimise = a.length > 2 ? Number(a.slice(2)) : options.optimise + 1;
    } else if (a.startsWith("-march=")) {
      const arch = a.slice("-march=".length);
      if (NATIVE_ARCHS.includes(arch)) {
        return { error: `-march=${arch}: native code is not supported: Pyxis runs bytecode only (omit -march)` };
      }
      return { error: `invalid arch '${arch}'` };
    } else if (a === "-X") {
      const v = args[i + 1];
      if (v === undefined) return { error: "option -X needs an argument" };
      if (v !== "emit=bytecode") {
        if (v === "emit=native" || v === "emit=viper") return { error: `-X ${v}: native code is not supported: Pyxis runs bytecode only` };
        return { error: `invalid -X option '${v}'` };
      }
      i++;
    } else if (a === "-v" || a.startsWith("-msmall-int-bits=") || a === "-mno-unicode" || a === "-municode") {
      // Accepted for compatibility: verbosity, and settings Pyxis's .mpy always has.
      if (a.startsWith("-msmall-int-bits=") && a !== "-msmall-int-bits=31") {
        return { error: `${a}: Pyxis writes .mpy files for 31-bit small ints only` };
      }
    } else if (a.startsWith("-") && a !== "-") {
      return { error: `unknown option '${a}'` };
    } else if (file === undefined) {
      file = a;
    } else {
      return { error: "only one input file is accepted" };
    }
  }
  if (file === undefined) return { error: "no input file" };
  return { file, options };
}

/** The output path mpy-cross picks: the input with .py replaced by .mpy (or .mpy added). */
export function defaultOutput(file: string): string {
  return file.endsWith(".py") ? file.slice(0, -3) + ".mpy" : file + ".mpy";
}

/** Compile one file; the status (0, or 1 with the error on stderr). */
export function mpyCross(file: string, options: MpyCrossOptions): number {
  let source: Buffer;
  try {
    source = fs.readFileSync(file);
  } catch {
    process.stderr.write(`mpy-cross: can't open input file '${file}'\n`);
    return 1;
  }
  const name = options.sourceName ?? file;
  const r = spawnSync(process.execPath, ["--import", "tsx", RUNNER, TOOL, name, String(options.optimise)], {
    cwd: REPO_ROOT,
    input: source,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    return r.status ?? 1;
  }
  fs.writeFileSync(options.output ?? defaultOutput(file), r.stdout);
  return 0;
}

export function mpyCrossCommand(): Command {
  return new Command("mpy-cross")
    .description("compile a .py file to .mpy (bytecode), as MicroPython's mpy-cross does")
    .usage("[-o out.mpy] [-O<n>] [-s name] [-march=<arch>] [-X emit=bytecode] file.py")
    .argument("[args...]", "mpy-cross's options and the input file")
    .allowUnknownOption()
    .helpOption(false)
    .action((args: string[]) => {
      const parsed = parseMpyCrossArgs(args);
      if ("error" in parsed) {
        process.stderr.write(`mpy-cross: ${parsed.error}\n`);
        process.exit(1);
      }
      process.exit(mpyCross(parsed.file, parsed.options));
    });
}
