// Open FAT files (core/FAT.md): a table of descriptors, each a file's directory entry,
// first cluster, size and position, with the cluster at the position remembered so that
// sequential reads and writes do not walk the chain from its start. Writes allocate
// clusters (marked in the FAT, then linked) before the data goes in, and the entry's size
// is written after the data, at the end of each write call.

import { mem_copy, mem_fill, type i32, type u32, type f64, type bool } from "./subset/index.js";
import { sector_load, sector_zero, sector_store, CacheSlot, SECTOR_SIZE } from "./fat_device.js";
import { vol_sec_per_clus, cluster_sector, vol_readonly } from "./fat_volume.js";
import { fat_next, fat_alloc, fat_link, fat_free_chain, fat_sync } from "./fat_table.js";
import {
  path_kind, dir_add, entry_update, path_dir, path_name_addr, path_name_len, found_index, found_attr, found_cluster,
  found_size, PathKind, ATTR_ARCHIVE, ATTR_READ_ONLY,
} from "./fat_dir.js";
import { OpenFlag } from "./vfs.js";
import { Errno, raise_os_error } from "./os_error.js";

const FILES_MAX: u32 = 16;
/** In f_flags beside the OpenFlag bits: the file was written since it was opened. */
const WRITTEN: u32 = 0x80;
const POSITION_MAX: u32 = 0x7fffffff;

/** -1: the descriptor is free; else its volume. */
const f_vol = new Int8Array(16);
const f_flags = new Uint8Array(16);
const f_dir = new Uint32Array(16);
const f_index = new Uint32Array(16);
const f_first = new Uint32Array(16);
const f_size = new Uint32Array(16);
const f_pos = new Uint32Array(16);
/** The cluster at index f_clus_index of the chain (0: none remembered). */
const f_clus = new Uint32Array(16);
const f_clus_index = new Uint32Array(16);
let files_ready: bool = false;

function files_init(): void {
  if (files_ready) return;
  for (let i: u32 = 0; i < FILES_MAX; i++) f_vol[i] = -1;
  files_ready = true;
}

function check_fd(fd: i32): u32 {
  files_init();
  if (fd < 0 || fd >= (FILES_MAX | 0) || f_vol[fd]! < 0) raise_os_error(Errno.EBADF);
  return fd >>> 0;
}

// A file may be open several times, and removed, renamed or truncated while open (files
// are often left for the collector to close): every descriptor of an entry follows it.

function is_entry(i: u32, v: u32, dir: u32, index: u32): bool {
  return f_vol[i]! === (v | 0) && f_dir[i]! === dir && f_index[i]! === index;
}

/** The entry's first cluster and size changed: its descriptors see the new ones. */
function files_entry_changed(v: u32, dir: u32, index: u32, first: u32, size: u32): void {
  for (let i: u32 = 0; i < FILES_MAX; i++) {
    if (!is_entry(i, v, dir, index)) continue;
    if (f_first[i]! !== first) f_clus[i] = 0;
    f_first[i] = first;
    f_size[i] = size;
  }
}

/** The entry moved (os.rename): its descriptors follow. */
export function fat_files_entry_moved(v: u32, dir: u32, index: u32, new_dir: u32, new_index: u32): void {
  files_init();
  for (let i: u32 = 0; i < FILES_MAX; i++) {
    if (!is_entry(i, v, dir, index)) continue;
    f_dir[i] = new_dir;
    f_index[i] = new_index;
  }
}

/** The entry was removed: its descriptors are closed (EBADF from then on), so that none
 *  writes into clusters the file no longer owns. */
export function fat_files_entry_gone(v: u32, dir: u32, index: u32): void {
  files_init();
  for (let i: u32 = 0; i < FILES_MAX; i++) {
    if (is_entry(i, v, dir, index)) f_vol[i] = -1;
  }
}

/** Let go of volume v's open files (os.umount): their descriptors become invalid (EBADF).
 *  Nothing is lost: every write went to the device already. */
export function fat_volume_files_drop(v: u32): void {
  files_init();
  for (let i: u32 = 0; i < FILES_MAX; i++) {
    if (f_vol[i]! === (v | 0)) f_vol[i] = -1;
  }
}

