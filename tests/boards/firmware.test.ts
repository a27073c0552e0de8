// The firmware build driver's parts that need no port: board errors before any compiling,
// size reports, dependency files, toolchain hints, and the CLI's messages.

import * as fs from "node:fs";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { BoardError, loadBoard } from "../../scripts/boards/board.js";
import { collectFrozen } from "../../scripts/boards/frozen.js";
import {
  buildFirmware, FirmwareBuildError, formatSizeReport, memoryOverflow, memoryUse, parseDepFile, parseSectionsOutput, parseSizeOutput, toolMissing,
} from "../../scripts/build/firmware.js";
import { boardTree, type BoardTree } from "./fixture.js";

let tree: BoardTree | undefined;
afterEach(() => {
  tree?.remove();
  tree = undefined;
});

describe("firmware driver", () => {
  it("fails on a broken board.json with the field's path, before compiling anything", async () => {
    tree = boardTree();
    tree.editJson("RPI_PICO", (j) => { (j.memory as Record<string, unknown>).heapSize = "lots"; });
    const build = buildFirmware({ board: "RPI_PICO", dirs: { boardsDir: tree.boardsDir, portsDir: tree.portsDir }, log: () => {} });
    await expect(build).rejects.toBeInstanceOf(BoardError);
    await expect(build).rejects.toThrow(/board\.json: memory\.heapSize: expected a non-negative integer/);
  });

  it("says when the board's port has no recipe", async () => {
    tree = boardTree();
    const build = buildFirmware({ board: "RPI_PICO", dirs: { boardsDir: tree.boardsDir, portsDir: tree.portsDir }, log: () => {} });
    await expect(build).rejects.toBeInstanceOf(FirmwareBuildError);
    await expect(build).rejects.toThrow(/board RPI_PICO names port 'rp2040', which has no build recipe \(.*rp2040[/\\]build\.ts\)/);
  });

  it("reads size's Berkeley output", () => {
    const out = "   text\t   data\t    bss\t    dec\t    hex\tfilename\n 123456\t   2048\t 210000\t 335504\t  51e90\tbuild/RPI_PICO/firmware.elf\n";
    expect(parseSizeOutput(out)).toEqual({ text: 123456, data: 2048, bss: 210000 });
    expect(() => parseSizeOutput("size: nothing\n")).toThrow(FirmwareBuildError);
  });

  it("reports flash and RAM use against the board's sizes", () => {
    tree = boardTree();
    const board = loadBoard("RPI_PICO", { boardsDir: tree.boardsDir, portsDir: tree.portsDir });
    const use = memoryUse({ text: 300000, data: 2000, bss: 220000 }, board);
    expect(use).toEqual({ flashUsed: 302000, flashTotal: 1024 * 1024, ramUsed: 222000, ramTotal: 264 * 1024 });
    expect(formatSizeReport({ text: 300000, data: 2000, bss: 220000 }, use)).toEqual([
      "text: 300000, data: 2000, bss: 220000 bytes",
      "flash: 302000 of 1048576 bytes (28.8%), RAM: 222000 of 270336 bytes (82.1%)",
    ]);
    expect(memoryOverflow(use, "RPI_PICO")).toEqual([]);
    expect(memoryOverflow({ ...use, ramUsed: 300000 }, "RPI_PICO")[0]).toMatch(/RPI_PICO: the firmware needs 300000 bytes of RAM but the board has 270336/);
  });

  it("reads gcc's dependency files, continuation lines included", () => {
    const d = "build/x/obj/gen__gc.o: build/gen-board/gen/gc.c \\\n build/gen-board/gen/gc.h \\\n  build/x/board_config.h\nbuild/gen-board/gen/gc.h:\n";
    expect(parseDepFile(d)).toEqual(["build/gen-board/gen/gc.c", "build/gen-board/gen/gc.h", "build/x/board_config.h"]);
  });

  it("names the Debian packages of a missing toolchain", () => {
    expect(toolMissing("arm-none-eabi-gcc", { toolchainPrefix: "arm-none-eabi-" }).message)
      .toBe("arm-none-eabi-gcc was not found: install it (Debian: apt-get install gcc-arm-none-eabi picolibc-arm-none-eabi)");
    expect(toolMissing("riscv64-unknown-elf-gcc", { toolchainPrefix: "riscv64-unknown-elf-" }).message).toMatch(/gcc-riscv64-unknown-elf/);
    expect(toolMissing("xtensa-gcc", { toolchainPrefix: "xtensa-", toolchainPackage: "gcc-xtensa" }).message).toMatch(/apt-get install gcc-xtensa/);
  });

  it("pyxis build names an unknown board and lists the known ones", async () => {
    const run = promisify(execFile);
    const result = await run("node", [path.join(REPO_ROOT, "scripts", "pyxis.mjs"), "build", "--board", "NO_SUCH_BOARD"], { cwd: REPO_ROOT }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pyxis: unknown board 'NO_SUCH_BOARD' .*the boards available are: host, .*RPI_PICO/);
  }, 30_000);
});

