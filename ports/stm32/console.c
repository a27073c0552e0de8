/* The console: the board's USART (board.json "console"), 8N1 at its baud rate.
 *
 * Input arrives by the receive interrupt into a ring buffer; the interrupt char (Ctrl-C)
 * is taken out there and sets the pending flag, so running code sees it without reading
 * input (MicroPython's stm32 port does the same in its UART IRQ handler). Output is
 * written by polling TXE: the console is the only writer, and a blocking write keeps
 * output in order with a crash report.
 *
 * Newlines: what Python prints ("\n") leaves as "\r\n", as MicroPython's
 * mp_hal_stdout_tx_strn_cooked does; a "\n" that already follows a "\r" (the REPL's own
 * "\r\n") is left alone, so the REPL's bytes are MicroPython's. */
#include "pyx_hal.h"
#include "stm32f4.h"
#include "port.h"

/* A power of two; at least the raw-paste window (256 bytes: two 128-byte windows). */
#define RX_BUFFER_SIZE 1024u
/* Under SysTick (0x40): a tick may interrupt a burst of received bytes. */
#define CONSOLE_IRQ_PRIORITY 0x80u

static volatile uint8_t rx_buffer[RX_BUFFER_SIZE];
static volatile uint32_t rx_head; /* written by the interrupt */
static volatile uint32_t rx_tail; /* written by the main flow */
static volatile int32_t interrupt_char = -1;
static volatile bool interrupt_pending;
static uint8_t last_written;

static void gpio_alternate(uint32_t port, uint32_t pin, uint32_t af, bool pull_up) {
    uint32_t base = GPIO_PORT(port);
    RCC_AHB1ENR |= 1u << port;
    (void)RCC_AHB1ENR; /* the clock is on two cycles after the write (RM0090 errata 2.1.11) */
    GPIO_AFR(base, pin >> 3) = (GPIO_AFR(base, pin >> 3) & ~(0xFu << ((pin & 7u) * 4u))) | (af << ((pin & 7u) * 4u));
    GPIO_OSPEEDR(base) = (GPIO_OSPEEDR(base) & ~(3u << (pin * 2u))) | (2u << (pin * 2u));
    GPIO_PUPDR(base) = (GPIO_PUPDR(base) & ~(3u << (pin * 2u))) | ((pull_up ? 1u : 0u) << (pin * 2u));
    GPIO_OTYPER(base) &= ~(1u << pin);
    GPIO_MODER(base) = (GPIO_MODER(base) & ~(3u << (pin * 2u))) | (GPIO_MODE_ALT << (pin * 2u));
}

void console_init(void) {
    gpio_alternate(STM32_CONSOLE_TX_PORT, STM32_CONSOLE_TX_PIN, STM32_CONSOLE_AF, false);
    /* An idle line is high: the pull-up keeps an unconnected RX from reading noise. */
    gpio_alternate(STM32_CONSOLE_RX_PORT, STM32_CONSOLE_RX_PIN, STM32_CONSOLE_AF, true);
    STM32_CONSOLE_RCC_ENR |= STM32_CONSOLE_RCC_BIT;
    (void)STM32_CONSOLE_RCC_ENR;
    uint32_t u = STM32_CONSOLE_USART;
    USART_CR1(u) = 0;
    USART_CR2(u) = 0; /* one stop bit */
    USART_CR3(u) = 0;
    console_set_baud();
    USART_CR1(u) = USART_CR1_UE | USART_CR1_TE | USART_CR1_RE | USART_CR1_RXNEIE;
    nvic_enable(STM32_CONSOLE_IRQ, CONSOLE_IRQ_PRIORITY);
}

void console_set_baud(void) {
    uint32_t pclk = STM32_CONSOLE_APB == 2 ? clock_pclk2_hz() : clock_pclk1_hz();
    /* 16x oversampling: BRR holds pclk / baud as 12.4 fixed point, rounded. */
    USART_BRR(STM32_CONSOLE_USART) = (pclk + STM32_CONSOLE_BAUD / 2u) / STM32_CONSOLE_BAUD;
}

void console_irq_handler(void) {
    uint32_t u = STM32_CONSOLE_USART;
    /* Reading SR then DR clears RXNE and an overrun (ORE) alike. */
    while (USART_SR(u) & (USART_SR_RXNE | USART_SR_ORE)) {
        uint8_t byte = (uint8_t)USART_DR(u);
        if ((int32_t)byte == interrupt_char) {
            interrupt_pending = true;
            continue;
        }
        uint32_t head = rx_head;
        if (head - rx_tail < RX_BUFFER_SIZE) { /* full: the byte is lost */
            rx_buffer[head & (RX_BUFFER_SIZE - 1u)] = byte;
            rx_head = head + 1u;
        }
    }
}

void console_write_raw(const uint8_t *data, uint32_t len) {
    uint32_t u = STM32_CONSOLE_USART;
    for (uint32_t i = 0; i < len; i++) {
        while (!(USART_SR(u) & USART_SR_TXE)) {
        }
        USART_DR(u) = data[i];
    }
}

void console_drain(void) {
    uint32_t u = STM32_CONSOLE_USART;
    /* Bounded: a USART whose clock is off never sets TC. */
    for (uint32_t i = 0; i < 1000000u && !(USART_SR(u) & USART_SR_TC); i++) {
    }
}

static void write_cooked(const uint8_t *data, uint32_t len) {
    static const uint8_t cr = '\r';
    uint32_t from = 0;
    for (uint32_t i = 0; i < len; i++) {
        uint8_t previous = i == 0 ? last_written : data[i - 1];
        if (data[i] == '\n' && previous != '\r') {
            console_write_raw(data + from, i - from);
            console_write_raw(&cr, 1);
            from = i;
        }
    }
    console_write_raw(data + from, len - from);
    if (len > 0) last_written = data[len - 1];
}

void hal_stdout_write(uint32_t addr, uint32_t len) {
    if ((uint64_t)addr + len > pyx_mem_size) hal_fatal(PYX_STR("hal_stdout_write: outside the arena"));
    write_cooked(pyx_mem + addr, len);
}

void hal_stdout_write_str(pyx_str s) {
    write_cooked((const uint8_t *)s.ptr, s.len);
}

void hal_stdout_flush(void) {
    /* Writes are synchronous. */
}

void hal_stderr_write(uint32_t addr, uint32_t len) {
    hal_stdout_write(addr, len);
}

int32_t hal_stdin_read(void) {
    for (;;) {
        if (interrupt_char >= 0 && interrupt_pending) {
            interrupt_pending = false;
            return -2;
        }
        uint32_t tail = rx_tail;
        if (rx_head != tail) {
            uint8_t byte = rx_buffer[tail & (RX_BUFFER_SIZE - 1u)];
            rx_tail = tail + 1u;
            return byte;
        }
        /* The receive interrupt (or SysTick) wakes the core. Interrupts are masked around
         * the check so that a byte arriving in between is not slept through. */
        stm32_irq_disable();
        if (rx_head == rx_tail && !interrupt_pending) stm32_wfi();
        stm32_irq_enable();
    }
}

bool hal_stdin_ready(void) {
    return rx_head != rx_tail;
}

void hal_stdin_raw(bool on) {
    (void)on; /* a UART console is always raw */
}

void hal_set_interrupt_char(int32_t c) {
    interrupt_char = (c >= 0 && c <= 0xff) ? c : -1;
}

bool hal_interrupt_pending(void) {
    if (!interrupt_pending) return false;
    interrupt_pending = false;
    return true;
}

bool console_interrupt_peek(void) {
    return interrupt_char >= 0 && interrupt_pending;
}
