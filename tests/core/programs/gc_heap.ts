// The collector: what is rooted survives, what is not is reclaimed, exhaustion returns 0,
// deep chains overflow the mark stack and are still marked, realloc keeps contents.
import { load_u32, store_u32, type i32, type u32, type bool } from "../../../core/subset/index.js";
import {
  gc_init, gc_alloc, gc_free, gc_realloc, gc_nbytes, gc_collect, gc_root_push, gc_root_restore, gc_root_set,
  gc_mem_free, gc_mem_alloc, gc_mem_total, gc_is_object, gc_largest_free, gc_set_stress, gc_collections,
} from "../../../core/gc.js";
import { out_kv_u32, out_kv_i32, out_str, out_nl } from "../../codegen/programs/lib/out.js";

const HEAP: u32 = 65536;
const HEAP_SIZE: u32 = 64 * 1024;

/** A linked chain of n two-word cells: [next, value]. */
function chain(n: u32): u32 {
  let head: u32 = 0;
  const depth: u32 = gc_root_push(head);
  for (let i: u32 = 0; i < n; i++) {
    const cell: u32 = gc_alloc(8);
    if (cell === 0) {
      gc_root_restore(depth);
      return 0;
    }
    store_u32(cell, head);
    store_u32(cell + 4, i);
    head = cell;
    gc_root_set(depth, head);
  }
  gc_root_restore(depth);
  return head;
}

function chain_sum(head: u32): u32 {
  let sum: u32 = 0;
  for (let p: u32 = head; p !== 0; p = load_u32(p)) sum = (sum + load_u32(p + 4)) >>> 0;
  return sum;
}

function check(label: string, ok: bool): void {
  out_str(label);
  out_str(ok ? ": ok" : ": FAILED");
  out_nl();
}

export function pyx_main(): i32 {
  check("init", gc_init(HEAP, HEAP_SIZE, 256));
  const total: u32 = gc_mem_total();
  out_kv_u32("total", total);
  check("empty", gc_mem_alloc() === 0);

  // Unrooted garbage is reclaimed.
  for (let i: u32 = 0; i < 1000; i++) gc_alloc(100);
  gc_collect();
  check("garbage reclaimed", gc_mem_alloc() === 0);

  // A rooted chain survives collections, and its contents are intact.
  const head: u32 = chain(500);
  const root: u32 = gc_root_push(head);
  gc_collect();
  out_kv_u32("chain sum", chain_sum(head));
  out_kv_u32("chain bytes", gc_mem_alloc());
  check("deep chain survives mark-stack overflow", chain_sum(head) === 124750);

  // Filling the heap: allocation fails cleanly with 0, and the chain is untouched.
  let count: u32 = 0;
  const keep: u32 = gc_root_push(0);
  let last: u32 = 0;
  while (true) {
    const p: u32 = gc_alloc(1024);
    if (p === 0) break;
    store_u32(p, last);
    last = p;
    gc_root_set(keep, last);
    count = (count + 1) >>> 0;
  }
  out_kv_u32("1 KiB blocks until full", count);
  check("full heap returns 0", gc_alloc(HEAP_SIZE) === 0);
  check("chain intact when full", chain_sum(head) === 124750);
  gc_root_restore(keep);
  gc_collect();
  out_kv_u32("after dropping blocks", gc_mem_alloc());

  // realloc: grow in place, grow by moving, shrink; contents kept.
  const a: u32 = gc_alloc(16);
  store_u32(a, 0xabcdef01);
  const a2: u32 = gc_realloc(a, 64);
  check("grown in place", a2 === a && load_u32(a2) === 0xabcdef01 && gc_nbytes(a2) === 64);
  const blocker: u32 = gc_alloc(16);
  const a3: u32 = gc_realloc(a2, 4096);
  check("grown by moving", a3 !== a2 && load_u32(a3) === 0xabcdef01 && gc_nbytes(a3) === 4096 && load_u32(a3 + 64) === 0);
  const a4: u32 = gc_realloc(a3, 32);
  check("shrunk", a4 === a3 && gc_nbytes(a4) === 32);
  gc_free(a4);
  gc_free(blocker);
  check("freed", !gc_is_object(a4));

  gc_root_restore(root);
  gc_collect();
  check("all reclaimed", gc_mem_alloc() === 0 && gc_mem_free() === total && gc_largest_free() === total);

  // Stress mode: a collection per allocation, and the rooted chain still builds correctly.
  gc_set_stress(true);
  const before: u32 = gc_collections();
  const h2: u32 = chain(50);
  gc_set_stress(false);
  out_kv_u32("stress collections", (gc_collections() - before) >>> 0);
  check("stress chain", chain_sum(h2) === 1225);
  out_kv_i32("done", 1);
  return 0;
}
