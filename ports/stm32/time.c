/* Ticks: SysTick interrupts every millisecond from the core clock; microseconds come from
 * the millisecond count and SysTick's current value. */
#include "pyx_hal.h"
#include "stm32f4.h"
#include "port.h"

static volatile uint32_t ticks_ms;
static volatile uint32_t ticks_ms_wraps; /* the 64-bit uptime behind the wall clock */
static uint32_t reload; /* SysTick counts reload..0: reload + 1 core cycles a millisecond */

void SysTick_Handler(void) {
    if (++ticks_ms == 0) ticks_ms_wraps++;
}

void time_init(void) {
    reload = clock_hclk_hz() / 1000u - 1u;
    SYST_RVR = reload;
    SYST_CVR = 0;
    SCB_SHPR3 = (SCB_SHPR3 & 0x00FFFFFFu) | (0x40u << 24); /* above the console's priority */
    SYST_CSR = SYST_CSR_CLKSOURCE | SYST_CSR_TICKINT | SYST_CSR_ENABLE;
}

/* The millisecond count (and its wraps) with the microseconds into the current one. */
static uint32_t now(uint32_t *ms, uint32_t *wraps) {
    uint32_t seen, counted;
    do {
        *wraps = ticks_ms_wraps;
        seen = ticks_ms;
        *ms = seen;
        counted = reload - SYST_CVR;
        if (SCB_ICSR & SCB_ICSR_PENDSTSET) {
            /* The counter reloaded but its interrupt has not run yet: count that tick
             * here, with the value read after the reload, so that time never steps back. */
            counted = reload - SYST_CVR;
            if (++*ms == 0) ++*wraps;
        }
        /* A tick handled between the reads: read them again. */
    } while (seen != ticks_ms);
    return counted * 1000u / (reload + 1u);
}

uint32_t hal_ticks_ms(void) {
    return ticks_ms;
}

uint32_t hal_ticks_us(void) {
    uint32_t ms, wraps;
    uint32_t us = now(&ms, &wraps);
    return ms * 1000u + us;
}

uint64_t time_uptime_us(void) {
    uint32_t ms, wraps;
    uint32_t us = now(&ms, &wraps);
    return (((uint64_t)wraps << 32) | ms) * 1000u + us;
}

void hal_sleep_us(uint32_t us) {
    uint32_t start = hal_ticks_us();
    while (hal_ticks_us() - start < us) {
        if (console_interrupt_peek()) return;
        /* The next SysTick (or a console byte) wakes the core: sleep in between when
         * the wait is long enough for a tick to come. */
        if (us - (hal_ticks_us() - start) > 1000u) stm32_wfi();
    }
}
