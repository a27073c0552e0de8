// Flashing an STM32 through its ROM UART bootloader (ST application note AN3155, "USART
// protocol used in the STM32 bootloader"), with serialport. The chip enters the bootloader
// when it resets with BOOT0 high; the host then:
//   sync     0x7F (the bootloader measures the baud rate on it) → ACK 0x79
//   command  the command byte and its complement → ACK, or NACK 0x1F
//   Get 0x00, Get ID 0x02, Read Memory 0x11, Write Memory 0x31 (≤ 256 bytes), Extended
//   Erase 0x44 (sector numbers, 16-bit, MSB first), Go 0x21; addresses are 4 bytes MSB first
//   followed by their XOR checksum.
// The line is 8 data bits, even parity, 1 stop bit.
//
// Robustness: every answer is awaited with a timeout. A command that gets no answer (a byte
// lost on the line leaves the bootloader waiting for the rest of a frame) is recovered from
// by resynchronising: filler bytes, one at a time, until the bootloader answers (it NACKs
// the frame they complete), then the command is retried. Everything written is read back
// and compared.

import { SerialPort } from "serialport";

export const ACK = 0x79;
export const NACK = 0x1f;
export const SYNC = 0x7f;

export const CMD_GET = 0x00;
export const CMD_GET_VERSION = 0x01;
export const CMD_GET_ID = 0x02;
export const CMD_READ = 0x11;
export const CMD_GO = 0x21;
export const CMD_WRITE = 0x31;
export const CMD_ERASE = 0x43;
export const CMD_EXTENDED_ERASE = 0x44;

/** Product ids the bootloader's Get ID reports (AN2606, table "bootloader device-dependent parameters"). */
export const STM32_PRODUCT_IDS: Record<number, string> = {
  0x0413: "STM32F405xx/F407xx/F415xx/F417xx",
  0x0419: "STM32F42xxx/F43xxx",
  0x0423: "STM32F401xB/C",
  0x0431: "STM32F411xC/E",
  0x0433: "STM32F401xD/E",
  0x0441: "STM32F412xx",
  0x0421: "STM32F446xx",
};

/** The product id of the MCUs the stm32 port builds for. */
export const MCU_PRODUCT_IDS: Record<string, number> = {
  STM32F405RG: 0x0413,
  STM32F411RE: 0x0431,
};

export function productName(pid: number): string {
  return `0x${pid.toString(16).padStart(4, "0")} (${STM32_PRODUCT_IDS[pid] ?? "unknown product"})`;
}

export class BootloaderError extends Error {}

/** A bootloader that never answered the sync: the message says what to check. */
export function noBootloaderError(path: string): BootloaderError {
  return new BootloaderError(
    `${path}: no answer from the STM32 ROM bootloader to the 0x7F sync byte. ` +
      "The chip runs its bootloader only when it comes out of reset with BOOT0 high: " +
      "set BOOT0 to 1 (a jumper or button on most boards), press reset, then flash again; " +
      "check too that TX/RX are crossed to the bootloader's UART (USART1 on PA9/PA10 on the F4).",
  );
}

/** Bytes as they arrive, taken from the front with a timeout. */
class ByteQueue {
  private bytes: number[] = [];
  private wake: (() => void) | undefined;

  push(chunk: Uint8Array): void {
    for (const b of chunk) this.bytes.push(b);
    this.wake?.();
  }

  clear(): void {
    this.bytes = [];
  }

  /** n bytes, or undefined when they do not all arrive within timeoutMs. */
  async take(n: number, timeoutMs: number): Promise<Uint8Array | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (this.bytes.length < n) {
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    return new Uint8Array(this.bytes.splice(0, n));
  }
}

/** What carries the bytes: a serial port, or (in tests) anything with these two. */
export interface ByteChannel {
  write(bytes: Uint8Array): Promise<void>;
  onData(listener: (bytes: Uint8Array) => void): void;
  close(): Promise<void>;
}

/** A serial port at baud, 8E1, as AN3155 requires. */
export async function openSerialChannel(path: string, baudRate = 115200): Promise<ByteChannel> {
  const port = new SerialPort({ path, baudRate, dataBits: 8, parity: "even", stopBits: 1, autoOpen: false });
  await new Promise<void>((resolve, reject) =>
    port.open((e) => (e ? reject(new BootloaderError(`cannot open ${path}: ${e.message}`)) : resolve())),
  );
  return {
    write: (bytes) =>
      new Promise<void>((resolve, reject) => {
        port.write(Buffer.from(bytes));
        port.drain((e) => (e ? reject(new BootloaderError(`${path}: ${e.message}`)) : resolve()));
      }),
    onData: (listener) => port.on("data", (chunk: Buffer) => listener(new Uint8Array(chunk))),
    close: () => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
  };
}

