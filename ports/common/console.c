/* The console's device-independent half (console.h), as MicroPython's ports do it:
 *
 * Input: drivers queue received bytes from their interrupt handlers into a ring; the
 * interrupt char (while set) is taken out there and sets the pending flag, so running
 * code sees Ctrl-C without reading input (MicroPython's mp_sched_keyboard_interrupt).
 *
 * Output: what Python prints ("\n") leaves as "\r\n", as mp_hal_stdout_tx_strn_cooked
 * does; a "\n" already after a "\r" (the REPL's own "\r\n") is left alone, so the REPL's
 * bytes are MicroPython's. Writes are synchronous: nothing to flush. */

#include "console.h"
#include "pyx_hal.h"
#include "pyx_rt.h"

/* A power of two, above the raw-paste window (two 128-byte halves). */
#define RX_BUFFER_SIZE 1024u

static volatile uint8_t rx_buffer[RX_BUFFER_SIZE];
static volatile uint32_t rx_head; /* advanced by the interrupt handlers */
static volatile uint32_t rx_tail; /* advanced by the main flow */
static volatile int32_t interrupt_char = -1;
static volatile bool interrupt_pending;
static uint8_t last_written;

bool console_rx_put(uint8_t b) {
    if (interrupt_char >= 0 && (int32_t)b == interrupt_char) {
        interrupt_pending = true;
        return true;
    }
    uint32_t head = rx_head;
    if (head - rx_tail >= RX_BUFFER_SIZE) return false;
    rx_buffer[head & (RX_BUFFER_SIZE - 1u)] = b;
    rx_head = head + 1u;
    return true;
}

uint32_t console_rx_free(void) {
    return RX_BUFFER_SIZE - (rx_head - rx_tail);
}

bool console_input_waiting(void) {
    return rx_head != rx_tail || (interrupt_char >= 0 && interrupt_pending);
}

bool console_interrupt_peek(void) {
    return interrupt_char >= 0 && interrupt_pending;
}

static void write_cooked(const uint8_t *data, uint32_t len) {
    static const uint8_t cr = '\r';
    uint32_t from = 0;
    for (uint32_t i = 0; i < len; i++) {
        uint8_t previous = i == 0 ? last_written : data[i - 1];
        if (data[i] == '\n' && previous != '\r') {
            port_console_write(data + from, i - from);
            port_console_write(&cr, 1);
            from = i;
        }
    }
    port_console_write(data + from, len - from);
    if (len > 0) last_written = data[len - 1];
}

void hal_stdout_write(uint32_t addr, uint32_t len) {
    if ((uint64_t)addr + len > pyx_mem_size) hal_fatal(PYX_STR("console: a write outside the arena"));
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

/* The next byte from the ring, or -1 when it is empty. */
static int32_t rx_take(void) {
    uint32_t tail = rx_tail;
    if (rx_head == tail) return -1;
    uint8_t b = rx_buffer[tail & (RX_BUFFER_SIZE - 1u)];
    rx_tail = tail + 1u;
    port_console_rx_taken();
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
        port_console_wait();
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
