// The board templates: board_config.h's macros, and board_pins.c compiled (gcc -Werror, against
// the pyx_hal.h generated from core/hal.d.ts) and run to see what its HAL entries answer.

import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { loadBoard, type Board } from "../../scripts/boards/board.js";
import { cString, renderBoard, renderBoardFile } from "../../scripts/boards/render.js";
import { generateCore } from "../../scripts/build/gen_cache.js";
import { boardTree, type BoardTree } from "./fixture.js";

let tree: BoardTree;
let pico: Board;
let feather: Board;

beforeAll(() => {
  tree = boardTree(["RPI_PICO", "ADAFRUIT_FEATHER_RP2040"]);
  pico = loadBoard("RPI_PICO", { boardsDir: tree.boardsDir, portsDir: tree.portsDir });
  feather = loadBoard("ADAFRUIT_FEATHER_RP2040", { boardsDir: tree.boardsDir, portsDir: tree.portsDir });
});
afterAll(() => tree.remove());

function macros(header: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of header.split("\n")) {
    const d = /^#define (\w+) (.*?)( \/\*.*)?$/.exec(line);
    if (d !== null) m.set(d[1]!, d[2]!);
  }
  return m;
}

describe("board_config.h", () => {
  it("carries the board's identity, memory, clocks and console", () => {
    const m = macros(renderBoardFile(pico, "board_config.h"));
    expect(m.get("PYX_BOARD_ID")).toBe('"RPI_PICO"');
    expect(m.get("PYX_BOARD_MACHINE")).toBe('"Raspberry Pi Pico with RP2040"');
    expect(m.get("PYX_MCU")).toBe('"RP2040"');
    expect(m.get("PYX_FLASH_SIZE")).toBe("2097152u");
    expect(m.get("PYX_FLASH_ORIGIN")).toBe("0x10000000u");
    expect(m.get("PYX_RAM_SIZE")).toBe("270336u");
    expect(m.get("PYX_HEAP_SIZE")).toBe(`${176 * 1024}u`);
    expect(m.get("PYX_ARENA_SIZE")).toBe(`${200 * 1024}u`);
    expect(m.get("PYX_CPU_HZ")).toBe("125000000u");
    expect(m.get("PYX_XTAL_HZ")).toBe("12000000u");
    expect(m.get("PYX_PLL_FBDIV")).toBe("125u");
    expect(m.get("PYX_CONSOLE_USB_CDC")).toBe("1");
    expect(m.has("PYX_CONSOLE_UART")).toBe(false);
    expect(m.get("PYX_LED_PIN")).toBe("25");
    expect(m.get("PYX_USB_VID")).toBe("0x2e8a");
    expect(m.get("PYX_USB_PRODUCT")).toBe('"Board in FS mode"');
    expect(m.get("PYX_UF2_FAMILY_ID")).toBe("0xe48bff56u");
    expect(m.get("PYX_DEFAULT_I2C_SCL")).toBe("9");
    expect(m.get("PYX_CPU_PIN_COUNT")).toBe("30u");
  });

  it("follows the board: another LED pin and flash size, a UART console", () => {
    const m = macros(renderBoardFile(feather, "board_config.h"));
    expect(m.get("PYX_LED_PIN")).toBe("13");
    expect(m.get("PYX_FLASH_SIZE")).toBe(`${8 * 1024 * 1024}u`);
    expect(m.get("PYX_USB_VID")).toBe("0x239a");

    tree.editJson("RPI_PICO", (j) => {
      j.console = { kind: "uart", uart: 0, tx: "GP0", rx: "GP1", baud: 9600 };
      j.leds = [];
      j.memory = { ...(j.memory as object), ccm: { origin: "0x10000000", size: "64K" } };
      j.features = ["neopixel"];
    });
    const uart = loadBoard("RPI_PICO", { boardsDir: tree.boardsDir, portsDir: tree.portsDir });
    const u = macros(renderBoardFile(uart, "board_config.h"));
    expect(u.get("PYX_CONSOLE_UART")).toBe("1");
    expect(u.get("PYX_CONSOLE_UART_TX_PIN")).toBe("0");
    expect(u.get("PYX_CONSOLE_UART_RX_PIN")).toBe("1");
    expect(u.get("PYX_CONSOLE_UART_BAUD")).toBe("9600u");
    expect(u.has("PYX_CONSOLE_USB_CDC")).toBe(false);
    expect(u.get("PYX_LED_PIN")).toBe("(-1)");
    expect(u.get("PYX_CCM_SIZE")).toBe("65536u");
    expect(u.get("PYX_FEATURE_NEOPIXEL")).toBe("1");
    fs.cpSync(path.join(REPO_ROOT, "boards", "RPI_PICO", "board.json"), path.join(tree.boardsDir, "RPI_PICO", "board.json"));
  });

  it("escapes C strings", () => {
    expect(cString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(cString("é")).toBe('"\\303\\251"');
  });
});

describe("board_pins.c", () => {
  it("compiles warning-free and answers the HAL's board entries from pins.csv", async () => {
    const out = path.join(REPO_ROOT, "build", "test-programs", "board-pins");
    const core = await generateCore({
      entries: [path.join(REPO_ROOT, "tests", "boards", "programs", "hal_only.ts")],
      root: path.join(REPO_ROOT, "tests", "boards", "programs"),
      genDir: path.join(out, "gen"),
      cacheFile: path.join(out, "gen-cache.json"),
    });
    const boardOut = path.join(out, "RPI_PICO");
    const [, pinsC] = renderBoard(pico, boardOut);
    const exe = path.join(out, "board_pins_dump");
    execFileSync("cc", [
      "-std=c11", "-Wall", "-Wextra", "-Werror", '-DPYX_SYS_PLATFORM="rp2"', "-I", core.genDir, "-I", boardOut,
      pinsC!, path.join(REPO_ROOT, "tests", "boards", "programs", "board_pins_dump.c"), "-o", exe,
    ]);
    const lines = execFileSync(exe, { encoding: "utf8" }).split("\n");
    expect(lines).toContain("text 0 RPI_PICO");
    expect(lines).toContain("text 1 Raspberry Pi Pico with RP2040");
    expect(lines).toContain("text 2 RP2040");
    expect(lines).toContain("text 3 rp2");
    expect(lines).toContain("text 4 ");
    expect(lines).toContain(`heap ${176 * 1024}`);
    expect(lines).toContain("cpu -1 ");
    expect(lines).toContain("cpu 0 GPIO0");
    expect(lines).toContain("cpu 29 GPIO29");
    expect(lines).toContain("cpu 30 ");
    // pins.csv order: GP0..GP22, GP25..GP28, LED, then the hidden ones.
    expect(lines).toContain("board 0 GP0 0 0");
    expect(lines).toContain("board 23 GP25 25 0");
    expect(lines).toContain("board 27 LED 25 0");
    expect(lines).toContain("board 28 SMPS_MODE 23 1");
    expect(lines).toContain("board 30 VSYS_ADC 29 1");
    expect(lines).toContain("board 31  -1 0");
    expect(lines).toContain("board -1  -1 0");
    expect(lines).toContain("led 25 usb 2e8a:0005");
  }, 120_000);
});
