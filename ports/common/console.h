/* The console's device-independent half, shared by the board ports: the receive ring
 * that the drivers fill from their interrupt handlers, the interrupt character (Ctrl-C),
 * newline cooking on output, and core/hal.d.ts's console entries (hal_stdout_*,
 * hal_stderr_write, hal_stdin_*, hal_set_interrupt_char, hal_interrupt_pending).
 * A port supplies the device half: the three port_console_* hooks. */
#ifndef PYX_PORTS_COMMON_CONSOLE_H
#define PYX_PORTS_COMMON_CONSOLE_H

#include <stdbool.h>
#include <stdint.h>

/* ---- console.c, for the port's drivers ---- */

/* One received byte, from a driver's interrupt handler. The interrupt char sets the
 * pending interrupt (running code sees it without reading input); other bytes are
 * queued for hal_stdin_read. False when the ring was full and the byte is lost: a
 * driver that can hold the sender back checks console_rx_free first. */
bool console_rx_put(uint8_t b);
/* How many more bytes the ring takes now. */
uint32_t console_rx_free(void);
/* A byte is queued or an interrupt is pending: hal_stdin_read would not wait. */
bool console_input_waiting(void);
/* An interrupt is pending, without consuming it (sleeps end early on it). */
bool console_interrupt_peek(void);

/* ---- the port's hooks ---- */

/* Write bytes to the device as they are, synchronously (hal_fatal uses it too). */
void port_console_write(const uint8_t *data, uint32_t len);
/* hal_stdin_read found nothing: service the driver and sleep until an interrupt or a
 * bounded time. It must check console_input_waiting() with interrupts masked before
 * sleeping, so that a byte arriving in between is not slept through. */
void port_console_wait(void);
/* A byte left the ring: a driver holding reception back may resume. */
void port_console_rx_taken(void);

#endif
