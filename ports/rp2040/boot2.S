/* The second-stage boot (boot2): the first 256 bytes of flash. The bootrom copies them to
 * SRAM (0x20041f00), checks the CRC32 in the last 4 bytes (computed at build time, see
 * build.ts) and enters here in Thumb state. Its one job is to set up the SSI so that the
 * flash appears at XIP_BASE (0x10000000) for the program that follows.
 *
 * This is the generic version that every SPI NOR flash answers (W25Q-class and others):
 * standard SPI, command 03h (READ DATA), 24-bit address, one 32-bit word per transfer.
 * Slower than quad I/O, but it needs no flash-specific setup (no QE bit, no continuous
 * read mode), so it works on any board.
 *
 * Then it enters the program the way the Cortex-M0+ enters one at reset, from the vector
 * table right after boot2 (0x10000100): VTOR, the initial stack pointer, the reset handler.
 * Register offsets and field values are the RP2040 datasheet's (section 4.10, SSI). */

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .section .boot2, "ax"

#define XIP_SSI_BASE        0x18000000
#define SSI_CTRLR0          0x00
#define SSI_CTRLR1          0x04
#define SSI_SSIENR          0x08
#define SSI_BAUDR           0x14
#define SSI_SPI_CTRLR0      0xf4

/* clk_sys / 4: at most 31.25 MHz at 125 MHz, well within every flash's 03h limit. */
#define FLASH_SPI_CLKDIV    4
/* CTRLR0: SPI_FRF (bits 22:21) 0 = standard SPI; DFS_32 (bits 20:16) 31 = 32-bit frames;
 * TMOD (bits 9:8) 3 = EEPROM read (send the command and address, then receive). */
#define CTRLR0_XIP          ((0 << 21) | (31 << 16) | (3 << 8))
/* SPI_CTRLR0: XIP_CMD (bits 31:24) 03h; INST_L (bits 9:8) 2 = 8-bit instruction;
 * ADDR_L (bits 5:2) 6 = 24-bit address (in 4-bit units); TRANS_TYPE (bits 1:0) 0 = command
 * and address both in standard SPI. */
#define SPI_CTRLR0_XIP      ((0x03 << 24) | (2 << 8) | (6 << 2) | (0 << 0))

#define PPB_VTOR            0xe000ed08
#define VECTOR_TABLE        0x10000100

    .global boot2_entry
    .type boot2_entry, %function
    .thumb_func
boot2_entry:
    ldr r3, =XIP_SSI_BASE
    /* The SSI must be disabled while it is configured. */
    movs r1, #0
    str r1, [r3, #SSI_SSIENR]
    movs r1, #FLASH_SPI_CLKDIV
    str r1, [r3, #SSI_BAUDR]
    ldr r1, =CTRLR0_XIP
    str r1, [r3, #SSI_CTRLR0]
    ldr r1, =SPI_CTRLR0_XIP
    ldr r0, =(XIP_SSI_BASE + SSI_SPI_CTRLR0)
    str r1, [r0]
    /* NDF = 0: one data frame (32 bits) per XIP access. */
    movs r1, #0
    str r1, [r3, #SSI_CTRLR1]
    movs r1, #1
    str r1, [r3, #SSI_SSIENR]

    /* Enter the program through its vector table. */
    ldr r0, =VECTOR_TABLE
    ldr r1, =PPB_VTOR
    str r0, [r1]
    ldmia r0, {r0, r1}
    msr msp, r0
    bx r1

    .ltorg
