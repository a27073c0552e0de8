// Loading a board: boards/<NAME>/board.json (checked by the schema) and pins.csv (resolved
// against the MCU's pin list from the port), then the cross-checks no single file can make
// (every pin board.json names exists). All problems are collected and reported together,
// each naming the file, the field's JSON path or the line, and what is allowed.

import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { boardJsonSchema, jsonPath, type BoardJson } from "./schema.js";
import { cpuPinsFile, lookupPin, parseBoardPins, parseCpuPins, PinsError, resolvePins, type ResolvedPins } from "./pins.js";

export const BOARDS_DIR = path.join(REPO_ROOT, "boards");
export const PORTS_DIR = path.join(REPO_ROOT, "ports");

export interface Board {
  /** The board's id (its folder name), e.g. RPI_PICO. */
  name: string;
  /** Absolute path of boards/<NAME>. */
  dir: string;
  /** Absolute path of ports/<port>. */
  portDir: string;
  /** The validated board.json. */
  config: BoardJson;
  pins: ResolvedPins;
}

export class BoardError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

export interface BoardDirs {
  boardsDir?: string;
  portsDir?: string;
}

/** Shown in messages: paths relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

/** The boards that have a board.json, sorted. */
export function listBoards(boardsDir: string = BOARDS_DIR): string[] {
  if (!fs.existsSync(boardsDir)) return [];
  return fs.readdirSync(boardsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(boardsDir, e.name, "board.json")))
    .map((e) => e.name)
    .sort();
}

/** Where a JSON.parse error points, as "line L column C", when the message gives a position. */
function jsonErrorWhere(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (m === null) return "";
  const pos = Number(m[1]);
  const before = text.slice(0, pos).split("\n");
  return ` (line ${before.length} column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** Validate board.json's text; returns the config or throws BoardError naming each field. */
export function parseBoardJson(text: string, file: string): BoardJson {
  const shown = displayPath(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new BoardError([`${shown}: not valid JSON${jsonErrorWhere(text, message)}: ${message}`]);
  }
  const result = boardJsonSchema.safeParse(raw);
  if (result.success) return result.data;
  // A single console object is checked as a list of one: name its fields without the [0].
  const singleConsole = typeof raw === "object" && raw !== null && !Array.isArray((raw as { console?: unknown }).console);
  const where = (p: PropertyKey[]): string =>
    jsonPath(singleConsole && p[0] === "console" && p[1] === 0 ? ["console", ...p.slice(2)] : p);
  throw new BoardError(result.error.issues.map((issue) => `${shown}: ${where(issue.path)}: ${issue.message}`));
}

/** Every pin name board.json uses, with its JSON path. */
function pinFields(config: BoardJson): [string, string][] {
  const fields: [string, string][] = [];
  config.console.forEach((c, i) => {
    const at = config.console.length > 1 ? `console[${i}]` : "console";
    if (c.kind === "uart") fields.push([`${at}.tx`, c.tx], [`${at}.rx`, c.rx]);
  });
  config.leds.forEach((led, i) => fields.push([`leds[${i}].pin`, led.pin]));
  const d = config.defaults;
  if (d.i2c) fields.push(["defaults.i2c.scl", d.i2c.scl], ["defaults.i2c.sda", d.i2c.sda]);
  if (d.spi) {
    fields.push(["defaults.spi.sck", d.spi.sck], ["defaults.spi.mosi", d.spi.mosi], ["defaults.spi.miso", d.spi.miso]);
    if (d.spi.cs !== undefined) fields.push(["defaults.spi.cs", d.spi.cs]);
  }
  if (d.uart) fields.push(["defaults.uart.tx", d.uart.tx], ["defaults.uart.rx", d.uart.rx]);
  return fields;
}

/** Load and check boards/<name>. Throws BoardError listing every problem found. */
export function loadBoard(name: string, dirs: BoardDirs = {}): Board {
  const boardsDir = dirs.boardsDir ?? BOARDS_DIR;
  const portsDir = dirs.portsDir ?? PORTS_DIR;
  const dir = path.join(boardsDir, name);
  const jsonFile = path.join(dir, "board.json");
  if (!fs.existsSync(jsonFile)) {
    const known = listBoards(boardsDir);
    throw new BoardError([`unknown board '${name}' (no ${displayPath(jsonFile)}): the boards available are: host${known.length > 0 ? ", " + known.join(", ") : ""}`]);
  }
  const config = parseBoardJson(fs.readFileSync(jsonFile, "utf8"), jsonFile);
  const problems: string[] = [];
  const shownJson = displayPath(jsonFile);
  if (config.name !== name) problems.push(`${shownJson}: name: is '${config.name}' but the board's folder is '${name}': they must be equal`);
  for (const frozen of config.frozen) {
    if (!fs.existsSync(path.join(dir, frozen))) problems.push(`${shownJson}: frozen: '${frozen}' does not exist in ${displayPath(dir)}`);
  }

  const portDir = path.join(portsDir, config.port);
  const pinsFile = path.join(dir, "pins.csv");
  const cpuFile = cpuPinsFile(portDir, config.mcu);
  let pins: ResolvedPins | undefined;
  if (cpuFile === undefined) {
    problems.push(`${shownJson}: port: the port '${config.port}' has no pin list for ${config.mcu} (${displayPath(path.join(portDir, "pins.csv"))} or pins_${config.mcu}.csv)`);
  } else if (!fs.existsSync(pinsFile)) {
    problems.push(`${displayPath(pinsFile)}: missing: a board lists its pins (board_name,cpu_pin lines) next to board.json`);
  } else {
    try {
      const cpuNames = parseCpuPins(fs.readFileSync(cpuFile, "utf8"), displayPath(cpuFile));
      const rows = parseBoardPins(fs.readFileSync(pinsFile, "utf8"), displayPath(pinsFile));
      pins = resolvePins(rows, cpuNames, displayPath(pinsFile), displayPath(cpuFile));
    } catch (e) {
      if (!(e instanceof PinsError)) throw e;
      problems.push(e.message);
    }
  }
  if (pins !== undefined) {
    for (const [field, pin] of pinFields(config)) {
      if (lookupPin(pins, pin) === undefined) {
        problems.push(`${shownJson}: ${field}: '${pin}' is neither a board pin in pins.csv nor a pin of ${config.mcu}`);
      }
    }
    const names = new Set(pins.board.map((p) => p.name));
    config.leds.forEach((led, i) => {
      // The LED's name becomes a board pin name too (Pin("LED")); it must not mean another pin.
      if (names.has(led.name) && lookupPin(pins, led.name) !== lookupPin(pins, led.pin)) {
        problems.push(`${shownJson}: leds[${i}].name: '${led.name}' is a board pin in pins.csv that is not ${led.pin}`);
      }
    });
  }
  if (problems.length > 0 || pins === undefined) throw new BoardError(problems);
  return { name, dir, portDir, config, pins };
}

/** The cpu pin index of a pin name used in board.json (validated by loadBoard). */
export function boardPinIndex(board: Board, name: string): number {
  const i = lookupPin(board.pins, name);
  if (i === undefined) throw new Error(`${board.name}: no pin '${name}'`);
  return i;
}
