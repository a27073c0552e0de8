// An RP2040 board in rp2040js: the firmware's UF2 goes into the emulated flash, the chip
// starts as the bootrom would leave it (below), and the console (USB CDC, or UART0 for a
// UART-console firmware) is relayed to a pseudo-terminal.
//
// What differs from a real boot (also in ports/rp2040/README.md): rp2040js runs without
// the mask ROM. Its one job on a flash boot is done here instead: check boot2's CRC32
// (the last word of flash's first 256 bytes), copy those 256 bytes to SRAM at 0x20041f00
// and enter them with SP at the top of SRAM 5 (0x20042000), in Thumb state. boot2 then
// runs as on a real chip. The ROM's function and data tables are absent (the ROM reads
// as zeros), so firmware must not depend on them in the emulator.
//
// The core runs in chunks on the event loop, each instruction advancing emulated time by
// its cycles at the clk_sys the firmware configured. While the core sleeps (wfi/wfe),
// emulated time jumps to the next timer event, but never ahead of wall-clock time since
// power-on: an idle board costs no CPU, and time.sleep(1) lasts about a second.

import * as fs from "node:fs";
import * as path from "node:path";
import { RP2040, USBCDC, GPIOPinState, type Logger } from "rp2040js";
import { parseUf2, familyName, RP2040_FAMILY_ID, RP2040_FLASH_BASE } from "../build/uf2.js";
import { EmulatorError, type EmulatorHandle, type EmulatorOptions, type EmulatedGpio, type GpioChange } from "./emulator.js";
import { openPtyRelay } from "./pty.js";
import { SpiNorFlash, installFlash } from "./rp2040_flash.js";

export const BOOT2_SIZE = 256;
/** Where the bootrom copies boot2, and the stack it gives it. */
export const BOOT2_SRAM_ADDRESS = 0x20041f00;
export const BOOT2_STACK_TOP = 0x20042000;

/** A Pico's flash (W25Q16JV) when the firmware's board_config.h does not say. */
export const DEFAULT_FLASH_SIZE = 2 * 1024 * 1024;

/** rp2040js's peripheral table key of WATCHDOG (0x40058000 >>> 14 << 2). */
const WATCHDOG_PERIPHERAL = 0x40058;
const UARTFR = 0x18;
const UARTFR_RXFF = 1 << 6;
/** Wall-clock time one chunk of emulation may take before the event loop gets a turn. */
const CHUNK_MS = 15;
/** Instructions between two looks at the wall clock. */
const INSTRUCTIONS_PER_CHECK = 2000;
/** How long an idle board with nothing scheduled waits before looking again (input, stop). */
const IDLE_POLL_MS = 2;

/** CRC-32 as the RP2040 bootrom checks boot2: polynomial 0x04c11db7, initial value
 *  0xffffffff, no reflection, no final xor (the "CRC-32/MPEG-2" variant). */
export function crc32Mpeg2(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b << 24;
    for (let i = 0; i < 8; i++) crc = (crc & 0x80000000) !== 0 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
  }
  return crc >>> 0;
}

/** The flash image in firmwareDir: firmware.uf2 (checked: RP2040 family, flash addresses)
 *  or, when there is none, firmware.bin placed at the start of flash. */
export function loadFlashImage(firmwareDir: string): { image: Uint8Array; source: string } {
  const uf2Path = path.join(firmwareDir, "firmware.uf2");
  const binPath = path.join(firmwareDir, "firmware.bin");
  if (fs.existsSync(uf2Path)) {
    const contents = parseUf2(new Uint8Array(fs.readFileSync(uf2Path)), uf2Path);
    if (contents.familyId !== RP2040_FAMILY_ID) {
      throw new EmulatorError(`${uf2Path}: family ${familyName(contents.familyId)} is not RP2040's (0xe48bff56)`);
    }
    let end = 0;
    for (const c of contents.chunks) {
      if (c.address < RP2040_FLASH_BASE || c.address + c.data.length > RP2040_FLASH_BASE + 16 * 1024 * 1024) {
        throw new EmulatorError(`${uf2Path}: a block targets 0x${c.address.toString(16)}, outside the flash`);
      }
      end = Math.max(end, c.address - RP2040_FLASH_BASE + c.data.length);
    }
    const image = new Uint8Array(end).fill(0xff);
    for (const c of contents.chunks) image.set(c.data, c.address - RP2040_FLASH_BASE);
    return { image, source: uf2Path };
  }
  if (fs.existsSync(binPath)) return { image: new Uint8Array(fs.readFileSync(binPath)), source: binPath };
  throw new EmulatorError(`no firmware.uf2 or firmware.bin in ${firmwareDir}: build it first (pyxis build --board <BOARD>)`);
}

