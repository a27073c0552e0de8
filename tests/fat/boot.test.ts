// fat_mount_or_format_boot (core/fat_boot.ts): a blank device is formatted, mounted at "/"
// and given a boot.py that fsck.fat and mtools accept; a second boot keeps the files; with
// the host's file system at "/" the device is left alone. Node runs first and formats the
// image; the native run then boots from the volume Node made, and must print the same.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { buildSubsetProgram, firstDifference, type SubsetProgram } from "../harness/differential.js";
import { runCommand } from "../harness/run.js";

let program: SubsetProgram;
let dir = "";

beforeAll(async () => {
  program = await buildSubsetProgram(path.join(REPO_ROOT, "tests", "core", "programs", "fat_boot_drive.ts"));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyxis-fat-boot-"));
}, 600_000);

afterAll(() => {
  if (dir !== "") fs.rmSync(dir, { recursive: true, force: true });
});

describe("the boot mount", () => {
  it("formats a blank device once, writes boot.py, and keeps it", async () => {
    const image = path.join(dir, "flash.img");
    const r = await program.run([], { env: { ...process.env, PYXIS_BDEV: image, PYXIS_BDEV_BLOCKS: "2048" } });
    expect(r.node.stderr).toBe("");
    expect(firstDifference(r.node.stdout, r.native.stdout)).toBeUndefined();
    expect(r.node.stdout).toBe("with the host's root: 0\nfirst boot: 1\n# boot.py -- run on boot-up\nagain: 1\n");
    const fsck = await runCommand(["fsck.fat", "-n", image], { encoding: "utf8" });
    expect(fsck.status).toBe(0);
    const boot = await runCommand(["mtype", "-i", image, "::/boot.py"], { encoding: "utf8", env: { ...process.env, MTOOLS_SKIP_CHECK: "1" } });
    expect(boot.stdout).toBe("# boot.py -- run on boot-up\n");
  }, 300_000);
});
