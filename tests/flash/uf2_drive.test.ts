// pyxis flash for UF2 boards, against a temporary directory that plays the RPI-RP2 drive: a
// simulated bootloader takes the copied file, checks it, and "reboots" (the drive goes away).

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadBoard, type Board } from "../../scripts/boards/board.js";
import { parseUf2, uf2FromBinary, RP2040_FAMILY_ID } from "../../scripts/build/uf2.js";
import { findUf2Drives, flashUf2, FlashError, parseMounts, INFO_FILE } from "../../scripts/flash/uf2_drive.js";
import { boardTree, type BoardTree } from "../boards/fixture.js";

const INFO = "UF2 Bootloader v3.0\nModel: Raspberry Pi RP2\nBoard-ID: RPI-RP2\n";

let tree: BoardTree | undefined;
let scratch: string | undefined;
const timers: NodeJS.Timeout[] = [];
afterEach(() => {
  tree?.remove();
  tree = undefined;
  if (scratch !== undefined) fs.rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
  for (const t of timers.splice(0)) clearInterval(t);
});

function setup(): { board: Board; dir: string; uf2: string; media: string; mounts: string } {
  tree = boardTree();
  const board = loadBoard("RPI_PICO", { boardsDir: tree.boardsDir, portsDir: tree.portsDir });
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-flash-"));
  const image = new Uint8Array(1000).map((_, i) => i & 0xff);
  const uf2 = path.join(scratch, "firmware.uf2");
  fs.writeFileSync(uf2, uf2FromBinary(image, 0x10000000, RP2040_FAMILY_ID));
  const media = path.join(scratch, "media");
  fs.mkdirSync(media);
  const mounts = path.join(scratch, "mounts");
  fs.writeFileSync(mounts, "proc /proc proc rw 0 0\n");
  return { board, dir: scratch, uf2, media, mounts };
}

/** A mounted RPI-RP2 drive at dir. */
function mountDrive(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, INFO_FILE), INFO);
  fs.writeFileSync(path.join(dir, "INDEX.HTM"), "<html></html>");
}

/** The bootloader: once a complete UF2 lands on the drive, it is parsed and the drive unmounts. */
function simulateBootloader(drive: string, taken: Uint8Array[]): void {
  timers.push(setInterval(() => {
    if (!fs.existsSync(drive)) return;
    for (const f of fs.readdirSync(drive).filter((n) => n.endsWith(".uf2"))) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(drive, f)));
      if (bytes.length === 0 || bytes.length % 512 !== 0) continue;
      parseUf2(bytes);
      taken.push(bytes);
      fs.rmSync(drive, { recursive: true, force: true });
      return;
    }
  }, 20));
}

async function flashError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FlashError) return e.message;
    throw e;
  }
  throw new Error("expected a FlashError");
}

