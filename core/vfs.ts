// The virtual file system: a mount table of file system backends, as MicroPython's
// extmod/vfs.c. open(), io and os name paths; the VFS finds the mount a path is in and
// calls its backend. Two backends: the host's file system (core/vfs_posix.ts,
// MicroPython's VfsPosix), mounted at "/" at start-up when the HAL has one, and FAT
// volumes on block devices (core/vfs_fat.ts, core/FAT.md), mounted by os.mount or at
// boot; a FAT volume's slot is its mount index.
//
// A file or directory handle is (mount index << 24) | the backend's descriptor, so that
// each operation goes to the backend of the mount that made the handle. Every failure
// raises OSError(errno); with nothing mounted, OSError(ENODEV).

import { load_u8, store_u8, mem_copy, type i32, type u32, type u8 } from "./subset/index.js";
import { OBJ_NONE, type obj } from "./obj.js";
import { Errno, raise_os_error, os_check } from "./os_error.js";
import { TypeId } from "./objects/type.js";
import { str_data, str_len, str_new_uninit, str_seal, StrObj } from "./objects/str.js";
import { str_is } from "./objects/str_ops.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, type Printer } from "./print.js";
import {
  fat_stat, fat_path_is_dir, fat_statvfs, fat_mkdir, fat_rmdir, fat_remove, fat_rename, fat_dir_open, fat_dir_next, fat_dir_close,
  fat_volume_dirs_drop,
} from "./vfs_fat.js";
import { fat_open, fat_close, fat_read, fat_write, fat_seek, fat_volume_files_drop } from "./fat_file.js";
import { vol_mount, vol_unmount } from "./fat_volume.js";
import { device_set, fat_keep } from "./fat_device.js";
import { dir_memo_forget } from "./fat_dir.js";
import { fat_sync } from "./fat_table.js";
import {
  posix_open, posix_close, posix_read, posix_write, posix_seek, posix_stat, posix_statvfs, posix_mkdir,
  posix_rmdir, posix_remove, posix_rename, posix_chdir, posix_getcwd, posix_dir_open, posix_dir_next,
  posix_dir_close,
} from "./vfs_posix.js";

export const enum VfsKind {
  None = 0,
  /** The host's file system through the HAL (core/vfs_posix.ts). */
  Posix = 1,
  /** A FAT volume on a block device (core/vfs_fat.ts). */
  Fat = 2,
}

/** hal_fs_open's flags (core/hal.d.ts), which every backend takes. */
export const enum OpenFlag {
  Read = 1,
  Write = 2,
  Append = 4,
  Create = 8,
  Truncate = 16,
  Exclusive = 32,
}

const MOUNT_MAX: u32 = 4;
const POINT_MAX: u32 = 32;
const HANDLE_SHIFT: u32 = 24;

/** Each mount's backend (VfsKind), and its mount point's bytes and length. */
const mount_kind = new Uint8Array(4);
const mount_point = new Uint8Array(128);
const mount_point_len = new Uint8Array(4);

/** The path within its mount that vfs_resolve found. */
let resolved_addr: u32 = 0;
let resolved_len: u32 = 0;

/** Empty the table, then mount the host's file system at "/" when the HAL has one. */
export function vfs_init(): void {
  cwd[0] = 0x2f;
  cwd_len = 1;
  for (let i: u32 = 0; i < MOUNT_MAX; i++) {
    mount_kind[i] = VfsKind.None;
    mount_point_len[i] = 0;
  }
  // A HAL without a host file system answers every entry with ENODEV.
  if (hal_fs_getcwd(0, 0) !== -Errno.ENODEV) {
    mount_kind[0] = VfsKind.Posix;
    mount_point[0] = 0x2f; // "/"
    mount_point_len[0] = 1;
  }
}

/** Is the mount point of mount m a prefix of the path, ending at a '/' or the path's end? */
function point_matches(m: u32, addr: u32, len: u32): boolean {
  const n: u32 = mount_point_len[m]!;
  if (n === 1) return len > 0 && load_byte(addr, 0) === 0x2f;
  if (len < n) return false;
  for (let k: u32 = 0; k < n; k++) {
    if (load_byte(addr, k) !== mount_point[(m * POINT_MAX + k) >>> 0]!) return false;
  }
  return len === n || load_byte(addr, n) === 0x2f;
}

function load_byte(addr: u32, k: u32): u8 {
  return load_u8((addr + k) >>> 0);
}

/**
 * The mount a path is in, with the path within it in resolved_addr/len: the longest
 * mount point that is a prefix of an absolute path; for a relative path, the root mount
 * (backends resolve relative paths against their working directory). OSError(ENODEV)
 * when no mount holds it.
 */
