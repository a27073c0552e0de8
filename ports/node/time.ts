// Time, as ports/host/time.c: ticks from process.hrtime (CLOCK_MONOTONIC on Linux,
// the clock the C port reads), and sleeps that end early once an interrupt is
// pending.

import { consoleWait, interruptPeek } from "./console.js";

const NS_PER_US = 1000n;
const NS_PER_MS = 1000000n;
const U32_MASK = 0xffffffffn;

export function hal_ticks_ms(): number {
  return Number((process.hrtime.bigint() / NS_PER_MS) & U32_MASK);
}

export function hal_ticks_us(): number {
  return Number((process.hrtime.bigint() / NS_PER_US) & U32_MASK);
}

export function hal_sleep_us(us: number): void {
  const deadline = process.hrtime.bigint() + BigInt(us >>> 0) * NS_PER_US;
  for (;;) {
    if (interruptPeek()) return;
    const now = process.hrtime.bigint();
    if (now >= deadline) return;
    consoleWait(Number(deadline - now) / 1e6);
  }
}
