// String literals: escapes, length, bytes through charCodeAt, strings as parameters.
import { store_u8, type i32, type u32 } from "../../../core/subset/index.js";
import { out_kv_u32, out_str, out_nl } from "./lib/out.js";

function count_char(s: string, c: i32): u32 {
  let n: u32 = 0;
  for (let i: u32 = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n = (n + 1) >>> 0;
  return n;
}

function copy_to_arena(s: string, at: u32): u32 {
  for (let i: u32 = 0; i < s.length; i++) store_u8(at + i, s.charCodeAt(i));
  return s.length;
}

export function pyx_main(): i32 {
  const text: string = "tab\there, quote\" backslash\\ bell\x07 nul? ??= end";
  out_kv_u32("length", text.length);
  out_kv_u32("spaces", count_char(text, 32));
  out_kv_u32("questions", count_char(text, 63));
  const n: u32 = copy_to_arena("written via the arena\n", 512);
  hal_stdout_write(512, n);
  out_str("");
  out_str("line one\nline two\r\n");
  out_kv_u32("empty", "".length);
  out_nl();
  return 0;
}
