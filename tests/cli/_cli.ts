// Running the `pyxis` command as a user does, for end-to-end tests.

import { spawn } from "node:child_process";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

const PYXIS = path.join(REPO_ROOT, "scripts", "pyxis.mjs");

/** `pyxis args…`, with `input` on stdin (then closed), in `cwd`. */
export function pyxis(args: readonly string[], opts: { input?: string; cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PYXIS, ...args], { cwd: opts.cwd ?? REPO_ROOT, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 120_000);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), status });
    });
    child.stdin.end(opts.input ?? "");
  });
}
