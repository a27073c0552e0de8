// A simulated STM32F4 ROM bootloader (AN3155, USART protocol; bootloader v3.1 as on the
// F405/F411 per AN2606) on a pseudo-terminal, for testing the flasher without a chip.
// It follows the application note byte by byte: the 0x7F sync, command + complement
// (NACK otherwise), Get, Get Version, Get ID, Read Memory, Write Memory, Extended Erase and
// Go, each with its ACK/NACK points and XOR checksums, refusing addresses outside its
// memories. It never times out by itself, as the real one does not: a host that stops in
// the middle of a frame leaves it waiting for the rest.
//
// Faults a test can ask for: no bootloader at all (BOOT0 low: it never answers), another
// chip's product id, a byte lost on the line during the n-th Write Memory data frame (so
// that frame's ACK never comes), and a write whose flash cell keeps a wrong bit (ACKed, as
// a flaky cell would be; only reading back finds it).

import { openPtyRelay, type PtyRelay } from "../../scripts/emulate/pty.js";

export const ACK = 0x79;
export const NACK = 0x1f;
/** The F4 bootloader v3.1's commands (AN3155 table 2, AN2606). */
export const SIM_COMMANDS = [0x00, 0x01, 0x02, 0x11, 0x21, 0x31, 0x44, 0x63, 0x73, 0x82, 0x92];
export const SIM_VERSION = 0x31;
export const FLASH_BASE = 0x08000000;
export const SRAM_BASE = 0x20000000;

export interface SimOptions {
  productId?: number;
  /** Sector sizes of the flash (default the F405's: 4×16K, 64K, 7×128K). */
  sectorSizes?: number[];
  /** BOOT0 low: the chip runs its application and never answers. */
  silent?: boolean;
  /** Lose one byte of the n-th (1-based) Write Memory data frame. */
  loseByteInWrite?: number;
  /** Program the n-th (1-based) Write Memory with one bit flipped, and ACK it anyway. */
  corruptWrite?: number;
}

type Collector = { need: number; then: (bytes: number[]) => void };

export class An3155Simulator {
  readonly flash: Uint8Array;
  readonly sram = new Uint8Array(0x2000);
  readonly sectorSizes: number[];
  readonly productId: number;
  /** Every command byte accepted, in order (for tests). */
  readonly commandLog: number[] = [];
  erasedSectors: number[] = [];
  wentTo: number | undefined;
  private synced = false;
  private collector: Collector | undefined;
  private pending: number[] = [];
  /** The index (in the current frame) of a byte the line loses, if any. */
  private loseAt: number | undefined;
  private arrived = 0;
  private writes = 0;

  private constructor(
    private readonly relay: PtyRelay,
    private readonly opts: SimOptions,
  ) {
    this.sectorSizes = opts.sectorSizes ?? [16384, 16384, 16384, 16384, 65536, ...Array<number>(7).fill(131072)];
    this.productId = opts.productId ?? 0x0413;
    // Flash as a previous firmware left it: programmed, so that skipping the erase shows.
    this.flash = new Uint8Array(this.sectorSizes.reduce((a, b) => a + b, 0)).fill(0x00);
    relay.onData((bytes) => {
      for (const b of bytes) this.receive(b);
    });
  }

  static async start(opts: SimOptions = {}): Promise<An3155Simulator> {
    return new An3155Simulator(await openPtyRelay(), opts);
  }

  get path(): string {
    return this.relay.path;
  }

  close(): Promise<void> {
    return this.relay.close();
  }

  private send(...bytes: number[]): void {
    this.relay.write(new Uint8Array(bytes));
  }

  /** Wait for n more bytes, then call then(bytes). */
  private collect(need: number, then: (bytes: number[]) => void): void {
    this.collector = { need, then };
    this.pending = [];
    this.arrived = 0;
  }

  private receive(byte: number): void {
    if (this.opts.silent || this.wentTo !== undefined) return;
    if (!this.synced) {
      // Autobaud: only 0x7F is looked at until the bootloader is synchronised.
      if (byte === 0x7f) {
        this.synced = true;
        this.send(ACK);
        this.awaitCommand();
      }
      return;
    }
    const c = this.collector!;
    if (this.arrived++ === this.loseAt) {
      this.loseAt = undefined;
      return;
    }
    this.pending.push(byte);
    if (this.pending.length < c.need) return;
    const bytes = this.pending;
    this.collector = undefined;
    this.pending = [];
    c.then(bytes);
  }

  private awaitCommand(): void {
    this.collect(2, ([cmd, complement]) => {
      if ((cmd! ^ complement!) !== 0xff) {
        this.send(NACK);
        return this.awaitCommand();
      }
      this.dispatch(cmd!);
    });
  }

  private nack(): void {
    this.send(NACK);
    this.awaitCommand();
  }

