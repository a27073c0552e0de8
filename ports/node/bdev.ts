// The block device, as ports/host/bdev.c: a disk image of 512-byte blocks (block n
// at byte n * 512, nothing else in the file), so an image written by either build
// is read by the other.
//
//   PYXIS_BDEV         the image's path (default build/host/flash.img, relative to
//                      the working directory); missing parent directories are made
//   PYXIS_BDEV_BLOCKS  its size in blocks (default 2048: 1 MiB)
//
// The file is opened, and created or extended with zeros to the full size, on the
// first read, write or sync. Errors are negative errno values (Node's fs errors
// carry them as err.errno); a range past the last block gives -EIO.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { arenaView } from "./arena.js";
import { envU32 } from "./process.js";

const BLOCK_SIZE = 512;
const DEFAULT_PATH = "build/host/flash.img";
const DEFAULT_BLOCKS = 2048;
const EIO = os.constants.errno.EIO;
const MAX_IO = 1 << 30; // bytes per readSync/writeSync call (Node refuses 2 GiB)

let imageFd = -1;
let blockCount = 0; // 0 until read from the environment

/** The negative errno of a failed fs call. */
function negativeErrno(e: unknown): number {
  const errno = (e as NodeJS.ErrnoException).errno;
  if (typeof errno !== "number") throw e; // not an fs error: a bug, let it surface
  return errno < 0 ? errno : -errno;
}

/** 0 once the image is open and at least full size, else a negative errno. */
function openImage(): number {
  if (imageFd >= 0) return 0;
  const file = process.env.PYXIS_BDEV || DEFAULT_PATH;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch {
    // reported by openSync below
  }
  let fd = -1;
  try {
    fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o666);
    const size = hal_bdev_block_count() * BLOCK_SIZE;
    if (fs.fstatSync(fd).size < size) fs.ftruncateSync(fd, size);
  } catch (e) {
    if (fd >= 0) fs.closeSync(fd);
    return negativeErrno(e);
  }
  imageFd = fd;
  return 0;
}

export function hal_bdev_block_size(): number {
  return BLOCK_SIZE;
}

export function hal_bdev_block_count(): number {
  if (blockCount === 0) blockCount = envU32("PYXIS_BDEV_BLOCKS", DEFAULT_BLOCKS, 1, 0xffffffff);
  return blockCount;
}

function inRange(block: number, count: number): boolean {
  return block + count <= hal_bdev_block_count();
}

export function hal_bdev_read(block: number, addr: number, count: number): number {
  const dst = arenaView(addr, count * BLOCK_SIZE, "hal_bdev_read");
  if (!inRange(block, count)) return -EIO;
  const err = openImage();
  if (err !== 0) return err;
  let done = 0;
  try {
    while (done < dst.length) {
      const n = fs.readSync(imageFd, dst, done, Math.min(dst.length - done, MAX_IO), block * BLOCK_SIZE + done);
      if (n === 0) break;
      done += n;
    }
  } catch (e) {
    return negativeErrno(e);
  }
  dst.fill(0, done); // the file was shortened under us: read as erased
  return 0;
}

export function hal_bdev_write(block: number, addr: number, count: number): number {
  const src = arenaView(addr, count * BLOCK_SIZE, "hal_bdev_write");
  if (!inRange(block, count)) return -EIO;
  const err = openImage();
  if (err !== 0) return err;
  let done = 0;
  try {
    while (done < src.length) {
      done += fs.writeSync(imageFd, src, done, Math.min(src.length - done, MAX_IO), block * BLOCK_SIZE + done);
    }
  } catch (e) {
    return negativeErrno(e);
  }
  return 0;
}

export function hal_bdev_sync(): number {
  const err = openImage();
  if (err !== 0) return err;
  try {
    fs.fsyncSync(imageFd);
  } catch (e) {
    return negativeErrno(e);
  }
  return 0;
}
