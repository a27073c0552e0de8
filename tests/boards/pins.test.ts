// pins.csv in MicroPython's syntax: comments, blank lines, hidden (-) names, file:line errors.

import { describe, expect, it } from "vitest";
import { lookupPin, parseBoardPins, parseCpuPins, PinsError, resolvePins } from "../../scripts/boards/pins.js";

const CPU = ["PA0", "PA1", "PA2", "PA3", "PA4", "PA5"];

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PinsError) return e.message;
    throw e;
  }
  throw new Error("expected a PinsError");
}

describe("board pins.csv", () => {
  it("reads every form of boardgen's table", () => {
    const text = "# a comment\n\nX1,PA0\n-X2,PA1\nX3,-PA2\n-X4,-PA3\n,PA4\n,-PA5\n";
    const rows = parseBoardPins(text, "pins.csv");
    expect(rows).toEqual([
      { line: 3, board: "X1", boardHidden: false, cpu: "PA0", cpuHidden: false },
      { line: 4, board: "X2", boardHidden: true, cpu: "PA1", cpuHidden: false },
      { line: 5, board: "X3", boardHidden: false, cpu: "PA2", cpuHidden: true },
      { line: 6, board: "X4", boardHidden: true, cpu: "PA3", cpuHidden: true },
      { line: 7, board: null, boardHidden: false, cpu: "PA4", cpuHidden: false },
      { line: 8, board: null, boardHidden: false, cpu: "PA5", cpuHidden: true },
    ]);
    const pins = resolvePins(rows, CPU, "pins.csv", "cpu.csv");
    expect(pins.board).toEqual([
      { name: "X1", cpu: 0, hidden: false },
      { name: "X2", cpu: 1, hidden: true },
      { name: "X3", cpu: 2, hidden: false },
      { name: "X4", cpu: 3, hidden: true },
    ]);
    expect(pins.cpuHidden).toEqual([false, false, true, true, false, true]);
    expect(pins.cpuAvailable).toEqual([true, true, true, true, true, true]);
    expect(lookupPin(pins, "X3")).toBe(2);
    expect(lookupPin(pins, "PA5")).toBe(5);
    expect(lookupPin(pins, "PB0")).toBeUndefined();
  });

  it("accepts spaces around names and CRLF line ends", () => {
    expect(parseBoardPins(" LED , GPIO25 \r\n", "p.csv")).toEqual([{ line: 1, board: "LED", boardHidden: false, cpu: "GPIO25", cpuHidden: false }]);
  });

  it("names file:line for a row without two entries", () => {
    expect(errorOf(() => parseBoardPins("X1,PA0\nX2\n", "boards/B/pins.csv"))).toBe("boards/B/pins.csv:2: expected two entries, board_name,cpu_pin (got 1)");
    expect(errorOf(() => parseBoardPins("X1,PA0,AF1\n", "p.csv"))).toMatch(/^p\.csv:1: expected two entries/);
  });

  it("requires a cpu pin on every row", () => {
    expect(errorOf(() => parseBoardPins("# c\nX1,\n", "p.csv"))).toMatch(/^p\.csv:2: missing cpu pin name/);
    expect(errorOf(() => parseBoardPins("X1,-\n", "p.csv"))).toMatch(/^p\.csv:1: missing cpu pin name/);
  });

  it("rejects names that are not identifiers", () => {
    expect(errorOf(() => parseBoardPins("3V3,PA0\n", "p.csv"))).toMatch(/^p\.csv:1: board pin name '3V3' must be a Python identifier/);
    expect(errorOf(() => parseBoardPins("X,P A0\n", "p.csv"))).toMatch(/^p\.csv:1: cpu pin name 'P A0'/);
  });

  it("rejects a board name given twice, naming both lines", () => {
    expect(errorOf(() => parseBoardPins("X1,PA0\n\nX1,PA1\n", "p.csv"))).toBe("p.csv:3: board pin name 'X1' is already defined on line 1");
    // Hidden or not, a name is one name.
    expect(errorOf(() => parseBoardPins("X1,PA0\n-X1,PA1\n", "p.csv"))).toMatch(/^p\.csv:2: board pin name 'X1' is already defined/);
  });

  it("allows several board names for one cpu pin", () => {
    const pins = resolvePins(parseBoardPins("GP25,GPIO25\nLED,GPIO25\n", "p.csv"), ["GPIO24", "GPIO25"], "p.csv", "c.csv");
    expect(pins.board.map((p) => p.cpu)).toEqual([1, 1]);
  });

  it("names the line of a cpu pin the MCU does not have", () => {
    const rows = parseBoardPins("X1,PA0\nX9,PB9\n", "boards/B/pins.csv");
    expect(errorOf(() => resolvePins(rows, CPU, "boards/B/pins.csv", "ports/p/pins.csv")))
      .toBe("boards/B/pins.csv:2: 'PB9' is not a pin of this MCU (see ports/p/pins.csv: PA0, PA1, PA2, PA3, …)");
  });
});

describe("MCU pin list", () => {
  it("reads the first column in order, skipping comments", () => {
    expect(parseCpuPins("# RP2040\nGPIO0,UART0_TX\nGPIO1\n\nGPIO2\n", "c.csv")).toEqual(["GPIO0", "GPIO1", "GPIO2"]);
  });

  it("rejects duplicates and empty lists with file:line", () => {
    expect(errorOf(() => parseCpuPins("A\nB\nA\n", "c.csv"))).toBe("c.csv:3: cpu pin 'A' is already listed on line 1");
    expect(errorOf(() => parseCpuPins("# nothing\n", "c.csv"))).toBe("c.csv: lists no pins");
  });
});
