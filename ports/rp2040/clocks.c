/* Clocks (RP2040 datasheet 2.15-2.18): the 12 MHz crystal, PLL_SYS for clk_sys (125 MHz by
 * default; the board's clocks.pll), PLL_USB at 48 MHz for clk_usb, clk_adc, clk_peri and
 * (divided) clk_rtc, clk_ref from the crystal. Then the watchdog's tick
 * generator divides clk_ref down to the 1 MHz that TIMER counts. */
#include "board_config.h"
#include "rp2040.h"

#ifndef PYX_XTAL_HZ
#define PYX_XTAL_HZ 12000000u
#endif
/* PLL_SYS: 12 MHz / 1 * 125 = 1500 MHz VCO, / 6 / 2 = 125 MHz. */
#ifndef PYX_PLL_REFDIV
#define PYX_PLL_REFDIV 1u
#endif
#ifndef PYX_PLL_FBDIV
#define PYX_PLL_FBDIV 125u
#endif
#ifndef PYX_PLL_POSTDIV1
#define PYX_PLL_POSTDIV1 6u
#endif
#ifndef PYX_PLL_POSTDIV2
#define PYX_PLL_POSTDIV2 2u
#endif
/* PLL_USB: 12 MHz / 1 * 40 = 480 MHz VCO, / 5 / 2 = 48 MHz (USB needs exactly that). */
#define PLL_USB_FBDIV 40u
#define PLL_USB_POSTDIV1 5u
#define PLL_USB_POSTDIV2 2u
/* clk_rtc: 48 MHz / 1024 = 46875 Hz. */
#define CLK_RTC_DIVISOR 1024u

static uint32_t clk_sys_hz;

uint32_t rp2040_clk_sys_hz(void) {
    return clk_sys_hz;
}

uint32_t rp2040_clk_peri_hz(void) {
    return PYX_XTAL_HZ * PLL_USB_FBDIV / (PLL_USB_POSTDIV1 * PLL_USB_POSTDIV2);
}

static void xosc_start(void) {
    /* Startup delay in units of 256 crystal cycles: about 1 ms. */
    REG(XOSC_STARTUP) = ((PYX_XTAL_HZ / 1000u) + 128u) / 256u;
    REG(XOSC_CTRL) = XOSC_CTRL_FREQ_RANGE_1_15MHZ | XOSC_CTRL_ENABLE;
    while ((REG(XOSC_STATUS) & XOSC_STATUS_STABLE) == 0) {
    }
}

static void pll_start(uint32_t base, uint32_t reset_bit, uint32_t refdiv, uint32_t fbdiv,
                      uint32_t postdiv1, uint32_t postdiv2) {
    rp2040_reset(reset_bit);
    rp2040_unreset(reset_bit);
    REG(base + PLL_CS) = refdiv;
    REG(base + PLL_FBDIV_INT) = fbdiv;
    /* Power the PLL and its VCO, wait for lock, then set and power the post dividers. */
    REG_CLR(base + PLL_PWR) = PLL_PWR_PD | PLL_PWR_VCOPD;
    while ((REG(base + PLL_CS) & PLL_CS_LOCK) == 0) {
    }
    REG(base + PLL_PRIM) = (postdiv1 << 16) | (postdiv2 << 12);
    REG_CLR(base + PLL_PWR) = PLL_PWR_POSTDIVPD;
}

/* (Re)start PLL_SYS with these dividers and run clk_sys from it; clk_sys runs from clk_ref
 * (the crystal) meanwhile, so nothing runs from a PLL that is changing. */
static void clk_sys_from_pll(uint32_t refdiv, uint32_t fbdiv, uint32_t postdiv1, uint32_t postdiv2) {
    REG_CLR(CLK_SYS_CTRL) = 1u;
    while (REG(CLK_SYS_SELECTED) != (1u << CLK_SYS_SRC_REF)) {
    }
    pll_start(PLL_SYS_BASE, RESET_PLL_SYS, refdiv, fbdiv, postdiv1, postdiv2);
    REG(CLK_SYS_DIV) = CLK_DIV_INT(1);
    REG(CLK_SYS_CTRL) = CLK_SYS_AUX_PLL_SYS << CLK_CTRL_AUXSRC_LSB;
    REG(CLK_SYS_CTRL) = (CLK_SYS_AUX_PLL_SYS << CLK_CTRL_AUXSRC_LSB) | CLK_SYS_SRC_AUX;
    while (REG(CLK_SYS_SELECTED) != (1u << CLK_SYS_SRC_AUX)) {
    }
    clk_sys_hz = PYX_XTAL_HZ / refdiv * fbdiv / (postdiv1 * postdiv2);
}