export interface BootloaderTimeouts {
  /** For an ordinary answer (ACK, a reply's bytes). */
  answerMs: number;
  /** For the ACK after a Write Memory (the flash programs up to 256 bytes). */
  writeMs: number;
  /** For the ACK after an erase, per sector (a 128 KiB F4 sector takes up to 2 s). */
  eraseSectorMs: number;
}

export const DEFAULT_TIMEOUTS: BootloaderTimeouts = { answerMs: 500, writeMs: 1000, eraseSectorMs: 4000 };

function xor(bytes: Iterable<number>): number {
  let x = 0;
  for (const b of bytes) x ^= b;
  return x;
}

function addressFrame(address: number): Uint8Array {
  const a = [(address >>> 24) & 0xff, (address >>> 16) & 0xff, (address >>> 8) & 0xff, address & 0xff];
  return new Uint8Array([...a, xor(a)]);
}

const hex = (v: number): string => `0x${v.toString(16).padStart(8, "0")}`;

/** One AN3155 session over a channel. */
export class Stm32Bootloader {
  private readonly queue = new ByteQueue();
  /** Commands the bootloader listed in its Get answer. */
  commands: number[] = [];
  version = 0;
  /** How many times a command was retried after resynchronising (for reports and tests). */
  retries = 0;

  constructor(
    private readonly channel: ByteChannel,
    readonly name: string,
    readonly timeouts: BootloaderTimeouts = DEFAULT_TIMEOUTS,
    private readonly log: (line: string) => void = () => {},
  ) {
    channel.onData((bytes) => this.queue.push(bytes));
  }

