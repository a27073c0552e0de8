/* The process's environment, read by the core (MICROPYPATH, HOME). */
#include <stdlib.h>
#include <string.h>

#include "pyx_hal.h"
#include "host.h"

#define ENV_NAME_MAX 256

/* getenv of a pyx_str name, or NULL when unset or the name is unusable. */
static const char *env_value(pyx_str name) {
    char buf[ENV_NAME_MAX];
    if (name.len >= ENV_NAME_MAX) return NULL;
    memcpy(buf, name.ptr, name.len);
    buf[name.len] = 0;
    return getenv(buf);
}

int32_t hal_getenv_len(pyx_str name) {
    const char *v = env_value(name);
    if (v == NULL) return -1;
    size_t n = strlen(v);
    return n > INT32_MAX ? INT32_MAX : (int32_t)n;
}

void hal_getenv_copy(pyx_str name, uint32_t addr) {
    int32_t n = hal_getenv_len(name);
    if (n <= 0) return;
    host_arena_check(addr, (uint32_t)n, "hal_getenv_copy");
    memcpy(pyx_mem + addr, env_value(name), (size_t)n);
}
