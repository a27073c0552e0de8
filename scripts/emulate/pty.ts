// A pseudo-terminal for an emulated board's console. Node cannot open a pty master by
// itself, so socat holds it: `socat pty,raw,echo=0 STDIO` creates /dev/pts/N (named on its
// stderr) and relays bytes between it and our pipes. A client may close the pty and open
// it again (one test session after another): socat keeps the master open meanwhile.

import { spawn, type ChildProcess } from "node:child_process";
import { EmulatorError } from "./emulator.js";

export interface PtyRelay {
  /** /dev/pts/N, the end a serial client opens. */
  path: string;
  /** Send bytes to the client. */
  write(bytes: Uint8Array): void;
  /** Bytes the client sent. */
  onData(listener: (bytes: Uint8Array) => void): void;
  close(): Promise<void>;
}

const PTY_LINE = /PTY is (\S+)/;

export async function openPtyRelay(): Promise<PtyRelay> {
  let child: ChildProcess;
  try {
    // ignoreeof: a client closing the slave end is not the end of the console.
    child = spawn("socat", ["-d", "-d", "pty,raw,echo=0,ignoreeof", "STDIO"], { stdio: ["pipe", "pipe", "pipe"] });
  } catch (e) {
    throw new EmulatorError(`cannot start socat (is it installed?): ${(e as Error).message}`);
  }
  const listeners: ((bytes: Uint8Array) => void)[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    for (const l of listeners) l(new Uint8Array(chunk));
  });
  // Writes after socat is gone are dropped (EPIPE), not thrown.
  child.stdin!.on("error", () => {});
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const ptyPath = await new Promise<string>((resolve, reject) => {
    let text = "";
    const onErr = (chunk: Buffer): void => {
      text += chunk.toString("utf8");
      const m = PTY_LINE.exec(text);
      if (m) {
        child.stderr!.off("data", onErr);
        // Keep draining socat's diagnostics so it never blocks on a full pipe.
        child.stderr!.resume();
        resolve(m[1]!);
      }
    };
    child.stderr!.on("data", onErr);
    child.once("error", (e) => reject(new EmulatorError(`cannot start socat (is it installed?): ${e.message}`)));
    child.once("exit", (code) => reject(new EmulatorError(`socat exited (status ${code}) before creating a pty: ${text.trim()}`)));
  });

  return {
    path: ptyPath,
    write(bytes) {
      if (child.exitCode === null && !child.stdin!.destroyed) child.stdin!.write(bytes);
    },
    onData(listener) {
      listeners.push(listener);
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
