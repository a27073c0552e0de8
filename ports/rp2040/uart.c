/* The UART console (PL011, RP2040 datasheet 4.2): 8N1 at the board's baud rate, FIFOs on.
 * Output waits for room in the transmit FIFO. Input arrives by interrupt (receive or
 * receive timeout) and goes byte by byte to console_rx_put. While the console's buffer
 * is full the receive interrupt is masked, so bytes wait in the UART's own FIFO (and, in
 * the emulator, at the sender) instead of being lost; reading resumes it. */
#include "board_config.h"
#include "rp2040.h"

#ifdef PYX_CONSOLE_UART

#if PYX_CONSOLE_UART_ID == 0
#define UART_BASE UART0_BASE
#define UART_RESET RESET_UART0
#define UART_IRQ IRQ_UART0
#else
#define UART_BASE UART1_BASE
#define UART_RESET RESET_UART1
#define UART_IRQ (IRQ_UART0 + 1u)
#endif

#define UART_RX_INTERRUPTS (UART_INT_RX | UART_INT_RT)

static void pin_function(uint32_t pin, uint32_t function, uint32_t pads) {
    REG(PADS_GPIO(pin)) = pads;
    REG(IO_GPIO_CTRL(pin)) = function;
}

void rp2040_uart_init(uint32_t tx_pin, uint32_t rx_pin, uint32_t baud) {
    rp2040_reset(UART_RESET);
    rp2040_unreset(UART_RESET | RESET_IO_BANK0 | RESET_PADS_BANK0);
    /* Divisor in 1/64ths: clk_peri / (16 * baud), rounded (datasheet 4.2.7.1). */
    uint32_t div = (8u * rp2040_clk_peri_hz()) / baud;
    uint32_t ibrd = div >> 7;
    uint32_t fbrd = ((div & 0x7fu) + 1u) / 2u;
    if (ibrd == 0) {
        ibrd = 1;
        fbrd = 0;
    } else if (ibrd >= 0xffffu) {
        ibrd = 0xffffu;
        fbrd = 0;
    }
    REG(UART_BASE + UART_IBRD) = ibrd;
    REG(UART_BASE + UART_FBRD) = fbrd;
    /* Writing LCR_H latches the divisors. */
    REG(UART_BASE + UART_LCR_H) = UART_LCR_H_WLEN_8 | UART_LCR_H_FEN;
    REG(UART_BASE + UART_CR) = UART_CR_UARTEN | UART_CR_TXE | UART_CR_RXE;
    pin_function(tx_pin, GPIO_FUNC_UART, PADS_IE | PADS_SCHMITT);
    /* The line idles high: a pull-up keeps an unconnected RX from reading noise. */
    pin_function(rx_pin, GPIO_FUNC_UART, PADS_IE | PADS_SCHMITT | PADS_PUE);
    REG(UART_BASE + UART_IMSC) = UART_RX_INTERRUPTS;
    rp2040_irq_enable(UART_IRQ);
}

void rp2040_uart_write(const uint8_t *buf, uint32_t len) {
    for (uint32_t i = 0; i < len; i++) {
        while ((REG(UART_BASE + UART_FR) & UART_FR_TXFF) != 0) {
        }
        REG(UART_BASE + UART_DR) = buf[i];
    }
}

static void uart_irq(void) {
    while ((REG(UART_BASE + UART_FR) & UART_FR_RXFE) == 0) {
        if (console_rx_free() == 0) {
            REG_CLR(UART_BASE + UART_IMSC) = UART_RX_INTERRUPTS;
            return;
        }
        console_rx_put((uint8_t)REG(UART_BASE + UART_DR));
    }
    REG(UART_BASE + UART_ICR) = UART_RX_INTERRUPTS;
}

void rp2040_uart_rx_resume(void) {
    REG_SET(UART_BASE + UART_IMSC) = UART_RX_INTERRUPTS;
}

#if PYX_CONSOLE_UART_ID == 0
void isr_uart0(void) {
    uart_irq();
}
#else
void isr_uart1(void) {
    uart_irq();
}
#endif

#endif /* PYX_CONSOLE_UART */
