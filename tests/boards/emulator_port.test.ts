// Which emulator runs a board comes from its validated board.json, as for a build.

import { describe, it, expect } from "vitest";
import { boardPort, EmulatorError } from "../../scripts/emulate/emulator.js";

describe("boardPort", () => {
  it("reads the port of a shipped board", () => {
    expect(boardPort("RPI_PICO")).toBe("rp2040");
    expect(boardPort("NETDUINO_PLUS2")).toBe("stm32");
  });

  it("names an unknown board in its error", () => {
    expect(() => boardPort("NO_SUCH_BOARD")).toThrow(EmulatorError);
    expect(() => boardPort("NO_SUCH_BOARD")).toThrow(/NO_SUCH_BOARD/);
  });
});
