// The Pico's QSPI flash chip as the firmware talks to it through the SSI, on top of
// rp2040js (which maps the flash for XIP reads but answers every direct SSI transfer with
// zeros, so nothing could ever be erased or programmed).
//
// Three pieces replace rp2040js's own:
// - SpiNorFlash: a W25Q-style SPI NOR chip. A command starts when chip select goes low
//   and takes effect when it goes high: write enable 06h (and disable 04h), read status
//   05h (35h/15h read as 0), page program 02h (bits only cleared, the address wrapping
//   within its 256-byte page), sector erase 20h (4 KiB), block erases 52h (32 KiB) and
//   D8h (64 KiB), chip erase 60h/C7h, read 03h, fast read 0Bh (one dummy byte), JEDEC id
//   9Fh, unique id 4Bh (four dummy bytes, then eight zeros, as before this model). Erase
//   and program need write enable first and clear it. Operations complete at once: the
//   status register never shows busy. Reset (66h/99h), leaving continuous read (FFh) and
//   the like are accepted and do nothing.
// - The SSI (XIP_SSI, 0x18000000): while it is enabled in transmit-and-receive mode
//   (CTRLR0.TMOD = 0), every frame written to DR0 is clocked through the chip and the
//   chip's answer lands in the receive FIFO (16 frames; SR shows TFNF, TFE, RFNE). Other
//   registers keep what is written (boot2 configures XIP through them; rp2040js reads the
//   flash array directly for XIP either way).
// - IO_QSPI's GPIO_QSPI_SS_CTRL output override is the chip select: driven low selects
//   the chip, high or back to normal deselects it. Firmware drives it for each command,
//   as ports/rp2040/flash.c and the boot ROM's flash routines do; the SSI's own chip
//   select (frames with no override) is not modelled.
// XIP_CTRL (0x14000000) is accepted quietly: FLUSH reads as done, since rp2040js has no
// XIP cache to flush.
//
// The chip's contents outlive the RP2040 object: a watchdog reset powers a new chip on
// with the same flash (attach), and an optional image file keeps them across emulator
// runs (`pyxis emulate --flash-image FILE`).

import * as fs from "node:fs";
import { BasePeripheral, type RP2040 } from "rp2040js";

const PAGE_SIZE = 256;
const SECTOR_SIZE = 4096;

const CMD_WRITE_STATUS = 0x01;
const CMD_PAGE_PROGRAM = 0x02;
const CMD_READ = 0x03;
const CMD_WRITE_DISABLE = 0x04;
const CMD_READ_STATUS = 0x05;
const CMD_WRITE_ENABLE = 0x06;
const CMD_FAST_READ = 0x0b;
const CMD_SECTOR_ERASE = 0x20;
const CMD_BLOCK_ERASE_32K = 0x52;
const CMD_BLOCK_ERASE_64K = 0xd8;
const CMD_CHIP_ERASE = 0x60;
const CMD_CHIP_ERASE_ALT = 0xc7;
const CMD_JEDEC_ID = 0x9f;
const CMD_READ_UNIQUE_ID = 0x4b;
const STATUS_WEL = 0x02;
const WINBOND = 0xef;

/** rp2040js's peripheral table keys (address >>> 14 << 2). */
export const XIP_CTRL_PERIPHERAL = 0x14000;
export const XIP_SSI_PERIPHERAL = 0x18000;
export const IO_QSPI_PERIPHERAL = 0x40018;

export class SpiNorFlash {
  /** The chip's contents: the truth, copied into each RP2040 object's flash array. */
  readonly contents: Uint8Array;
  private xip: Uint8Array | undefined;
  private imageFd: number | undefined;
  private selected = false;
  private writeEnabled = false;
  private command = -1;
  /** Bytes of the current command so far (the command byte included). */
  private count = 0;
  private address = 0;
  private programmed: number[] = [];
  /** Commands executed, by opcode (tests look at them). */
  readonly executed = new Map<number, number>();

  /**
   * A chip of `size` bytes holding `firmware` at its start. With `imageFile`, the rest comes
   * from that file (created, all erased, when missing) and every change is written back to
   * it; the firmware overwrites the file's start as flashing a UF2 would.
   */
  constructor(readonly size: number, firmware: Uint8Array, imageFile?: string) {
    if (firmware.length > size) throw new Error(`the firmware (${firmware.length} bytes) does not fit in the ${size}-byte flash`);
    this.contents = new Uint8Array(size).fill(0xff);
    if (imageFile !== undefined) {
      if (fs.existsSync(imageFile)) {
        const saved = fs.readFileSync(imageFile);
        this.contents.set(saved.subarray(0, size));
      }
      this.imageFd = fs.openSync(imageFile, fs.existsSync(imageFile) ? "r+" : "w+");
      this.contents.set(firmware);
      fs.writeSync(this.imageFd, this.contents, 0, size, 0);
    } else {
      this.contents.set(firmware);
    }
  }

