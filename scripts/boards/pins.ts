// pins.csv, in MicroPython's syntax (tools/boardgen.py): one `board,cpu` pair a line.
//   X1,PA0     board name X1 for cpu pin PA0; both visible to Python
//   -X2,PA1    board name hidden from Pin.board (still known to C)
//   X3,-PA2    cpu name hidden from Pin.cpu
//   ,PA4       a cpu pin with no board name (it is available on this board)
// Empty lines and lines starting with `#` are skipped. Errors name file:line.
//
// The MCU's own pin list (whose order gives each cpu pin's index, the number the port's GPIO
// code uses) comes from the port: ports/<port>/pins_<MCU>.csv when the port serves several
// MCUs with different pins, otherwise ports/<port>/pins.csv; only the first column is read.

import * as fs from "node:fs";
import * as path from "node:path";

export class PinsError extends Error {}

export interface PinsRow {
  /** 1-based line number in the file. */
  line: number;
  /** The board's name for the pin, or null for a `,CPU` row. */
  board: string | null;
  boardHidden: boolean;
  cpu: string;
  cpuHidden: boolean;
}

const PIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Split a CSV line (no quoting: MicroPython's pin files never quote). */
function cells(text: string): string[] {
  return text.split(",").map((c) => c.trim());
}

function uncommented(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const t = raw.trim();
    if (t === "" || t.startsWith("#")) return;
    lines.push({ line: i + 1, text: t });
  });
  return lines;
}

/** Parse a board's pins.csv; `file` names it in errors. */
export function parseBoardPins(text: string, file: string): PinsRow[] {
  const rows: PinsRow[] = [];
  const boardNames = new Map<string, number>();
  for (const { line, text: t } of uncommented(text)) {
    const where = `${file}:${line}`;
    const row = cells(t);
    if (row.length !== 2) throw new PinsError(`${where}: expected two entries, board_name,cpu_pin (got ${row.length})`);
    let [board, cpu] = row as [string, string];
    const cpuHidden = cpu.startsWith("-");
    if (cpuHidden) cpu = cpu.slice(1);
    if (cpu === "") throw new PinsError(`${where}: missing cpu pin name (every row names the MCU's pin: board_name,cpu_pin)`);
    if (!PIN_NAME.test(cpu)) throw new PinsError(`${where}: cpu pin name '${cpu}' must be letters, digits and _`);
    let boardName: string | null = null;
    let boardHidden = false;
    if (board !== "") {
      boardHidden = board.startsWith("-");
      if (boardHidden) board = board.slice(1);
      if (!PIN_NAME.test(board)) throw new PinsError(`${where}: board pin name '${board}' must be a Python identifier (letters, digits and _)`);
      const earlier = boardNames.get(board);
      if (earlier !== undefined) throw new PinsError(`${where}: board pin name '${board}' is already defined on line ${earlier}`);
      boardNames.set(board, line);
      boardName = board;
    }
    rows.push({ line, board: boardName, boardHidden, cpu, cpuHidden });
  }
  return rows;
}

/** Parse an MCU pin list: the first column of each line, in order (index = cpu pin number). */
export function parseCpuPins(text: string, file: string): string[] {
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (const { line, text: t } of uncommented(text)) {
    const name = cells(t)[0] ?? "";
    if (!PIN_NAME.test(name)) throw new PinsError(`${file}:${line}: cpu pin name '${name}' must be letters, digits and _`);
    const earlier = seen.get(name);
    if (earlier !== undefined) throw new PinsError(`${file}:${line}: cpu pin '${name}' is already listed on line ${earlier}`);
    seen.set(name, line);
    names.push(name);
  }
  if (names.length === 0) throw new PinsError(`${file}: lists no pins`);
  return names;
}

/** Where a port keeps its MCU's pin list, or undefined when it has none yet. */
export function cpuPinsFile(portDir: string, mcu: string): string | undefined {
  for (const name of [`pins_${mcu}.csv`, "pins.csv"]) {
    const file = path.join(portDir, name);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/** A board pin resolved against the MCU's pins. */
export interface BoardPin {
  name: string;
  /** Index into the MCU's pin list. */
  cpu: number;
  /** Hidden from Pin.board (a `-NAME` row). */
  hidden: boolean;
}

export interface ResolvedPins {
  /** The MCU's pin names; the index is the cpu pin number. */
  cpuNames: string[];
  /** Per cpu pin: hidden from Pin.cpu by a `,-PIN` row. */
  cpuHidden: boolean[];
  /** Per cpu pin: mentioned in pins.csv (a pin the board brings out). */
  cpuAvailable: boolean[];
  /** Board names in file order. */
  board: BoardPin[];
}

/** Check every row's cpu pin against the MCU's list and number them. */
export function resolvePins(rows: PinsRow[], cpuNames: string[], file: string, cpuFile: string): ResolvedPins {
  const index = new Map(cpuNames.map((n, i) => [n, i]));
  const cpuHidden = cpuNames.map(() => false);
  const cpuAvailable = cpuNames.map(() => false);
  const board: BoardPin[] = [];
  for (const row of rows) {
    const cpu = index.get(row.cpu);
    if (cpu === undefined) {
      throw new PinsError(`${file}:${row.line}: '${row.cpu}' is not a pin of this MCU (see ${cpuFile}: ${cpuNames.slice(0, 4).join(", ")}, …)`);
    }
    cpuAvailable[cpu] = true;
    if (row.cpuHidden) cpuHidden[cpu] = true;
    if (row.board !== null) board.push({ name: row.board, cpu, hidden: row.boardHidden });
  }
  return { cpuNames, cpuHidden, cpuAvailable, board };
}

/** The cpu pin index a name in board.json means: a board name first, then a cpu name; undefined if neither. */
export function lookupPin(pins: ResolvedPins, name: string): number | undefined {
  const b = pins.board.find((p) => p.name === name);
  if (b !== undefined) return b.cpu;
  const c = pins.cpuNames.indexOf(name);
  return c >= 0 ? c : undefined;
}
