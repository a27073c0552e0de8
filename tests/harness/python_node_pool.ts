// A pool of in-process Node runners (python_node_server.ts), one per CPU: each request
// runs one program in a server that has already loaded the core. A server that times
// out or dies is killed and replaced; its program is reported as such.

import { fork, type ChildProcess } from "node:child_process";
import * as os from "node:os";
import { fileURLToPath } from "node:url";
import type { NodeReply, NodeRequest } from "./python_node_server.js";
import type { ProcessResult } from "../../scripts/test/process.js";

const SERVER = fileURLToPath(new URL("./python_node_server.ts", import.meta.url));

/** What a pooled run gives: the same as a spawned process's (the conformance runner mixes both). */
export type PoolResult = ProcessResult;

interface Server {
  child: ChildProcess;
  busy: boolean;
}

export class NodeServerPool {
  private servers: Server[] = [];
  private waiting: ((s: Server) => void)[] = [];
  private nextId = 1;

  constructor(private readonly cwd: string, private readonly size = os.availableParallelism()) {}

  private start(): Server {
    const child = fork(SERVER, [], { cwd: this.cwd, execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "pipe", "ipc"] });
    const server: Server = { child, busy: false };
    return server;
  }

  private acquire(): Promise<Server> {
    const idle = this.servers.find((s) => !s.busy);
    if (idle !== undefined) {
      idle.busy = true;
      return Promise.resolve(idle);
    }
    if (this.servers.length < this.size) {
      const s = this.start();
      s.busy = true;
      this.servers.push(s);
      return Promise.resolve(s);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(s: Server): void {
    const next = this.waiting.shift();
    if (next !== undefined) next(s);
    else s.busy = false;
  }

  /** Replace a server that must not be reused (timed out, died). */
  private replace(s: Server): Server {
    s.child.kill("SIGKILL");
    const fresh = this.start();
    fresh.busy = true;
    this.servers[this.servers.indexOf(s)] = fresh;
    return fresh;
  }

  /** Run the interpreter with these arguments (as after `pyxis` on a command line). */
  async run(args: readonly string[], timeoutMs: number): Promise<PoolResult> {
    let server = await this.acquire();
    const id = this.nextId++;
    const started = Date.now();
    const result = await new Promise<PoolResult>((resolve) => {
      const child = server.child;
      let stderrTail = "";
      const onStderr = (b: Buffer): void => {
        stderrTail = (stderrTail + b.toString("latin1")).slice(-4000);
      };
      const done = (r: PoolResult): void => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        child.stderr?.off("data", onStderr);
        resolve(r);
      };
      const onMessage = (m: NodeReply): void => {
        if (m.id === id) done({ stdout: m.stdout, stderr: m.stderr, status: m.status, signal: null, timedOut: false, ms: Date.now() - started });
      };
      const onExit = (code: number | null, signal: string | null): void => {
        // The server itself ended (hal code calling process.exit, or a crash of Node).
        done({ stdout: "", stderr: stderrTail, status: code, signal, timedOut: false, ms: Date.now() - started });
      };
      const timer = setTimeout(() => done({ stdout: "", stderr: "", status: null, signal: "SIGKILL", timedOut: true, ms: Date.now() - started }), timeoutMs);
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.stderr?.on("data", onStderr);
      const req: NodeRequest = { id, args: [...args] };
      child.send(req);
    });
    if (result.timedOut || result.status === null || server.child.exitCode !== null || server.child.signalCode !== null) server = this.replace(server);
    this.release(server);
    return result;
  }

  close(): void {
    for (const s of this.servers) s.child.kill("SIGKILL");
    this.servers = [];
  }
}
