// The FAT backend of the VFS (core/vfs.ts, core/FAT.md): path operations and directory
// listings on a mounted FAT volume. Volume v is the VFS's mount index; paths arrive
// relative to the mount point. Failures raise OSError; fat_stat returns a negative errno
// for a missing path, so that "does it exist" never raises.

import { load_u8, store_u8, store_u32, raise, caught, type i32, type u32, type bool } from "./subset/index.js";
import { sector_store, le16, put16, CacheSlot, SECTOR_SIZE } from "./fat_device.js";
import { vol_bits, vol_sec_per_clus, vol_clusters, vol_readonly, root_dir } from "./fat_volume.js";
import { fat_alloc, fat_free_chain, fat_count_free, fat_sync } from "./fat_table.js";
import {
  path_lookup, path_kind, dir_add, dir_remove, dir_next, dir_is_empty, is_dot_entry, cluster_zero,
  entry_addr, dir_memo_forget, path_dir, path_name_addr, path_name_len, found_index, found_first, found_attr,
  found_cluster, found_size, found_date, found_time, PathKind, ATTR_DIRECTORY, NO_ENTRY,
} from "./fat_dir.js";
import { entry_name, entry_name_len } from "./fat_name.js";
import { fat_files_entry_moved, fat_files_entry_gone } from "./fat_file.js";
import { fat_stamp_seconds, fat_now } from "./fat_time.js";
import { Errno, raise_os_error } from "./os_error.js";

const S_IFDIR: u32 = 0x4000;
const S_IFREG: u32 = 0x8000;
const NAME_MAX: u32 = 255;

function check_writable(v: u32): void {
  if (vol_readonly[v]! !== 0) raise_os_error(Errno.EROFS);
}

/** Make every completed write durable (the device may buffer, as flash erase blocks do). */


/** os.stat's 10 words at dest; 0, or -ENOENT / -ENOTDIR. */
export function fat_stat(v: u32, addr: u32, len: u32, dest: u32): i32 {
  const r: i32 = path_lookup(v, addr, len);
  if (r < 0) return r;
  if (r === PathKind.Missing) return 0 - Errno.ENOENT;
  const secs: u32 = fat_stamp_seconds(found_date, found_time);
  store_u32(dest, r === PathKind.Directory ? S_IFDIR : S_IFREG);
  for (let i: u32 = 1; i < 6; i++) store_u32((dest + i * 4) >>> 0, 0);
  store_u32((dest + 24) >>> 0, r === PathKind.Directory ? 0 : found_size);
  store_u32((dest + 28) >>> 0, secs);
  store_u32((dest + 32) >>> 0, secs);
  store_u32((dest + 36) >>> 0, secs);
  return 0;
}

/** Is the path a directory: 1, a file: 0, or -ENOENT / -ENOTDIR (os.chdir). */
export function fat_path_is_dir(v: u32, addr: u32, len: u32): i32 {
  const r: i32 = path_lookup(v, addr, len);
  if (r < 0) return r;
  if (r === PathKind.Missing) return 0 - Errno.ENOENT;
  return r === PathKind.Directory ? 1 : 0;
}

/** os.statvfs's 10 words at dest, as MicroPython's VfsFat gives them (blocks are clusters). */
export function fat_statvfs(v: u32, dest: u32): void {
  const csize: u32 = (vol_sec_per_clus[v]! * SECTOR_SIZE) >>> 0;
  const free: u32 = fat_count_free(v);
  store_u32(dest, csize);
  store_u32((dest + 4) >>> 0, csize);
  store_u32((dest + 8) >>> 0, vol_clusters[v]!);
  store_u32((dest + 12) >>> 0, free);
  store_u32((dest + 16) >>> 0, free);
  for (let i: u32 = 5; i < 9; i++) store_u32((dest + i * 4) >>> 0, 0);
  store_u32((dest + 36) >>> 0, NAME_MAX);
}

/** Write the "." and ".." entries of a new directory (cluster c, parent `parent`). */
function dot_entries_write(v: u32, c: u32, parent: u32): void {
  const stamp: u32 = fat_now();
  for (let k: u32 = 0; k < 2; k++) {
    const at: u32 = entry_addr(v, c, k);
    for (let b: u32 = 0; b < 11; b++) store_u8((at + b) >>> 0, b <= k ? 0x2e : 0x20);
    store_u8((at + 11) >>> 0, ATTR_DIRECTORY);
    const target: u32 = k === 0 ? c : parent === root_dir(v) ? 0 : parent;
    put16((at + 20) >>> 0, target >>> 16);
    put16((at + 26) >>> 0, target & 0xffff);
    put16((at + 14) >>> 0, stamp & 0xffff);
    put16((at + 16) >>> 0, stamp >>> 16);
    put16((at + 18) >>> 0, stamp >>> 16);
    put16((at + 22) >>> 0, stamp & 0xffff);
    put16((at + 24) >>> 0, stamp >>> 16);
  }
  sector_store(CacheSlot.Data);
}