  /** A memory range the bootloader may touch: flash or SRAM; the view, or undefined. */
  private memory(address: number, length: number): { mem: Uint8Array; offset: number; flash: boolean } | undefined {
    if (address >= FLASH_BASE && address + length <= FLASH_BASE + this.flash.length) return { mem: this.flash, offset: address - FLASH_BASE, flash: true };
    if (address >= SRAM_BASE && address + length <= SRAM_BASE + this.sram.length) return { mem: this.sram, offset: address - SRAM_BASE, flash: false };
    return undefined;
  }

  /** The 4-byte address and its checksum; undefined (after a NACK) when wrong. */
  private withAddress(then: (address: number) => void): void {
    this.collect(5, (b) => {
      if ((b[0]! ^ b[1]! ^ b[2]! ^ b[3]!) !== b[4]) return this.nack();
      then(((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0);
    });
  }

  private dispatch(cmd: number): void {
    if (!SIM_COMMANDS.includes(cmd)) return this.nack();
    this.commandLog.push(cmd);
    switch (cmd) {
      case 0x00: // Get
        this.send(ACK, SIM_COMMANDS.length, SIM_VERSION, ...SIM_COMMANDS, ACK);
        return this.awaitCommand();
      case 0x01: // Get Version & Read Protection Status
        this.send(ACK, SIM_VERSION, 0x00, 0x00, ACK);
        return this.awaitCommand();
      case 0x02: // Get ID
        this.send(ACK, 0x01, (this.productId >> 8) & 0xff, this.productId & 0xff, ACK);
        return this.awaitCommand();
      case 0x11: // Read Memory
        this.send(ACK);
        return this.withAddress((address) => {
          if (this.memory(address, 1) === undefined) return this.nack();
          this.send(ACK);
          this.collect(2, ([n, complement]) => {
            const m = this.memory(address, n! + 1);
            if ((n! ^ complement!) !== 0xff || m === undefined) return this.nack();
            this.send(ACK, ...m.mem.subarray(m.offset, m.offset + n! + 1));
            this.awaitCommand();
          });
        });
      case 0x31: // Write Memory
        this.send(ACK);
        return this.withAddress((address) => {
          if (this.memory(address, 1) === undefined) return this.nack();
          this.send(ACK);
          this.writes++;
          const lose = this.writes === this.opts.loseByteInWrite;
          this.collect(1, ([n]) => {
            // N + 1 data bytes and the checksum; a lost byte leaves one more to wait for.
            this.collect(n! + 2, (rest) => {
              const data = rest.slice(0, n! + 1);
              const checksum = data.reduce((x, b) => x ^ b, n!);
              const m = this.memory(address, n! + 1);
              if (checksum !== rest[n! + 1] || m === undefined) return this.nack();
              data.forEach((b, i) => {
                // Flash programming only clears bits (an erased cell is 0xFF).
                m.mem[m.offset + i] = m.flash ? m.mem[m.offset + i]! & b : b;
              });
              if (this.writes === this.opts.corruptWrite) m.mem[m.offset + 5]! ^= 0x10;
              this.send(ACK);
              this.awaitCommand();
            });
            if (lose) this.loseAt = 10;
          });
        });
      case 0x44: // Extended Erase
        this.send(ACK);
        return this.collect(2, ([hi, lo]) => {
          const n = (hi! << 8) | lo!;
          if (n >= 0xfff0) {
            return this.collect(1, ([checksum]) => {
              if (n !== 0xffff || checksum !== (hi! ^ lo!)) return this.nack();
              this.flash.fill(0xff);
              this.erasedSectors = this.sectorSizes.map((_, i) => i);
              this.send(ACK);
              this.awaitCommand();
            });
          }
          this.collect(2 * (n + 1) + 1, (bytes) => {
            const checksum = bytes.slice(0, -1).reduce((x, b) => x ^ b, hi! ^ lo!);
            const sectors: number[] = [];
            for (let i = 0; i < n + 1; i++) sectors.push((bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
            if (checksum !== bytes.at(-1) || sectors.some((s) => s >= this.sectorSizes.length)) return this.nack();
            for (const s of sectors) {
              const start = this.sectorSizes.slice(0, s).reduce((a, b) => a + b, 0);
              this.flash.fill(0xff, start, start + this.sectorSizes[s]!);
              this.erasedSectors.push(s);
            }
            this.send(ACK);
            this.awaitCommand();
          });
        });
      case 0x21: // Go
        this.send(ACK);
        return this.withAddress((address) => {
          if (this.memory(address, 4) === undefined) return this.nack();
          this.send(ACK);
          this.wentTo = address;
        });
      default:
        // Listed by Get but not simulated (write/readout protection): refused.
        return this.nack();
    }
  }
}
