/* The program's arguments: the host command line as main() received it, argument 0
 * being the program's name. The bytes are passed through unchanged. */
#include <string.h>

#include "pyx_hal.h"
#include "host.h"

static int saved_argc;
static char **saved_argv;

void host_args_init(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
}

int32_t hal_argc(void) {
    return saved_argc;
}

/* An index outside [0, argc) names an empty argument. */
uint32_t hal_arg_len(int32_t i) {
    if (i < 0 || i >= saved_argc) return 0;
    return (uint32_t)strlen(saved_argv[i]);
}

void hal_arg_copy(int32_t i, uint32_t addr) {
    uint32_t len = hal_arg_len(i);
    host_arena_check(addr, len, "hal_arg_copy");
    if (len > 0) memcpy(pyx_mem + addr, saved_argv[i], len);
}
