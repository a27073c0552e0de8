// FAT directories (core/FAT.md): 32-byte entries in the fixed root (FAT12/16) or in a
// cluster chain; scanning (long names gathered, core/fat_name.ts), finding a name,
// adding an entry with its long-name entries in a run of free slots (growing the
// directory by a zeroed cluster when it has none), updating and deleting entries, and
// resolving a path to the entry it names.
//
// A directory is named by its first cluster; 0 is the fixed root of FAT12/16. Entries
// that share a sector are written with one sector write.

import { load_u8, store_u8, type i32, type u32, type bool } from "./subset/index.js";
import { sector_load, sector_store, sector_zero, le16, le32, put16, put32, CacheSlot } from "./fat_device.js";
import { vol_bits, vol_sec_per_clus, vol_root_start, vol_root_entries, cluster_sector, root_dir, DIR_PER_SECTOR } from "./fat_volume.js";
import { fat_next, fat_alloc, fat_link } from "./fat_table.js";
import {
  name_take, short_name_make, short_name_tail, sfn, sfn_case, sfn_checksum, lfn_entry_fill, lfn_reset, lfn_gather,
  entry_name_decode, entry_name_equals, entry_name, entry_name_len, lfn_first_index, name_unit_count, LFN_UNITS_PER_ENTRY, ShortKind,
} from "./fat_name.js";
import { fat_now } from "./fat_time.js";
import { Errno, raise_os_error } from "./os_error.js";

export const ATTR_READ_ONLY: u32 = 0x01;
export const ATTR_VOLUME: u32 = 0x08;
export const ATTR_DIRECTORY: u32 = 0x10;
export const ATTR_ARCHIVE: u32 = 0x20;
const ATTR_LONG_NAME: u32 = 0x0f;
const ENTRY_FREE: u32 = 0xe5;
const ENTRY_SIZE: u32 = 32;
/** FAT's limit on a directory's entries. */
const DIR_MAX_ENTRIES: u32 = 65536;
/** No entry (the root directory has none of its own). */
export const NO_ENTRY: u32 = 0xffffffff;

/** The entry a scan or lookup found: the short entry's index, the first index of its
 *  long-name run, attributes, first cluster, size, and DOS date and time. */
export let found_index: u32 = 0;
export let found_first: u32 = 0;
export let found_attr: u32 = 0;
export let found_cluster: u32 = 0;
export let found_size: u32 = 0;
export let found_date: u32 = 0;
export let found_time: u32 = 0;

/** Where the last chain walk ended, so that scanning a chained directory is not quadratic. */
let memo_vol: i32 = -1;
let memo_dir: u32 = 0;
let memo_index: u32 = 0;
let memo_cluster: u32 = 0;

export function dir_memo_forget(): void {
  memo_vol = -1;
}

/** The sector holding entry i of directory dir, or 0 past the directory's end. */
function entry_sector(v: u32, dir: u32, i: u32): u32 {
  if (dir === 0) {
    if (i >= vol_root_entries[v]!) return 0;
    return (vol_root_start[v]! + ((i / DIR_PER_SECTOR) >>> 0)) >>> 0;
  }
  const per_cluster: u32 = (DIR_PER_SECTOR * vol_sec_per_clus[v]!) >>> 0;
  const want: u32 = (i / per_cluster) >>> 0;
  let c: u32 = dir;
  let k: u32 = 0;
  if (memo_vol === (v | 0) && memo_dir === dir && memo_index <= want) {
    c = memo_cluster;
    k = memo_index;
  }
  while (k < want) {
    c = fat_next(v, c);
    if (c === 0) return 0;
    k = (k + 1) >>> 0;
  }
  memo_vol = v | 0;
  memo_dir = dir;
  memo_index = k;
  memo_cluster = c;
  return (cluster_sector(v, c) + ((((i % per_cluster) >>> 0) / DIR_PER_SECTOR) >>> 0)) >>> 0;
}

/** The address (in the data cache slot) of entry i, or 0 past the directory's end. */
export function entry_addr(v: u32, dir: u32, i: u32): u32 {
  const s: u32 = entry_sector(v, dir, i);
  if (s === 0) return 0;
  return (sector_load(CacheSlot.Data, v, s) + (i % DIR_PER_SECTOR) * ENTRY_SIZE) >>> 0;
}