/** The parent of directory d, from its ".." entry. */
function parent_dir(v: u32, d: u32): u32 {
  const at: u32 = entry_addr(v, d, 1);
  if (at === 0 || load_u8(at) !== 0x2e || load_u8((at + 1) >>> 0) !== 0x2e) return root_dir(v);
  const high: u32 = vol_bits[v]! === 32 ? le16((at + 20) >>> 0) : 0;
  const c: u32 = ((high << 16) | le16((at + 26) >>> 0)) >>> 0;
  return c === 0 ? root_dir(v) : c;
}

/** os.mkdir: a zeroed cluster with "." and "..", allocated before the parent names it. */
export function fat_mkdir(v: u32, addr: u32, len: u32): void {
  check_writable(v);
  if (path_kind(v, addr, len) !== PathKind.Missing) raise_os_error(Errno.EEXIST);
  const parent: u32 = path_dir;
  const name_addr: u32 = path_name_addr;
  const name_len: u32 = path_name_len;
  const c: u32 = fat_alloc(v);
  if (c === 0) raise_os_error(Errno.ENOSPC);
  dir_memo_forget();
  cluster_zero(v, c);
  dot_entries_write(v, c, parent);
  dir_add_or_free(v, parent, name_addr, name_len, ATTR_DIRECTORY, c);
  fat_sync(v);
}

/** dir_add, giving cluster c back when the entry cannot be added (a full directory). */
function dir_add_or_free(v: u32, dir: u32, addr: u32, len: u32, attr: u32, c: u32): void {
  try {
    dir_add(v, dir, addr, len, attr, c, 0);
  } catch (e) {
    const err: u32 = caught(e);
    fat_free_chain(v, c);
    raise(err);
  }
}

/** os.remove: the entries go first, then the clusters (a cut leaves lost clusters). */
export function fat_remove(v: u32, addr: u32, len: u32): void {
  check_writable(v);
  const kind: PathKind = path_kind(v, addr, len);
  if (kind === PathKind.Missing) raise_os_error(Errno.ENOENT);
  if (kind === PathKind.Directory) raise_os_error(Errno.EISDIR);
  const first: u32 = found_cluster;
  fat_files_entry_gone(v, path_dir, found_index);
  dir_remove(v, path_dir, found_first, found_index);
  fat_free_chain(v, first);
  fat_sync(v);
}

export function fat_rmdir(v: u32, addr: u32, len: u32): void {
  check_writable(v);
  const kind: PathKind = path_kind(v, addr, len);
  if (kind === PathKind.Missing) raise_os_error(Errno.ENOENT);
  if (kind === PathKind.File) raise_os_error(Errno.ENOTDIR);
  if (found_index === NO_ENTRY) raise_os_error(Errno.EBUSY); // the volume's root
  const parent: u32 = path_dir;
  const first_entry: u32 = found_first;
  const index: u32 = found_index;
  const c: u32 = found_cluster;
  if (!dir_is_empty(v, c)) raise_os_error(Errno.ENOTEMPTY);
  dir_remove(v, parent, first_entry, index);
  dir_memo_forget();
  fat_free_chain(v, c);
  fat_sync(v);
}

/**
 * os.rename(a, b) within volume v: a file replaces a file at b. The new entry is written
 * before the old one is deleted, so a cut in between leaves both names on one chain
 * (core/FAT.md: the one operation fsck may then find cross-linked).
 */
