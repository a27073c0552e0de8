/* The console's device half on STM32F4: the board's USART (board.json "console"), 8N1
 * at its baud rate. The receive interrupt passes each byte to console_rx_put (the ring,
 * Ctrl-C and the hal_* console entries are the board ports' shared half,
 * ports/common/console.c), as MicroPython's stm32 port does in its UART IRQ handler.
 * Output is written by polling TXE: the console is the only writer, and a blocking write
 * keeps output in order with a crash report. A byte received while the ring is full is
 * lost (a UART cannot hold the sender back without flow control lines). */

#include "pyx_hal.h"
#include "console.h"
#include "stm32f4.h"
#include "port.h"

/* Under SysTick (0x40): a tick may interrupt a burst of received bytes. */
#define CONSOLE_IRQ_PRIORITY 0x80u

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
    while (USART_SR(u) & (USART_SR_RXNE | USART_SR_ORE)) (void)console_rx_put((uint8_t)USART_DR(u));
}

void port_console_write(const uint8_t *data, uint32_t len) {
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

void port_console_rx_taken(void) {
}

void port_console_wait(void) {
    /* The receive interrupt (or SysTick) wakes the core. Interrupts are masked around
     * the check so that a byte arriving in between is not slept through. */
    stm32_irq_disable();
    if (!console_input_waiting()) stm32_wfi();
    stm32_irq_enable();
}
