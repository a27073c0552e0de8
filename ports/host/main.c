/* The host program: keeps the command line for args.c, allocates the arena, runs
 * the core's pyx_main and exits with what it returns.
 *
 * Arena size: PYX_ARENA_SIZE bytes (default 64 MiB), or environment variable
 * PYXIS_ARENA_SIZE when set (as in the Node build), rounded up to a multiple of 8.
 * calloc gives zeroed memory aligned for any type (at least 8 bytes), and the OS
 * maps the zero pages lazily, so an arena larger than the program needs costs
 * address space, not memory. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "pyx_hal.h"
#include "host.h"

#ifndef PYX_ARENA_SIZE
#define PYX_ARENA_SIZE (64u * 1024u * 1024u)
#endif
#define ARENA_MAX_SIZE 0xfffffff8u /* addresses are 32-bit */

_Static_assert(PYX_ARENA_SIZE >= 8 && PYX_ARENA_SIZE <= ARENA_MAX_SIZE,
               "PYX_ARENA_SIZE must be from 8 to 0xfffffff8");

/* Not a terminal: flush in 64 KiB blocks, as the Node HAL does (a terminal keeps
 * stdio's line buffering). stdin reads, hal_exit and hal_fatal flush too. */
#define STDOUT_BUFFER_SIZE 65536u

/* The core's entry point (generated). */
int32_t pyx_main(void);

static char stdout_buffer[STDOUT_BUFFER_SIZE];

void host_arena_check(uint32_t addr, uint64_t len, const char *who) {
    if ((uint64_t)addr + len <= pyx_mem_size) return;
    char text[160];
    int n = snprintf(text, sizeof text, "%s: 0x%lx+%llu is outside the %lu-byte arena", who,
                     (unsigned long)addr, (unsigned long long)len, (unsigned long)pyx_mem_size);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof text) n = (int)sizeof text - 1;
    hal_fatal((pyx_str){ text, (uint32_t)n });
}

int main(int argc, char **argv) {
    host_args_init(argc, argv);
    if (!isatty(STDOUT_FILENO)) setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);

    uint32_t size = host_env_u32("PYXIS_ARENA_SIZE", PYX_ARENA_SIZE, 8, ARENA_MAX_SIZE);
    size = (size + 7u) & ~7u;
    pyx_mem = calloc(size, 1);
    if (pyx_mem == NULL) hal_fatal(PYX_STR("cannot allocate the arena"));
    pyx_mem_size = size;

    int32_t status = pyx_main();
    fflush(stdout);
    return (int)status;
}
