// The frozen-module table's format and lookup (core/frozen.ts), over a test table put
// in place of the build's core/frozen_modules.ts: paths under .frozen name modules,
// their directories name packages, and a module's bytes come back whole.

import { describe, it, expect, vi, beforeAll } from "vitest";
import { mem_init, mem_bytes } from "../../core/subset/memory.js";

vi.mock("../../core/frozen_modules.js", () => ({
  FROZEN_COUNT: 3,
  FROZEN_NAMES: ["fmod.mpy", "fpkg/__init__.mpy", "fpkg/sub/leaf.mpy"],
  FROZEN_OFFSETS: [0, 3, 5, 9],
  FROZEN_DATA: [77, 6, 0, 1, 2, 9, 8, 7, 6],
}));

const { frozen_find, frozen_stat, frozen_size, frozen_copy } = await import("../../core/frozen.js");

const PATH = 256;
const DEST = 1024;

/** Put text in the arena at PATH; its length. */
function put(text: string): number {
  const bytes = Buffer.from(text);
  mem_bytes().set(bytes, PATH);
  return bytes.length;
}

describe("frozen modules", () => {
  beforeAll(() => mem_init(4096));

  it("finds a module by its whole path only", () => {
    expect(frozen_find(PATH, put("fmod.mpy"))).toBe(0);
    expect(frozen_find(PATH, put("fpkg/__init__.mpy"))).toBe(1);
    expect(frozen_find(PATH, put("fmod.mp"))).toBe(-1);
    expect(frozen_find(PATH, put("fmod.mpyx"))).toBe(-1);
    expect(frozen_find(PATH, put("fpkg"))).toBe(-1);
  });

  it("stats modules as files and their directories as directories", () => {
    expect(frozen_stat(PATH, put("fmod.mpy"))).toBe(2);
    expect(frozen_stat(PATH, put("fpkg"))).toBe(1);
    expect(frozen_stat(PATH, put("fpkg/sub"))).toBe(1);
    expect(frozen_stat(PATH, put("fpk"))).toBe(0); // a prefix of a name is not a directory
    expect(frozen_stat(PATH, put("fmod"))).toBe(0);
    expect(frozen_stat(PATH, put("fmod.py"))).toBe(0);
    expect(frozen_stat(PATH, put(""))).toBe(0);
  });

  it("gives each module's bytes", () => {
    expect([0, 1, 2].map((i) => frozen_size(i))).toEqual([3, 2, 4]);
    frozen_copy(2, DEST);
    expect([...mem_bytes().subarray(DEST, DEST + 4)]).toEqual([9, 8, 7, 6]);
    frozen_copy(0, DEST);
    expect([...mem_bytes().subarray(DEST, DEST + 3)]).toEqual([77, 6, 0]);
  });
});
