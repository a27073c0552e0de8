/* Ending: hal_exit resets the board (there is no parent to return a status to), and
 * hal_fatal reports its message on the console, then halts (rp2040_halt: a breakpoint
 * for a debugger or the emulator, otherwise a watchdog reset). */
#include "pyx_hal.h"
#include "rp2040.h"

/* Give the console's driver time to send what is queued (USB sends from its interrupt). */
static void console_drain(void) {
    uint64_t end = rp2040_time_us() + 50000u;
    while (rp2040_time_us() < end) {
        rp2040_console_poll();
        rp2040_wait_us(1000u);
    }
}

PYX_NORETURN void hal_exit(int32_t code) {
    console_drain();
    rp2040_halt(code);
}

PYX_NORETURN void hal_fatal(pyx_str msg) {
    static const char prefix[] = "\r\nFATAL: ";
    static const char suffix[] = "\r\n";
    port_console_write((const uint8_t *)prefix, sizeof prefix - 1u);
    port_console_write((const uint8_t *)msg.ptr, msg.len);
    port_console_write((const uint8_t *)suffix, sizeof suffix - 1u);
    console_drain();
    rp2040_halt(70);
}
