// The garbage-collected heap: a region of the arena split into 16-byte blocks, tracked
// by a 2-bit allocation table, collected by mark and sweep (see core/README.md).
// Marking is conservative over heap contents and exact over the roots: the root slots
// and the root stack (gc_root_push), which code uses for objects held across allocations.

import {
  load_u8, store_u8, load_u32, store_u32, mem_fill, mem_copy,
  type u8, type u32, type bool,
} from "./subset/index.js";

export const GC_BLOCK: u32 = 16;

/** Allocation-table states, two bits per block. */
const enum Kind {
  Free = 0,
  Head = 1,
  Tail = 2,
  Mark = 3,
}

/** Where the heap's pieces are in the arena (set by gc_init). */
let table_start: u32 = 0;
let pool_start: u32 = 0;
let pool_blocks: u32 = 0;
/** Where the next allocation starts looking (just after the previous one: next fit). */
let free_hint: u32 = 0;
/**
 * Blocks allocated since the last collection. Once they would pass half the heap, the
 * allocation collects first: otherwise the objects that stay alive are spread over the
 * whole heap between two collections, with garbage between them, and after a collection
 * most of the heap is free in small holes only (a dict's table could not grow in a heap
 * nine tenths free). Collecting at half keeps the survivors low and the top half whole.
 */
let allocated_since_collect: u32 = 0;
/** Objects of this many blocks (1 KiB) and more are placed from the top of the heap. */
const LARGE_BLOCKS: u32 = 64;

let root_stack_start: u32 = 0;
let root_stack_words: u32 = 0;
let root_sp: u32 = 0;

let mark_stack_start: u32 = 0;
let mark_stack_words: u32 = 0;
let mark_sp: u32 = 0;
let mark_overflow: bool = false;

/** Blocks currently allocated (head and tail), kept as they change: mem_free() is O(1). */
let used_blocks: u32 = 0;

let enabled: bool = true;
/** Collect at every allocation: finds objects that are used but not rooted. */
let stress: bool = false;
let collections: u32 = 0;
/** micropython.heap_lock's nesting depth: while above 0 every allocation fails. */
let lock_depth: u32 = 0;

/** Words of mark stack, carved (with the root stack) from the front of the region gc_init gets. */
export const MARK_STACK_WORDS: u32 = 64;

/**
 * Lay out the heap in [start, start + size): the allocation table, then the block pool,
 * with `root_words` words of root stack and the mark stack carved from the front.
 * Returns false when the region is too small for a usable heap.
 */
export function gc_init(start: u32, size: u32, root_words: u32): bool {
  const aligned: u32 = ((start + 15) & ~15) >>> 0;
  const waste: u32 = (aligned - start) >>> 0;
  const fixed: u32 = ((root_words + MARK_STACK_WORDS) * 4 + waste) >>> 0;
  if (size <= ((fixed + 64) >>> 0)) return false;
  root_stack_start = aligned;
  root_stack_words = root_words;
  root_sp = 0;
  mark_stack_start = (aligned + root_words * 4) >>> 0;
  mark_stack_words = MARK_STACK_WORDS;
  // Four blocks cost 64 bytes of pool and one byte of table; keep 16 bytes for aligning the pool.
  const rest: u32 = (size - fixed - 16) >>> 0;
  pool_blocks = (((rest / 65) >>> 0) * 4) >>> 0;
  table_start = (mark_stack_start + MARK_STACK_WORDS * 4) >>> 0;
  const table_bytes: u32 = pool_blocks >>> 2;
  pool_start = ((table_start + table_bytes + 15) & ~15) >>> 0;
  mem_fill(table_start, 0, table_bytes);
  free_hint = 0;
  used_blocks = 0;
  allocated_since_collect = 0;
  enabled = true;
  collections = 0;
  lock_depth = 0;
  return pool_blocks > 0;
}

/** micropython.heap_lock(): allocations fail (return 0) until the matching unlock. */
export function gc_lock(): void {
  if (lock_depth < 0xffff) lock_depth = (lock_depth + 1) >>> 0;
}

/** micropython.heap_unlock(): undo one lock; returns the depth left. */
export function gc_unlock(): u32 {
  if (lock_depth > 0) lock_depth = (lock_depth - 1) >>> 0;
  return lock_depth;
}

export function gc_lock_depth(): u32 {
  return lock_depth;
}

/** Set the depth back (raise_memory_error lifts the lock to build its message). */
export function gc_lock_set(depth: u32): void {
  lock_depth = depth;
}

