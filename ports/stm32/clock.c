/* The clock tree (RM0090 6 / RM0383 6): HSE (crystal, or an external clock in bypass
 * mode) → PLL (M, N, P, Q from board.json) → SYSCLK, with the AHB/APB prescalers, the
 * flash wait states and the regulator's voltage scale that SYSCLK needs.
 *
 * Every wait for a ready bit is bounded, and each failure has a fallback, so that the
 * same firmware runs on a chip whose crystal is missing and in QEMU:
 *  - HSE not ready: the PLL runs from the 16 MHz HSI instead, with M chosen (by
 *    build.ts) for the same 1-2 MHz PLL input, so SYSCLK is still the board's.
 *  - PLL not locked, or the switch to it not confirmed: stay on HSI (16 MHz).
 *  - The RCC reads as all zeros: QEMU's netduinoplus2 does not model the RCC at all
 *    (a real chip has HSION and HSIRDY set out of reset). The emulated core then runs
 *    at the SoC's fixed clock, which QEMU sets to 168 MHz, the board's SYSCLK: the port
 *    takes the board's clocks as given.
 * Wait states are raised before the clock is and kept when falling back (more wait
 * states than needed is only slower). */
#include "stm32f4.h"
#include "port.h"

#define HSI_HZ 16000000u
/* At 16 MHz (the reset clock), about 8 cycles a poll: over 100 ms, longer than any
 * crystal's start-up (ST's HAL allows 100 ms) or the PLL's lock time (~200 us). */
#define READY_POLLS 200000u

static clock_source_t source = CLOCK_HSI;
static uint32_t hclk_hz = HSI_HZ;
static uint32_t apb1_div = STM32_APB1_DIV, apb2_div = STM32_APB2_DIV;

static bool wait_for(volatile uint32_t *reg, uint32_t mask, uint32_t value) {
    for (uint32_t i = 0; i < READY_POLLS; i++) {
        if ((*reg & mask) == value) return true;
    }
    return false;
}

static void set_flash_latency(uint32_t wait_states) {
    FLASH_ACR = FLASH_ACR_PRFTEN | FLASH_ACR_ICEN | FLASH_ACR_DCEN | wait_states;
    (void)wait_for(&FLASH_ACR, FLASH_ACR_LATENCY_MASK, wait_states);
}

static bool start_pll(bool from_hse) {
    uint32_t m = from_hse ? STM32_PLL_M_HSE : STM32_PLL_M_HSI;
    RCC_PLLCFGR = m | (STM32_PLL_N << 6) | (((STM32_PLL_P / 2u) - 1u) << 16)
                | (from_hse ? RCC_PLLCFGR_SRC_HSE : 0u) | (STM32_PLL_Q << 24);
    RCC_CR |= RCC_CR_PLLON;
    if (!wait_for(&RCC_CR, RCC_CR_PLLRDY, RCC_CR_PLLRDY)) {
        RCC_CR &= ~RCC_CR_PLLON;
        return false;
    }
    RCC_CFGR = (RCC_CFGR & ~RCC_CFGR_SW_MASK) | RCC_CFGR_SW_PLL;
    if (!wait_for(&RCC_CFGR, RCC_CFGR_SW_MASK << RCC_CFGR_SWS_SHIFT, RCC_CFGR_SW_PLL << RCC_CFGR_SWS_SHIFT)) {
        RCC_CFGR &= ~RCC_CFGR_SW_MASK; /* back to HSI */
        RCC_CR &= ~RCC_CR_PLLON;
        return false;
    }
    return true;
}

void clock_init(void) {
    if ((RCC_CR & (RCC_CR_HSION | RCC_CR_HSIRDY)) == 0) {
        source = CLOCK_NOT_MODELLED;
        hclk_hz = STM32_SYSCLK_HZ / STM32_AHB_DIV;
        return;
    }
    /* Regulator scale for the target frequency (needs the PWR clock). */
    RCC_APB1ENR |= RCC_APB1ENR_PWREN;
    (void)RCC_APB1ENR;
    PWR_CR = (PWR_CR & ~(3u << PWR_CR_VOS_SHIFT)) | (STM32_PWR_VOS << PWR_CR_VOS_SHIFT);
    set_flash_latency(STM32_FLASH_LATENCY);
    /* Bus prescalers first, so that no bus runs above its maximum once SYSCLK rises. */
    RCC_CFGR = (RCC_CFGR & ~0xFCF0u) | (STM32_CFGR_HPRE << 4) | (STM32_CFGR_PPRE1 << 10) | (STM32_CFGR_PPRE2 << 13);

    bool hse = false;
    if (STM32_HSE_HZ != 0) {
        /* HSEBYP may only change while the HSE is off: set it first. */
        if (STM32_HSE_BYPASS) RCC_CR |= RCC_CR_HSEBYP;
        RCC_CR |= RCC_CR_HSEON;
        hse = wait_for(&RCC_CR, RCC_CR_HSERDY, RCC_CR_HSERDY);
        if (!hse) {
            RCC_CR &= ~RCC_CR_HSEON;
            RCC_CR &= ~RCC_CR_HSEBYP;
        }
    }
    if (start_pll(hse)) {
        source = hse ? CLOCK_PLL_HSE : CLOCK_PLL_HSI;
        hclk_hz = STM32_SYSCLK_HZ / STM32_AHB_DIV;
    } else {
        source = CLOCK_HSI;
        hclk_hz = HSI_HZ / STM32_AHB_DIV;
    }
}

