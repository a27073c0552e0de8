// An STM32 board in QEMU (board.json "emulator": {"kind": "qemu", "system", "machine"}; for
// NETDUINO_PLUS2, qemu-system-arm -M netduinoplus2, an STM32F405). QEMU loads firmware.elf
// into the emulated flash and starts it as the chip starts after reset. The console USART
// (board.json "console".uart) is QEMU's serial port number uart - 1 (the SoC attaches its
// USARTs in the order USART1, 2, 3, UART4, 5, USART6); it is QEMU's stdio, relayed by socat
// to a pseudo-terminal that stays open while clients come and go, as for rp2040.
//
// What QEMU does not model (ports/stm32/README.md): the RCC (the port then takes the
// board's clocks as given), GPIO, the unique id, the RNG and the flash interface.

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../codegen/load/project.js";
import { EmulatorError, type EmulatorHandle, type EmulatorOptions } from "./emulator.js";
import { openPtyRelay } from "./pty.js";

interface QemuBoard {
  system: string;
  machine: string;
  /** The console's serial port index (0-based) in QEMU's -serial order. */
  serialIndex: number;
}

function qemuBoard(board: string): QemuBoard {
  const file = path.join(REPO_ROOT, "boards", board, "board.json");
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as {
    emulator?: { kind?: string; system?: string; machine?: string } | null;
    console?: { kind?: string; uart?: number } | { kind?: string; uart?: number }[];
  };
  const emu = json.emulator;
  if (emu?.kind !== "qemu" || emu.system === undefined || emu.machine === undefined) {
    throw new EmulatorError(`board ${board} has no QEMU emulator in its board.json ("emulator": {"kind": "qemu", …})`);
  }
  const consoles = Array.isArray(json.console) ? json.console : json.console !== undefined ? [json.console] : [];
  const uart = consoles[0]?.kind === "uart" ? consoles[0].uart : undefined;
  if (uart === undefined || uart < 1) throw new EmulatorError(`board ${board}: QEMU needs a UART console (board.json "console")`);
  return { system: emu.system, machine: emu.machine, serialIndex: uart - 1 };
}

/** QEMU's arguments: every serial port before the console's is null, the console is stdio. */
export function qemuArgs(q: QemuBoard, elf: string): string[] {
  const serials: string[] = [];
  for (let i = 0; i < q.serialIndex; i++) serials.push("-serial", "null");
  return ["-M", q.machine, "-display", "none", "-monitor", "none", ...serials, "-serial", "stdio", "-kernel", elf];
}

export async function startEmulator(board: string, opts: EmulatorOptions): Promise<EmulatorHandle> {
  const q = qemuBoard(board);
  const elf = path.join(opts.firmwareDir, "firmware.elf");
  if (!fs.existsSync(elf)) throw new EmulatorError(`no firmware.elf in ${opts.firmwareDir}: build it first (pyxis build --board ${board})`);
  const relay = await openPtyRelay();
  const child = spawn(q.system, qemuArgs(q, elf), { stdio: ["pipe", "pipe", "pipe"] });
  let stopping = false;
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
    if (!opts.quiet) process.stderr.write(chunk);
  });
  child.stdout!.on("data", (chunk: Buffer) => relay.write(new Uint8Array(chunk)));
  child.stdin!.on("error", () => {});
  relay.onData((bytes) => {
    if (child.exitCode === null && !child.stdin!.destroyed) child.stdin!.write(bytes);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once("error", (e) => {
      void relay.close();
      reject(new EmulatorError(`cannot start ${q.system} (Debian: apt-get install qemu-system-arm): ${e.message}`));
    });
    child.once("exit", (code) => {
      void relay.close();
      if (stopping) resolve(null);
      else if (code !== 0 && stderr.trim() !== "") reject(new EmulatorError(`${q.system} exited with status ${code}: ${stderr.trim()}`));
      else resolve(code);
    });
  });
  // An unobserved rejection must not crash the caller that only awaits stop().
  exited.catch(() => {});
  if (!opts.quiet) process.stderr.write(`pyxis: ${board} in ${q.system} -M ${q.machine}; console on ${relay.path}\n`);
  return {
    path: relay.path,
    exited,
    async stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited.catch(() => null);
      await relay.close();
    },
  };
}
