# OSError's errno and strerror come from its first two arguments when there are 2 or more
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args)
e = OSError(13, "Permission denied", "extra")
print(e.errno, e.strerror)
e = OSError("just a message")
print(e.errno, e.strerror)
e = OSError()
print(e.errno, e.strerror)
class MyOSError(OSError):
    pass
e = MyOSError(5, "I/O error")
print(e.errno, e.strerror)
try:
    raise OSError(17, "File exists")
except OSError as err:
    print(err.errno, err.strerror)
