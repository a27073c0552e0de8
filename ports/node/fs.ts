// The host file system for open(), io and os, as ports/host/fs.c: descriptors, reading
// and writing at a file position, directories, renaming, stat. Node has no lseek, so
// each open descriptor's position is kept here and every read and write names it.
// Paths are arena bytes taken as raw bytes (a Buffer path), as files.ts does.

import fs from "node:fs";
import os from "node:os";
import crypto from "node:crypto";
import { arenaView } from "./arena.js";
import { pathBytes } from "./files.js";

const { ENOENT, EINVAL, EBADF, EOVERFLOW, ERANGE, ENAMETOOLONG, EISDIR } = os.constants.errno;
const INT32_MAX = 0x7fffffff;
const U32_MAX = 0xffffffff;

/** hal_fs_open's flag bits (core/hal.d.ts). */
const OPEN_READ = 1;
const OPEN_WRITE = 2;
const OPEN_APPEND = 4;
const OPEN_CREATE = 8;
const OPEN_TRUNCATE = 16;
const OPEN_EXCLUSIVE = 32;

interface OpenFile {
  position: number;
  append: boolean;
}

const files = new Map<number, OpenFile>();
const dirs = new Map<number, fs.Dir>();
let nextDir = 1;

function negativeErrno(e: unknown): number {
  const errno = (e as NodeJS.ErrnoException).errno;
  if (typeof errno !== "number") throw e;
  return errno < 0 ? errno : -errno;
}

/** Run op on the path's bytes: its result, or the negative errno it failed with. */
function withPath(path: number, len: number, who: string, op: (name: Buffer) => number): number {
  const name = pathBytes(path, len, who);
  if (name === undefined) return -ENOENT;
  try {
    return op(name);
  } catch (e) {
    return negativeErrno(e);
  }
}

export function hal_fs_open(path: number, len: number, flags: number): number {
  const c = fs.constants;
  const rw = (flags & OPEN_READ) !== 0 && (flags & OPEN_WRITE) !== 0;
  let mode = rw ? c.O_RDWR : (flags & OPEN_WRITE) !== 0 ? c.O_WRONLY : c.O_RDONLY;
  if ((flags & OPEN_APPEND) !== 0) mode |= c.O_APPEND;
  if ((flags & OPEN_CREATE) !== 0) mode |= c.O_CREAT;
  if ((flags & OPEN_TRUNCATE) !== 0) mode |= c.O_TRUNC;
  if ((flags & OPEN_EXCLUSIVE) !== 0) mode |= c.O_EXCL;
  return withPath(path, len, "hal_fs_open", (name) => {
    const fd = fs.openSync(name, mode, 0o666);
    files.set(fd, { position: 0, append: (flags & OPEN_APPEND) !== 0 });
    return fd;
  });
}

function openFile(fd: number): OpenFile | undefined {
  return files.get(fd);
}

export function hal_fs_close(fd: number): number {
  if (openFile(fd) === undefined) return -EBADF;
  files.delete(fd);
  try {
    fs.closeSync(fd);
    return 0;
  } catch (e) {
    return negativeErrno(e);
  }
}

export function hal_fs_read(fd: number, dest: number, count: number): number {
  const file = openFile(fd);
  if (file === undefined) return -EBADF;
  const target = arenaView(dest, Math.min(count, INT32_MAX), "hal_fs_read");
  try {
    const n = fs.readSync(fd, target, 0, target.length, file.position);
    file.position += n;
    return n;
  } catch (e) {
    return negativeErrno(e);
  }
}

export function hal_fs_write(fd: number, src: number, count: number): number {
  const file = openFile(fd);
  if (file === undefined) return -EBADF;
  const source = arenaView(src, Math.min(count, INT32_MAX), "hal_fs_write");
  try {
    // O_APPEND writes at the end whatever position is named; the position follows.
    const n = fs.writeSync(fd, source, 0, source.length, file.append ? null : file.position);
    file.position = file.append ? fs.fstatSync(fd).size : file.position + n;
    return n;
  } catch (e) {
    return negativeErrno(e);
  }
}

export function hal_fs_seek(fd: number, offset: number, whence: number): number {
  const file = openFile(fd);
  if (file === undefined) return -EBADF;
  let base: number;
  try {
    base = whence === 0 ? 0 : whence === 1 ? file.position : whence === 2 ? fs.fstatSync(fd).size : NaN;
  } catch (e) {
    return negativeErrno(e);
  }
  if (Number.isNaN(base)) return -EINVAL;
  const target = base + offset;
  if (target < 0) return -EINVAL;
  if (target > INT32_MAX) return -EOVERFLOW;
  file.position = target;
  return target;
}

