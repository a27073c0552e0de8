// The AN3155 flasher (scripts/flash/stm32_uart_boot.ts) against the simulated ROM bootloader
// on a pty (an3155_sim.ts): the byte-level exchanges, a whole flash with read-back, and the
// failures it must explain or recover from.

import { afterEach, describe, expect, it } from "vitest";
import { An3155Simulator, ACK, NACK, SIM_COMMANDS, FLASH_BASE } from "./an3155_sim.js";
import {
  flashThroughBootloader, openSerialChannel, sectorsFor, Stm32Bootloader, type ByteChannel, type BootloaderTimeouts,
} from "../../scripts/flash/stm32_uart_boot.js";

const F405_SECTORS = [16384, 16384, 16384, 16384, 65536, ...Array<number>(7).fill(131072)];
/** Short, so that the no-answer cases stay quick; the simulator answers at once. */
const TIMEOUTS: BootloaderTimeouts = { answerMs: 300, writeMs: 300, eraseSectorMs: 300 };

let sim: An3155Simulator | undefined;
let channel: ByteChannel | undefined;

afterEach(async () => {
  await channel?.close();
  await sim?.close();
  channel = undefined;
  sim = undefined;
});

async function connect(opts: ConstructorParameters<typeof Object>[0] = {}): Promise<{ sim: An3155Simulator; channel: ByteChannel }> {
  sim = await An3155Simulator.start(opts as never);
  channel = await openSerialChannel(sim.path);
  return { sim, channel };
}

/** Bytes the channel receives within ms. */
function collect(ch: ByteChannel): { bytes: number[] } {
  const got = { bytes: [] as number[] };
  ch.onData((b) => got.bytes.push(...b));
  return got;
}

const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function testImage(length: number): Uint8Array {
  const image = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    image[i] = x >>> 24;
  }
  return image;
}

describe("AN3155 simulator, byte by byte", () => {
  it("answers sync, Get, Get ID and refuses a bad complement as the application note says", async () => {
    const { channel: ch } = await connect();
    const got = collect(ch);
    await ch.write(new Uint8Array([0x7f]));
    await settle(100);
    expect(got.bytes).toEqual([ACK]);
    got.bytes.length = 0;
    await ch.write(new Uint8Array([0x00, 0xff]));
    await settle(100);
    expect(got.bytes).toEqual([ACK, SIM_COMMANDS.length, 0x31, ...SIM_COMMANDS, ACK]);
    got.bytes.length = 0;
    await ch.write(new Uint8Array([0x02, 0xfd]));
    await settle(100);
    expect(got.bytes).toEqual([ACK, 0x01, 0x04, 0x13, ACK]);
    got.bytes.length = 0;
    await ch.write(new Uint8Array([0x02, 0x00])); // wrong complement
    await settle(100);
    expect(got.bytes).toEqual([NACK]);
    got.bytes.length = 0;
    // Read Memory with a wrong address checksum: ACK for the command, NACK for the address.
    await ch.write(new Uint8Array([0x11, 0xee, 0x08, 0x00, 0x00, 0x00, 0x00]));
    await settle(100);
    expect(got.bytes).toEqual([ACK, NACK]);
  });
});

describe("flashing through the ROM UART bootloader", () => {
  it("erases the sectors the image needs, writes it, reads it back and starts it", async () => {
    const { sim: s, channel: ch } = await connect();
    const image = testImage(40000); // sectors 0..2, an odd tail
    const phases = new Set<string>();
    const report = await flashThroughBootloader(ch, s.path, {
      image, address: FLASH_BASE, sectorSizes: F405_SECTORS, mcu: "STM32F405RG", go: true, timeouts: TIMEOUTS,
      onProgress: (phase) => phases.add(phase),
    });
    expect(report.productId).toBe(0x0413);
    expect(report.sectorsErased).toEqual([0, 1, 2]);
    expect(s.erasedSectors).toEqual([0, 1, 2]);
    expect(report.retries).toBe(0);
    expect([...s.flash.subarray(0, image.length)]).toEqual([...image]);
    expect(s.flash[image.length]).toBe(0xff); // the padding to a word
    expect(s.wentTo).toBe(FLASH_BASE);
    expect([...phases]).toEqual(["erase", "write", "verify"]);
  }, 60000);

  it("explains BOOT0 when nothing answers the sync", async () => {
    const { sim: s, channel: ch } = await connect({ silent: true });
    await expect(flashThroughBootloader(ch, s.path, {
      image: testImage(64), address: FLASH_BASE, sectorSizes: F405_SECTORS, mcu: "STM32F405RG", timeouts: TIMEOUTS,
    })).rejects.toThrow(/no answer .*0x7F sync.*BOOT0 high/s);
  });

  it("names both chips when the product id is not the board's", async () => {
    const { sim: s, channel: ch } = await connect({ productId: 0x0431 });
    await expect(flashThroughBootloader(ch, s.path, {
      image: testImage(64), address: FLASH_BASE, sectorSizes: F405_SECTORS, mcu: "STM32F405RG", timeouts: TIMEOUTS,
    })).rejects.toThrow("wrong chip: the bootloader reports product id 0x0431 (STM32F411xC/E), but the board's MCU is STM32F405RG, product id 0x0413 (STM32F405xx/F407xx/F415xx/F417xx)");
    expect(s.erasedSectors).toEqual([]); // nothing touched
  });

  it("detects an interrupted write, resynchronises, retries it and still verifies", async () => {
    const { sim: s, channel: ch } = await connect({ loseByteInWrite: 3 });
    const image = testImage(2000);
    const lines: string[] = [];
    const report = await flashThroughBootloader(ch, s.path, {
      image, address: FLASH_BASE, sectorSizes: F405_SECTORS, mcu: "STM32F405RG", timeouts: TIMEOUTS, log: (l) => lines.push(l),
    });
    expect(report.retries).toBe(1);
    expect(lines.join("\n")).toMatch(/no answer to the data at 0x08000200 \(Write Memory\).*retrying Write Memory at 0x08000200/);
    expect([...s.flash.subarray(0, image.length)]).toEqual([...image]);
  }, 60000);

  it("catches a corrupt write by reading back, naming the address", async () => {
    const { sim: s, channel: ch } = await connect({ corruptWrite: 2 });
    await expect(flashThroughBootloader(ch, s.path, {
      image: testImage(1024), address: FLASH_BASE, sectorSizes: F405_SECTORS, mcu: "STM32F405RG", timeouts: TIMEOUTS,
    })).rejects.toThrow(/verification failed at 0x08000105: wrote 0x[0-9a-f]{2}, read back 0x[0-9a-f]{2}/);
  }, 60000);

  it("refuses an image larger than the flash before touching it", () => {
    expect(sectorsFor(F405_SECTORS, 0, 100)).toEqual([0]);
    expect(sectorsFor(F405_SECTORS, 0, 16385)).toEqual([0, 1]);
    expect(() => sectorsFor(F405_SECTORS, 0, 1024 * 1024 + 1)).toThrow(/larger than the flash/);
  });

  it("reads and writes RAM through the session API", async () => {
    const { sim: s, channel: ch } = await connect();
    const bl = new Stm32Bootloader(ch, s.path, TIMEOUTS);
    await bl.sync();
    await bl.writeMemory(0x20000100, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    expect([...(await bl.readMemory(0x20000100, 8))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // An address outside every memory is refused (NACK), not a timeout.
    await expect(bl.readMemory(0x30000000, 4)).rejects.toThrow(/refused the address 0x30000000/);
  });
});
