// Boot time to the first ">>> " on emulated boards: RPI_PICO in rp2040js, counted in
// emulated time (and the cycles of clk_sys that make it), NETDUINO_PLUS2 in QEMU, counted in
// guest instructions. QEMU counts them in record/replay mode (-icount shift=0,rr=record),
// where QMP's query-replay reports the instruction count; the emulator is stopped over QMP
// as soon as the prompt arrives (the board idles in wfi there, so the few instructions of
// the timer interrupts that run before the stop lands are all it adds).

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { createRp2040Board, loadFlashImage } from "../scripts/emulate/rp2040.js";
import { qemuArgs } from "../scripts/emulate/stm32.js";
import { REPO_ROOT, type BenchOptions } from "./common.js";

/** RPI_PICO must reach its prompt within this much emulated time. */
export const PICO_BOOT_TARGET_MS = 20;
const PROMPT = ">>> ";
const BOOT_TIMEOUT_MS = 180_000;

export interface Rp2040Boot {
  board: string;
  emulatedMs: number;
  cycles: number;
  clkSysHz: number;
}

export interface QemuBoot {
  board: string;
  guestInstructions: number;
}

export interface BootResults {
  rp2040: Rp2040Boot | null;
  qemu: QemuBoot | null;
  /** Why a board was not measured. */
  skipped: { board: string; reason: string }[];
  picoTargetMs: number;
  met: boolean;
}

/** Boot the firmware in rp2040js until the console shows the prompt. */
export async function rp2040Boot(board: string, firmwareDir: string): Promise<Rp2040Boot> {
  const { image } = loadFlashImage(firmwareDir);
  const config = path.join(firmwareDir, "board_config.h");
  const uart = fs.existsSync(config) && /#define\s+PYX_CONSOLE_UART\b/.test(fs.readFileSync(config, "utf8"))
    && !/#define\s+PYX_CONSOLE_USB_CDC\b/.test(fs.readFileSync(config, "utf8"));
  const emulated = createRp2040Board(image, { console: uart ? "uart" : "usb", quiet: true });
  let text = "";
  let result: Rp2040Boot | undefined;
  emulated.onOutput((bytes) => {
    if (result !== undefined) return;
    text += Buffer.from(bytes).toString("latin1");
    if (text.endsWith(PROMPT)) {
      const nanos = emulated.chip.clock.nanos;
      const hz = emulated.chip.clkSys;
      result = { board, emulatedMs: nanos / 1e6, cycles: Math.round((nanos * hz) / 1e9), clkSysHz: hz };
      emulated.stop();
    }
  });
  const timer = setTimeout(() => emulated.stop(), BOOT_TIMEOUT_MS);
  await emulated.run();
  clearTimeout(timer);
  if (result === undefined) throw new Error(`${board} did not reach "${PROMPT}" in rp2040js; it printed: ${JSON.stringify(text.slice(-300))}`);
  return result;
}

