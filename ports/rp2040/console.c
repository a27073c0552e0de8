/* The console's device half on RP2040: USB CDC (usb_cdc.c) or a UART (uart.c), as
 * board_config.h says (PYX_CONSOLE_USB_CDC, PYX_CONSOLE_UART; a board may have both:
 * output goes to each, input comes from either). The drivers pass each received byte to
 * console_rx_put from their interrupt handlers; the ring, Ctrl-C and the hal_* console
 * entries are the board ports' shared half, ports/common/console.c. A full ring holds
 * the sender back (the drivers stop receiving) rather than losing bytes. */

#include "pyx_hal.h"
#include "board_config.h"
#include "console.h"
#include "rp2040.h"
#ifdef PYX_CONSOLE_USB_CDC
#include "usb_cdc.h"
#endif

#if !defined(PYX_CONSOLE_USB_CDC) && !defined(PYX_CONSOLE_UART)
#error "board_config.h names no console (PYX_CONSOLE_USB_CDC or PYX_CONSOLE_UART)"
#endif

void rp2040_console_init(void) {
#ifdef PYX_CONSOLE_UART
    rp2040_uart_init(PYX_CONSOLE_UART_TX_PIN, PYX_CONSOLE_UART_RX_PIN, PYX_CONSOLE_UART_BAUD);
#endif
#ifdef PYX_CONSOLE_USB_CDC
    usb_cdc_init();
#endif
}

void rp2040_console_poll(void) {
#ifdef PYX_CONSOLE_USB_CDC
    usb_cdc_task();
#endif
}

void port_console_write(const uint8_t *data, uint32_t len) {
#ifdef PYX_CONSOLE_UART
    rp2040_uart_write(data, len);
#endif
#ifdef PYX_CONSOLE_USB_CDC
    usb_cdc_write(data, len);
#endif
}

void port_console_rx_taken(void) {
#ifdef PYX_CONSOLE_UART
    /* There is room again: let the UART deliver what it held back. */
    rp2040_uart_rx_resume();
#endif
}

void port_console_wait(void) {
    rp2040_console_poll();
    /* Any interrupt (a received byte, USB) wakes the core; the bounded wait keeps the
     * USB driver's thread-mode service going even without one. */
    uint32_t state = rp2040_irq_save();
    bool idle = !console_input_waiting();
    rp2040_irq_restore(state);
    if (idle) rp2040_wait_us(10000u);
}
