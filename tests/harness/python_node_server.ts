// The in-process Node runner of the conformance suite: a child process (forked with an
// IPC channel by python_node_pool.ts) that imports the core once and runs one program
// per request, each with a fresh arena, through ports/node's HAL with the console and
// the exit captured. Starting Node and compiling the core per program costs about a
// second; this costs the program's own time. It relies on runtime_init resetting every
// module's state (core/RUNTIME.md); PYXIS_PY_NODE=spawn runs each program in its own
// process instead, to tell an isolation bug from a real one.

import { mem_bytes, mem_init } from "../../core/subset/memory.js";
import { installHal } from "../../ports/node/hal.js";
import { arenaSize } from "../../ports/node/arena.js";
import { useFrozenModules } from "../../ports/node/frozen_hook.js";
import { fileURLToPath } from "node:url";

const CORE_MAIN_URL = new URL("../../core/main.ts", import.meta.url);
const CORE_MAIN = fileURLToPath(CORE_MAIN_URL);

export interface NodeRequest {
  id: number;
  /** Interpreter arguments, as on the command line after the program's name. */
  args: string[];
}

export interface NodeReply {
  id: number;
  stdout: string;
  stderr: string;
  status: number;
}

/** The status of hal_fatal and of an uncaught JavaScript error, as ports/node/run.ts. */
const EXIT_FATAL = 70;

/** Thrown by the captured hal_exit: unwinds the core back to the request loop. */
class ProgramExit {
  constructor(readonly status: number) {}
}

let out: Buffer[] = [];
let err: Buffer[] = [];

function arenaCopy(addr: number, len: number): Buffer {
  return Buffer.from(mem_bytes().subarray(addr, addr + len));
}

/** The console and the process end, captured; everything else is ports/node's. */
function captureHal(): void {
  Object.assign(globalThis, {
    hal_stdout_write: (addr: number, len: number) => void out.push(arenaCopy(addr, len)),
    hal_stdout_write_str: (s: string) => void out.push(Buffer.from(s, "utf8")),
    hal_stdout_flush: () => undefined,
    hal_stderr_write: (addr: number, len: number) => void err.push(arenaCopy(addr, len)),
    hal_exit: (code: number): never => {
      throw new ProgramExit(code & 0xff);
    },
    hal_fatal: (msg: string): never => {
      err.push(Buffer.from(`pyxis: fatal: ${msg}\n`, "utf8"));
      throw new ProgramExit(EXIT_FATAL);
    },
  });
}

// The frozen modules (lib/), as the native build links them, before the core is imported.
await useFrozenModules();
const core = (await import(CORE_MAIN_URL.href)) as { pyx_main: () => number };

function run(req: NodeRequest): NodeReply {
  out = [];
  err = [];
  mem_init(arenaSize());
  installHal({ args: [CORE_MAIN, ...req.args] });
  captureHal();
  let status: number;
  try {
    status = core.pyx_main() & 0xff;
  } catch (e) {
    if (e instanceof ProgramExit) {
      status = e.status;
    } else {
      err.push(Buffer.from(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`, "utf8"));
      status = EXIT_FATAL;
    }
  }
  return { id: req.id, stdout: Buffer.concat(out).toString("latin1"), stderr: Buffer.concat(err).toString("latin1"), status };
}

process.on("message", (req: NodeRequest) => {
  process.send!(run(req));
});
