/* The flash chip's 64-bit unique id (command 4Bh: the command, four dummy bytes, then the
 * id), MicroPython's machine.unique_id() on rp2. It is read once, at start-up, by code
 * running from RAM: while the SSI talks to the flash directly, the flash is not mapped at
 * XIP_BASE. Chip select is held low through IO_QSPI's output override for the whole
 * command (the SSI alone may release it between frames), then the SSI goes back to the
 * XIP read mode boot2 set (boot2.S: standard SPI, 03h, 32-bit frames).
 *
 * In rp2040js the SSI answers direct transfers with zeros, so the id reads as zeros there. */
#include "rp2040.h"

#define SSI_CTRLR0          (XIP_SSI_BASE + 0x00u)
#define SSI_CTRLR1          (XIP_SSI_BASE + 0x04u)
#define SSI_SSIENR          (XIP_SSI_BASE + 0x08u)
#define SSI_SR              (XIP_SSI_BASE + 0x28u)
#define SSI_DR0             (XIP_SSI_BASE + 0x60u)
#define SSI_SR_RFNE         (1u << 3)
#define SSI_SR_TFNF         (1u << 1)
/* 8-bit frames (DFS_32 = 7), transmit and receive (TMOD = 0), standard SPI. */
#define CTRLR0_COMMAND      (7u << 16)
/* boot2's XIP mode: 32-bit frames, EEPROM read (TMOD = 3). */
#define CTRLR0_XIP          ((31u << 16) | (3u << 8))
#define IO_QSPI_SS_CTRL     (0x40018000u + 0x0cu)
#define OUTOVER_NORMAL      (0u << 8)
#define OUTOVER_LOW         (2u << 8)
#define OUTOVER_HIGH        (3u << 8)

#define CMD_READ_UNIQUE_ID  0x4bu
#define DUMMY_BYTES         4u

static uint8_t unique_id[RP2040_UNIQUE_ID_BYTES];

/* In RAM (.time_critical is copied there with .data at reset); called with interrupts masked. long_call: RAM
 * is out of a bl's reach from flash. */
__attribute__((section(".time_critical.read_unique_id"), noinline, long_call)) static void read_unique_id(uint8_t *out) {
    REG(IO_QSPI_SS_CTRL) = OUTOVER_HIGH;
    REG(SSI_SSIENR) = 0;
    REG(SSI_CTRLR0) = CTRLR0_COMMAND;
    REG(SSI_SSIENR) = 1;
    REG(IO_QSPI_SS_CTRL) = OUTOVER_LOW;
    uint32_t total = 1u + DUMMY_BYTES + RP2040_UNIQUE_ID_BYTES;
    uint32_t sent = 0, received = 0;
    while (received < total) {
        if (sent < total && sent - received < 8u && (REG(SSI_SR) & SSI_SR_TFNF) != 0) {
            REG(SSI_DR0) = sent == 0 ? CMD_READ_UNIQUE_ID : 0u;
            sent++;
        }
        if ((REG(SSI_SR) & SSI_SR_RFNE) != 0) {
            uint8_t b = (uint8_t)REG(SSI_DR0);
            if (received >= 1u + DUMMY_BYTES) out[received - 1u - DUMMY_BYTES] = b;
            received++;
        }
    }
    REG(IO_QSPI_SS_CTRL) = OUTOVER_HIGH;
    REG(SSI_SSIENR) = 0;
    REG(SSI_CTRLR0) = CTRLR0_XIP;
    REG(SSI_CTRLR1) = 0;
    REG(SSI_SSIENR) = 1;
    REG(IO_QSPI_SS_CTRL) = OUTOVER_NORMAL;
}

void rp2040_flash_id_init(void) {
    uint32_t state = rp2040_irq_save();
    read_unique_id(unique_id);
    rp2040_irq_restore(state);
}

const uint8_t *rp2040_flash_unique_id(void) {
    return unique_id;
}
