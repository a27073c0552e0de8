// A serial port (a tty such as /dev/ttyACM0, or a pseudo-terminal from an emulator or
// socat) as a byte stream that is read by waiting for a terminator: what the raw REPL
// client and the terminal are built on. Bytes arrive through serialport's 'data' events
// into one buffer; a read takes what it waits for out of the front of it.

import { SerialPort } from "serialport";
import { openError, SerialError } from "./errors.js";

export interface ReadOptions {
  /** Overall limit for this read, in milliseconds. */
  timeoutMs: number;
  /** Called with the bytes before the terminator as they arrive (the terminator is not passed). */
  onData?: (chunk: Buffer) => void;
  /** What the device was asked to do, for the timeout's message. */
  what?: string;
}

interface Waiter {
  check(): void;
}

/** The longest tail of `buf` that is a proper prefix of `term`: bytes that may yet become the terminator. */
function partialTerminatorLength(buf: Buffer, term: Buffer): number {
  for (let n = Math.min(term.length - 1, buf.length); n > 0; n--) {
    if (buf.subarray(buf.length - n).equals(term.subarray(0, n))) return n;
  }
  return 0;
}

export class SerialLink {
  private buffer: Buffer = Buffer.alloc(0);
  private waiter: Waiter | undefined;
  private closedReason: string | undefined;

  private constructor(
    readonly path: string,
    private readonly port: SerialPort,
  ) {
    port.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.waiter?.check();
    });
    port.on("close", () => this.markClosed("the port closed"));
    port.on("error", (e: Error) => this.markClosed(e.message));
  }

  /** Open a port at `baudRate` (ignored by USB CDC and pseudo-terminals), 8N1, exclusively. */
  static async open(path: string, baudRate = 115200): Promise<SerialLink> {
    const port = new SerialPort({ path, baudRate, autoOpen: false, lock: true });
    await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(openError(path, e)) : resolve())));
    return new SerialLink(path, port);
  }

  get isOpen(): boolean {
    return this.closedReason === undefined;
  }

  private markClosed(reason: string): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = reason;
    this.waiter?.check();
  }

  private goneError(): SerialError {
    return new SerialError(
      "gone",
      `${this.path}: the device went away (${this.closedReason ?? "closed"})`,
      "check the cable or that the emulator is still running, then try again",
    );
  }

  /** Send bytes and wait until the OS has taken them. */
  async write(data: Buffer | string): Promise<void> {
    if (this.closedReason !== undefined) throw this.goneError();
    const bytes = typeof data === "string" ? Buffer.from(data, "latin1") : data;
    await new Promise<void>((resolve, reject) => {
      this.port.write(bytes, (e) => (e ? reject(this.goneError()) : undefined));
      this.port.drain((e) => (e ? reject(this.goneError()) : resolve()));
    });
  }

  /** Bytes received and not read yet. */
  get pending(): number {
    return this.buffer.length;
  }

  /** Take everything received so far. */
  takeAll(): Buffer {
    const all = this.buffer;
    this.buffer = Buffer.alloc(0);
    return all;
  }

  /** Discard input until none arrives for `quietMs` (what a device printed before we spoke). */
  async drainInput(quietMs = 50, maxMs = 1000): Promise<void> {
    const until = Date.now() + maxMs;
    do {
      this.takeAll();
      await new Promise((r) => setTimeout(r, quietMs));
    } while (this.buffer.length > 0 && Date.now() < until && this.isOpen);
    this.takeAll();
  }

  /**
   * Read up to and including `terminator`; returns what came before it. Rejects with a
   * SerialError on timeout (the bytes received so far in the message) or if the port closes.
   */
  readUntil(terminator: string | Buffer, opts: ReadOptions): Promise<Buffer> {
    const term = typeof terminator === "string" ? Buffer.from(terminator, "latin1") : terminator;
    const streamed: Buffer[] = [];
    return new Promise<Buffer>((resolve, reject) => {
      const finish = (err: SerialError | undefined, value?: Buffer): void => {
        clearTimeout(timer);
        this.waiter = undefined;
        if (err) reject(err);
        else resolve(value!);
      };
      const timer = setTimeout(() => {
        const seen = Buffer.concat([...streamed, this.buffer]).toString("latin1");
        const tail = JSON.stringify(seen.slice(-80));
        finish(
          new SerialError(
            "timeout",
            `${this.path}: no answer after ${opts.timeoutMs} ms while ${opts.what ?? `waiting for ${JSON.stringify(term.toString("latin1"))}`} (last bytes received: ${tail})`,
            "press the board's reset button or unplug it and plug it in again; a program that never ends needs a longer --timeout",
          ),
        );
      }, opts.timeoutMs);
      this.waiter = {
        check: () => {
          const at = this.buffer.indexOf(term);
          if (at >= 0) {
            const before = this.buffer.subarray(0, at);
            this.buffer = this.buffer.subarray(at + term.length);
            if (before.length > 0) opts.onData?.(before);
            streamed.push(before);
            finish(undefined, Buffer.concat(streamed));
            return;
          }
          if (opts.onData !== undefined) {
            const keep = partialTerminatorLength(this.buffer, term);
            const ready = this.buffer.subarray(0, this.buffer.length - keep);
            if (ready.length > 0) {
              this.buffer = this.buffer.subarray(ready.length);
              streamed.push(ready);
              opts.onData(ready);
            }
          }
          if (this.closedReason !== undefined) finish(this.goneError());
        },
      };
      this.waiter.check();
    });
  }

  /** Read exactly `n` bytes. */
  readExact(n: number, opts: ReadOptions): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(
          new SerialError(
            "timeout",
            `${this.path}: no answer after ${opts.timeoutMs} ms while ${opts.what ?? `waiting for ${n} bytes`}`,
            "press the board's reset button, then try again",
          ),
        );
      }, opts.timeoutMs);
      this.waiter = {
        check: () => {
          if (this.buffer.length >= n) {
            clearTimeout(timer);
            this.waiter = undefined;
            const got = this.buffer.subarray(0, n);
            this.buffer = this.buffer.subarray(n);
            resolve(got);
          } else if (this.closedReason !== undefined) {
            clearTimeout(timer);
            this.waiter = undefined;
            reject(this.goneError());
          }
        },
      };
      this.waiter.check();
    });
  }

  /** Subscribe to everything that arrives (the terminal); the read functions must not be used meanwhile. */
  onRaw(fn: (chunk: Buffer) => void): void {
    const flush = (): void => {
      if (this.buffer.length > 0) fn(this.takeAll());
    };
    this.waiter = { check: flush };
    flush();
  }

  /** A promise that settles when the port closes, with the reason. */
  closed(): Promise<string> {
    if (this.closedReason !== undefined) return Promise.resolve(this.closedReason);
    return new Promise((resolve) => {
      this.port.once("close", () => resolve(this.closedReason ?? "closed"));
    });
  }

  async close(): Promise<void> {
    if (!this.port.isOpen) return;
    await new Promise<void>((resolve) => this.port.close(() => resolve()));
  }
}