/** A port whose toolchain is the host's own gcc: the "firmware" runs here. */
function writeFakePort(t: BoardTree): void {
  const fakePort = path.join(REPO_ROOT, "tests", "boards", "fake_port");
  t.write("ports/rp2040/build.ts", `
import * as fs from "node:fs";
import * as path from "node:path";
export const recipe = {
  port: "rp2040",
  toolchainPrefix: "",
  cflags: () => ["-DFAKE_PORT=1", '-DPYX_SYS_PLATFORM="fake"'],
  ldflags: () => [],
  sources: () => [${JSON.stringify(path.join(fakePort, "main.c"))}],
  includeDirs: () => [${JSON.stringify(fakePort)}],
  generate: (board: { name: string }, outDir: string) => {
    const file = path.join(outDir, "generated.c");
    const text = "int fake_generated_for_" + board.name + ";\\n";
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
    return [path.join(outDir, "generated.c")];
  },
  images: async (_board: unknown, elf: string, outDir: string) => {
    fs.copyFileSync(elf, path.join(outDir, "firmware.bin"));
    return [path.join(outDir, "firmware.bin")];
  },
};
`);
}

describe("firmware driver, end to end with a fake port", () => {
  it("renders, generates, compiles, links, sizes and makes images; rebuilds only what changed", async () => {
    tree = boardTree();
    writeFakePort(tree);
    const outDir = path.join(tree.root, "out");
    const lines: string[] = [];
    const options = {
      board: "RPI_PICO", outDir, dirs: { boardsDir: tree.boardsDir, portsDir: tree.portsDir },
      genOut: path.join(REPO_ROOT, "build", "test-programs", "board-echo"),
      entry: { module: path.join(REPO_ROOT, "tests", "boards", "programs", "board_echo.ts"), root: path.join(REPO_ROOT, "tests", "boards", "programs") },
      log: (l: string) => lines.push(l),
    };
    const fw = await buildFirmware(options);
    expect(fw.images).toEqual([path.join(outDir, "firmware.elf"), path.join(outDir, "firmware.bin")]);
    const { stdout } = await promisify(execFile)(fw.elf);
    expect(stdout).toBe("Raspberry Pi Pico with RP2040 176K\n");
    expect(fw.sizes.bss).toBeGreaterThanOrEqual(200 * 1024);
    expect(fw.use.ramTotal).toBe(264 * 1024);
    expect(lines).toContainEqual(expect.stringMatching(/^pyxis: RPI_PICO: flash: \d+ of 1048576 bytes \([\d.]+%\), RAM: \d+ of 270336 bytes/));
    const compiled = lines.map((l) => /^pyxis: compiled (\d+) of (\d+) files/.exec(l)).find((m) => m !== null);
    const total = Number(compiled?.[2]);
    expect(compiled?.[1]).toBe(String(total));
    expect(total).toBeGreaterThanOrEqual(5);
    expect(fw.use.ramUsed).toBe(fw.sizes.data + fw.sizes.bss);
    const recorded = JSON.parse(fs.readFileSync(path.join(outDir, "sizes.json"), "utf8")) as Record<string, unknown>;
    expect(recorded).toEqual({ board: "RPI_PICO", ...fw.sizes, ...fw.use });

    // Nothing changed: nothing is compiled again.
    lines.length = 0;
    await buildFirmware(options);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^pyxis: compiled 0 of ${total} files`)));

    // The board changed: board_config.h changes, so whatever includes it is rebuilt.
    tree.editJson("RPI_PICO", (j) => { j.machine = "Changed Pico"; });
    lines.length = 0;
    const again = await buildFirmware(options);
    // board_pins.c and the port's main.c include board_config.h.
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^pyxis: compiled 2 of ${total} files`)));
    expect((await promisify(execFile)(again.elf)).stdout).toBe("Changed Pico 176K\n");
  }, 600_000);
});