function entry_cluster(v: u32, at: u32): u32 {
  const high: u32 = vol_bits[v]! === 32 ? le16((at + 20) >>> 0) : 0;
  return ((high << 16) | le16((at + 26) >>> 0)) >>> 0;
}

/**
 * The next entry of directory dir from index `from` on (no long-name parts, deleted
 * entries or volume labels): the index after it, with found_* and the name set; 0 after
 * the last entry.
 */
export function dir_next(v: u32, dir: u32, from: u32): u32 {
  lfn_reset();
  let i: u32 = from;
  while (i < DIR_MAX_ENTRIES) {
    const at: u32 = entry_addr(v, dir, i);
    if (at === 0) return 0;
    const first: u32 = load_u8(at);
    if (first === 0) return 0;
    const attr: u32 = load_u8((at + 11) >>> 0);
    if (first === ENTRY_FREE) {
      lfn_reset();
    } else if ((attr & 0x3f) === ATTR_LONG_NAME) {
      lfn_gather(at, i);
    } else if ((attr & ATTR_VOLUME) !== 0) {
      lfn_reset();
    } else {
      found_index = i;
      found_first = entry_name_decode(at) ? lfn_first_index : i;
      found_attr = attr;
      found_cluster = entry_cluster(v, at);
      found_size = le32((at + 28) >>> 0);
      found_time = le16((at + 22) >>> 0);
      found_date = le16((at + 24) >>> 0);
      return (i + 1) >>> 0;
    }
    i = (i + 1) >>> 0;
  }
  return 0;
}

/** Find the entry named by the len bytes at addr in directory dir (found_* set). */
export function dir_find(v: u32, dir: u32, addr: u32, len: u32): bool {
  let next: u32 = 0;
  for (;;) {
    next = dir_next(v, dir, next);
    if (next === 0) return false;
    if (entry_name_equals(addr, len)) return true;
  }
}

/** Is a short name (sfn) already used in directory dir? */
function short_name_taken(v: u32, dir: u32): bool {
  for (let i: u32 = 0; i < DIR_MAX_ENTRIES; i++) {
    const at: u32 = entry_addr(v, dir, i);
    if (at === 0) return false;
    const first: u32 = load_u8(at);
    if (first === 0) return false;
    if (first === ENTRY_FREE || (load_u8((at + 11) >>> 0) & 0x3f) === ATTR_LONG_NAME) continue;
    let same: bool = true;
    for (let k: u32 = 0; k < 11 && same; k++) {
      if (load_u8((at + k) >>> 0) !== sfn[k]!) same = false;
    }
    if (same) return true;
  }
  return false;
}

/** The last cluster of the chain starting at c. */
function chain_last(v: u32, c: u32): u32 {
  let last: u32 = c;
  for (;;) {
    const n: u32 = fat_next(v, last);
    if (n === 0) return last;
    last = n;
  }
}

/** Zero every sector of cluster c. */
export function cluster_zero(v: u32, c: u32): void {
  const first: u32 = cluster_sector(v, c);
  const spc: u32 = vol_sec_per_clus[v]!;
  for (let s: u32 = 0; s < spc; s++) {
    sector_zero(CacheSlot.Data, v, (first + s) >>> 0);
    sector_store(CacheSlot.Data);
  }
}

/** Give chained directory dir one more cluster: allocated, zeroed, then linked. */
function dir_grow(v: u32, dir: u32): void {
  if (dir === 0) raise_os_error(Errno.ENOSPC);
  const c: u32 = fat_alloc(v);
  if (c === 0) raise_os_error(Errno.ENOSPC);
  cluster_zero(v, c);
  fat_link(v, chain_last(v, dir), c);
}

/** Fill a short entry at `at`. */
function short_entry_fill(at: u32, attr: u32, cluster: u32, size: u32, stamp: u32): void {
  for (let k: u32 = 0; k < 11; k++) store_u8((at + k) >>> 0, sfn[k]!);
  store_u8((at + 11) >>> 0, attr);
  store_u8((at + 12) >>> 0, sfn_case);
  store_u8((at + 13) >>> 0, 0);
  put16((at + 14) >>> 0, stamp & 0xffff);
  put16((at + 16) >>> 0, stamp >>> 16);
  put16((at + 18) >>> 0, stamp >>> 16);
  put16((at + 20) >>> 0, cluster >>> 16);
  put16((at + 22) >>> 0, stamp & 0xffff);
  put16((at + 24) >>> 0, stamp >>> 16);
  put16((at + 26) >>> 0, cluster & 0xffff);
  put32((at + 28) >>> 0, size);
}

