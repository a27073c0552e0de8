// Formatting (os.VfsFat.mkfs, and the first boot; core/FAT.md): a FAT12, FAT16 or FAT32
// volume over a whole block device, its width chosen by size as mkfs.fat does by
// default: FAT12 up to 8 MiB, FAT16 up to 512 MiB, FAT32 above. Two FATs, a 512-entry
// root directory (64 below 512 KiB) on FAT12/16, FSInfo and a backup boot sector at
// sector 6 on FAT32. The boot sector is written last, so that a cut format leaves no
// volume that looks valid over half-written tables.

import { store_u8, type u32 } from "./subset/index.js";
import { sector_zero, sector_store, device_ioctl, put16, put32, CacheSlot, BdevIoctl, SECTOR_SIZE } from "./fat_device.js";
import { FAT12_MAX_CLUSTERS, FAT16_MAX_CLUSTERS } from "./fat_volume.js";
import { Errno, raise_os_error } from "./os_error.js";

/** The smallest device formatted: a few clusters after the tables. */
const MIN_SECTORS: u32 = 64;
const FAT12_MAX_SECTORS: u32 = 16384;
const FAT16_MAX_SECTORS: u32 = 1048576;
const FAT32_RESERVED: u32 = 32;
const FAT32_BACKUP_BOOT: u32 = 6;
const MEDIA_FIXED: u32 = 0xf8;

/** Bytes the FAT of `clusters` data clusters (plus the two reserved entries) takes. */
function fat_bytes(bits: u32, clusters: u32): u32 {
  const entries: u32 = (clusters + 2) >>> 0;
  if (bits === 12) return (entries + ((entries + 1) >>> 1)) >>> 0;
  return bits === 16 ? (entries * 2) >>> 0 : (entries * 4) >>> 0;
}

function put_text(at: u32, text: string): void {
  for (let i: u32 = 0; i < text.length; i++) store_u8((at + i) >>> 0, text.charCodeAt(i));
}

/** Format the device of slot v (fat_device's device_set chose it). */
export function fat_mkfs(v: u32): void {
  const total: u32 = device_ioctl(v, BdevIoctl.BlockCount, 0, 0) >>> 0;
  if (device_ioctl(v, BdevIoctl.BlockSize, 0, SECTOR_SIZE | 0) !== (SECTOR_SIZE | 0)) raise_os_error(Errno.ENODEV);
  if (total < MIN_SECTORS) raise_os_error(Errno.EINVAL);
  let bits: u32 = 32;
  let spc: u32 = 8;
  if (total <= FAT12_MAX_SECTORS) {
    bits = 12;
    spc = 1;
    while (((total / spc) >>> 0) > FAT12_MAX_CLUSTERS) spc = (spc * 2) >>> 0;
  } else if (total < FAT16_MAX_SECTORS) {
    bits = 16;
    spc = 1;
    while (((total / spc) >>> 0) > FAT16_MAX_CLUSTERS) spc = (spc * 2) >>> 0;
  } else if (total >= 67108864) {
    spc = 32;
  } else if (total >= 33554432) {
    spc = 16;
  }
  const reserved: u32 = bits === 32 ? FAT32_RESERVED : 1;
  const root_entries: u32 = bits === 32 ? 0 : total < 1024 ? 64 : 512;
  const root_sectors: u32 = ((root_entries * 32) / SECTOR_SIZE) >>> 0;
  // The FAT's size depends on the cluster count, which depends on the FAT's size: iterate
  // from one sector up until it holds every cluster.
  let fat_sectors: u32 = 1;
  let clusters: u32 = 0;
  for (let round: u32 = 0; round < 32; round++) {
    const used: u32 = (reserved + root_sectors + fat_sectors * 2) >>> 0;
    if (used >= total) raise_os_error(Errno.EINVAL);
    clusters = (((total - used) >>> 0) / spc) >>> 0;
    const need: u32 = (((fat_bytes(bits, clusters) + SECTOR_SIZE - 1) >>> 0) / SECTOR_SIZE) >>> 0;
    if (need <= fat_sectors) break;
    fat_sectors = need;
  }
  const data_start: u32 = (reserved + fat_sectors * 2 + root_sectors) >>> 0;
  if (clusters < 1) raise_os_error(Errno.EINVAL);

  // Tables and root directory: zero.
  const zero_end: u32 = bits === 32 ? (data_start + spc) >>> 0 : data_start;
  for (let s: u32 = reserved; s < zero_end; s++) {
    sector_zero(CacheSlot.Data, v, s);
    sector_store(CacheSlot.Data);
  }
  // Each FAT's first entries: the media byte, an end mark, and FAT32's root directory.
  for (let k: u32 = 0; k < 2; k++) {
    const at: u32 = sector_zero(CacheSlot.Data, v, (reserved + k * fat_sectors) >>> 0);
    if (bits === 12) {
      store_u8(at, MEDIA_FIXED);
      store_u8((at + 1) >>> 0, 0xff);
      store_u8((at + 2) >>> 0, 0xff);
    } else if (bits === 16) {
      put16(at, 0xff00 | MEDIA_FIXED);
      put16((at + 2) >>> 0, 0xffff);
    } else {
      put32(at, 0x0fffff00 | MEDIA_FIXED);
      put32((at + 4) >>> 0, 0x0fffffff);
      put32((at + 8) >>> 0, 0x0fffffff);
    }
    sector_store(CacheSlot.Data);
  }
  const serial: u32 = (hal_ticks_us() ^ Math.imul(hal_ticks_ms(), 0x9e3779b1)) >>> 0;
  if (bits === 32) {
    for (let copy: u32 = 0; copy < 2; copy++) {
      const base: u32 = copy === 0 ? 0 : FAT32_BACKUP_BOOT;
      const info: u32 = sector_zero(CacheSlot.Data, v, (base + 1) >>> 0);
      put32(info, 0x41615252);
      put32((info + 484) >>> 0, 0x61417272);
      put32((info + 488) >>> 0, (clusters - 1) >>> 0); // all free but the root directory's
      put32((info + 492) >>> 0, 3);
      put32((info + 508) >>> 0, 0xaa550000);
      sector_store(CacheSlot.Data);
      write_boot_sector(v, base, total, bits, spc, reserved, root_entries, fat_sectors, serial);
    }
  } else {
    write_boot_sector(v, 0, total, bits, spc, reserved, root_entries, fat_sectors, serial);
  }
  device_ioctl(v, BdevIoctl.Sync, 0, 0);
}

