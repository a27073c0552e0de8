// pyxis devs: the serial ports attached, with their USB identity and the board each looks like.

import { Command } from "commander";
import { listPorts, type PortInfo } from "../serial/discover.js";

function hex4(n: number | undefined): string {
  return n === undefined ? "----" : n.toString(16).padStart(4, "0");
}

export function formatPort(p: PortInfo): string {
  const id = `${hex4(p.vid)}:${hex4(p.pid)}`;
  const serial = p.serialNumber ?? "-";
  const what = [p.manufacturer, p.product].filter((s) => s !== undefined && s !== "").join(" ") || "-";
  const board = p.boards.length > 0 ? p.boards.join(" or ") : "(unknown board)";
  return `${p.path}  ${id}  ${serial}  ${what}  ${board}`;
}

export function devsCommand(): Command {
  return new Command("devs")
    .description("list the serial ports attached: path, VID:PID, serial number, maker and product, board")
    .action(() => {
      const ports = listPorts();
      if (ports.length === 0) {
        process.stderr.write("pyxis: no serial port found (no /dev/ttyACM* or /dev/ttyUSB*)\n");
        process.exit(1);
      }
      for (const p of ports) process.stdout.write(`${formatPort(p)}\n`);
    });
}