describe("memory use by section address", () => {
  it("counts RAM and CCM by where each section runs", () => {
    const out = [
      "build/NETDUINO_PLUS2/firmware.elf  :",
      "section              size         addr",
      ".isr_vector         0x198    0x8000000",
      ".text               0x9fc    0x8000198",
      ".data                0x2c   0x10000000",
      ".bss                0x454   0x1000002c",
      ".arena            0x1c000   0x20000000",
      ".debug_info        0x31ef          0x0",
      "Total             0x26be0",
    ].join("\n");
    const sections = parseSectionsOutput(out);
    expect(sections).toContainEqual({ name: ".arena", size: 0x1c000, addr: 0x20000000 });
    expect(sections).toHaveLength(6);
    tree = boardTree();
    tree.editJson("RPI_PICO", (j) => {
      (j.memory as Record<string, unknown>).ram = { origin: "0x20000000", size: "128K" };
      (j.memory as Record<string, unknown>).ccm = { origin: "0x10000000", size: "64K" };
      (j.memory as Record<string, unknown>).flash = { origin: "0x08000000", size: "1M" };
      (j.memory as Record<string, unknown>).firmwareSize = "1M";
      (j.memory as Record<string, unknown>).arenaSize = "112K";
      (j.memory as Record<string, unknown>).heapSize = "88K";
    });
    const board = loadBoard("RPI_PICO", { boardsDir: tree.boardsDir, portsDir: tree.portsDir });
    const use = memoryUse({ text: 0x198 + 0x9fc, data: 0x2c, bss: 0x454 + 0x1c000 }, board, sections);
    expect(use).toEqual({ flashUsed: 0x198 + 0x9fc + 0x2c, flashTotal: 1 << 20, ramUsed: 0x1c000, ramTotal: 128 * 1024, ccmUsed: 0x2c + 0x454, ccmTotal: 64 * 1024 });
    expect(formatSizeReport({ text: 0, data: 0, bss: 0 }, use)[1]).toMatch(/RAM: 114688 of 131072 bytes \(87\.5%\), CCM: 1152 of 65536 bytes \(1\.8%\)$/);
    expect(memoryOverflow({ ...use, ccmUsed: 70000 }, "B")).toEqual(["B: the firmware puts 70000 bytes in CCM RAM but the board has 65536"]);
  });
});

describe("frozen modules", () => {
  it("compiles a board's frozen .py files and links them as the core's frozen tables", async () => {
    tree = boardTree();
    writeFakePort(tree);
    tree.write("boards/RPI_PICO/modules/hello.py", "print('hello from flash')\n");
    tree.write("boards/RPI_PICO/modules/pkg/__init__.py", "X = 1\n");
    tree.editJson("RPI_PICO", (j) => { j.frozen = ["modules"]; });
    const outDir = path.join(tree.root, "out");
    const lines: string[] = [];
    const fw = await buildFirmware({
      board: "RPI_PICO", outDir, dirs: { boardsDir: tree.boardsDir, portsDir: tree.portsDir },
      genOut: path.join(REPO_ROOT, "build", "test-programs", "board-frozen"),
      entry: { module: path.join(REPO_ROOT, "tests", "boards", "programs", "frozen_list.ts"), root: REPO_ROOT },
      log: (l: string) => lines.push(l),
    });
    const hello = fs.readFileSync(path.join(outDir, "frozen", "hello.mpy"));
    // .mpy v6: 'M', version 6.
    expect([hello[0], hello[1]]).toEqual([0x4d, 6]);
    // The default set (lib/) comes first, then the board's own modules.
    const modules = collectFrozen(loadBoard("RPI_PICO", { boardsDir: tree.boardsDir, portsDir: tree.portsDir }));
    expect(modules.slice(-2).map((m) => m.name)).toEqual(["hello.mpy", "pkg/__init__.mpy"]);
    const mpys = modules.map((m) => fs.readFileSync(path.join(outDir, "frozen", m.name)));
    expect(lines).toContain(`pyxis: ${modules.length} frozen module(s), ${mpys.reduce((n, b) => n + b.length, 0)} bytes of .mpy`);
    const { stdout } = await promisify(execFile)(fw.elf, { encoding: "buffer" });
    const expected = Buffer.concat(modules.flatMap((m, i) => [Buffer.from(`${m.name}\n`), mpys[i]!, Buffer.from("\n")]));
    expect(Buffer.from(stdout).equals(expected)).toBe(true);
  }, 600_000);

  it("refuses a module frozen twice", async () => {
    tree = boardTree();
    tree.write("boards/RPI_PICO/a/m.py", "\n");
    tree.write("boards/RPI_PICO/b/m.py", "\n");
    tree.editJson("RPI_PICO", (j) => { j.frozen = ["a", "b"]; });
    const board = loadBoard("RPI_PICO", { boardsDir: tree.boardsDir, portsDir: tree.portsDir });
    expect(() => collectFrozen(board)).toThrow(/board\.json: frozen\[1\]: 'm\.mpy' is frozen twice/);
  });
});
