// The STM32 boards' data against the datasheets and reference manuals: memory map, clock
// tree and console, as board.json states them and as ports/stm32/build.ts turns them into
// the linker script and stm32_board.h; and the recipe's refusal of clock settings outside
// the chip's limits. The firmware builds for NUCLEO_F411RE and PYBV11 are checked by
// stm32_build.test.ts.

import { describe, expect, it } from "vitest";
import { loadBoard, type Board } from "../../scripts/boards/board.js";
import { boardHeader, linkerScript, stm32Clocks, cpuPinsSource, gpioOf, Stm32BoardError } from "../../ports/stm32/build.js";

/** Datasheet values: STM32F405xx DS8626 (memory map, 168 MHz, APB1 42 / APB2 84 MHz) and
 *  STM32F411xE DS10314 (100 MHz, APB1 50 / APB2 100 MHz); sector layouts from RM0090 3.3
 *  and RM0383 3.3. */
const F405 = { flash: 1024 * 1024, sram: 128 * 1024, ccm: 64 * 1024, maxHz: 168e6, apb1: 42e6, apb2: 84e6 };
const F411 = { flash: 512 * 1024, sram: 128 * 1024, ccm: 0, maxHz: 100e6, apb1: 50e6, apb2: 100e6 };

/** QEMU 7.2's netduinoplus2 maps no CCM: the board CI boots leaves it out (ports/stm32/README.md). */
const F405_NO_CCM = { ...F405, ccm: 0 };

const BOARDS: { name: string; chip: typeof F405; hse: number; sysclk: number; usart: number; tx: string; rx: string; bypass: boolean }[] = [
  // Netduino Plus 2: 25 MHz crystal; console on D1/D0 (USART6).
  { name: "NETDUINO_PLUS2", chip: F405_NO_CCM, hse: 25e6, sysclk: 168e6, usart: 6, tx: "PC6", rx: "PC7", bypass: false },
  // PYBv1.1: 12 MHz crystal; console on X1/X2 (UART4).
  { name: "PYBV11", chip: F405, hse: 12e6, sysclk: 168e6, usart: 4, tx: "PA0", rx: "PA1", bypass: false },
  // NUCLEO-F411RE: 8 MHz MCO from the ST-Link (HSE bypass); USART2 to the ST-Link VCP.
  { name: "NUCLEO_F411RE", chip: F411, hse: 8e6, sysclk: 96e6, usart: 2, tx: "PA2", rx: "PA3", bypass: true },
];

function define(header: string, name: string): string {
  const m = new RegExp(`^#define ${name} (.*)$`, "m").exec(header);
  if (m === null) throw new Error(`no ${name}`);
  return m[1]!;
}

