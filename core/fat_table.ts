// The file allocation table (core/FAT.md): reading and writing 12-, 16- and 32-bit
// entries in every FAT copy, allocating and freeing clusters, following chains. Every
// change is written through to each copy in turn, first copy first.

import { load_u8, store_u8, type i32, type u32, type bool } from "./subset/index.js";
import { sector_load, sector_store, device_ioctl, le32, put32, CacheSlot, BdevIoctl, SECTOR_SIZE } from "./fat_device.js";
import {
  vol_bits, vol_fat_start, vol_fat_sectors, vol_num_fats, vol_clusters, vol_free_hint, vol_fsinfo,
  vol_fsinfo_stale, cluster_valid,
} from "./fat_volume.js";
import { Errno, raise_os_error } from "./os_error.js";

/** The end-of-chain mark written into a chain's last entry. */
function eoc(v: u32): u32 {
  const bits: u32 = vol_bits[v]!;
  return bits === 12 ? 0xfff : bits === 16 ? 0xffff : 0x0fffffff;
}

/** Byte `offset` of FAT copy 0. */
function table_byte(v: u32, offset: u32): u32 {
  const at: u32 = sector_load(CacheSlot.Table, v, (vol_fat_start[v]! + ((offset / SECTOR_SIZE) >>> 0)) >>> 0);
  return load_u8((at + (offset % SECTOR_SIZE)) >>> 0);
}

/** The FAT entry of cluster c. */
export function fat_get(v: u32, c: u32): u32 {
  const bits: u32 = vol_bits[v]!;
  if (bits === 12) {
    const off: u32 = (c + (c >>> 1)) >>> 0;
    const w: u32 = (table_byte(v, off) | (table_byte(v, (off + 1) >>> 0) << 8)) >>> 0;
    return (c & 1) !== 0 ? w >>> 4 : w & 0xfff;
  }
  if (bits === 16) return (table_byte(v, (c * 2) >>> 0) | (table_byte(v, (c * 2 + 1) >>> 0) << 8)) >>> 0;
  const off: u32 = (c * 4) >>> 0;
  const at: u32 = sector_load(CacheSlot.Table, v, (vol_fat_start[v]! + ((off / SECTOR_SIZE) >>> 0)) >>> 0);
  return le32((at + (off % SECTOR_SIZE)) >>> 0) & 0x0fffffff;
}

/** Set byte `offset` of each copy to (old & keep) | bits; a FAT12 entry spanning two
 *  sectors takes two calls (core/FAT.md lists that torn write among the limits). */
function table_set_byte(v: u32, copy: u32, offset: u32, keep: u32, bits: u32): void {
  const sector: u32 = (vol_fat_start[v]! + Math.imul(copy, vol_fat_sectors[v]!) + ((offset / SECTOR_SIZE) >>> 0)) >>> 0;
  const at: u32 = (sector_load(CacheSlot.Table, v, sector) + (offset % SECTOR_SIZE)) >>> 0;
  store_u8(at, (load_u8(at) & keep) | bits);
  sector_store(CacheSlot.Table);
}

/** Set the FAT entry of cluster c to value, in every copy. */
export function fat_set(v: u32, c: u32, value: u32): void {
  const bits: u32 = vol_bits[v]!;
  const copies: u32 = vol_num_fats[v]!;
  for (let k: u32 = 0; k < copies; k++) {
    if (bits === 12) {
      const off: u32 = (c + (c >>> 1)) >>> 0;
      const start: u32 = (vol_fat_start[v]! + Math.imul(k, vol_fat_sectors[v]!)) >>> 0;
      if ((off % SECTOR_SIZE) !== SECTOR_SIZE - 1) {
        // Both bytes in one sector: one write.
        const at: u32 = (sector_load(CacheSlot.Table, v, (start + ((off / SECTOR_SIZE) >>> 0)) >>> 0) + (off % SECTOR_SIZE)) >>> 0;
        if ((c & 1) !== 0) {
          store_u8(at, (load_u8(at) & 0x0f) | ((value << 4) & 0xf0));
          store_u8((at + 1) >>> 0, (value >>> 4) & 0xff);
        } else {
          store_u8(at, value & 0xff);
          store_u8((at + 1) >>> 0, (load_u8((at + 1) >>> 0) & 0xf0) | ((value >>> 8) & 0x0f));
        }
        sector_store(CacheSlot.Table);
      } else if ((c & 1) !== 0) {
        table_set_byte(v, k, off, 0x0f, (value << 4) & 0xf0);
        table_set_byte(v, k, (off + 1) >>> 0, 0, (value >>> 4) & 0xff);
      } else {
        table_set_byte(v, k, off, 0, value & 0xff);
        table_set_byte(v, k, (off + 1) >>> 0, 0xf0, (value >>> 8) & 0x0f);
      }
    } else if (bits === 16) {
      const off: u32 = (c * 2) >>> 0;
      const sector: u32 = (vol_fat_start[v]! + Math.imul(k, vol_fat_sectors[v]!) + ((off / SECTOR_SIZE) >>> 0)) >>> 0;
      const at: u32 = (sector_load(CacheSlot.Table, v, sector) + (off % SECTOR_SIZE)) >>> 0;
      store_u8(at, value & 0xff);
      store_u8((at + 1) >>> 0, (value >>> 8) & 0xff);
      sector_store(CacheSlot.Table);
    } else {
      const off: u32 = (c * 4) >>> 0;
      const sector: u32 = (vol_fat_start[v]! + Math.imul(k, vol_fat_sectors[v]!) + ((off / SECTOR_SIZE) >>> 0)) >>> 0;
      const at: u32 = (sector_load(CacheSlot.Table, v, sector) + (off % SECTOR_SIZE)) >>> 0;
      // The top 4 bits are reserved: keep them.
      put32(at, ((le32(at) & 0xf0000000) | (value & 0x0fffffff)) >>> 0);
      sector_store(CacheSlot.Table);
    }
  }
}

