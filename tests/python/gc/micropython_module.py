# .exp: the micropython module exists only in MicroPython (python3 has none and prints nothing).
try:
    import micropython
except ImportError:
    micropython = None

if micropython is not None:
    print(micropython.const(42), micropython.const("s"))
    print(micropython.opt_level())
    micropython.opt_level(1)
    print(micropython.opt_level())
    micropython.opt_level(0)
    print(callable(micropython.mem_info), callable(micropython.qstr_info))