export function gc_set_stress(on: bool): void {
  stress = on;
}

export function gc_enable(on: bool): void {
  enabled = on;
}

export function gc_is_enabled(): bool {
  return enabled;
}

export function gc_collections(): u32 {
  return collections;
}

// ---- the allocation table ----

function kind_of(block: u32): u32 {
  const byte: u8 = load_u8(table_start + (block >>> 2));
  return (byte >>> ((block & 3) << 1)) & 3;
}

function set_kind(block: u32, kind: Kind): void {
  const at: u32 = (table_start + (block >>> 2)) >>> 0;
  const shift: u32 = (block & 3) << 1;
  store_u8(at, (load_u8(at) & ~(3 << shift)) | (kind << shift));
}

function block_of(addr: u32): u32 {
  return ((addr - pool_start) >>> 0) >>> 4;
}

function addr_of(block: u32): u32 {
  return (pool_start + block * GC_BLOCK) >>> 0;
}

/** The block where an allocated object starts, or pool_blocks when p is not one. */
function head_block(p: u32): u32 {
  if ((p & 15) !== 0 || p < pool_start) return pool_blocks;
  const b: u32 = block_of(p);
  if (b >= pool_blocks) return pool_blocks;
  const k: u32 = kind_of(b);
  return k === Kind.Head || k === Kind.Mark ? b : pool_blocks;
}

/** Blocks in the object starting at head block b. */
function run_length(b: u32): u32 {
  let n: u32 = 1;
  while (((b + n) >>> 0) < pool_blocks && kind_of((b + n) >>> 0) === Kind.Tail) n = (n + 1) >>> 0;
  return n;
}

// ---- allocation ----

/** The first run of `blocks` free blocks in [from, to), or pool_blocks when there is none. */
function find_free_run_in(blocks: u32, from: u32, to: u32): u32 {
  let run: u32 = 0;
  let b: u32 = from;
  while (b < to) {
    // Four blocks per table byte: skip bytes with no free block at all.
    if ((b & 3) === 0 && run === 0 && ((b + 4) >>> 0) <= to) {
      const byte: u32 = load_u8(table_start + (b >>> 2));
      if (((byte | (byte >>> 1)) & 0x55) === 0x55) {
        b = (b + 4) >>> 0;
        continue;
      }
    }
    if (kind_of(b) === Kind.Free) {
      run = (run + 1) >>> 0;
      if (run === blocks) return (b + 1 - blocks) >>> 0;
    } else {
      run = 0;
    }
    b = (b + 1) >>> 0;
  }
  return pool_blocks;
}

/** The lowest block of the highest free run of `blocks`, or pool_blocks when there is none. */
function find_free_run_from_top(blocks: u32): u32 {
  let run: u32 = 0;
  let end: u32 = pool_blocks; // the block after the one looked at
  while (end > 0) {
    // Four blocks per table byte: skip bytes with no free block at all.
    if ((end & 3) === 0 && run === 0 && end >= 4) {
      const byte: u32 = load_u8(table_start + ((end - 4) >>> 2));
      if (((byte | (byte >>> 1)) & 0x55) === 0x55) {
        end = (end - 4) >>> 0;
        continue;
      }
    }
    const b: u32 = (end - 1) >>> 0;
    if (kind_of(b) === Kind.Free) {
      run = (run + 1) >>> 0;
      if (run === blocks) return b;
    } else {
      run = 0;
    }
    end = b;
  }
  return pool_blocks;
}

/**
 * Where an allocation of `blocks` goes. Large objects (LARGE_BLOCKS and up: tables,
 * long lists and strings) are placed as high as they fit, small ones low: the small
 * objects that survive then gather at the bottom, and a large object that dies leaves
 * a large hole, instead of both kinds interleaving until no large run is left.
 */
function find_place(blocks: u32): u32 {
  return blocks >= LARGE_BLOCKS ? find_free_run_from_top(blocks) : find_free_run(blocks);
}

/**
 * Next fit: search on from where the last allocation ended, then from the start. A hole
 * left behind does not make every later allocation rescan the blocks allocated after it.
 */
function find_free_run(blocks: u32): u32 {
  const found: u32 = find_free_run_in(blocks, free_hint, pool_blocks);
  if (found !== pool_blocks || free_hint === 0) return found;
  const end: u32 = ((free_hint + blocks) >>> 0) < pool_blocks ? (free_hint + blocks) >>> 0 : pool_blocks;
  return find_free_run_in(blocks, 0, end);
}

