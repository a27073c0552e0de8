/* The block device (hal_bdev_*): the QSPI flash after the firmware, from PYX_FIRMWARE_SIZE
 * to PYX_FLASH_SIZE (board.json's memory.firmwareSize and memory.flash.size), presented as
 * 512-byte blocks, the sector size FAT expects.
 *
 * Reads go through XIP (the flash is mapped at XIP_BASE). A write works on the 4 KiB erase
 * sector underneath: the sector is read into a RAM buffer, the new blocks are laid over it,
 * and then, if anything changed, the sector is programmed, after an erase only when some
 * bit must go from 0 to 1 (programming only clears bits). A write is durable when
 * hal_bdev_write returns; there is no write-back cache, so hal_bdev_sync has nothing to do.
 * Limit: a power cut between a sector's erase and the end of its programming loses the
 * whole 4 KiB sector, so the 7 other blocks sharing it with the block being written too.
 *
 * Erase and program talk to the flash chip directly through the SSI, as flash_id.c does:
 * write enable 06h, sector erase 20h, page program 02h (256-byte pages), then read status
 * 05h until the busy bit clears, chip select held low through IO_QSPI's output override
 * for each command. That code runs from RAM (.time_critical, copied there at reset) with
 * interrupts masked, because the flash is not mapped while the SSI is out of XIP mode;
 * afterwards the SSI goes back to boot2's XIP read mode (standard SPI, 03h reads, no
 * continuous-read mode to leave) and the XIP cache is flushed so reads see the new data.
 * The boot ROM's flash_range_erase/flash_range_program would do the same over the same
 * SSI; they are not used because the emulator (rp2040js) has no mask ROM, and this way the
 * emulator's flash chip model (scripts/emulate/rp2040_flash.ts) runs the very code the
 * chip runs. */
#include "rp2040.h"
#include "pyx_hal.h"
#include "board_config.h"

#define EIO 5

#define FLASH_BLOCK_SIZE    512u
#define FLASH_SECTOR_SIZE   4096u
#define FLASH_PAGE_SIZE     256u
#define FS_OFFSET           PYX_FIRMWARE_SIZE
#define FS_SIZE             (PYX_FLASH_SIZE - PYX_FIRMWARE_SIZE)

_Static_assert(FS_OFFSET % FLASH_SECTOR_SIZE == 0, "board.json: memory.firmwareSize must be a multiple of the flash's 4 KiB sectors");
_Static_assert(FS_SIZE % FLASH_SECTOR_SIZE == 0, "board.json: the file system region (memory.flash.size - memory.firmwareSize) must be a multiple of 4 KiB");

#define SSI_CTRLR0          (XIP_SSI_BASE + 0x00u)
#define SSI_CTRLR1          (XIP_SSI_BASE + 0x04u)
#define SSI_SSIENR          (XIP_SSI_BASE + 0x08u)
#define SSI_SR              (XIP_SSI_BASE + 0x28u)
#define SSI_DR0             (XIP_SSI_BASE + 0x60u)
#define SSI_SR_BUSY         (1u << 0)
#define SSI_SR_TFNF         (1u << 1)
#define SSI_SR_TFE          (1u << 2)
#define SSI_SR_RFNE         (1u << 3)
/* 8-bit frames (DFS_32 = 7), transmit and receive (TMOD = 0), standard SPI. */
#define CTRLR0_COMMAND      (7u << 16)
/* boot2's XIP mode: 32-bit frames, EEPROM read (TMOD = 3). */
#define CTRLR0_XIP          ((31u << 16) | (3u << 8))
#define IO_QSPI_SS_CTRL     (0x40018000u + 0x0cu)
#define OUTOVER_NORMAL      (0u << 8)
#define OUTOVER_LOW         (2u << 8)
#define OUTOVER_HIGH        (3u << 8)
/* XIP_CTRL's FLUSH: writing 1 empties the XIP cache; reading waits until it is done. */
#define XIP_CTRL_FLUSH      (0x14000000u + 0x04u)