describe.each(BOARDS)("$name", (b) => {
  const board: Board = loadBoard(b.name);

  it("has the chip's memory map", () => {
    const m = board.config.memory;
    expect(m.flash).toEqual({ origin: 0x08000000, size: b.chip.flash });
    expect(m.ram).toEqual({ origin: 0x20000000, size: b.chip.sram });
    if (b.chip.ccm > 0) expect(m.ccm).toEqual({ origin: 0x10000000, size: b.chip.ccm });
    else expect(m.ccm).toBeUndefined();
    const sectors = m.flashSectors!.flatMap((s) => Array<number>(s.count).fill(s.size));
    expect(sectors.slice(0, 5)).toEqual([16384, 16384, 16384, 16384, 65536]);
    expect(sectors.slice(5).every((s) => s === 131072)).toBe(true);
    const ld = linkerScript(board);
    expect(ld).toContain(`FLASH (rx) : ORIGIN = 0x8000000, LENGTH = 0x${b.chip.flash.toString(16).toUpperCase()}`);
    expect(ld).toContain("RAM (rwx)  : ORIGIN = 0x20000000, LENGTH = 0x20000");
    // With CCM, .data/.bss and the stack live there and SRAM is the arena's.
    expect(ld).toContain(b.chip.ccm > 0 ? "} > CCM AT > FLASH" : "} > RAM AT > FLASH");
    expect(ld).toContain(".arena (NOLOAD) : ALIGN(8) { *(.arena) } > RAM");
  });

  it("clocks the chip within its limits at the board's SYSCLK", () => {
    const k = stm32Clocks(board);
    expect(k.hseHz).toBe(b.hse);
    expect(k.hseBypass).toBe(b.bypass);
    expect(k.sysclkHz).toBe(b.sysclk);
    expect(board.config.clocks.cpuHz).toBe(b.sysclk);
    expect(b.hse / k.m).toBeGreaterThanOrEqual(1e6); // PLL input 1..2 MHz
    expect(b.hse / k.m).toBeLessThanOrEqual(2e6);
    expect(16e6 / k.mHsi).toBe(b.hse / k.m); // the HSI fallback keeps the PLL input
    expect(k.hclkHz).toBeLessThanOrEqual(b.chip.maxHz);
    expect(k.pclk1Hz).toBeLessThanOrEqual(b.chip.apb1);
    expect(k.pclk2Hz).toBeLessThanOrEqual(b.chip.apb2);
    expect(k.pll48Hz).toBe(48e6); // USB OTG FS needs exactly 48 MHz
    // 2.7-3.6 V: one wait state per 30 MHz of HCLK.
    expect(k.flashLatency).toBe(Math.ceil(k.hclkHz / 30e6) - 1);
    const h = boardHeader(board);
    expect(define(h, "STM32_SYSCLK_HZ")).toBe(`${b.sysclk}u`);
    expect(define(h, "STM32_HSE_BYPASS")).toBe(b.bypass ? "1" : "0");
  });

  it("puts the console on the USART and pins of the board's schematic", () => {
    const h = boardHeader(board);
    const bases: Record<number, string> = { 1: "0x40011000u", 2: "0x40004400u", 4: "0x40004c00u", 6: "0x40011400u" };
    const irqs: Record<number, string> = { 1: "37u", 2: "38u", 4: "52u", 6: "71u" };
    expect(define(h, "STM32_CONSOLE_USART")).toBe(bases[b.usart]);
    expect(define(h, "STM32_CONSOLE_IRQ")).toBe(irqs[b.usart]);
    expect(define(h, "STM32_CONSOLE_AF")).toBe(b.usart <= 3 ? "7u" : "8u");
    const [txPort, txPin] = gpioOf(b.tx);
    const [rxPort, rxPin] = gpioOf(b.rx);
    expect([define(h, "STM32_CONSOLE_TX_PORT"), define(h, "STM32_CONSOLE_TX_PIN")]).toEqual([`${txPort}u`, `${txPin}u`]);
    expect([define(h, "STM32_CONSOLE_RX_PORT"), define(h, "STM32_CONSOLE_RX_PIN")]).toEqual([`${rxPort}u`, `${rxPin}u`]);
  });

  it("numbers the CPU pins in the port's pin list order", () => {
    const src = cpuPinsSource(board);
    expect(src).toContain("0x00, /* PA0 */");
    expect(src).toContain("0x2d, /* PC13 */");
    expect(src).toContain("0x32, /* PD2 */");
    expect(src).toContain("0x71, /* PH1 */");
    expect(board.pins.cpuNames).toHaveLength(51);
  });
});

describe("clock settings outside the chip's limits", () => {
  const base = loadBoard("NUCLEO_F411RE");
  const withClocks = (clocks: Partial<Board["config"]["clocks"]>): Board => ({ ...base, config: { ...base.config, clocks: { ...base.config.clocks, ...clocks } } });

  it("are refused with the rule they break", () => {
    expect(() => stm32Clocks(withClocks({ pll: { m: 4, n: 200, p: 2, q: 4 } }))).toThrow(Stm32BoardError);
    expect(() => stm32Clocks(withClocks({ pll: { m: 4, n: 192, p: 2, q: 8 } }))).toThrow(/cpuHz: is 96000000 but the PLL gives 384000000 \/ 2 = 192000000 Hz/);
    expect(() => stm32Clocks(withClocks({ pll: { m: 2, n: 100, p: 2, q: 4 } }))).toThrow(/pll\.m: the PLL input 8000000 \/ 2 = 4000000 Hz must be 1\.\.2 MHz/);
    expect(() => stm32Clocks(withClocks({ dividers: { ahb: 1, apb1: 1, apb2: 1 } }))).toThrow(/dividers\.apb1: APB1 at 96000000 Hz is above the STM32F411RE's 50000000/);
    expect(() => stm32Clocks(withClocks({ flashLatency: 1 }))).toThrow(/flashLatency: 1: HCLK 96000000 Hz needs 3\.\.7 wait states/);
    expect(() => stm32Clocks(withClocks({ pll: { m: 8, n: 192, p: 3, q: 4 } }))).toThrow(/pll\.p: 3 must be 2, 4, 6 or 8/);
  });
});
