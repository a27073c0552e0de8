// The pyxis module: what Pyxis offers beyond MicroPython's modules, the same on every
// port. pyxis.BlockDevice() is the HAL's block device (core/hal.d.ts hal_bdev_*: the host's
// image file, a board's flash after the firmware) with MicroPython's block-device
// protocol, so that os.VfsFat(pyxis.BlockDevice()) mounts it as rp2.Flash() does on
// MicroPython (core/FAT.md).

import { mem_copy, type i32, type u32 } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore, gc_root_depth } from "../gc.js";
import { OBJ_NONE, new_small_int, new_qstr_obj, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg, raise_memory_error } from "../objects/exception.js";
import { buffer_get, buffer_data, buffer_len, raise_not_buffer } from "../objects/bytes.js";
import { instance_new, is_instance } from "../objects/instance.js";
import { class_dict, is_class } from "../objects/class.js";
import { dict_lookup } from "../objects/dict.js";
import { module_new, module_store_attr } from "../objects/module.js";
import { obj_type } from "../objects/type.js";
import { builtin_fn_word, Builtin } from "../builtins.js";
import { machine_class_make } from "./machine_pin.js";
import { arg, arg_int, arg_or } from "../builtins_args.js";
import { Errno, raise_os_error } from "../os_error.js";
import { BdevIoctl, SECTOR_SIZE } from "../fat_device.js";
import { Q } from "../qstr_static.js";

export function pyxis_module_make(): obj {
  const m: obj = module_new(Q.pyxis);
  const depth: u32 = gc_root_push(m);
  const cls: obj = machine_class_make(Q.BlockDevice, Builtin.bdev_new, Builtin.bdev_ioctl);
  gc_root_push(cls);
  module_store_attr(m, Q.BlockDevice, cls);
  gc_root_restore(depth);
  return m;
}

/** Is o a pyxis.BlockDevice? (The VFS then calls the HAL directly.) */
export function is_hal_block_device(o: obj): boolean {
  if (!is_instance(o)) return false;
  const t: obj = obj_type(o);
  if (!is_class(t)) return false;
  return dict_lookup(class_dict(t), new_qstr_obj(Q.readblocks)) === builtin_fn_word(Builtin.bdev_readblocks);
}

/** BlockDevice(): the HAL's device (one device; every instance reaches it). */
export function bdev_new(n_args: u32, n_kw: u32, args: u32): obj {
  return instance_new(arg(args, 0));
}

function check_hal(r: i32): void {
  if (r < 0) raise_os_error((0 - r) | 0);
}

/** The block number argument, and (with off) the byte offset within it. */
function block_arg(args: u32, i: u32): u32 {
  const n: i32 = arg_int(arg(args, i));
  if (n < 0) raise_os_error(Errno.EINVAL);
  return n >>> 0;
}

/**
 * readblocks(n, buf[, off]) / writeblocks(n, buf[, off]): len(buf) bytes from byte `off`
 * of block n on (MicroPython's extended protocol); whole blocks go straight between the
 * device and buf, partial ones through a one-block scratch buffer.
 */
function transfer(n_args: u32, args: u32, write: boolean): obj {
  let block: u32 = block_arg(args, 1);
  const b: obj = arg(args, 2);
  if (!buffer_get(b)) raise_not_buffer(b);
  const data: u32 = buffer_data();
  const len: u32 = buffer_len();
  const off_i: i32 = arg_int(arg_or(n_args, args, 3, new_small_int(0)));
  if (off_i < 0) raise_os_error(Errno.EINVAL);
  block = (block + (((off_i >>> 0) / SECTOR_SIZE) >>> 0)) >>> 0;
  let within: u32 = (off_i >>> 0) % SECTOR_SIZE;
  const depth: u32 = gc_root_depth();
  let scratch: u32 = 0;
  let done: u32 = 0;
  while (done < len) {
    const left: u32 = (len - done) >>> 0;
    if (within === 0 && left >= SECTOR_SIZE) {
      const count: u32 = (left / SECTOR_SIZE) >>> 0;
      const at: u32 = (data + done) >>> 0;
      check_hal(write ? hal_bdev_write(block, at, count) : hal_bdev_read(block, at, count));
      block = (block + count) >>> 0;
      done = (done + count * SECTOR_SIZE) >>> 0;
      continue;
    }
    if (scratch === 0) {
      scratch = gc_alloc(SECTOR_SIZE);
      if (scratch === 0) raise_memory_error();
      gc_root_push(scratch);
    }
    let chunk: u32 = (SECTOR_SIZE - within) >>> 0;
    if (chunk > left) chunk = left;
    check_hal(hal_bdev_read(block, scratch, 1));
    if (write) {
      mem_copy((scratch + within) >>> 0, (data + done) >>> 0, chunk);
      check_hal(hal_bdev_write(block, scratch, 1));
    } else {
      mem_copy((data + done) >>> 0, (scratch + within) >>> 0, chunk);
    }
    done = (done + chunk) >>> 0;
    block = (block + 1) >>> 0;
    within = 0;
  }
  gc_root_restore(depth);
  return OBJ_NONE;
}

export function bdev_readblocks(n_args: u32, n_kw: u32, args: u32): obj {
  return transfer(n_args, args, false);
}

export function bdev_writeblocks(n_args: u32, n_kw: u32, args: u32): obj {
  return transfer(n_args, args, true);
}

/** ioctl(op, arg): 4 block count, 5 block size, 3 sync, 1 init, 2 deinit, 6 erase (0); None for others. */
export function bdev_ioctl(n_args: u32, n_kw: u32, args: u32): obj {
  const op: i32 = arg_int(arg(args, 1));
  switch (op) {
    case BdevIoctl.BlockCount: {
      const n: u32 = hal_bdev_block_count();
      if (n > 0x3fffffff) raise_msg(TypeId.OverflowError, "block count too large");
      return new_small_int(n | 0);
    }
    case BdevIoctl.BlockSize: return new_small_int(hal_bdev_block_size() & 0xffff);
    case BdevIoctl.Sync:
      check_hal(hal_bdev_sync());
      return new_small_int(0);
    case BdevIoctl.Init: case BdevIoctl.Deinit: case BdevIoctl.Erase: return new_small_int(0);
    default: return OBJ_NONE;
  }
}
