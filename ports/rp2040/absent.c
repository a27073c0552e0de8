/* The HAL entries that have no meaning on an RP2040 board yet, answering as core/hal.d.ts
 * documents for "absent": no command line, no environment, no host file system (-19,
 * ENODEV: the board's files live on the FAT volume over the flash block device, flash.c). */
#include "pyx_hal.h"

#define ENODEV 19
#define ENOENT 2

/* ---- the program's arguments: a board has none, so the core runs the REPL ---- */
int32_t hal_argc(void) {
    return 0;
}

uint32_t hal_arg_len(int32_t i) {
    (void)i;
    return 0;
}

void hal_arg_copy(int32_t i, uint32_t addr) {
    (void)i;
    (void)addr;
}

/* ---- environment ---- */
int32_t hal_getenv_len(pyx_str name) {
    (void)name;
    return -1;
}

void hal_getenv_copy(pyx_str name, uint32_t addr) {
    (void)name;
    (void)addr;
}

/* ---- files read by import: nothing is there ---- */
int32_t hal_file_stat(uint32_t path, uint32_t len) {
    (void)path;
    (void)len;
    return 0;
}

int32_t hal_file_size(uint32_t path, uint32_t len) {
    (void)path;
    (void)len;
    return -ENOENT;
}

int32_t hal_file_read(uint32_t path, uint32_t len, uint32_t offset, uint32_t dest, uint32_t count) {
    (void)path;
    (void)len;
    (void)offset;
    (void)dest;
    (void)count;
    return -ENOENT;
}

/* ---- the host file system: none on a board ---- */
int32_t hal_fs_open(uint32_t path, uint32_t len, uint32_t flags) {
    (void)path;
    (void)len;
    (void)flags;
    return -ENODEV;
}

int32_t hal_fs_close(int32_t fd) {
    (void)fd;
    return -ENODEV;
}

int32_t hal_fs_read(int32_t fd, uint32_t dest, uint32_t count) {
    (void)fd;
    (void)dest;
    (void)count;
    return -ENODEV;
}

int32_t hal_fs_write(int32_t fd, uint32_t src, uint32_t count) {
    (void)fd;
    (void)src;
    (void)count;
    return -ENODEV;
}

int32_t hal_fs_seek(int32_t fd, int32_t offset, int32_t whence) {
    (void)fd;
    (void)offset;
    (void)whence;
    return -ENODEV;
}

int32_t hal_fs_stat(uint32_t path, uint32_t len, uint32_t dest) {
    (void)path;
    (void)len;
    (void)dest;
    return -ENODEV;
}

int32_t hal_fs_statvfs(uint32_t path, uint32_t len, uint32_t dest) {
    (void)path;
    (void)len;
    (void)dest;
    return -ENODEV;
}

int32_t hal_fs_mkdir(uint32_t path, uint32_t len) {
    (void)path;
    (void)len;
    return -ENODEV;
}

int32_t hal_fs_rmdir(uint32_t path, uint32_t len) {
    (void)path;
    (void)len;
    return -ENODEV;
}

int32_t hal_fs_remove(uint32_t path, uint32_t len) {
    (void)path;
    (void)len;
    return -ENODEV;
}

int32_t hal_fs_rename(uint32_t from, uint32_t from_len, uint32_t to, uint32_t to_len) {
    (void)from;
    (void)from_len;
    (void)to;
    (void)to_len;
    return -ENODEV;
}

int32_t hal_fs_chdir(uint32_t path, uint32_t len) {
    (void)path;
    (void)len;
    return -ENODEV;
}

int32_t hal_fs_getcwd(uint32_t dest, uint32_t max) {
    (void)dest;
    (void)max;
    return -ENODEV;
}

int32_t hal_fs_dir_open(uint32_t path, uint32_t len) {
    (void)path;
    (void)len;
    return -ENODEV;
}

int32_t hal_fs_dir_next(int32_t dir, uint32_t dest, uint32_t max) {
    (void)dir;
    (void)dest;
    (void)max;
    return -ENODEV;
}

int32_t hal_fs_dir_close(int32_t dir) {
    (void)dir;
    return -ENODEV;
}
