/* The host file system for open(), io and os (core/vfs_posix.ts): descriptors, reading
 * and writing at the file position, directories, renaming, stat, statvfs, and
 * os.urandom's random bytes. Every entry returns a negative errno on failure. Paths
 * are arena bytes without a terminator, as in files.c. */
#define _FILE_OFFSET_BITS 64 /* 64-bit off_t on 32-bit hosts too */
#define _GNU_SOURCE          /* getrandom's declaration on older C libraries */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h> /* rename */
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "pyx_hal.h"
#include "host.h"

/* hal_fs_open's flag bits (core/hal.d.ts). */
#define OPEN_READ 1u
#define OPEN_WRITE 2u
#define OPEN_APPEND 4u
#define OPEN_CREATE 8u
#define OPEN_TRUNCATE 16u
#define OPEN_EXCLUSIVE 32u

#define FS_MAX_IO (1u << 30) /* bytes per read or write call */
#define FS_MAX_DIRS 64       /* listings open at once */

static DIR *open_dirs[FS_MAX_DIRS];

static uint32_t clamp_u32(unsigned long long v) {
    return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
}

static void store_words(uint32_t dest, const uint32_t words[10], const char *who) {
    host_arena_check(dest, 40, who);
    for (int i = 0; i < 10; i++) {
        uint8_t *at = pyx_mem + dest + 4 * i;
        at[0] = (uint8_t)words[i];
        at[1] = (uint8_t)(words[i] >> 8);
        at[2] = (uint8_t)(words[i] >> 16);
        at[3] = (uint8_t)(words[i] >> 24);
    }
}

int32_t hal_fs_open(uint32_t path, uint32_t len, uint32_t flags) {
    char name[PATH_MAX];
    if (!host_c_path(path, len, name, "hal_fs_open")) return -errno;
    bool read = (flags & OPEN_READ) != 0, write = (flags & OPEN_WRITE) != 0;
    int mode = read && write ? O_RDWR : write ? O_WRONLY : O_RDONLY;
    if (flags & OPEN_APPEND) mode |= O_APPEND;
    if (flags & OPEN_CREATE) mode |= O_CREAT;
    if (flags & OPEN_TRUNCATE) mode |= O_TRUNC;
    if (flags & OPEN_EXCLUSIVE) mode |= O_EXCL;
    int fd = open(name, mode | O_CLOEXEC, 0666);
    return fd < 0 ? -errno : fd;
}

int32_t hal_fs_close(int32_t fd) {
    if (fd <= STDERR_FILENO) return -EBADF; /* the console is not the core's to close */
    return close(fd) == 0 ? 0 : -errno;
}

int32_t hal_fs_read(int32_t fd, uint32_t dest, uint32_t count) {
    if (count > FS_MAX_IO) count = FS_MAX_IO;
    host_arena_check(dest, count, "hal_fs_read");
    for (;;) {
        ssize_t n = read(fd, pyx_mem + dest, count);
        if (n >= 0) return (int32_t)n;
        if (errno != EINTR) return -errno;
    }
}

int32_t hal_fs_write(int32_t fd, uint32_t src, uint32_t count) {
    if (count > FS_MAX_IO) count = FS_MAX_IO;
    host_arena_check(src, count, "hal_fs_write");
    uint32_t done = 0;
    while (done < count) {
        ssize_t n = write(fd, pyx_mem + src + done, count - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return done > 0 ? (int32_t)done : -errno;
        }
        done += (uint32_t)n;
    }
    return (int32_t)done;
}

int32_t hal_fs_seek(int32_t fd, int32_t offset, int32_t whence) {
    int how = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : whence == 2 ? SEEK_END : -1;
    if (how < 0) return -EINVAL;
    off_t at = lseek(fd, (off_t)offset, how);
    if (at < 0) return -errno;
    if (at > INT32_MAX) return -EOVERFLOW;
    return (int32_t)at;
}

int32_t hal_fs_stat(uint32_t path, uint32_t len, uint32_t dest) {
    char name[PATH_MAX];
    struct stat st;
    if (!host_c_path(path, len, name, "hal_fs_stat") || stat(name, &st) != 0) return -errno;
    uint32_t words[10] = {
        clamp_u32(st.st_mode), clamp_u32(st.st_ino), clamp_u32(st.st_dev), clamp_u32(st.st_nlink),
        clamp_u32(st.st_uid), clamp_u32(st.st_gid), clamp_u32((unsigned long long)st.st_size),
        clamp_u32(st.st_atime < 0 ? 0 : (unsigned long long)st.st_atime),
        clamp_u32(st.st_mtime < 0 ? 0 : (unsigned long long)st.st_mtime),
        clamp_u32(st.st_ctime < 0 ? 0 : (unsigned long long)st.st_ctime),
    };
    store_words(dest, words, "hal_fs_stat");
    return 0;
}