  private async send(bytes: number[] | Uint8Array): Promise<void> {
    await this.channel.write(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  }

  /** The next byte: ACK → true, NACK → false, nothing → undefined; anything else is an error. */
  private async answer(timeoutMs: number): Promise<boolean | undefined> {
    const got = await this.queue.take(1, timeoutMs);
    if (got === undefined) return undefined;
    if (got[0] === ACK) return true;
    if (got[0] === NACK) return false;
    throw new BootloaderError(`${this.name}: expected ACK (0x79) or NACK (0x1f), got 0x${got[0]!.toString(16).padStart(2, "0")}`);
  }

  private async expectAck(what: string, timeoutMs = this.timeouts.answerMs): Promise<void> {
    const a = await this.answer(timeoutMs);
    if (a === undefined) throw new LostAnswer(`${this.name}: no answer to ${what} within ${timeoutMs} ms`);
    if (!a) throw new BootloaderError(`${this.name}: the bootloader refused ${what} (NACK)`);
  }

  /** Send 0x7F until the bootloader answers; ACK (or NACK: it was already synchronised). */
  async sync(attempts = 3): Promise<void> {
    for (let i = 0; i < attempts; i++) {
      this.queue.clear();
      await this.send([SYNC]);
      const a = await this.answer(this.timeouts.answerMs);
      if (a !== undefined) return;
    }
    throw noBootloaderError(this.name);
  }

  /** After a lost answer: the bootloader may be inside a frame. Feed it filler bytes one by
   *  one until it answers (a NACK for the frame they complete, or an ACK). */
  async resync(): Promise<void> {
    for (let i = 0; i < 300; i++) {
      await this.send([0xff]);
      const got = await this.queue.take(1, 30);
      if (got !== undefined) {
        // Give a trailing answer time to arrive, then start clean.
        await this.queue.take(64, 50);
        this.queue.clear();
        return;
      }
    }
    throw new BootloaderError(`${this.name}: the bootloader stopped answering (lost synchronisation): reset the board with BOOT0 high and flash again`);
  }

  private async command(cmd: number, what: string): Promise<void> {
    await this.send([cmd, cmd ^ 0xff]);
    await this.expectAck(what);
  }

  /** Run one exchange; when an answer is lost, resynchronise and run it again (attempts times). */
  private async withRetry<T>(what: string, exchange: () => Promise<T>, attempts = 3): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await exchange();
      } catch (e) {
        if (!(e instanceof LostAnswer) || i >= attempts) throw e instanceof LostAnswer ? new BootloaderError(`${e.message} (after ${i} attempts)`) : e;
        this.log(`${this.name}: ${e.message}; resynchronising and retrying ${what}`);
        this.retries++;
        await this.resync();
      }
    }
  }

  async get(): Promise<{ version: number; commands: number[] }> {
    return this.withRetry("Get", async () => {
      await this.command(CMD_GET, "Get");
      const n = await this.queue.take(1, this.timeouts.answerMs);
      if (n === undefined) throw new LostAnswer(`${this.name}: Get: no byte count`);
      const body = await this.queue.take(n[0]! + 1, this.timeouts.answerMs);
      if (body === undefined) throw new LostAnswer(`${this.name}: Get: answer cut short`);
      await this.expectAck("Get (end)");
      this.version = body[0]!;
      this.commands = [...body.subarray(1)];
      return { version: this.version, commands: this.commands };
    });
  }

  async getId(): Promise<number> {
    return this.withRetry("Get ID", async () => {
      await this.command(CMD_GET_ID, "Get ID");
      const n = await this.queue.take(1, this.timeouts.answerMs);
      if (n === undefined) throw new LostAnswer(`${this.name}: Get ID: no byte count`);
      const body = await this.queue.take(n[0]! + 1, this.timeouts.answerMs);
      if (body === undefined) throw new LostAnswer(`${this.name}: Get ID: answer cut short`);
      await this.expectAck("Get ID (end)");
      return body.reduce((v, b) => (v << 8) | b, 0);
    });
  }

  async readMemory(address: number, length: number): Promise<Uint8Array> {
    if (length < 1 || length > 256) throw new RangeError("Read Memory reads 1 to 256 bytes");
    return this.withRetry(`Read Memory at ${hex(address)}`, async () => {
      await this.command(CMD_READ, `Read Memory at ${hex(address)}`);
      await this.send(addressFrame(address));
      await this.expectAck(`the address ${hex(address)} (Read Memory)`);
      await this.send([length - 1, (length - 1) ^ 0xff]);
      await this.expectAck(`the length ${length} (Read Memory)`);
      const data = await this.queue.take(length, this.timeouts.answerMs + length);
      if (data === undefined) throw new LostAnswer(`${this.name}: Read Memory at ${hex(address)}: data cut short`);
      return data;
    });
  }

  /** Write up to 256 bytes (a multiple of 4: the F4 programs words; pad with 0xFF). */
  async writeMemory(address: number, data: Uint8Array): Promise<void> {
    if (data.length < 1 || data.length > 256 || data.length % 4 !== 0) throw new RangeError("Write Memory takes 4 to 256 bytes, a multiple of 4");
    await this.withRetry(`Write Memory at ${hex(address)}`, async () => {
      await this.command(CMD_WRITE, `Write Memory at ${hex(address)}`);
      await this.send(addressFrame(address));
      await this.expectAck(`the address ${hex(address)} (Write Memory)`);
      const frame = new Uint8Array(data.length + 2);
      frame[0] = data.length - 1;
      frame.set(data, 1);
      frame[data.length + 1] = xor(frame.subarray(0, data.length + 1));
      await this.send(frame);
      await this.expectAck(`the data at ${hex(address)} (Write Memory)`, this.timeouts.writeMs);
    });
  }

  /** Extended Erase of flash sectors (numbers from 0). */
  async eraseSectors(sectors: number[]): Promise<void> {
    if (sectors.length === 0) return;
    if (!this.commands.includes(CMD_EXTENDED_ERASE)) {
      throw new BootloaderError(`${this.name}: the bootloader has no Extended Erase (0x44) command; its commands: ${this.commands.map((c) => `0x${c.toString(16)}`).join(" ")}`);
    }
    await this.withRetry("Extended Erase", async () => {
      await this.command(CMD_EXTENDED_ERASE, "Extended Erase");
      const bytes: number[] = [((sectors.length - 1) >> 8) & 0xff, (sectors.length - 1) & 0xff];
      for (const s of sectors) bytes.push((s >> 8) & 0xff, s & 0xff);
      bytes.push(xor(bytes));
      await this.send(bytes);
      await this.expectAck(`erasing sectors ${sectors.join(", ")}`, this.timeouts.eraseSectorMs * sectors.length);
    });
  }

  async go(address: number): Promise<void> {
    await this.command(CMD_GO, "Go");
    await this.send(addressFrame(address));
    await this.expectAck(`Go to ${hex(address)}`);
  }
}

