// The FAT file system (core/fat*.ts, core/FAT.md) judged by dosfstools and mtools: file
// operations on images made by mkfs.fat (FAT12/16/32) and by Pyxis's own mkfs, in the
// native executable and in Node, must print what CPython prints doing the same in a
// directory, leave an image fsck.fat -n accepts, and hold the same files mtools copies
// out; files mtools writes must read back in Pyxis; a full volume raises ENOSPC with the
// other files intact; and a power cut after every block write of a sequence of
// operations leaves a volume that mounts, keeps every closed file, and that fsck.fat finds
// nothing wrong with but lost clusters.

import { describe, it, expect, beforeAll, afterAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildHostCore } from "../../scripts/commands/core.js";
import { runCommand, type RunResult } from "../harness/run.js";

const OPS = "tests/fat/ops.py";
const MTOOLS_ENV = { MTOOLS_SKIP_CHECK: "1" };
type Mode = "native" | "node" | "gcstress";

let exe = "";
let work = "";

beforeAll(async () => {
  exe = process.env["PYXIS_PY_EXE"] ?? (await buildHostCore()).exe;
  work = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-fat-"));
}, 600_000);

afterAll(() => {
  if (work !== "") fs.rmSync(work, { recursive: true, force: true });
});

function pyxisCommand(mode: Mode, script: string, args: readonly string[]): string[] {
  if (mode === "node") return [process.execPath, "--import", "tsx", "ports/node/run.ts", "core/main.ts", script, ...args];
  if (mode === "gcstress") return [exe, "-X", "gcstress", "-X", "heapsize=256K", script, ...args];
  return [exe, script, ...args];
}

/** Run a Python script in Pyxis with image as the HAL's block device. */
async function pyxis(mode: Mode, script: string, image: string, args: readonly string[] = []): Promise<RunResult> {
  const blocks = String(fs.statSync(image).size / 512);
  return runCommand(pyxisCommand(mode, script, args), {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, PYXIS_BDEV: image, PYXIS_BDEV_BLOCKS: blocks },
  });
}

