/* The RP2040's registers this port uses (addresses and bits from the RP2040 datasheet),
 * and what the port's files share with each other. Not part of the HAL interface (that
 * is pyx_hal.h, generated from core/hal.d.ts). */
#ifndef PYXIS_RP2040_H
#define PYXIS_RP2040_H

#include <stdbool.h>
#include <stdint.h>
#include "console.h"

#define REG(addr) (*(volatile uint32_t *)(uintptr_t)(addr))
/* Every APB/AHB peripheral register has atomic aliases: +0x1000 XOR, +0x2000 SET, +0x3000 CLEAR. */
#define REG_XOR(addr) REG((addr) + 0x1000u)
#define REG_SET(addr) REG((addr) + 0x2000u)
#define REG_CLR(addr) REG((addr) + 0x3000u)

/* ---- memory map ---- */
#define ROM_BASE            0x00000000u
#define XIP_BASE            0x10000000u
#define SRAM_BASE           0x20000000u
#define XIP_SSI_BASE        0x18000000u
#define SYSINFO_BASE        0x40000000u
#define CLOCKS_BASE         0x40008000u
#define RESETS_BASE         0x4000c000u
#define IO_BANK0_BASE       0x40014000u
#define PADS_BANK0_BASE     0x4001c000u
#define XOSC_BASE           0x40024000u
#define PLL_SYS_BASE        0x40028000u
#define PLL_USB_BASE        0x4002c000u
#define UART0_BASE          0x40034000u
#define UART1_BASE          0x40038000u
#define TIMER_BASE          0x40054000u
#define WATCHDOG_BASE       0x40058000u
#define SIO_BASE            0xd0000000u
#define PPB_BASE            0xe0000000u

/* ---- RESETS ---- */
#define RESETS_RESET        (RESETS_BASE + 0x0u)
#define RESETS_RESET_DONE   (RESETS_BASE + 0x8u)
#define RESET_IO_BANK0      (1u << 5)
#define RESET_PADS_BANK0    (1u << 8)
#define RESET_PLL_SYS       (1u << 12)
#define RESET_PLL_USB       (1u << 13)
#define RESET_TIMER         (1u << 21)
#define RESET_UART0         (1u << 22)
#define RESET_UART1         (1u << 23)
#define RESET_USBCTRL       (1u << 24)

/* ---- CLOCKS ---- */
#define CLK_REF_CTRL        (CLOCKS_BASE + 0x30u)
#define CLK_REF_DIV         (CLOCKS_BASE + 0x34u)
#define CLK_REF_SELECTED    (CLOCKS_BASE + 0x38u)
#define CLK_SYS_CTRL        (CLOCKS_BASE + 0x3cu)
#define CLK_SYS_DIV         (CLOCKS_BASE + 0x40u)
#define CLK_SYS_SELECTED    (CLOCKS_BASE + 0x44u)
#define CLK_PERI_CTRL       (CLOCKS_BASE + 0x48u)
#define CLK_USB_CTRL        (CLOCKS_BASE + 0x54u)
#define CLK_USB_DIV         (CLOCKS_BASE + 0x58u)
#define CLK_ADC_CTRL        (CLOCKS_BASE + 0x60u)
#define CLK_ADC_DIV         (CLOCKS_BASE + 0x64u)
#define CLK_RTC_CTRL        (CLOCKS_BASE + 0x6cu)
#define CLK_RTC_DIV         (CLOCKS_BASE + 0x70u)
#define CLK_SYS_RESUS_CTRL  (CLOCKS_BASE + 0x78u)
#define CLK_CTRL_ENABLE     (1u << 11)
#define CLK_CTRL_AUXSRC_LSB 5
#define CLK_DIV_INT(n)      ((uint32_t)(n) << 8)
#define CLK_REF_SRC_ROSC    0u
#define CLK_REF_SRC_XOSC    2u
#define CLK_SYS_SRC_REF     0u
#define CLK_SYS_SRC_AUX     1u
#define CLK_SYS_AUX_PLL_SYS 0u
#define CLK_PERI_AUX_PLL_USB 2u

/* ---- XOSC ---- */
#define XOSC_CTRL           (XOSC_BASE + 0x00u)
#define XOSC_STATUS         (XOSC_BASE + 0x04u)
#define XOSC_STARTUP        (XOSC_BASE + 0x0cu)
#define XOSC_CTRL_FREQ_RANGE_1_15MHZ 0xaa0u
#define XOSC_CTRL_ENABLE    (0xfabu << 12)
#define XOSC_STATUS_STABLE  (1u << 31)

