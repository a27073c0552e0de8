// The terminal of `pyxis repl`: the keyboard goes to the device byte for byte (raw mode:
// Ctrl-C, Ctrl-D, arrows and Tab reach the device's REPL, which does all the editing),
// and what the device sends goes to the screen unchanged. Ctrl-] leaves. Nothing depends
// on the window's size (the device's line editor only moves the cursor relative to where
// it is), so resizing the window during a session is harmless.

import { SerialLink } from "./link.js";

const CTRL_RIGHT_BRACKET = 0x1d;

export interface TerminalStreams {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (on: boolean) => unknown };
  output: NodeJS.WritableStream;
  /** Where the connect/leave notes go (stderr). */
  notes: NodeJS.WritableStream;
}

/** Connect the keyboard and screen to the device until Ctrl-] or the port closes; resolves with the exit status. */
export async function runTerminal(link: SerialLink, io: TerminalStreams): Promise<number> {
  io.notes.write(`Connected to ${link.path}. Ctrl-] to leave.\r\n`);
  const raw = io.input.isTTY === true && typeof io.input.setRawMode === "function";
  if (raw) io.input.setRawMode!(true);
  link.onRaw((chunk) => io.output.write(chunk));
  let status = 0;
  let left = false;
  let onKeys: ((chunk: Buffer | string) => void) | undefined;
  let onEnd: (() => void) | undefined;
  await new Promise<void>((done) => {
    const resolve = (): void => {
      left = true;
      done();
    };
    onKeys = (chunk: Buffer | string) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      const quit = bytes.indexOf(CTRL_RIGHT_BRACKET);
      const toSend = quit >= 0 ? bytes.subarray(0, quit) : bytes;
      if (toSend.length > 0) link.write(toSend).catch(() => resolve());
      if (quit >= 0) resolve();
    };
    // Input that ends (a pipe) leaves once what was typed has been answered.
    onEnd = () => setTimeout(resolve, 500);
    io.input.on("data", onKeys);
    io.input.on("end", onEnd);
    void link.closed().then((reason) => {
      if (left) return; // closed by us, after Ctrl-]
      io.notes.write(`\r\npyxis: ${link.path} closed (${reason})\r\n`);
      status = 1;
      resolve();
    });
    io.input.resume();
  });
  io.input.off("data", onKeys!);
  io.input.off("end", onEnd!);
  io.input.pause();
  if (raw) io.input.setRawMode!(false);
  io.notes.write("\r\n");
  return status;
}
