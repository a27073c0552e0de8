/* machine: the CPU clock, the unique id, resets, the ROM bootloader, idling, the wall
 * clock and the random source. */
#include <string.h>

#include "pyx_hal.h"
#include "stm32f4.h"
#include "port.h"

/* ---- the ROM bootloader (AN2606): asked for across a reset, so that it starts with every
 * peripheral in its reset state, as the application note requires ---- */

#define BOOTLOADER_MAGIC 0xB007B007u
/* Not cleared at reset (the linker script's .noinit). */
static volatile uint32_t bootloader_request __attribute__((section(".noinit")));

void machine_early_init(void) {
    if (bootloader_request != BOOTLOADER_MAGIC) return;
    bootloader_request = 0;
    /* Map system memory at 0 (SYSCFG_MEMRMP.MEM_MODE = 01), then start the ROM the way
     * the core starts after reset: its stack pointer, then its reset vector. */
    RCC_APB2ENR |= RCC_APB2ENR_SYSCFGEN;
    (void)RCC_APB2ENR;
    SYSCFG_MEMRMP = 1u;
    uint32_t sp = REG32(SYSTEM_MEMORY_BASE);
    uint32_t entry = REG32(SYSTEM_MEMORY_BASE + 4u);
    __asm__ volatile (
        "msr msp, %0\n"
        "bx %1\n"
        :: "r"(sp), "r"(entry) : "memory");
    __builtin_unreachable();
}

void machine_system_reset(void) {
    console_drain();
    stm32_dsb();
    SCB_AIRCR = AIRCR_VECTKEY | (SCB_AIRCR & (7u << 8)) | AIRCR_SYSRESETREQ;
    stm32_dsb();
    for (;;) {
    }
}

void hal_machine_reset(void) {
    machine_system_reset();
}

void hal_machine_bootloader(void) {
    bootloader_request = BOOTLOADER_MAGIC;
    machine_system_reset();
}

/* ---- clock ---- */

uint32_t hal_machine_freq(void) {
    return clock_hclk_hz();
}

/* A new SYSCLK retimes SysTick and the console's baud rate with it; the console is drained
 * first and interrupts are off meanwhile, so no byte goes out at a wrong rate. */
int32_t hal_machine_set_freq(uint32_t hz) {
    if (hz == clock_hclk_hz()) return 0;
    console_drain();
    stm32_irq_disable();
    int32_t status = clock_set_sysclk(hz);
    time_init();
    console_set_baud();
    stm32_irq_enable();
    return status;
}

/* ---- identity ---- */

#define UNIQUE_ID_BYTES 12u

uint32_t hal_unique_id(uint32_t addr, uint32_t max) {
    uint8_t id[UNIQUE_ID_BYTES];
    if (clock_source() == CLOCK_NOT_MODELLED) {
        /* The emulator maps no system memory there (a read would be a bus fault). */
        memset(id, 0, sizeof id);
    } else {
        for (uint32_t i = 0; i < UNIQUE_ID_BYTES; i++) id[i] = *(volatile const uint8_t *)(uintptr_t)(UID_BASE + i);
    }
    uint32_t n = max < UNIQUE_ID_BYTES ? max : UNIQUE_ID_BYTES;
    if ((uint64_t)addr + n > pyx_mem_size) hal_fatal(PYX_STR("hal_unique_id: outside the arena"));
    memcpy(pyx_mem + addr, id, n);
    return UNIQUE_ID_BYTES;
}

/* ---- idling and the wall clock ---- */

void hal_idle(void) {
    stm32_irq_disable();
    if (!hal_stdin_ready() && !console_interrupt_peek()) stm32_wfi(); /* SysTick wakes it within 1 ms */
    stm32_irq_enable();
}

/* No battery-backed clock is set up: the clock starts at 2021-01-01 00:00:00 at power-up,
 * as MicroPython's rp2 port does. */
#define EPOCH_2021_US (1609459200ull * 1000000ull)

int64_t hal_rtc_time_us(void) {
    return (int64_t)(EPOCH_2021_US + time_uptime_us());
}

/* ---- random bytes: the RNG peripheral (RM0090 24) where the MCU has one ---- */

#if STM32_HAS_RNG
#define RCC_AHB2ENR REG32(RCC_BASE + 0x34u)
#define RNG_CR REG32(0x50060800u)
#define RNG_SR REG32(0x50060804u)
#define RNG_DR REG32(0x50060808u)
#define RNG_POLLS 100000u /* a word takes 40 RNG clocks (~1 us); QEMU has no RNG */

static bool rng_word(uint32_t *word) {
    for (uint32_t i = 0; i < RNG_POLLS; i++) {
        uint32_t sr = RNG_SR;
        if (sr & 0x60u) { /* a clock or seed error: restart the generator */
            RNG_SR = 0;
            RNG_CR = 0;
            RNG_CR = 1u << 2;
        } else if (sr & 1u) {
            *word = RNG_DR;
            return true;
        }
    }
    return false;
}

int32_t hal_urandom(uint32_t dest, uint32_t count) {
    if ((uint64_t)dest + count > pyx_mem_size) hal_fatal(PYX_STR("hal_urandom: outside the arena"));
    RCC_AHB2ENR |= 1u << 6;
    (void)RCC_AHB2ENR;
    RNG_CR = 1u << 2;
    for (uint32_t i = 0; i < count; i += 4) {
        uint32_t word;
        if (!rng_word(&word)) return -19;
        uint32_t n = count - i < 4 ? count - i : 4;
        memcpy(pyx_mem + dest + i, &word, n);
    }
    return (int32_t)count;
}
#else
int32_t hal_urandom(uint32_t dest, uint32_t count) {
    (void)dest;
    (void)count;
    return -19; /* ENODEV: this MCU has no random number generator */
}
#endif
