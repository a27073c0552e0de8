/* The block device: a disk image file of 512-byte blocks, block n at byte offset
 * n * 512, nothing else in the file (the Node HAL reads and writes the same format).
 *
 *   PYXIS_BDEV         the image's path (default build/host/flash.img, relative to
 *                      the working directory); missing parent directories are made
 *   PYXIS_BDEV_BLOCKS  its size in blocks (default 2048: 1 MiB)
 *
 * The file is opened, and created or extended with zeros to the full size, on the
 * first read, write or sync; a larger file is left as it is. Errors are returned
 * as a negative errno, and a range past the last block gives -EIO. */
#define _FILE_OFFSET_BITS 64 /* 64-bit off_t on 32-bit hosts too */

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pyx_hal.h"
#include "host.h"

#define BDEV_BLOCK_SIZE 512u
#define BDEV_DEFAULT_PATH "build/host/flash.img"
#define BDEV_DEFAULT_BLOCKS 2048u
#define BDEV_MAX_IO (1u << 30) /* bytes per pread/pwrite call */

static int image_fd = -1;
static uint32_t block_count;  /* 0 until read from the environment */

uint32_t hal_bdev_block_size(void) {
    return BDEV_BLOCK_SIZE;
}

uint32_t hal_bdev_block_count(void) {
    if (block_count == 0) {
        block_count = host_env_u32("PYXIS_BDEV_BLOCKS", BDEV_DEFAULT_BLOCKS, 1, UINT32_MAX);
    }
    return block_count;
}

/* mkdir -p for the directories above path; failures surface when open() fails. */
static void make_parent_dirs(const char *path) {
    char *dir = malloc(strlen(path) + 1);
    if (dir == NULL) return;
    strcpy(dir, path);
    for (char *slash = strchr(dir + 1, '/'); slash != NULL; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(dir, 0777);
        *slash = '/';
    }
    free(dir);
}

/* 0 once image_fd is open and the file is at least full size, else -errno. A
 * failure is not remembered: the next call tries again. */
static int32_t open_image(void) {
    if (image_fd >= 0) return 0;
    const char *path = getenv("PYXIS_BDEV");
    if (path == NULL || *path == '\0') path = BDEV_DEFAULT_PATH;
    make_parent_dirs(path);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) return -errno;
    const off_t size = (off_t)hal_bdev_block_count() * BDEV_BLOCK_SIZE;
    struct stat st;
    if (fstat(fd, &st) != 0 || (st.st_size < size && ftruncate(fd, size) != 0)) {
        int32_t err = -errno;
        close(fd);
        return err;
    }
    image_fd = fd;
    return 0;
}

static bool in_range(uint32_t block, uint32_t count) {
    return (uint64_t)block + count <= hal_bdev_block_count();
}

int32_t hal_bdev_read(uint32_t block, uint32_t addr, uint32_t count) {
    const uint64_t len = (uint64_t)count * BDEV_BLOCK_SIZE;
    host_arena_check(addr, len, "hal_bdev_read");
    if (!in_range(block, count)) return -EIO;
    int32_t err = open_image();
    if (err != 0) return err;
    const off_t offset = (off_t)block * BDEV_BLOCK_SIZE;
    uint8_t *dst = pyx_mem + addr;
    uint64_t done = 0;
    while (done < len) {
        size_t chunk = len - done > BDEV_MAX_IO ? BDEV_MAX_IO : (size_t)(len - done);
        ssize_t n = pread(image_fd, dst + done, chunk, offset + (off_t)done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        if (n == 0) { /* the file was shortened under us: read as erased */
            memset(dst + done, 0, (size_t)(len - done));
            break;
        }
        done += (uint64_t)n;
    }
    return 0;
}

int32_t hal_bdev_write(uint32_t block, uint32_t addr, uint32_t count) {
    const uint64_t len = (uint64_t)count * BDEV_BLOCK_SIZE;
    host_arena_check(addr, len, "hal_bdev_write");
    if (!in_range(block, count)) return -EIO;
    int32_t err = open_image();
    if (err != 0) return err;
    const off_t offset = (off_t)block * BDEV_BLOCK_SIZE;
    const uint8_t *src = pyx_mem + addr;
    uint64_t done = 0;
    while (done < len) {
        size_t chunk = len - done > BDEV_MAX_IO ? BDEV_MAX_IO : (size_t)(len - done);
        ssize_t n = pwrite(image_fd, src + done, chunk, offset + (off_t)done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        done += (uint64_t)n;
    }
    return 0;
}

int32_t hal_bdev_sync(void) {
    int32_t err = open_image();
    if (err != 0) return err;
    return fsync(image_fd) == 0 ? 0 : -errno;
}
