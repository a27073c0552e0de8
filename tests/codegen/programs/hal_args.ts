// The HAL: program arguments, ticks that move forward, exit status through hal_exit.
import { load_u8, type i32, type u32 } from "../../../core/subset/index.js";
import { out_kv_i32, out_str, out_nl } from "./lib/out.js";

export function pyx_main(): i32 {
  const argc: i32 = hal_argc();
  out_kv_i32("argc", argc);
  for (let i: i32 = 1; i < argc; i++) {
    const len: u32 = hal_arg_len(i);
    hal_arg_copy(i, 1024);
    hal_stdout_write(1024, len);
    out_nl();
  }
  const t0: u32 = hal_ticks_us();
  hal_sleep_us(2000);
  const elapsed: u32 = (hal_ticks_us() - t0) >>> 0;
  out_kv_i32("slept", elapsed >= 2000 ? 1 : 0);
  out_kv_i32("first byte", argc > 1 ? load_u8(1024) : 0);
  out_str("exiting");
  out_nl();
  hal_exit((argc + 40) | 0);
}
