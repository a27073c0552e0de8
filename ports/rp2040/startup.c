/* Start-up: the vector table (placed right after boot2, at 0x10000100, where boot2 points
 * VTOR), the reset handler (.data copied from flash, .bss zeroed, clocks, console), the
 * arena, then the core's board entry. Also the fault handlers and halting. */
#include <stdint.h>
#include <string.h>

#include "pyx_hal.h"
#include "board_config.h"
#include "rp2040.h"

/* The core's entry point on a board (generated from core/board_main.ts). */
int32_t pyx_board_main(void);

/* Linker script symbols (build.ts writes the script). */
extern uint32_t __data_start[], __data_end[], __data_load[];
extern uint32_t __bss_start[], __bss_end[];
extern uint32_t __stack_top[];

/* The arena: objects, the heap and the root stack all live in it. In .bss, so zeroed. */
static uint8_t arena[PYX_ARENA_SIZE] __attribute__((aligned(8)));

_Static_assert(PYX_ARENA_SIZE % 8u == 0u, "PYX_ARENA_SIZE must be a multiple of 8");

/* Set before a deliberate bkpt, so that the HardFault it causes without a debugger
 * resets the board instead of reporting a fault. */
static volatile uint32_t halting;

__attribute__((noreturn)) void rp2040_watchdog_reboot(void) {
    (void)rp2040_irq_save();
    /* The watchdog resets what PSM_WDSEL selects: everything but the oscillators (as
     * pico-sdk's watchdog_reboot), so the chip restarts from the bootrom. */
    REG(PSM_WDSEL) = PSM_WDSEL_ALL_BUT_OSCILLATORS;
    REG(WATCHDOG_CTRL) = WATCHDOG_CTRL_TRIGGER;
    for (;;) {
        __asm__ volatile("wfi");
    }
}

__attribute__((noreturn)) void rp2040_halt(int32_t status) {
    (void)rp2040_irq_save();
    halting = 1;
    /* r0 holds the status for whoever sees the breakpoint (a debugger, the emulator). */
    register int32_t r0 __asm__("r0") = status;
    __asm__ volatile("bkpt #0" ::"r"(r0));
    rp2040_watchdog_reboot();
}

static void write_text(const char *s) {
    port_console_write((const uint8_t *)s, (uint32_t)strlen(s));
}

static void write_hex(uint32_t v) {
    char text[11] = "0x";
    for (int i = 0; i < 8; i++) text[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xfu];
    text[10] = 0;
    write_text(text);
}

/* A HardFault from code: name the faulting pc and lr (from the stacked frame) and halt. */
void rp2040_hardfault_report(const uint32_t *frame) {
    if (halting) rp2040_watchdog_reboot();
    halting = 1;
    write_text("\r\nFATAL: HardFault at pc=");
    write_hex(frame[6]);
    write_text(" lr=");
    write_hex(frame[5]);
    write_text("\r\n");
    rp2040_halt(70);
}

/* Which stack holds the exception frame: bit 2 of EXC_RETURN (lr) says MSP or PSP. */
__attribute__((naked)) static void isr_hardfault(void) {
    __asm__ volatile(
        "movs r0, #4\n"
        "mov r1, lr\n"
        "tst r0, r1\n"
        "beq 1f\n"
        "mrs r0, psp\n"
        "b 2f\n"
        "1: mrs r0, msp\n"
        "2: ldr r1, =rp2040_hardfault_report\n"
        "bx r1\n"
        ".ltorg\n");
}

static void isr_unexpected(void) {
    write_text("\r\nFATAL: unexpected exception\r\n");
    rp2040_halt(70);
}

void isr_timer0(void) __attribute__((weak, alias("isr_unexpected")));
void isr_usbctrl(void) __attribute__((weak, alias("isr_unexpected")));
void isr_io_bank0(void) __attribute__((weak, alias("isr_unexpected")));
void isr_uart0(void) __attribute__((weak, alias("isr_unexpected")));
void isr_uart1(void) __attribute__((weak, alias("isr_unexpected")));

void rp2040_reset_handler(void);

typedef void (*vector_t)(void);

/* 16 system exceptions, then the RP2040's 26 interrupts (RP2040 datasheet 2.3.2). */
__attribute__((section(".vectors"), used)) static const vector_t vectors[16 + 26] = {
    [0] = (vector_t)(uintptr_t)__stack_top,
    [1] = rp2040_reset_handler,
    [2] = isr_unexpected,  /* NMI */
    [3] = isr_hardfault,
    [11] = isr_unexpected, /* SVCall */
    [14] = isr_unexpected, /* PendSV */
    [15] = isr_unexpected, /* SysTick */
    [16 + IRQ_TIMER0] = isr_timer0,
    [16 + 1] = isr_unexpected, [16 + 2] = isr_unexpected, [16 + 3] = isr_unexpected,
    [16 + 4] = isr_unexpected,
    [16 + IRQ_USBCTRL] = isr_usbctrl,
    [16 + 6] = isr_unexpected, [16 + 7] = isr_unexpected, [16 + 8] = isr_unexpected,
    [16 + 9] = isr_unexpected, [16 + 10] = isr_unexpected, [16 + 11] = isr_unexpected,
    [16 + 12] = isr_unexpected,
    [16 + IRQ_IO_BANK0] = isr_io_bank0,
    [16 + 14] = isr_unexpected, [16 + 15] = isr_unexpected, [16 + 16] = isr_unexpected,
    [16 + 17] = isr_unexpected, [16 + 18] = isr_unexpected, [16 + 19] = isr_unexpected,
    [16 + IRQ_UART0] = isr_uart0,
    [16 + IRQ_UART0 + 1] = isr_uart1, [16 + 22] = isr_unexpected, [16 + 23] = isr_unexpected,
    [16 + 24] = isr_unexpected, [16 + 25] = isr_unexpected,
};

__attribute__((noreturn)) void rp2040_reset_handler(void) {
    for (uint32_t *src = __data_load, *dst = __data_start; dst < __data_end;) *dst++ = *src++;
    for (uint32_t *dst = __bss_start; dst < __bss_end;) *dst++ = 0;
    halting = 0;

    rp2040_clocks_init();
    rp2040_flash_id_init();
    rp2040_time_init();
    rp2040_console_init();
    __asm__ volatile("cpsie i" ::: "memory");

    pyx_mem = arena;
    pyx_mem_size = PYX_ARENA_SIZE;
    (void)pyx_board_main(); /* never returns on a board: its console input never ends */
    rp2040_halt(0);
}
