// `pyxis fs cp`: between this computer and the device, files or (with -r) trees, as
// mpremote's cp. A file already on the other side with the same SHA-256 is not copied
// again (so re-running a deploy sends only what changed), unless `force`.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { DeviceFs } from "./device_fs.js";
import { SerialError } from "./errors.js";
import { deviceBasename, deviceJoin, devicePath, isDevicePath, showDevice } from "./fs_paths.js";
import { progressBar } from "./progress.js";

export interface CopyOptions {
  recursive: boolean;
  force: boolean;
  /** One line per file ("cp a.py :a.py", "up to date: :a.py"). */
  log: (line: string) => void;
}

export interface CopyStats {
  copied: number;
  skipped: number;
  bytes: number;
}

function sha256(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function localStat(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

export async function copy(dfs: DeviceFs, sources: readonly string[], dest: string, opts: CopyOptions): Promise<CopyStats> {
  const stats: CopyStats = { copied: 0, skipped: 0, bytes: 0 };
  const toDevice = isDevicePath(dest);
  for (const s of sources) {
    if (isDevicePath(s) === toDevice) {
      throw new SerialError(
        "protocol",
        `cp ${s} ${dest}: one side must be on the device and the other on this computer`,
        "device paths start with ':' (e.g. `pyxis fs cp main.py :main.py`)",
      );
    }
  }
  // Into a directory when there are several sources, the destination ends with "/" or is a directory.
  const severalOrSlash = sources.length > 1 || dest.endsWith("/") || dest === ":";
  if (toDevice) {
    const dst = devicePath(dest);
    const dstEntry = dst === "" ? { isDir: true } : await dfs.stat(dst.replace(/\/$/, ""));
    const intoDir = severalOrSlash || dstEntry?.isDir === true;
    for (const src of sources) {
      const st = localStat(src);
      if (st === undefined) throw new SerialError("not-found", `${src}: no such file or directory`);
      const target = intoDir ? deviceJoin(dst, path.basename(path.resolve(src))) : dst;
      if (st.isDirectory()) {
        if (!opts.recursive) throw new SerialError("protocol", `${src} is a directory`, "copy it with `cp -r`");
        await putTree(dfs, src, target, opts, stats);
      } else {
        await putFile(dfs, src, target, opts, stats);
      }
    }
  } else {
    const dst = dest;
    const intoDir = severalOrSlash || localStat(dst)?.isDirectory() === true;
    for (const srcArg of sources) {
      const src = devicePath(srcArg);
      const entry = await dfs.stat(src === "" ? "." : src);
      if (entry === undefined) throw new SerialError("device-file", `${srcArg}: no such file or directory on the device`, "`pyxis fs ls` shows what is there");
      const target = intoDir ? path.join(dst, deviceBasename(src) || ".") : dst;
      if (entry.isDir) {
        if (!opts.recursive) throw new SerialError("protocol", `${srcArg} is a directory`, "copy it with `cp -r`");
        await getTree(dfs, src, target, opts, stats);
      } else {
        await getFile(dfs, src, target, opts, stats);
      }
    }
  }
  return stats;
}

async function putFile(dfs: DeviceFs, src: string, dst: string, opts: CopyOptions, stats: CopyStats): Promise<void> {
  const data = fs.readFileSync(src);
  if (!opts.force) {
    const there = await dfs.stat(dst);
    if (there !== undefined && !there.isDir && there.size === data.length && (await dfs.sha256(dst)) === sha256(data)) {
      opts.log(`up to date: ${showDevice(dst)}`);
      stats.skipped++;
      return;
    }
  }
  opts.log(`cp ${src} ${showDevice(dst)}`);
  const bar = progressBar(`  ${path.basename(src)}`, data.length);
  await dfs.writeFile(dst, data, (n) => bar.update(n));
  bar.finish();
  stats.copied++;
  stats.bytes += data.length;
}

async function putTree(dfs: DeviceFs, src: string, dst: string, opts: CopyOptions, stats: CopyStats): Promise<void> {
  const there = await dfs.stat(dst);
  if (there === undefined) await dfs.mkdir(dst);
  else if (!there.isDir) throw new SerialError("device-file", `${showDevice(dst)} exists and is not a directory`);
  for (const e of fs.readdirSync(src, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const from = path.join(src, e.name);
    const to = deviceJoin(dst, e.name);
    if (e.isDirectory()) await putTree(dfs, from, to, opts, stats);
    else if (e.isFile()) await putFile(dfs, from, to, opts, stats);
  }
}

async function getFile(dfs: DeviceFs, src: string, dst: string, opts: CopyOptions, stats: CopyStats): Promise<void> {
  const here = localStat(dst);
  if (!opts.force && here?.isFile() === true) {
    const local = fs.readFileSync(dst);
    if ((await dfs.sha256(src)) === sha256(local)) {
      opts.log(`up to date: ${dst}`);
      stats.skipped++;
      return;
    }
  }
  opts.log(`cp ${showDevice(src)} ${dst}`);
  const size = (await dfs.stat(src))?.size ?? 0;
  const bar = progressBar(`  ${deviceBasename(src)}`, size);
  const data = await dfs.readFile(src, (n) => bar.update(n));
  bar.finish();
  fs.writeFileSync(dst, data);
  stats.copied++;
  stats.bytes += data.length;
}

async function getTree(dfs: DeviceFs, src: string, dst: string, opts: CopyOptions, stats: CopyStats): Promise<void> {
  fs.mkdirSync(dst, { recursive: true });
  for (const e of await dfs.listdir(src === "" ? "." : src)) {
    const from = deviceJoin(src, e.name);
    const to = path.join(dst, e.name);
    if (e.isDir) await getTree(dfs, from, to, opts, stats);
    else await getFile(dfs, from, to, opts, stats);
  }
}

/** Remove a file, or with `recursive` a directory and everything in it. */
export async function removePath(dfs: DeviceFs, p: string, recursive: boolean, log: (line: string) => void): Promise<void> {
  const entry = await dfs.stat(p);
  if (entry === undefined) throw new SerialError("device-file", `${showDevice(p)}: no such file or directory on the device`, "`pyxis fs ls` shows what is there");
  if (!entry.isDir) {
    log(`rm ${showDevice(p)}`);
    await dfs.remove(p);
    return;
  }
  if (!recursive) throw new SerialError("protocol", `${showDevice(p)} is a directory`, "remove it with `rm -r`, or `rmdir` when empty");
  for (const e of await dfs.listdir(p)) await removePath(dfs, deviceJoin(p, e.name), true, log);
  log(`rmdir ${showDevice(p)}`);
  await dfs.rmdir(p);
}
