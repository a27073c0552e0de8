// The console, with the observable behaviour of ports/host/console.c:
//  - stdout is buffered (64 KiB; line by line on a terminal, as stdio does) and
//    flushed before stdin is read, before stderr is written, and at exit;
//  - stdin is read by a worker thread (stdin_worker.js) into a 64 KiB shared ring;
//    hal_stdin_read blocks in Atomics.wait; hal_stdin_ready does not wait for
//    input (its first call waits for the worker to have looked at fd 0 once);
//  - while an interrupt char is set, that byte is taken out of the input by the
//    worker as it arrives and sets the pending flag; a sleep ends early then.
//    Stdin that is not a terminal is read from hal_set_interrupt_char on, so that a
//    program which never reads input still sees the byte (C polls it for this).
//    A terminal is read once the worker runs (raw mode, or a first read); C looks
//    at a terminal only in raw mode, which comes to the same: in cooked mode Ctrl-C
//    is SIGINT, never a byte.
//  - raw mode is libuv's (setRawMode, done by the worker, which owns the terminal's
//    stream); consoleShutdown puts the terminal back.
// One difference is unavoidable: SIGINT cannot set the pending flag, because
// Node delivers signals as events on the main thread's loop, which never turns
// while the core runs. Ctrl-C on a terminal in cooked mode therefore ends the
// process (by SIGINT's default action) instead of raising KeyboardInterrupt.

import fs from "node:fs";
import tty from "node:tty";
import { Worker } from "node:worker_threads";
import { arenaView } from "./arena.js";
import { fatal } from "./process.js";

const STDOUT_BUFFER_SIZE = 65536;
const INPUT_RING_SIZE = 65536; // a power of two; C's input buffer has the same size
/** A write to a closed pipe kills the C build with SIGPIPE, which a shell reports as
 *  128 + 13; Node ignores SIGPIPE, so this build exits with that status instead. */
const EXIT_BROKEN_PIPE = 141;
const WORKER_START_TIMEOUT_MS = 10000;
const RAW_MODE_TIMEOUT_MS = 5000;

/** Int32 cells of the control block shared with the worker. */
const Cell = {
  HEAD: 0, // bytes ever queued (worker writes), mod 2^32
  TAIL: 1, // bytes ever taken (main thread writes), mod 2^32
  SEQ: 2, // bumped by the worker on every change; the main thread waits on it
  ENDED: 3, // 1 once input has ended
  PENDING: 4, // 1 while an interrupt is pending
  INTERRUPT_CHAR: 5, // -1 or 0..255
  SPACE_WANTED: 6, // 1 while the worker waits for room in the ring
  READY: 7, // 1 once the worker has had a first look at fd 0
  RAW_DONE: 8, // bumped by the worker when it has handled a raw mode request
  RAW_STATE: 9, // 1 while the terminal is raw
} as const;
const CELL_COUNT = 10;

const control = new Int32Array(new SharedArrayBuffer(CELL_COUNT * 4));
const ring = new Uint8Array(new SharedArrayBuffer(INPUT_RING_SIZE));
const RING_MASK = INPUT_RING_SIZE - 1;
/** Waited on and never notified: Atomics.wait on it is a plain sleep. */
const nap = new Int32Array(new SharedArrayBuffer(4));
Atomics.store(control, Cell.INTERRUPT_CHAR, -1);

const stdinIsTty = tty.isatty(0);
const stdoutIsTty = tty.isatty(1);

function sleepMs(ms: number): void {
  Atomics.wait(nap, 0, 0, ms);
}

// ---- output ----

const out = new Uint8Array(STDOUT_BUFFER_SIZE);
let outLen = 0;
let exiting = false;

function brokenPipe(): never {
  outLen = 0;
  if (!exiting) consoleShutdown();
  process.exit(EXIT_BROKEN_PIPE);
}

/** All of `bytes` to fd, waiting out EAGAIN: something (a parent's Node, or our own
 *  worker when fds share one pipe) may have made the descriptor non-blocking. */
function writeFd(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += fs.writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN" || code === "EWOULDBLOCK" || code === "EINTR") {
        sleepMs(1);
        continue;
      }
      if (code === "EPIPE") brokenPipe();
      return; // anything else loses the output, as stdio's fwrite would
    }
  }
}

export function stdoutFlush(): void {
  if (outLen === 0) return;
  const n = outLen;
  outLen = 0;
  writeFd(1, out.subarray(0, n));
}

function stdoutWrite(bytes: Uint8Array): void {
  if (bytes.length > STDOUT_BUFFER_SIZE - outLen) stdoutFlush();
  if (bytes.length >= STDOUT_BUFFER_SIZE) {
    writeFd(1, bytes);
  } else {
    out.set(bytes, outLen);
    outLen += bytes.length;
  }
  if (stdoutIsTty && bytes.includes(0x0a)) stdoutFlush();
}

