// A "device" for the serial tools' tests: a Pyxis executable (or the core in Node) whose
// console is a pseudo-terminal made by socat, reached by path exactly as a board's
// /dev/ttyACM0. With `restart`, a new one is started whenever it exits (the host exits on
// a soft reset, Ctrl-D), at the same path, as a board comes back after a reset.

import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildHost } from "../../scripts/build/host.js";

export interface PtyDevice {
  /** The pty's stable path (a symlink socat makes). */
  path: string;
  /** The device's working directory (where its files go). */
  cwd: string;
  stop(): Promise<void>;
}

/** The command line of the core in Node, runnable from any directory. */
export function nodeCoreCommand(): string[] {
  const loader = pathToFileURL(path.join(REPO_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
  return [process.execPath, "--import", loader, path.join(REPO_ROOT, "ports", "node", "run.ts"), path.join(REPO_ROOT, "core", "main.ts")];
}

/** The host executable: PYXIS_PY_EXE when set, else built into build/test-programs/cli_host. */
export async function hostExe(): Promise<string> {
  const given = process.env["PYXIS_PY_EXE"];
  if (given !== undefined && given !== "") return given;
  const b = await buildHost({
    entries: [path.join(REPO_ROOT, "core", "main.ts")],
    root: path.join(REPO_ROOT, "core"),
    outDir: path.join(REPO_ROOT, "build", "test-programs", "cli_host"),
    name: "cli_host",
  });
  return b.exe;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

async function waitFor(cond: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startPtyDevice(cmd: readonly string[], opts: { restart?: boolean } = {}): Promise<PtyDevice> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-pty-"));
  const cwd = path.join(dir, "device");
  fs.mkdirSync(cwd);
  // socat's EXEC takes one string with its own syntax: a wrapper script avoids quoting it.
  const wrapper = path.join(dir, "device.sh");
  fs.writeFileSync(wrapper, `#!/bin/sh\ncd ${shellQuote(cwd)}\nexec ${cmd.map(shellQuote).join(" ")}\n`, { mode: 0o755 });
  const link = path.join(dir, "tty");
  let child: ChildProcess | undefined;
  let stopped = false;
  const launch = (): void => {
    child = spawn("socat", [`pty,raw,echo=0,link=${link}`, `EXEC:${wrapper},pty,raw,echo=0,stderr`], { stdio: "ignore" });
    child.on("exit", () => {
      child = undefined;
      if (!stopped && opts.restart === true) launch();
    });
  };
  launch();
  await waitFor(() => fs.existsSync(link), 10_000, `socat's pty at ${link}`);
  return {
    path: link,
    cwd,
    async stop() {
      stopped = true;
      const c = child;
      if (c !== undefined) {
        const gone = new Promise((r) => c.on("exit", r));
        c.kill("SIGTERM");
        await gone;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
