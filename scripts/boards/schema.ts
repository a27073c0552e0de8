// The board.json schema (zod). A board is data: everything a port needs to know about one
// board (memory, clocks, console, LEDs, default bus pins, USB identity, frozen modules,
// emulator) is written here and checked before any code is generated. Every field is
// documented in boards/README.md; keep the two in step.
//
// Sizes and addresses may be written as integers, "0x…" hex strings, or "<n>K" / "<n>M"
// (binary units: "264K" is 270336) so that a board file reads like the datasheet.

import { z } from "zod";

const SIZE_TEXT = /^(0x[0-9a-fA-F]+|[0-9]+[KM]?)$/;

function sizeValue(text: string): number {
  if (text.startsWith("0x") || text.startsWith("0X")) return parseInt(text.slice(2), 16);
  const unit = text.endsWith("K") ? 1024 : text.endsWith("M") ? 1024 * 1024 : 1;
  return parseInt(unit === 1 ? text : text.slice(0, -1), 10) * unit;
}

/** A byte count or address: 270336, "0x42000", "264K" or "2M"; at most 2^32 - 1. */
export const sizeSchema = z
  .union([
    z.int({ error: "expected a non-negative integer, a \"0x…\" hex string, or \"<n>K\" / \"<n>M\"" }).nonnegative(),
    z.string().regex(SIZE_TEXT, { error: "expected a non-negative integer, a \"0x…\" hex string, or \"<n>K\" / \"<n>M\"" }),
  ], { error: "expected a non-negative integer, a \"0x…\" hex string, or \"<n>K\" / \"<n>M\"" })
  .transform((v) => (typeof v === "number" ? v : sizeValue(v)))
  .refine((v) => v <= 0xffffffff, { error: "must be below 2^32 (4G)" });

/** A 16-bit USB identifier: 0x2E8A or "0x2E8A". */
const usbIdSchema = z
  .union([z.int().min(0).max(0xffff), z.string().regex(/^0x[0-9a-fA-F]{1,4}$/)], {
    error: "expected a 16-bit id: an integer 0..65535 or a \"0x…\" hex string of up to 4 digits",
  })
  .transform((v) => (typeof v === "number" ? v : parseInt(v.slice(2), 16)));

/** A pin: a board pin name from pins.csv (e.g. "LED", "GP25") or an MCU pin name (e.g. "GPIO25", "PA9").
 *  Whether the name exists is checked against the pins after parsing. */
const pinNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
  error: "expected a pin name (letters, digits, _), as in pins.csv or the MCU's pin list",
});

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Text that ends up in C strings, USB descriptors and the banner: printable ASCII. */
const textSchema = z.string().min(1).regex(/^[\x20-\x7e]+$/, { error: "expected printable ASCII text" });

const regionSchema = z.strictObject({
  /** Where the region starts in the MCU's address space. */
  origin: sizeSchema,
  /** Its size in bytes. */
  size: sizeSchema,
});

const flashSectorsSchema = z.strictObject({
  /** How many sectors of this size follow. */
  count: z.int().positive(),
  /** Each one's size in bytes. */
  size: sizeSchema,
});

