// os.VfsFat, os.mount and os.umount (MicroPython's extmod/vfs.c and vfs_fat.c; core/FAT.md):
// a VfsFat wraps a block device (pyxis.BlockDevice() or any object with readblocks,
// writeblocks and ioctl); os.mount puts it in the VFS's mount table.

import { type u32 } from "../subset/index.js";
import { gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NONE, OBJ_NULL, new_qstr_obj, type obj } from "../obj.js";
import { TypeId } from "../objects/type.js";
import { raise_msg } from "../objects/exception.js";
import { instance_new, instance_dict, is_instance } from "../objects/instance.js";
import { class_dict } from "../objects/class.js";
import { dict_set, dict_lookup } from "../objects/dict.js";
import { method_wrapper_new } from "../objects/method_wrappers.js";
import { builtin_fn_word, Builtin } from "../builtins.js";
import { machine_class_make } from "./machine_pin.js";
import { arg, kw_arg } from "../builtins_args.js";
import { obj_is_true } from "../operators.js";
import { device_set, FAT_WORK_SLOT } from "../fat_device.js";
import { vol_mount, vol_unmount } from "../fat_volume.js";
import { fat_mkfs } from "../fat_mkfs.js";
import { vfs_mount_fat, vfs_umount } from "../vfs.js";
import { is_hal_block_device } from "./pyxis.js";
import { Q } from "../qstr_static.js";

/** os.VfsFat: the class, with mkfs as a staticmethod. */
export function os_vfs_class_make(): obj {
  const cls: obj = machine_class_make(Q.VfsFat, Builtin.vfsfat_new, Builtin.vfsfat_mkfs);
  const depth: u32 = gc_root_push(cls);
  dict_set(class_dict(cls), new_qstr_obj(Q.mkfs), method_wrapper_new(TypeId.staticmethod, builtin_fn_word(Builtin.vfsfat_mkfs)));
  gc_root_restore(depth);
  return cls;
}

/** The device the FAT code uses for bdev: OBJ_NONE (the HAL's) for a pyxis.BlockDevice. */
function device_of(bdev: obj): obj {
  return is_hal_block_device(bdev) ? OBJ_NONE : bdev;
}

/** Give the work slot device dev, run nothing else on it, and let go of it again on error. */
function work_slot_check(dev: obj): void {
  device_set(FAT_WORK_SLOT, dev);
  vol_mount(FAT_WORK_SLOT, true);
  vol_unmount(FAT_WORK_SLOT);
  device_set(FAT_WORK_SLOT, OBJ_NONE);
}

/** VfsFat(bdev): OSError(ENODEV) when the device holds no FAT volume (format it with mkfs). */
export function vfsfat_new(n_args: u32, n_kw: u32, args: u32): obj {
  const bdev: obj = arg(args, 1);
  work_slot_check(device_of(bdev));
  const v: obj = instance_new(arg(args, 0));
  const depth: u32 = gc_root_push(v);
  dict_set(instance_dict(v), new_qstr_obj(Q._bdev), bdev);
  gc_root_restore(depth);
  return v;
}

/** VfsFat.mkfs(bdev): format the whole device (FAT12/16/32 by size). */
export function vfsfat_mkfs(n_args: u32, n_kw: u32, args: u32): obj {
  device_set(FAT_WORK_SLOT, device_of(arg(args, 0)));
  fat_mkfs(FAT_WORK_SLOT);
  device_set(FAT_WORK_SLOT, OBJ_NONE);
  return OBJ_NONE;
}

/** mount(vfs, mount_point, *, readonly=False). */
export function os_fn_mount(n_args: u32, n_kw: u32, args: u32): obj {
  const vfs: obj = arg(args, 0);
  const bdev: obj = is_instance(vfs) ? dict_lookup(instance_dict(vfs), new_qstr_obj(Q._bdev)) : OBJ_NULL;
  if (bdev === OBJ_NULL) raise_msg(TypeId.TypeError, "mount() needs a VfsFat object");
  const ro: obj = kw_arg(n_args, n_kw, args, Q.readonly);
  vfs_mount_fat(device_of(bdev), arg(args, 1), ro !== OBJ_NULL && obj_is_true(ro));
  return OBJ_NONE;
}

/** umount(mount_point). */
export function os_fn_umount(n_args: u32, n_kw: u32, args: u32): obj {
  vfs_umount(arg(args, 0));
  return OBJ_NONE;
}
