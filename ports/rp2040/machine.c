/* machine: the CPU clock, the unique id, resets, idling, wall-clock time, randomness. */
#include "pyx_hal.h"
#include "board_config.h"
#include "rp2040.h"

#define EINVAL 22
#define ENODEV 19

/* ---- clock ---- */

uint32_t hal_machine_freq(void) {
    return rp2040_clk_sys_hz();
}

int32_t hal_machine_set_freq(uint32_t hz) {
    return rp2040_clocks_set_sys_hz(hz) ? 0 : -EINVAL;
}

/* ---- unique id: the flash chip's 64-bit unique id (rp2040_flash_unique_id, flash_id.c) ---- */

uint32_t hal_unique_id(uint32_t addr, uint32_t max) {
    const uint8_t *id = rp2040_flash_unique_id();
    uint32_t n = max < RP2040_UNIQUE_ID_BYTES ? max : RP2040_UNIQUE_ID_BYTES;
    if ((uint64_t)addr + n > pyx_mem_size) hal_fatal(PYX_STR("hal_unique_id: outside the arena"));
    for (uint32_t i = 0; i < n; i++) pyx_mem[addr + i] = id[i];
    return RP2040_UNIQUE_ID_BYTES;
}

/* ---- resets ---- */

static void console_drain(void) {
    uint64_t end = rp2040_time_us() + 50000u;
    while (rp2040_time_us() < end) {
        rp2040_console_poll();
        rp2040_wait_us(1000u);
    }
}

PYX_NORETURN void hal_machine_reset(void) {
    console_drain();
    rp2040_watchdog_reboot();
}

/* The bootrom's function table (RP2040 datasheet 2.8.3): at 0x10 the magic 'M' 'u' 1, at
 * 0x14 a 16-bit pointer to the function table, at 0x18 one to the lookup function. */
typedef void *(*rom_table_lookup_fn)(const uint16_t *table, uint32_t code);
typedef void (*rom_reset_usb_boot_fn)(uint32_t gpio_activity_pin_mask, uint32_t disable_interface_mask);
#define ROM_CODE(a, b) ((uint32_t)(a) | ((uint32_t)(b) << 8))

/* A word of the ROM. Through asm: to the compiler, addresses this low are null pointers. */
static uint32_t rom_word(uint32_t addr) {
    uint32_t value;
    __asm__ volatile("ldr %0, [%1]" : "=l"(value) : "l"(addr));
    return value;
}

static void *rom_func_lookup(uint32_t code) {
    if ((rom_word(ROM_BASE + 0x10u) & 0xffffffu) != ('M' | ('u' << 8) | (1u << 16))) return 0;
    const uint16_t *table = (const uint16_t *)(uintptr_t)(rom_word(ROM_BASE + 0x14u) & 0xffffu);
    rom_table_lookup_fn lookup = (rom_table_lookup_fn)(uintptr_t)(rom_word(ROM_BASE + 0x18u) & 0xffffu);
    return lookup(table, code);
}

PYX_NORETURN void hal_machine_bootloader(void) {
    console_drain();
    rom_reset_usb_boot_fn reset_usb_boot = (rom_reset_usb_boot_fn)rom_func_lookup(ROM_CODE('U', 'B'));
    if (reset_usb_boot != 0) {
        (void)rp2040_irq_save();
        reset_usb_boot(0, 0); /* no activity LED, both interfaces (mass storage and PICOBOOT) */
    }
    /* No bootrom (the emulator runs without one): no bootloader to enter, so reset, as
     * hal.d.ts says a board without one does. */
    rp2040_watchdog_reboot();
}

/* ---- idling ---- */

void hal_idle(void) {
    rp2040_console_poll();
    uint32_t state = rp2040_irq_save();
    bool busy = hal_stdin_ready() || console_interrupt_peek();
    rp2040_irq_restore(state);
    if (!busy) rp2040_wait_us(1000u);
}

/* ---- wall-clock time: no battery-backed clock, so 2021-01-01 at power-up, as rp2 ---- */

#define RTC_EPOCH_AT_POWER_UP_S 1609459200ll

int64_t hal_rtc_time_us(void) {
    return RTC_EPOCH_AT_POWER_UP_S * 1000000ll + (int64_t)rp2040_time_us();
}

/* ---- randomness: none offered yet (the ring oscillator's random bit is not whitened
 * into a source here; see README) ---- */

int32_t hal_urandom(uint32_t dest, uint32_t count) {
    (void)dest;
    (void)count;
    return -ENODEV;
}
