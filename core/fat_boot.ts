// The boot's file system (core/FAT.md, "Boot mount"): the HAL's block device mounted at
// "/" as a FAT volume, formatted first when it holds none, with a default boot.py on a
// fresh format, as MicroPython's rp2 port does in its _boot.py.

import { caught, type i32, type u32, type bool } from "./subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_depth } from "./gc.js";
import { OBJ_NONE, type obj } from "./obj.js";
import { str_from_literal, str_data, str_len } from "./objects/str.js";
import { device_set, FAT_WORK_SLOT, SECTOR_SIZE } from "./fat_device.js";
import { vol_geometry, vol_unmount } from "./fat_volume.js";
import { fat_mkfs } from "./fat_mkfs.js";
import { vfs_mount_fat, vfs_root_kind, vfs_open, vfs_write, vfs_close, OpenFlag, VfsKind } from "./vfs.js";

/** The smallest device worth a file system (mkfs's own minimum is lower). */
const BOOT_MIN_BLOCKS: u32 = 64;
const DEFAULT_BOOT_PY: string = "# boot.py -- run on boot-up\n";

/** Does the HAL's device hold a FAT volume? (Device errors raise.) */
function hal_device_has_fat(): bool {
  device_set(FAT_WORK_SLOT, OBJ_NONE);
  const r: i32 = vol_geometry(FAT_WORK_SLOT, true);
  vol_unmount(FAT_WORK_SLOT);
  return r === 0;
}

function write_default_boot_py(): void {
  const depth: u32 = gc_root_depth();
  const path: obj = str_from_literal("/boot.py");
  gc_root_push(path);
  const text: obj = str_from_literal(DEFAULT_BOOT_PY);
  gc_root_push(text);
  const h: i32 = vfs_open(path, OpenFlag.Write | OpenFlag.Create | OpenFlag.Truncate);
  vfs_write(h, str_data(text), str_len(text));
  vfs_close(h);
  gc_root_restore(depth);
}

/**
 * Mount the HAL's block device at "/" (formatting it first when it holds no FAT volume,
 * then writing /boot.py): true when "/" is a FAT volume afterwards. False, without
 * raising, when there is no usable device (none, blocks other than 512 bytes, too small,
 * a device error) or "/" is taken (the host's file system on the host and Node ports).
 */
export function fat_mount_or_format_boot(): bool {
  const kind: VfsKind = vfs_root_kind();
  if (kind === VfsKind.Fat) return true;
  if (kind !== VfsKind.None) return false;
  const depth: u32 = gc_root_depth();
  try {
    if (hal_bdev_block_size() !== SECTOR_SIZE || hal_bdev_block_count() < BOOT_MIN_BLOCKS) return false;
    const fresh: bool = !hal_device_has_fat();
    if (fresh) fat_mkfs(FAT_WORK_SLOT);
    device_set(FAT_WORK_SLOT, OBJ_NONE);
    const root: obj = str_from_literal("/");
    gc_root_push(root);
    vfs_mount_fat(OBJ_NONE, root, false);
    if (fresh) write_default_boot_py();
    gc_root_restore(depth);
    return true;
  } catch (e) {
    caught(e);
    gc_root_restore(depth);
    return false;
  }
}