/** An answer that did not come: the exchange may be retried after resynchronising. */
class LostAnswer extends BootloaderError {}

/** The sectors (numbers) that [offset, offset + length) of the flash touches. */
export function sectorsFor(sectorSizes: number[], offset: number, length: number): number[] {
  const out: number[] = [];
  let start = 0;
  sectorSizes.forEach((size, i) => {
    if (start < offset + length && start + size > offset) out.push(i);
    start += size;
  });
  if (offset + length > start) throw new BootloaderError(`the image (${offset + length} bytes) is larger than the flash (${start} bytes)`);
  return out;
}

export interface FlashOptions {
  /** The image and where it goes (the flash's origin, 0x08000000). */
  image: Uint8Array;
  address: number;
  /** The flash's sectors from its origin, in bytes. */
  sectorSizes: number[];
  /** The MCU the board has (board.json "mcu"); its product id is checked. */
  mcu: string;
  /** Start the firmware afterwards (Go to the flash's origin). */
  go?: boolean;
  onProgress?: (phase: "erase" | "write" | "verify", done: number, total: number) => void;
  log?: (line: string) => void;
  timeouts?: BootloaderTimeouts;
}

export interface FlashReport {
  productId: number;
  bootloaderVersion: number;
  sectorsErased: number[];
  bytesWritten: number;
  retries: number;
}

const CHUNK = 256;

/** Erase, write, verify (and start) an image through the ROM bootloader on channel. */
export async function flashThroughBootloader(channel: ByteChannel, name: string, opts: FlashOptions): Promise<FlashReport> {
  const bl = new Stm32Bootloader(channel, name, opts.timeouts ?? DEFAULT_TIMEOUTS, opts.log);
  await bl.sync();
  const { version } = await bl.get();
  const pid = await bl.getId();
  const wanted = MCU_PRODUCT_IDS[opts.mcu];
  if (wanted !== undefined && pid !== wanted) {
    throw new BootloaderError(`${name}: wrong chip: the bootloader reports product id ${productName(pid)}, but the board's MCU is ${opts.mcu}, product id ${productName(wanted)}`);
  }
  // The image, padded to whole 4-byte words with erased flash's 0xFF.
  const padded = new Uint8Array(Math.ceil(opts.image.length / 4) * 4).fill(0xff);
  padded.set(opts.image);
  const sectors = sectorsFor(opts.sectorSizes, 0, padded.length);
  opts.onProgress?.("erase", 0, sectors.length);
  await bl.eraseSectors(sectors);
  opts.onProgress?.("erase", sectors.length, sectors.length);
  for (let at = 0; at < padded.length; at += CHUNK) {
    await bl.writeMemory(opts.address + at, padded.subarray(at, Math.min(at + CHUNK, padded.length)));
    opts.onProgress?.("write", Math.min(at + CHUNK, padded.length), padded.length);
  }
  for (let at = 0; at < padded.length; at += CHUNK) {
    const want = padded.subarray(at, Math.min(at + CHUNK, padded.length));
    const got = await bl.readMemory(opts.address + at, want.length);
    const i = want.findIndex((b, k) => got[k] !== b);
    if (i >= 0) {
      throw new BootloaderError(
        `${name}: verification failed at ${hex(opts.address + at + i)}: wrote 0x${want[i]!.toString(16).padStart(2, "0")}, ` +
          `read back 0x${got[i]!.toString(16).padStart(2, "0")}: the flash was not programmed correctly; erase and flash again`,
      );
    }
    opts.onProgress?.("verify", Math.min(at + CHUNK, padded.length), padded.length);
  }
  if (opts.go) await bl.go(opts.address);
  return { productId: pid, bootloaderVersion: version, sectorsErased: sectors, bytesWritten: padded.length, retries: bl.retries };
}

/** A one-line progress bar on a terminal (stderr), for the CLI. */
export function progressBar(write: (text: string) => void): NonNullable<FlashOptions["onProgress"]> {
  let last = "";
  return (phase, done, total) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `\r${phase.padEnd(6)} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${total === 0 ? 100 : Math.floor((done / total) * 100)}%`;
    if (line === last) return;
    last = line;
    write(done >= total ? `${line}\n` : line);
  };
}
