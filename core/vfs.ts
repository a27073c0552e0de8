// The virtual file system: a mount table of file system backends, as MicroPython's
// extmod/vfs.c. open(), io and os name paths; the VFS finds the mount a path is in and
// calls its backend. Today there is one backend, the host's file system (core/vfs_posix.ts,
// MicroPython's VfsPosix), mounted at "/" at start-up when the HAL has one; a board's
// flash file system will be a second kind in the same table (core/modules/README.md).
//
// A file or directory handle is (mount index << 24) | the backend's descriptor, so that
// a second backend kind can tell its handles apart (posix is the only kind so far, so
// every operation goes to it). Every failure raises OSError(errno); with nothing
// mounted, OSError(ENODEV).

import { load_u8, type i32, type u32, type u8 } from "./subset/index.js";
import { type obj } from "./obj.js";
import { Errno, raise_os_error, os_check } from "./os_error.js";
import { TypeId } from "./objects/type.js";
import { str_data, str_len } from "./objects/str.js";
import { str_is } from "./objects/str_ops.js";
import { message_begin, message_type_name, message_raise } from "./objects/message.js";
import { print_str, type Printer } from "./print.js";
import {
  posix_open, posix_close, posix_read, posix_write, posix_seek, posix_stat, posix_statvfs, posix_mkdir,
  posix_rmdir, posix_remove, posix_rename, posix_chdir, posix_getcwd, posix_dir_open, posix_dir_next,
  posix_dir_close,
} from "./vfs_posix.js";

export const enum VfsKind {
  None = 0,
  /** The host's file system through the HAL (core/vfs_posix.ts). */
  Posix = 1,
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
}

function handle_fd(h: i32): i32 {
  return h & 0xffffff;
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
  return make_handle(m, os_check(posix_open(resolved_addr, resolved_len, flags)));
}

export function vfs_close(h: i32): void {
  os_check(posix_close(handle_fd(h)));
}

/** Read up to count bytes into dest: the number read, 0 at the end. */
export function vfs_read(h: i32, dest: u32, count: u32): u32 {
  return os_check(posix_read(handle_fd(h), dest, count)) >>> 0;
}

/** Write count bytes from src: the number written. */
export function vfs_write(h: i32, src: u32, count: u32): u32 {
  return os_check(posix_write(handle_fd(h), src, count)) >>> 0;
}

/** Move the file position (whence 0, 1, 2 as os.SEEK_*): the new position. */
export function vfs_seek(h: i32, offset: i32, whence: i32): u32 {
  return os_check(posix_seek(handle_fd(h), offset, whence)) >>> 0;
}

// ---- paths ----

/** os.stat(p): 10 words at dest (hal_fs_stat's order). */
export function vfs_stat(p: obj, dest: u32): void {
  take_path(p);
  vfs_resolve(path_addr, path_len);
  os_check(posix_stat(resolved_addr, resolved_len, dest));
}

/** Does p name something (a file or a directory)? Never raises for a missing path. */
export function vfs_exists(p: obj, scratch: u32): boolean {
  take_path(p);
  vfs_resolve(path_addr, path_len);
  return posix_stat(resolved_addr, resolved_len, scratch) === 0;
}

export function vfs_statvfs(p: obj, dest: u32): void {
  take_path(p);
  vfs_resolve(path_addr, path_len);
  os_check(posix_statvfs(resolved_addr, resolved_len, dest));
}

export function vfs_mkdir(p: obj): void {
  take_path(p);
  vfs_resolve(path_addr, path_len);
  os_check(posix_mkdir(resolved_addr, resolved_len));
}

export function vfs_rmdir(p: obj): void {
  take_path(p);
  vfs_resolve(path_addr, path_len);
  os_check(posix_rmdir(resolved_addr, resolved_len));
}

export function vfs_remove(p: obj): void {
  take_path(p);
  vfs_resolve(path_addr, path_len);
  os_check(posix_remove(resolved_addr, resolved_len));
}

/** os.rename(a, b): both must be in the same mount (EXDEV otherwise, as rename(2)). */
export function vfs_rename(a: obj, b: obj): void {
  take_path(b);
  const to_mount: u32 = vfs_resolve(path_addr, path_len);
  const to_addr: u32 = resolved_addr;
  const to_len: u32 = resolved_len;
  take_path(a);
  if (vfs_resolve(path_addr, path_len) !== to_mount) raise_os_error(Errno.EXDEV);
  os_check(posix_rename(resolved_addr, resolved_len, to_addr, to_len));
}

export function vfs_chdir(p: obj): void {
  take_path(p);
  vfs_resolve(path_addr, path_len);
  os_check(posix_chdir(resolved_addr, resolved_len));
}

/** The working directory's path into dest (at most max bytes): its length. */
export function vfs_getcwd(dest: u32, max: u32): u32 {
  if (mount_kind[0]! === VfsKind.None) raise_os_error(Errno.ENODEV);
  return os_check(posix_getcwd(dest, max)) >>> 0;
}

// ---- directories ----

/** Start listing directory p: a directory handle. */
export function vfs_dir_open(p: obj): i32 {
  take_path(p);
  const m: u32 = vfs_resolve(path_addr, path_len);
  return make_handle(m, os_check(posix_dir_open(resolved_addr, resolved_len)));
}

/** The next entry's name into dest (at most max bytes): its length, 0 after the last. */
export function vfs_dir_next(h: i32, dest: u32, max: u32): u32 {
  return os_check(posix_dir_next(handle_fd(h), dest, max)) >>> 0;
}

export function vfs_dir_close(h: i32): void {
  os_check(posix_dir_close(handle_fd(h)));
}
