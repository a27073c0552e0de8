// pyxis fs ls|cat|cp|rm|mkdir|rmdir|tree|sha256sum: the device's files, as mpremote's fs.
// Device paths start with ":" (for cp, where both sides appear, the ":" is required; the
// other commands only take device paths and accept them with or without it).

import { Command } from "commander";
import { DeviceFs, type DeviceEntry } from "../serial/device_fs.js";
import { copy, removePath } from "../serial/fs_copy.js";
import { deviceJoin, devicePath, showDevice } from "../serial/fs_paths.js";
import { SerialError } from "../serial/errors.js";
import { onDevice, withDeviceOptions, type DeviceOptions } from "../serial/session.js";

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function sub(name: string, description: string): Command {
  return withDeviceOptions(new Command(name).description(description));
}

/** The device directory named by an optional argument ("" is the current directory). */
function dirArg(arg: string | undefined): string {
  const p = devicePath(arg ?? ":");
  return p === "" ? "." : p;
}

async function tree(dfs: DeviceFs, dir: string, prefix: string): Promise<void> {
  const entries = await dfs.listdir(dir);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const last = i === entries.length - 1;
    say(`${prefix}${last ? "└── " : "├── "}${e.name}${e.isDir ? "/" : ""}`);
    if (e.isDir) await tree(dfs, deviceJoin(dir, e.name), `${prefix}${last ? "    " : "│   "}`);
  }
}

function lsLine(e: DeviceEntry): string {
  return `${String(e.isDir ? 0 : e.size).padStart(10)} ${e.name}${e.isDir ? "/" : ""}`;
}

export function fsCommand(): Command {
  const fsCmd = new Command("fs").description("the device's files: ls, cat, cp, rm, mkdir, rmdir, tree, sha256sum (device paths start with ':')");

  fsCmd.addCommand(
    sub("ls", "list a directory on the device (size and name; directories end with /)")
      .argument("[dir]", "device directory (default: the current one)")
      .action(async (dir: string | undefined, opts: DeviceOptions) => {
        await onDevice(opts, async (r) => {
          const dfs = new DeviceFs(r);
          const d = dirArg(dir);
          const entry = await dfs.stat(d);
          if (entry === undefined) throw new SerialError("device-file", `${showDevice(d)}: no such file or directory on the device`);
          if (!entry.isDir) say(lsLine({ ...entry, name: d }));
          else for (const e of await dfs.listdir(d)) say(lsLine(e));
          return 0;
        });
      }),
  );

  fsCmd.addCommand(
    sub("cat", "print files on the device")
      .argument("<files...>", "device files")
      .action(async (files: string[], opts: DeviceOptions) => {
        await onDevice(opts, async (r) => {
          const dfs = new DeviceFs(r);
          for (const f of files) process.stdout.write(await dfs.readFile(devicePath(f)));
          return 0;
        });
      }),
  );

  fsCmd.addCommand(
    sub("cp", "copy files between this computer and the device: cp main.py :  ·  cp :data.txt .  ·  cp -r lib :lib")
      .argument("<paths...>", "sources, then the destination")
      .option("-r, --recursive", "copy directories and what they hold")
      .option("-f, --force", "copy even when the destination has the same SHA-256")
      .action(async (paths: string[], opts: DeviceOptions & { recursive?: boolean; force?: boolean }) => {
        await onDevice(opts, async (r) => {
          if (paths.length < 2) throw new SerialError("protocol", "cp needs a source and a destination", "e.g. `pyxis fs cp main.py :main.py`");
          const stats = await copy(new DeviceFs(r), paths.slice(0, -1), paths[paths.length - 1]!, {
            recursive: opts.recursive === true,
            force: opts.force === true,
            log: say,
          });
          process.stderr.write(`pyxis: ${stats.copied} file(s) copied (${stats.bytes} bytes), ${stats.skipped} up to date\n`);
          return 0;
        });
      }),
  );

  fsCmd.addCommand(
    sub("rm", "remove files on the device (-r: directories too)")
      .argument("<paths...>", "device paths")
      .option("-r, --recursive", "remove directories and what they hold")
      .action(async (paths: string[], opts: DeviceOptions & { recursive?: boolean }) => {
        await onDevice(opts, async (r) => {
          const dfs = new DeviceFs(r);
          for (const p of paths) await removePath(dfs, devicePath(p), opts.recursive === true, say);
          return 0;
        });
      }),
  );

  fsCmd.addCommand(
    sub("mkdir", "make directories on the device")
      .argument("<dirs...>", "device paths")
      .action(async (dirs: string[], opts: DeviceOptions) => {
        await onDevice(opts, async (r) => {
          const dfs = new DeviceFs(r);
          for (const d of dirs) await dfs.mkdir(devicePath(d));
          return 0;
        });
      }),
  );

  fsCmd.addCommand(
    sub("rmdir", "remove empty directories on the device")
      .argument("<dirs...>", "device paths")
      .action(async (dirs: string[], opts: DeviceOptions) => {
        await onDevice(opts, async (r) => {
          const dfs = new DeviceFs(r);
          for (const d of dirs) await dfs.rmdir(devicePath(d));
          return 0;
        });
      }),
  );

  fsCmd.addCommand(
    sub("tree", "show a directory on the device and everything under it")
      .argument("[dir]", "device directory (default: the current one)")
      .action(async (dir: string | undefined, opts: DeviceOptions) => {
        await onDevice(opts, async (r) => {
          const d = dirArg(dir);
          say(showDevice(d === "." ? "" : d));
          await tree(new DeviceFs(r), d, "");
          return 0;
        });
      }),
  );

  fsCmd.addCommand(
    sub("sha256sum", "the SHA-256 of files on the device, as sha256sum prints it")
      .argument("<files...>", "device files")
      .action(async (files: string[], opts: DeviceOptions) => {
        await onDevice(opts, async (r) => {
          const dfs = new DeviceFs(r);
          for (const f of files) say(`${await dfs.sha256(devicePath(f))}  ${showDevice(devicePath(f))}`);
          return 0;
        });
      }),
  );

  return fsCmd;
}