  /** A freshly powered-on RP2040 sees this chip's contents through XIP. */
  attach(chip: RP2040): void {
    chip.flash.fill(0xff);
    chip.flash.set(this.contents);
    this.xip = chip.flash;
    this.selected = false;
    this.writeEnabled = false;
  }

  close(): void {
    if (this.imageFd !== undefined) fs.closeSync(this.imageFd);
    this.imageFd = undefined;
  }

  select(): void {
    if (this.selected) return;
    this.selected = true;
    this.command = -1;
    this.count = 0;
    this.address = 0;
    this.programmed = [];
  }

  deselect(): void {
    if (!this.selected) return;
    this.selected = false;
    if (this.command >= 0) this.finish();
  }

  /** One byte clocked through the chip while it is selected: what it answers. */
  transfer(mosi: number): number {
    if (!this.selected) return 0xff;
    const index = this.count++;
    if (index === 0) {
      this.command = mosi;
      return 0;
    }
    switch (this.command) {
      case CMD_READ_STATUS:
        return this.writeEnabled ? STATUS_WEL : 0;
      case CMD_JEDEC_ID:
        // Manufacturer, memory type, capacity as log2(bytes).
        return [WINBOND, 0x40, Math.log2(this.size)][index - 1] ?? 0;
      case CMD_READ:
      case CMD_FAST_READ:
      case CMD_PAGE_PROGRAM:
      case CMD_SECTOR_ERASE:
      case CMD_BLOCK_ERASE_32K:
      case CMD_BLOCK_ERASE_64K: {
        if (index <= 3) {
          this.address = ((this.address << 8) | mosi) & 0xffffff;
          return 0;
        }
        const dataIndex = index - (this.command === CMD_FAST_READ ? 5 : 4);
        if (dataIndex < 0) return 0;
        if (this.command === CMD_PAGE_PROGRAM) {
          this.programmed.push(mosi);
          return 0;
        }
        if (this.command === CMD_READ || this.command === CMD_FAST_READ) return this.contents[(this.address + dataIndex) % this.size]!;
        return 0;
      }
      case CMD_READ_UNIQUE_ID:
        // Four dummy bytes, then an id of eight zeros (what machine.unique_id() has always
        // read in the emulator).
        return 0;
      default:
        return 0;
    }
  }

  /** Chip select went high: the command takes effect. */
  private finish(): void {
    const command = this.command;
    this.executed.set(command, (this.executed.get(command) ?? 0) + 1);
    switch (command) {
      case CMD_WRITE_ENABLE:
        this.writeEnabled = true;
        return;
      case CMD_WRITE_DISABLE:
        this.writeEnabled = false;
        return;
      case CMD_WRITE_STATUS:
        this.writeEnabled = false;
        return;
      case CMD_PAGE_PROGRAM:
        if (this.writeEnabled && this.count >= 4) this.program(this.address, this.programmed);
        this.writeEnabled = false;
        return;
      case CMD_SECTOR_ERASE:
        this.eraseAligned(SECTOR_SIZE);
        return;
      case CMD_BLOCK_ERASE_32K:
        this.eraseAligned(32 * 1024);
        return;
      case CMD_BLOCK_ERASE_64K:
        this.eraseAligned(64 * 1024);
        return;
      case CMD_CHIP_ERASE:
      case CMD_CHIP_ERASE_ALT:
        if (this.writeEnabled) this.erase(0, this.size);
        this.writeEnabled = false;
        return;
      default:
        return;
    }
  }

  private eraseAligned(unit: number): void {
    // The erase needs its three address bytes, exactly, and write enable.
    if (this.writeEnabled && this.count === 4) {
      const start = (this.address % this.size) & ~(unit - 1);
      this.erase(start, unit);
    }
    this.writeEnabled = false;
  }

  private erase(start: number, length: number): void {
    this.contents.fill(0xff, start, start + length);
    this.xip?.fill(0xff, start, start + length);
    this.save(start, length);
  }

