// A place tests run: the Node build or the host executable (a process per test), or a
// device reached over a serial port (a board, an emulated board, the host executable on a
// pty) through the raw REPL.

import type { Actual } from "./outcome.js";

export interface Target {
  /** Run one test file; never rejects for a test that fails or hangs (that is in the Actual). */
  run(file: string, timeoutMs: number): Promise<Actual>;
  /** Stop what the target started (emulators, connections). */
  close(): Promise<void>;
}