/** One QMP exchange at a time over a unix socket: send a command, wait for its "return". */
class Qmp {
  private buffered = "";
  private waiting: ((reply: Record<string, unknown>) => void)[] = [];
  private constructor(private readonly socket: net.Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.buffered += chunk.toString("utf8");
      let nl: number;
      while ((nl = this.buffered.indexOf("\n")) >= 0) {
        const line = this.buffered.slice(0, nl).trim();
        this.buffered = this.buffered.slice(nl + 1);
        if (line === "") continue;
        const reply = JSON.parse(line) as Record<string, unknown>;
        // Events (STOP, …) and the greeting are not replies.
        if ("return" in reply || "error" in reply) this.waiting.shift()?.(reply);
      }
    });
  }

  static async connect(socketPath: string): Promise<Qmp> {
    for (let attempt = 0; ; attempt++) {
      try {
        const socket = await new Promise<net.Socket>((resolve, reject) => {
          const s = net.createConnection(socketPath, () => resolve(s));
          s.once("error", reject);
        });
        const qmp = new Qmp(socket);
        await qmp.execute("qmp_capabilities");
        return qmp;
      } catch (e) {
        if (attempt > 200) throw e;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  execute(command: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      this.waiting.push((reply) => ("error" in reply ? reject(new Error(`QMP ${command}: ${JSON.stringify(reply["error"])}`)) : resolve(reply)));
      this.socket.write(`${JSON.stringify({ execute: command })}\n`);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Boot the firmware in QEMU until the console shows the prompt; its guest instructions. */
export async function qemuBoot(opts: BenchOptions, board: string, firmwareDir: string): Promise<QemuBoot> {
  const json = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "boards", board, "board.json"), "utf8")) as {
    emulator: { system: string; machine: string };
    console: { uart: number } | { uart: number }[];
  };
  const consoleUart = (Array.isArray(json.console) ? json.console[0]! : json.console).uart;
  const scratch = path.join(opts.outDir, "boot");
  fs.mkdirSync(scratch, { recursive: true });
  const socketPath = path.join(scratch, `qmp.${process.pid}.sock`);
  const replayFile = path.join(scratch, `replay.${process.pid}.bin`);
  fs.rmSync(socketPath, { force: true });
  const args = [
    ...qemuArgs({ system: json.emulator.system, machine: json.emulator.machine, serialIndex: consoleUart - 1 }, path.join(firmwareDir, "firmware.elf")),
    "-icount", `shift=0,rr=record,rrfile=${replayFile}`,
    "-qmp", `unix:${socketPath},server=on,wait=off`,
  ];
  const child = spawn(json.emulator.system, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  try {
    const qmp = await Qmp.connect(socketPath);
    try {
      const prompt = new Promise<void>((resolve, reject) => {
        let text = "";
        const timer = setTimeout(() => reject(new Error(`${board} did not reach "${PROMPT}" in QEMU: ${JSON.stringify(text.slice(-300))} ${stderr}`)), BOOT_TIMEOUT_MS);
        child.stdout.on("data", (b: Buffer) => {
          text += b.toString("latin1");
          if (text.endsWith(PROMPT)) {
            clearTimeout(timer);
            resolve();
          }
        });
        void exited.then(() => reject(new Error(`QEMU exited before ${board}'s prompt: ${stderr.trim()}`)));
      });
      await prompt;
      await qmp.execute("stop");
      const reply = await qmp.execute("query-replay");
      const icount = (reply["return"] as { icount?: number }).icount;
      if (icount === undefined) throw new Error(`QEMU's query-replay gave no instruction count: ${JSON.stringify(reply)}`);
      return { board, guestInstructions: icount };
    } finally {
      qmp.close();
    }
  } finally {
    child.kill("SIGKILL");
    await exited;
    fs.rmSync(socketPath, { force: true });
    fs.rmSync(replayFile, { force: true });
  }
}

export async function measureBoot(opts: BenchOptions, firmwareDirs: Record<string, string>): Promise<BootResults> {
  const skipped: { board: string; reason: string }[] = [];
  let rp2040: Rp2040Boot | null = null;
  let qemu: QemuBoot | null = null;
  const pico = firmwareDirs["RPI_PICO"];
  if (pico === undefined) skipped.push({ board: "RPI_PICO", reason: "not built" });
  else {
    try {
      rp2040 = await rp2040Boot("RPI_PICO", pico);
      opts.log(`RPI_PICO boot: ${rp2040.emulatedMs.toFixed(2)} ms emulated, ${rp2040.cycles} cycles`);
    } catch (e) {
      skipped.push({ board: "RPI_PICO", reason: e instanceof Error ? e.message : String(e) });
    }
  }
  const netduino = firmwareDirs["NETDUINO_PLUS2"];
  if (netduino === undefined) skipped.push({ board: "NETDUINO_PLUS2", reason: "not built" });
  else {
    try {
      qemu = await qemuBoot(opts, "NETDUINO_PLUS2", netduino);
      opts.log(`NETDUINO_PLUS2 boot: ${qemu.guestInstructions} guest instructions`);
    } catch (e) {
      skipped.push({ board: "NETDUINO_PLUS2", reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { rp2040, qemu, skipped, picoTargetMs: PICO_BOOT_TARGET_MS, met: rp2040 !== null && rp2040.emulatedMs < PICO_BOOT_TARGET_MS };
}
