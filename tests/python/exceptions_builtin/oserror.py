# OSError with errno arguments
e = OSError(2, "No such file")
print(e.args, e.errno, isinstance(e, Exception))
try:
    open("/nonexistent/path/for/test")
except OSError as err:
    print("OSError", err.errno)