/**
 * Zeroed memory for nbytes, 16-byte aligned; 0 when the heap cannot hold it even after
 * a collection (the caller raises MemoryError). Objects the caller holds in locals must
 * be on the root stack before calling: this may collect.
 */
export function gc_alloc(nbytes: u32): u32 {
  const blocks: u32 = nbytes === 0 ? 1 : ((nbytes + 15) >>> 4);
  if (blocks > pool_blocks || lock_depth !== 0) return 0;
  if (stress && enabled) gc_collect();
  else if (enabled && ((allocated_since_collect + blocks) >>> 0) > (pool_blocks >>> 1)) gc_collect();
  let b: u32 = find_place(blocks);
  if (b === pool_blocks && enabled) {
    gc_collect();
    b = find_place(blocks);
  }
  if (b === pool_blocks) return 0;
  set_kind(b, Kind.Head);
  for (let i: u32 = 1; i < blocks; i++) set_kind((b + i) >>> 0, Kind.Tail);
  if (blocks < LARGE_BLOCKS) {
    free_hint = (b + blocks) >>> 0;
    if (free_hint >= pool_blocks) free_hint = 0;
  }
  used_blocks = (used_blocks + blocks) >>> 0;
  allocated_since_collect = (allocated_since_collect + blocks) >>> 0;
  const p: u32 = addr_of(b);
  mem_fill(p, 0, blocks * GC_BLOCK);
  return p;
}

/** Give an object's blocks back at once (it must not be used again). */
export function gc_free(p: u32): void {
  const b: u32 = head_block(p);
  if (b === pool_blocks) return;
  const n: u32 = run_length(b);
  for (let i: u32 = 0; i < n; i++) set_kind((b + i) >>> 0, Kind.Free);
  used_blocks = (used_blocks - n) >>> 0;
}

/** Usable bytes of an allocated object (a multiple of 16), 0 for anything else. */
export function gc_nbytes(p: u32): u32 {
  const b: u32 = head_block(p);
  return b === pool_blocks ? 0 : (run_length(b) * GC_BLOCK) >>> 0;
}

/**
 * Resize: in place when the object shrinks or the blocks after it are free, else by
 * moving (the old address is then invalid). New bytes are zero. 0 when out of memory,
 * in which case p is unchanged.
 */
export function gc_realloc(p: u32, nbytes: u32): u32 {
  if (p === 0) return gc_alloc(nbytes);
  const b: u32 = head_block(p);
  if (b === pool_blocks || lock_depth !== 0) return 0;
  const have: u32 = run_length(b);
  const want: u32 = nbytes === 0 ? 1 : ((nbytes + 15) >>> 4);
  if (want <= have) {
    for (let i: u32 = want; i < have; i++) set_kind((b + i) >>> 0, Kind.Free);
    used_blocks = (used_blocks - (have - want)) >>> 0;
    return p;
  }
  let grow: bool = ((b + want) >>> 0) <= pool_blocks;
  for (let i: u32 = have; grow && i < want; i++) {
    if (kind_of((b + i) >>> 0) !== Kind.Free) grow = false;
  }
  if (grow) {
    for (let i: u32 = have; i < want; i++) set_kind((b + i) >>> 0, Kind.Tail);
    used_blocks = (used_blocks + (want - have)) >>> 0;
    allocated_since_collect = (allocated_since_collect + (want - have)) >>> 0;
    mem_fill(addr_of((b + have) >>> 0), 0, ((want - have) * GC_BLOCK) >>> 0);
    return p;
  }
  // Moving: keep the old object alive across the allocation's collection.
  const mark: u32 = gc_root_push(p);
  const q: u32 = gc_alloc(nbytes);
  gc_root_restore(mark);
  if (q === 0) return 0;
  mem_copy(q, p, (have * GC_BLOCK) >>> 0);
  gc_free(p);
  return q;
}

// ---- roots ----

/** Push an object (any word) onto the root stack; returns the depth to restore to. */
export function gc_root_push(o: u32): u32 {
  const depth: u32 = root_sp;
  if (root_sp >= root_stack_words) hal_fatal("gc: root stack overflow");
  store_u32(root_stack_start + root_sp * 4, o);
  root_sp = (root_sp + 1) >>> 0;
  return depth;
}

/** Overwrite a root pushed earlier (by its depth): for locals that change. */
export function gc_root_set(depth: u32, o: u32): void {
  store_u32(root_stack_start + depth * 4, o);
}

