// Flashing a UF2 board (RP2040) through its ROM bootloader's USB drive: the drive (RPI-RP2)
// is a mounted volume holding INFO_UF2.TXT; copying a .uf2 file onto it writes the flash, after
// which the bootloader reboots the chip and the drive goes away.
//   1. check the UF2's family id against the board (a wrong file is refused before copying);
//   2. find the drive (--drive DIR, else the mounts in /proc/mounts and under /media and
//      /run/media); when there is none and a serial port is known, ask the board to reboot into
//      the bootloader (raw REPL `machine.bootloader()`, else the 1200-baud touch) and wait;
//   3. check the free space, copy, flush; 4. wait for the drive to go and the port to return.

import * as fs from "node:fs";
import * as path from "node:path";
import type { Board } from "../boards/board.js";
import { familyName, parseUf2, RP2040_FAMILY_ID, Uf2Error } from "../build/uf2.js";

export const INFO_FILE = "INFO_UF2.TXT";

/** The family id each UF2 MCU's bootloader accepts, when board.json's uf2.familyId is absent. */
const MCU_FAMILY: Record<string, number> = { RP2040: RP2040_FAMILY_ID };

export class FlashError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(hint === undefined ? message : `${message}\n${hint}`);
  }
}

export interface DriveSearch {
  /** /proc/mounts, or a file in its format (tests). */
  mountsFile?: string;
  /** Directories whose children (and grandchildren: /media/<user>/<label>) may be mounted drives. */
  mediaDirs?: string[];
}

export interface Uf2FlashOptions {
  board: Board;
  uf2File: string;
  /** The drive's directory (skips the search). */
  drive?: string;
  /** A serial port where the board runs Pyxis (asked to reboot into the bootloader). */
  port?: string;
  search?: DriveSearch;
  /** Asks the board on `port` to reboot into its bootloader; default: raw REPL, else 1200-baud touch. */
  requestBootloader?: (port: string) => Promise<void>;
  /** Free bytes on the drive; default statfs. */
  freeSpace?: (dir: string) => number;
  /** How long to wait for the drive to appear after asking for the bootloader (default 10 s). */
  appearTimeoutMs?: number;
  /** How long to wait for the drive to go after the copy (default 20 s). */
  goneTimeoutMs?: number;
  pollMs?: number;
  log?: (line: string) => void;
}

export interface Uf2FlashResult {
  drive: string;
  copied: string;
  /** The drive went away (the bootloader took the file and rebooted). */
  driveGone: boolean;
  /** The serial port is back (undefined when no port was known). */
  portBack?: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The family id the board's bootloader accepts. */
export function expectedFamily(board: Board): number {
  const id = board.config.uf2?.familyId ?? MCU_FAMILY[board.config.mcu];
  if (id === undefined) throw new FlashError(`${board.name}: its board.json names no uf2.familyId, and ${board.config.mcu} has no known UF2 family`);
  return id;
}

/** Read a UF2 file and check that every block is for the board's family. Returns its size. */
export function checkUf2(file: string, board: Board): number {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "it does not exist" : (e as Error).message;
    throw new FlashError(`cannot read ${file}: ${why}`, `build it first: pyxis build --board ${board.name}`);
  }
  let family: number | undefined;
  try {
    const contents = parseUf2(bytes, file);
    if (contents.chunks.length === 0) throw new FlashError(`${file} holds no blocks for the main flash`);
    family = contents.familyId;
  } catch (e) {
    if (e instanceof Uf2Error) throw new FlashError(`${file} is not a valid UF2 file: ${e.message}`);
    throw e;
  }
  const expected = expectedFamily(board);
  if (family !== expected) {
    throw new FlashError(
      `${file} is for UF2 family ${familyName(family)}, but ${board.name} (${board.config.mcu}) takes ${familyName(expected)}`,
      "the file was built for another chip: build this board's firmware (pyxis build --board " + board.name + ")",
    );
  }
  return bytes.length;
}

/** Mount points listed in a /proc/mounts text (octal escapes such as \040 for space undone). */
export function parseMounts(text: string): string[] {
  return text.split("\n")
    .map((line) => line.split(" ")[1])
    .filter((m): m is string => m !== undefined && m !== "")
    .map((m) => m.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8))));
}

function isUf2Drive(dir: string): boolean {
  try {
    return fs.statSync(path.join(dir, INFO_FILE)).isFile();
  } catch {
    return false;
  }
}

function childDirs(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
  } catch {
    return [];
  }
}

/** Every mounted UF2 drive found: mount points, then /media/X, /media/USER/X, /run/media/USER/X. */
export function findUf2Drives(search: DriveSearch = {}): string[] {
  const candidates: string[] = [];
  try {
    candidates.push(...parseMounts(fs.readFileSync(search.mountsFile ?? "/proc/mounts", "utf8")));
  } catch {
    // No /proc (not Linux): the media directories remain.
  }
  for (const media of search.mediaDirs ?? ["/media", "/run/media"]) {
    for (const child of childDirs(media)) candidates.push(child, ...childDirs(child));
  }
  const seen = new Set<string>();
  return candidates.filter((dir) => {
    const key = path.resolve(dir);
    if (seen.has(key) || !isUf2Drive(dir)) return false;
    seen.add(key);
    return true;
  });
}

