// Start-up of the runtime: how the core lays out the arena, and the order in which the
// pieces come up. Every port calls runtime_init (through pyx_main) before anything else.

import { mem_size, type u32, type bool } from "./subset/index.js";
import { gc_init, MARK_STACK_WORDS } from "./gc.js";
import { roots_init, roots_size } from "./roots.js";
import { print_init, PRINT_SCRATCH_SIZE } from "./print.js";
import { qstr_init } from "./qstr.js";
import { exception_init } from "./objects/exception.js";
import { builtins_init } from "./builtins.js";
import { import_init } from "./import.js";
import { vfs_init } from "./vfs.js";
import { sched_init } from "./sched.js";
import { random_init } from "./modules/random.js";

/** Address 0 is "no object"; the first 64 bytes stay unused. */
const ARENA_FIRST: u32 = 64;
/** Words of root stack for objects held in locals across allocations. */
const ROOT_STACK_WORDS: u32 = 4096;

/** The part of start-up that printing needs (roots and the print scratch): before options are read. */
export function runtime_start(): void {
  roots_init(ARENA_FIRST);
  print_init((ARENA_FIRST + roots_size()) >>> 0);
}

/**
 * Lay out [roots | print scratch | heap of heap_size bytes] and bring up interned strings
 * and the preallocated MemoryError. False when the arena or the heap is too small.
 */
export function runtime_init(heap_size: u32): bool {
  runtime_start();
  vfs_init();
  random_init();
  const heap: u32 = (ARENA_FIRST + roots_size() + PRINT_SCRATCH_SIZE) >>> 0;
  // heap_size is the collector's heap (blocks and their table), as -X heapsize means it;
  // the root and mark stacks and alignment come on top.
  const region: u32 = (heap_size + (ROOT_STACK_WORDS + MARK_STACK_WORDS) * 4 + 32) >>> 0;
  if (region < heap_size || region > mem_size() || heap > ((mem_size() - region) >>> 0)) return false;
  if (!gc_init(heap, region, ROOT_STACK_WORDS)) return false;
  return qstr_init() && exception_init() && builtins_init() && import_init() && sched_init();
}