/* The PLL's limits (RP2040 datasheet 2.18.2): VCO 750-1600 MHz, FBDIV 16-320, post
 * dividers 1-7. machine.freq() takes what they make exactly, from 16 to 200 MHz: above
 * 133 MHz is overclocking (MicroPython allows it), and above 200 MHz boot2's flash clock,
 * clk_sys / 4, would pass the 50 MHz that every flash takes for 03h reads. */
#define VCO_MIN_HZ 750000000u
#define VCO_MAX_HZ 1600000000u
#define SYS_MIN_HZ 16000000u
#define SYS_MAX_HZ 200000000u

bool rp2040_clocks_set_sys_hz(uint32_t hz) {
    if (hz < SYS_MIN_HZ || hz > SYS_MAX_HZ) return false;
    if (hz == clk_sys_hz) return true;
    uint32_t ref = PYX_XTAL_HZ;
    /* The highest VCO first (less jitter), as pico-sdk's search does. */
    for (uint32_t fbdiv = 320u; fbdiv >= 16u; fbdiv--) {
        uint32_t vco = ref * fbdiv;
        if (vco < VCO_MIN_HZ || vco > VCO_MAX_HZ) continue;
        for (uint32_t pd1 = 7u; pd1 >= 1u; pd1--) {
            for (uint32_t pd2 = pd1; pd2 >= 1u; pd2--) {
                if (vco % (pd1 * pd2) == 0 && vco / (pd1 * pd2) == hz) {
                    clk_sys_from_pll(1u, fbdiv, pd1, pd2);
                    return true;
                }
            }
        }
    }
    return false;
}

void rp2040_clocks_init(void) {
    REG(CLK_SYS_RESUS_CTRL) = 0;
    xosc_start();

    /* Move clk_sys and clk_ref to their glitchless default sources (clk_ref, the ring
     * oscillator) before touching the PLLs that may feed them. */
    REG_CLR(CLK_SYS_CTRL) = 1u;
    while (REG(CLK_SYS_SELECTED) != 1u) {
    }
    REG_CLR(CLK_REF_CTRL) = 3u;
    while (REG(CLK_REF_SELECTED) != 1u) {
    }

    pll_start(PLL_USB_BASE, RESET_PLL_USB, 1u, PLL_USB_FBDIV, PLL_USB_POSTDIV1, PLL_USB_POSTDIV2);

    /* clk_ref: the crystal, undivided. */
    REG(CLK_REF_DIV) = CLK_DIV_INT(1);
    REG(CLK_REF_CTRL) = CLK_REF_SRC_XOSC;
    while (REG(CLK_REF_SELECTED) != (1u << CLK_REF_SRC_XOSC)) {
    }

    clk_sys_from_pll(PYX_PLL_REFDIV, PYX_PLL_FBDIV, PYX_PLL_POSTDIV1, PYX_PLL_POSTDIV2);

    /* clk_usb and clk_adc: PLL_USB (aux source 0), undivided; clk_rtc: PLL_USB / 1024. */
    REG(CLK_USB_DIV) = CLK_DIV_INT(1);
    REG(CLK_USB_CTRL) = CLK_CTRL_ENABLE;
    REG(CLK_ADC_DIV) = CLK_DIV_INT(1);
    REG(CLK_ADC_CTRL) = CLK_CTRL_ENABLE;
    REG(CLK_RTC_DIV) = CLK_DIV_INT(CLK_RTC_DIVISOR);
    REG(CLK_RTC_CTRL) = CLK_CTRL_ENABLE;

    /* clk_peri: PLL_USB (aux source 2), 48 MHz, so that the UARTs' baud rates do not move
     * when machine.freq() changes clk_sys. */
    REG(CLK_PERI_CTRL) = CLK_CTRL_ENABLE | (CLK_PERI_AUX_PLL_USB << CLK_CTRL_AUXSRC_LSB);

    /* TIMER counts microseconds: one watchdog tick every PYX_XTAL_HZ / 1 MHz clk_ref cycles. */
    REG(WATCHDOG_TICK) = (PYX_XTAL_HZ / 1000000u) | WATCHDOG_TICK_ENABLE;
}
