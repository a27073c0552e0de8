// expect: finally 9:13 finally is not in the subset: catch, clean up, and raise(value) again
import { raise, caught, type u32 } from "../../../core/subset/index.js";
export function guarded(v: u32): u32 {
  let r: u32 = 0;
  try {
    raise(v);
  } catch (e) {
    r = caught(e);
  } finally {
    hal_stdout_write_str("done");
  }
  return r;
}