/* ---- PLL (offsets from PLL_SYS_BASE / PLL_USB_BASE) ---- */
#define PLL_CS              0x0u
#define PLL_PWR             0x4u
#define PLL_FBDIV_INT       0x8u
#define PLL_PRIM            0xcu
#define PLL_CS_LOCK         (1u << 31)
#define PLL_PWR_PD          (1u << 0)
#define PLL_PWR_POSTDIVPD   (1u << 3)
#define PLL_PWR_VCOPD       (1u << 5)

/* ---- WATCHDOG ---- */
#define WATCHDOG_CTRL       (WATCHDOG_BASE + 0x00u)
#define WATCHDOG_SCRATCH0   (WATCHDOG_BASE + 0x0cu)
#define WATCHDOG_TICK       (WATCHDOG_BASE + 0x2cu)
#define WATCHDOG_CTRL_TRIGGER (1u << 31)
#define WATCHDOG_TICK_ENABLE (1u << 9)

/* ---- PSM (power-on state machine): what the watchdog resets ---- */
#define PSM_WDSEL           (0x40010000u + 0x8u)
/* Bits 16:0 name the blocks; bit 0 is ROSC, bit 1 XOSC. */
#define PSM_WDSEL_ALL_BUT_OSCILLATORS 0x1fffcu

/* ---- TIMER (1 MHz, from the watchdog tick) ---- */
#define TIMER_TIMERAWH      (TIMER_BASE + 0x24u)
#define TIMER_TIMERAWL      (TIMER_BASE + 0x28u)
#define TIMER_ALARM0        (TIMER_BASE + 0x10u)
#define TIMER_ARMED         (TIMER_BASE + 0x20u)
#define TIMER_INTR          (TIMER_BASE + 0x34u)
#define TIMER_INTE          (TIMER_BASE + 0x38u)

/* ---- UART (PL011; offsets from UARTn_BASE) ---- */
#define UART_DR             0x00u
#define UART_FR             0x18u
#define UART_IBRD           0x24u
#define UART_FBRD           0x28u
#define UART_LCR_H          0x2cu
#define UART_CR             0x30u
#define UART_IMSC           0x38u
#define UART_ICR            0x44u
#define UART_FR_TXFF        (1u << 5)
#define UART_FR_RXFE        (1u << 4)
#define UART_FR_BUSY        (1u << 3)
#define UART_LCR_H_WLEN_8   (3u << 5)
#define UART_LCR_H_FEN      (1u << 4)
#define UART_CR_UARTEN      (1u << 0)
#define UART_CR_TXE         (1u << 8)
#define UART_CR_RXE         (1u << 9)
#define UART_INT_RX         (1u << 4)
#define UART_INT_RT         (1u << 6)

/* ---- IO_BANK0, PADS_BANK0, SIO ---- */
#define IO_GPIO_STATUS(n)   (IO_BANK0_BASE + 8u * (uint32_t)(n))
#define IO_GPIO_CTRL(n)     (IO_BANK0_BASE + 8u * (uint32_t)(n) + 4u)
#define IO_INTR(r)          (IO_BANK0_BASE + 0xf0u + 4u * (uint32_t)(r))
#define IO_PROC0_INTE(r)    (IO_BANK0_BASE + 0x100u + 4u * (uint32_t)(r))
#define IO_PROC0_INTS(r)    (IO_BANK0_BASE + 0x120u + 4u * (uint32_t)(r))
#define GPIO_FUNC_UART      2u
#define GPIO_FUNC_SIO       5u
#define GPIO_FUNC_NULL      0x1fu
#define PADS_GPIO(n)        (PADS_BANK0_BASE + 4u + 4u * (uint32_t)(n))
#define PADS_OD             (1u << 7)
#define PADS_IE             (1u << 6)
#define PADS_PUE            (1u << 3)
#define PADS_PDE            (1u << 2)
#define PADS_SCHMITT        (1u << 1)
#define SIO_GPIO_IN         (SIO_BASE + 0x04u)
#define SIO_GPIO_OUT        (SIO_BASE + 0x10u)
#define SIO_GPIO_OUT_SET    (SIO_BASE + 0x14u)
#define SIO_GPIO_OUT_CLR    (SIO_BASE + 0x18u)
#define SIO_GPIO_OUT_XOR    (SIO_BASE + 0x1cu)
#define SIO_GPIO_OE         (SIO_BASE + 0x20u)
#define SIO_GPIO_OE_SET     (SIO_BASE + 0x24u)
#define SIO_GPIO_OE_CLR     (SIO_BASE + 0x28u)

