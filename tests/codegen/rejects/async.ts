// expect: functions 3:1 async functions are not in the subset
import type { i32 } from "../../../core/subset/index.js";
export async function tick(): Promise<void> {
  hal_sleep_us(1000);
}