function write_boot_sector(v: u32, sector: u32, total: u32, bits: u32, spc: u32, reserved: u32, root_entries: u32, fat_sectors: u32, serial: u32): void {
  const b: u32 = sector_zero(CacheSlot.Data, v, sector);
  store_u8(b, 0xeb);
  store_u8((b + 1) >>> 0, bits === 32 ? 0x58 : 0x3c);
  store_u8((b + 2) >>> 0, 0x90);
  put_text((b + 3) >>> 0, "MSWIN4.1");
  put16((b + 11) >>> 0, SECTOR_SIZE);
  store_u8((b + 13) >>> 0, spc);
  put16((b + 14) >>> 0, reserved);
  store_u8((b + 16) >>> 0, 2);
  put16((b + 17) >>> 0, root_entries);
  if (total < 65536 && bits !== 32) put16((b + 19) >>> 0, total);
  else put32((b + 32) >>> 0, total);
  store_u8((b + 21) >>> 0, MEDIA_FIXED);
  put16((b + 24) >>> 0, 32); // sectors per track and heads: unused, conventional values
  put16((b + 26) >>> 0, 64);
  let ext: u32 = (b + 36) >>> 0;
  if (bits === 32) {
    put32((b + 36) >>> 0, fat_sectors);
    put32((b + 44) >>> 0, 2); // root directory cluster
    put16((b + 48) >>> 0, 1); // FSInfo sector
    put16((b + 50) >>> 0, FAT32_BACKUP_BOOT);
    ext = (b + 64) >>> 0;
  } else {
    put16((b + 22) >>> 0, fat_sectors);
  }
  store_u8(ext, 0x80); // drive number
  store_u8((ext + 2) >>> 0, 0x29); // extended boot signature: serial, label and type follow
  put32((ext + 3) >>> 0, serial);
  put_text((ext + 7) >>> 0, "NO NAME    ");
  put_text((ext + 18) >>> 0, bits === 12 ? "FAT12   " : bits === 16 ? "FAT16   " : "FAT32   ");
  store_u8((b + 510) >>> 0, 0x55);
  store_u8((b + 511) >>> 0, 0xaa);
  sector_store(CacheSlot.Data);
}