/** rp2040js's messages go to stderr (stdout carries the pty path), warnings and up. */
function stderrLogger(quiet: boolean): Logger {
  const write = (level: string, component: string, message: string): void => {
    process.stderr.write(`rp2040js ${level} [${component}] ${message}\n`);
  };
  return {
    debug() {},
    info() {},
    warn(component: string, message: string) {
      if (!quiet) write("warning", component, message);
    },
    error(component: string, message: string) {
      write("error", component, message);
    },
  } as Logger;
}

/** What a real chip would turn into a HardFault, and the emulator into a stop. */
class EmulatedFault extends Error {}

/**
 * Make the emulated core fault on unaligned accesses as the Cortex-M0+ does (rp2040js
 * performs them): a word access must be 4-aligned, a halfword 2-aligned. Without this,
 * code that crashes a real Pico would pass in the emulator.
 */
function checkAlignment(chip: RP2040, fault: (message: string) => void): void {
  const core = chip.core as unknown as {
    PC: number;
    readUint32(a: number): number;
    readUint16(a: number): number;
    writeUint32(a: number, v: number): void;
    writeUint16(a: number, v: number): void;
  };
  const where = (kind: string, address: number): string =>
    `unaligned ${kind} at 0x${(address >>> 0).toString(16)} (pc near 0x${(core.PC >>> 0).toString(16)}): a Cortex-M0+ takes a HardFault`;
  const read32 = core.readUint32.bind(core);
  const read16 = core.readUint16.bind(core);
  const write32 = core.writeUint32.bind(core);
  const write16 = core.writeUint16.bind(core);
  core.readUint32 = (a) => {
    if ((a & 3) !== 0) fault(where("word read", a));
    return read32(a);
  };
  core.readUint16 = (a) => {
    if ((a & 1) !== 0) fault(where("halfword read", a));
    return read16(a);
  };
  core.writeUint32 = (a, v) => {
    if ((a & 3) !== 0) fault(where("word write", a));
    write32(a, v);
  };
  core.writeUint16 = (a, v) => {
    if ((a & 1) !== 0) fault(where("halfword write", a));
    write16(a, v);
  };
}

export interface Rp2040Board {
  readonly chip: RP2040;
  /** Console bytes from the firmware. */
  onOutput(listener: (bytes: Uint8Array) => void): void;
  /** Queue console bytes for the firmware; they enter as fast as it takes them. */
  input(bytes: Uint8Array): void;
  readonly gpio: EmulatedGpio;
  /** The flash chip (its contents survive resets). */
  readonly flash: SpiNorFlash;
  /** Run until stopped; settles with the exit status when the firmware halts by itself. */
  run(): Promise<number | null>;
  stop(): void;
}

