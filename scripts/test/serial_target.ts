// A target reached over a serial port: each test is sent through the raw REPL, with a
// soft reset before it so that it starts in a fresh interpreter, as MicroPython's
// run-tests.py does on a board. A target that goes away (the host executable exits on
// Ctrl-D, a board re-enumerates, an emulator dies) is reconnected: `connect` is called
// again, which restarts an emulator the runner started, or waits for the port to return.

import * as fs from "node:fs";
import { SerialError } from "../serial/errors.js";
import { RawRepl } from "../serial/raw_repl.js";
import type { Actual } from "./outcome.js";
import type { Target } from "./target.js";

export interface SerialConnector {
  /**
   * Make the device reachable and return its port path. `again` is true after the
   * device went away. `fresh` in the answer says the device has just started (no
   * soft reset needed before its first test).
   */
  connect(again: boolean): Promise<{ path: string; fresh: boolean }>;
  /** Stop what connect started. */
  stop(): Promise<void>;
  /** Limit for each step of entering the raw REPL (a slow emulator needs more). */
  stepTimeoutMs: number;
}

const RECONNECT_MS = 15_000;

export class SerialTarget implements Target {
  private repl: RawRepl | undefined;
  /** Whether the interpreter has run something since its last (soft) reset. */
  private dirty = true;
  private connections = 0;
  /** Why the device cannot be reached, once connecting has failed. */
  private unreachable: string | undefined;

  constructor(private readonly connector: SerialConnector) {}

  /** Connect, trying for a while: a device may still be starting, or coming back after going away. */
  private async connect(): Promise<void> {
    const again = this.connections > 0;
    this.connections++;
    const until = Date.now() + RECONNECT_MS;
    for (;;) {
      try {
        const { path, fresh } = await this.connector.connect(again);
        this.repl = await RawRepl.open(path, { timeoutMs: this.connector.stepTimeoutMs });
        this.dirty = !fresh;
        return;
      } catch (e) {
        if (!(e instanceof SerialError) || Date.now() > until) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  private async drop(): Promise<void> {
    const r = this.repl;
    this.repl = undefined;
    if (r !== undefined) await r.link.close().catch(() => undefined);
  }

  /** A fresh interpreter in the raw REPL: soft reset, or reconnect when the device went away. */
  private async ready(): Promise<void> {
    if (this.repl === undefined) await this.connect();
    if (!this.dirty) return;
    try {
      await this.repl!.softReset();
      this.dirty = false;
    } catch (e) {
      if (!(e instanceof SerialError)) throw e;
      // Gone (a host executable exits on Ctrl-D) or stuck: start over on a new connection.
      await this.drop();
      await this.connect();
      if (this.dirty) {
        await this.repl!.softReset();
        this.dirty = false;
      }
    }
  }

  async run(file: string, timeoutMs: number): Promise<Actual> {
    const source = fs.readFileSync(file);
    if (this.unreachable !== undefined) return { stdout: "", stderr: "", status: undefined, ms: 0, broken: this.unreachable };
    try {
      await this.ready();
    } catch (e) {
      await this.drop();
      // Connecting already waited for the device: the tests left fail at once, not one wait each.
      this.unreachable = `the target is not ready: ${(e as Error).message}`;
      return { stdout: "", stderr: "", status: undefined, ms: 0, broken: this.unreachable };
    }
    const started = Date.now();
    this.dirty = true;
    try {
      const r = await this.repl!.exec(source, { timeoutMs });
      return { stdout: r.stdout, stderr: r.stderr, status: undefined, ms: Date.now() - started };
    } catch (e) {
      const ms = Date.now() - started;
      if (e instanceof SerialError && e.kind === "timeout") {
        return { stdout: "", stderr: "", status: undefined, ms, broken: `timed out after ${(timeoutMs / 1000).toFixed(1)} s (${e.message})` };
      }
      await this.drop();
      return { stdout: "", stderr: "", status: undefined, ms, broken: `the target failed during the test: ${(e as Error).message}` };
    }
  }

  async close(): Promise<void> {
    if (this.repl !== undefined) await this.repl.close().catch(() => undefined);
    this.repl = undefined;
    await this.connector.stop();
  }
}

/** Wait until `path` exists (a re-enumerating board, a restarting pty link), up to `ms`. */
export async function waitForPath(path: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!fs.existsSync(path)) {
    if (Date.now() > until) {
      throw new SerialError("gone", `${path} did not come back within ${(ms / 1000).toFixed(0)} s`, "check that the device is attached, or restart it");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
