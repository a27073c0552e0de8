// Every board in boards/ validates, and its generated C compiles warning-free against the
// pyx_hal.h generated from core/hal.d.ts (so a board needs no code, only data).

import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { listBoards, loadBoard } from "../../scripts/boards/board.js";
import { renderBoard } from "../../scripts/boards/render.js";
import { generateCore } from "../../scripts/build/gen_cache.js";

const boards = listBoards();

describe("shipped boards", () => {
  it("include the RP2040 pair and the ESP32-C3", () => {
    expect(boards).toEqual(expect.arrayContaining(["RPI_PICO", "ADAFRUIT_FEATHER_RP2040", "ESP32_GENERIC_C3"]));
  });

  it("a second RP2040 board differs only by data: another LED pin and flash size", () => {
    const pico = loadBoard("RPI_PICO");
    const feather = loadBoard("ADAFRUIT_FEATHER_RP2040");
    expect(feather.config.port).toBe(pico.config.port);
    expect(feather.config.mcu).toBe(pico.config.mcu);
    expect(pico.pins.board.find((p) => p.name === "LED")?.cpu).toBe(25);
    expect(feather.pins.board.find((p) => p.name === "LED")?.cpu).toBe(13);
    expect(pico.config.memory.flash.size).toBe(2 * 1024 * 1024);
    expect(feather.config.memory.flash.size).toBe(8 * 1024 * 1024);
  });

  it.each(boards)("%s validates and its board C compiles", async (name) => {
    const board = loadBoard(name);
    expect(board.name).toBe(name);
    const out = path.join(REPO_ROOT, "build", "test-programs", "board-pins-shipped");
    const core = await generateCore({
      entries: [path.join(REPO_ROOT, "tests", "boards", "programs", "hal_only.ts")],
      root: path.join(REPO_ROOT, "tests", "boards", "programs"),
      genDir: path.join(out, "gen"),
      cacheFile: path.join(out, "gen-cache.json"),
    });
    const boardOut = path.join(out, "shipped", name);
    const files = renderBoard(board, boardOut);
    const pinsC = files.find((f) => f.endsWith("board_pins.c"))!;
    execFileSync("cc", ["-std=c11", "-Wall", "-Wextra", "-Werror", '-DPYX_SYS_PLATFORM="test"', "-I", core.genDir, "-I", boardOut, "-c", pinsC, "-o", path.join(boardOut, "board_pins.o")]);
  }, 120_000);
});
