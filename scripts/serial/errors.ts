// Errors of the serial tools, each with the message a user reads and what to try next.
// Commands print `pyxis: <message>` and the hint, then exit with the error's status.

export type SerialErrorKind =
  | "no-device" // nothing attached, or several boards and no --port
  | "not-found" // the port path does not exist
  | "busy" // another program holds the port
  | "permission" // the user may not open the port
  | "no-raw-repl" // the device does not answer the raw REPL protocol
  | "timeout" // the device stopped answering in the middle of something
  | "gone" // the port closed (unplugged, or a host target exited)
  | "device-file" // a file operation on the device failed (not found, full…)
  | "protocol"; // the device answered something unexpected

export class SerialError extends Error {
  constructor(
    readonly kind: SerialErrorKind,
    message: string,
    /** What the user can try; printed on its own line. */
    readonly hint = "",
  ) {
    super(message);
    this.name = "SerialError";
  }
}

/** A SerialError for a failure of serialport's open, recognised by its errno text. */
export function openError(portPath: string, cause: unknown): SerialError {
  const text = cause instanceof Error ? cause.message : String(cause);
  if (/No such file|ENOENT/.test(text)) {
    return new SerialError("not-found", `${portPath}: no such serial port`, "run `pyxis devs` to list the ports attached");
  }
  if (/Cannot lock port|Resource temporarily unavailable|EBUSY|busy/i.test(text)) {
    return new SerialError(
      "busy",
      `${portPath} is busy: another program has it open`,
      "close the other terminal (screen, minicom, Thonny, another pyxis repl) and try again",
    );
  }
  if (/Permission denied|EACCES/.test(text)) {
    return new SerialError(
      "permission",
      `${portPath}: permission denied`,
      "add yourself to the group that owns the port (`sudo usermod -aG dialout $USER`, then log in again)",
    );
  }
  return new SerialError("protocol", `${portPath}: cannot open: ${text}`);
}

/** Print an error the way a user can act on it; returns the exit status to use. */
export function reportError(e: unknown): number {
  if (e instanceof SerialError) {
    process.stderr.write(`pyxis: ${e.message}\n`);
    if (e.hint !== "") process.stderr.write(`pyxis: ${e.hint}\n`);
    return 2;
  }
  process.stderr.write(`pyxis: ${e instanceof Error ? e.message : String(e)}\n`);
  return 2;
}
