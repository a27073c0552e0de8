# os errors carry the errno module's numbers
import errno, os
print(errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EINVAL, errno.ENOTEMPTY)
try:
    os.stat("/nonexistent_pyxis_path")
except OSError as e:
    print(e.errno == errno.ENOENT)
print(errno.errorcode[errno.ENOENT])