export function fat_rename(v: u32, a: u32, a_len: u32, b: u32, b_len: u32): void {
  check_writable(v);
  const kind: PathKind = path_kind(v, a, a_len);
  if (kind === PathKind.Missing) raise_os_error(Errno.ENOENT);
  if (found_index === NO_ENTRY) raise_os_error(Errno.EBUSY);
  const a_dir: u32 = path_dir;
  const a_first: u32 = found_first;
  const a_index: u32 = found_index;
  const a_attr: u32 = found_attr;
  const a_cluster: u32 = found_cluster;
  const a_size: u32 = found_size;
  const b_kind: PathKind = path_kind(v, b, b_len);
  if (b_kind !== PathKind.Missing) {
    if (found_index === NO_ENTRY) raise_os_error(Errno.EBUSY);
    const same: bool = path_dir === a_dir && found_index === a_index;
    if (!same) {
      if (b_kind === PathKind.Directory || kind === PathKind.Directory) raise_os_error(Errno.EEXIST);
      fat_files_entry_gone(v, path_dir, found_index);
      const old: u32 = found_cluster;
      dir_remove(v, path_dir, found_first, found_index);
      fat_free_chain(v, old);
    }
    path_kind(v, b, b_len);
    if (same) {
      // A change of case only: the name is free once the old entries are gone.
      dir_remove(v, a_dir, a_first, a_index);
      dir_add(v, a_dir, path_name_addr, path_name_len, a_attr, a_cluster, a_size);
      fat_files_entry_moved(v, a_dir, a_index, a_dir, found_index);
      fat_sync(v);
      return;
    }
  }
  if (path_name_len === 0) raise_os_error(Errno.EINVAL);
  const b_dir: u32 = path_dir;
  if (kind === PathKind.Directory) {
    // Not into itself: no directory above b may be a.
    let d: u32 = b_dir;
    for (let guard: u32 = vol_clusters[v]!; d !== root_dir(v) && guard > 0; guard--) {
      if (d === a_cluster) raise_os_error(Errno.EINVAL);
      d = parent_dir(v, d);
    }
  }
  dir_add(v, b_dir, path_name_addr, path_name_len, a_attr, a_cluster, a_size);
  fat_files_entry_moved(v, a_dir, a_index, b_dir, found_index);
  dir_remove(v, a_dir, a_first, a_index);
  if (kind === PathKind.Directory && b_dir !== a_dir) {
    const at: u32 = entry_addr(v, a_cluster, 1);
    if (at !== 0) {
      const target: u32 = b_dir === root_dir(v) ? 0 : b_dir;
      put16((at + 20) >>> 0, target >>> 16);
      put16((at + 26) >>> 0, target & 0xffff);
      sector_store(CacheSlot.Data);
    }
  }
  fat_sync(v);
}

// ---- listings ----

const DIRS_MAX: u32 = 8;
/** -1: the listing handle is free; else its volume. */
const d_vol = new Int8Array(8);
const d_dir = new Uint32Array(8);
const d_next = new Uint32Array(8);
let dirs_ready: bool = false;

function dirs_init(): void {
  if (dirs_ready) return;
  for (let i: u32 = 0; i < DIRS_MAX; i++) d_vol[i] = -1;
  dirs_ready = true;
}

/** Start listing the directory at path: a listing handle. */
export function fat_dir_open(v: u32, addr: u32, len: u32): i32 {
  dirs_init();
  const kind: PathKind = path_kind(v, addr, len);
  if (kind === PathKind.Missing) raise_os_error(Errno.ENOENT);
  if (kind === PathKind.File) raise_os_error(Errno.ENOTDIR);
  for (let i: u32 = 0; i < DIRS_MAX; i++) {
    if (d_vol[i]! < 0) {
      d_vol[i] = v | 0;
      d_dir[i] = found_cluster;
      d_next[i] = 0;
      return i | 0;
    }
  }
  raise_os_error(Errno.EMFILE);
}

function check_dir(h: i32): u32 {
  dirs_init();
  if (h < 0 || h >= (DIRS_MAX | 0) || d_vol[h]! < 0) raise_os_error(Errno.EBADF);
  return h >>> 0;
}

/** The next name (never "." or "..") into dest: its length, 0 after the last. */
export function fat_dir_next(h: i32, dest: u32, max: u32): u32 {
  const d: u32 = check_dir(h);
  const v: u32 = d_vol[d]! >>> 0;
  for (;;) {
    if (d_next[d]! === 0xffffffff) return 0;
    const next: u32 = dir_next(v, d_dir[d]!, d_next[d]!);
    d_next[d] = next === 0 ? 0xffffffff : next;
    if (next === 0) return 0;
    if (is_dot_entry()) continue;
    if (entry_name_len > max) raise_os_error(Errno.ENAMETOOLONG);
    for (let i: u32 = 0; i < entry_name_len; i++) store_u8((dest + i) >>> 0, entry_name[i]!);
    return entry_name_len;
  }
}

/** Let go of volume v's listings (os.umount). */
export function fat_volume_dirs_drop(v: u32): void {
  dirs_init();
  for (let i: u32 = 0; i < DIRS_MAX; i++) {
    if (d_vol[i]! === (v | 0)) d_vol[i] = -1;
  }
}

export function fat_dir_close(h: i32): void {
  const d: u32 = check_dir(h);
  d_vol[d] = -1;
}
