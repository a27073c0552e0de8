/* The console: USB CDC (usb_cdc.c) or a UART (uart.c), as board_config.h says
 * (PYX_CONSOLE_USB_CDC, PYX_CONSOLE_UART; a board may have both: output goes to each,
 * input comes from either).
 *
 * Input: each received byte reaches rp2040_console_rx from the driver's interrupt
 * handler. The interrupt char (Ctrl-C, while set) is taken out there and sets the pending
 * flag, so running code sees it without reading input; other bytes wait in a ring buffer
 * for hal_stdin_read. A full buffer holds the sender back (the drivers stop receiving)
 * rather than losing bytes.
 *
 * Output: what Python prints ("\n") leaves as "\r\n", as MicroPython's
 * mp_hal_stdout_tx_strn_cooked does; a "\n" already after a "\r" (the REPL's own "\r\n")
 * is left alone. Writes are synchronous: nothing to flush. */
#include "pyx_hal.h"
#include "board_config.h"
#include "rp2040.h"
#ifdef PYX_CONSOLE_USB_CDC
#include "usb_cdc.h"
#endif

#if !defined(PYX_CONSOLE_USB_CDC) && !defined(PYX_CONSOLE_UART)
#error "board_config.h names no console (PYX_CONSOLE_USB_CDC or PYX_CONSOLE_UART)"
#endif

/* A power of two, above the raw-paste window (two 128-byte halves). */
#define RX_BUFFER_SIZE 1024u

static volatile uint8_t rx_buffer[RX_BUFFER_SIZE];
static volatile uint32_t rx_head; /* advanced by the interrupt handlers */
static volatile uint32_t rx_tail; /* advanced by the main flow */
static volatile int32_t interrupt_char = -1;
static volatile bool interrupt_pending;
static uint8_t last_written;

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

void rp2040_console_rx(uint8_t b) {
    if (interrupt_char >= 0 && (int32_t)b == interrupt_char) {
        interrupt_pending = true;
        return;
    }
    uint32_t head = rx_head;
    if (head - rx_tail >= RX_BUFFER_SIZE) return; /* full: only a driver ignoring _free gets here */
    rx_buffer[head & (RX_BUFFER_SIZE - 1u)] = b;
    rx_head = head + 1u;
}

uint32_t rp2040_console_rx_free(void) {
    return RX_BUFFER_SIZE - (rx_head - rx_tail);
}

bool rp2040_interrupt_peek(void) {
    return interrupt_char >= 0 && interrupt_pending;
}

void rp2040_console_write(const uint8_t *buf, uint32_t len) {
#ifdef PYX_CONSOLE_UART
    rp2040_uart_write(buf, len);
#endif
#ifdef PYX_CONSOLE_USB_CDC
    usb_cdc_write(buf, len);
#endif
}

static void write_cooked(const uint8_t *data, uint32_t len) {
    static const uint8_t cr = '\r';
    uint32_t from = 0;
    for (uint32_t i = 0; i < len; i++) {
        uint8_t previous = i == 0 ? last_written : data[i - 1];
        if (data[i] == '\n' && previous != '\r') {
            rp2040_console_write(data + from, i - from);
            rp2040_console_write(&cr, 1);
            from = i;
        }
    }
    rp2040_console_write(data + from, len - from);
    if (len > 0) last_written = data[len - 1];
}

static void check_arena(uint32_t addr, uint32_t len) {
    if ((uint64_t)addr + len > pyx_mem_size) hal_fatal(PYX_STR("console: a write outside the arena"));
}

void hal_stdout_write(uint32_t addr, uint32_t len) {
    check_arena(addr, len);
    write_cooked(pyx_mem + addr, len);
}

void hal_stdout_write_str(pyx_str s) {
    write_cooked((const uint8_t *)s.ptr, s.len);
}

void hal_stdout_flush(void) {
}

void hal_stderr_write(uint32_t addr, uint32_t len) {
    hal_stdout_write(addr, len);
}

/* Take the next byte from the ring, or -1 when it is empty. */
static int32_t rx_take(void) {
    uint32_t tail = rx_tail;
    if (rx_head == tail) return -1;
    uint8_t b = rx_buffer[tail & (RX_BUFFER_SIZE - 1u)];
    rx_tail = tail + 1u;
#ifdef PYX_CONSOLE_UART
    /* There is room again: let the UART deliver what it held back. */
    rp2040_uart_rx_resume();
#endif
    return b;
}

int32_t hal_stdin_read(void) {
    for (;;) {
        if (interrupt_char >= 0 && interrupt_pending) {
            interrupt_pending = false;
            return -2;
        }
        int32_t b = rx_take();
        if (b >= 0) return b;
        rp2040_console_poll();
        /* Any interrupt (a received byte, USB) wakes the core; the bounded wait keeps the
         * USB driver's thread-mode service going even without one. */
        uint32_t state = rp2040_irq_save();
        bool idle = rx_head == rx_tail && !interrupt_pending;
        rp2040_irq_restore(state);
        if (idle) rp2040_wait_us(10000u);
    }
}

bool hal_stdin_ready(void) {
    return rx_head != rx_tail;
}

void hal_stdin_raw(bool on) {
    (void)on; /* a board's console is always raw */
}

void hal_set_interrupt_char(int32_t c) {
    interrupt_char = (c >= 0 && c <= 0xff) ? c : -1;
    if (interrupt_char < 0) interrupt_pending = false;
}

bool hal_interrupt_pending(void) {
    if (interrupt_char < 0 || !interrupt_pending) return false;
    interrupt_pending = false;
    return true;
}
