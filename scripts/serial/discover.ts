// Which serial ports are attached, and which board each looks like. serialport's own list
// needs udevadm, absent on many machines and containers, so the kernel's sysfs is read
// directly: /sys/class/tty/<name>/device leads to the USB interface, whose parent USB
// device holds idVendor, idProduct, serial, manufacturer and product. A VID:PID is matched
// against the usb fields of boards/*/board.json.

import * as fs from "node:fs";
import * as path from "node:path";
import { BOARDS_DIR, listBoards, parseBoardJson } from "../boards/board.js";
import { SerialError } from "./errors.js";

export interface PortInfo {
  /** /dev/ttyACM0 */
  path: string;
  vid?: number;
  pid?: number;
  serialNumber?: string;
  manufacturer?: string;
  product?: string;
  /** The boards whose board.json has this VID:PID. */
  boards: string[];
}

export interface DiscoverRoots {
  sysRoot?: string; // "/sys"
  devRoot?: string; // "/dev"
  boardsDir?: string;
}

/** Names of the tty devices worth listing: USB CDC (ttyACM*) and USB-serial adapters (ttyUSB*). */
const SERIAL_NAME = /^tty(ACM|USB)\d+$/;

function readAttr(dir: string, name: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, name), "utf8").trim();
  } catch {
    return undefined;
  }
}

/** The USB device directory above a tty's device link (the interface's parent), if any. */
function usbDeviceDir(sysRoot: string, tty: string): string | undefined {
  let dir: string;
  try {
    dir = fs.realpathSync(path.join(sysRoot, "class", "tty", tty, "device"));
  } catch {
    return undefined;
  }
  for (let up = 0; up < 4; up++) {
    if (fs.existsSync(path.join(dir, "idVendor"))) return dir;
    dir = path.dirname(dir);
  }
  return undefined;
}

/** VID:PID → boards, from every board.json that parses (a broken one is skipped here; `pyxis build` reports it). */
export function boardsByUsbId(boardsDir = BOARDS_DIR): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const name of listBoards(boardsDir)) {
    const file = path.join(boardsDir, name, "board.json");
    try {
      const cfg = parseBoardJson(fs.readFileSync(file, "utf8"), file);
      if (cfg.usb === undefined) continue;
      const key = usbKey(cfg.usb.vid, cfg.usb.pid);
      map.set(key, [...(map.get(key) ?? []), name]);
    } catch {
      continue;
    }
  }
  return map;
}

export function usbKey(vid: number, pid: number): string {
  return `${vid.toString(16).padStart(4, "0")}:${pid.toString(16).padStart(4, "0")}`;
}

export function listPorts(roots: DiscoverRoots = {}): PortInfo[] {
  const sysRoot = roots.sysRoot ?? "/sys";
  const devRoot = roots.devRoot ?? "/dev";
  const names = new Set<string>();
  for (const dir of [path.join(sysRoot, "class", "tty"), devRoot]) {
    try {
      for (const n of fs.readdirSync(dir)) if (SERIAL_NAME.test(n)) names.add(n);
    } catch {
      continue;
    }
  }
  const byId = boardsByUsbId(roots.boardsDir);
  const ports: PortInfo[] = [];
  for (const name of [...names].sort((a, b) => a.localeCompare(b, "en", { numeric: true }))) {
    const info: PortInfo = { path: path.join(devRoot, name), boards: [] };
    const usb = usbDeviceDir(sysRoot, name);
    if (usb !== undefined) {
      const vid = readAttr(usb, "idVendor");
      const pid = readAttr(usb, "idProduct");
      if (vid !== undefined && pid !== undefined) {
        info.vid = parseInt(vid, 16);
        info.pid = parseInt(pid, 16);
        info.boards = byId.get(usbKey(info.vid, info.pid)) ?? [];
      }
      info.serialNumber = readAttr(usb, "serial");
      info.manufacturer = readAttr(usb, "manufacturer");
      info.product = readAttr(usb, "product");
    }
    ports.push(info);
  }
  return ports;
}

/**
 * The port to use when the user gave none: the one port that looks like a known board,
 * else the only port there is. Otherwise a SerialError that says what to do.
 */
export function choosePort(given: string | undefined, roots: DiscoverRoots = {}): string {
  if (given !== undefined && given !== "") return given;
  const ports = listPorts(roots);
  const known = ports.filter((p) => p.boards.length > 0);
  if (known.length === 1) return known[0]!.path;
  if (known.length === 0 && ports.length === 1) return ports[0]!.path;
  if (ports.length === 0) {
    throw new SerialError(
      "no-device",
      "no device found: no /dev/ttyACM* or /dev/ttyUSB* port is attached",
      "plug the board in (a data cable, not a charge-only one), or give --port PATH (an emulator's /dev/pts/N)",
    );
  }
  throw new SerialError(
    "no-device",
    `several serial ports are attached (${ports.map((p) => p.path).join(", ")})`,
    "choose one with --port PATH; `pyxis devs` tells which board each looks like",
  );
}