async function ok(cmd: readonly string[], env: Record<string, string> = {}): Promise<string> {
  const r = await runCommand(cmd, { env: { ...process.env, ...env }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd.join(" ")}: status ${r.status}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** A file of `kib` KiB of zeros (sparse). */
function blankImage(name: string, kib: number): string {
  const file = path.join(work, name);
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, "");
  fs.truncateSync(file, kib * 1024);
  return file;
}

async function mkfsFat(name: string, bits: 12 | 16 | 32, kib: number): Promise<string> {
  const file = path.join(work, name);
  fs.rmSync(file, { force: true });
  await ok(["mkfs.fat", "-F", String(bits), ...(bits === 32 ? ["-s", "1"] : []), "-C", file, String(kib)]);
  return file;
}

/** The FAT width the boot sector of image names ("FAT12   " at 54 or, on FAT32, 82). */
function fatType(image: string): string {
  const b = Buffer.alloc(512);
  const fd = fs.openSync(image, "r");
  fs.readSync(fd, b, 0, 512, 0);
  fs.closeSync(fd);
  const small = b.toString("latin1", 54, 62).trim();
  return small.startsWith("FAT1") ? small : b.toString("latin1", 82, 90).trim();
}

/**
 * fsck.fat -n's complaints about image beyond what `allowed` accepts. Accepted after a power
 * cut: the two FATs differing (the second copy not yet written), lost clusters, and a
 * chain one cluster longer than its file's size (the cluster linked, the size not yet
 * written: that cluster is lost, the file's data intact).
 */
async function fsckProblems(image: string, afterCut: boolean): Promise<string[]> {
  const r = await runCommand(["fsck.fat", "-n", image], { encoding: "utf8" });
  const cutNoise = [
    /^FATs differ but appear to be intact\./, /^ {2}Using first FAT\./, /^Reclaimed \d+ unused clusters? \(\d+ bytes\)\./,
    /^Leaving filesystem unchanged\./, /^ {2}File size is \d+ bytes, cluster chain length is > \d+ bytes\./,
    /^ {2}Truncating file to \d+ bytes\./, /^\/.+$/,
  ];
  const lines = (r.stdout + r.stderr).split("\n").filter((l) => l !== "" && !/^fsck\.fat \d/.test(l) && !/: \d+ files, \d+\/\d+ clusters$/.test(l));
  const problems = afterCut ? lines.filter((l) => !cutNoise.some((re) => re.test(l))) : lines;
  // A path line alone is fine only when it introduces an accepted complaint.
  if (afterCut && lines.some((l) => /^\//.test(l)) && !lines.some((l) => /cluster chain length is >/.test(l))) problems.push(...lines);
  if (!afterCut && r.status !== 0) problems.push(`status ${r.status}`);
  return problems;
}

/** Every file under dir, as relative path → contents. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        files.set(`${r}/`, Buffer.alloc(0));
        walk(r);
      } else {
        files.set(r, fs.readFileSync(path.join(dir, r)));
      }
    }
  };
  walk("");
  return files;
}

let cpython: { stdout: string; files: Map<string, Buffer> } | undefined;

/** What CPython prints running ops.py in a fresh directory, and the files it leaves. */
async function cpythonOps(): Promise<{ stdout: string; files: Map<string, Buffer> }> {
  if (cpython !== undefined) return cpython;
  const dir = fs.mkdtempSync(path.join(work, "cpython-"));
  const r = await runCommand(["python3", OPS, dir], { cwd: REPO_ROOT, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  cpython = { stdout: r.stdout, files: tree(dir) };
  return cpython;
}

/** Run ops.py on image and judge it by CPython, fsck.fat and mtools. */
async function checkOps(mode: Mode, image: string): Promise<void> {
  const expected = await cpythonOps();
  const r = await pyxis(mode, OPS, image);
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe(expected.stdout);
  expect(await fsckProblems(image, false)).toEqual([]);
  const out = fs.mkdtempSync(path.join(work, "mcopy-"));
  await ok(["mcopy", "-s", "-n", "-i", image, "::/*", out], MTOOLS_ENV);
  expect(tree(out)).toEqual(expected.files);
  expect(await ok(["mtype", "-i", image, "::/a.txt"], MTOOLS_ENV)).toBe("short");
}

describe("file operations, judged by CPython, fsck.fat and mtools", () => {
  for (const bits of [12, 16, 32] as const) {
    it(`native on mkfs.fat -F ${bits}`, async () => {
      const image = await mkfsFat(`ops${bits}.img`, bits, bits === 32 ? 34 * 1024 : bits === 16 ? 16 * 1024 : 1024);
      expect(fatType(image)).toBe(`FAT${bits}`);
      await checkOps("native", image);
    }, 120_000);
  }

  it("node on mkfs.fat -F 12, and native under gcstress on -F 16", async () => {
    await checkOps("node", await mkfsFat("node12.img", 12, 1024));
    await checkOps("gcstress", await mkfsFat("stress16.img", 16, 16 * 1024));
  }, 300_000);

  for (const [kib, bits] of [[1024, 12], [20 * 1024, 16], [600 * 1024, 32]] as const) {
    it(`Pyxis's mkfs picks FAT${bits} for ${kib} KiB, and the volume passes`, async () => {
      const image = blankImage(`mkfs${bits}.img`, kib);
      const r = await pyxis("native", "tests/fat/mkfs.py", image);
      expect(r.stderr).toBe("");
      expect(fatType(image)).toBe(`FAT${bits}`);
      expect(await fsckProblems(image, false)).toEqual([]);
      if (bits !== 32) await checkOps("native", image);
    }, 180_000);
  }
});

describe("files written by mtools", () => {
  it("read back in Pyxis, native and Node", async () => {
    const image = await mkfsFat("mtools.img", 16, 16 * 1024);
    const local = path.join(work, "local");
    fs.mkdirSync(local, { recursive: true });
    const data = Buffer.alloc(70_000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 9)) & 0xff;
    fs.writeFileSync(path.join(local, "big.bin"), data);
    fs.writeFileSync(path.join(local, "A long file name.txt"), "written by mcopy\n");
    await ok(["mmd", "-i", image, "::/Folder With Spaces"], MTOOLS_ENV);
    await ok(["mcopy", "-i", image, path.join(local, "big.bin"), "::/BIG.BIN"], MTOOLS_ENV);
    await ok(["mcopy", "-i", image, path.join(local, "A long file name.txt"), "::/Folder With Spaces/A long file name.txt"], MTOOLS_ENV);
    for (const mode of ["native", "node"] as const) {
      const out = fs.mkdtempSync(path.join(work, `read-${mode}-`));
      const r = await pyxis(mode, "tests/fat/copy_out.py", image, [out]);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe("BIG.BIN\nFolder With Spaces/\nFolder With Spaces/A long file name.txt\n");
      expect(fs.readFileSync(path.join(out, "BIG.BIN")).equals(data)).toBe(true);
      expect(fs.readFileSync(path.join(out, "Folder With Spaces", "A long file name.txt"), "utf8")).toBe("written by mcopy\n");
    }
  }, 240_000);
});

describe("a full volume", () => {
  it("raises ENOSPC and loses nothing else", async () => {
    const image = blankImage("full.img", 64);
    const r = await pyxis("native", "tests/fat/full.py", image);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(fs.readFileSync(path.join(REPO_ROOT, "tests/fat/full.exp"), "utf8"));
    expect(await fsckProblems(image, false)).toEqual([]);
    expect(await ok(["mtype", "-i", image, "::/keep.txt"], MTOOLS_ENV)).toBe("keep me\n".repeat(100));
  }, 60_000);
});

describe("a FAT root", () => {
  it("has a working directory for relative paths", async () => {
    const expected = "/ []\n/lib\n['mod.py'] ['mod.py'] ['lib']\n/ ['lib']\n/lib X = 1\n20\n";
    for (const mode of ["native", "node"] as const) {
      const image = blankImage(`root-${mode}.img`, 128);
      const r = await pyxis(mode, "tests/fat/root.py", image);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(expected);
      expect(await fsckProblems(image, false)).toEqual([]);
    }
  }, 120_000);
});

describe("power cuts", () => {
  it("after every block write: mounts, closed files intact, fsck finds lost clusters at most", async () => {
    const dir = fs.mkdtempSync(path.join(work, "cuts-"));
    const image = blankImage("unused.img", 64);
    const r = await pyxis("native", "tests/fat/fault.py", image, [dir]);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(50);
    expect(lines.filter((l) => !/ intact$/.test(l))).toEqual([]);
    expect(lines[lines.length - 1]).toMatch(/ complete intact$/);
    const bad: string[] = [];
    for (const f of fs.readdirSync(dir).sort()) {
      const problems = await fsckProblems(path.join(dir, f), true);
      if (problems.length > 0) bad.push(`${f}: ${problems.join(" | ")}`);
    }
    expect(bad).toEqual([]);
  }, 120_000);
});