/** Boot an RP2040 with image in flash, as after power-on (see the file's comment). */
export function createRp2040Board(
  image: Uint8Array,
  opts: { console: "usb" | "uart"; quiet?: boolean; flashSize?: number; flashImage?: string },
): Rp2040Board {
  if (image.length < BOOT2_SIZE) throw new EmulatorError(`the flash image is ${image.length} bytes: too short to hold boot2`);
  const boot2 = image.subarray(0, BOOT2_SIZE);
  const wanted = new DataView(boot2.buffer, boot2.byteOffset).getUint32(BOOT2_SIZE - 4, true);
  const actual = crc32Mpeg2(boot2.subarray(0, BOOT2_SIZE - 4));
  if (wanted !== actual) {
    // The bootrom would not run it either: it would fall back to USB boot.
    throw new EmulatorError(`boot2's CRC32 is 0x${wanted.toString(16)}, the bytes give 0x${actual.toString(16)}: not a bootable RP2040 image`);
  }

  // The flash chip outlives each RP2040 object: a reset keeps what the firmware wrote.
  const flash = new SpiNorFlash(opts.flashSize ?? DEFAULT_FLASH_SIZE, image, opts.flashImage);
  const outputListeners: ((bytes: Uint8Array) => void)[] = [];
  const emit = (bytes: Uint8Array): void => {
    for (const l of outputListeners) l(bytes);
  };
  const pendingInput: number[] = [];
  const gpioLog: GpioChange[] = [];
  const gpioListeners = new Set<(c: GpioChange) => void>();
  let chip!: RP2040;
  let cdc: USBCDC | undefined;
  let cdcReady = false;
  /** The firmware's bulk OUT request, held while there is no input (see powerOn). */
  let heldRead: (() => void) | undefined;
  let stopped = false;
  let haltStatus: number | null = null;
  let powerOnWallMs = 0;

  const levelOf = (state: GPIOPinState): boolean | null =>
    state === GPIOPinState.High ? true : state === GPIOPinState.Low ? false : null;

  /** A fresh chip with the image in flash, entering boot2 (power-on, or a watchdog reset). */
  const powerOn = (): void => {
    chip = new RP2040();
    chip.logger = stderrLogger(opts.quiet ?? false);
    chip.sram.set(boot2, BOOT2_SRAM_ADDRESS - 0x20000000);
    chip.core.VTOR = 0;
    chip.core.SP = BOOT2_STACK_TOP;
    chip.core.PC = BOOT2_SRAM_ADDRESS;
    // The firmware halts with `bkpt` and its status in r0 (ports/rp2040: rp2040_halt).
    chip.onBreak = () => {
      haltStatus = chip.core.registers[0]! | 0;
      stopped = true;
    };
    // The flash chip behind the SSI, its chip select on IO_QSPI (scripts/emulate/rp2040_flash.ts).
    installFlash(chip, flash);
    // A watchdog reset (machine.reset()) restarts the chip from boot2, pty and all.
    (chip.peripherals[WATCHDOG_PERIPHERAL] as unknown as { onWatchdogTrigger: () => void }).onWatchdogTrigger = () => {
      resetRequested = true;
    };
    checkAlignment(chip, (message) => {
      // The chip would take a HardFault here: the emulator stops at once and says why.
      throw new EmulatedFault(message);
    });
    chip.uart[0]!.onByte = (b: number) => {
      if (opts.console === "uart") emit(Uint8Array.of(b));
    };
    if (opts.console === "usb") {
      cdcReady = false;
      heldRead = undefined;
      const host = new USBCDC(chip.usbCtrl);
      cdc = host;
      host.onDeviceConnected = () => {
        cdcReady = true;
      };
      host.onSerialData = (bytes: Uint8Array) => emit(new Uint8Array(bytes));
      // rp2040js's CDC host answers a bulk OUT request at once, with an empty packet when
      // it has nothing to send: the firmware re-arms and the two ping-pong every 10 us of
      // emulated time, so the board never sleeps. A real host NAKs until it has data: hold
      // the request until input arrives (feedInput completes it).
      const answer = chip.usbCtrl.onEndpointRead;
      chip.usbCtrl.onEndpointRead = (endpoint: number, size: number) => {
        const outEndpoint = (host as unknown as { outEndpoint: number }).outEndpoint;
        if (endpoint === outEndpoint && host.txFIFO.empty && answer !== undefined) {
          heldRead = () => answer(endpoint, size);
          return;
        }
        answer?.(endpoint, size);
      };
    }
    chip.gpio.forEach((pin, index) => {
      pin.addListener((state) => {
        const change: GpioChange = { nanos: chip.clock.nanos, pin: index, level: levelOf(state) };
        // On the chip a pad's input buffer sees the level the pin drives (GPIO_IN reads it
        // back, so Pin.value() of an output is its level); rp2040js shows only outside input.
        if (change.level !== null) pin.setInputValue(change.level);
        gpioLog.push(change);
        for (const l of gpioListeners) l(change);
      });
    });
  };
  let resetRequested = false;
  powerOn();

  /** Move queued input into the console's receive FIFO, as far as it has room. */
  const feedInput = (): void => {
    if (pendingInput.length === 0) return;
    if (opts.console === "uart") {
      const uart = chip.uart[0]!;
      if (!uart.enabled) return;
      // rp2040js drops a byte fed to a full FIFO; UARTFR.RXFF (bit 6) says when it is.
      while (pendingInput.length > 0 && (uart.readUint32(UARTFR) & UARTFR_RXFF) === 0) uart.feedByte(pendingInput.shift()!);
    } else if (cdc !== undefined && cdcReady) {
      while (pendingInput.length > 0 && !cdc.txFIFO.full) cdc.sendSerialByte(pendingInput.shift()!);
      const held = heldRead;
      if (held !== undefined && !cdc.txFIFO.empty) {
        heldRead = undefined;
        held();
      }
    }
  };

  let resolveRun: ((status: number | null) => void) | undefined;
  let timer: NodeJS.Timeout | undefined;

  /** One chunk; returns the wall-clock delay before the next one. */
  const step = (): number => {
    const core = chip.core;
    const clock = chip.clock as unknown as { nanos: number; tick(n: number): void; nanosToNextAlarm: number };
    const deadline = performance.now() + CHUNK_MS;
    const nanosPerCycle = 1e9 / chip.clkSys;
    feedInput();
    while (!stopped && !resetRequested) {
      for (let i = 0; i < INSTRUCTIONS_PER_CHECK; i++) {
        if (core.waiting) {
          const toAlarm = clock.nanosToNextAlarm;
          const wallNanos = (performance.now() - powerOnWallMs) * 1e6;
          if (toAlarm <= 0) return IDLE_POLL_MS; // nothing scheduled: only input wakes it
          if (clock.nanos + toAlarm > wallNanos) {
            return Math.min(IDLE_POLL_MS, Math.max(0, (clock.nanos + toAlarm - wallNanos) / 1e6));
          }
          clock.tick(toAlarm);
        } else {
          clock.tick(core.executeInstruction() * nanosPerCycle);
        }
      }
      feedInput();
      if (performance.now() >= deadline) return 0;
    }
    return 0;
  };

  const loop = (): void => {
    timer = undefined;
    if (!stopped && resetRequested) {
      resetRequested = false;
      powerOn();
      powerOnWallMs = performance.now(); // the new chip's clock starts at 0
    }
    let delay = 0;
    try {
      delay = step();
    } catch (e) {
      stopped = true;
      if (e instanceof EmulatedFault) {
        emit(new TextEncoder().encode(`\r\nFATAL: ${e.message}\r\n`));
        process.stderr.write(`rp2040 emulator: ${e.message}\n`);
        resolveRun?.(70);
      } else {
        process.stderr.write(`rp2040 emulator: ${(e as Error).stack ?? String(e)}\n`);
        resolveRun?.(null);
      }
      return;
    }
    if (stopped) {
      resolveRun?.(haltStatus);
      return;
    }
    timer = delay > 0 ? setTimeout(loop, delay) : setTimeout(loop, 0);
  };

  return {
    get chip() {
      return chip;
    },
    flash,
    onOutput(listener) {
      outputListeners.push(listener);
    },
    input(bytes) {
      for (const b of bytes) pendingInput.push(b);
    },
    gpio: {
      log: gpioLog,
      level(pin) {
        return levelOf(chip.gpio[pin]!.value);
      },
      onChange(listener) {
        gpioListeners.add(listener);
        return () => gpioListeners.delete(listener);
      },
      setInput(pin, high) {
        chip.gpio[pin]!.setInputValue(high);
      },
    },
    run() {
      powerOnWallMs = performance.now() - chip.clock.nanos / 1e6;
      return new Promise((resolve) => {
        resolveRun = (status) => {
          flash.close();
          resolve(status);
        };
        loop();
      });
    },
    stop() {
      stopped = true;
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        resolveRun?.(null);
      }
    },
  };
}

