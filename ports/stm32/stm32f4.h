/* STM32F4 registers the port uses, by the names of RM0090 (F405/F407) and RM0383 (F411).
 * Only what this port touches is here; each block names its reference-manual section. */
#ifndef PYXIS_STM32F4_H
#define PYXIS_STM32F4_H

#include <stdint.h>

#define REG32(addr) (*(volatile uint32_t *)(uintptr_t)(addr))

/* ---- Cortex-M4 system control (ARMv7-M ARM, B3) ---- */
#define SCB_ICSR        REG32(0xE000ED04u)
#define SCB_ICSR_PENDSTSET (1u << 26) /* SysTick's interrupt is pending */
#define SCB_VTOR        REG32(0xE000ED08u)
#define SCB_AIRCR       REG32(0xE000ED0Cu)
#define SCB_SHPR3       REG32(0xE000ED20u)
#define SCB_CPACR       REG32(0xE000ED88u)
#define AIRCR_VECTKEY   (0x05FAu << 16)
#define AIRCR_SYSRESETREQ (1u << 2)

#define SYST_CSR        REG32(0xE000E010u)
#define SYST_RVR        REG32(0xE000E014u)
#define SYST_CVR        REG32(0xE000E018u)
#define SYST_CSR_ENABLE    (1u << 0)
#define SYST_CSR_TICKINT   (1u << 1)
#define SYST_CSR_CLKSOURCE (1u << 2) /* the processor clock, not HCLK/8 */

#define NVIC_ISER(n)    REG32(0xE000E100u + 4u * (n))
#define NVIC_ICER(n)    REG32(0xE000E180u + 4u * (n))
#define NVIC_ICPR(n)    REG32(0xE000E280u + 4u * (n))
#define NVIC_IPR_BYTE(irq) (*(volatile uint8_t *)(uintptr_t)(0xE000E400u + (irq)))

/* ---- RCC (RM0090 7.3, RM0383 6.3) ---- */
#define RCC_BASE        0x40023800u
#define RCC_CR          REG32(RCC_BASE + 0x00u)
#define RCC_PLLCFGR     REG32(RCC_BASE + 0x04u)
#define RCC_CFGR        REG32(RCC_BASE + 0x08u)
#define RCC_CIR         REG32(RCC_BASE + 0x0Cu)
#define RCC_AHB1ENR     REG32(RCC_BASE + 0x30u)
#define RCC_APB1ENR     REG32(RCC_BASE + 0x40u)
#define RCC_APB2ENR     REG32(RCC_BASE + 0x44u)
#define RCC_CR_HSION    (1u << 0)
#define RCC_CR_HSIRDY   (1u << 1)
#define RCC_CR_HSEON    (1u << 16)
#define RCC_CR_HSERDY   (1u << 17)
#define RCC_CR_HSEBYP   (1u << 18)
#define RCC_CR_PLLON    (1u << 24)
#define RCC_CR_PLLRDY   (1u << 25)
#define RCC_PLLCFGR_SRC_HSE (1u << 22)
#define RCC_CFGR_SW_MASK    3u
#define RCC_CFGR_SW_HSI     0u
#define RCC_CFGR_SW_PLL     2u
#define RCC_CFGR_SWS_SHIFT  2u
#define RCC_APB1ENR_PWREN   (1u << 28)
#define RCC_APB2ENR_SYSCFGEN (1u << 14)

/* ---- PWR (RM0090 5.4.1): voltage scaling, set before raising the clock ---- */
#define PWR_CR          REG32(0x40007000u)
#define PWR_CR_VOS_SHIFT 14u

/* ---- FLASH interface (RM0090 3.9.1) ---- */
#define FLASH_ACR       REG32(0x40023C00u)
#define FLASH_ACR_LATENCY_MASK 0xFu
#define FLASH_ACR_PRFTEN (1u << 8)
#define FLASH_ACR_ICEN   (1u << 9)
#define FLASH_ACR_DCEN   (1u << 10)

/* ---- GPIO (RM0090 8.4): port n at GPIO_BASE + n * 0x400 (A = 0) ---- */
#define GPIO_BASE       0x40020000u
#define GPIO_PORT(n)    (GPIO_BASE + 0x400u * (n))
#define GPIO_MODER(p)   REG32((p) + 0x00u)
#define GPIO_OTYPER(p)  REG32((p) + 0x04u)
#define GPIO_OSPEEDR(p) REG32((p) + 0x08u)
#define GPIO_PUPDR(p)   REG32((p) + 0x0Cu)
#define GPIO_IDR(p)     REG32((p) + 0x10u)
#define GPIO_ODR(p)     REG32((p) + 0x14u)
#define GPIO_BSRR(p)    REG32((p) + 0x18u)
#define GPIO_AFR(p, n)  REG32((p) + 0x20u + 4u * (n))
#define GPIO_MODE_INPUT  0u
#define GPIO_MODE_OUTPUT 1u
#define GPIO_MODE_ALT    2u
#define GPIO_MODE_ANALOG 3u

/* ---- SYSCFG and EXTI (RM0090 9.2, 12.3) ---- */
#define SYSCFG_MEMRMP   REG32(0x40013800u)
#define SYSCFG_EXTICR(n) REG32(0x40013808u + 4u * (n))
#define EXTI_IMR        REG32(0x40013C00u)
#define EXTI_RTSR       REG32(0x40013C08u)
#define EXTI_FTSR       REG32(0x40013C0Cu)
#define EXTI_PR         REG32(0x40013C14u)

/* ---- USART (RM0090 30.6) ---- */
#define USART_SR(u)     REG32((u) + 0x00u)
#define USART_DR(u)     REG32((u) + 0x04u)
#define USART_BRR(u)    REG32((u) + 0x08u)
#define USART_CR1(u)    REG32((u) + 0x0Cu)
#define USART_CR2(u)    REG32((u) + 0x10u)
#define USART_CR3(u)    REG32((u) + 0x14u)
#define USART_SR_ORE    (1u << 3)
#define USART_SR_RXNE   (1u << 5)
#define USART_SR_TC     (1u << 6)
#define USART_SR_TXE    (1u << 7)
#define USART_CR1_RE     (1u << 2)
#define USART_CR1_TE     (1u << 3)
#define USART_CR1_RXNEIE (1u << 5)
#define USART_CR1_UE     (1u << 13)

/* ---- device identity (RM0090 39.1) ---- */
#define UID_BASE        0x1FFF7A10u   /* 96-bit unique device id */
#define SYSTEM_MEMORY_BASE 0x1FFF0000u /* the ROM bootloader (AN2606) */

static inline void stm32_dsb(void) { __asm__ volatile ("dsb 0xF" ::: "memory"); }
static inline void stm32_isb(void) { __asm__ volatile ("isb 0xF" ::: "memory"); }
static inline void stm32_irq_disable(void) { __asm__ volatile ("cpsid i" ::: "memory"); }
static inline void stm32_irq_enable(void) { __asm__ volatile ("cpsie i" ::: "memory"); }
static inline void stm32_wfi(void) { __asm__ volatile ("wfi"); }

static inline void nvic_enable(uint32_t irq, uint8_t priority) {
    NVIC_IPR_BYTE(irq) = priority;
    NVIC_ICPR(irq >> 5) = 1u << (irq & 31u);
    NVIC_ISER(irq >> 5) = 1u << (irq & 31u);
}

#endif /* PYXIS_STM32F4_H */