function vfs_resolve(addr: u32, len: u32): u32 {
  let best: i32 = -1;
  let best_len: u32 = 0;
  for (let m: u32 = 0; m < MOUNT_MAX; m++) {
    if (mount_kind[m]! === VfsKind.None) continue;
    const n: u32 = mount_point_len[m]!;
    const root: boolean = n === 1;
    if ((root && best < 0) || (!root && n > best_len && point_matches(m, addr, len))) {
      best = m | 0;
      best_len = n;
    }
  }
  if (best < 0) raise_os_error(Errno.ENODEV);
  // The root mount's backend sees the whole path; another one the part after its point.
  resolved_addr = best_len > 1 ? (addr + best_len) >>> 0 : addr;
  resolved_len = best_len > 1 ? (len - best_len) >>> 0 : len;
  return best >>> 0;
}

/** A path argument: a str (TypeError otherwise); sets path_addr/path_len. */
let path_addr: u32 = 0;
let path_len: u32 = 0;

function take_path(p: obj): void {
  if (!str_is(p)) {
    const m: Printer = message_begin();
    print_str(m, "expected str, bytes or os.PathLike object, not ");
    message_type_name(m, p);
    message_raise(TypeId.TypeError, m);
  }
  path_addr = str_data(p);
  path_len = str_len(p);
  if (cwd_len > 1 && (path_len === 0 || load_byte(path_addr, 0) !== 0x2f) && vfs_root_kind() === VfsKind.Fat) {
    // A relative path under a FAT root: the working directory is the VFS's (FAT has none).
    const joined: obj = str_new_uninit(TypeId.str, (cwd_len + 1 + path_len) >>> 0);
    const at: u32 = StrObj.data.get(joined);
    for (let k: u32 = 0; k < cwd_len; k++) store_u8((at + k) >>> 0, cwd[k]!);
    store_u8((at + cwd_len) >>> 0, 0x2f);
    mem_copy((at + cwd_len + 1) >>> 0, str_data(p), path_len);
    fat_keep(str_seal(joined));
    path_addr = at;
    path_len = (cwd_len + 1 + path_len) >>> 0;
  }
}

// ---- the working directory under a FAT root (the posix backend keeps the host's) ----

const CWD_MAX: u32 = 256;
const cwd = new Uint8Array(256);
let cwd_len: u32 = 1;

/** Set the working directory to the absolute path at addr, with "." and ".." folded. */
function cwd_set(addr: u32, len: u32): void {
  let n: u32 = 0;
  let i: u32 = 0;
  while (i < len) {
    while (i < len && load_byte(addr, i) === 0x2f) i = (i + 1) >>> 0;
    const start: u32 = i;
    while (i < len && load_byte(addr, i) !== 0x2f) i = (i + 1) >>> 0;
    const part: u32 = (i - start) >>> 0;
    if (part === 0 || (part === 1 && load_byte(addr, start) === 0x2e)) continue;
    if (part === 2 && load_byte(addr, start) === 0x2e && load_byte(addr, (start + 1) >>> 0) === 0x2e) {
      while (n > 0 && new_cwd[(n - 1) >>> 0]! !== 0x2f) n = (n - 1) >>> 0;
      if (n > 0) n = (n - 1) >>> 0;
      continue;
    }
    if (((n + 1 + part) >>> 0) > CWD_MAX) raise_os_error(Errno.ENAMETOOLONG);
    new_cwd[n] = 0x2f;
    for (let k: u32 = 0; k < part; k++) new_cwd[(n + 1 + k) >>> 0] = load_byte(addr, (start + k) >>> 0);
    n = (n + 1 + part) >>> 0;
  }
  if (n === 0) {
    new_cwd[0] = 0x2f;
    n = 1;
  }
  for (let k: u32 = 0; k < n; k++) cwd[k] = new_cwd[k]!;
  cwd_len = n;
}

const new_cwd = new Uint8Array(256);

function handle_fd(h: i32): i32 {
  return h & 0xffffff;
}

function handle_mount(h: i32): u32 {
  return (h >>> HANDLE_SHIFT) & 3;
}

function is_fat(m: u32): boolean {
  return mount_kind[m]! === VfsKind.Fat;
}

/** A handle from the descriptor a backend gave; EMFILE when it does not fit. */
function make_handle(m: u32, fd: i32): i32 {
  if (fd >= 1 << HANDLE_SHIFT) raise_os_error(Errno.EMFILE);
  return ((m << HANDLE_SHIFT) | fd) | 0;
}

// ---- files ----

