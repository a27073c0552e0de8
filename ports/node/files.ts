// Files, for import, as ports/host/files.c: what a path names, a file's size, and
// reading part of a file. Stateless: every call names its path. Paths are arena
// bytes without a terminator, taken as raw bytes (a Buffer path), so names that are
// not UTF-8 mean the same file as in C; one holding a NUL byte names nothing.

import fs from "node:fs";
import os from "node:os";
import { arenaView } from "./arena.js";

const { ENOENT, EISDIR, EFBIG } = os.constants.errno;
const INT32_MAX = 0x7fffffff;

/** The path's bytes, or undefined when it holds a NUL byte. */
export function pathBytes(path: number, len: number, who: string): Buffer | undefined {
  const bytes = Buffer.from(arenaView(path, len, who));
  return bytes.includes(0) ? undefined : bytes;
}

function negativeErrno(e: unknown): number {
  const errno = (e as NodeJS.ErrnoException).errno;
  return typeof errno === "number" ? (errno < 0 ? errno : -errno) : -ENOENT;
}

/** 0 nothing, 1 a directory, 2 a regular file (stat follows symbolic links, as in C). */
export function hal_file_stat(path: number, len: number): number {
  const name = pathBytes(path, len, "hal_file_stat");
  if (name === undefined) return 0;
  const st = fs.statSync(name, { throwIfNoEntry: false });
  if (st === undefined) return 0;
  if (st.isDirectory()) return 1;
  return st.isFile() ? 2 : 0;
}

export function hal_file_size(path: number, len: number): number {
  const name = pathBytes(path, len, "hal_file_size");
  if (name === undefined) return -ENOENT;
  try {
    const st = fs.statSync(name);
    if (st.isDirectory()) return -EISDIR;
    if (st.size > INT32_MAX) return -EFBIG;
    return st.size;
  } catch (e) {
    return negativeErrno(e);
  }
}

export function hal_file_read(path: number, len: number, offset: number, dest: number, count: number): number {
  const want = Math.min(count, INT32_MAX);
  const target = arenaView(dest, want, "hal_file_read");
  const name = pathBytes(path, len, "hal_file_read");
  if (name === undefined) return -ENOENT;
  let fd: number;
  try {
    fd = fs.openSync(name, "r");
  } catch (e) {
    return negativeErrno(e);
  }
  try {
    let done = 0;
    while (done < want) {
      const n = fs.readSync(fd, target, done, Math.min(want - done, 1 << 30), offset + done);
      if (n === 0) break;
      done += n;
    }
    return done;
  } catch (e) {
    return negativeErrno(e);
  } finally {
    fs.closeSync(fd);
  }
}