/**
 * Add an entry named by the len bytes at addr to directory dir (the caller checked the
 * name is not there): its long-name entries and short entry in a run of free slots.
 * found_index/found_first give where it went.
 */
export function dir_add(v: u32, dir: u32, addr: u32, len: u32, attr: u32, cluster: u32, size: u32): void {
  name_take(addr, len);
  const kind: ShortKind = short_name_make();
  if (kind === ShortKind.Exact) {
    if (short_name_taken(v, dir)) raise_os_error(Errno.EEXIST);
  } else if (kind === ShortKind.Tailed || short_name_taken(v, dir)) {
    let n: u32 = 1;
    for (;;) {
      short_name_tail(n);
      if (!short_name_taken(v, dir)) break;
      n = (n + 1) >>> 0;
      if (n > 999999) raise_os_error(Errno.EEXIST);
    }
  }
  const long_parts: u32 = kind === ShortKind.Exact ? 0 : (((name_unit_count + LFN_UNITS_PER_ENTRY - 1) >>> 0) / LFN_UNITS_PER_ENTRY) >>> 0;
  const needed: u32 = (long_parts + 1) >>> 0;
  // A run of `needed` free entries; past the end of a chained directory, grow it.
  let run_start: u32 = 0;
  let run: u32 = 0;
  let i: u32 = 0;
  while (run < needed) {
    if (i >= DIR_MAX_ENTRIES) raise_os_error(Errno.ENOSPC);
    let at: u32 = entry_addr(v, dir, i);
    if (at === 0) {
      dir_grow(v, dir);
      at = entry_addr(v, dir, i);
      if (at === 0) hal_fatal("fat: a grown directory has no entry");
    }
    const first: u32 = load_u8(at);
    if (first === 0 || first === ENTRY_FREE) {
      if (run === 0) run_start = i;
      run = (run + 1) >>> 0;
    } else {
      run = 0;
    }
    i = (i + 1) >>> 0;
  }
  const sum: u32 = sfn_checksum();
  const stamp: u32 = fat_now();
  for (let k: u32 = 0; k < needed; k++) {
    const idx: u32 = (run_start + k) >>> 0;
    const at: u32 = entry_addr(v, dir, idx);
    if (k < long_parts) lfn_entry_fill(at, (long_parts - k) >>> 0, k === 0, sum);
    else short_entry_fill(at, attr, cluster, size, stamp);
    if (((idx + 1) >>> 0) % DIR_PER_SECTOR === 0 || k + 1 === needed) sector_store(CacheSlot.Data);
  }
  found_first = run_start;
  found_index = (run_start + long_parts) >>> 0;
  found_attr = attr;
  found_cluster = cluster;
  found_size = size;
}

/** Set the first cluster and size of entry `index` of dir, and its modification time. */
export function entry_update(v: u32, dir: u32, index: u32, cluster: u32, size: u32): void {
  const at: u32 = entry_addr(v, dir, index);
  if (at === 0) raise_os_error(Errno.EIO);
  const stamp: u32 = fat_now();
  put16((at + 20) >>> 0, cluster >>> 16);
  put16((at + 26) >>> 0, cluster & 0xffff);
  put32((at + 28) >>> 0, size);
  put16((at + 22) >>> 0, stamp & 0xffff);
  put16((at + 24) >>> 0, stamp >>> 16);
  store_u8((at + 11) >>> 0, load_u8((at + 11) >>> 0) | ATTR_ARCHIVE);
  sector_store(CacheSlot.Data);
}

/** Mark entries first..last of dir deleted, in index order (long-name parts before the short entry). */
export function dir_remove(v: u32, dir: u32, first: u32, last: u32): void {
  let i: u32 = first;
  while (i <= last) {
    const at: u32 = entry_addr(v, dir, i);
    if (at === 0) raise_os_error(Errno.EIO);
    store_u8(at, ENTRY_FREE);
    if (((i + 1) >>> 0) % DIR_PER_SECTOR === 0 || i === last) sector_store(CacheSlot.Data);
    i = (i + 1) >>> 0;
  }
}

