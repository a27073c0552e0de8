/* Ending: a board has no parent process. hal_exit resets the board, as MicroPython's
 * stm32 port does for sys.exit at the top level once soft reset is not enough;
 * hal_fatal (an internal invariant broken: never Python input) reports and stops, so
 * that the message stays on the console for whoever debugs it. */
#include "pyx_hal.h"
#include "stm32f4.h"
#include "port.h"

void hal_exit(int32_t code) {
    (void)code;
    machine_system_reset();
}

void hal_fatal(pyx_str msg) {
    static const char prefix[] = "\r\npyxis: fatal: ";
    static const char suffix[] = "\r\n";
    stm32_irq_disable();
    port_console_write((const uint8_t *)prefix, sizeof prefix - 1);
    port_console_write((const uint8_t *)msg.ptr, msg.len);
    port_console_write((const uint8_t *)suffix, sizeof suffix - 1);
    console_drain();
    for (;;) stm32_wfi();
}
