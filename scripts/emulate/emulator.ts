// Emulated boards, reached like real ones: through a pseudo-terminal. startEmulator runs a
// board's built firmware in the emulator its port has (scripts/emulate/<port>.ts) and
// hands back the pty a serial client opens, as it would open /dev/ttyACM0.

import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { loadBoard } from "../boards/board.js";

export interface EmulatorHandle {
  /** The /dev/pts/N a serial client opens: the board's console. */
  path: string;
  /** Stop the emulation and close the pty. */
  stop(): Promise<void>;
  /** Settles when the emulation ends: the firmware's exit status when it stops by itself
   *  (an rp2040 firmware halting on `bkpt`), null when stopped. */
  exited: Promise<number | null>;
  /** Nanoseconds of emulated time since the board powered on (when the emulator can tell). */
  emulatedNanos?(): number;
  /** The board's GPIO, observable by tests (when the emulator models it). */
  gpio?: EmulatedGpio;
}

export interface GpioChange {
  /** Emulated time of the change, in nanoseconds since power-on. */
  nanos: number;
  pin: number;
  /** The level the pin drives (true high), or null when it stopped driving (input). */
  level: boolean | null;
}

export interface EmulatedGpio {
  /** Every change of a pin's driven level since the start, oldest first. */
  readonly log: readonly GpioChange[];
  /** The level pin drives now, or null when it is not an output. */
  level(pin: number): boolean | null;
  /** Call listener on every change from now on; returns a function that stops it. */
  onChange(listener: (change: GpioChange) => void): () => void;
  /** Drive an input pin from outside (a button). */
  setInput(pin: number, high: boolean): void;
}

export interface EmulatorOptions {
  /** The directory `pyxis build --board B` wrote (build/<BOARD> by default). */
  firmwareDir: string;
  /** No progress messages on stderr. */
  quiet?: boolean;
  /** Which console the pty carries: the board's own (default), or UART0's pins, for
   *  firmware built with a UART console. */
  console?: "board" | "uart";
  /** A file holding the whole flash (RP2040): read at start (the firmware written over its
   *  start), every erase and program written back, so files survive an emulator restart. */
  flashImage?: string;
}

export class EmulatorError extends Error {}

/** The port of boards/<board> (board.json's "port", checked as every build checks it). */
export function boardPort(board: string): string {
  try {
    return loadBoard(board).config.port;
  } catch (e) {
    throw new EmulatorError((e as Error).message);
  }
}

export function defaultFirmwareDir(board: string): string {
  return path.join(REPO_ROOT, "build", board);
}

export async function startEmulator(board: string, opts: EmulatorOptions): Promise<EmulatorHandle> {
  const port = boardPort(board);
  switch (port) {
    case "rp2040": {
      const { startRp2040 } = await import("./rp2040.js");
      return startRp2040(board, opts);
    }
    default: {
      // Other ports bring their own module, scripts/emulate/<port>.ts, exporting startEmulator.
      const file = path.join(import.meta.dirname, `${port}.ts`);
      if (!fs.existsSync(file)) throw new EmulatorError(`board ${board} (port ${port}) has no emulator`);
      const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { startEmulator?: (b: string, o: EmulatorOptions) => Promise<EmulatorHandle> };
      if (typeof mod.startEmulator !== "function") throw new EmulatorError(`scripts/emulate/${port}.ts exports no startEmulator`);
      return mod.startEmulator(board, opts);
    }
  }
}
