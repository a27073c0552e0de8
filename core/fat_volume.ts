// A mounted FAT volume's geometry (core/FAT.md), read from its boot sector's BIOS
// parameter block: where the FATs, the root directory and the data clusters are, and
// which FAT width the cluster count implies (Microsoft's rule: fewer than 4085 clusters
// is FAT12, fewer than 65525 FAT16, else FAT32). One slot per volume, indexed as the
// VFS's mount table.

import { type i32, type u32, type f64, type bool } from "./subset/index.js";
import { sector_load, cache_forget, device_ioctl, le16, le32, CacheSlot, BdevIoctl, SECTOR_SIZE } from "./fat_device.js";
import { Errno, raise_os_error } from "./os_error.js";

export const FAT12_MAX_CLUSTERS: u32 = 4084;
export const FAT16_MAX_CLUSTERS: u32 = 65524;
/** Directory entries per sector. */
export const DIR_PER_SECTOR: u32 = 16;

/** 0 when the slot holds no volume, else 12, 16 or 32. */
export const vol_bits = new Uint8Array(5);
export const vol_sec_per_clus = new Uint32Array(5);
export const vol_fat_start = new Uint32Array(5);
export const vol_fat_sectors = new Uint32Array(5);
export const vol_num_fats = new Uint32Array(5);
/** FAT12/16: the fixed root directory's first sector and entry count. */
export const vol_root_start = new Uint32Array(5);
export const vol_root_entries = new Uint32Array(5);
/** FAT32: the root directory's first cluster (0 on FAT12/16, whose root is fixed). */
export const vol_root_cluster = new Uint32Array(5);
export const vol_data_start = new Uint32Array(5);
/** Data clusters: the valid cluster numbers are 2 .. count + 1. */
export const vol_clusters = new Uint32Array(5);
/** Where the next free-cluster search starts. */
export const vol_free_hint = new Uint32Array(5);
/** FAT32: the FSInfo sector (0: none), and its free count's state (core/fat_table.ts): 0 not
 *  counted yet, 1 counted and on the device, 2 changed since written. */
export const vol_fsinfo = new Uint32Array(5);
export const vol_fsinfo_stale = new Uint8Array(5);
/** Mounted read-only (os.mount(..., readonly=True)). */
export const vol_readonly = new Uint8Array(5);

export function vol_mounted(v: u32): bool {
  return vol_bits[v]! !== 0;
}

/** The first sector of data cluster c. */
export function cluster_sector(v: u32, c: u32): u32 {
  return (vol_data_start[v]! + Math.imul((c - 2) >>> 0, vol_sec_per_clus[v]!)) >>> 0;
}

/** Is cluster number c inside the volume? */
export function cluster_valid(v: u32, c: u32): bool {
  return c >= 2 && c <= ((vol_clusters[v]! + 1) >>> 0);
}

/** The directory a path's resolution starts from: the root's "cluster" (0 for a fixed root). */
export function root_dir(v: u32): u32 {
  return vol_root_cluster[v]!;
}

function is_power_of_two(n: u32): bool {
  return n !== 0 && (n & ((n - 1) >>> 0)) === 0;
}

/**
 * Read volume v's boot sector from its device (fat_device's device_set already chose it)
 * and fill its geometry: 0, or -ENODEV when the device's blocks are not 512 bytes or
 * block 0 is not a FAT boot sector this code can use. A device error raises.
 */