#define CMD_WRITE_ENABLE    0x06u
#define CMD_READ_STATUS     0x05u
#define CMD_SECTOR_ERASE    0x20u
#define CMD_PAGE_PROGRAM    0x02u
#define STATUS_BUSY         0x01u

/* In RAM: the sector being rewritten. */
static uint8_t sector_buffer[FLASH_SECTOR_SIZE];

#define RAMFUNC __attribute__((section(".time_critical.flash"), noinline, long_call))

/* Send count bytes (tx, or zeros when tx is 0) and keep what comes back (into rx when it
 * is not 0); never more than 8 frames in flight, so the 16-entry receive FIFO cannot
 * overflow. Chip select is left as it is. */
RAMFUNC static void ssi_transfer(const uint8_t *tx, uint8_t *rx, uint32_t count) {
    uint32_t sent = 0, received = 0;
    while (received < count) {
        if (sent < count && sent - received < 8u && (REG(SSI_SR) & SSI_SR_TFNF) != 0) {
            REG(SSI_DR0) = tx != 0 ? tx[sent] : 0u;
            sent++;
        }
        if ((REG(SSI_SR) & SSI_SR_RFNE) != 0) {
            uint8_t b = (uint8_t)REG(SSI_DR0);
            if (rx != 0) rx[received] = b;
            received++;
        }
    }
}

/* One command: chip select low, the command byte and (when addressed) a 24-bit address,
 * then data bytes (sent from data, or received into it), chip select high. */
RAMFUNC static void flash_command(uint8_t cmd, bool addressed, uint32_t address, const uint8_t *data_out, uint8_t *data_in, uint32_t data_len) {
    uint8_t header[4] = {cmd, (uint8_t)(address >> 16), (uint8_t)(address >> 8), (uint8_t)address};
    REG(IO_QSPI_SS_CTRL) = OUTOVER_LOW;
    ssi_transfer(header, 0, addressed ? 4u : 1u);
    if (data_len != 0) ssi_transfer(data_out, data_in, data_len);
    REG(IO_QSPI_SS_CTRL) = OUTOVER_HIGH;
}

RAMFUNC static void flash_wait_ready(void) {
    uint8_t status;
    do {
        flash_command(CMD_READ_STATUS, false, 0, 0, &status, 1);
    } while ((status & STATUS_BUSY) != 0);
}

/* Rewrite the sector at flash offset `offset` with sector_buffer: erased first when
 * `erase`, then programmed page by page (pages still all 0xff are skipped). */
RAMFUNC static void flash_rewrite_sector(uint32_t offset, bool erase) {
    REG(IO_QSPI_SS_CTRL) = OUTOVER_HIGH;
    REG(SSI_SSIENR) = 0;
    REG(SSI_CTRLR0) = CTRLR0_COMMAND;
    REG(SSI_SSIENR) = 1;
    if (erase) {
        flash_command(CMD_WRITE_ENABLE, false, 0, 0, 0, 0);
        flash_command(CMD_SECTOR_ERASE, true, offset, 0, 0, 0);
        flash_wait_ready();
    }
    for (uint32_t page = 0; page < FLASH_SECTOR_SIZE; page += FLASH_PAGE_SIZE) {
        bool blank = true;
        for (uint32_t i = 0; i < FLASH_PAGE_SIZE; i++) {
            if (sector_buffer[page + i] != 0xffu) {
                blank = false;
                break;
            }
        }
        if (blank) continue;
        flash_command(CMD_WRITE_ENABLE, false, 0, 0, 0, 0);
        flash_command(CMD_PAGE_PROGRAM, true, offset + page, sector_buffer + page, 0, FLASH_PAGE_SIZE);
        flash_wait_ready();
    }
    REG(SSI_SSIENR) = 0;
    REG(SSI_CTRLR0) = CTRLR0_XIP;
    REG(SSI_CTRLR1) = 0;
    REG(SSI_SSIENR) = 1;
    REG(IO_QSPI_SS_CTRL) = OUTOVER_NORMAL;
    REG(XIP_CTRL_FLUSH) = 1;
    (void)REG(XIP_CTRL_FLUSH);
}