/* ---- machine.freq(hz): another SYSCLK from the same PLL input ---- */

#define MIN_SYSCLK_HZ 16000000u /* below the HSI, SysTick and the console lose precision */
#define PLL_IN_HZ (HSI_HZ / STM32_PLL_M_HSI) /* the same from the HSE (build.ts checks) */

static uint32_t apb_code(uint32_t hz, uint32_t max, uint32_t *div) {
    static const uint8_t codes[] = { 0, 4, 5, 6, 7 }; /* /1, /2, /4, /8, /16 */
    for (uint32_t i = 0; i < sizeof codes; i++) {
        *div = 1u << i;
        if (hz / *div <= max) return codes[i];
    }
    return codes[sizeof codes - 1];
}

/* Program the PLL for hz (SYSCLK on HSI meanwhile) and switch to it. */
static bool switch_pll(uint32_t n, uint32_t p, uint32_t q, uint32_t hz) {
    RCC_CFGR &= ~RCC_CFGR_SW_MASK;
    if (!wait_for(&RCC_CFGR, RCC_CFGR_SW_MASK << RCC_CFGR_SWS_SHIFT, RCC_CFGR_SW_HSI << RCC_CFGR_SWS_SHIFT)) return false;
    RCC_CR &= ~RCC_CR_PLLON;
    if (!wait_for(&RCC_CR, RCC_CR_PLLRDY, 0)) return false;
    uint32_t latency = (hz + STM32_HZ_PER_WAIT_STATE - 1u) / STM32_HZ_PER_WAIT_STATE - 1u;
    if (latency > (FLASH_ACR & FLASH_ACR_LATENCY_MASK)) set_flash_latency(latency);
    uint32_t div1, div2;
    uint32_t ppre1 = apb_code(hz, STM32_MAX_PCLK1_HZ, &div1), ppre2 = apb_code(hz, STM32_MAX_PCLK2_HZ, &div2);
    RCC_CFGR = (RCC_CFGR & ~0xFCF0u) | (ppre1 << 10) | (ppre2 << 13);
    bool hse = source == CLOCK_PLL_HSE;
    RCC_PLLCFGR = (hse ? STM32_PLL_M_HSE : STM32_PLL_M_HSI) | (n << 6) | (((p / 2u) - 1u) << 16)
                | (hse ? RCC_PLLCFGR_SRC_HSE : 0u) | (q << 24);
    RCC_CR |= RCC_CR_PLLON;
    if (!wait_for(&RCC_CR, RCC_CR_PLLRDY, RCC_CR_PLLRDY)) return false;
    RCC_CFGR = (RCC_CFGR & ~RCC_CFGR_SW_MASK) | RCC_CFGR_SW_PLL;
    if (!wait_for(&RCC_CFGR, RCC_CFGR_SW_MASK << RCC_CFGR_SWS_SHIFT, RCC_CFGR_SW_PLL << RCC_CFGR_SWS_SHIFT)) return false;
    set_flash_latency(latency);
    hclk_hz = hz;
    apb1_div = div1;
    apb2_div = div2;
    return true;
}

int32_t clock_set_sysclk(uint32_t hz) {
    if (source != CLOCK_PLL_HSE && source != CLOCK_PLL_HSI) return -22; /* no PLL to retune */
    if (hz < MIN_SYSCLK_HZ || hz > STM32_MAX_HCLK_HZ) return -22;
    /* N and P with PLL_IN_HZ * N / P = hz, the VCO within 100..432 MHz (RM0090 6.3.2). */
    for (uint32_t p = 2; p <= 8; p += 2) {
        uint64_t vco = (uint64_t)hz * p;
        if (vco % PLL_IN_HZ != 0 || vco < 100000000u || vco > 432000000u) continue;
        uint32_t n = (uint32_t)(vco / PLL_IN_HZ);
        if (n < 50 || n > 432) continue;
        uint32_t q = (uint32_t)((vco + 47999999u) / 48000000u); /* the 48 MHz clock at most 48 MHz */
        if (q < 2) q = 2;
        if (q > 15) q = 15;
        uint32_t old_hz = hclk_hz, old_cfgr = RCC_PLLCFGR;
        if (switch_pll(n, p, q, hz)) return 0;
        /* Back to the settings that worked. */
        (void)switch_pll((old_cfgr >> 6) & 0x1FFu, (((old_cfgr >> 16) & 3u) + 1u) * 2u, (old_cfgr >> 24) & 0xFu, old_hz);
        return -5; /* EIO: the PLL did not lock */
    }
    return -22;
}

clock_source_t clock_source(void) { return source; }
uint32_t clock_hclk_hz(void) { return hclk_hz; }
uint32_t clock_pclk1_hz(void) { return hclk_hz / apb1_div; }
uint32_t clock_pclk2_hz(void) { return hclk_hz / apb2_div; }
