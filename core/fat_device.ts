// The FAT file system's storage (core/FAT.md): each volume's block device, either the
// HAL's (hal_bdev_*) or a Python object with MicroPython's block-device protocol
// (readblocks(n, buf), writeblocks(n, buf), ioctl(op, arg)), and a cache of two
// 512-byte sectors in the heap. Slot 0 holds directory and file data sectors, slot 1
// FAT sectors, so that following a cluster chain never evicts the directory entry being
// edited. Writes go through at once (core/FAT.md, "Write order"): the cache is never dirty.

import { load_u8, store_u8, store_u32, type i32, type u32 } from "./subset/index.js";
import { gc_root_push, gc_root_restore, gc_root_depth, gc_root_addr } from "./gc.js";
import { OBJ_NONE, OBJ_NULL, new_small_int, is_small_int, small_int_value, type obj } from "./obj.js";
import { TypeId } from "./objects/type.js";
import { bytes_new_uninit, bytes_seal } from "./objects/bytes.js";
import { StrObj } from "./objects/str.js";
import { tuple_new, tuple_get, tuple_set } from "./objects/tuple.js";
import { root_get, root_set, Root } from "./roots.js";
import { obj_load_method } from "./attr.js";
import { obj_call_method } from "./call.js";
import { Errno, raise_os_error } from "./os_error.js";
import { Q } from "./qstr_static.js";

export const SECTOR_SIZE: u32 = 512;
/** How many volumes can be mounted at once (the VFS's mount table size). */
export const FAT_VOLUMES: u32 = 4;
/** A device slot past the mountable ones, for mkfs on a device that is not mounted. */
export const FAT_WORK_SLOT: u32 = 4;

export const enum CacheSlot {
  Data = 0,
  Table = 1,
}

/** MicroPython's block-device ioctl operations. */
export const enum BdevIoctl {
  Init = 1,
  Deinit = 2,
  Sync = 3,
  BlockCount = 4,
  BlockSize = 5,
  Erase = 6,
}

const SLOTS: u32 = 2;
/** Root.Fat's tuple: the two slot bytearrays, then one Python device (or None) per volume
 *  and the work slot, then two paths kept alive for the VFS (fat_keep). */
const STATE_DEVICES: u32 = 2;
const STATE_KEPT: u32 = 7;
const STATE_SIZE: u32 = 9;
let kept_next: u32 = 0;

/** Which volume and sector each slot holds (-1: none). */
const slot_vol = new Int32Array(2);
const slot_sector = new Uint32Array(2);
/** Block writes done since start-up (the fault-injection tests count them). */
let writes_done: u32 = 0;

function state(): obj {
  let t: obj = root_get(Root.Fat);
  if (t !== OBJ_NULL) return t;
  t = tuple_new(STATE_SIZE);
  const depth: u32 = gc_root_push(t);
  for (let i: u32 = 0; i < STATE_SIZE; i++) tuple_set(t, i, OBJ_NONE);
  for (let s: u32 = 0; s < SLOTS; s++) {
    const b: obj = bytes_new_uninit(TypeId.bytearray, SECTOR_SIZE);
    tuple_set(t, s, bytes_seal(b));
    slot_vol[s] = -1;
  }
  root_set(Root.Fat, t);
  gc_root_restore(depth);
  return t;
}

/** Keep o alive until the second fat_keep after this one (a path the VFS made, used
 *  across device calls that may collect; os.rename holds two). */
export function fat_keep(o: obj): void {
  tuple_set(state(), (STATE_KEPT + kept_next) >>> 0, o);
  kept_next = kept_next === 0 ? 1 : 0;
}

/** Volume v's device: a Python block device, or OBJ_NONE for the HAL's. */
export function device_set(v: u32, dev: obj): void {
  tuple_set(state(), (STATE_DEVICES + v) >>> 0, dev);
  cache_forget(v);
}

export function device_get(v: u32): obj {
  return tuple_get(state(), (STATE_DEVICES + v) >>> 0);
}

/** Drop what the cache holds of volume v (its device changed, or it is unmounted). */
export function cache_forget(v: u32): void {
  for (let s: u32 = 0; s < SLOTS; s++) {
    if (slot_vol[s]! === (v | 0)) slot_vol[s] = -1;
  }
}

/** The arena address of a slot's 512 bytes. */
export function slot_addr(slot: CacheSlot): u32 {
  return StrObj.data.get(tuple_get(state(), slot));
}