int32_t hal_fs_statvfs(uint32_t path, uint32_t len, uint32_t dest) {
    char name[PATH_MAX];
    struct statvfs st;
    if (!host_c_path(path, len, name, "hal_fs_statvfs") || statvfs(name, &st) != 0) return -errno;
    uint32_t words[10] = {
        clamp_u32(st.f_bsize), clamp_u32(st.f_frsize), clamp_u32(st.f_blocks), clamp_u32(st.f_bfree),
        clamp_u32(st.f_bavail), clamp_u32(st.f_files), clamp_u32(st.f_ffree), clamp_u32(st.f_favail),
        clamp_u32(st.f_flag), clamp_u32(st.f_namemax),
    };
    store_words(dest, words, "hal_fs_statvfs");
    return 0;
}

int32_t hal_fs_mkdir(uint32_t path, uint32_t len) {
    char name[PATH_MAX];
    if (!host_c_path(path, len, name, "hal_fs_mkdir") || mkdir(name, 0777) != 0) return -errno;
    return 0;
}

int32_t hal_fs_rmdir(uint32_t path, uint32_t len) {
    char name[PATH_MAX];
    if (!host_c_path(path, len, name, "hal_fs_rmdir") || rmdir(name) != 0) return -errno;
    return 0;
}

int32_t hal_fs_remove(uint32_t path, uint32_t len) {
    char name[PATH_MAX];
    if (!host_c_path(path, len, name, "hal_fs_remove") || unlink(name) != 0) return -errno;
    return 0;
}

int32_t hal_fs_rename(uint32_t from, uint32_t from_len, uint32_t to, uint32_t to_len) {
    char old_name[PATH_MAX], new_name[PATH_MAX];
    if (!host_c_path(from, from_len, old_name, "hal_fs_rename") || !host_c_path(to, to_len, new_name, "hal_fs_rename") ||
        rename(old_name, new_name) != 0) {
        return -errno;
    }
    return 0;
}

int32_t hal_fs_chdir(uint32_t path, uint32_t len) {
    char name[PATH_MAX];
    if (!host_c_path(path, len, name, "hal_fs_chdir") || chdir(name) != 0) return -errno;
    return 0;
}

int32_t hal_fs_getcwd(uint32_t dest, uint32_t max) {
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd) == NULL) return -errno;
    size_t n = strlen(cwd);
    if (n > max) return -ERANGE;
    host_arena_check(dest, n, "hal_fs_getcwd");
    memcpy(pyx_mem + dest, cwd, n);
    return (int32_t)n;
}

int32_t hal_fs_dir_open(uint32_t path, uint32_t len) {
    char name[PATH_MAX];
    if (!host_c_path(path, len, name, "hal_fs_dir_open")) return -errno;
    int slot = 0;
    while (slot < FS_MAX_DIRS && open_dirs[slot] != NULL) slot++;
    if (slot == FS_MAX_DIRS) return -EMFILE;
    DIR *d = opendir(name);
    if (d == NULL) return -errno;
    open_dirs[slot] = d;
    return slot;
}

int32_t hal_fs_dir_next(int32_t dir, uint32_t dest, uint32_t max) {
    if (dir < 0 || dir >= FS_MAX_DIRS || open_dirs[dir] == NULL) return -EBADF;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(open_dirs[dir]);
        if (e == NULL) return errno != 0 ? -errno : 0;
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        size_t n = strlen(e->d_name);
        if (n > max) return -ENAMETOOLONG;
        host_arena_check(dest, n, "hal_fs_dir_next");
        memcpy(pyx_mem + dest, e->d_name, n);
        return (int32_t)n;
    }
}

int32_t hal_fs_dir_close(int32_t dir) {
    if (dir < 0 || dir >= FS_MAX_DIRS || open_dirs[dir] == NULL) return -EBADF;
    int r = closedir(open_dirs[dir]);
    open_dirs[dir] = NULL;
    return r == 0 ? 0 : -errno;
}

int32_t hal_urandom(uint32_t dest, uint32_t count) {
    if (count > FS_MAX_IO) count = FS_MAX_IO;
    host_arena_check(dest, count, "hal_urandom");
    uint32_t done = 0;
    while (done < count) {
        ssize_t n = getrandom(pyx_mem + dest + done, count - done, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        done += (uint32_t)n;
    }
    return (int32_t)done;
}
