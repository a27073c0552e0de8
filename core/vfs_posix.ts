// The posix backend of the VFS (core/vfs.ts): the host's own file system through the
// HAL's hal_fs_* entries, as MicroPython's VfsPosix. Paths are passed through as they
// are: mounted at "/", a path means on the host what it means here, and relative
// paths start from the host process's working directory (which os.chdir changes).
// Each function returns what its HAL entry does: a count or descriptor, or a negative errno.

import { type i32, type u32 } from "./subset/index.js";

export function posix_open(path: u32, len: u32, flags: u32): i32 {
  return hal_fs_open(path, len, flags);
}

export function posix_close(fd: i32): i32 {
  return hal_fs_close(fd);
}

export function posix_read(fd: i32, dest: u32, count: u32): i32 {
  return hal_fs_read(fd, dest, count);
}

export function posix_write(fd: i32, src: u32, count: u32): i32 {
  return hal_fs_write(fd, src, count);
}

export function posix_seek(fd: i32, offset: i32, whence: i32): i32 {
  return hal_fs_seek(fd, offset, whence);
}

export function posix_stat(path: u32, len: u32, dest: u32): i32 {
  return hal_fs_stat(path, len, dest);
}

export function posix_statvfs(path: u32, len: u32, dest: u32): i32 {
  return hal_fs_statvfs(path, len, dest);
}

export function posix_mkdir(path: u32, len: u32): i32 {
  return hal_fs_mkdir(path, len);
}

export function posix_rmdir(path: u32, len: u32): i32 {
  return hal_fs_rmdir(path, len);
}

export function posix_remove(path: u32, len: u32): i32 {
  return hal_fs_remove(path, len);
}

export function posix_rename(from: u32, from_len: u32, to: u32, to_len: u32): i32 {
  return hal_fs_rename(from, from_len, to, to_len);
}

export function posix_chdir(path: u32, len: u32): i32 {
  return hal_fs_chdir(path, len);
}

export function posix_getcwd(dest: u32, max: u32): i32 {
  return hal_fs_getcwd(dest, max);
}

export function posix_dir_open(path: u32, len: u32): i32 {
  return hal_fs_dir_open(path, len);
}

export function posix_dir_next(dir: i32, dest: u32, max: u32): i32 {
  return hal_fs_dir_next(dir, dest, max);
}

export function posix_dir_close(dir: i32): i32 {
  return hal_fs_dir_close(dir);
}
