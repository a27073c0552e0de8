// The stm32 port's build recipe (scripts/build/port_recipe.ts): Cortex-M4F flags, the port's C,
// and, generated per board from board.json: stm32_board.h (clock tree, console USART, MCU
// facts as macros), stm32_cpu_pins.c (each CPU pin's GPIO port and number) and the linker
// script. Images: firmware.bin, firmware.hex, firmware.dfu.
//
// The clock settings in board.json are checked here against the reference manuals' limits
// (RM0090 6.3.2 for the F405, RM0383 6.3.2 for the F411), so a wrong board file fails the
// build with the rule it breaks rather than a chip that does not start.

import * as fs from "node:fs";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { COMMON_PORT_DIR, commonPortSource, type Board, type PortRecipe } from "../../scripts/build/port_recipe.js";
import { boardPinIndex } from "../../scripts/boards/board.js";
import { dfuseFile, intelHex } from "../../scripts/build/stm32_images.js";

const PORT_DIR = import.meta.dirname;

/** What the port needs to know about each MCU it supports. */
export interface Stm32Mcu {
  family: "F405" | "F411";
  /** Highest SYSCLK/HCLK, APB1 and APB2 clocks (Hz). */
  maxHclk: number;
  maxPclk1: number;
  maxPclk2: number;
  /** HCLK per flash wait state at 2.7-3.6 V (RM0090 table 10, RM0383 table 6). */
  hzPerWaitState: number;
  /** PWR_CR VOS for the highest speed (F405: bit 14 = scale 1; F411: bits 15:14 = 11, scale 1). */
  vos: number;
  /** The USARTs the MCU has. */
  usarts: number[];
  hasRng: boolean;
}

export const STM32_MCUS: Record<string, Stm32Mcu> = {
  STM32F405RG: { family: "F405", maxHclk: 168e6, maxPclk1: 42e6, maxPclk2: 84e6, hzPerWaitState: 30e6, vos: 1, usarts: [1, 2, 3, 4, 5, 6], hasRng: true },
  STM32F411RE: { family: "F411", maxHclk: 100e6, maxPclk1: 50e6, maxPclk2: 100e6, hzPerWaitState: 30e6, vos: 3, usarts: [1, 2, 6], hasRng: false },
};

/** A USART: register block, NVIC line, APB bus and its RCC enable bit, GPIO alternate function. */
interface Usart {
  base: number;
  irq: number;
  apb: 1 | 2;
  rccBit: number;
  af: number;
}

/** RM0090 2.3 (memory map), 10.2 (vector table), 6.3.13/14 (enable bits), datasheet AF tables. */
export const USARTS: Record<number, Usart> = {
  1: { base: 0x40011000, irq: 37, apb: 2, rccBit: 4, af: 7 },
  2: { base: 0x40004400, irq: 38, apb: 1, rccBit: 17, af: 7 },
  3: { base: 0x40004800, irq: 39, apb: 1, rccBit: 18, af: 7 },
  4: { base: 0x40004c00, irq: 52, apb: 1, rccBit: 19, af: 8 },
  5: { base: 0x40005000, irq: 53, apb: 1, rccBit: 20, af: 8 },
  6: { base: 0x40011400, irq: 71, apb: 2, rccBit: 5, af: 8 },
};

export class Stm32BoardError extends Error {}

const HSI_HZ = 16e6;
const AHB_CODES: Record<number, number> = { 1: 0, 2: 8, 4: 9, 8: 10, 16: 11, 64: 12, 128: 13, 256: 14, 512: 15 };
const APB_CODES: Record<number, number> = { 1: 0, 2: 4, 4: 5, 8: 6, 16: 7 };

/** The clock tree a board.json asks for, checked. */
export interface Stm32Clocks {
  hseHz: number;
  hseBypass: boolean;
  m: number;
  mHsi: number;
  n: number;
  p: number;
  q: number;
  sysclkHz: number;
  ahb: number;
  apb1: number;
  apb2: number;
  hclkHz: number;
  pclk1Hz: number;
  pclk2Hz: number;
  flashLatency: number;
  /** The 48 MHz clock (USB, SDIO, RNG) from PLLQ. */
  pll48Hz: number;
}