/** dev.method(a, b) for a Python device; the result. */
function call_device(dev: obj, method: u32, a: obj, b: obj): obj {
  const depth: u32 = gc_root_depth();
  gc_root_push(OBJ_NULL);
  gc_root_push(OBJ_NULL);
  const base: u32 = gc_root_addr(depth);
  obj_load_method(dev, method, base);
  gc_root_push(a);
  gc_root_push(b);
  const r: obj = obj_call_method(2, 0, base);
  gc_root_restore(depth);
  return r;
}

/** ioctl(op, arg) of volume v's device as an int (None → dflt). */
export function device_ioctl(v: u32, op: BdevIoctl, arg: i32, dflt: i32): i32 {
  const dev: obj = device_get(v);
  if (dev === OBJ_NONE) {
    switch (op) {
      case BdevIoctl.BlockCount: return hal_bdev_block_count() | 0;
      case BdevIoctl.BlockSize: return hal_bdev_block_size() | 0;
      case BdevIoctl.Sync: return hal_bdev_sync();
      default: return 0;
    }
  }
  const r: obj = call_device(dev, Q.ioctl, new_small_int(op), new_small_int(arg));
  if (r === OBJ_NONE) return dflt;
  if (!is_small_int(r)) raise_os_error(Errno.EIO);
  return small_int_value(r);
}

function device_read(v: u32, block: u32, slot: CacheSlot): void {
  const dev: obj = device_get(v);
  if (dev === OBJ_NONE) {
    const r: i32 = hal_bdev_read(block, slot_addr(slot), 1);
    if (r < 0) raise_os_error((0 - r) | 0);
    return;
  }
  call_device(dev, Q.readblocks, block_number(block), tuple_get(state(), slot));
}

function device_write(v: u32, block: u32, slot: CacheSlot): void {
  writes_done = (writes_done + 1) >>> 0;
  const dev: obj = device_get(v);
  if (dev === OBJ_NONE) {
    const r: i32 = hal_bdev_write(block, slot_addr(slot), 1);
    if (r < 0) raise_os_error((0 - r) | 0);
    return;
  }
  call_device(dev, Q.writeblocks, block_number(block), tuple_get(state(), slot));
}

function block_number(block: u32): obj {
  if (block > 0x3fffffff) raise_os_error(Errno.EIO);
  return new_small_int(block | 0);
}

/** Sector `sector` of volume v in a slot: the slot's address. */
export function sector_load(slot: CacheSlot, v: u32, sector: u32): u32 {
  if (slot_vol[slot]! !== (v | 0) || slot_sector[slot]! !== sector) {
    slot_vol[slot] = -1;
    device_read(v, sector, slot);
    slot_vol[slot] = v | 0;
    slot_sector[slot] = sector;
  }
  return slot_addr(slot);
}

/** Write the slot's bytes to its sector (after the caller changed them in place). */
export function sector_store(slot: CacheSlot): void {
  const v: i32 = slot_vol[slot]!;
  if (v < 0) hal_fatal("fat: storing an empty cache slot");
  // Until the write succeeds the slot's bytes are not what the device holds.
  slot_vol[slot] = -1;
  device_write(v >>> 0, slot_sector[slot]!, slot);
  slot_vol[slot] = v;
}

/** Fill the slot with zeros and make it sector `sector` of volume v, without reading. */
export function sector_zero(slot: CacheSlot, v: u32, sector: u32): u32 {
  const at: u32 = slot_addr(slot);
  for (let i: u32 = 0; i < SECTOR_SIZE; i = (i + 4) >>> 0) store_u32((at + i) >>> 0, 0);
  slot_vol[slot] = v | 0;
  slot_sector[slot] = sector;
  return at;
}

/** Block writes since start-up. */
export function fat_writes_done(): u32 {
  return writes_done;
}

// ---- little-endian fields in the arena (on-disk structures are unaligned) ----

export function le16(at: u32): u32 {
  return load_u8(at) | (load_u8((at + 1) >>> 0) << 8);
}

export function le32(at: u32): u32 {
  return (load_u8(at) | (load_u8((at + 1) >>> 0) << 8) | (load_u8((at + 2) >>> 0) << 16) | (load_u8((at + 3) >>> 0) << 24)) >>> 0;
}

export function put16(at: u32, v: u32): void {
  store_u8(at, v & 0xff);
  store_u8((at + 1) >>> 0, (v >>> 8) & 0xff);
}

export function put32(at: u32, v: u32): void {
  store_u8(at, v & 0xff);
  store_u8((at + 1) >>> 0, (v >>> 8) & 0xff);
  store_u8((at + 2) >>> 0, (v >>> 16) & 0xff);
  store_u8((at + 3) >>> 0, v >>> 24);
}