/** Open the file at path p (a str) with OpenFlag bits: a file handle. */
export function vfs_open(p: obj, flags: u32): i32 {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  if (is_fat(m)) return make_handle(m, fat_open(m, resolved_addr, resolved_len, flags));
  return make_handle(m, os_check(posix_open(resolved_addr, resolved_len, flags)));
}

export function vfs_close(h: i32): void {
  if (is_fat(handle_mount(h))) fat_close(handle_fd(h));
  else os_check(posix_close(handle_fd(h)));
}

/** Read up to count bytes into dest: the number read, 0 at the end. */
export function vfs_read(h: i32, dest: u32, count: u32): u32 {
  if (is_fat(handle_mount(h))) return fat_read(handle_fd(h), dest, count);
  return os_check(posix_read(handle_fd(h), dest, count)) >>> 0;
}

/** Write count bytes from src: the number written. */
export function vfs_write(h: i32, src: u32, count: u32): u32 {
  if (is_fat(handle_mount(h))) return fat_write(handle_fd(h), src, count);
  return os_check(posix_write(handle_fd(h), src, count)) >>> 0;
}

/** Move the file position (whence 0, 1, 2 as os.SEEK_*): the new position. */
export function vfs_seek(h: i32, offset: i32, whence: i32): u32 {
  if (is_fat(handle_mount(h))) return fat_seek(handle_fd(h), offset, whence);
  return os_check(posix_seek(handle_fd(h), offset, whence)) >>> 0;
}

// ---- paths ----

/** os.stat(p): 10 words at dest (hal_fs_stat's order). */
export function vfs_stat(p: obj, dest: u32): void {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  if (is_fat(m)) os_check(fat_stat(m, resolved_addr, resolved_len, dest));
  else os_check(posix_stat(resolved_addr, resolved_len, dest));
}

/** Does p name something (a file or a directory)? Never raises for a missing path. */
export function vfs_exists(p: obj, scratch: u32): boolean {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  if (is_fat(m)) return fat_stat(m, resolved_addr, resolved_len, scratch) === 0;
  return posix_stat(resolved_addr, resolved_len, scratch) === 0;
}

export function vfs_statvfs(p: obj, dest: u32): void {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  if (is_fat(m)) fat_statvfs(m, dest);
  else os_check(posix_statvfs(resolved_addr, resolved_len, dest));
}

export function vfs_mkdir(p: obj): void {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  if (is_fat(m)) fat_mkdir(m, resolved_addr, resolved_len);
  else os_check(posix_mkdir(resolved_addr, resolved_len));
}

export function vfs_rmdir(p: obj): void {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  if (is_fat(m)) fat_rmdir(m, resolved_addr, resolved_len);
  else os_check(posix_rmdir(resolved_addr, resolved_len));
}

export function vfs_remove(p: obj): void {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  if (is_fat(m)) fat_remove(m, resolved_addr, resolved_len);
  else os_check(posix_remove(resolved_addr, resolved_len));
}

/** os.rename(a, b): both must be in the same mount (EXDEV otherwise, as rename(2)). */
export function vfs_rename(a: obj, b: obj): void {
  take_path(b);
  const to_mount: u32 = vfs_resolve(path_addr, path_len);
  const to_addr: u32 = resolved_addr;
  const to_len: u32 = resolved_len;
  take_path(a);
  if (vfs_resolve(path_addr, path_len) !== to_mount) raise_os_error(Errno.EXDEV);
  if (is_fat(to_mount)) fat_rename(to_mount, resolved_addr, resolved_len, to_addr, to_len);
  else os_check(posix_rename(resolved_addr, resolved_len, to_addr, to_len));
}

export function vfs_chdir(p: obj): void {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  if (vfs_root_kind() === VfsKind.Fat) {
    if (!is_fat(m)) raise_os_error(Errno.ENOENT);
    const kind: i32 = fat_path_is_dir(m, resolved_addr, resolved_len);
    if (kind < 0) raise_os_error((0 - kind) | 0);
    if (kind === 0) raise_os_error(Errno.ENOTDIR);
    cwd_set(path_addr, path_len);
    return;
  }
  if (is_fat(m)) raise_os_error(Errno.EOPNOTSUPP);
  os_check(posix_chdir(resolved_addr, resolved_len));
}

/** The working directory's path into dest (at most max bytes): its length. */
export function vfs_getcwd(dest: u32, max: u32): u32 {
  if (vfs_root_kind() === VfsKind.Fat) {
    if (cwd_len > max) raise_os_error(Errno.ERANGE);
    for (let k: u32 = 0; k < cwd_len; k++) store_u8((dest + k) >>> 0, cwd[k]!);
    return cwd_len;
  }
  if (mount_kind[0]! === VfsKind.None) raise_os_error(Errno.ENODEV);
  return os_check(posix_getcwd(dest, max)) >>> 0;
}

