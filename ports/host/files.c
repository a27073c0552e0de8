/* Files, for import: what a path names, a file's size, and reading part of a file.
 * Stateless (every call names its path), so no descriptor outlives a call. Paths are
 * arena bytes without a terminator; one holding a NUL byte, or too long for the
 * system, names nothing. */
#define _FILE_OFFSET_BITS 64 /* 64-bit off_t on 32-bit hosts too */

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pyx_hal.h"
#include "host.h"

#define FILE_MAX_IO (1u << 30) /* bytes per pread call */

/* Declared in host.h: the arena path as a C string, for files.c and fs.c. */
bool host_c_path(uint32_t path, uint32_t len, char buf[PATH_MAX], const char *who) {
    host_arena_check(path, len, who);
    if (len >= PATH_MAX) {
        errno = ENAMETOOLONG;
        return false;
    }
    if (len > 0 && memchr(pyx_mem + path, 0, len) != NULL) {
        errno = ENOENT;
        return false;
    }
    if (len > 0) memcpy(buf, pyx_mem + path, len);
    buf[len] = 0;
    return true;
}

int32_t hal_file_stat(uint32_t path, uint32_t len) {
    char name[PATH_MAX];
    struct stat st;
    if (!host_c_path(path, len, name, "hal_file_stat") || stat(name, &st) != 0) return 0;
    if (S_ISDIR(st.st_mode)) return 1;
    return S_ISREG(st.st_mode) ? 2 : 0;
}

int32_t hal_file_size(uint32_t path, uint32_t len) {
    char name[PATH_MAX];
    struct stat st;
    if (!host_c_path(path, len, name, "hal_file_size") || stat(name, &st) != 0) return -errno;
    if (S_ISDIR(st.st_mode)) return -EISDIR;
    if (st.st_size > INT32_MAX) return -EFBIG;
    return (int32_t)st.st_size;
}

int32_t hal_file_read(uint32_t path, uint32_t len, uint32_t offset, uint32_t dest, uint32_t count) {
    char name[PATH_MAX];
    if (count > INT32_MAX) count = INT32_MAX;
    host_arena_check(dest, count, "hal_file_read");
    if (!host_c_path(path, len, name, "hal_file_read")) return -errno;
    int fd = open(name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -errno;
    uint32_t done = 0;
    while (done < count) {
        uint32_t chunk = count - done < FILE_MAX_IO ? count - done : FILE_MAX_IO;
        ssize_t n = pread(fd, pyx_mem + dest + done, chunk, (off_t)offset + (off_t)done);
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            close(fd);
            return -err;
        }
        if (n == 0) break;
        done += (uint32_t)n;
    }
    close(fd);
    return (int32_t)done;
}