/** Open the file at path (addr, len) in volume v with OpenFlag bits: a descriptor. */
export function fat_open(v: u32, addr: u32, len: u32, flags: u32): i32 {
  files_init();
  const writing: bool = (flags & (OpenFlag.Write | OpenFlag.Append | OpenFlag.Create | OpenFlag.Truncate)) !== 0;
  const kind: PathKind = path_kind(v, addr, len);
  if (kind === PathKind.Directory) raise_os_error(Errno.EISDIR);
  if (writing && vol_readonly[v]! !== 0) raise_os_error(Errno.EROFS);
  let fd: i32 = -1;
  for (let i: u32 = 0; i < FILES_MAX && fd < 0; i++) {
    if (f_vol[i]! < 0) fd = i | 0;
  }
  if (fd < 0) raise_os_error(Errno.EMFILE);
  if (kind === PathKind.Missing) {
    if ((flags & OpenFlag.Create) === 0) raise_os_error(Errno.ENOENT);
    dir_add(v, path_dir, path_name_addr, path_name_len, ATTR_ARCHIVE, 0, 0);
  } else {
    if ((flags & OpenFlag.Exclusive) !== 0) raise_os_error(Errno.EEXIST);
    if (writing && (found_attr & ATTR_READ_ONLY) !== 0) raise_os_error(Errno.EACCES);
  }
  const index: u32 = found_index;
  let first: u32 = found_cluster;
  let size: u32 = found_size;
  if ((flags & OpenFlag.Truncate) !== 0 && (first !== 0 || size !== 0)) {
    // The entry lets go of the chain before the chain is freed: a cut leaves lost clusters.
    entry_update(v, path_dir, index, 0, 0);
    fat_free_chain(v, first);
    first = 0;
    size = 0;
    files_entry_changed(v, path_dir, index, 0, 0);
  }
  f_vol[fd] = v | 0;
  f_flags[fd] = flags & 0xff;
  f_dir[fd] = path_dir;
  f_index[fd] = index;
  f_first[fd] = first;
  f_size[fd] = size;
  f_pos[fd] = 0;
  f_clus[fd] = 0;
  f_clus_index[fd] = 0;
  return fd;
}

/** Close a descriptor; after writes, the volume is synced (FSInfo, the device's buffers). */
export function fat_close(fd: i32): void {
  const f: u32 = check_fd(fd);
  const v: u32 = f_vol[f]! >>> 0;
  const written: bool = (f_flags[f]! & WRITTEN) !== 0;
  f_vol[f] = -1;
  if (written) fat_sync(v);
}

function cluster_bytes(v: u32): u32 {
  return (vol_sec_per_clus[v]! * SECTOR_SIZE) >>> 0;
}

/** The cluster at index `want` of file f's chain, 0 past the chain's end. */
function file_cluster(f: u32, want: u32): u32 {
  const v: u32 = f_vol[f]! >>> 0;
  if (f_first[f]! === 0) return 0;
  let c: u32 = f_first[f]!;
  let k: u32 = 0;
  if (f_clus[f]! !== 0 && f_clus_index[f]! <= want) {
    c = f_clus[f]!;
    k = f_clus_index[f]!;
  }
  while (k < want) {
    const n: u32 = fat_next(v, c);
    if (n === 0) return 0;
    c = n;
    k = (k + 1) >>> 0;
  }
  f_clus[f] = c;
  f_clus_index[f] = k;
  return c;
}

/** Read up to count bytes at the position into dest: the number read. */
export function fat_read(fd: i32, dest: u32, count: u32): u32 {
  const f: u32 = check_fd(fd);
  if ((f_flags[f]! & OpenFlag.Read) === 0) raise_os_error(Errno.EBADF);
  const v: u32 = f_vol[f]! >>> 0;
  const csize: u32 = cluster_bytes(v);
  let done: u32 = 0;
  while (done < count && f_pos[f]! < f_size[f]!) {
    const pos: u32 = f_pos[f]!;
    const c: u32 = file_cluster(f, (pos / csize) >>> 0);
    if (c === 0) raise_os_error(Errno.EIO); // the chain is shorter than the size says
    const sector: u32 = (cluster_sector(v, c) + ((((pos % csize) >>> 0) / SECTOR_SIZE) >>> 0)) >>> 0;
    const off: u32 = pos % SECTOR_SIZE;
    let chunk: u32 = (SECTOR_SIZE - off) >>> 0;
    const wanted: u32 = (count - done) >>> 0;
    const remaining: u32 = (f_size[f]! - pos) >>> 0;
    if (chunk > wanted) chunk = wanted;
    if (chunk > remaining) chunk = remaining;
    const at: u32 = sector_load(CacheSlot.Data, v, sector);
    mem_copy((dest + done) >>> 0, (at + off) >>> 0, chunk);
    done = (done + chunk) >>> 0;
    f_pos[f] = (pos + chunk) >>> 0;
  }
  return done;
}

/** Write `chunk` bytes from src (zeros when src is 0) at byte `pos` of the file, which
 *  lies in cluster c, without crossing a sector. */
function put_in_sector(f: u32, c: u32, pos: u32, src: u32, chunk: u32): void {
  const v: u32 = f_vol[f]! >>> 0;
  const csize: u32 = cluster_bytes(v);
  const sector: u32 = (cluster_sector(v, c) + ((((pos % csize) >>> 0) / SECTOR_SIZE) >>> 0)) >>> 0;
  const off: u32 = pos % SECTOR_SIZE;
  // A sector wholly rewritten, or starting past the end of the file, is not read first.
  const sector_start: u32 = (pos - off) >>> 0;
  const fresh: bool = chunk === SECTOR_SIZE || sector_start >= f_size[f]!;
  const at: u32 = fresh ? sector_zero(CacheSlot.Data, v, sector) : sector_load(CacheSlot.Data, v, sector);
  if (src === 0) mem_fill((at + off) >>> 0, 0, chunk);
  else mem_copy((at + off) >>> 0, src, chunk);
  sector_store(CacheSlot.Data);
}