export function stm32Mcu(board: Board): Stm32Mcu {
  const mcu = STM32_MCUS[board.config.mcu];
  if (mcu === undefined) throw new Stm32BoardError(`${board.name}: mcu: the stm32 port supports ${Object.keys(STM32_MCUS).join(", ")}, not ${board.config.mcu}`);
  return mcu;
}

export function stm32Clocks(board: Board): Stm32Clocks {
  const c = board.config.clocks;
  const mcu = stm32Mcu(board);
  const where = `${board.name}: board.json clocks`;
  const fail = (field: string, text: string): never => {
    throw new Stm32BoardError(`${where}.${field}: ${text}`);
  };
  if (c.source !== "hse" && c.source !== "hsi") fail("source", `must be "hse" or "hsi" on STM32, not "${c.source}"`);
  const hseHz = c.source === "hse" ? (c.xtalHz ?? fail("xtalHz", "is required when the source is hse")) : 0;
  const pll = c.pll ?? fail("pll", "is required: { m, n, p, q } (RM0090 6.3.2)");
  const need = (k: string): number => pll[k] ?? fail(`pll.${k}`, "is required");
  const m = need("m"), n = need("n"), p = need("p"), q = need("q");
  const inHz = c.source === "hse" ? hseHz : HSI_HZ;
  if (m < 2 || m > 63) fail("pll.m", `${m} is outside 2..63`);
  const vcoIn = inHz / m;
  if (vcoIn < 1e6 || vcoIn > 2e6) fail("pll.m", `the PLL input ${inHz} / ${m} = ${vcoIn} Hz must be 1..2 MHz`);
  if (n < 50 || n > 432) fail("pll.n", `${n} is outside 50..432`);
  const vco = vcoIn * n;
  if (vco < 100e6 || vco > 432e6) fail("pll.n", `the VCO ${vcoIn} * ${n} = ${vco} Hz must be 100..432 MHz`);
  if (![2, 4, 6, 8].includes(p)) fail("pll.p", `${p} must be 2, 4, 6 or 8`);
  if (q < 2 || q > 15) fail("pll.q", `${q} is outside 2..15`);
  const sysclkHz = vco / p;
  if (sysclkHz !== c.cpuHz) fail("cpuHz", `is ${c.cpuHz} but the PLL gives ${vco} / ${p} = ${sysclkHz} Hz`);
  // The HSI fallback keeps the same PLL input frequency: M scaled to 16 MHz.
  const mHsi = c.source === "hse" ? (HSI_HZ / inHz) * m : m;
  if (!Number.isInteger(mHsi) || mHsi < 2 || mHsi > 63) fail("pll.m", `no HSI fallback: 16 MHz / ${vcoIn} Hz is not a valid M`);
  const d = c.dividers ?? {};
  const ahb = d["ahb"] ?? 1, apb1 = d["apb1"] ?? 4, apb2 = d["apb2"] ?? 2;
  if (AHB_CODES[ahb] === undefined) fail("dividers.ahb", `${ahb} must be one of ${Object.keys(AHB_CODES).join(", ")}`);
  if (APB_CODES[apb1] === undefined) fail("dividers.apb1", `${apb1} must be one of ${Object.keys(APB_CODES).join(", ")}`);
  if (APB_CODES[apb2] === undefined) fail("dividers.apb2", `${apb2} must be one of ${Object.keys(APB_CODES).join(", ")}`);
  const hclkHz = sysclkHz / ahb, pclk1Hz = hclkHz / apb1, pclk2Hz = hclkHz / apb2;
  if (hclkHz > mcu.maxHclk) fail("cpuHz", `HCLK ${hclkHz} Hz is above the ${board.config.mcu}'s ${mcu.maxHclk}`);
  if (pclk1Hz > mcu.maxPclk1) fail("dividers.apb1", `APB1 at ${pclk1Hz} Hz is above the ${board.config.mcu}'s ${mcu.maxPclk1}`);
  if (pclk2Hz > mcu.maxPclk2) fail("dividers.apb2", `APB2 at ${pclk2Hz} Hz is above the ${board.config.mcu}'s ${mcu.maxPclk2}`);
  const minLatency = Math.ceil(hclkHz / mcu.hzPerWaitState) - 1;
  const flashLatency = c.flashLatency ?? minLatency;
  if (flashLatency < minLatency || flashLatency > 7) fail("flashLatency", `${flashLatency}: HCLK ${hclkHz} Hz needs ${minLatency}..7 wait states`);
  return { hseHz, hseBypass: c.hseBypass, m, mHsi, n, p, q, sysclkHz, ahb, apb1, apb2, hclkHz, pclk1Hz, pclk2Hz, flashLatency, pll48Hz: vco / q };
}

