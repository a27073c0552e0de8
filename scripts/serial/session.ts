// What the device commands (run, exec, eval, fs, soft-reset, reset) share: the --port
// and --timeout options, opening the chosen port in the raw REPL, reporting errors the
// way a user can act on them, and writing the device's "\r\n" output as "\n".

import { Command, Option } from "commander";
import { choosePort } from "./discover.js";
import { reportError } from "./errors.js";
import { RawRepl } from "./raw_repl.js";

export interface DeviceOptions {
  port?: string;
  baud?: string;
  timeout?: string;
}

/** Add --port, --baud and --timeout to a device command. */
export function withDeviceOptions(cmd: Command, defaultTimeoutS = 0): Command {
  return cmd
    .addOption(new Option("-p, --port <path>", "serial port (/dev/ttyACM0, an emulator's /dev/pts/N); optional with one board attached").env("PYXIS_PORT"))
    .option("--baud <rate>", "baud rate of a UART console", "115200")
    .option("-t, --timeout <seconds>", `limit for the code to finish${defaultTimeoutS === 0 ? " (default: none)" : ""}`, defaultTimeoutS === 0 ? undefined : String(defaultTimeoutS));
}

export function timeoutMs(opts: DeviceOptions): number {
  const s = opts.timeout === undefined ? 0 : Number(opts.timeout);
  // "No limit" is a day: long enough for any program, short enough for a timer.
  return Number.isFinite(s) && s > 0 ? s * 1000 : 24 * 3600 * 1000;
}

/** Open the device in the raw REPL, run `fn`, leave the raw REPL; exit with fn's status or the error's. */
export async function onDevice(opts: DeviceOptions, fn: (r: RawRepl) => Promise<number>): Promise<never> {
  let status: number;
  let repl: RawRepl | undefined;
  try {
    const port = choosePort(opts.port);
    repl = await RawRepl.open(port, { baudRate: Number(opts.baud ?? 115200) });
    status = await fn(repl);
  } catch (e) {
    status = reportError(e);
  }
  if (repl !== undefined) await repl.close().catch(() => undefined);
  process.exit(status);
}

/** A sink that turns "\r\n" (split across chunks or not) into "\n" before writing. */
export function lfWriter(write: (b: Buffer) => void): (chunk: Buffer) => void {
  let heldCr = "";
  return (chunk: Buffer) => {
    let s = heldCr + chunk.toString("latin1");
    // Carriage returns at the end may be the start of a "\r\n": hold them for the next chunk.
    heldCr = /\r*$/.exec(s)![0];
    s = s.slice(0, s.length - heldCr.length);
    const out = s.replace(/\r+\n/g, "\n");
    if (out !== "") write(Buffer.from(out, "latin1"));
  };
}

/** Run source on the device, streaming its output; status 1 (traceback on stderr) when it raises. */
export async function runStreaming(r: RawRepl, source: string | Buffer, opts: DeviceOptions): Promise<number> {
  const out = lfWriter((b) => process.stdout.write(b));
  const err = lfWriter((b) => process.stderr.write(b));
  const res = await r.exec(source, { timeoutMs: timeoutMs(opts), onStdout: out, onStderr: err });
  return res.stderr === "" ? 0 : 1;
}
