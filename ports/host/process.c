/* The process: exit, fatal errors, and reading numbers from the environment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyx_hal.h"
#include "host.h"

void hal_exit(int32_t code) {
    fflush(stdout);
    exit((int)code); /* atexit handlers put the terminal back */
}

void hal_fatal(pyx_str msg) {
    fflush(stdout);
    fprintf(stderr, "pyxis: fatal: %.*s\n", (int)msg.len, msg.ptr);
    exit(HOST_EXIT_FATAL);
}

/* Digits only: no sign, no spaces, no suffix. The Node HAL reads these variables
 * with the same rules and the same message. */
uint32_t host_env_u32(const char *name, uint32_t fallback, uint32_t min, uint32_t max) {
    const char *s = getenv(name);
    if (s == NULL || *s == '\0') return fallback;
    uint64_t v = 0;
    const char *p = s;
    for (; *p >= '0' && *p <= '9'; p++) {
        v = v * 10u + (uint64_t)(*p - '0');
        if (v > max) break;
    }
    if (*p != '\0' || v < min || v > max) {
        char text[160];
        int n = snprintf(text, sizeof text, "%s must be an integer from %lu to %lu", name,
                         (unsigned long)min, (unsigned long)max);
        if (n < 0) n = 0;
        if ((size_t)n >= sizeof text) n = (int)sizeof text - 1;
        hal_fatal((pyx_str){ text, (uint32_t)n });
    }
    return (uint32_t)v;
}
