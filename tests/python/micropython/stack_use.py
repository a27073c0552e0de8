# .exp: the micropython module exists only in MicroPython (python3 has none and prints nothing).
try:
    import micropython
except ImportError:
    micropython = None

if micropython is not None:
    def depth(n):
        if n == 0:
            return micropython.stack_use()
        return depth(n - 1)
    shallow = depth(1)
    deep = depth(30)
    print(type(shallow).__name__, shallow > 0, deep > shallow)
