// The POSIX HAL (ports/host), through a C driver built against it with the
// project's warning flags (-Werror: a warning fails the build, and the tests).

import { describe, expect, it } from "vitest";
import { defineHalCases } from "./hal_cases.js";
import { buildHostDriver, cTarget, start } from "./harness.js";

describe("ports/host", () => {
  it("compiles warning-free against pyx_hal.h as declared by core/hal.d.ts", () => {
    expect(buildHostDriver()).toMatch(/hal_driver$/);
  });

  defineHalCases(cTarget);

  describe("SIGINT (host only)", () => {
    it("while an interrupt char is set, SIGINT ends a sleep and is one pending interrupt", async () => {
      let sent = false;
      const r = await start(cTarget, ["sleep-interrupt"], (text, child) => {
        if (!sent && text.includes("sleeping")) {
          sent = true;
          child.kill("SIGINT");
        }
      });
      expect(r.signal).toBe(null);
      expect(r.stdout.toString()).toBe("cut_short=1\npending=1\n");
    });

    it("reaches a program that is busy", async () => {
      let sent = false;
      const r = await start(cTarget, ["busy"], (text, child) => {
        if (!sent && text.includes("busy")) {
          sent = true;
          child.kill("SIGINT");
        }
      });
      expect(r.stdout.toString()).toBe("interrupted=1\n");
    });

    it("without an interrupt char, SIGINT ends the program as usual", async () => {
      const running = start(cTarget, ["stdin", "-1"]); // waits for input that never comes
      setTimeout(() => running.child.kill("SIGINT"), 300);
      const r = await running;
      expect(r.signal).toBe("SIGINT");
      expect(r.stdout.toString()).toBe("");
    });
  });
});