const memorySchema = z
  .strictObject({
    /** The flash the firmware runs from (XIP on RP2040 and ESP32-C3, internal on STM32). */
    flash: regionSchema,
    /** Main SRAM: .data, .bss (the Python arena lives here), the C stack. */
    ram: regionSchema,
    /** Core-coupled RAM (STM32F405), not reachable by DMA; a port may put its stack here. */
    ccm: regionSchema.optional(),
    /** The flash's erase layout, lowest address first (STM32: 4×16K, 1×64K, 7×128K); absent: uniform. */
    flashSectors: z.array(flashSectorsSchema).min(1).optional(),
    /** Flash kept for the firmware image (from the flash origin); the rest may hold a filesystem. */
    firmwareSize: sizeSchema.optional(),
    /** The C stack's size (the linker script reserves it). */
    stackSize: sizeSchema.default(8192),
    /** The Python arena (pyx_mem): the garbage-collected heap plus the core's root and mark stacks. */
    arenaSize: sizeSchema,
    /** The garbage-collected heap inside the arena (what MicroPython calls the heap). */
    heapSize: sizeSchema,
  })
  .superRefine((m, ctx) => {
    if (m.heapSize % 16 !== 0) ctx.addIssue({ code: "custom", path: ["heapSize"], message: `must be a multiple of 16 (the collector's block size), not ${m.heapSize}` });
    if (m.arenaSize % 8 !== 0) ctx.addIssue({ code: "custom", path: ["arenaSize"], message: `must be a multiple of 8, not ${m.arenaSize}` });
    if (m.heapSize >= m.arenaSize) {
      ctx.addIssue({ code: "custom", path: ["heapSize"], message: `must be smaller than arenaSize (${m.arenaSize}): the arena also holds the core's root and mark stacks` });
    }
    if (m.arenaSize + m.stackSize > m.ram.size) {
      ctx.addIssue({ code: "custom", path: ["arenaSize"], message: `arenaSize + stackSize (${m.arenaSize + m.stackSize}) must fit in ram.size (${m.ram.size})` });
    }
    if (m.firmwareSize !== undefined && m.firmwareSize > m.flash.size) {
      ctx.addIssue({ code: "custom", path: ["firmwareSize"], message: `must not exceed flash.size (${m.flash.size})` });
    }
    if (m.flashSectors !== undefined) {
      const total = m.flashSectors.reduce((sum, s) => sum + s.count * s.size, 0);
      if (total !== m.flash.size) {
        ctx.addIssue({ code: "custom", path: ["flashSectors"], message: `sectors add up to ${total} bytes, but flash.size is ${m.flash.size}` });
      }
    }
  });

const clocksSchema = z.strictObject({
  /** The CPU clock the port sets up at start (SYSCLK), in Hz. */
  cpuHz: z.int().positive(),
  /** Where the system clock comes from: an external crystal/oscillator or the internal RC. */
  source: z.enum(["xosc", "hse", "hsi", "internal"]),
  /** The external crystal's frequency in Hz (RP2040 XOSC, STM32 HSE); null when there is none. */
  xtalHz: z.int().positive().nullable().default(null),
  /** STM32 HSE bypass: an external clock signal (e.g. the ST-Link's 8 MHz MCO) rather than a crystal. */
  hseBypass: z.boolean().default(false),
  /** PLL settings by the names the reference manual uses (STM32: m, n, p, q; RP2040: refdiv,
   *  fbdiv, postdiv1, postdiv2); the port checks the names it needs. */
  pll: z.record(z.string().regex(identifier), z.int().nonnegative()).optional(),
  /** Bus prescalers by name (STM32: ahb, apb1, apb2). */
  dividers: z.record(z.string().regex(identifier), z.int().positive()).optional(),
  /** Flash wait states for cpuHz (STM32 FLASH_ACR LATENCY). */
  flashLatency: z.int().nonnegative().optional(),
});

const uartConsoleSchema = z.strictObject({
  kind: z.literal("uart"),
  /** The UART's number as the MCU names it (RP2040 uart0 → 0, STM32 USART2 → 2). */
  uart: z.int().nonnegative(),
  tx: pinNameSchema,
  rx: pinNameSchema,
  baud: z.int().positive().default(115200),
});

const consoleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("usb-cdc") }),
  uartConsoleSchema,
  z.strictObject({ kind: z.literal("usb-serial-jtag") }),
], { error: "expected an object with kind \"usb-cdc\", \"uart\" (with uart, tx, rx, baud) or \"usb-serial-jtag\"" });

const ledSchema = z.strictObject({
  /** The name machine.Pin accepts for it ("LED" for the first, by MicroPython's convention). */
  name: z.string().regex(identifier),
  pin: pinNameSchema,
  /** The LED lights when the pin is low. */
  activeLow: z.boolean().default(false),
});

const defaultsSchema = z.strictObject({
  i2c: z.strictObject({ id: z.int().nonnegative(), scl: pinNameSchema, sda: pinNameSchema, freq: z.int().positive().default(400000) }).optional(),
  spi: z.strictObject({ id: z.int().nonnegative(), sck: pinNameSchema, mosi: pinNameSchema, miso: pinNameSchema, cs: pinNameSchema.optional() }).optional(),
  uart: z.strictObject({ id: z.int().nonnegative(), tx: pinNameSchema, rx: pinNameSchema, baud: z.int().positive().default(115200) }).optional(),
});

