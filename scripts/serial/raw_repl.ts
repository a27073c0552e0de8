// The raw REPL client: how a tool runs code on a board (or the host executable, or an
// emulated board) over its serial console, byte-compatible with MicroPython's
// (shared/runtime/pyexec.c; the same protocol as mpremote's transport_serial.py).
//
//   const r = await RawRepl.open("/dev/ttyACM0");           // interrupts, enters the raw REPL
//   const { stdout, stderr } = await r.exec("print(1)", { timeoutMs: 5000 });
//   await r.softReset();                                      // Ctrl-D: fresh interpreter, still raw
//   await r.close();                                          // back to the friendly REPL, port closed
//
// Protocol: Ctrl-C interrupts whatever runs; Ctrl-A enters the raw REPL, which answers
// "raw REPL; CTRL-B to exit\r\n>". Code is sent in raw-paste mode when the device offers
// it (Ctrl-E 'A' Ctrl-A → "R\x01", a 16-bit little-endian window size, then one \x01 per
// window freed; Ctrl-D ends the source and is acknowledged with \x04), otherwise as plain
// raw REPL input ended by Ctrl-D and acknowledged with "OK". Either way the device then
// prints the program's output, \x04, the traceback if one was raised, \x04, and the ">"
// prompt. Ctrl-D at the empty raw prompt soft-resets: "OK\r\n", "MPY: soft reboot\r\n",
// and the raw REPL banner again.
//
// A terminal's output processing (the host executable on a pty) may turn the REPL's
// "\r\n" into "\r\r\n": the client waits only for the text and the ">", never for a
// line ending, so both work.

import { SerialError } from "./errors.js";
import { SerialLink } from "./link.js";

export interface ExecOptions {
  /** Limit for the program to finish, in milliseconds (default 10 s). */
  timeoutMs?: number;
  /** The program's output as it arrives, raw bytes ("\r\n" line endings on a board). */
  onStdout?: (chunk: Buffer) => void;
  /** The traceback, if one is printed, as it arrives. */
  onStderr?: (chunk: Buffer) => void;
}

export interface ExecResult {
  /** What the program printed, with "\r\n" turned into "\n". */
  stdout: string;
  /** The traceback of an uncaught exception ("" when none), "\r\n" turned into "\n". */
  stderr: string;
  /** The bytes as the device sent them. */
  stdoutBytes: Buffer;
}

export interface OpenOptions {
  baudRate?: number;
  /** Soft-reset once in the raw REPL, for a fresh interpreter (default false). */
  softReset?: boolean;
  /** Limit for the device to answer each step of entering the raw REPL (default 5 s). */
  timeoutMs?: number;
  /** Offer raw-paste mode (default true); false sends code as plain raw REPL input. */
  rawPaste?: boolean;
}

/** An exception raised on the device by code the client ran, with its traceback. */
export class DeviceError extends Error {
  constructor(readonly traceback: string) {
    const lines = traceback.trimEnd().split("\n");
    super(lines[lines.length - 1] ?? "exception on the device");
    this.name = "DeviceError";
  }
}

const RAW_BANNER = "raw REPL; CTRL-B to exit";
const CTRL_A = "\x01";
const CTRL_B = "\x02";
const CTRL_C = "\x03";
const CTRL_D = "\x04";
const PLAIN_CHUNK = 256;
/** How long the device must stay silent at the raw prompt before the client speaks. */
const QUIET_MS = 100;

