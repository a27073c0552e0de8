/* The simulated board of the host port (ports/node/board.ts is its twin): its texts,
 * pin names, a GPIO bank that behaves like wires with nothing attached, the machine
 * entries and the wall clock. README.md ("The simulated board") documents it. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "pyx_hal.h"
#include "host.h"

static const char *const BOARD_TEXTS[] = { "HOST", "host with posix", "posix", "linux" };
#define BOARD_TEXT_COUNT 4
/* As the host's default heap (DEFAULT_HEAP_SIZE in core/cmdline.ts). */
#define HEAP_SIZE (2u * 1024u * 1024u)

#define CPU_PIN_COUNT 30
#define LED_CPU_PIN 25
#define HIDDEN_CPU_PIN 23
/* Board pin names: GP0..GP29, then LED (GPIO25) and the hidden SMPS_MODE (GPIO23). */
#define BOARD_PIN_COUNT (CPU_PIN_COUNT + 2)
#define PIN_NAME_MAX 16

static uint32_t copy_text(const char *text, uint32_t len, uint32_t addr, const char *who) {
    if (len > 0) {
        host_arena_check(addr, len, who);
        memcpy(pyx_mem + addr, text, len);
    }
    return len;
}

uint32_t hal_board_text_len(int32_t which) {
    return which >= 0 && which < BOARD_TEXT_COUNT ? (uint32_t)strlen(BOARD_TEXTS[which]) : 0;
}

void hal_board_text_copy(int32_t which, uint32_t addr) {
    if (which >= 0 && which < BOARD_TEXT_COUNT)
        copy_text(BOARD_TEXTS[which], hal_board_text_len(which), addr, "hal_board_text_copy");
}

uint32_t hal_board_heap_size(void) {
    return HEAP_SIZE;
}

/* Board pin name i into buf; its length, 0 outside the table. */
static uint32_t board_pin_name(int32_t i, char *buf) {
    int n = 0;
    if (i >= 0 && i < CPU_PIN_COUNT) n = snprintf(buf, PIN_NAME_MAX, "GP%d", (int)i);
    else if (i == CPU_PIN_COUNT) n = snprintf(buf, PIN_NAME_MAX, "LED");
    else if (i == CPU_PIN_COUNT + 1) n = snprintf(buf, PIN_NAME_MAX, "SMPS_MODE");
    return n > 0 ? (uint32_t)n : 0;
}

static uint32_t cpu_pin_name(int32_t i, char *buf) {
    int n = i >= 0 && i < CPU_PIN_COUNT ? snprintf(buf, PIN_NAME_MAX, "GPIO%d", (int)i) : 0;
    return n > 0 ? (uint32_t)n : 0;
}

int32_t hal_board_pin_count(void) {
    return BOARD_PIN_COUNT;
}

uint32_t hal_board_pin_name_len(int32_t i) {
    char buf[PIN_NAME_MAX];
    return board_pin_name(i, buf);
}

void hal_board_pin_name_copy(int32_t i, uint32_t addr) {
    char buf[PIN_NAME_MAX];
    copy_text(buf, board_pin_name(i, buf), addr, "hal_board_pin_name_copy");
}

int32_t hal_board_pin_cpu(int32_t i) {
    if (i < 0 || i >= BOARD_PIN_COUNT) return -1;
    if (i < CPU_PIN_COUNT) return i;
    return i == CPU_PIN_COUNT ? LED_CPU_PIN : HIDDEN_CPU_PIN;
}

bool hal_board_pin_hidden(int32_t i) {
    return i == CPU_PIN_COUNT + 1;
}

int32_t hal_cpu_pin_count(void) {
    return CPU_PIN_COUNT;
}

uint32_t hal_cpu_pin_name_len(int32_t i) {
    char buf[PIN_NAME_MAX];
    return cpu_pin_name(i, buf);
}

void hal_cpu_pin_name_copy(int32_t i, uint32_t addr) {
    char buf[PIN_NAME_MAX];
    copy_text(buf, cpu_pin_name(i, buf), addr, "hal_cpu_pin_name_copy");
}

/* ---- GPIO: an output drives its latch; an undriven pin (input, ALT, released open
 *      drain) reads 1 with a pull-up and 0 otherwise. A change of level is an edge. ---- */

enum { MODE_IN = 0, MODE_OUT = 1, MODE_OPEN_DRAIN = 2, MODE_ALT = 3 };
enum { PULL_UP = 1, PULL_DOWN = 2 };
enum { EDGE_FALLING = 4, EDGE_RISING = 8 };
#define EINVAL_NEG (-22)

