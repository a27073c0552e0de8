// Board → C: renders scripts/boards/templates/*.hbs (handlebars) into the build directory:
// board_config.h (PYX_* macros every port may use) and board_pins.c (pin tables and the
// generated hal_board_* / hal_cpu_pin_* entries). The templates only format: every value is
// computed here, so a template never decides anything.

import * as fs from "node:fs";
import * as path from "node:path";
import Handlebars from "handlebars";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { boardPinIndex, type Board } from "./board.js";
import { cpuPinsFile } from "./pins.js";

const TEMPLATES_DIR = path.join(import.meta.dirname, "templates");

/** The files rendered for every board, by output name. */
export const BOARD_TEMPLATES = ["board_config.h", "board_pins.c"] as const;

/** A C string literal; bytes outside printable ASCII (board.json texts are checked to be
 *  ASCII, but pin lists come from files) are written as octal escapes of their UTF-8. */
export function cString(text: string): string {
  let out = '"';
  for (const byte of Buffer.from(text, "utf8")) {
    const ch = String.fromCharCode(byte);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (byte >= 0x20 && byte < 0x7f) out += ch;
    else out += `\\${byte.toString(8).padStart(3, "0")}`;
  }
  return `${out}"`;
}

function handlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper("cstr", (text: unknown) => cString(String(text)));
  hb.registerHelper("hex", (n: unknown) => `0x${Number(n).toString(16).padStart(8, "0")}`);
  hb.registerHelper("hex4", (n: unknown) => `0x${Number(n).toString(16).padStart(4, "0")}`);
  // A signed integer as a macro body: negative values parenthesized.
  hb.registerHelper("cint", (n: unknown) => (Number(n) < 0 ? `(${Number(n)})` : String(Number(n))));
  hb.registerHelper("len", (text: unknown) => String(Buffer.byteLength(String(text), "utf8")));
  hb.registerHelper("upper", (text: unknown) => String(text).toUpperCase().replace(/[^A-Z0-9]/g, "_"));
  return hb;
}

/** Everything the templates show, already resolved (pins as cpu indexes, defaults filled). */
export function templateContext(board: Board): Record<string, unknown> {
  const c = board.config;
  const pin = (name: string): number => boardPinIndex(board, name);
  const firstLed = c.leds[0];
  const cpuFile = cpuPinsFile(board.portDir, c.mcu);
  const d = c.defaults;
  return {
    name: c.name,
    machine: c.machine,
    mcu: c.mcu,
    port: c.port,
    memory: c.memory,
    firmwareSize: c.memory.firmwareSize ?? c.memory.flash.size,
    flashSectors: c.memory.flashSectors?.flatMap((s) => Array<number>(s.count).fill(s.size)) ?? null,
    clocks: c.clocks,
    pll: c.clocks.pll ?? {},
    dividers: c.clocks.dividers ?? {},
    hasFlashLatency: c.clocks.flashLatency !== undefined,
    consoles: c.console.map((con) => ({
      usbCdc: con.kind === "usb-cdc",
      usbSerialJtag: con.kind === "usb-serial-jtag",
      uart: con.kind === "uart" ? { ...con, txCpu: pin(con.tx), rxCpu: pin(con.rx) } : null,
    })),
    leds: c.leds,
    ledPin: firstLed === undefined ? -1 : pin(firstLed.pin),
    ledActiveLow: firstLed?.activeLow === true ? 1 : 0,
    defaults: {
      i2c: d.i2c ? { id: d.i2c.id, scl: pin(d.i2c.scl), sda: pin(d.i2c.sda), freq: d.i2c.freq } : null,
      spi: d.spi ? { id: d.spi.id, sck: pin(d.spi.sck), mosi: pin(d.spi.mosi), miso: pin(d.spi.miso), cs: d.spi.cs === undefined ? -1 : pin(d.spi.cs) } : null,
      uart: d.uart ? { id: d.uart.id, tx: pin(d.uart.tx), rx: pin(d.uart.rx), baud: d.uart.baud } : null,
    },
    usb: c.usb ?? null,
    uf2: c.uf2 ?? null,
    features: c.features,
    cpuPins: board.pins.cpuNames,
    cpuPinsFile: cpuFile === undefined ? "the port's pin list" : path.relative(REPO_ROOT, cpuFile),
    boardPins: board.pins.board.map((p) => ({ ...p, cpuName: board.pins.cpuNames[p.cpu] })),
  };
}

/** Render scripts/boards/templates/<template>.hbs with a context. */
export function renderTemplate(template: string, context: Record<string, unknown>): string {
  const source = fs.readFileSync(path.join(TEMPLATES_DIR, `${template}.hbs`), "utf8");
  // noEscape: the output is C, not HTML.
  return handlebars().compile(source, { noEscape: true })(context);
}

/** Render one of the board templates for a board. */
export function renderBoardFile(board: Board, template: (typeof BOARD_TEMPLATES)[number]): string {
  return renderTemplate(template, templateContext(board));
}

/** Write text to file unless it already holds it (make-style timestamps stay meaningful). */
export function writeIfChanged(file: string, text: string | Uint8Array): void {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
  if (fs.existsSync(file) && fs.readFileSync(file).equals(bytes)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
}

/** Write board_config.h and board_pins.c into outDir (only when their text changed, so
 *  make-style timestamps stay meaningful); returns their paths. */
export function renderBoard(board: Board, outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  return BOARD_TEMPLATES.map((template) => {
    const file = path.join(outDir, template);
    writeIfChanged(file, renderBoardFile(board, template));
    return file;
  });
}