/** Is directory dir empty (nothing but "." and "..")? */
export function dir_is_empty(v: u32, dir: u32): bool {
  let next: u32 = 0;
  for (;;) {
    next = dir_next(v, dir, next);
    if (next === 0) return true;
    if (!is_dot_entry()) return false;
  }
}

/** Is the found entry "." or ".."? */
export function is_dot_entry(): bool {
  if (entry_name_len === 0 || entry_name_len > 2 || entry_name[0]! !== 0x2e) return false;
  return entry_name_len === 1 || entry_name[1]! === 0x2e;
}

// ---- paths ----

/** What path_resolve found: the directory holding the last component, and that component. */
export let path_dir: u32 = 0;
export let path_name_addr: u32 = 0;
export let path_name_len: u32 = 0;

function is_dot_name(addr: u32, len: u32): bool {
  return len === 1 && load_u8(addr) === 0x2e;
}

function is_dotdot_name(addr: u32, len: u32): bool {
  return len === 2 && load_u8(addr) === 0x2e && load_u8((addr + 1) >>> 0) === 0x2e;
}

/** The directory a ".." entry's cluster names (0 there means the root, also on FAT32). */
function dir_of_cluster(v: u32, c: u32): u32 {
  return c === 0 ? root_dir(v) : c;
}

/**
 * Resolve a path within volume v (relative paths start at its root): every component but
 * the last must be a directory. Sets path_dir and path_name_*; a path naming a directory
 * itself ("/", "a/..") leaves path_name_len 0 and path_dir that directory. 0, or
 * -ENOENT / -ENOTDIR for a missing or non-directory component.
 */
export function path_resolve(v: u32, addr: u32, len: u32): i32 {
  let dir: u32 = root_dir(v);
  let i: u32 = 0;
  path_name_len = 0;
  for (;;) {
    while (i < len && load_u8((addr + i) >>> 0) === 0x2f) i = (i + 1) >>> 0;
    if (i >= len) break;
    const start: u32 = i;
    while (i < len && load_u8((addr + i) >>> 0) !== 0x2f) i = (i + 1) >>> 0;
    const part: u32 = (addr + start) >>> 0;
    const part_len: u32 = (i - start) >>> 0;
    let j: u32 = i;
    while (j < len && load_u8((addr + j) >>> 0) === 0x2f) j = (j + 1) >>> 0;
    const last: bool = j >= len;
    if (is_dot_name(part, part_len)) continue;
    if (is_dotdot_name(part, part_len)) {
      if (dir !== root_dir(v) && dir_find(v, dir, part, part_len)) dir = dir_of_cluster(v, found_cluster);
      continue;
    }
    if (last) {
      path_dir = dir;
      path_name_addr = part;
      path_name_len = part_len;
      return 0;
    }
    if (!dir_find(v, dir, part, part_len)) return 0 - Errno.ENOENT;
    if ((found_attr & ATTR_DIRECTORY) === 0) return 0 - Errno.ENOTDIR;
    dir = dir_of_cluster(v, found_cluster);
  }
  path_dir = dir;
  return 0;
}

export const enum PathKind {
  Missing = 0,
  File = 1,
  Directory = 2,
}

/** What a path names (a PathKind), or -ENOENT / -ENOTDIR for a bad component. Missing:
 *  path_dir/path_name_* say where it would go. File, Directory: found_* set (the root has
 *  found_index NO_ENTRY). */
export function path_lookup(v: u32, addr: u32, len: u32): i32 {
  const r: i32 = path_resolve(v, addr, len);
  if (r < 0) return r;
  if (path_name_len === 0) {
    found_index = NO_ENTRY;
    found_first = NO_ENTRY;
    found_attr = ATTR_DIRECTORY;
    found_cluster = path_dir;
    found_size = 0;
    found_date = 0;
    found_time = 0;
    return PathKind.Directory;
  }
  if (!dir_find(v, path_dir, path_name_addr, path_name_len)) return PathKind.Missing;
  if ((found_attr & ATTR_DIRECTORY) !== 0) {
    found_cluster = dir_of_cluster(v, found_cluster);
    return PathKind.Directory;
  }
  return PathKind.File;
}

/** path_lookup, raising OSError for a bad component. */
export function path_kind(v: u32, addr: u32, len: u32): PathKind {
  const r: i32 = path_lookup(v, addr, len);
  if (r < 0) raise_os_error((0 - r) | 0);
  return r === 0 ? PathKind.Missing : r === 1 ? PathKind.File : PathKind.Directory;
}
