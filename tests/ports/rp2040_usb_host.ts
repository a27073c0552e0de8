// Test support for the RP2040 USB driver: builds the CDC echo firmware
// (tests/ports/fixtures/rp2040_usb) with the driver's sources, runs it in rp2040js with
// rp2040js's own USB CDC host attached, and issues further control transfers after
// enumeration the way a host's driver would.

import * as fs from "node:fs";
import * as path from "node:path";
import { ConsoleLogger, LogLevel, RP2040, USBCDC } from "rp2040js";
import { FIRMWARE_CFLAGS } from "../../scripts/build/firmware.js";
import { runCommand } from "../harness/run.js";

const REPO = path.resolve(import.meta.dirname, "..", "..");
const FIXTURE_DIR = path.join(REPO, "tests", "ports", "fixtures", "rp2040_usb");
const PORT_DIR = path.join(REPO, "ports", "rp2040");
const FLASH_BASE = 0x10000000;
const RAM_BASE = 0x20000000;
const CYCLE_NANOS = 1e9 / 125_000_000;
const BOOT2_SIZE = 256;
const BOOT2_SRAM_ADDRESS = 0x20041f00;

export interface FixtureFirmware {
  /** The flash image, from 0x10000000. */
  bin: Uint8Array;
  /** Symbol name → address, from the ELF. */
  symbols: Map<string, number>;
  /** The image starts with boot2 (a real firmware): start as the bootrom would. Otherwise the
   *  vector table is at the start of flash. */
  boot2?: boolean;
}