/** The console USART and its pins as (GPIO port, number) pairs. */
function consoleUsart(board: Board): { id: number; usart: Usart; tx: [number, number]; rx: [number, number]; baud: number } {
  const c = board.config.console[0]!;
  if (c.kind !== "uart") throw new Stm32BoardError(`${board.name}: board.json console: the stm32 port has a UART console only (USB device support is a later issue), not ${c.kind}`);
  const mcu = stm32Mcu(board);
  const usart = USARTS[c.uart];
  if (usart === undefined || !mcu.usarts.includes(c.uart)) {
    throw new Stm32BoardError(`${board.name}: board.json console.uart: the ${board.config.mcu} has USART ${mcu.usarts.join(", ")}, not ${c.uart}`);
  }
  const gpio = (name: string): [number, number] => gpioOf(board.pins.cpuNames[boardPinIndex(board, name)]!);
  return { id: c.uart, usart, tx: gpio(c.tx), rx: gpio(c.rx), baud: c.baud };
}

/** "PC13" → [2, 13]. */
export function gpioOf(cpuName: string): [number, number] {
  const m = /^P([A-K])(\d{1,2})$/.exec(cpuName);
  if (m === null || Number(m[2]) > 15) throw new Stm32BoardError(`'${cpuName}' is not an STM32 GPIO name (PA0..PK15)`);
  return [m[1]!.charCodeAt(0) - 65, Number(m[2])];
}

export function boardHeader(board: Board): string {
  const k = stm32Clocks(board);
  const mcu = stm32Mcu(board);
  const con = consoleUsart(board);
  const lines = [
    `/* Generated by ports/stm32/build.ts from boards/${board.name}/board.json: do not edit. */`,
    "#ifndef PYXIS_STM32_BOARD_H",
    "#define PYXIS_STM32_BOARD_H",
    "",
    '#include "board_config.h"',
    "",
    `#define STM32_FAMILY_${mcu.family} 1`,
    `#define STM32_HAS_RNG ${mcu.hasRng ? 1 : 0}`,
    `#define STM32_CPU_PIN_COUNT ${board.pins.cpuNames.length}`,
    "",
    "/* Clock tree (see build.ts for the checks). */",
    `#define STM32_HSE_HZ ${k.hseHz}u`,
    `#define STM32_HSE_BYPASS ${k.hseBypass ? 1 : 0}`,
    `#define STM32_PLL_M_HSE ${k.m}u`,
    `#define STM32_PLL_M_HSI ${k.mHsi}u`,
    `#define STM32_PLL_N ${k.n}u`,
    `#define STM32_PLL_P ${k.p}u`,
    `#define STM32_PLL_Q ${k.q}u`,
    `#define STM32_SYSCLK_HZ ${k.sysclkHz}u`,
    `#define STM32_AHB_DIV ${k.ahb}u`,
    `#define STM32_APB1_DIV ${k.apb1}u`,
    `#define STM32_APB2_DIV ${k.apb2}u`,
    `#define STM32_CFGR_HPRE ${AHB_CODES[k.ahb]}u`,
    `#define STM32_CFGR_PPRE1 ${APB_CODES[k.apb1]}u`,
    `#define STM32_CFGR_PPRE2 ${APB_CODES[k.apb2]}u`,
    `#define STM32_FLASH_LATENCY ${k.flashLatency}u`,
    `#define STM32_PWR_VOS ${mcu.vos}u`,
    "/* The MCU's limits, for machine.freq(hz). */",
    `#define STM32_MAX_HCLK_HZ ${mcu.maxHclk}u`,
    `#define STM32_MAX_PCLK1_HZ ${mcu.maxPclk1}u`,
    `#define STM32_MAX_PCLK2_HZ ${mcu.maxPclk2}u`,
    `#define STM32_HZ_PER_WAIT_STATE ${mcu.hzPerWaitState}u`,
    "",
    `/* Console: USART${con.id}. */`,
    `#define STM32_CONSOLE_USART 0x${con.usart.base.toString(16)}u`,
    `#define STM32_CONSOLE_IRQ ${con.usart.irq}u`,
    `#define STM32_CONSOLE_APB ${con.usart.apb}`,
    `#define STM32_CONSOLE_RCC_ENR RCC_APB${con.usart.apb}ENR`,
    `#define STM32_CONSOLE_RCC_BIT (1u << ${con.usart.rccBit})`,
    `#define STM32_CONSOLE_AF ${con.usart.af}u`,
    `#define STM32_CONSOLE_TX_PORT ${con.tx[0]}u`,
    `#define STM32_CONSOLE_TX_PIN ${con.tx[1]}u`,
    `#define STM32_CONSOLE_RX_PORT ${con.rx[0]}u`,
    `#define STM32_CONSOLE_RX_PIN ${con.rx[1]}u`,
    `#define STM32_CONSOLE_BAUD ${con.baud}u`,
    "",
    "#endif /* PYXIS_STM32_BOARD_H */",
    "",
  ];
  return lines.join("\n");
}