/** Is entry value the end of a chain? */
export function fat_is_end(v: u32, value: u32): bool {
  const bits: u32 = vol_bits[v]!;
  if (bits === 12) return value >= 0xff8;
  if (bits === 16) return value >= 0xfff8;
  return value >= 0x0ffffff8;
}

/** The cluster after c in its chain, 0 at the chain's end; OSError(EIO) for a broken chain. */
export function fat_next(v: u32, c: u32): u32 {
  const n: u32 = fat_get(v, c);
  if (fat_is_end(v, n)) return 0;
  if (!cluster_valid(v, n)) raise_os_error(Errno.EIO);
  return n;
}

// FAT32's FSInfo sector keeps a free-cluster count and where to look for free clusters.
// The first change after mounting counts the free clusters; allocation and freeing keep
// the count in memory, and fat_fsinfo_flush writes it at the VFS's sync points (after
// each metadata change, on close and unmount). A cut in between leaves a stale count,
// which fsck.fat reports and every driver tolerates.
const vol_free_count = new Uint32Array(5);

function fsinfo_prepare(v: u32): void {
  if (vol_fsinfo[v]! === 0 || vol_fsinfo_stale[v]! !== 0) return;
  vol_free_count[v] = fat_count_free(v);
  vol_fsinfo_stale[v] = 1;
}

function free_count_add(v: u32, n: i32): void {
  if (vol_fsinfo_stale[v]! === 0) return;
  vol_free_count[v] = (vol_free_count[v]! + n) >>> 0;
  vol_fsinfo_stale[v] = 2;
}

/** Make the volume's state durable: FSInfo (FAT32), then the device's sync (ioctl 3, for
 *  devices that buffer an erase block). */
export function fat_sync(v: u32): void {
  fat_fsinfo_flush(v);
  device_ioctl(v, BdevIoctl.Sync, 0, 0);
}

/** Write FAT32's FSInfo when the free count changed since the last flush. */
export function fat_fsinfo_flush(v: u32): void {
  if (vol_fsinfo[v]! === 0 || vol_fsinfo_stale[v]! !== 2) return;
  const at: u32 = sector_load(CacheSlot.Table, v, vol_fsinfo[v]!);
  if (le32(at) === 0x41615252 && le32((at + 484) >>> 0) === 0x61417272) {
    put32((at + 488) >>> 0, vol_free_count[v]!);
    put32((at + 492) >>> 0, vol_free_hint[v]!);
    sector_store(CacheSlot.Table);
  }
  vol_fsinfo_stale[v] = 1;
}

/**
 * Take a free cluster and mark it as a chain's end (nothing links to it yet): its number,
 * or 0 when the volume is full.
 */
export function fat_alloc(v: u32): u32 {
  const count: u32 = vol_clusters[v]!;
  let c: u32 = vol_free_hint[v]!;
  for (let tried: u32 = 0; tried < count; tried++) {
    if (!cluster_valid(v, c)) c = 2;
    if (fat_get(v, c) === 0) {
      fsinfo_prepare(v);
      fat_set(v, c, eoc(v));
      free_count_add(v, -1);
      vol_free_hint[v] = (c + 1) >>> 0;
      return c;
    }
    c = (c + 1) >>> 0;
  }
  return 0;
}

/** Link cluster `next` after `prev` (prev was its chain's end). */
export function fat_link(v: u32, prev: u32, next: u32): void {
  fat_set(v, prev, next);
}

/** Make c the end of its chain and free what followed it. */
export function fat_cut_after(v: u32, c: u32): void {
  const rest: u32 = fat_next(v, c);
  fat_set(v, c, eoc(v));
  if (rest !== 0) fat_free_chain(v, rest);
}

/** Free every cluster of the chain starting at c (0: nothing). */
export function fat_free_chain(v: u32, first: u32): void {
  let c: u32 = first;
  let guard: u32 = vol_clusters[v]!;
  fsinfo_prepare(v);
  while (c !== 0 && cluster_valid(v, c) && guard > 0) {
    const n: u32 = fat_get(v, c);
    fat_set(v, c, 0);
    free_count_add(v, 1);
    if (c < vol_free_hint[v]!) vol_free_hint[v] = c;
    c = fat_is_end(v, n) ? 0 : n;
    guard = (guard - 1) >>> 0;
  }
}

/** The number of free clusters (statvfs). */
export function fat_count_free(v: u32): u32 {
  const last: u32 = (vol_clusters[v]! + 1) >>> 0;
  let free: u32 = 0;
  let c: u32 = 2;
  while (c <= last) {
    if (fat_get(v, c) === 0) free = (free + 1) >>> 0;
    c = (c + 1) >>> 0;
  }
  return free;
}
