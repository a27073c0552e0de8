// Interned strings: static numbering, lookups, growth past the first index, and survival
// of every interned name through collections (stress mode).
import { store_u8, type i32, type u32, type bool } from "../../../core/subset/index.js";
import { gc_init, gc_collect, gc_set_stress } from "../../../core/gc.js";
import { roots_init, roots_size } from "../../../core/roots.js";
import { qstr_init, qstr_from_bytes, qstr_from_str, qstr_find_str, qstr_len, qstr_data, qstr_count, qstr_equals_str, qstr_hash } from "../../../core/qstr.js";
import { Q } from "../../../core/qstr_static.js";
import { out_kv_u32, out_str, out_nl } from "../../codegen/programs/lib/out.js";

const ROOTS: u32 = 4096;
const SCRATCH: u32 = 8192;
const HEAP: u32 = 65536;

function check(label: string, ok: bool): void {
  out_str(label);
  out_str(ok ? ": ok" : ": FAILED");
  out_nl();
}

/** Write "name<n>" at SCRATCH; returns its length. */
function make_name(n: u32): u32 {
  store_u8(SCRATCH, 110);
  let len: u32 = 1;
  let v: u32 = n;
  let digits: u32 = 1;
  for (let t: u32 = v; t >= 10; t = (t / 10) >>> 0) digits = (digits + 1) >>> 0;
  for (let i: u32 = digits; i > 0; i--) {
    store_u8(SCRATCH + i, 48 + (v % 10));
    v = (v / 10) >>> 0;
  }
  len = (len + digits) >>> 0;
  return len;
}

export function pyx_main(): i32 {
  roots_init(ROOTS);
  check("heap", gc_init(HEAP, 1024 * 1024, 256));
  out_kv_u32("roots bytes", roots_size());
  check("init", qstr_init());
  out_kv_u32("static count", qstr_count());
  check("static numbering", qstr_find_str("__init__") === Q.__init__ && qstr_find_str("ZeroDivisionError") === Q.ZeroDivisionError);
  check("operator names", qstr_equals_str(Q.lt_module_gt, "<module>") && qstr_equals_str(Q.lt_genexpr_gt, "<genexpr>"));
  check("empty string", qstr_find_str("") === Q.empty && qstr_len(Q.empty) === 0);
  check("unknown is NULL", qstr_find_str("no_such_name") === Q.NULL);
  const q1: u32 = qstr_from_str("my_variable");
  check("new qstr", q1 === Q.Count);
  check("interned once", qstr_from_str("my_variable") === q1);
  out_kv_u32("hash(__init__)", qstr_hash(Q.__init__));
  gc_set_stress(true);
  let first: u32 = 0;
  for (let n: u32 = 0; n < 300; n++) {
    const len: u32 = make_name(n);
    const q: u32 = qstr_from_bytes(SCRATCH, len);
    if (n === 0) first = q;
    if (q === Q.NULL) {
      check("intern under stress", false);
      return 1;
    }
  }
  gc_set_stress(false);
  for (let n: u32 = 300; n < 3000; n++) {
    const len: u32 = make_name(n);
    qstr_from_bytes(SCRATCH, len);
  }
  gc_collect();
  out_kv_u32("count", qstr_count());
  let all: bool = true;
  for (let n: u32 = 0; n < 3000; n++) {
    const len: u32 = make_name(n);
    const q: u32 = qstr_from_bytes(SCRATCH, len);
    if (q !== (first + n) >>> 0 || qstr_len(q) !== len) all = false;
  }
  check("every name found again after collections", all && qstr_count() === (Q.Count + 1 + 3000) >>> 0);
  const q2: u32 = qstr_from_bytes(qstr_data(Q.print), qstr_len(Q.print));
  check("bytes of a static name give the static qstr", q2 === Q.print);
  return 0;
}
