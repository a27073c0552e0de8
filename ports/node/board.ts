// The simulated board of the host and Node ports, as ports/host/board.c: its texts,
// pin names, a GPIO bank that behaves like wires with nothing attached, the machine
// entries and the wall clock. ports/host/README.md ("The simulated board") documents it.

import { arenaView } from "./arena.js";
import { exitProcess } from "./process.js";
import { hal_sleep_us } from "./time.js";

const BOARD_TEXTS = ["HOST", "host with posix", "posix", "linux"];
/** As the host's default heap (DEFAULT_HEAP_SIZE in core/cmdline.ts). */
const HEAP_SIZE = 2 * 1024 * 1024;

const CPU_PIN_COUNT = 30;
const LED_CPU_PIN = 25;
const HIDDEN_CPU_PIN = 23;

/** Board pin names: GP0..GP29, then LED (GPIO25) and the hidden SMPS_MODE (GPIO23). */
const BOARD_PIN_COUNT = CPU_PIN_COUNT + 2;

function boardPinName(i: number): string {
  if (i < CPU_PIN_COUNT) return `GP${i}`;
  return i === CPU_PIN_COUNT ? "LED" : "SMPS_MODE";
}

function copyText(text: string, addr: number, who: string): void {
  const bytes = Buffer.from(text, "latin1");
  if (bytes.length > 0) arenaView(addr, bytes.length, who).set(bytes);
}

export function hal_board_text_len(which: number): number {
  return BOARD_TEXTS[which]?.length ?? 0;
}

export function hal_board_text_copy(which: number, addr: number): void {
  copyText(BOARD_TEXTS[which] ?? "", addr, "hal_board_text_copy");
}

export function hal_board_heap_size(): number {
  return HEAP_SIZE;
}

export function hal_board_pin_count(): number {
  return BOARD_PIN_COUNT;
}

export function hal_board_pin_name_len(i: number): number {
  return i >= 0 && i < BOARD_PIN_COUNT ? boardPinName(i).length : 0;
}

export function hal_board_pin_name_copy(i: number, addr: number): void {
  if (i >= 0 && i < BOARD_PIN_COUNT) copyText(boardPinName(i), addr, "hal_board_pin_name_copy");
}

export function hal_board_pin_cpu(i: number): number {
  if (i < 0 || i >= BOARD_PIN_COUNT) return -1;
  if (i < CPU_PIN_COUNT) return i;
  return i === CPU_PIN_COUNT ? LED_CPU_PIN : HIDDEN_CPU_PIN;
}

export function hal_board_pin_hidden(i: number): boolean {
  return i === CPU_PIN_COUNT + 1;
}

export function hal_cpu_pin_count(): number {
  return CPU_PIN_COUNT;
}

export function hal_cpu_pin_name_len(i: number): number {
  return i >= 0 && i < CPU_PIN_COUNT ? `GPIO${i}`.length : 0;
}

export function hal_cpu_pin_name_copy(i: number, addr: number): void {
  if (i >= 0 && i < CPU_PIN_COUNT) copyText(`GPIO${i}`, addr, "hal_cpu_pin_name_copy");
}

// ---- GPIO: an output drives its latch; an undriven pin (input, ALT, released open
//      drain) reads 1 with a pull-up and 0 otherwise. A change of level is an edge. ----

const MODE_IN = 0;
const MODE_OUT = 1;
const MODE_OPEN_DRAIN = 2;
const MODE_ALT = 3;
const PULL_UP = 1;
const PULL_DOWN = 2;
const EDGE_FALLING = 4;
const EDGE_RISING = 8;
const EINVAL = 22;

const pinMode = new Uint8Array(CPU_PIN_COUNT);
const pinPull = new Uint8Array(CPU_PIN_COUNT);
const pinLatch = new Uint8Array(CPU_PIN_COUNT);
const pinLevel = new Uint8Array(CPU_PIN_COUNT);
const pinIrqEdges = new Uint8Array(CPU_PIN_COUNT);
/** Edges seen on each queued pin; the queue holds each pin once, oldest first. */
const pinQueued = new Uint8Array(CPU_PIN_COUNT);
const irqQueue: number[] = [];