/** Text to stderr, unbuffered, after whatever stdout holds. */
export function writeStderr(text: string): void {
  stdoutFlush();
  writeFd(2, Buffer.from(text, "utf8"));
}

export function hal_stdout_write(addr: number, len: number): void {
  stdoutWrite(arenaView(addr, len, "hal_stdout_write"));
}

export function hal_stdout_write_str(s: string): void {
  stdoutWrite(Buffer.from(s, "utf8"));
}

export function hal_stdout_flush(): void {
  stdoutFlush();
}

export function hal_stderr_write(addr: number, len: number): void {
  const bytes = arenaView(addr, len, "hal_stderr_write");
  stdoutFlush();
  writeFd(2, bytes);
}

// ---- input ----

let worker: Worker | undefined;

/** Start the stdin worker, once. */
function startInput(): Worker {
  if (worker === undefined) {
    worker = new Worker(new URL("./stdin_worker.js", import.meta.url), {
      workerData: { control: control.buffer, ring: ring.buffer, cell: Cell },
      execArgv: [], // plain JavaScript: no need for the TypeScript loader
    });
    worker.unref(); // never keeps the process alive
  }
  return worker;
}

/** Wait (the first time only) until the worker has had a first look at fd 0. */
function awaitReady(): void {
  const deadline = Date.now() + WORKER_START_TIMEOUT_MS;
  for (;;) {
    const seq = Atomics.load(control, Cell.SEQ);
    if (Atomics.load(control, Cell.READY) !== 0) return;
    const left = deadline - Date.now();
    if (left <= 0) fatal("the stdin worker did not start");
    Atomics.wait(control, Cell.SEQ, seq, left);
  }
}

/** The next queued byte, or -1 if none is queued. */
function takeByte(): number {
  const tail = Atomics.load(control, Cell.TAIL);
  if (tail === Atomics.load(control, Cell.HEAD)) return -1;
  const byte = ring[tail & RING_MASK]!;
  Atomics.store(control, Cell.TAIL, (tail + 1) | 0);
  if (Atomics.load(control, Cell.SPACE_WANTED) !== 0) Atomics.notify(control, Cell.TAIL);
  return byte;
}

export function hal_stdin_read(): number {
  stdoutFlush();
  startInput();
  awaitReady();
  for (;;) {
    // SEQ first: any change after this load makes the wait below return at once.
    const seq = Atomics.load(control, Cell.SEQ);
    // An interrupt ends the wait: the caller raises KeyboardInterrupt (as the C port does).
    if (Atomics.load(control, Cell.INTERRUPT_CHAR) >= 0 && Atomics.exchange(control, Cell.PENDING, 0) !== 0) return -2;
    const byte = takeByte();
    if (byte >= 0) return byte;
    if (Atomics.load(control, Cell.ENDED) !== 0) return -1;
    Atomics.wait(control, Cell.SEQ, seq);
  }
}

export function hal_stdin_ready(): boolean {
  startInput();
  awaitReady();
  return Atomics.load(control, Cell.HEAD) !== Atomics.load(control, Cell.TAIL) || Atomics.load(control, Cell.ENDED) !== 0;
}

/** Ask the worker for a raw mode change and wait until it is done. */
function setRaw(on: boolean): void {
  const w = startInput();
  const done = Atomics.load(control, Cell.RAW_DONE);
  w.postMessage({ raw: on });
  Atomics.wait(control, Cell.RAW_DONE, done, RAW_MODE_TIMEOUT_MS);
}

function rawActive(): boolean {
  return Atomics.load(control, Cell.RAW_STATE) !== 0;
}

export function hal_stdin_raw(on: boolean): void {
  stdoutFlush();
  if (!stdinIsTty || on === rawActive()) return;
  setRaw(on);
}

// ---- interrupt ----

export function hal_set_interrupt_char(c: number): void {
  const char = c >= 0 && c <= 0xff ? c : -1;
  Atomics.store(control, Cell.INTERRUPT_CHAR, char);
  if (char >= 0 && !stdinIsTty) startInput();
}

export function hal_interrupt_pending(): boolean {
  return Atomics.exchange(control, Cell.PENDING, 0) !== 0;
}

/** True while an interrupt is pending and an interrupt char is set (not consumed). */
export function interruptPeek(): boolean {
  return Atomics.load(control, Cell.INTERRUPT_CHAR) >= 0 && Atomics.load(control, Cell.PENDING) !== 0;
}

/** Sleep up to ms; while an interrupt char is set, the worker's interrupt ends it. */
export function consoleWait(ms: number): void {
  if (Atomics.load(control, Cell.INTERRUPT_CHAR) >= 0) {
    Atomics.wait(control, Cell.PENDING, 0, ms);
  } else {
    sleepMs(ms);
  }
}

/** Before the process ends: flush stdout and put the terminal back. */
export function consoleShutdown(): void {
  exiting = true;
  stdoutFlush();
  if (rawActive()) setRaw(false);
}
