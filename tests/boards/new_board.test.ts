// pyxis new-board: a renamed, validated copy of a board; failures leave nothing behind.

import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BoardError, loadBoard } from "../../scripts/boards/board.js";
import { newBoard } from "../../scripts/boards/scaffold.js";
import { boardTree, type BoardTree } from "./fixture.js";

let tree: BoardTree | undefined;
afterEach(() => {
  tree?.remove();
  tree = undefined;
});

function problems(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof BoardError) return e.problems.join("\n");
    throw e;
  }
  throw new Error("expected a BoardError");
}

describe("new-board", () => {
  it("copies, renames and validates, keeping the file's formatting", () => {
    tree = boardTree();
    const dirs = { boardsDir: tree.boardsDir, portsDir: tree.portsDir };
    const b = newBoard("MY_PICO", "RPI_PICO", dirs);
    expect(b.name).toBe("MY_PICO");
    expect(b.config.name).toBe("MY_PICO");
    const original = fs.readFileSync(path.join(tree.boardsDir, "RPI_PICO", "board.json"), "utf8");
    const copy = fs.readFileSync(path.join(tree.boardsDir, "MY_PICO", "board.json"), "utf8");
    expect(copy).toBe(original.replace('"name": "RPI_PICO"', '"name": "MY_PICO"'));
    expect(fs.readFileSync(path.join(tree.boardsDir, "MY_PICO", "pins.csv"), "utf8"))
      .toBe(fs.readFileSync(path.join(tree.boardsDir, "RPI_PICO", "pins.csv"), "utf8"));
    expect(loadBoard("MY_PICO", dirs).config.machine).toBe("Raspberry Pi Pico with RP2040");
  });

  it("refuses bad names, existing boards and unknown sources", () => {
    tree = boardTree();
    const dirs = { boardsDir: tree.boardsDir, portsDir: tree.portsDir };
    expect(problems(() => newBoard("my-pico", "RPI_PICO", dirs))).toMatch(/'my-pico' cannot name a board: use upper-case letters/);
    expect(problems(() => newBoard("RPI_PICO", "RPI_PICO", dirs))).toMatch(/RPI_PICO exists already/);
    expect(problems(() => newBoard("X", "NO_SUCH", dirs))).toMatch(/unknown board 'NO_SUCH'/);
    expect(fs.existsSync(path.join(tree.boardsDir, "X"))).toBe(false);
  });

  it("does not copy a broken board", () => {
    tree = boardTree();
    tree.editJson("RPI_PICO", (j) => { j.clocks = { cpuHz: -1, source: "xosc" }; });
    const t = tree;
    expect(problems(() => newBoard("MY_PICO", "RPI_PICO", { boardsDir: t.boardsDir, portsDir: t.portsDir }))).toMatch(/clocks\.cpuHz/);
    expect(fs.existsSync(path.join(tree.boardsDir, "MY_PICO"))).toBe(false);
  });
});
