// Port discovery from sysfs (no udevadm needed), matched to boards by their board.json's
// USB VID:PID, and the choice of a port when the user gives none.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { formatPort } from "../../scripts/commands/devs.js";
import { choosePort, listPorts, type DiscoverRoots } from "../../scripts/serial/discover.js";
import { SerialError } from "../../scripts/serial/errors.js";

let root = "";

/** A USB device in a fake /sys with the tty `tty` below its interface (`depth` 1: ttyACM, 2: ttyUSB). */
function usbTty(sys: string, bus: string, tty: string, attrs: Record<string, string>, depth: 1 | 2): void {
  const dev = path.join(sys, "devices", "usb1", bus);
  const iface = path.join(dev, `${bus}:1.0`);
  const target = depth === 1 ? iface : path.join(iface, tty);
  fs.mkdirSync(target, { recursive: true });
  for (const [k, v] of Object.entries(attrs)) fs.writeFileSync(path.join(dev, k), `${v}\n`);
  const cls = path.join(sys, "class", "tty", tty);
  fs.mkdirSync(cls, { recursive: true });
  fs.symlinkSync(target, path.join(cls, "device"));
}

function roots(sysName: string, devNames: string[], boards = true): DiscoverRoots {
  const dev = path.join(root, `${sysName}-dev`);
  fs.mkdirSync(dev, { recursive: true });
  for (const n of devNames) fs.writeFileSync(path.join(dev, n), "");
  return { sysRoot: path.join(root, sysName), devRoot: dev, boardsDir: boards ? path.join(root, "boards") : path.join(root, "no-boards") };
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-discover-"));
  fs.mkdirSync(path.join(root, "boards", "RPI_PICO"), { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, "boards", "RPI_PICO", "board.json"), path.join(root, "boards", "RPI_PICO", "board.json"));
  const pico = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "boards", "RPI_PICO", "board.json"), "utf8")) as { usb: { vid: string; pid: string } };
  const vid = pico.usb.vid.replace(/^0x/i, "").toLowerCase();
  const pid = pico.usb.pid.replace(/^0x/i, "").toLowerCase();
  const sys = path.join(root, "sys");
  usbTty(sys, "1-1", "ttyACM0", { idVendor: vid, idProduct: pid, serial: "E6614C311B4A5E2B", manufacturer: "Pyxis", product: "Board" }, 1);
  usbTty(sys, "1-2", "ttyUSB0", { idVendor: "0403", idProduct: "6001", serial: "A50285BI", manufacturer: "FTDI", product: "FT232R USB UART" }, 2);
  fs.mkdirSync(path.join(sys, "class", "tty", "ttyS0"), { recursive: true }); // a built-in UART: not listed
  const one = path.join(root, "one");
  usbTty(one, "1-2", "ttyUSB0", { idVendor: "0403", idProduct: "6001" }, 2);
});

describe("pyxis devs' discovery", () => {
  it("reads VID, PID, serial and names from sysfs and names the board by its board.json", () => {
    const ports = listPorts(roots("sys", ["ttyACM0", "ttyUSB0", "ttyS0"]));
    expect(ports.map((p) => path.basename(p.path))).toEqual(["ttyACM0", "ttyUSB0"]);
    expect(ports[0]).toMatchObject({ serialNumber: "E6614C311B4A5E2B", manufacturer: "Pyxis", boards: ["RPI_PICO"] });
    expect(ports[1]).toMatchObject({ vid: 0x0403, pid: 0x6001, product: "FT232R USB UART", boards: [] });
    // As scripts/serial/README.md shows them.
    expect(ports.map(formatPort).map((l) => l.replace(/^\S+\//, "/dev/"))).toEqual([
      "/dev/ttyACM0  2e8a:0005  E6614C311B4A5E2B  Pyxis Board  RPI_PICO",
      "/dev/ttyUSB0  0403:6001  A50285BI  FTDI FT232R USB UART  (unknown board)",
    ]);
  });

  it("chooses the one known board when no --port is given, and says what to do otherwise", () => {
    expect(path.basename(choosePort(undefined, roots("sys", ["ttyACM0", "ttyUSB0"])))).toBe("ttyACM0");
    expect(path.basename(choosePort(undefined, roots("one", ["ttyUSB0"])))).toBe("ttyUSB0");
    expect(choosePort("/dev/pts/7", roots("sys", []))).toBe("/dev/pts/7");
    const several = (): string => choosePort(undefined, roots("sys", ["ttyACM0", "ttyUSB0"], false));
    expect(several).toThrow(/several serial ports/);
    try {
      choosePort(undefined, roots("empty", []));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SerialError);
      expect((e as SerialError).message).toMatch(/no device found/);
      expect((e as SerialError).hint).toMatch(/--port/);
    }
  });
});
