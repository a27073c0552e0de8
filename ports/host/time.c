/* Time: ticks from CLOCK_MONOTONIC (the clock Node's process.hrtime uses too), and
 * sleeping with nanosleep. A sleep ends early once an interrupt is pending, so that
 * Ctrl-C during time.sleep() takes effect at once; the core raises it afterwards. */
#include <time.h>

#include "pyx_hal.h"
#include "host.h"

#define NS_PER_US 1000u
#define NS_PER_MS 1000000u
#define NS_PER_S 1000000000u

uint64_t host_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * NS_PER_S + (uint64_t)ts.tv_nsec;
}

/* The casts keep the low 32 bits: the ticks wrap at 2^32. */
uint32_t hal_ticks_ms(void) {
    return (uint32_t)(host_now_ns() / NS_PER_MS);
}

uint32_t hal_ticks_us(void) {
    return (uint32_t)(host_now_ns() / NS_PER_US);
}

void hal_sleep_us(uint32_t us) {
    const uint64_t deadline = host_now_ns() + (uint64_t)us * NS_PER_US;
    for (;;) {
        if (host_interrupt_peek()) return;
        const uint64_t now = host_now_ns();
        if (now >= deadline) return;
        const uint64_t left = deadline - now;
        /* While stdin is watched for the interrupt char, wait on it instead. */
        if (host_console_wait(left)) continue;
        struct timespec ts = { .tv_sec = (time_t)(left / NS_PER_S), .tv_nsec = (long)(left % NS_PER_S) };
        nanosleep(&ts, NULL); /* a signal cuts it short; the loop re-checks */
    }
}
