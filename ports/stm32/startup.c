/* Reset and the vector table (RM0090 10.2, RM0383 10.2): the stack pointer, the Cortex-M4
 * exceptions, then one entry per peripheral interrupt. Reset_Handler copies .data from
 * flash, clears .bss, turns on the FPU and brings the board up before the core runs. */
#include <stdint.h>
#include <string.h>

#include "pyx_hal.h"
#include "stm32f4.h"
#include "port.h"

/* From the linker script (build.ts). */
extern uint32_t _sidata[], _sdata[], _edata[], _sbss[], _ebss[], _estack[];

__attribute__((noreturn)) void Reset_Handler(void);

static const char *const fault_names[] = {
    "NMI", "HardFault", "MemManage", "BusFault", "UsageFault",
};

/* A fault is a bug in the port or the core (Python code cannot cause one): say which,
 * and where, then stop. */
static __attribute__((noreturn)) void fault(uint32_t which) {
    char text[48] = "CPU fault: ";
    size_t n = strlen(text);
    const char *name = fault_names[which];
    while (*name != '\0' && n < sizeof text - 1) text[n++] = *name++;
    hal_fatal((pyx_str){ text, (uint32_t)n });
}

static void NMI_Handler(void) { fault(0); }
static void HardFault_Handler(void) { fault(1); }
static void MemManage_Handler(void) { fault(2); }
static void BusFault_Handler(void) { fault(3); }
static void UsageFault_Handler(void) { fault(4); }
static void Unused_Handler(void) { hal_fatal(PYX_STR("unexpected interrupt")); }

/* The F405 has 82 interrupts, the F411 86: the table has room for both. */
#define IRQ_COUNT 86u

typedef void (*vector_t)(void);

/* Every entry defaults to Unused_Handler; the ones the port serves override it. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
__attribute__((section(".isr_vector"), used))
const vector_t vector_table[16 + IRQ_COUNT] = {
    [0] = (vector_t)(uintptr_t)_estack,
    [1] = Reset_Handler,
    [2] = NMI_Handler,
    [3] = HardFault_Handler,
    [4] = MemManage_Handler,
    [5] = BusFault_Handler,
    [6] = UsageFault_Handler,
    [7 ... 10] = Unused_Handler,
    [11] = Unused_Handler, /* SVCall */
    [12] = Unused_Handler, /* DebugMonitor */
    [13] = Unused_Handler,
    [14] = Unused_Handler, /* PendSV */
    [15] = SysTick_Handler,
    [16 ... 16 + IRQ_COUNT - 1] = Unused_Handler,
    [16 + 6 ... 16 + 10] = exti_irq_handler, /* EXTI0..EXTI4 */
    [16 + 23] = exti_irq_handler,            /* EXTI9_5 */
    [16 + 40] = exti_irq_handler,            /* EXTI15_10 */
    [16 + STM32_CONSOLE_IRQ] = console_irq_handler,
};
#pragma GCC diagnostic pop

void Reset_Handler(void) {
    /* Full access to the FPU (CP10, CP11) before any floating-point instruction. */
    SCB_CPACR |= 0xFu << 20;
    stm32_dsb();
    stm32_isb();
    machine_early_init();
    for (uint32_t *src = _sidata, *dst = _sdata; dst < _edata;) *dst++ = *src++;
    for (uint32_t *dst = _sbss; dst < _ebss;) *dst++ = 0;
    SCB_VTOR = (uint32_t)(uintptr_t)vector_table;
    clock_init();
    time_init();
    console_init();
    stm32_irq_enable();
    port_main();
}
