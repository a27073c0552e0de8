/* The console: standard output and error from the arena, standard input byte by
 * byte, raw terminal mode, and the interrupt character.
 *
 * Interrupts. While an interrupt char is set (hal_set_interrupt_char(c), c >= 0):
 *  - SIGINT sets the pending flag instead of killing the process (unless SIGINT was
 *    ignored when we started, as in a background job: then it stays ignored);
 *  - a byte equal to the interrupt char, read from stdin, sets the pending flag and
 *    is dropped, like a board's UART interrupt handler does. The char in effect is
 *    the one set when the byte is read from the OS. Terminals in cooked mode send
 *    Ctrl-C as SIGINT, never as a byte.
 * So that a running program sees an interrupt byte without reading stdin, stdin is
 * watched while an interrupt char is set: hal_interrupt_pending looks at it every
 * INPUT_POLL_INTERVAL_NS, and hal_sleep_us waits on it (see host_console_wait).
 * Terminals are watched only in raw mode: reading a terminal from a background
 * job would stop the process (SIGTTIN), and cooked mode has SIGINT.
 * Several interrupts before hal_interrupt_pending is called collapse into one, as
 * MicroPython's pending KeyboardInterrupt does.
 *
 * Input bytes are read ahead into `input`, 64 KiB like the Node HAL's ring buffer.
 * End of input is final: once read(2) returns 0, hal_stdin_read returns -1 forever. */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "pyx_hal.h"
#include "host.h"

#define INPUT_BUFFER_SIZE 65536u
#define INPUT_POLL_INTERVAL_NS 5000000u /* 5 ms: the worst Ctrl-C latency it adds */
#define NS_PER_MS 1000000u

/* ---- output ---- */

void hal_stdout_write(uint32_t addr, uint32_t len) {
    host_arena_check(addr, len, "hal_stdout_write");
    fwrite(pyx_mem + addr, 1, len, stdout);
}

void hal_stdout_write_str(pyx_str s) {
    fwrite(s.ptr, 1, s.len, stdout);
}

void hal_stdout_flush(void) {
    fflush(stdout);
}

void hal_stderr_write(uint32_t addr, uint32_t len) {
    host_arena_check(addr, len, "hal_stderr_write");
    /* stderr is unbuffered; flushing stdout first keeps the two in order when both
     * go to the same terminal or file. */
    fflush(stdout);
    fwrite(pyx_mem + addr, 1, len, stderr);
}

/* ---- interrupt state ---- */

static int interrupt_char = -1;                    /* only the main flow changes it */
static volatile sig_atomic_t interrupt_pending;    /* set by on_sigint too */

static void on_sigint(int sig) {
    (void)sig;
    interrupt_pending = 1;
}

/* ---- raw mode and restoring the terminal ---- */

static struct termios saved_termios;               /* valid while raw_active */
static volatile sig_atomic_t raw_active;
static bool restore_hooks_installed;

static void restore_terminal(void) {
    if (raw_active) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
        raw_active = 0;
    }
}

/* A signal that would kill us: put the terminal back, then die of the same signal
 * with its default action (it is blocked while this handler runs and delivered as
 * soon as it returns; a fault re-executes and faults again, by default this time). */
static void on_fatal_signal(int sig) {
    restore_terminal();
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    raise(sig);
}

static struct sigaction sigint_original;
static bool sigint_original_saved;

/* SIGINT's disposition follows the interrupt char and raw mode. */
static void update_sigint(void) {
    if (!sigint_original_saved) {
        sigaction(SIGINT, NULL, &sigint_original);
        sigint_original_saved = true;
    }
    if (sigint_original.sa_handler == SIG_IGN) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    /* No SA_RESTART: a blocking poll() or nanosleep() returns early with EINTR. */
    if (interrupt_char >= 0) {
        sa.sa_handler = on_sigint;
    } else if (restore_hooks_installed && sigint_original.sa_handler == SIG_DFL) {
        sa.sa_handler = on_fatal_signal;
    } else {
        sigaction(SIGINT, &sigint_original, NULL);
        return;
    }
    sigaction(SIGINT, &sa, NULL);
}

/* Signals (besides SIGINT, see update_sigint) after which the terminal must not be
 * left raw. Only those still at their default action are taken over. */
static const int fatal_signals[] = { SIGHUP, SIGQUIT, SIGTERM, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGSEGV };

static void install_restore_hooks(void) {
    if (restore_hooks_installed) return;
    restore_hooks_installed = true;
    atexit(restore_terminal);
    for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
        struct sigaction old;
        if (sigaction(fatal_signals[i], NULL, &old) != 0 || old.sa_handler != SIG_DFL) continue;
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(fatal_signals[i], &sa, NULL);
    }
    update_sigint();
}