const usbSchema = z.strictObject({
  vid: usbIdSchema,
  pid: usbIdSchema,
  manufacturer: textSchema.max(62),
  product: textSchema.max(62),
});

const emulatorSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("rp2040js") }),
  z.strictObject({
    kind: z.literal("qemu"),
    /** The QEMU system emulator, e.g. "qemu-system-arm". */
    system: z.string().regex(/^qemu-system-[a-z0-9_]+$/),
    /** Its -M machine, e.g. "netduinoplus2". */
    machine: z.string().min(1),
  }),
], { error: "expected null, {\"kind\": \"rp2040js\"} or {\"kind\": \"qemu\", \"system\": …, \"machine\": …}" });

export const boardJsonSchema = z
  .strictObject({
    /** Lets editors find a JSON schema; ignored by the build. */
    $schema: z.string().optional(),
    /** The board's id: equal to its folder name, MicroPython's spelling (RPI_PICO). */
    name: z.string().regex(/^[A-Z0-9][A-Z0-9_]*$/, { error: "expected upper-case letters, digits and _ (e.g. RPI_PICO), the board folder's name" }),
    /** What the banner and os.uname().machine say: "Raspberry Pi Pico with RP2040". */
    machine: textSchema,
    vendor: textSchema.optional(),
    url: z.url().optional(),
    /** The port (folder under ports/) that builds this board. */
    port: z.string().regex(/^[a-z0-9_]+$/, { error: "expected a port folder name under ports/ (lower case, e.g. rp2040)" }),
    /** The MCU, as the port and the banner name it: RP2040, STM32F405RG, STM32F411RE, ESP32C3. */
    mcu: z.string().regex(/^[A-Z0-9][A-Z0-9_]*$/, { error: "expected the MCU's upper-case part name (e.g. RP2040, STM32F405RG)" }),
    memory: memorySchema,
    clocks: clocksSchema,
    /** The REPL's console; a list gives several (the first is the primary). */
    console: z.preprocess((c) => (Array.isArray(c) ? c : [c]), z.array(consoleSchema).min(1)),
    leds: z.array(ledSchema).default([]),
    /** The pins machine.I2C(), SPI() and UART() use when none are given. */
    defaults: defaultsSchema.default({}),
    /** The USB device's identity (required by a usb-cdc console). */
    usb: usbSchema.optional(),
    /** Python modules frozen into the firmware: paths relative to the board folder (files or folders). */
    frozen: z.array(z.string().min(1)).default([]),
    /** Optional capabilities, each becoming PYX_FEATURE_<NAME> 1 in board_config.h. */
    features: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, { error: "expected a lower-case feature name (letters, digits, _)" })).default([]),
    /** How `pyxis emulate` runs the board; null when nothing emulates it. */
    emulator: emulatorSchema.nullable().default(null),
    /** UF2 images: the family id a bootloader accepts (RP2040: 0xe48bff56). */
    uf2: z.strictObject({ familyId: sizeSchema }).optional(),
  })
  .superRefine((b, ctx) => {
    const kinds = new Set<string>();
    b.console.forEach((c, i) => {
      if (kinds.has(c.kind)) ctx.addIssue({ code: "custom", path: ["console", i, "kind"], message: `a board has at most one console of each kind; "${c.kind}" is listed twice` });
      kinds.add(c.kind);
      if (c.kind === "usb-cdc" && b.usb === undefined) {
        ctx.addIssue({ code: "custom", path: ["usb"], message: `is required: console${b.console.length > 1 ? `[${i}]` : ""} is usb-cdc (give vid, pid, manufacturer, product)` });
      }
    });
    const ledNames = new Set<string>();
    b.leds.forEach((led, i) => {
      if (ledNames.has(led.name)) ctx.addIssue({ code: "custom", path: ["leds", i, "name"], message: `"${led.name}" is used by an earlier LED` });
      ledNames.add(led.name);
    });
  });

/** A validated board.json (sizes as numbers, defaults filled in, console always a list). */
export type BoardJson = z.output<typeof boardJsonSchema>;
export type ConsoleConfig = BoardJson["console"][number];

/** "memory.flash.size", "leds[0].pin", or "(top level)" for the object itself. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? String(part) : `.${String(part)}`;
  }
  return text === "" ? "(top level)" : text;
}