// ---- directories ----

/** Start listing directory p: a directory handle. */
export function vfs_dir_open(p: obj): i32 {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  if (is_fat(m)) return make_handle(m, fat_dir_open(m, resolved_addr, resolved_len));
  return make_handle(m, os_check(posix_dir_open(resolved_addr, resolved_len)));
}

/** The next entry's name into dest (at most max bytes): its length, 0 after the last. */
export function vfs_dir_next(h: i32, dest: u32, max: u32): u32 {
  if (is_fat(handle_mount(h))) return fat_dir_next(handle_fd(h), dest, max);
  return os_check(posix_dir_next(handle_fd(h), dest, max)) >>> 0;
}

export function vfs_dir_close(h: i32): void {
  if (is_fat(handle_mount(h))) fat_dir_close(handle_fd(h));
  else os_check(posix_dir_close(handle_fd(h)));
}

// ---- mounting ----

/** The mount whose point is exactly the len bytes at addr (trailing '/' aside), or -1. */
function mount_at(addr: u32, len: u32): i32 {
  let n: u32 = len;
  while (n > 1 && load_byte(addr, (n - 1) >>> 0) === 0x2f) n = (n - 1) >>> 0;
  for (let m: u32 = 0; m < MOUNT_MAX; m++) {
    if (mount_kind[m]! === VfsKind.None || mount_point_len[m]! !== n) continue;
    let same: boolean = true;
    for (let k: u32 = 0; k < n && same; k++) {
      if (load_byte(addr, k) !== mount_point[(m * POINT_MAX + k) >>> 0]!) same = false;
    }
    if (same) return m | 0;
  }
  return -1;
}

/**
 * Mount the FAT volume on block device dev (a Python block device, or None for the HAL's)
 * at the absolute path p (a str): OSError(EPERM) when something is mounted there already,
 * ENODEV when the device holds no FAT volume, EINVAL for a bad mount point.
 */
export function vfs_mount_fat(dev: obj, p: obj, readonly: boolean): void {
  take_path(p);
  if (path_len === 0 || load_byte(path_addr, 0) !== 0x2f) raise_os_error(Errno.EINVAL);
  let n: u32 = path_len;
  while (n > 1 && load_byte(path_addr, (n - 1) >>> 0) === 0x2f) n = (n - 1) >>> 0;
  if (n > POINT_MAX) raise_os_error(Errno.ENAMETOOLONG);
  if (mount_at(path_addr, n) >= 0) raise_os_error(Errno.EPERM);
  let m: i32 = -1;
  for (let i: u32 = 0; i < MOUNT_MAX && m < 0; i++) {
    if (mount_kind[i]! === VfsKind.None) m = i | 0;
  }
  if (m < 0) raise_os_error(Errno.EPERM);
  const slot: u32 = m >>> 0;
  device_set(slot, dev);
  dir_memo_forget();
  vol_mount(slot, readonly);
  for (let k: u32 = 0; k < n; k++) mount_point[(slot * POINT_MAX + k) >>> 0] = load_byte(path_addr, k);
  mount_point_len[slot] = n;
  mount_kind[slot] = VfsKind.Fat;
}

/** The kind of what is mounted at the root (VfsKind.None: nothing; core/fat_boot.ts). */
export function vfs_root_kind(): VfsKind {
  for (let m: u32 = 0; m < MOUNT_MAX; m++) {
    if (mount_kind[m]! !== VfsKind.None && mount_point_len[m]! === 1) return mount_kind[m]! === VfsKind.Fat ? VfsKind.Fat : VfsKind.Posix;
  }
  return VfsKind.None;
}

/** os.umount(p): p is a mount point (EINVAL otherwise); FAT files still open there are
 *  closed. Unmounting the host's "/" (as MicroPython's unix port allows) leaves room for a
 *  FAT root. */
export function vfs_umount(p: obj): void {
  take_path(p);
  const m: i32 = mount_at(path_addr, path_len);
  if (m < 0) raise_os_error(Errno.EINVAL);
  if (mount_kind[m]! === VfsKind.Fat) {
    fat_sync(m >>> 0);
    fat_volume_files_drop(m >>> 0);
    fat_volume_dirs_drop(m >>> 0);
    vol_unmount(m >>> 0);
    dir_memo_forget();
    device_set(m >>> 0, OBJ_NONE);
  }
  if (mount_point_len[m]! === 1) {
    cwd[0] = 0x2f;
    cwd_len = 1;
  }
  mount_kind[m] = VfsKind.None;
  mount_point_len[m] = 0;
}