/* ---- Cortex-M0+ system control (PPB) ---- */
#define NVIC_ISER           (PPB_BASE + 0xe100u)
#define NVIC_ICER           (PPB_BASE + 0xe180u)
#define NVIC_ICPR           (PPB_BASE + 0xe280u)
#define SCB_VTOR            (PPB_BASE + 0xed08u)
#define SCB_AIRCR           (PPB_BASE + 0xed0cu)
#define SCB_AIRCR_VECTKEY   (0x05fau << 16)
#define SCB_AIRCR_SYSRESETREQ (1u << 2)

/* ---- interrupt numbers ---- */
#define IRQ_TIMER0          0u
#define IRQ_USBCTRL         5u
#define IRQ_IO_BANK0        13u
#define IRQ_UART0           20u

#define RP2040_GPIO_COUNT   30u

static inline void rp2040_irq_enable(uint32_t irq) {
    REG(NVIC_ICPR) = 1u << irq;
    REG(NVIC_ISER) = 1u << irq;
}

static inline void rp2040_irq_disable(uint32_t irq) {
    REG(NVIC_ICER) = 1u << irq;
}

/* Take peripherals out of reset and wait until they are ready. */
static inline void rp2040_unreset(uint32_t bits) {
    REG_CLR(RESETS_RESET) = bits;
    while ((REG(RESETS_RESET_DONE) & bits) != bits) {
    }
}

static inline void rp2040_reset(uint32_t bits) {
    REG_SET(RESETS_RESET) = bits;
}

/* PRIMASK, for sections the interrupt handlers must not enter. */
static inline uint32_t rp2040_irq_save(void) {
    uint32_t primask;
    __asm__ volatile("mrs %0, primask\n cpsid i" : "=r"(primask)::"memory");
    return primask;
}

static inline void rp2040_irq_restore(uint32_t primask) {
    __asm__ volatile("msr primask, %0" ::"r"(primask) : "memory");
}

/* clocks.c: XOSC, PLL_SYS at 125 MHz, PLL_USB at 48 MHz, clk_ref/sys/peri/usb/adc/rtc,
 * and the watchdog's 1 MHz tick for TIMER. */
void rp2040_clocks_init(void);
/* clk_sys and clk_peri in Hz, as configured. */
uint32_t rp2040_clk_sys_hz(void);
uint32_t rp2040_clk_peri_hz(void);
/* Run clk_sys at hz from PLL_SYS: false when the PLL cannot make exactly hz. */
bool rp2040_clocks_set_sys_hz(uint32_t hz);

/* flash_id.c: the flash chip's 64-bit unique id (command 4Bh), read once at start-up. */
#define RP2040_UNIQUE_ID_BYTES 8u
void rp2040_flash_id_init(void);
const uint8_t *rp2040_flash_unique_id(void);

/* time.c: the 64-bit microsecond TIMER, and a wait for an interrupt of at most us
 * microseconds (returns early on any interrupt). */
void rp2040_time_init(void);
uint64_t rp2040_time_us(void);
void rp2040_wait_us(uint32_t us);

/* uart.c: UART0 on the console pins, received bytes passed to console_rx_put. */
void rp2040_uart_init(uint32_t tx_pin, uint32_t rx_pin, uint32_t baud);
void rp2040_uart_write(const uint8_t *buf, uint32_t len);
/* The receive interrupt pauses while the console's buffer is full; this resumes it. */
void rp2040_uart_rx_resume(void);

/* console.c: the console's device half; ports/common/console.h has the ring
 * (console_rx_put, console_rx_free), console_interrupt_peek and port_console_write. */
void rp2040_console_init(void);
/* Service the console's driver from thread mode (USB: usb_cdc_task); cheap. */
void rp2040_console_poll(void);

/* startup.c: stop after an unrecoverable error: bkpt (an attached debugger, or the
 * emulator, sees it), then reset through the watchdog. */
__attribute__((noreturn)) void rp2040_halt(int32_t status);
/* startup.c: reset the chip through the watchdog (machine.reset()). */
__attribute__((noreturn)) void rp2040_watchdog_reboot(void);

#endif /* PYXIS_RP2040_H */
