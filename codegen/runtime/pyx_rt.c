/* Pyxis subset runtime: state shared by all generated modules. */
#include "pyx_rt.h"
#include "pyx_hal.h"

uint8_t *pyx_mem;
uint32_t pyx_mem_size;
pyx_nlr_buf *pyx_nlr_top;

void pyx_raise(uint32_t value) {
    pyx_nlr_buf *top = pyx_nlr_top;
    if (top == NULL) {
        /* A raise with no catch is a bug in the core: every entry point catches. */
        hal_fatal(PYX_STR("raise outside any try/catch"));
    }
    pyx_nlr_top = top->prev;
    top->value = value;
    longjmp(top->jmp, 1);
}
