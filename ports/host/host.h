/* What the host port's files share with each other. Not part of the HAL interface
 * (that is pyx_hal.h, generated from core/hal.d.ts); nothing outside ports/host
 * includes this. */
#ifndef PYXIS_HOST_H
#define PYXIS_HOST_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>

#include "pyx_rt.h"

/* Exit status of hal_fatal and of an arena range violation (sysexits' EX_SOFTWARE). */
#define HOST_EXIT_FATAL 70

/* args.c: remember the command line for hal_argc / hal_arg_len / hal_arg_copy. */
void host_args_init(int argc, char **argv);

/* main.c: stop with hal_fatal unless [addr, addr + len) lies inside the arena.
 * `who` names the HAL entry, for the message. */
void host_arena_check(uint32_t addr, uint64_t len, const char *who);

/* files.c: copy the arena path [path, path + len) into buf as a C string; false (errno
 * set: ENAMETOOLONG, or ENOENT for a path holding a NUL byte) when it cannot name a file.
 * `who` names the HAL entry, for the arena check's message. */
bool host_c_path(uint32_t path, uint32_t len, char buf[PATH_MAX], const char *who);

/* process.c: the unsigned decimal integer in environment variable `name`, or
 * `fallback` when it is unset or empty; anything outside [min, max] is fatal. */
uint32_t host_env_u32(const char *name, uint32_t fallback, uint32_t min, uint32_t max);

/* time.c: CLOCK_MONOTONIC in nanoseconds. */
uint64_t host_now_ns(void);

/* console.c: true while an interrupt is pending and an interrupt char is set,
 * without consuming it (hal_interrupt_pending consumes it). */
bool host_interrupt_peek(void);

/* console.c: wait at most max_ns for console activity when stdin is being watched
 * for the interrupt char; returns false at once (without waiting) otherwise, and
 * for waits under a millisecond. May return early. */
bool host_console_wait(uint64_t max_ns);

#endif /* PYXIS_HOST_H */
