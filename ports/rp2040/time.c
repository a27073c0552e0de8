/* Time from TIMER: a 64-bit microsecond counter (1 MHz from the watchdog tick, clocks.c).
 * ticks_ms/us are its low bits; sleeping waits for interrupts (wfi) with ALARM0 armed for
 * the end of the wait, so an idle board sleeps and console input wakes it at once. */
#include "pyx_hal.h"
#include "rp2040.h"

#define ALARM0_BIT 1u

void rp2040_time_init(void) {
    rp2040_unreset(RESET_TIMER);
    REG(TIMER_INTE) = ALARM0_BIT;
    rp2040_irq_enable(IRQ_TIMER0);
}

uint64_t rp2040_time_us(void) {
    /* The raw registers do not latch: read high, low, high again until high is stable. */
    uint32_t hi = REG(TIMER_TIMERAWH);
    for (;;) {
        uint32_t lo = REG(TIMER_TIMERAWL);
        uint32_t hi2 = REG(TIMER_TIMERAWH);
        if (hi == hi2) return ((uint64_t)hi << 32) | lo;
        hi = hi2;
    }
}

/* ALARM0 fired: acknowledge it; waking the core was its purpose. */
void isr_timer0(void) {
    REG(TIMER_INTR) = ALARM0_BIT;
}

void rp2040_wait_us(uint32_t us) {
    if (us == 0) return;
    /* Armed while interrupts are masked, so an alarm cannot fire between the check and wfi
     * unseen: a pending interrupt makes wfi return at once even with PRIMASK set. */
    uint32_t state = rp2040_irq_save();
    uint32_t target = REG(TIMER_TIMERAWL) + us;
    REG(TIMER_ALARM0) = target;
    /* An alarm fires when the counter equals its target: one already passed would wait
     * for the counter to come round again, so it is not waited for. */
    if ((int32_t)(target - REG(TIMER_TIMERAWL)) > 0) __asm__ volatile("wfi");
    rp2040_irq_restore(state);
}

uint32_t hal_ticks_us(void) {
    return REG(TIMER_TIMERAWL);
}

uint32_t hal_ticks_ms(void) {
    return (uint32_t)(rp2040_time_us() / 1000u);
}

void hal_sleep_us(uint32_t us) {
    uint64_t end = rp2040_time_us() + us;
    for (;;) {
        uint64_t now = rp2040_time_us();
        if (now >= end || console_interrupt_peek()) return;
        uint64_t left = end - now;
        /* Wake at least every 10 ms: the console (USB) may need service meanwhile. */
        rp2040_console_poll();
        rp2040_wait_us(left > 10000u ? 10000u : (uint32_t)left);
    }
}