export function cpuPinsSource(board: Board): string {
  const entries = board.pins.cpuNames.map((name) => {
    const [port, n] = gpioOf(name);
    return `    0x${((port << 4) | n).toString(16).padStart(2, "0")}, /* ${name} */`;
  });
  return [
    `/* Generated by ports/stm32/build.ts from ports/stm32/pins_${board.config.mcu}.csv: do not edit. */`,
    '#include "port.h"',
    "",
    "/* Per CPU pin index: GPIO port (A = 0) << 4 | pin number. */",
    "const uint8_t stm32_cpu_pins[STM32_CPU_PIN_COUNT] = {",
    ...entries,
    "};",
    "",
  ].join("\n");
}

/**
 * The linker script. Flash: the vector table first (the core boots from 0x08000000), code,
 * constants, .data's load image. RAM: the Python arena (.arena). Where the MCU has CCM
 * (F405), .data, .bss and the C stack go there, leaving the 128 KiB SRAM to the arena;
 * otherwise they share SRAM with it. The stack takes what is left of its region, at least
 * memory.stackSize (checked by the linker).
 */
export function linkerScript(board: Board): string {
  const m = board.config.memory;
  const flashSize = m.firmwareSize ?? m.flash.size;
  const hex = (v: number): string => `0x${v.toString(16).toUpperCase()}`;
  const data = m.ccm !== undefined ? "CCM" : "RAM";
  return `/* Generated by ports/stm32/build.ts from boards/${board.name}/board.json: do not edit. */
ENTRY(Reset_Handler)

MEMORY
{
    FLASH (rx) : ORIGIN = ${hex(m.flash.origin)}, LENGTH = ${hex(flashSize)}
    RAM (rwx)  : ORIGIN = ${hex(m.ram.origin)}, LENGTH = ${hex(m.ram.size)}
${m.ccm !== undefined ? `    CCM (rw)   : ORIGIN = ${hex(m.ccm.origin)}, LENGTH = ${hex(m.ccm.size)}\n` : ""}}

_stack_size = ${hex(m.stackSize)};

SECTIONS
{
    .isr_vector : { KEEP(*(.isr_vector)) } > FLASH

    .text : ALIGN(4)
    {
        *(.text .text.*)
        *(.rodata .rodata.*)
        . = ALIGN(4);
    } > FLASH

    .ARM.extab : { *(.ARM.extab* .gnu.linkonce.armextab.*) } > FLASH
    .ARM.exidx : { *(.ARM.exidx* .gnu.linkonce.armexidx.*) } > FLASH

    _sidata = LOADADDR(.data);
    .data : ALIGN(4)
    {
        _sdata = .;
        *(.data .data.*)
        . = ALIGN(4);
        _edata = .;
    } > ${data} AT > FLASH

    .bss (NOLOAD) : ALIGN(4)
    {
        _sbss = .;
        *(.bss .bss.* COMMON)
        . = ALIGN(4);
        _ebss = .;
    } > ${data}

    /* Kept across a reset (the bootloader request). */
    .noinit (NOLOAD) : ALIGN(4) { *(.noinit .noinit.*) } > ${data}

    .arena (NOLOAD) : ALIGN(8) { *(.arena) } > RAM

    /* Thread-local data (picolibc's errno, when a function that sets it is linked in)
     * would need a TLS block the port does not set up: none may be linked. */
    .tdata : { *(.tdata .tdata.*) } > ${data} AT > FLASH
    .tbss (NOLOAD) : { *(.tbss .tbss.*) } > ${data}
    ASSERT(SIZEOF(.tdata) + SIZEOF(.tbss) == 0, "thread-local data is linked in (picolibc's errno?): the stm32 port sets up no TLS block")

    _estack = ORIGIN(${data}) + LENGTH(${data});
    ASSERT(_estack - ALIGN(ADDR(.noinit) + SIZEOF(.noinit), 8) >= _stack_size,
           "memory.stackSize does not fit: the C stack needs more room than is left after .data and .bss")

    /DISCARD/ : { *(.ARM.attributes) *(.comment) }
}
`;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { encoding: "utf8" }, (error, _stdout, stderr) => {
      if (error === null) resolve();
      else reject(new Error(`${cmd} ${args.join(" ")} failed:\n${stderr || error.message}`));
    });
  });
}