export function crlfToLf(s: string): string {
  return s.replace(/\r+\n/g, "\n");
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class RawRepl {
  /** Whether raw-paste mode is tried (cleared once the device refuses it). */
  private useRawPaste = true;

  /** Whether code goes through raw-paste mode (false once the device refused it). */
  get rawPaste(): boolean {
    return this.useRawPaste;
  }
  /** Whether the device sits at the raw prompt with the prompt read; false after a timeout or interrupt. */
  private atPrompt = false;

  private constructor(
    readonly link: SerialLink,
    private readonly stepTimeoutMs: number,
  ) {}

  /** Open `path`, interrupt whatever runs and enter the raw REPL. */
  static async open(path: string, opts: OpenOptions = {}): Promise<RawRepl> {
    const link = await SerialLink.open(path, opts.baudRate);
    try {
      return await RawRepl.attach(link, opts);
    } catch (e) {
      await link.close();
      throw e;
    }
  }

  /** Enter the raw REPL on a link already open. */
  static async attach(link: SerialLink, opts: OpenOptions = {}): Promise<RawRepl> {
    const r = new RawRepl(link, opts.timeoutMs ?? 5000);
    r.useRawPaste = opts.rawPaste ?? true;
    await r.enter();
    if (opts.softReset === true) await r.softReset();
    return r;
  }

  get path(): string {
    return this.link.path;
  }

  private noRawRepl(e: unknown): SerialError {
    if (e instanceof SerialError && e.kind === "gone") return e;
    return new SerialError(
      "no-raw-repl",
      `${this.link.path}: the device does not answer the raw REPL${e instanceof Error ? ` (${e.message})` : ""}`,
      "check that it runs Pyxis or MicroPython and that --port names it; a program that ignores Ctrl-C needs the reset button",
    );
  }

  /** Interrupt any running program (Ctrl-C twice), drop what it printed, enter the raw REPL (Ctrl-A). */
  async enter(): Promise<void> {
    this.atPrompt = false;
    try {
      await this.link.write(`\r${CTRL_C}`);
      await sleep(100);
      await this.link.write(CTRL_C);
      await this.link.drainInput(60, 1500);
      await this.link.write(`\r${CTRL_A}`);
      await this.link.readUntil(RAW_BANNER, { timeoutMs: this.stepTimeoutMs, what: "entering the raw REPL (Ctrl-A)" });
      await this.link.readUntil(">", { timeoutMs: this.stepTimeoutMs, what: "waiting for the raw REPL's prompt" });
      await this.settle();
    } catch (e) {
      throw this.noRawRepl(e);
    }
    this.atPrompt = true;
  }

  /**
   * Wait until the device is quiet at the raw prompt. A device that was slow to start may
   * answer an earlier Ctrl-A (from a connection that gave up on it) after this one's:
   * its extra banners and prompts must not be taken for answers to what comes next.
   */
  private async settle(): Promise<void> {
    for (;;) {
      await sleep(QUIET_MS);
      if (this.link.pending === 0) return;
      const extra = this.link.takeAll().toString("latin1");
      if (!extra.endsWith(">")) await this.link.readUntil(">", { timeoutMs: this.stepTimeoutMs, what: "waiting for the raw REPL's prompt" });
    }
  }

  /**
   * Soft-reset the device from the raw REPL (Ctrl-D at the empty prompt): a fresh
   * interpreter, still in the raw REPL. Rejects with a SerialError of kind "gone" when the
   * target exits instead (the host executable does, as MicroPython's unix port).
   */
  async softReset(): Promise<void> {
    if (!this.atPrompt) await this.enter();
    this.atPrompt = false;
    await this.link.write(CTRL_D);
    const t = { timeoutMs: this.stepTimeoutMs };
    await this.link.readUntil("soft reboot", { ...t, what: "waiting for the soft reboot (Ctrl-D)" });
    await this.link.readUntil(RAW_BANNER, { ...t, what: "waiting for the raw REPL after the soft reboot" });
    await this.link.readUntil(">", { ...t, what: "waiting for the raw REPL's prompt" });
    this.atPrompt = true;
  }

  /** Run `code` (a whole module's source) on the device; the traceback, if any, is in `stderr`. */
  async exec(code: string | Buffer, opts: ExecOptions = {}): Promise<ExecResult> {
    const source = typeof code === "string" ? Buffer.from(code, "utf8") : code;
    const timeoutMs = opts.timeoutMs ?? 10_000;
    if (!this.atPrompt) await this.enter();
    this.atPrompt = false;
    // Every wait from here on is part of running the program: a device that compiles
    // slowly (an emulator, the core in Node) gets the program's whole limit, not a step's.
    const step = Math.max(timeoutMs, this.stepTimeoutMs);
    try {
      await this.send(source, step);
      const stdout = await this.link.readUntil(CTRL_D, {
        timeoutMs,
        what: "running the program (it may be stuck in a loop)",
        onData: opts.onStdout,
      });
      const stderr = await this.link.readUntil(CTRL_D, {
        timeoutMs: step,
        what: "waiting for the end of the traceback",
        onData: opts.onStderr,
      });
      await this.link.readUntil(">", { timeoutMs: step, what: "waiting for the raw REPL's prompt" });
      this.atPrompt = true;
      return {
        stdout: crlfToLf(stdout.toString("utf8")),
        stderr: crlfToLf(stderr.toString("utf8")),
        stdoutBytes: stdout,
      };
    } catch (e) {
      // Leave the device at a known state for the next call: interrupt the program.
      if (e instanceof SerialError && e.kind === "timeout" && this.link.isOpen) {
        await this.link.write(CTRL_C).catch(() => undefined);
      }
      throw e;
    }
  }

  /** Run `code`; raise a DeviceError carrying the traceback if it raised. Returns its output. */
  async execChecked(code: string | Buffer, opts: ExecOptions = {}): Promise<string> {
    const r = await this.exec(code, opts);
    if (r.stderr !== "") throw new DeviceError(r.stderr);
    return r.stdout;
  }

  /** The repr of a Python expression evaluated on the device. */
  async eval(expr: string, opts: ExecOptions = {}): Promise<string> {
    return (await this.execChecked(`print(repr(${expr}))`, opts)).replace(/\n$/, "");
  }

  private async send(source: Buffer, timeoutMs: number): Promise<void> {
    if (this.useRawPaste) {
      await this.link.write(`\x05A${CTRL_A}`);
      const answer = await this.link.readExact(2, { timeoutMs, what: "asking for raw-paste mode" });
      if (answer.toString("latin1") === "R\x01") {
        await this.sendRawPaste(source, timeoutMs);
        return;
      }
      this.useRawPaste = false;
      if (answer.toString("latin1") !== "R\x00") {
        // A device without raw-paste took the bytes as input; its Ctrl-A restarts the raw REPL.
        await this.link.readUntil(RAW_BANNER, { timeoutMs, what: "falling back to the raw REPL" });
        await this.link.readUntil(">", { timeoutMs, what: "waiting for the raw REPL's prompt" });
      }
    }
    for (let at = 0; at < source.length; at += PLAIN_CHUNK) {
      await this.link.write(source.subarray(at, at + PLAIN_CHUNK));
      await sleep(10);
    }
    await this.link.write(CTRL_D);
    const ok = await this.link.readExact(2, { timeoutMs, what: "waiting for the raw REPL's OK" });
    if (ok.toString("latin1") !== "OK") {
      throw new SerialError("protocol", `${this.link.path}: the raw REPL answered ${JSON.stringify(ok.toString("latin1"))} instead of "OK"`);
    }
  }

  /** Raw-paste: send within the windows the device grants, as mpremote's raw_paste_write. */
  private async sendRawPaste(source: Buffer, timeoutMs: number): Promise<void> {
    const t = { timeoutMs, what: "waiting for the raw-paste window" };
    const windowSize = (await this.link.readExact(2, t)).readUInt16LE(0);
    let room = windowSize;
    let at = 0;
    while (at < source.length) {
      while (room === 0 || this.link.pending > 0) {
        const b = (await this.link.readExact(1, t))[0];
        if (b === 0x01) {
          room += windowSize;
        } else if (b === 0x04) {
          // The device ended the paste early (an error while reading): acknowledge, then read the output.
          await this.link.write(CTRL_D);
          return;
        } else {
          throw new SerialError("protocol", `${this.link.path}: unexpected byte 0x${b!.toString(16)} during raw paste`);
        }
      }
      const chunk = source.subarray(at, at + room);
      await this.link.write(chunk);
      room -= chunk.length;
      at += chunk.length;
    }
    await this.link.write(CTRL_D);
    await this.link.readUntil(CTRL_D, { timeoutMs, what: "waiting for the end of the raw paste" });
  }

  /** Leave the raw REPL (Ctrl-B) for the friendly one. */
  async exitRaw(): Promise<void> {
    if (this.link.isOpen) await this.link.write(`\r${CTRL_B}`);
    this.atPrompt = false;
  }

  /** Back to the friendly REPL, then close the port. */
  async close(): Promise<void> {
    await this.exitRaw().catch(() => undefined);
    await this.link.close();
  }
}
