// `--target` of `pyxis test`: node | host | emulated:<BOARD> | port:<path>, made into
// lanes, each running tests one after another; lanes run side by side.

import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { defaultFirmwareDir, startEmulator, type EmulatorHandle } from "../emulate/emulator.js";
import { buildHostCore } from "../commands/core.js";
import { ProcessTarget } from "./process_target.js";
import { SerialTarget, waitForPath, type SerialConnector } from "./serial_target.js";
import type { Target } from "./target.js";

export interface TargetOptions {
  /** Lanes wanted (undefined: as many as the target allows by default). */
  jobs?: number;
  /** The host executable to use instead of building one. */
  exe?: string;
  /** Where an emulated board's firmware is (default build/<BOARD>). */
  firmwareDir?: string;
}

export interface Lanes {
  lanes: Target[];
  /** What is being tested, for the report: "host (build/host/pyxis)". */
  description: string;
}

export class TargetError extends Error {}

/** tsx's loader by URL, so that the core runs in Node from any working directory. */
const TSX_LOADER = pathToFileURL(path.join(REPO_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

function cpuLanes(jobs: number | undefined): number {
  return Math.max(1, jobs ?? os.availableParallelism());
}

/** A device on a serial port the user started: after it goes away, wait for the port to come back. */
function portConnector(portPath: string): SerialConnector {
  return {
    stepTimeoutMs: 10_000,
    async connect(again) {
      if (again) await waitForPath(portPath, 15_000);
      return { path: portPath, fresh: again };
    },
    async stop() {},
  };
}

/** An emulated board the runner starts, and restarts when it goes away. */
function emulatorConnector(board: string, firmwareDir: string): SerialConnector {
  let handle: EmulatorHandle | undefined;
  return {
    // An emulated board boots at a fraction of a real one's speed.
    stepTimeoutMs: 30_000,
    async connect() {
      if (handle !== undefined) await handle.stop();
      handle = await startEmulator(board, { firmwareDir, quiet: true });
      return { path: handle.path, fresh: true };
    },
    async stop() {
      if (handle !== undefined) await handle.stop();
      handle = undefined;
    },
  };
}

export async function makeLanes(spec: string, opts: TargetOptions): Promise<Lanes> {
  if (spec === "node") {
    const cmd = [process.execPath, "--import", TSX_LOADER, path.join(REPO_ROOT, "ports", "node", "run.ts"), path.join(REPO_ROOT, "core", "main.ts")];
    const t = new ProcessTarget(cmd);
    return { lanes: Array.from({ length: cpuLanes(opts.jobs) }, () => t), description: "node (the core in Node.js)" };
  }
  if (spec === "host") {
    const exe = opts.exe ?? process.env["PYXIS_PY_EXE"] ?? (await buildHostCore()).exe;
    const t = new ProcessTarget([exe]);
    return { lanes: Array.from({ length: cpuLanes(opts.jobs) }, () => t), description: `host (${exe})` };
  }
  if (spec.startsWith("port:")) {
    const portPath = spec.slice("port:".length);
    if (portPath === "") throw new TargetError("--target port:<path> needs the port's path, e.g. port:/dev/ttyACM0");
    if ((opts.jobs ?? 1) > 1) throw new TargetError("a serial port runs one test at a time: drop --jobs");
    return { lanes: [new SerialTarget(portConnector(portPath))], description: `the device on ${portPath}` };
  }
  if (spec.startsWith("emulated:")) {
    const board = spec.slice("emulated:".length);
    if (board === "") throw new TargetError("--target emulated:<BOARD> needs a board, e.g. emulated:RPI_PICO");
    const firmwareDir = opts.firmwareDir ?? defaultFirmwareDir(board);
    // Each lane is its own emulated board.
    const lanes = Array.from({ length: Math.max(1, opts.jobs ?? 1) }, () => new SerialTarget(emulatorConnector(board, firmwareDir)));
    return { lanes, description: `emulated ${board} (firmware in ${path.relative(process.cwd(), firmwareDir) || firmwareDir})` };
  }
  throw new TargetError(`unknown target '${spec}': use node, host, emulated:<BOARD> or port:<path>`);
}