function pinValid(pin: number): boolean {
  return pin >= 0 && pin < CPU_PIN_COUNT;
}

function driven(pin: number): boolean {
  const mode = pinMode[pin]!;
  return mode === MODE_OUT || (mode === MODE_OPEN_DRAIN && pinLatch[pin] === 0);
}

/** Recompute the pin's level; queue the edge when the pin is watched for it. */
function settle(pin: number): void {
  const level = driven(pin) ? pinLatch[pin]! : pinPull[pin] === PULL_UP ? 1 : 0;
  if (level === pinLevel[pin]) return;
  pinLevel[pin] = level;
  const edge = level === 1 ? EDGE_RISING : EDGE_FALLING;
  if ((pinIrqEdges[pin]! & edge) === 0) return;
  if (pinQueued[pin] === 0) irqQueue.push(pin);
  pinQueued[pin] = pinQueued[pin]! | edge;
}

export function hal_pin_config(pin: number, mode: number, pull: number, value: number): number {
  if (!pinValid(pin) || mode < MODE_IN || mode > MODE_ALT || pull < 0 || pull > PULL_DOWN) return -EINVAL;
  pinMode[pin] = mode;
  pinPull[pin] = pull;
  if (mode !== MODE_ALT && value >= 0) pinLatch[pin] = value === 0 ? 0 : 1;
  settle(pin);
  return 0;
}

export function hal_pin_read(pin: number): number {
  return pinValid(pin) ? pinLevel[pin]! : 0;
}

export function hal_pin_write(pin: number, value: number): void {
  if (!pinValid(pin)) return;
  pinLatch[pin] = value === 0 ? 0 : 1;
  settle(pin);
}

export function hal_pin_irq_enable(pin: number, edges: number): number {
  if (!pinValid(pin) || (edges & ~(EDGE_FALLING | EDGE_RISING)) !== 0) return -EINVAL;
  pinIrqEdges[pin] = edges;
  if (edges === 0 && pinQueued[pin] !== 0) {
    pinQueued[pin] = 0;
    irqQueue.splice(irqQueue.indexOf(pin), 1);
  }
  return 0;
}

export function hal_pin_irq_next(): number {
  const pin = irqQueue.shift();
  if (pin === undefined) return -1;
  const edges = pinQueued[pin]!;
  pinQueued[pin] = 0;
  return pin | (edges << 8);
}

/** Every pin back to an input without pull, unwatched: the state at power-up. The
 *  simulated hardware survives a soft reset, as a board's does; tests call this. */
export function boardReset(): void {
  for (const a of [pinMode, pinPull, pinLatch, pinLevel, pinIrqEdges, pinQueued]) a.fill(0);
  irqQueue.length = 0;
}

// ---- machine ----

const CPU_HZ = 125000000;
const UNIQUE_ID = Buffer.from("PYXISSIM", "latin1");

export function hal_machine_freq(): number {
  return CPU_HZ;
}

export function hal_machine_set_freq(hz: number): number {
  return hz === CPU_HZ ? 0 : -EINVAL;
}

export function hal_unique_id(addr: number, max: number): number {
  const n = Math.min(max, UNIQUE_ID.length);
  if (n > 0) arenaView(addr, n, "hal_unique_id").set(UNIQUE_ID.subarray(0, n));
  return UNIQUE_ID.length;
}

export function hal_machine_reset(): never {
  exitProcess(0);
}

export function hal_machine_bootloader(): never {
  exitProcess(0);
}

export function hal_idle(): void {
  hal_sleep_us(1000);
}

export function hal_rtc_time_us(): bigint {
  return BigInt(Math.floor((performance.timeOrigin + performance.now()) * 1000));
}
