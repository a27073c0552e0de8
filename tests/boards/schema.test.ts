// board.json validation: every mistake names the file, the field's JSON path and what is allowed.

import { afterEach, describe, expect, it } from "vitest";
import { BoardError, loadBoard, parseBoardJson } from "../../scripts/boards/board.js";
import { boardTree, type BoardTree } from "./fixture.js";

function problemsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof BoardError) return e.problems;
    throw e;
  }
  throw new Error("expected a BoardError");
}

let tree: BoardTree | undefined;
afterEach(() => {
  tree?.remove();
  tree = undefined;
});

function broken(edit: (json: Record<string, any>) => void): string[] {
  tree = boardTree();
  tree.editJson("RPI_PICO", edit);
  const t = tree;
  return problemsOf(() => loadBoard("RPI_PICO", { boardsDir: t.boardsDir, portsDir: t.portsDir }));
}

describe("board.json schema", () => {
  it("accepts the shipped RPI_PICO and converts sizes", () => {
    tree = boardTree();
    const b = loadBoard("RPI_PICO", { boardsDir: tree.boardsDir, portsDir: tree.portsDir });
    expect(b.config.memory.flash.size).toBe(2 * 1024 * 1024);
    expect(b.config.memory.ram.size).toBe(264 * 1024);
    expect(b.config.memory.flash.origin).toBe(0x10000000);
    expect(b.config.usb?.vid).toBe(0x2e8a);
    expect(b.config.console).toEqual([{ kind: "usb-cdc" }]);
    expect(b.config.uf2?.familyId).toBe(0xe48bff56);
  });

  it("names a wrongly typed nested field by its path", () => {
    const p = broken((j) => { j.memory.flash.size = "two megabytes"; });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/RPI_PICO[/\\]board\.json: memory\.flash\.size: expected a non-negative integer, a "0x…" hex string, or "<n>K" \/ "<n>M"/);
  });

  it("names a missing required field", () => {
    const p = broken((j) => { delete j.mcu; });
    expect(p.join("\n")).toMatch(/board\.json: mcu: /);
  });

  it("rejects unknown keys, naming them", () => {
    const p = broken((j) => { j.clocks.cpuHZ = 125000000; });
    expect(p.join("\n")).toMatch(/board\.json: clocks: Unrecognized key: "cpuHZ"/);
  });

  it("names an array element's field", () => {
    const p = broken((j) => { j.leds = [{ name: "LED", pin: "GPIO25", activeLow: "yes" }]; });
    expect(p.join("\n")).toMatch(/board\.json: leds\[0\]\.activeLow: /);
  });

  it("says which console kinds exist", () => {
    const p = broken((j) => { j.console = { kind: "bluetooth" }; });
    expect(p.join("\n")).toMatch(/board\.json: console\.kind: expected an object with kind "usb-cdc", "uart" .* or "usb-serial-jtag"/);
  });

  it("requires usb identity for a usb-cdc console", () => {
    const p = broken((j) => { delete j.usb; });
    expect(p.join("\n")).toMatch(/board\.json: usb: is required: console is usb-cdc/);
  });

  it("checks that the heap fits the arena and the arena the RAM", () => {
    expect(broken((j) => { j.memory.heapSize = "300K"; }).join("\n")).toMatch(/memory\.heapSize: must be smaller than arenaSize/);
    expect(broken((j) => { j.memory.arenaSize = "260K"; }).join("\n")).toMatch(/memory\.arenaSize: arenaSize \+ stackSize \(274432\) must fit in ram\.size \(270336\)/);
    expect(broken((j) => { j.memory.heapSize = 1000; }).join("\n")).toMatch(/memory\.heapSize: must be a multiple of 16/);
  });

  it("checks flash sectors against the flash size", () => {
    const p = broken((j) => { j.memory.flashSectors = [{ count: 4, size: "16K" }]; });
    expect(p.join("\n")).toMatch(/memory\.flashSectors: sectors add up to 65536 bytes, but flash\.size is 2097152/);
  });

  it("checks that pins named in board.json exist", () => {
    const p = broken((j) => { j.defaults.uart.tx = "GP99"; j.leds[0].pin = "GPIO30"; });
    expect(p).toContainEqual(expect.stringMatching(/board\.json: defaults\.uart\.tx: 'GP99' is neither a board pin in pins\.csv nor a pin of RP2040/));
    expect(p).toContainEqual(expect.stringMatching(/board\.json: leds\[0\]\.pin: 'GPIO30' is neither/));
  });

  it("requires the name to equal the folder", () => {
    const p = broken((j) => { j.name = "RPI_PICO2"; });
    expect(p.join("\n")).toMatch(/board\.json: name: is 'RPI_PICO2' but the board's folder is 'RPI_PICO'/);
  });

  it("reports JSON syntax errors with a position", () => {
    const p = problemsOf(() => parseBoardJson('{\n  "name": "X",\n  oops\n}', "/tmp/x/board.json"));
    expect(p[0]).toMatch(/board\.json: not valid JSON \(line 3 column 3\)/);
  });

  it("lists the known boards for an unknown one", () => {
    tree = boardTree(["RPI_PICO", "ADAFRUIT_FEATHER_RP2040"]);
    const t = tree;
    const p = problemsOf(() => loadBoard("PICO", { boardsDir: t.boardsDir, portsDir: t.portsDir }));
    expect(p[0]).toMatch(/unknown board 'PICO' .*: the boards available are: host, ADAFRUIT_FEATHER_RP2040, RPI_PICO/);
  });

  it("says when the port has no pin list for the MCU", () => {
    const p = broken((j) => { j.port = "rp2350"; });
    expect(p.join("\n")).toMatch(/board\.json: port: the port 'rp2350' has no pin list for RP2040/);
  });
});

describe("console", () => {
  it("names a single console's fields without an index", () => {
    const p = broken((j) => { j.console = { kind: "uart", uart: 0, tx: "GP0" }; });
    expect(p.join("\n")).toMatch(/board\.json: console\.rx: /);
    expect(p.join("\n")).not.toMatch(/console\[0\]/);
  });

  it("accepts a list of consoles and indexes their fields", () => {
    const p = broken((j) => { j.console = [{ kind: "usb-cdc" }, { kind: "uart", uart: "zero", tx: "GP0", rx: "GP1" }]; });
    expect(p.join("\n")).toMatch(/board\.json: console\[1\]\.uart: /);
  });

  it("allows one console of each kind", () => {
    const p = broken((j) => { j.console = [{ kind: "usb-cdc" }, { kind: "usb-cdc" }]; });
    expect(p.join("\n")).toMatch(/console\[1\]\.kind: a board has at most one console of each kind/);
  });
});
