// `pyxis flash` for STM32 boards: the first way that is available, in this order:
//  1. DFU: dfu-util (when installed) with firmware.dfu, when a chip in its ROM DFU
//     bootloader (0483:df11, entered with BOOT0 high on USB-capable F4s) is attached;
//  2. the ROM UART bootloader (AN3155, scripts/flash/stm32_uart_boot.ts) on --port;
//  3. an ST-Link through st-flash or openocd, when installed.
// When none is, the message says what each needs.

import { execFile, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Board } from "../boards/board.js";
import { FlashError } from "./uf2_drive.js";
import { BootloaderError, flashThroughBootloader, openSerialChannel, progressBar } from "./stm32_uart_boot.js";

export interface Stm32FlashOptions {
  /** The serial port wired to the chip's bootloader UART (USART1 PA9/PA10 on the F4). */
  port?: string;
  /** An image other than the build's (.dfu for DFU, .bin for the others). */
  file?: string;
}

/** The program's path when it is on PATH. */
export function which(program: string): string | undefined {
  for (const dir of (process.env["PATH"] ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, program);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function output(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: "utf8" }, (_error, stdout, stderr) => resolve(`${stdout}${stderr}`));
  });
}

/** Run a flashing tool with its output on our stderr; fails with its status. */
function runTool(cmd: string, args: string[]): Promise<void> {
  process.stderr.write(`pyxis: ${cmd} ${args.join(" ")}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", (e) => reject(new FlashError(`${cmd}: ${e.message}`)));
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new FlashError(`${cmd} failed (status ${code})`))));
  });
}

const DFU_DEVICE = /\[0483:df11\]/i;

export async function flashStm32(board: Board, opts: Stm32FlashOptions, firmwareDir: string): Promise<void> {
  const notes: string[] = [];
  // 1. DFU.
  const dfuUtil = which("dfu-util");
  if (dfuUtil === undefined) {
    notes.push("DFU: dfu-util is not installed (Debian: apt-get install dfu-util)");
  } else if (opts.port === undefined) {
    if (DFU_DEVICE.test(await output(dfuUtil, ["-l"]))) {
      const file = opts.file ?? path.join(firmwareDir, "firmware.dfu");
      await runTool(dfuUtil, ["-a", "0", "-D", file, "-s", ":leave"]);
      return;
    }
    notes.push("DFU: no STM32 in DFU mode (0483:df11) is attached: reset the board with BOOT0 high, on its USB port");
  }
  // 2. The ROM UART bootloader.
  if (opts.port !== undefined) {
    const file = opts.file ?? path.join(firmwareDir, "firmware.bin");
    const image = new Uint8Array(fs.readFileSync(file));
    const m = board.config.memory;
    const sectorSizes = (m.flashSectors ?? [{ count: 1, size: m.flash.size }]).flatMap((s) => Array<number>(s.count).fill(s.size));
    const channel = await openSerialChannel(opts.port);
    try {
      const report = await flashThroughBootloader(channel, opts.port, {
        image, address: m.flash.origin, sectorSizes, mcu: board.config.mcu, go: true,
        onProgress: progressBar((text) => process.stderr.write(text)),
        log: (line) => process.stderr.write(`\npyxis: ${line}\n`),
      });
      process.stderr.write(`pyxis: ${board.name}: ${report.bytesWritten} bytes written and verified through the ROM bootloader; started\n`);
    } catch (e) {
      if (e instanceof BootloaderError) throw new FlashError(e.message);
      throw e;
    } finally {
      await channel.close();
    }
    return;
  }
  notes.push("UART bootloader: give --port <the serial port on the chip's USART1 (PA9/PA10)> and reset the board with BOOT0 high");
  // 3. An ST-Link.
  const stFlash = which("st-flash");
  if (stFlash !== undefined) {
    await runTool(stFlash, ["--reset", "write", opts.file ?? path.join(firmwareDir, "firmware.bin"), `0x${board.config.memory.flash.origin.toString(16)}`]);
    return;
  }
  const openocd = which("openocd");
  if (openocd !== undefined) {
    const elf = opts.file ?? path.join(firmwareDir, "firmware.elf");
    await runTool(openocd, ["-f", "interface/stlink.cfg", "-f", "target/stm32f4x.cfg", "-c", `program ${elf} verify reset exit`]);
    return;
  }
  notes.push("ST-Link: neither st-flash (Debian: stlink-tools) nor openocd is installed");
  throw new FlashError(`no way to flash ${board.name} is available:\n  ${notes.join("\n  ")}`);
}