export function gc_root_depth(): u32 {
  return root_sp;
}

/** The arena address of the root at a depth: roots pushed in a row form an argument array. */
export function gc_root_addr(depth: u32): u32 {
  return (root_stack_start + depth * 4) >>> 0;
}

/** Pop the root stack back to a depth gc_root_push returned. */
export function gc_root_restore(depth: u32): void {
  root_sp = depth;
}

// ---- collection ----

function mark_push(b: u32): void {
  if (mark_sp < mark_stack_words) {
    store_u32(mark_stack_start + mark_sp * 4, b);
    mark_sp = (mark_sp + 1) >>> 0;
  } else {
    // Found again by the rescan in gc_collect.
    mark_overflow = true;
  }
}

/** Mark the object p points at, if it is one (conservative: any word may be a pointer). */
function mark_word(p: u32): void {
  const b: u32 = head_block(p);
  if (b === pool_blocks || kind_of(b) === Kind.Mark) return;
  set_kind(b, Kind.Mark);
  mark_push(b);
}

function drain_mark_stack(): void {
  while (mark_sp > 0) {
    mark_sp = (mark_sp - 1) >>> 0;
    const b: u32 = load_u32(mark_stack_start + mark_sp * 4);
    const n: u32 = run_length(b);
    const start: u32 = addr_of(b);
    const words: u32 = (n * 4) >>> 0;
    for (let i: u32 = 0; i < words; i++) mark_word(load_u32(start + i * 4));
  }
}

/** Mark every word of [start, start + words * 4) as a root. */
export function gc_mark_region(start: u32, words: u32): void {
  for (let i: u32 = 0; i < words; i++) {
    mark_word(load_u32(start + i * 4));
    drain_mark_stack();
  }
}

/** Roots outside the heap's own root stack: registered once by the object system. */
let extra_root_start: u32 = 0;
let extra_root_words: u32 = 0;

export function gc_set_static_roots(start: u32, words: u32): void {
  extra_root_start = start;
  extra_root_words = words;
}

export function gc_collect(): void {
  collections = (collections + 1) >>> 0;
  allocated_since_collect = 0;
  mark_sp = 0;
  mark_overflow = false;
  gc_mark_region(root_stack_start, root_sp);
  if (extra_root_words > 0) gc_mark_region(extra_root_start, extra_root_words);
  // The mark stack overflowed: marked objects may have unmarked children. Rescan until not.
  while (mark_overflow) {
    mark_overflow = false;
    for (let b: u32 = 0; b < pool_blocks; b++) {
      if (kind_of(b) === Kind.Mark) {
        mark_push(b);
        drain_mark_stack();
      }
    }
  }
  sweep();
}

function sweep(): void {
  let freeing: bool = false;
  let used: u32 = 0;
  for (let b: u32 = 0; b < pool_blocks; b++) {
    const k: u32 = kind_of(b);
    if (k === Kind.Mark) {
      set_kind(b, Kind.Head);
      freeing = false;
      used = (used + 1) >>> 0;
    } else if (k === Kind.Head) {
      set_kind(b, Kind.Free);
      freeing = true;
    } else if (k === Kind.Tail && freeing) {
      set_kind(b, Kind.Free);
    } else if (k === Kind.Tail) {
      freeing = false;
      used = (used + 1) >>> 0;
    }
  }
  used_blocks = used;
  // After a collection the holes are worth filling: search from the start again.
  free_hint = 0;
}

// ---- statistics (gc.mem_free / gc.mem_alloc / micropython.mem_info) ----

export function gc_mem_alloc(): u32 {
  return (used_blocks * GC_BLOCK) >>> 0;
}

export function gc_mem_free(): u32 {
  return ((pool_blocks * GC_BLOCK) - gc_mem_alloc()) >>> 0;
}

export function gc_mem_total(): u32 {
  return (pool_blocks * GC_BLOCK) >>> 0;
}

/** The largest free run, in bytes (what a single allocation can still get). */
export function gc_largest_free(): u32 {
  let best: u32 = 0;
  let run: u32 = 0;
  for (let b: u32 = 0; b < pool_blocks; b++) {
    if (kind_of(b) === Kind.Free) {
      run = (run + 1) >>> 0;
      if (run > best) best = run;
    } else {
      run = 0;
    }
  }
  return (best * GC_BLOCK) >>> 0;
}

/** For tests: is p the start of a live object? */
export function gc_is_object(p: u32): bool {
  return head_block(p) !== pool_blocks;
}