describe("UF2 drive flashing", () => {
  it("finds the drive among the media mounts, copies the UF2 and sees the drive go", async () => {
    const s = setup();
    const drive = path.join(s.media, "user", "RPI-RP2");
    mountDrive(drive);
    const taken: Uint8Array[] = [];
    simulateBootloader(drive, taken);
    const lines: string[] = [];
    const result = await flashUf2({
      board: s.board, uf2File: s.uf2, search: { mountsFile: s.mounts, mediaDirs: [s.media] }, pollMs: 10, log: (l) => lines.push(l),
    });
    expect(result.drive).toBe(drive);
    expect(result.driveGone).toBe(true);
    expect(taken).toHaveLength(1);
    expect(Buffer.from(taken[0]!).equals(fs.readFileSync(s.uf2))).toBe(true);
    expect(lines.join("\n")).toMatch(/UF2 drive .*RPI-RP2 \(RPI-RP2\)/);
  });

  it("reads mount points from /proc/mounts, escapes included", async () => {
    const s = setup();
    const drive = path.join(s.dir, "mnt", "RPI RP2");
    mountDrive(drive);
    const escaped = drive.replace(/ /g, "\\040");
    fs.writeFileSync(s.mounts, `proc /proc proc rw 0 0\n/dev/sdb1 ${escaped} vfat rw 0 0\n`);
    expect(parseMounts(fs.readFileSync(s.mounts, "utf8"))).toEqual(["/proc", drive]);
    expect(findUf2Drives({ mountsFile: s.mounts, mediaDirs: [s.media] })).toEqual([drive]);
  });

  it("asks a board on a serial port for its bootloader when no drive is there", async () => {
    const s = setup();
    const drive = path.join(s.media, "RPI-RP2");
    const port = path.join(s.dir, "ttyACM0");
    fs.writeFileSync(port, "");
    const asked: string[] = [];
    const taken: Uint8Array[] = [];
    const result = await flashUf2({
      board: s.board, uf2File: s.uf2, port, search: { mountsFile: s.mounts, mediaDirs: [s.media] }, pollMs: 10, log: () => {},
      requestBootloader: async (p) => {
        asked.push(p);
        fs.rmSync(port);
        setTimeout(() => {
          mountDrive(drive);
          simulateBootloader(drive, taken);
          // The board comes back as a serial port after the reboot.
          setTimeout(() => fs.writeFileSync(port, ""), 100);
        }, 50);
      },
    });
    expect(asked).toEqual([port]);
    expect(taken).toHaveLength(1);
    expect(result.driveGone).toBe(true);
    expect(result.portBack).toBe(true);
  });

  it("says to hold BOOTSEL when there is no drive", async () => {
    const s = setup();
    const message = await flashError(flashUf2({ board: s.board, uf2File: s.uf2, search: { mountsFile: s.mounts, mediaDirs: [s.media] }, log: () => {} }));
    expect(message).toMatch(/no UF2 bootloader drive found \(a mounted volume holding INFO_UF2\.TXT, named RPI-RP2/);
    expect(message).toMatch(/hold the BOOTSEL button/);
  });

  it("refuses a UF2 for another family before touching the drive", async () => {
    const s = setup();
    const drive = path.join(s.media, "RPI-RP2");
    mountDrive(drive);
    const other = path.join(s.dir, "other.uf2");
    fs.writeFileSync(other, uf2FromBinary(new Uint8Array(300), 0x08000000, 0x57755a57));
    const message = await flashError(flashUf2({ board: s.board, uf2File: other, drive, log: () => {} }));
    expect(message).toMatch(/other\.uf2 is for UF2 family 0x57755a57, but RPI_PICO \(RP2040\) takes RP2040 \(0xe48bff56\)/);
    expect(fs.readdirSync(drive).sort()).toEqual(["INDEX.HTM", INFO_FILE]);
  });

  it("refuses a file that is not UF2", async () => {
    const s = setup();
    const bin = path.join(s.dir, "firmware.bin");
    fs.writeFileSync(bin, new Uint8Array(700));
    expect(await flashError(flashUf2({ board: s.board, uf2File: bin, drive: s.media, log: () => {} }))).toMatch(/firmware\.bin is not a valid UF2 file: /);
  });

  it("refuses a --drive that is not a UF2 drive", async () => {
    const s = setup();
    expect(await flashError(flashUf2({ board: s.board, uf2File: s.uf2, drive: s.media, log: () => {} }))).toMatch(/is not a UF2 bootloader drive: it holds no INFO_UF2\.TXT/);
  });

  it("reports a full drive", async () => {
    const s = setup();
    const drive = path.join(s.media, "RPI-RP2");
    mountDrive(drive);
    const message = await flashError(flashUf2({ board: s.board, uf2File: s.uf2, drive, freeSpace: () => 512, log: () => {} }));
    expect(message).toMatch(/the drive .*RPI-RP2 is full: 512 bytes free, the UF2 file needs 2048/);
    expect(fs.existsSync(path.join(drive, "firmware.uf2"))).toBe(false);
  });

  it("refuses to choose between several drives", async () => {
    const s = setup();
    mountDrive(path.join(s.media, "A"));
    mountDrive(path.join(s.media, "B"));
    expect(await flashError(flashUf2({ board: s.board, uf2File: s.uf2, search: { mountsFile: s.mounts, mediaDirs: [s.media] }, log: () => {} })))
      .toMatch(/several UF2 drives are mounted .*choose one with --drive DIR/s);
  });

  it("says when the drive stays (the bootloader did not take the file)", async () => {
    const s = setup();
    const drive = path.join(s.media, "RPI-RP2");
    mountDrive(drive);
    const lines: string[] = [];
    const result = await flashUf2({ board: s.board, uf2File: s.uf2, drive, goneTimeoutMs: 100, pollMs: 10, log: (l) => lines.push(l) });
    expect(result.driveGone).toBe(false);
    expect(lines.join("\n")).toMatch(/is still there: the bootloader may not have taken the file/);
  });
});

describe("pyxis flash", () => {
  it("writes a given UF2 to a given drive through the command line", async () => {
    const s = setup();
    const drive = path.join(s.media, "RPI-RP2");
    mountDrive(drive);
    const taken: Uint8Array[] = [];
    simulateBootloader(drive, taken);
    const { execFile } = await import("node:child_process");
    const { REPO_ROOT } = await import("../../codegen/load/project.js");
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile("node", [path.join(REPO_ROOT, "scripts", "pyxis.mjs"), "flash", "--board", "RPI_PICO", "--file", s.uf2, "--drive", drive],
        { cwd: REPO_ROOT }, (error, _stdout, stderr) => resolve({ code: error === null ? 0 : (error.code as number), stderr }));
    });
    expect(result.stderr).toMatch(/pyxis: RPI_PICO flashed with /);
    expect(result.code).toBe(0);
    expect(taken).toHaveLength(1);
  }, 30_000);

  it("names the ports it cannot flash yet", async () => {
    const { execFile } = await import("node:child_process");
    const { REPO_ROOT } = await import("../../codegen/load/project.js");
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile("node", [path.join(REPO_ROOT, "scripts", "pyxis.mjs"), "flash", "--board", "ESP32_GENERIC_C3", "--no-build"],
        { cwd: REPO_ROOT }, (error, _stdout, stderr) => resolve({ code: error === null ? 0 : (error.code as number), stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pyxis flash does not support the esp32c3 port \(board ESP32_GENERIC_C3\) yet/);
  }, 30_000);
});