  /** Page program: only the last 256 bytes sent count, the address wraps within its page. */
  private program(address: number, data: number[]): void {
    const base = (address % this.size) & ~(PAGE_SIZE - 1);
    const bytes = data.length > PAGE_SIZE ? data.slice(data.length - PAGE_SIZE) : data;
    let offset = address & (PAGE_SIZE - 1);
    for (const b of bytes) {
      const at = base + offset;
      const value = this.contents[at]! & b;
      this.contents[at] = value;
      if (this.xip !== undefined) this.xip[at] = value;
      offset = (offset + 1) & (PAGE_SIZE - 1);
    }
    this.save(base, PAGE_SIZE);
  }

  private save(start: number, length: number): void {
    if (this.imageFd !== undefined) fs.writeSync(this.imageFd, this.contents, start, length, start);
  }
}

const SSI_CTRLR0 = 0x00;
const SSI_SSIENR = 0x08;
const SSI_TXFLR = 0x20;
const SSI_RXFLR = 0x24;
const SSI_SR = 0x28;
const SSI_IDR = 0x58;
const SSI_VERSION_ID = 0x5c;
const SSI_DR0 = 0x60;
const SSI_SR_TFNF = 1 << 1;
const SSI_SR_TFE = 1 << 2;
const SSI_SR_RFNE = 1 << 3;
const SSI_FIFO_DEPTH = 16;

const GPIO_QSPI_SS_CTRL = 0x0c;
const OUTOVER_SHIFT = 8;
const OUTOVER_LOW = 2;

/** XIP_SSI with its data register wired to the flash chip (see the file's comment). */
class FlashSsi extends BasePeripheral {
  private readonly registers = new Map<number, number>();
  private readonly received: number[] = [];

  constructor(chip: RP2040, private readonly flash: SpiNorFlash) {
    super(chip, "XIP_SSI");
  }

  override readUint32(offset: number): number {
    switch (offset) {
      case SSI_SR:
        return SSI_SR_TFNF | SSI_SR_TFE | (this.received.length > 0 ? SSI_SR_RFNE : 0);
      case SSI_TXFLR:
        return 0;
      case SSI_RXFLR:
        return this.received.length;
      case SSI_DR0:
        return this.received.shift() ?? 0;
      case SSI_IDR:
        return 0x51535049;
      case SSI_VERSION_ID:
        return 0x3430312a;
      default:
        return this.registers.get(offset) ?? 0;
    }
  }

  override writeUint32(offset: number, value: number): void {
    if (offset !== SSI_DR0) {
      this.registers.set(offset, value >>> 0);
      if (offset === SSI_SSIENR && (value & 1) === 0) this.received.length = 0; // disabling empties the FIFOs
      return;
    }
    const enabled = ((this.registers.get(SSI_SSIENR) ?? 0) & 1) !== 0;
    const transmitAndReceive = (((this.registers.get(SSI_CTRLR0) ?? 0) >>> 8) & 3) === 0;
    if (!enabled || !transmitAndReceive) return;
    const answer = this.flash.transfer(value & 0xff);
    if (this.received.length < SSI_FIFO_DEPTH) this.received.push(answer);
  }
}

/** IO_QSPI: registers kept as written; the chip select's output override drives the chip. */
class QspiPins extends BasePeripheral {
  private readonly registers = new Map<number, number>();

  constructor(chip: RP2040, private readonly flash: SpiNorFlash) {
    super(chip, "IO_QSPI");
  }

  override readUint32(offset: number): number {
    return this.registers.get(offset) ?? 0;
  }

  override writeUint32(offset: number, value: number): void {
    this.registers.set(offset, value >>> 0);
    if (offset !== GPIO_QSPI_SS_CTRL) return;
    if (((value >>> OUTOVER_SHIFT) & 3) === OUTOVER_LOW) this.flash.select();
    else this.flash.deselect();
  }
}

/** XIP_CTRL: nothing to model (no XIP cache in rp2040js); FLUSH reads as complete. */
class XipControl extends BasePeripheral {
  override readUint32(): number {
    return 0;
  }
  override writeUint32(): void {}
}

/** Wire the flash chip into a freshly powered-on RP2040 (power-on and every reset). */
export function installFlash(chip: RP2040, flash: SpiNorFlash): void {
  flash.attach(chip);
  const peripherals = chip.peripherals as Record<number, unknown>;
  peripherals[XIP_SSI_PERIPHERAL] = new FlashSsi(chip, flash);
  peripherals[IO_QSPI_PERIPHERAL] = new QspiPins(chip, flash);
  peripherals[XIP_CTRL_PERIPHERAL] = new XipControl(chip, "XIP_CTRL");
}
