// OSError and its error numbers: Linux's, as MicroPython's errno module and every Pyxis
// HAL use them. (Not named errno.ts: its C header would hide the system's <errno.h>.)
// OSError(n) prints as "[Errno 2] ENOENT" (MicroPython's form) when n is one of these;
// raise_os_error is how the file system layer reports a HAL's negative errno.

import { raise, type i32, type u32 } from "./subset/index.js";
import { gc_root_push, gc_root_restore } from "./gc.js";
import { new_small_int, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { exception_new } from "./objects/exception.js";
import { tuple_new, tuple_set } from "./objects/tuple.js";

export const enum Errno {
  EPERM = 1,
  ENOENT = 2,
  EIO = 5,
  EBADF = 9,
  EAGAIN = 11,
  ENOMEM = 12,
  EACCES = 13,
  EBUSY = 16,
  EEXIST = 17,
  EXDEV = 18,
  ENODEV = 19,
  ENOTDIR = 20,
  EISDIR = 21,
  EINVAL = 22,
  EMFILE = 24,
  EFBIG = 27,
  ENOSPC = 28,
  ESPIPE = 29,
  EROFS = 30,
  ERANGE = 34,
  ENAMETOOLONG = 36,
  ENOTEMPTY = 39,
  EOVERFLOW = 75,
  EOPNOTSUPP = 95,
  EADDRINUSE = 98,
  ECONNABORTED = 103,
  ECONNRESET = 104,
  ENOBUFS = 105,
  ENOTCONN = 107,
  ETIMEDOUT = 110,
  ECONNREFUSED = 111,
  EHOSTUNREACH = 113,
  EALREADY = 114,
  EINPROGRESS = 115,
}

/** The errors the errno module names, in its order, with their names below. */
export const ERRNO_CODES: readonly u32[] = [
  Errno.EPERM, Errno.ENOENT, Errno.EIO, Errno.EBADF, Errno.EAGAIN, Errno.ENOMEM, Errno.EACCES, Errno.EBUSY,
  Errno.EEXIST, Errno.EXDEV, Errno.ENODEV, Errno.ENOTDIR, Errno.EISDIR, Errno.EINVAL, Errno.EMFILE, Errno.EFBIG,
  Errno.ENOSPC, Errno.ESPIPE, Errno.EROFS, Errno.ERANGE, Errno.ENAMETOOLONG, Errno.ENOTEMPTY, Errno.EOVERFLOW,
  Errno.EOPNOTSUPP, Errno.EADDRINUSE, Errno.ECONNABORTED, Errno.ECONNRESET, Errno.ENOBUFS, Errno.ENOTCONN,
  Errno.ETIMEDOUT, Errno.ECONNREFUSED, Errno.EHOSTUNREACH, Errno.EALREADY, Errno.EINPROGRESS,
];

export const ERRNO_NAMES: readonly string[] = [
  "EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EBUSY",
  "EEXIST", "EXDEV", "ENODEV", "ENOTDIR", "EISDIR", "EINVAL", "EMFILE", "EFBIG",
  "ENOSPC", "ESPIPE", "EROFS", "ERANGE", "ENAMETOOLONG", "ENOTEMPTY", "EOVERFLOW",
  "EOPNOTSUPP", "EADDRINUSE", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "ENOTCONN",
  "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS",
];

/** The index of error n in ERRNO_CODES, or -1 when it has no name here. */
export function errno_index(n: i32): i32 {
  for (let i: u32 = 0; i < ERRNO_CODES.length; i++) {
    if (ERRNO_CODES[i]! === (n >>> 0)) return i | 0;
  }
  return -1;
}

/** Raise OSError(n), as MicroPython's mp_raise_OSError: its args are (n,), its errno n. */
export function raise_os_error(n: i32): never {
  const args: obj = tuple_new(1);
  const depth: u32 = gc_root_push(args);
  tuple_set(args, 0, new_small_int(n));
  const e: obj = exception_new(TypeId.OSError, args);
  gc_root_restore(depth);
  raise(e);
}

/** Raise OSError(-r) when r, a HAL result, is a negative errno; else r. */
export function os_check(r: i32): i32 {
  if (r < 0) raise_os_error((-r) | 0);
  return r;
}