function storeWords(dest: number, words: readonly bigint[], who: string): void {
  const target = arenaView(dest, words.length * 4, who);
  const view = new DataView(target.buffer, target.byteOffset, target.byteLength);
  words.forEach((w, i) => view.setUint32(i * 4, w < 0n ? 0 : w > BigInt(U32_MAX) ? U32_MAX : Number(w), true));
}

export function hal_fs_stat(path: number, len: number, dest: number): number {
  return withPath(path, len, "hal_fs_stat", (name) => {
    const st = fs.statSync(name, { bigint: true });
    const seconds = (ns: bigint): bigint => ns / 1000000000n;
    storeWords(dest, [st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size,
      seconds(st.atimeNs), seconds(st.mtimeNs), seconds(st.ctimeNs)], "hal_fs_stat");
    return 0;
  });
}

export function hal_fs_statvfs(path: number, len: number, dest: number): number {
  return withPath(path, len, "hal_fs_statvfs", (name) => {
    const st = fs.statfsSync(name, { bigint: true });
    // Node does not report the fragment size, the flags nor the longest name: Linux's
    // statvfs gives f_frsize = f_bsize for the file systems it can, 255 for the name.
    storeWords(dest, [st.bsize, st.bsize, st.blocks, st.bfree, st.bavail, st.files, st.ffree, st.ffree, 0n, 255n],
      "hal_fs_statvfs");
    return 0;
  });
}

export function hal_fs_mkdir(path: number, len: number): number {
  return withPath(path, len, "hal_fs_mkdir", (name) => {
    fs.mkdirSync(name, 0o777);
    return 0;
  });
}

export function hal_fs_rmdir(path: number, len: number): number {
  return withPath(path, len, "hal_fs_rmdir", (name) => {
    fs.rmdirSync(name);
    return 0;
  });
}

export function hal_fs_remove(path: number, len: number): number {
  return withPath(path, len, "hal_fs_remove", (name) => {
    // unlink(2) on a directory is EISDIR on Linux; Node reports EPERM on some systems.
    if (fs.lstatSync(name).isDirectory()) return -EISDIR;
    fs.unlinkSync(name);
    return 0;
  });
}

export function hal_fs_rename(from: number, fromLen: number, to: number, toLen: number): number {
  const target = pathBytes(to, toLen, "hal_fs_rename");
  if (target === undefined) return -ENOENT;
  return withPath(from, fromLen, "hal_fs_rename", (name) => {
    fs.renameSync(name, target);
    return 0;
  });
}

export function hal_fs_chdir(path: number, len: number): number {
  return withPath(path, len, "hal_fs_chdir", (name) => {
    process.chdir(name.toString());
    return 0;
  });
}

export function hal_fs_getcwd(dest: number, max: number): number {
  const cwd = Buffer.from(process.cwd());
  if (cwd.length > max) return -ERANGE;
  arenaView(dest, cwd.length, "hal_fs_getcwd").set(cwd);
  return cwd.length;
}

export function hal_fs_dir_open(path: number, len: number): number {
  return withPath(path, len, "hal_fs_dir_open", (name) => {
    const dir = fs.opendirSync(name.toString());
    const handle = nextDir;
    nextDir = nextDir === INT32_MAX ? 1 : nextDir + 1;
    dirs.set(handle, dir);
    return handle;
  });
}

export function hal_fs_dir_next(handle: number, dest: number, max: number): number {
  const dir = dirs.get(handle);
  if (dir === undefined) return -EBADF;
  try {
    for (;;) {
      const entry = dir.readSync();
      if (entry === null) return 0;
      const name = Buffer.from(entry.name);
      if (name.equals(Buffer.from(".")) || name.equals(Buffer.from(".."))) continue;
      if (name.length > max) return -ENAMETOOLONG;
      arenaView(dest, name.length, "hal_fs_dir_next").set(name);
      return name.length;
    }
  } catch (e) {
    return negativeErrno(e);
  }
}

export function hal_fs_dir_close(handle: number): number {
  const dir = dirs.get(handle);
  if (dir === undefined) return -EBADF;
  dirs.delete(handle);
  try {
    dir.closeSync();
    return 0;
  } catch (e) {
    return negativeErrno(e);
  }
}

export function hal_urandom(dest: number, count: number): number {
  const n = Math.min(count, INT32_MAX);
  crypto.randomFillSync(arenaView(dest, n, "hal_urandom"));
  return n;
}