/** The console a built firmware talks on: USB CDC when board_config.h has it (or says
 *  nothing), otherwise its UART. */
function firmwareConsole(firmwareDir: string): "usb" | "uart" {
  const config = path.join(firmwareDir, "board_config.h");
  if (!fs.existsSync(config)) return "usb";
  const text = fs.readFileSync(config, "utf8");
  if (/#define\s+PYX_CONSOLE_USB_CDC\b/.test(text)) return "usb";
  return /#define\s+PYX_CONSOLE_UART\b/.test(text) ? "uart" : "usb";
}

/** The flash size board_config.h gives (PYX_FLASH_SIZE), or a Pico's when it says nothing. */
export function firmwareFlashSize(firmwareDir: string): number {
  const config = path.join(firmwareDir, "board_config.h");
  if (!fs.existsSync(config)) return DEFAULT_FLASH_SIZE;
  const match = /#define\s+PYX_FLASH_SIZE\s+(\d+)u?/.exec(fs.readFileSync(config, "utf8"));
  return match !== null ? Number(match[1]) : DEFAULT_FLASH_SIZE;
}

export async function startRp2040(board: string, opts: EmulatorOptions): Promise<EmulatorHandle> {
  const { image, source } = loadFlashImage(opts.firmwareDir);
  const consoleKind = opts.console === "uart" ? "uart" : firmwareConsole(opts.firmwareDir);
  const emulated = createRp2040Board(image, {
    console: consoleKind,
    quiet: opts.quiet,
    flashSize: firmwareFlashSize(opts.firmwareDir),
    flashImage: opts.flashImage,
  });
  const pty = await openPtyRelay();
  emulated.onOutput((bytes) => pty.write(bytes));
  pty.onData((bytes) => emulated.input(bytes));
  if (!opts.quiet) {
    process.stderr.write(`pyxis: ${board} (${path.relative(process.cwd(), source)}) in rp2040js, console (${consoleKind === "usb" ? "USB CDC" : "UART0"}) on ${pty.path}\n`);
  }
  const exited = emulated.run().then(async (status) => {
    await pty.close();
    return status;
  });
  return {
    path: pty.path,
    exited,
    async stop() {
      emulated.stop();
      await exited;
    },
    emulatedNanos: () => emulated.chip.clock.nanos,
    gpio: emulated.gpio,
  };
}