/** What INFO_UF2.TXT says the drive is ("Board-ID: RPI-RP2"), for messages. */
export function driveBoardId(dir: string): string | undefined {
  try {
    return /^Board-ID:\s*(.+?)\s*$/m.exec(fs.readFileSync(path.join(dir, INFO_FILE), "utf8"))?.[1];
  } catch {
    return undefined;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number, pollMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (condition()) return true;
    if (Date.now() >= end) return false;
    await sleep(pollMs);
  }
}

/** Ask a board running Pyxis (or MicroPython) to reboot into its ROM bootloader: the raw REPL's
 *  `machine.bootloader()`; when the raw REPL does not answer, the 1200-baud touch (open the
 *  CDC port at 1200 baud and close it), which MicroPython's rp2 port also honours. */
export async function defaultRequestBootloader(port: string): Promise<void> {
  const { RawRepl } = await import("../serial/raw_repl.js");
  let repl: Awaited<ReturnType<typeof RawRepl.open>> | undefined;
  try {
    repl = await RawRepl.open(port, { timeoutMs: 3000 });
  } catch {
    repl = undefined;
  }
  if (repl !== undefined) {
    // The board resets during the call: the answer never comes, and the port goes away.
    await repl.exec("import machine\nmachine.bootloader()\n", { timeoutMs: 1500 }).catch(() => undefined);
    await repl.link.close().catch(() => undefined);
    return;
  }
  const { SerialPort } = await import("serialport");
  await new Promise<void>((resolve) => {
    const sp = new SerialPort({ path: port, baudRate: 1200 }, (error) => {
      if (error !== null) resolve();
      else sp.close(() => resolve());
    });
  });
}

function freeBytes(dir: string): number {
  const st = fs.statfsSync(dir);
  return st.bavail * st.bsize;
}

/** Flash a board through its UF2 drive. Throws FlashError with what to do. */
export async function flashUf2(options: Uf2FlashOptions): Promise<Uf2FlashResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const pollMs = options.pollMs ?? 200;
  const { board, uf2File } = options;
  const size = checkUf2(uf2File, board);

  let drive: string | undefined;
  if (options.drive !== undefined) {
    if (!isUf2Drive(options.drive)) {
      throw new FlashError(`${options.drive} is not a UF2 bootloader drive: it holds no ${INFO_FILE}`, "give the directory where the RPI-RP2 drive is mounted");
    }
    drive = options.drive;
  } else {
    let drives = findUf2Drives(options.search);
    if (drives.length === 0 && options.port !== undefined) {
      log(`pyxis: asking the board on ${options.port} to reboot into its bootloader`);
      await (options.requestBootloader ?? defaultRequestBootloader)(options.port);
      await waitFor(() => (drives = findUf2Drives(options.search)).length > 0, options.appearTimeoutMs ?? 10_000, pollMs);
    }
    if (drives.length === 0) {
      throw new FlashError(
        `no UF2 bootloader drive found (a mounted volume holding ${INFO_FILE}, named RPI-RP2 on an RP2040)`,
        "hold the BOOTSEL button while plugging the board in (or give --port PORT of a board running Pyxis), " +
          "make sure the drive is mounted, or name it with --drive DIR",
      );
    }
    if (drives.length > 1) throw new FlashError(`several UF2 drives are mounted (${drives.join(", ")})`, "choose one with --drive DIR");
    drive = drives[0]!;
  }
  const id = driveBoardId(drive);
  log(`pyxis: UF2 drive ${drive}${id !== undefined ? ` (${id})` : ""}`);

  const free = (options.freeSpace ?? freeBytes)(drive);
  if (free < size) {
    throw new FlashError(`the drive ${drive} is full: ${free} bytes free, the UF2 file needs ${size}`, "is it the bootloader's drive? An RPI-RP2 drive always has room for a firmware");
  }
  const target = path.join(drive, path.basename(uf2File));
  try {
    const fd = fs.openSync(target, "w");
    try {
      fs.writeSync(fd, fs.readFileSync(uf2File));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // The bootloader may reboot (and unmount) as soon as the last block arrives.
    if (code !== "ENOENT" && code !== "EIO") {
      if (code === "ENOSPC") throw new FlashError(`the drive ${drive} is full: the UF2 file (${size} bytes) did not fit`);
      throw new FlashError(`copying to ${target} failed: ${(e as Error).message}`);
    }
  }
  log(`pyxis: copied ${size} bytes to ${target}; waiting for the board to reboot`);
  const driveGone = await waitFor(() => !isUf2Drive(drive), options.goneTimeoutMs ?? 20_000, pollMs);
  if (!driveGone) log(`pyxis: the drive ${drive} is still there: the bootloader may not have taken the file (check the board)`);
  let portBack: boolean | undefined;
  if (options.port !== undefined && driveGone) {
    portBack = await waitFor(() => fs.existsSync(options.port!), options.appearTimeoutMs ?? 10_000, pollMs);
    log(portBack ? `pyxis: ${options.port} is back` : `pyxis: ${options.port} has not come back yet`);
  }
  return { drive, copied: target, driveGone, portBack };
}