export function vol_geometry(v: u32, readonly: bool): i32 {
  vol_bits[v] = 0;
  cache_forget(v);
  if (device_ioctl(v, BdevIoctl.BlockSize, 0, SECTOR_SIZE | 0) !== (SECTOR_SIZE | 0)) return 0 - Errno.ENODEV;
  const device_blocks: u32 = device_ioctl(v, BdevIoctl.BlockCount, 0, 0) >>> 0;
  const b: u32 = sector_load(CacheSlot.Data, v, 0);
  if (le16((b + 510) >>> 0) !== 0xaa55 || le16((b + 11) >>> 0) !== SECTOR_SIZE) return 0 - Errno.ENODEV;
  const spc: u32 = le16((b + 13) >>> 0) & 0xff;
  const reserved: u32 = le16((b + 14) >>> 0);
  const fats: u32 = le16((b + 16) >>> 0) & 0xff;
  const root_entries: u32 = le16((b + 17) >>> 0);
  let total: u32 = le16((b + 19) >>> 0);
  if (total === 0) total = le32((b + 32) >>> 0);
  let fat_size: u32 = le16((b + 22) >>> 0);
  if (fat_size === 0) fat_size = le32((b + 36) >>> 0);
  if (!is_power_of_two(spc) || reserved === 0 || fats === 0 || fats > 2 || fat_size === 0) return 0 - Errno.ENODEV;
  if (device_blocks !== 0 && total > device_blocks) return 0 - Errno.ENODEV;
  const root_sectors: u32 = (((root_entries * 32 + SECTOR_SIZE - 1) >>> 0) / SECTOR_SIZE) >>> 0;
  const fat_size_f: f64 = fat_size;
  const fats_end_f: f64 = reserved + fats * fat_size_f;
  const data_start_f: f64 = fats_end_f + root_sectors;
  if (data_start_f >= total) return 0 - Errno.ENODEV;
  const fats_end: u32 = (reserved + Math.imul(fats, fat_size)) >>> 0;
  const data_start: u32 = (fats_end + root_sectors) >>> 0;
  const clusters: u32 = (((total - data_start) >>> 0) / spc) >>> 0;
  let bits: u32 = 32;
  if (clusters <= FAT12_MAX_CLUSTERS) bits = 12;
  else if (clusters <= FAT16_MAX_CLUSTERS) bits = 16;
  // The FAT must have an entry for every cluster.
  const clusters_f: f64 = clusters;
  const fat_bits_needed: f64 = (clusters_f + 2) * bits;
  const fat_bits_held: f64 = fat_size_f * (SECTOR_SIZE * 8);
  if (fat_bits_needed > fat_bits_held) return 0 - Errno.ENODEV;
  if (bits === 32) {
    const root_cluster: u32 = le32((b + 44) >>> 0) & 0x0fffffff;
    if (root_entries !== 0 || root_cluster < 2 || root_cluster > ((clusters + 1) >>> 0)) return 0 - Errno.ENODEV;
    vol_root_cluster[v] = root_cluster;
    const fsinfo: u32 = le16((b + 48) >>> 0);
    vol_fsinfo[v] = fsinfo > 0 && fsinfo < reserved ? fsinfo : 0;
    vol_root_entries[v] = 0;
  } else {
    if (root_entries === 0) return 0 - Errno.ENODEV;
    vol_root_cluster[v] = 0;
    vol_fsinfo[v] = 0;
    vol_root_entries[v] = root_entries;
  }
  vol_sec_per_clus[v] = spc;
  vol_fat_start[v] = reserved;
  vol_fat_sectors[v] = fat_size;
  vol_num_fats[v] = fats;
  vol_root_start[v] = fats_end;
  vol_data_start[v] = data_start;
  vol_clusters[v] = clusters;
  vol_free_hint[v] = 2;
  vol_fsinfo_stale[v] = 0;
  vol_readonly[v] = readonly ? 1 : 0;
  vol_bits[v] = bits;
  return 0;
}

/** vol_geometry, raising OSError(ENODEV) for a device without a FAT volume. */
export function vol_mount(v: u32, readonly: bool): void {
  const r: i32 = vol_geometry(v, readonly);
  if (r < 0) raise_os_error((0 - r) | 0);
}

/** Forget volume v (os.umount). */
export function vol_unmount(v: u32): void {
  vol_bits[v] = 0;
  cache_forget(v);
}