/** Runs a toolchain program; its stdout, or an error with what it printed. */
async function tool(cmd: string[]): Promise<string> {
  const r = await runCommand(cmd, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed:\n${r.stderr}`);
  return r.stdout;
}

/** Compiles the fixture with the driver (the firmware build's flags) into outDir. */
export async function buildFixture(outDir: string): Promise<FixtureFirmware> {
  fs.mkdirSync(outDir, { recursive: true });
  const sources = [
    ...fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith(".c")).map((f) => path.join(FIXTURE_DIR, f)),
    ...fs.readdirSync(PORT_DIR).filter((f) => /^usb_.*\.c$/.test(f)).map((f) => path.join(PORT_DIR, f)),
  ].sort();
  const elf = path.join(outDir, "usb_echo.elf");
  const bin = path.join(outDir, "usb_echo.bin");
  await tool(["arm-none-eabi-gcc",
    ...FIRMWARE_CFLAGS, "-mcpu=cortex-m0plus", "-mthumb", "--specs=picolibc.specs", "-nostartfiles", `-I${FIXTURE_DIR}`, `-I${PORT_DIR}`,
    "-T", path.join(FIXTURE_DIR, "link.ld"), "-Wl,--gc-sections", "-o", elf, ...sources,
  ]);
  await tool(["arm-none-eabi-objcopy", "-O", "binary", elf, bin]);
  const symbols = new Map<string, number>();
  for (const line of (await tool(["arm-none-eabi-nm", elf])).split("\n")) {
    const m = /^([0-9a-f]+) \w (\S+)$/.exec(line);
    if (m) symbols.set(m[2], parseInt(m[1], 16));
  }
  return { bin: new Uint8Array(fs.readFileSync(bin)), symbols };
}

export interface Setup {
  requestType: number;
  request: number;
  value: number;
  index: number;
  length: number;
}

function setupBytes(s: Setup): Uint8Array {
  return new Uint8Array([
    s.requestType, s.request, s.value & 0xff, s.value >> 8, s.index & 0xff, s.index >> 8, s.length & 0xff, s.length >> 8,
  ]);
}

/** The state of one control transfer issued by the test. */
interface ControlTransfer {
  setup: Setup;
  outData: Uint8Array | null;
  inData: number[];
  inPackets: number;
  done: boolean;
}

export class EmulatedUsbBoard {
  readonly mcu: RP2040;
  readonly cdc: USBCDC;
  /** Bytes the device sent on its bulk IN endpoint. */
  readonly serial: number[] = [];
  connected = false;
  /** Every write the firmware made to a buffer control word (DPRAM 0x80..0xff), in order. */
  readonly bufferControlWrites: { offset: number; value: number }[] = [];
  private control: ControlTransfer | null = null;
  /** The device's armed bulk OUT buffer, while the host has nothing to send (see below). */
  private pendingRead: { endpoint: number; size: number } | null = null;
  /** Bytes to send that do not fit in USBCDC's 512-byte FIFO yet. */
  private readonly pendingInput: number[] = [];
  private readonly cdcRead: ((endpoint: number, size: number) => void) | undefined;

  /** nakWhileIdle: hold the device's OUT buffer while there is nothing to send (a real host's
   *  NAKs) instead of completing it with an empty packet (rp2040js's USBCDC). */
  constructor(readonly firmware: FixtureFirmware, readonly nakWhileIdle = true) {
    this.mcu = new RP2040();
    this.mcu.logger = new ConsoleLogger(LogLevel.Error);
    this.mcu.flash.set(firmware.bin, 0);
    if (firmware.boot2) {
      // What the bootrom does on a flash boot: boot2 copied to the top of SRAM and entered.
      this.mcu.sram.set(firmware.bin.subarray(0, BOOT2_SIZE), BOOT2_SRAM_ADDRESS - RAM_BASE);
      this.mcu.core.VTOR = 0;
      this.mcu.core.SP = BOOT2_SRAM_ADDRESS + BOOT2_SIZE;
      this.mcu.core.PC = BOOT2_SRAM_ADDRESS;
    } else {
      this.mcu.core.VTOR = FLASH_BASE;
      this.mcu.core.reset();
    }
    this.cdc = new USBCDC(this.mcu.usbCtrl);
    this.cdc.onDeviceConnected = () => {
      this.connected = true;
    };
    this.cdc.onSerialData = (data) => {
      this.serial.push(...data);
    };
    // EP0 traffic of the test's own transfers goes to the test, everything else to USBCDC.
    const usb = this.mcu.usbCtrl;
    const dpramUpdated = usb.DPRAMUpdated.bind(usb);
    usb.DPRAMUpdated = (offset: number, value: number) => {
      if (offset >= 0x80 && offset < 0x100) this.bufferControlWrites.push({ offset, value: value >>> 0 });
      dpramUpdated(offset, value);
    };
    const cdcWrite = usb.onEndpointWrite;
    const cdcRead = usb.onEndpointRead;
    usb.onEndpointWrite = (endpoint, buffer) => {
      const transfer = this.control;
      if (endpoint !== 0 || transfer === null) {
        cdcWrite?.(endpoint, buffer);
        return;
      }
      const dataIn = (transfer.setup.requestType & 0x80) !== 0;
      if (dataIn) {
        transfer.inData.push(...buffer);
        transfer.inPackets++;
        if (buffer.length < 64 || transfer.inData.length >= transfer.setup.length) transfer.done = true;
      } else if (buffer.length === 0) {
        transfer.done = true; // the device's status stage
      }
    };
    this.cdcRead = cdcRead;
    usb.onEndpointRead = (endpoint, size) => {
      const transfer = this.control;
      if (endpoint === 0 && transfer !== null && transfer.outData !== null) {
        const data = transfer.outData.subarray(0, size);
        transfer.outData = null;
        usb.endpointReadDone(0, data);
        return;
      }
      // A real host NAKs an OUT endpoint while it has nothing to send; rp2040js's USBCDC
      // answers at once with an empty packet instead, so an idle device would take an
      // interrupt every 10 us. The read is held until there is data, as on a real bus.
      if (endpoint !== 0) this.fillFifo();
      if (endpoint !== 0 && this.nakWhileIdle && this.cdc.txFIFO.empty) {
        this.pendingRead = { endpoint, size };
        return;
      }
      cdcRead?.(endpoint, size);
    };
  }

  /** Runs the emulated core until done() or until maxMs of emulated time have passed,
   *  letting the event loop run between slices (the test worker must stay responsive). */
  async runUntil(done: () => boolean, maxMs: number): Promise<boolean> {
    const { mcu } = this;
    const clock = mcu.clock as unknown as { nanos: number; nanosToNextAlarm: number; tick(n: number): void };
    const deadline = clock.nanos + maxMs * 1e6;
    while (clock.nanos < deadline) {
      if (done()) return true;
      await new Promise<void>((resolve) => setImmediate(resolve));
      for (let i = 0; i < 20_000; i++) {
        if (mcu.core.waiting) {
          const toAlarm = clock.nanosToNextAlarm;
          // Asleep with nothing scheduled: only the host can wake it; time just passes.
          if (toAlarm <= 0 || clock.nanos + toAlarm > deadline) {
            clock.tick(deadline - clock.nanos);
            return done();
          }
          clock.tick(toAlarm);
        } else {
          clock.tick(mcu.core.executeInstruction() * CYCLE_NANOS);
        }
      }
    }
    return done();
  }

  /** What rp2040js's USBCDC learned in enumeration (kept in its private fields). */
  get enumerated(): { descriptors: number[]; inEndpoint: number; outEndpoint: number } {
    return this.cdc as unknown as { descriptors: number[]; inEndpoint: number; outEndpoint: number };
  }

  /** Sends bytes to the device's bulk OUT endpoint. */
  send(text: string | Uint8Array): void {
    const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
    this.pendingInput.push(...bytes);
    this.fillFifo();
    const pending = this.pendingRead;
    if (pending !== null && bytes.length > 0) {
      this.pendingRead = null;
      this.cdcRead?.(pending.endpoint, pending.size);
    }
  }

  /** USBCDC's FIFO drops what does not fit: it gets only as much as it has room for. */
  private fillFifo(): void {
    const fifo = this.cdc.txFIFO;
    while (this.pendingInput.length > 0 && !fifo.full) fifo.push(this.pendingInput.shift()!);
  }

  serialText(): string {
    return Buffer.from(this.serial).toString("latin1");
  }

  /** One control transfer after enumeration; returns the IN data stage's bytes, or null when
   *  the device did not complete it (a stall: rp2040js models no handshake, so the transfer
   *  simply never finishes). */
  async controlTransfer(setup: Setup, outData: Uint8Array | null = null, maxMs = 20): Promise<number[] | null> {
    const transfer: ControlTransfer = { setup, outData, inData: [], inPackets: 0, done: false };
    this.control = transfer;
    this.mcu.usbCtrl.sendSetupPacket(setupBytes(setup));
    const ok = await this.runUntil(() => transfer.done, maxMs);
    this.control = null;
    return ok ? transfer.inData : null;
  }

  readWord(address: number): number {
    return this.mcu.sramView.getUint32(address - RAM_BASE, true);
  }

  /** The controller's EP_STALL_ARM register. */
  stallArm(): number {
    return this.mcu.usbCtrl.readUint32(0x68);
  }
}
