// @ts-check
// The Node HAL's stdin reader (started by ports/node/console.ts). The core runs
// synchronously on the main thread, so it cannot take input events itself: this
// worker reads fd 0 on its own event loop and copies the bytes into a shared ring
// buffer that the main thread reads with Atomics (blocking with Atomics.wait).
//
// It is the Node counterpart of a board's UART interrupt handler: a byte equal to
// the interrupt char in effect when the byte arrives is not queued; it sets the
// pending flag (and wakes a sleeping main thread) instead.
//
// Plain JavaScript, checked by tsc: a worker does not reliably inherit the
// TypeScript loader, and this one starts without any. Reads are asynchronous
// (libuv, non-blocking): a worker blocked in a synchronous read(2) would hold up
// process.exit until input arrived.

import fs from "node:fs";
import net from "node:net";
import tty from "node:tty";
import { parentPort, workerData } from "node:worker_threads";

/** @typedef {{ HEAD: number, TAIL: number, SEQ: number, ENDED: number, PENDING: number,
 *   INTERRUPT_CHAR: number, SPACE_WANTED: number, READY: number, RAW_DONE: number, RAW_STATE: number }} Cells */
/** @type {{ control: SharedArrayBuffer, ring: SharedArrayBuffer, cell: Cells }} */
const { control: controlBuffer, ring: ringBuffer, cell } = workerData;
const control = new Int32Array(controlBuffer);
const ring = new Uint8Array(ringBuffer);
const mask = ring.length - 1;

/** Bytes that arrived but do not fit in the ring yet (the stream is paused meanwhile).
 *  @type {Uint8Array} */
let backlog = new Uint8Array(0);

/** Tell the main thread that something changed (data, end of input, an interrupt). */
function signal() {
  Atomics.add(control, cell.SEQ, 1);
  Atomics.notify(control, cell.SEQ);
}

function end() {
  Atomics.store(control, cell.ENDED, 1);
  signal();
}

/** @param {Uint8Array} chunk */
function accept(chunk) {
  const interruptChar = Atomics.load(control, cell.INTERRUPT_CHAR);
  let bytes = chunk;
  if (interruptChar >= 0 && chunk.includes(interruptChar)) {
    bytes = chunk.filter((b) => b !== interruptChar);
    Atomics.store(control, cell.PENDING, 1);
    Atomics.notify(control, cell.PENDING); // ends a hal_sleep_us
    signal();
  }
  if (bytes.length === 0) return;
  if (backlog.length === 0) {
    backlog = bytes;
  } else {
    const joined = new Uint8Array(backlog.length + bytes.length);
    joined.set(backlog);
    joined.set(bytes, backlog.length);
    backlog = joined;
  }
  push();
}

/** Move the backlog into the ring; if it is full, pause input until the main thread reads. */
function push() {
  while (backlog.length > 0) {
    const head = Atomics.load(control, cell.HEAD);
    const tail = Atomics.load(control, cell.TAIL);
    const free = ring.length - ((head - tail) | 0);
    if (free === 0) {
      waitForSpace(tail);
      return;
    }
    const n = Math.min(free, backlog.length);
    const at = head & mask;
    const first = Math.min(n, ring.length - at);
    ring.set(backlog.subarray(0, first), at);
    ring.set(backlog.subarray(first, n), 0);
    Atomics.store(control, cell.HEAD, (head + n) | 0);
    backlog = backlog.subarray(n);
    signal();
  }
  if (input?.isPaused()) input.resume();
}

/** @param {number} tail the TAIL value seen when the ring was full */
function waitForSpace(tail) {
  input?.pause();
  Atomics.store(control, cell.SPACE_WANTED, 1);
  // Resolves at once if the main thread read a byte since `tail` was loaded; after
  // SPACE_WANTED is set, every read notifies.
  const wait = Atomics.waitAsync(control, cell.TAIL, tail);
  const resumed = wait.async ? wait.value : Promise.resolve();
  resumed.then(() => {
    Atomics.store(control, cell.SPACE_WANTED, 0);
    push();
  });
}

/** fd 0 as a stream, chosen as Node chooses for process.stdin. */
function openInput() {
  if (tty.isatty(0)) return new tty.ReadStream(0);
  const stat = fs.fstatSync(0);
  if (stat.isFIFO() || stat.isSocket()) return new net.Socket({ fd: 0, readable: true, writable: false });
  return fs.createReadStream("", { fd: 0, autoClose: false }); // a file or a device: reads never wait long
}

/** Tell the main thread (once) that fd 0 has had a first look; hal_stdin_ready
 *  waits for this on its first call, so that input already waiting is seen then, as
 *  the C port's poll() sees it. */
function ready() {
  if (Atomics.load(control, cell.READY) !== 0) return;
  Atomics.store(control, cell.READY, 1);
  signal();
}

/** @type {import("node:stream").Readable | null} */
let input = null;
try {
  input = openInput();
} catch {
  end(); // no usable fd 0 (closed, say): input has ended
  ready();
}
if (input) {
  input.on("data", (chunk) => {
    accept(chunk);
    ready();
  });
  input.on("end", () => {
    end();
    ready();
  });
  input.on("error", () => {
    end();
    ready();
  });
  // A file always has data or its end right away: wait for them. A pipe, socket or
  // terminal has delivered what is already waiting after two turns of the loop.
  if (!(input instanceof fs.ReadStream)) setImmediate(() => setImmediate(ready));
}

// Raw mode requests from the main thread, which waits for RAW_DONE to change. The
// port keeps this worker alive after input ends so that requests are still
// answered; the main thread unrefs the worker, so it never keeps the process alive.
parentPort?.on("message", (/** @type {{ raw: boolean }} */ message) => {
  if (input instanceof tty.ReadStream) {
    try {
      input.setRawMode(message.raw);
      Atomics.store(control, cell.RAW_STATE, message.raw ? 1 : 0);
    } catch {
      // The terminal refused (it went away): the mode stays as it was.
    }
  }
  Atomics.add(control, cell.RAW_DONE, 1);
  Atomics.notify(control, cell.RAW_DONE);
});