/* The same settings as libuv's raw mode (Node's setRawMode), so both HALs behave
 * alike: no line editing, echo or signal keys, 8-bit input, one byte at a time.
 * Output processing is left as it was, so "\n" still starts a new line. The
 * change waits for pending output (TCSADRAIN) but keeps typed-ahead input. */
void hal_stdin_raw(bool on) {
    fflush(stdout);
    if (on == (raw_active != 0)) return;
    if (!on) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_termios);
        raw_active = 0;
        return;
    }
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) return; /* not a terminal: nothing to do */
    saved_termios = t;
    install_restore_hooks();
    t.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    t.c_cflag |= CS8;
    t.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (tcsetattr(STDIN_FILENO, TCSADRAIN, &t) == 0) raw_active = 1;
}

/* ---- input ---- */

static uint8_t input[INPUT_BUFFER_SIZE];
static uint32_t input_start, input_end;            /* unread bytes: input[start, end) */
static bool input_ended;
static int stdin_tty = -1;                         /* isatty(0), asked once */
static uint64_t last_input_poll_ns;

static bool stdin_is_tty(void) {
    if (stdin_tty < 0) stdin_tty = isatty(STDIN_FILENO);
    return stdin_tty != 0;
}

static uint32_t input_room(void) {
    return INPUT_BUFFER_SIZE - (input_end - input_start);
}

/* One read(2) into the buffer, dropping interrupt bytes. Called only after poll()
 * reported stdin readable, so it does not wait. */
static void read_available(void) {
    if (input_start == input_end) {
        input_start = input_end = 0;
    } else if (input_end == INPUT_BUFFER_SIZE) {
        memmove(input, input + input_start, input_end - input_start);
        input_end -= input_start;
        input_start = 0;
    }
    size_t room = INPUT_BUFFER_SIZE - input_end;
    if (room == 0) return;
    ssize_t n = read(STDIN_FILENO, input + input_end, room);
    if (n < 0) {
        /* EAGAIN: someone made our stdin non-blocking; poll() will wait for it. */
        if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) input_ended = true;
        return;
    }
    if (n == 0) {
        input_ended = true;
        return;
    }
    uint32_t kept = input_end;
    for (uint32_t i = input_end; i < input_end + (uint32_t)n; i++) {
        if ((int)input[i] == interrupt_char) {
            interrupt_pending = 1;
        } else {
            input[kept++] = input[i];
        }
    }
    input_end = kept;
}

/* Wait up to timeout_ms (-1: no limit) for stdin to be readable, then read what it
 * has. Returns early, having read nothing, when a signal arrives. */
static void wait_and_read(int timeout_ms) {
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    int r = poll(&p, 1, timeout_ms);
    if (r < 0) {
        if (errno != EINTR && errno != EAGAIN) input_ended = true;
        return;
    }
    if (r == 0) return;
    if (p.revents & POLLNVAL) { /* stdin is closed */
        input_ended = true;
        return;
    }
    read_available(); /* POLLHUP and POLLERR show up here as end of input */
}

static bool watching_input(void) {
    if (interrupt_char < 0 || input_ended || input_room() == 0) return false;
    return !stdin_is_tty() || raw_active;
}

int32_t hal_stdin_read(void) {
    fflush(stdout);
    for (;;) {
        /* An interrupt (the char, or SIGINT) ends the wait: the caller raises KeyboardInterrupt. */
        if (interrupt_char >= 0 && interrupt_pending) {
            interrupt_pending = 0;
            return -2;
        }
        if (input_start != input_end) return input[input_start++];
        if (input_ended) return -1;
        /* A signal ends the wait: SIGINT has set interrupt_pending, anything else waits on. */
        wait_and_read(-1);
    }
}

bool hal_stdin_ready(void) {
    if (input_start == input_end && !input_ended) wait_and_read(0);
    return input_start != input_end || input_ended;
}

/* ---- interrupt entry points ---- */

void hal_set_interrupt_char(int32_t c) {
    interrupt_char = (c >= 0 && c <= 0xff) ? (int)c : -1;
    update_sigint();
}

bool hal_interrupt_pending(void) {
    if (!interrupt_pending && watching_input()) {
        uint64_t now = host_now_ns();
        if (now - last_input_poll_ns >= INPUT_POLL_INTERVAL_NS) {
            last_input_poll_ns = now;
            wait_and_read(0);
        }
    }
    if (!interrupt_pending) return false;
    interrupt_pending = 0;
    return true;
}

bool host_interrupt_peek(void) {
    return interrupt_char >= 0 && interrupt_pending;
}

bool host_console_wait(uint64_t max_ns) {
    if (max_ns < NS_PER_MS || !watching_input()) return false;
    uint64_t ms = max_ns / NS_PER_MS; /* rounded down: the caller sleeps the rest */
    wait_and_read(ms > INT_MAX ? INT_MAX : (int)ms);
    return true;
}
