/* Pyxis subset runtime: the C meaning of the TypeScript subset's intrinsics.
 * Every helper here reproduces, bit for bit, what the same expression does in
 * JavaScript; see codegen/SUBSET.md for the rule each one implements. */
#ifndef PYX_RT_H
#define PYX_RT_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <setjmp.h>
#include <math.h>

#define PYX_UNUSED __attribute__((unused))
#define PYX_NORETURN __attribute__((noreturn))

/* ---- strings: ASCII literals, passed by value ---- */
typedef struct pyx_str {
    const char *ptr;
    uint32_t len;
} pyx_str;
#define PYX_STR(lit) ((pyx_str){ (lit), (uint32_t)(sizeof(lit) - 1) })

/* ---- the linear arena (owned by the port) ---- */
extern uint8_t *pyx_mem;
extern uint32_t pyx_mem_size;

#define PYX_AT(type, addr) ((type *)(void *)(pyx_mem + (addr)))

static inline uint8_t pyx_load_u8(uint32_t a) { return pyx_mem[a]; }
static inline int8_t pyx_load_i8(uint32_t a) { return (int8_t)pyx_mem[a]; }
static inline uint16_t pyx_load_u16(uint32_t a) { return *(const uint16_t *)(const void *)(pyx_mem + a); }
static inline int16_t pyx_load_i16(uint32_t a) { return *(const int16_t *)(const void *)(pyx_mem + a); }
static inline uint32_t pyx_load_u32(uint32_t a) { return *(const uint32_t *)(const void *)(pyx_mem + a); }
static inline int32_t pyx_load_i32(uint32_t a) { return *(const int32_t *)(const void *)(pyx_mem + a); }
static inline float pyx_load_f32(uint32_t a) { return *(const float *)(const void *)(pyx_mem + a); }
static inline double pyx_load_f64(uint32_t a) { return *(const double *)(const void *)(pyx_mem + a); }
static inline void pyx_store_u8(uint32_t a, uint8_t v) { pyx_mem[a] = v; }
static inline void pyx_store_u16(uint32_t a, uint16_t v) { *(uint16_t *)(void *)(pyx_mem + a) = v; }
static inline void pyx_store_u32(uint32_t a, uint32_t v) { *(uint32_t *)(void *)(pyx_mem + a) = v; }
/* NaN's sign and payload differ between hardware and JavaScript engines: every NaN that
 * reaches the arena is stored as the one quiet NaN (0x7fc00000 / 0x7ff8000000000000). */
static inline float pyx_canon_f32(float v) { return isnan(v) ? NAN : v; }
static inline double pyx_canon_f64(double v) { return isnan(v) ? (double)NAN : v; }
static inline void pyx_store_f32(uint32_t a, float v) { *(float *)(void *)(pyx_mem + a) = pyx_canon_f32(v); }
static inline void pyx_store_f64(uint32_t a, double v) { *(double *)(void *)(pyx_mem + a) = pyx_canon_f64(v); }
static inline void pyx_mem_copy(uint32_t dst, uint32_t src, uint32_t len) { memmove(pyx_mem + dst, pyx_mem + src, len); }
static inline void pyx_mem_fill(uint32_t dst, uint8_t v, uint32_t len) { memset(pyx_mem + dst, v, len); }
static inline int32_t pyx_mem_compare(uint32_t a, uint32_t b, uint32_t len) {
    for (uint32_t i = 0; i < len; i++) {
        int32_t d = (int32_t)pyx_mem[a + i] - (int32_t)pyx_mem[b + i];
        if (d != 0) return d;
    }
    return 0;
}

/* ---- integer division: JavaScript's (a / b) | 0 and (a % b) | 0 never trap ---- */
static inline int32_t pyx_div_i32(int32_t a, int32_t b) {
    if (b == 0) return 0;
    if (b == -1) return (int32_t)(0u - (uint32_t)a);
    return a / b;
}
static inline int32_t pyx_rem_i32(int32_t a, int32_t b) {
    if (b == 0 || b == -1) return 0;
    return a % b;
}
static inline uint32_t pyx_div_u32(uint32_t a, uint32_t b) { return b == 0 ? 0u : a / b; }
static inline uint32_t pyx_rem_u32(uint32_t a, uint32_t b) { return b == 0 ? 0u : a % b; }

/* ---- float to integer: ECMAScript ToInt32 / ToUint32 (NaN and infinities give 0,
 * everything else is truncated and reduced modulo 2^32) ---- */
static inline uint32_t pyx_f64_to_bits32(double x) {
    if (!isfinite(x)) return 0u;
    if (x > -2147483649.0 && x < 4294967296.0) {
        return x < 0 ? (uint32_t)(int32_t)x : (uint32_t)x;
    }
    double m = fmod(trunc(x), 4294967296.0);
    if (m < 0) m += 4294967296.0;
    return (uint32_t)m;
}
static inline int32_t pyx_f64_to_i32(double x) { return (int32_t)pyx_f64_to_bits32(x); }
static inline uint32_t pyx_f64_to_u32(double x) { return pyx_f64_to_bits32(x); }

/* ---- Math.* where C's meaning differs ---- */
static inline double pyx_fmin(double a, double b) {
    if (isnan(a) || isnan(b)) return NAN;
    if (a == 0 && b == 0) return signbit(a) ? a : b;
    return a < b ? a : b;
}
static inline double pyx_fmax(double a, double b) {
    if (isnan(a) || isnan(b)) return NAN;
    if (a == 0 && b == 0) return signbit(a) ? b : a;
    return a > b ? a : b;
}
static inline uint32_t pyx_abs_i32(int32_t x) { return x < 0 ? 0u - (uint32_t)x : (uint32_t)x; }
static inline int32_t pyx_min_i32(int32_t a, int32_t b) { return a < b ? a : b; }
static inline int32_t pyx_max_i32(int32_t a, int32_t b) { return a > b ? a : b; }
static inline uint32_t pyx_min_u32(uint32_t a, uint32_t b) { return a < b ? a : b; }
static inline uint32_t pyx_max_u32(uint32_t a, uint32_t b) { return a > b ? a : b; }
static inline int32_t pyx_clz32(uint32_t x) { return x == 0 ? 32 : __builtin_clz(x); }
static inline int32_t pyx_imul(int32_t a, int32_t b) { return (int32_t)((uint32_t)a * (uint32_t)b); }

/* ---- non-local exit (raise / try-catch) ---- */
typedef struct pyx_nlr_buf {
    struct pyx_nlr_buf *prev;
    uint32_t value;
    jmp_buf jmp;
} pyx_nlr_buf;

extern pyx_nlr_buf *pyx_nlr_top;

static inline void pyx_nlr_push(pyx_nlr_buf *buf) {
    buf->prev = pyx_nlr_top;
    pyx_nlr_top = buf;
}
static inline void pyx_nlr_pop(void) { pyx_nlr_top = pyx_nlr_top->prev; }
PYX_NORETURN void pyx_raise(uint32_t value);

#endif /* PYX_RT_H */
