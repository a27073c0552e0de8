/* The port's entry: the arena the core runs in, then the core's board loop, which
 * never returns on a board (Ctrl-D soft-resets inside it). */
#include "pyx_hal.h"
#include "port.h"

_Static_assert(PYX_ARENA_SIZE % 8u == 0, "PYX_ARENA_SIZE must be a multiple of 8");

/* In SRAM, placed by the linker script's .arena section (no load image, not cleared at
 * reset: the core initialises what it uses). */
static uint8_t arena[PYX_ARENA_SIZE] __attribute__((aligned(8), section(".arena")));

/* The core's board entry point (generated from core/board_main.ts). */
int32_t pyx_board_main(void);

void port_main(void) {
    pyx_mem = arena;
    pyx_mem_size = PYX_ARENA_SIZE;
    int32_t status = pyx_board_main();
    hal_exit(status);
}
