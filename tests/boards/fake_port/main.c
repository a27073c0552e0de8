/* The fake port of the firmware driver's test: a host program standing in for a board's
 * startup (a static arena of PYX_ARENA_SIZE bytes, then the core's entry) and the few HAL
 * entries the test program uses. */
#include <stdio.h>
#include <stdlib.h>

#include "pyx_hal.h"
#include "board_config.h"

int32_t pyx_main(void);

static uint8_t arena[PYX_ARENA_SIZE] __attribute__((aligned(8)));

void hal_stdout_write(uint32_t addr, uint32_t len) {
    fwrite(pyx_mem + addr, 1, len, stdout);
}

void hal_stdout_write_str(pyx_str s) {
    fwrite(s.ptr, 1, s.len, stdout);
}

void hal_fatal(pyx_str msg) {
    fwrite(msg.ptr, 1, msg.len, stderr);
    exit(70);
}

int main(void) {
    pyx_mem = arena;
    pyx_mem_size = PYX_ARENA_SIZE;
    return (int)pyx_main();
}