static uint8_t pin_mode[CPU_PIN_COUNT];
static uint8_t pin_pull[CPU_PIN_COUNT];
static uint8_t pin_latch[CPU_PIN_COUNT];
static uint8_t pin_level[CPU_PIN_COUNT];
static uint8_t pin_irq_edges[CPU_PIN_COUNT];
/* Edges seen on each queued pin; the queue holds each pin once, oldest first. */
static uint8_t pin_queued[CPU_PIN_COUNT];
static int32_t irq_queue[CPU_PIN_COUNT];
static int32_t irq_queue_len;

static bool pin_valid(int32_t pin) {
    return pin >= 0 && pin < CPU_PIN_COUNT;
}

static bool driven(int32_t pin) {
    return pin_mode[pin] == MODE_OUT || (pin_mode[pin] == MODE_OPEN_DRAIN && pin_latch[pin] == 0);
}

/* Recompute the pin's level; queue the edge when the pin is watched for it. */
static void settle(int32_t pin) {
    uint8_t level = driven(pin) ? pin_latch[pin] : (pin_pull[pin] == PULL_UP ? 1 : 0);
    if (level == pin_level[pin]) return;
    pin_level[pin] = level;
    uint8_t edge = level ? EDGE_RISING : EDGE_FALLING;
    if ((pin_irq_edges[pin] & edge) == 0) return;
    if (pin_queued[pin] == 0) irq_queue[irq_queue_len++] = pin;
    pin_queued[pin] |= edge;
}

int32_t hal_pin_config(int32_t pin, int32_t mode, int32_t pull, int32_t value) {
    if (!pin_valid(pin) || mode < MODE_IN || mode > MODE_ALT || pull < 0 || pull > PULL_DOWN) return EINVAL_NEG;
    pin_mode[pin] = (uint8_t)mode;
    pin_pull[pin] = (uint8_t)pull;
    if (mode != MODE_ALT && value >= 0) pin_latch[pin] = value != 0;
    settle(pin);
    return 0;
}

int32_t hal_pin_read(int32_t pin) {
    return pin_valid(pin) ? pin_level[pin] : 0;
}

void hal_pin_write(int32_t pin, int32_t value) {
    if (!pin_valid(pin)) return;
    pin_latch[pin] = value != 0;
    settle(pin);
}

int32_t hal_pin_irq_enable(int32_t pin, int32_t edges) {
    if (!pin_valid(pin) || (edges & ~(EDGE_FALLING | EDGE_RISING)) != 0) return EINVAL_NEG;
    pin_irq_edges[pin] = (uint8_t)edges;
    if (edges == 0 && pin_queued[pin] != 0) {
        pin_queued[pin] = 0;
        int32_t k = 0;
        for (int32_t j = 0; j < irq_queue_len; j++)
            if (irq_queue[j] != pin) irq_queue[k++] = irq_queue[j];
        irq_queue_len = k;
    }
    return 0;
}

int32_t hal_pin_irq_next(void) {
    if (irq_queue_len == 0) return -1;
    int32_t pin = irq_queue[0];
    memmove(irq_queue, irq_queue + 1, (size_t)(irq_queue_len - 1) * sizeof irq_queue[0]);
    irq_queue_len--;
    int32_t edges = pin_queued[pin];
    pin_queued[pin] = 0;
    return pin | (edges << 8);
}

/* ---- machine ---- */

#define CPU_HZ 125000000u
static const uint8_t UNIQUE_ID[8] = { 'P', 'Y', 'X', 'I', 'S', 'S', 'I', 'M' };

uint32_t hal_machine_freq(void) {
    return CPU_HZ;
}

int32_t hal_machine_set_freq(uint32_t hz) {
    return hz == CPU_HZ ? 0 : EINVAL_NEG;
}

uint32_t hal_unique_id(uint32_t addr, uint32_t max) {
    uint32_t n = max < sizeof UNIQUE_ID ? max : (uint32_t)sizeof UNIQUE_ID;
    copy_text((const char *)UNIQUE_ID, n, addr, "hal_unique_id");
    return (uint32_t)sizeof UNIQUE_ID;
}

void hal_machine_reset(void) {
    hal_exit(0);
}

void hal_machine_bootloader(void) {
    hal_exit(0);
}

void hal_idle(void) {
    hal_sleep_us(1000);
}

int64_t hal_rtc_time_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}
