// The boot's file system (core/fat_boot.ts) on the HAL's block device (PYXIS_BDEV): with
// the host's "/" unmounted as a board has none, fat_mount_or_format_boot formats a blank
// device, mounts it at "/" and writes boot.py; called again it keeps what is there.
// Prints each result and boot.py's text.
import { type i32, type u32 } from "../../../core/subset/index.js";
import { gc_alloc, gc_root_push } from "../../../core/gc.js";
import { runtime_init } from "../../../core/runtime.js";
import { str_from_literal } from "../../../core/objects/str.js";
import { vfs_umount, vfs_open, vfs_read, vfs_close, OpenFlag } from "../../../core/vfs.js";
import { fat_mount_or_format_boot } from "../../../core/fat_boot.js";
import { print_str, print_i32, STDOUT } from "../../../core/print.js";

function print_boot_py(): void {
  const buf: u32 = gc_alloc(256);
  gc_root_push(buf);
  const h: i32 = vfs_open(str_from_literal("/boot.py"), OpenFlag.Read);
  const n: u32 = vfs_read(h, buf, 256);
  vfs_close(h);
  hal_stdout_write(buf, n);
}

export function pyx_main(): i32 {
  if (!runtime_init(1 << 20)) return 70;
  print_str(STDOUT, "with the host's root: ");
  print_i32(STDOUT, fat_mount_or_format_boot() ? 1 : 0);
  print_str(STDOUT, "\n");
  vfs_umount(str_from_literal("/"));
  print_str(STDOUT, "first boot: ");
  print_i32(STDOUT, fat_mount_or_format_boot() ? 1 : 0);
  print_str(STDOUT, "\n");
  print_boot_py();
  print_str(STDOUT, "again: ");
  print_i32(STDOUT, fat_mount_or_format_boot() ? 1 : 0);
  print_str(STDOUT, "\n");
  return 0;
}