const SOURCES = ["absent.c", "clock.c", "console.c", "gpio.c", "machine.c", "main.c", "process.c", "startup.c", "time.c"];

export const recipe: PortRecipe = {
  port: "stm32",
  toolchainPrefix: "arm-none-eabi-",
  toolchainPackage: "gcc-arm-none-eabi picolibc-arm-none-eabi",
  cflags() {
    // PYX_SYS_PLATFORM: sys.platform, as MicroPython's stm32 port names it.
    return ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16", "--specs=picolibc.specs", '-DPYX_SYS_PLATFORM="pyboard"'];
  },
  ldflags(board) {
    return ["-nostartfiles", "-T", path.join(outDirOf(board), "stm32.ld"), "-lm"];
  },
  sources() {
    return [...SOURCES.map((f) => path.join(PORT_DIR, f)), commonPortSource("console.c")];
  },
  includeDirs() {
    return [PORT_DIR, COMMON_PORT_DIR];
  },
  generate(board, outDir) {
    generatedDirs.set(board.name, outDir);
    fs.mkdirSync(outDir, { recursive: true });
    writeIfChanged(path.join(outDir, "stm32_board.h"), boardHeader(board));
    writeIfChanged(path.join(outDir, "stm32.ld"), linkerScript(board));
    const pins = path.join(outDir, "stm32_cpu_pins.c");
    writeIfChanged(pins, cpuPinsSource(board));
    return [pins];
  },
  async images(board, elfPath, outDir) {
    const bin = path.join(outDir, "firmware.bin");
    await run(`${recipe.toolchainPrefix}objcopy`, ["-O", "binary", elfPath, bin]);
    const image = new Uint8Array(fs.readFileSync(bin));
    const origin = board.config.memory.flash.origin;
    // The reset vector (word 1 of the table, thumb bit set) is the image's entry point.
    const entry = new DataView(image.buffer, image.byteOffset, image.byteLength).getUint32(4, true);
    const hex = path.join(outDir, "firmware.hex");
    fs.writeFileSync(hex, intelHex(image, origin, entry));
    const dfu = path.join(outDir, "firmware.dfu");
    fs.writeFileSync(dfu, dfuseFile([{ address: origin, data: image }], { targetName: "ST..." }));
    return [bin, hex, dfu];
  },
};

/** generate() runs first and knows the output directory; ldflags needs it for the script. */
const generatedDirs = new Map<string, string>();
function outDirOf(board: Board): string {
  const dir = generatedDirs.get(board.name);
  if (dir === undefined) throw new Error("ports/stm32/build.ts: ldflags() before generate()");
  return dir;
}

/** Keep a generated file's time when its text is the same (the driver rebuilds by time). */
function writeIfChanged(file: string, text: string): void {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return;
  fs.writeFileSync(file, text);
}
