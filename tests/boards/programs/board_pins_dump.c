/* Prints what the generated hal_board_* and hal_cpu_pin_* entries of a board answer, one
 * line each, so a test can compare them with the board's pins.csv and board.json. */
#include <stdio.h>
#include <stdlib.h>

#include "pyx_hal.h"
#include "board_config.h"

uint8_t *pyx_mem;
uint32_t pyx_mem_size;

static void print_arena(uint32_t len) {
    fwrite(pyx_mem, 1, len, stdout);
}

int main(void) {
    pyx_mem_size = 4096;
    pyx_mem = calloc(pyx_mem_size, 1);
    if (pyx_mem == NULL) return 1;
    for (int32_t which = 0; which < 5; which++) {
        uint32_t len = hal_board_text_len(which);
        hal_board_text_copy(which, 0);
        printf("text %d ", (int)which);
        print_arena(len);
        printf("\n");
    }
    printf("heap %u\n", (unsigned)hal_board_heap_size());
    for (int32_t i = -1; i <= hal_cpu_pin_count(); i++) {
        uint32_t len = hal_cpu_pin_name_len(i);
        hal_cpu_pin_name_copy(i, 0);
        printf("cpu %d ", (int)i);
        print_arena(len);
        printf("\n");
    }
    for (int32_t i = -1; i <= hal_board_pin_count(); i++) {
        uint32_t len = hal_board_pin_name_len(i);
        hal_board_pin_name_copy(i, 0);
        printf("board %d ", (int)i);
        print_arena(len);
        printf(" %d %d\n", (int)hal_board_pin_cpu(i), hal_board_pin_hidden(i) ? 1 : 0);
    }
    printf("led %d usb %04x:%04x\n", PYX_LED_PIN, PYX_USB_VID, PYX_USB_PID);
    return 0;
}
