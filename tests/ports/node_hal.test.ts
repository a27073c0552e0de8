// The JavaScript HAL (ports/node), through ports/node/run.ts running
// fixtures/hal_entry.ts: the same cases as the C port, and what only Node has.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { defineHalCases, scratchDir } from "./hal_cases.js";
import { cTarget, halFunctions, nodeTarget, REPO, run, type Target } from "./harness.js";

describe("ports/node", () => {
  it("installHal defines every function core/hal.d.ts declares", async () => {
    const { installHal } = await import("../../ports/node/hal.js");
    const names = halFunctions().map((f) => f.name);
    expect(names.length).toBeGreaterThan(20);
    const g = globalThis as unknown as Record<string, unknown>;
    const saved = new Map(names.map((n) => [n, g[n]]));
    try {
      installHal({ args: ["test"] });
      for (const name of names) expect(typeof g[name], name).toBe("function");
      expect(hal_argc()).toBe(1);
    } finally {
      for (const [n, v] of saved) g[n] = v;
    }
  });

  defineHalCases(nodeTarget);

  describe("disk images are shared with the C port", () => {
    const roundTrip = async (writer: Target, reader: Target): Promise<void> => {
      const env = { PYXIS_BDEV: path.join(scratchDir("shared"), "flash.img"), PYXIS_BDEV_BLOCKS: "16" };
      expect((await run(writer, ["bdev-write"], { env })).stdout.toString()).toContain("write=0\nsync=0\n");
      expect((await run(reader, ["bdev-read"], { env })).stdout.toString()).toMatch(/^read=0\nmismatches=0\n/);
    };
    it("written by C, read by Node", () => roundTrip(cTarget, nodeTarget));
    it("written by Node, read by C", () => roundTrip(nodeTarget, cTarget));
  });

  describe("run.ts", () => {
    const runTs = (args: string[]) => run({ ...nodeTarget, command: (a) => [process.execPath, "--import", "tsx", "ports/node/run.ts", ...a] }, args);

    it("an uncaught error prints its stack after stdout and exits with 70", async () => {
      const r = await run(nodeTarget, ["throw"]);
      expect(r.status).toBe(70);
      expect(r.stdout.toString()).toBe("before throw\n");
      expect(r.stderr.toString()).toMatch(/^Error: thrown by the entry\n\s+at .*hal_entry\.ts/);
    });

    it("an entry without pyx_main is an error", async () => {
      const r = await runTs([path.join(REPO, "core/subset/types.ts")]);
      expect(r.status).toBe(70);
      expect(r.stderr.toString()).toContain("does not export a function pyx_main()");
    });

    it("without an entry, prints its usage and exits with 2", async () => {
      const r = await runTs([]);
      expect(r.status).toBe(2);
      expect(r.stderr.toString()).toMatch(/^usage: /);
    });
  });
});
