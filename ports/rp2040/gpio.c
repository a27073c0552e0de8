/* GPIO through SIO (RP2040 datasheet 2.3.1.2, 2.19): pins in the SIO function for IN, OUT
 * and OPEN_DRAIN, any other function for ALT; pulls in PADS_BANK0. Open drain is made as
 * MicroPython's rp2 port makes it: the output latch stays 0 and the output enable carries
 * the value (enabled drives low, disabled releases the pin).
 *
 * Edge interrupts: IO_BANK0's EDGE_LOW/EDGE_HIGH bits (4 and 8 in each pin's nibble, the
 * same numbers as rp2's Pin.IRQ_FALLING and IRQ_RISING). The handler acknowledges them and
 * queues the pin, once at most: a later edge on a queued pin ORs into its entry. The VM
 * takes entries with hal_pin_irq_next and runs the Python handlers. */
#include "pyx_hal.h"
#include "rp2040.h"

#define EINVAL 22
#define PIN_EDGES 0xcu /* EDGE_LOW (falling) | EDGE_HIGH (rising) */

enum { MODE_IN = 0, MODE_OUT = 1, MODE_OPEN_DRAIN = 2, MODE_ALT = 3 };
enum { PULL_NONE = 0, PULL_UP = 1, PULL_DOWN = 2 };

static uint32_t open_drain_pins;
static bool gpio_ready;

/* The pending-edge queue: pins in arrival order, and each queued pin's edges. */
static volatile uint8_t queue[RP2040_GPIO_COUNT];
static volatile uint32_t queue_len;
static volatile uint8_t queued_edges[RP2040_GPIO_COUNT];

static void gpio_init_once(void) {
    if (gpio_ready) return;
    rp2040_unreset(RESET_IO_BANK0 | RESET_PADS_BANK0);
    rp2040_irq_enable(IRQ_IO_BANK0);
    gpio_ready = true;
}

static bool valid_pin(int32_t pin) {
    return pin >= 0 && (uint32_t)pin < RP2040_GPIO_COUNT;
}

int32_t hal_pin_config(int32_t pin, int32_t mode, int32_t pull, int32_t value) {
    if (!valid_pin(pin) || pull < PULL_NONE || pull > PULL_DOWN) return -EINVAL;
    if (mode == MODE_ALT && (value < 0 || value > 0x1f)) return -EINVAL;
    if (mode < MODE_IN || mode > MODE_ALT) return -EINVAL;
    gpio_init_once();
    uint32_t bit = 1u << pin;
    uint32_t pads = PADS_IE | PADS_SCHMITT;
    if (pull == PULL_UP) pads |= PADS_PUE;
    if (pull == PULL_DOWN) pads |= PADS_PDE;
    REG(PADS_GPIO(pin)) = pads;
    if (mode == MODE_ALT) {
        open_drain_pins &= ~bit;
        REG(IO_GPIO_CTRL(pin)) = (uint32_t)value;
        return 0;
    }
    if (mode == MODE_OPEN_DRAIN) {
        /* The latch keeps the value across reconfiguration: -1 keeps what the pin does now. */
        bool released = value < 0 ? (REG(SIO_GPIO_OE) & bit) == 0 : value != 0;
        open_drain_pins |= bit;
        REG(SIO_GPIO_OUT_CLR) = bit;
        if (released) REG(SIO_GPIO_OE_CLR) = bit;
        else REG(SIO_GPIO_OE_SET) = bit;
    } else {
        open_drain_pins &= ~bit;
        if (value == 0) REG(SIO_GPIO_OUT_CLR) = bit;
        else if (value > 0) REG(SIO_GPIO_OUT_SET) = bit;
        if (mode == MODE_OUT) REG(SIO_GPIO_OE_SET) = bit;
        else REG(SIO_GPIO_OE_CLR) = bit;
    }
    REG(IO_GPIO_CTRL(pin)) = GPIO_FUNC_SIO;
    return 0;
}

int32_t hal_pin_read(int32_t pin) {
    if (!valid_pin(pin)) return 0;
    return (int32_t)((REG(SIO_GPIO_IN) >> pin) & 1u);
}

void hal_pin_write(int32_t pin, int32_t value) {
    if (!valid_pin(pin)) return;
    uint32_t bit = 1u << pin;
    if (open_drain_pins & bit) {
        if (value != 0) REG(SIO_GPIO_OE_CLR) = bit;
        else REG(SIO_GPIO_OE_SET) = bit;
    } else if (value != 0) {
        REG(SIO_GPIO_OUT_SET) = bit;
    } else {
        REG(SIO_GPIO_OUT_CLR) = bit;
    }
}

/* Remove pin from the queue (interrupts masked by the caller). */
static void queue_drop(uint32_t pin) {
    if (queued_edges[pin] == 0) return;
    queued_edges[pin] = 0;
    uint32_t kept = 0;
    for (uint32_t i = 0; i < queue_len; i++) {
        if (queue[i] != pin) queue[kept++] = queue[i];
    }
    queue_len = kept;
}

int32_t hal_pin_irq_enable(int32_t pin, int32_t edges) {
    if (!valid_pin(pin) || (edges & ~(int32_t)PIN_EDGES) != 0) return -EINVAL;
    gpio_init_once();
    uint32_t reg = (uint32_t)pin / 8u;
    uint32_t shift = 4u * ((uint32_t)pin % 8u);
    uint32_t state = rp2040_irq_save();
    REG_CLR(IO_PROC0_INTE(reg)) = PIN_EDGES << shift;
    /* Edges latched before now are not this watch's: acknowledge them. */
    REG(IO_INTR(reg)) = PIN_EDGES << shift;
    if (edges == 0) queue_drop((uint32_t)pin);
    else REG_SET(IO_PROC0_INTE(reg)) = (uint32_t)edges << shift;
    rp2040_irq_restore(state);
    return 0;
}

int32_t hal_pin_irq_next(void) {
    if (queue_len == 0) return -1;
    uint32_t state = rp2040_irq_save();
    int32_t entry = -1;
    if (queue_len > 0) {
        uint32_t pin = queue[0];
        for (uint32_t i = 1; i < queue_len; i++) queue[i - 1] = queue[i];
        queue_len--;
        entry = (int32_t)(pin | ((uint32_t)queued_edges[pin] << 8));
        queued_edges[pin] = 0;
    }
    rp2040_irq_restore(state);
    return entry;
}

void isr_io_bank0(void) {
    for (uint32_t reg = 0; reg < (RP2040_GPIO_COUNT + 7u) / 8u; reg++) {
        uint32_t status = REG(IO_PROC0_INTS(reg));
        if (status == 0) continue;
        REG(IO_INTR(reg)) = status & 0xccccccccu; /* edge bits are write-1-to-clear */
        for (uint32_t k = 0; k < 8u; k++) {
            uint8_t edges = (uint8_t)((status >> (4u * k)) & PIN_EDGES);
            if (edges == 0) continue;
            uint32_t pin = reg * 8u + k;
            if (queued_edges[pin] == 0) queue[queue_len++] = (uint8_t)pin;
            queued_edges[pin] |= edges;
        }
    }
}
