// USB CDC-ACM serial port of the RP2040 port: the board's console when board.json says
// "console": {"kind": "usb-cdc"}. See ports/rp2040/README.md, "USB".
#ifndef PYX_RP2040_USB_CDC_H
#define PYX_RP2040_USB_CDC_H

#include <stdbool.h>
#include <stdint.h>

/** Brings up the USB controller and the CDC function. Idempotent: a soft reset keeps the
 *  host's connection. Needs clk_usb at 48 MHz (the port's clocks code). */
void usb_cdc_init(void);

/** Queues len bytes for the host. While a terminal is connected (configured, DTR set) it waits
 *  for room in the transmit ring, but gives up (dropping the rest) after 500 ms without
 *  progress; with no terminal, what does not fit in the ring is dropped at once, so output
 *  printed before the host attaches (the banner) is kept up to the ring's size. */
void usb_cdc_write(const uint8_t *buf, uint32_t len);

/** The driver runs from the USBCTRL interrupt; this services it from thread mode as well (for
 *  loops that run with interrupts masked), resumes reception that was paused because the
 *  console's receive buffer was full, and enters the bootloader after a 1200-baud touch
 *  (hal_machine_bootloader, which must not run inside the interrupt handler). Cheap; call it
 *  from idle and read loops. */
void usb_cdc_task(void);

/** A terminal is connected: the device is configured and the host has set DTR. */
bool usb_cdc_connected(void);

// ---- Provided by the port ----
/** Each received byte, in order, from the interrupt handler (ports/common/console.c; it
 *  handles Ctrl-C); false when it was lost. */
bool console_rx_put(uint8_t b);
/** Optional: how many more bytes console_rx_put can take. While it is below one packet
 *  (64), the driver leaves the OUT endpoint unarmed and the host waits (flow control). The
 *  weak default says "always room". */
uint32_t console_rx_free(void);

#endif