/** The entry's first cluster and size (the position, when past the size) on the device. */
function entry_sync_size(f: u32): void {
  const v: u32 = f_vol[f]! >>> 0;
  if (f_pos[f]! > f_size[f]!) f_size[f] = f_pos[f]!;
  entry_update(v, f_dir[f]!, f_index[f]!, f_first[f]!, f_size[f]!);
  files_entry_changed(v, f_dir[f]!, f_index[f]!, f_first[f]!, f_size[f]!);
}

/**
 * Put count bytes from src (zeros when src is 0) at the position: the number put, fewer
 * when the volume filled up. A new cluster is allocated (marked in the FAT), filled, and
 * only then linked to the chain (or named by the entry, with the size, in one write), and
 * the size follows at once: a cut leaves lost clusters, or a chain one cluster longer
 * than the size, never a size that covers unwritten data.
 */
function put_bytes(f: u32, src: u32, count: u32): u32 {
  const v: u32 = f_vol[f]! >>> 0;
  const csize: u32 = cluster_bytes(v);
  let done: u32 = 0;
  while (done < count) {
    const pos: u32 = f_pos[f]!;
    const index: u32 = (pos / csize) >>> 0;
    let c: u32 = file_cluster(f, index);
    const fresh: bool = c === 0;
    if (fresh) {
      c = fat_alloc(v);
      if (c === 0) return done;
    }
    // This cluster's part of the data, sector by sector.
    const room: u32 = (csize - ((pos % csize) >>> 0)) >>> 0;
    const left: u32 = (count - done) >>> 0;
    const part: u32 = room < left ? room : left;
    let put: u32 = 0;
    while (put < part) {
      const at: u32 = (pos + put) >>> 0;
      let chunk: u32 = (SECTOR_SIZE - (at % SECTOR_SIZE)) >>> 0;
      const rest: u32 = (part - put) >>> 0;
      if (chunk > rest) chunk = rest;
      put_in_sector(f, c, at, src === 0 ? 0 : (src + done + put) >>> 0, chunk);
      put = (put + chunk) >>> 0;
    }
    done = (done + part) >>> 0;
    f_pos[f] = (pos + part) >>> 0;
    if (fresh) {
      if (index === 0) {
        f_first[f] = c;
      } else {
        const prev: u32 = file_cluster(f, (index - 1) >>> 0);
        if (prev === 0) raise_os_error(Errno.EIO);
        fat_link(v, prev, c);
      }
      f_clus[f] = c;
      f_clus_index[f] = index;
      entry_sync_size(f);
    }
  }
  return done;
}

/** Write count bytes from src at the position (the end, when appending): the number
 *  written; OSError(ENOSPC) when the volume filled up, after keeping what fitted. */
export function fat_write(fd: i32, src: u32, count: u32): u32 {
  const f: u32 = check_fd(fd);
  if ((f_flags[f]! & (OpenFlag.Write | OpenFlag.Append)) === 0) raise_os_error(Errno.EBADF);
  if ((f_flags[f]! & OpenFlag.Append) !== 0) f_pos[f] = f_size[f]!;
  f_flags[f] = f_flags[f]! | WRITTEN;
  if (f_pos[f]! > POSITION_MAX || count > ((POSITION_MAX - f_pos[f]!) >>> 0)) raise_os_error(Errno.EFBIG);
  let full: bool = false;
  let done: u32 = 0;
  const target: u32 = f_pos[f]!;
  if (target > f_size[f]!) {
    // Writing past the end: the gap reads as zeros.
    f_pos[f] = f_size[f]!;
    const gap: u32 = (target - f_size[f]!) >>> 0;
    full = put_bytes(f, 0, gap) < gap;
  }
  if (!full) {
    done = put_bytes(f, src, count);
    full = done < count;
  }
  if (f_pos[f]! > f_size[f]! || done > 0) entry_sync_size(f);
  if (full) raise_os_error(Errno.ENOSPC);
  return done;
}

/** Move the position (whence 0 start, 1 current, 2 end): the new position. */
export function fat_seek(fd: i32, offset: i32, whence: i32): u32 {
  const f: u32 = check_fd(fd);
  let base: u32 = 0;
  if (whence === 1) base = f_pos[f]!;
  else if (whence === 2) base = f_size[f]!;
  else if (whence !== 0) raise_os_error(Errno.EINVAL);
  const target: i32 = ((base | 0) + offset) | 0;
  const base_f: f64 = base;
  const target_f: f64 = base_f + offset;
  if (target_f < 0) raise_os_error(Errno.EINVAL);
  if (target_f > POSITION_MAX) raise_os_error(Errno.EOVERFLOW);
  f_pos[f] = target >>> 0;
  return target >>> 0;
}