static const volatile uint8_t *fs_xip(uint32_t offset) {
    return (const volatile uint8_t *)(uintptr_t)(XIP_BASE + FS_OFFSET + offset);
}

static bool in_range(uint32_t block, uint32_t count) {
    return (uint64_t)block + count <= FS_SIZE / FLASH_BLOCK_SIZE;
}

uint32_t hal_bdev_block_size(void) {
    return FLASH_BLOCK_SIZE;
}

uint32_t hal_bdev_block_count(void) {
    return FS_SIZE / FLASH_BLOCK_SIZE;
}

int32_t hal_bdev_read(uint32_t block, uint32_t addr, uint32_t count) {
    const uint64_t len = (uint64_t)count * FLASH_BLOCK_SIZE;
    if ((uint64_t)addr + len > pyx_mem_size) hal_fatal(PYX_STR("hal_bdev_read: outside the arena"));
    if (!in_range(block, count)) return -EIO;
    const volatile uint8_t *src = fs_xip(block * FLASH_BLOCK_SIZE);
    uint8_t *dst = pyx_mem + addr;
    for (uint32_t i = 0; i < (uint32_t)len; i++) dst[i] = src[i];
    return 0;
}

/* Lay `count` bytes from src over the sector at `sector` (a file system offset) starting
 * `within` bytes in, and rewrite it when that changes anything. */
static void write_in_sector(uint32_t sector, uint32_t within, const uint8_t *src, uint32_t count) {
    const volatile uint8_t *old = fs_xip(sector);
    bool changed = false, erase = false;
    for (uint32_t i = 0; i < FLASH_SECTOR_SIZE; i++) sector_buffer[i] = old[i];
    for (uint32_t i = 0; i < count; i++) {
        uint8_t was = sector_buffer[within + i], now = src[i];
        if (was == now) continue;
        changed = true;
        // A bit that is 0 now and must become 1 needs the sector erased.
        if ((now & (uint8_t)~was) != 0) erase = true;
        sector_buffer[within + i] = now;
    }
    if (!changed) return;
    // Without an erase, programming the unchanged bytes again (their 0 bits) is harmless,
    // but only the pages the new data touches need it: blank the others in the buffer.
    if (!erase) {
        for (uint32_t i = 0; i < FLASH_SECTOR_SIZE; i++) {
            uint32_t page = i / FLASH_PAGE_SIZE;
            if (page < within / FLASH_PAGE_SIZE || page > (within + count - 1u) / FLASH_PAGE_SIZE) sector_buffer[i] = 0xffu;
        }
    }
    uint32_t state = rp2040_irq_save();
    flash_rewrite_sector(FS_OFFSET + sector, erase);
    rp2040_irq_restore(state);
}

int32_t hal_bdev_write(uint32_t block, uint32_t addr, uint32_t count) {
    const uint64_t len = (uint64_t)count * FLASH_BLOCK_SIZE;
    if ((uint64_t)addr + len > pyx_mem_size) hal_fatal(PYX_STR("hal_bdev_write: outside the arena"));
    if (!in_range(block, count)) return -EIO;
    const uint8_t *src = pyx_mem + addr;
    uint32_t offset = block * FLASH_BLOCK_SIZE, remaining = (uint32_t)len;
    while (remaining > 0) {
        uint32_t sector = offset & ~(FLASH_SECTOR_SIZE - 1u), within = offset - sector;
        uint32_t n = FLASH_SECTOR_SIZE - within < remaining ? FLASH_SECTOR_SIZE - within : remaining;
        write_in_sector(sector, within, src, n);
        src += n;
        offset += n;
        remaining -= n;
    }
    return 0;
}

int32_t hal_bdev_sync(void) {
    return 0;
}
