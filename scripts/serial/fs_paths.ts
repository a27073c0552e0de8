// Paths in `pyxis fs`, as mpremote writes them: ":name" is on the device (":" alone is its
// current directory), anything else is on this computer.

import * as path from "node:path";

export function isDevicePath(arg: string): boolean {
  return arg.startsWith(":");
}

/** The device path without its ":" ("" for the current directory). */
export function devicePath(arg: string): string {
  return isDevicePath(arg) ? arg.slice(1) : arg;
}

/** Join on the device, where "" is the current directory. */
export function deviceJoin(dir: string, name: string): string {
  if (dir === "" || dir === ".") return name;
  return dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`;
}

export function deviceBasename(p: string): string {
  return path.posix.basename(p);
}

/** How a device path is shown: with its ":". */
export function showDevice(p: string): string {
  return `:${p}`;
}
